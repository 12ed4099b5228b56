import { formatNumberForLang, type Lang, parseStatus, shownValue, t } from '../../../../shared';
import type { FieldId } from '../../../../shared/model';
import { activityHasOutput, activityLeftOut, timeCellMinutes } from '../../../../shared/score';
import type { BadgeData } from '../dom/badge';
import { BadgeSlots } from '../dom/badge-slots';
import type { OverlayFlag } from '../flags';
import type { OverlayPolicy } from '../light/default-policy';
import { sectionOf } from '../model/skp';
import {
  cellOf,
  hasField,
  MAX_ROWS_PER_TABLE,
  partialRows,
  rowKey,
  ScoreCache,
  type TableModel,
  textOf,
  truncatedRows,
} from '../model/table';
import { hasEvidence, readMinutes, readNumber } from '../model/values';
import { periodModule } from '../on-demand';
import { ACTIVITY_KINDS } from '../pages';
import type { ActivityDayRow, PeriodApi } from '../period/api';
import { emptyContribution, noteTruncation, tally } from '../summary';
import { flagLines } from '../verdict/show';
import { type Feature, type ScanBatch, tableFeature, type Write } from './registry';

export interface ActivityScore {
  minutes: number | null;
  withOutput: boolean;
  rejected: boolean;
  badge: BadgeData;
}

/**
 * One logged activity, by the rules Hitung nilai reads a log with (shared/score/activity-rows.ts): its
 * minutes from the minutes column (Menit, Jumlah Menit, Waktu Efektif), else from a time column only as a
 * range or a duration with its unit (a time of day gives none, said); an output, bukti dukung or a volume
 * above 0 is an output. Activities without one are flagged `aktivitas_tanpa_output`: regional apps pay TPP
 * on minutes, and minutes without output are what "kesibukan semu" is made of. A rejected activity (the
 * core's status words: "Ditolak", "Tidak Disetujui", "Rejected") is left out of the minutes when the
 * policy says so, as the core's busy check expects.
 */
export function scoreActivity(
  model: TableModel,
  row: TableModel['dataRows'][number],
  lang: Lang,
  busy: OverlayPolicy['busy'],
): ActivityScore {
  const fromTime = !hasField(model, 'menit');
  const minutesText = textOf(model, row, fromTime ? 'waktu' : 'menit');
  const minutes = fromTime ? timeCellMinutes(minutesText) : readMinutes(minutesText);
  const outputText = textOf(model, row, 'output');
  const volumeText = textOf(model, row, 'volume');
  const bukti = cellOf(model, row, 'bukti_dukung');
  const output = activityHasOutput(outputText, '', volumeText === '' ? null : readNumber(volumeText));
  const evidence = bukti ? hasEvidence(bukti.source, bukti.text) : false;
  const withOutput = output || evidence;
  const statusText = textOf(model, row, 'status');
  const status = statusText === '' ? undefined : parseStatus(statusText);
  const rejected = status?.ok === true && activityLeftOut(status.value, busy);
  const flags: OverlayFlag[] = withOutput ? [] : ['aktivitas_tanpa_output'];
  const shownMinutes = minutes === null ? '?' : formatNumberForLang(minutes, lang, 0);
  const tooltip = [
    minutes === null
      ? t(
          fromTime && minutesText !== '' ? 'OVERLAY_TIP_TIME_NOT_DURATION' : 'OVERLAY_TIP_MINUTES_UNREADABLE',
          { value: shownValue(minutesText) },
          lang,
        )
      : t(
          'OVERLAY_TIP_ACTIVITY',
          {
            minutes: shownMinutes,
            output: output ? shownValue(outputText || volumeText) : t('OVERLAY_TIP_NONE', undefined, lang),
            bukti: evidence
              ? t('OVERLAY_TIP_PRESENT', undefined, lang)
              : t('OVERLAY_TIP_NONE', undefined, lang),
          },
          lang,
        ),
    ...(rejected ? [t('OVERLAY_TIP_ACTIVITY_REJECTED', { status: shownValue(statusText) }, lang)] : []),
    ...flagLines(flags, lang),
  ].join('\n');
  return {
    minutes,
    withOutput,
    rejected,
    badge: {
      kind: 'aktivitas',
      capaian: null,
      kategori: withOutput ? 'ada_output' : 'tanpa_output',
      flags,
      label: t(
        withOutput ? 'OVERLAY_BADGE_ACTIVITY_OUTPUT' : 'OVERLAY_BADGE_ACTIVITY_NO_OUTPUT',
        { minutes: shownMinutes },
        lang,
      ),
      tooltip,
      tone: withOutput ? 'good' : 'bad',
    },
  };
}

/**
 * A log row's cells but its Tanggal, minutes and row number, joined: two rows of a day with the same uraian and minutes
 * are one pasted twice only when these match too (Hitung nilai: attendance.ts sameOtherCells).
 */
// The Waktu cell is compared unless it gives the minutes (a log without a minutes column): a start time
// tells two sessions apart.
const NOT_COMPARED: ReadonlySet<string> = new Set(['tanggal', 'menit', 'nomor']);
const otherCells = (model: TableModel, row: TableModel['dataRows'][number]): string =>
  (Object.keys(model.mapping) as FieldId[])
    .filter((f) => !NOT_COMPARED.has(f) && (f !== 'waktu' || !hasField(model, 'menit')))
    .sort()
    .map((f) => textOf(model, row, f))
    .join('\u0001');

const cache = new ScoreCache<ActivityScore>();
const slots = new BadgeSlots<Element>();

/**
 * The log's rows by their days, as Hitung nilai reads them (the period module: rows outside the page's
 * period, exact repeats, days over 24 hours set aside), or why not: 'waiting' while the module loads, null
 * for a log without a Tanggal column (no day to read) and when the module cannot come (said in `notes`).
 */
function daysOf(model: TableModel, batch: ScanBatch): { api: PeriodApi | null; notes: string[] } | 'waiting' {
  if (!hasField(model, 'tanggal')) return { api: null, notes: [] };
  const state = periodModule(() => batch.requestScan?.());
  if (state.status === 'loading') return 'waiting';
  if (state.status === 'ready') return { api: state.api, notes: [] };
  return {
    api: null,
    notes: [t('OVERLAY_ACTIVITY_DAYS_MISSING', { table: model.name }, batch.settings.lang)],
  };
}

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  const days = daysOf(model, batch);
  // The period module is on its way: no minutes are shown counted that Hitung nilai would set aside.
  if (days === 'waiting') return;
  cache.useSettings(batch.settings);
  const { lang } = batch.settings;
  const contribution = emptyContribution('aktivitas');
  const activity = { minutes: 0, withOutput: 0 };
  // Same text under other headers is another score.
  const columns = JSON.stringify([model.mapping, model.labels]);
  const scored: { row: TableModel['dataRows'][number]; score: ActivityScore }[] = [];
  const counted: ActivityDayRow[] = [];
  for (let i = 0; i < model.dataRows.length; i++) {
    const row = model.dataRows[i] as TableModel['dataRows'][number];
    if (sectionOf(row) !== undefined || !textOf(model, row, 'aktivitas')) continue;
    // Its place among the table's data rows, as the messages name it (section rows and blanks counted).
    const at = i + 1;
    const hash = `${rowKey(row)}|${columns}|${batch.settings.revision}`;
    let score = cache.get(hash);
    if (!score && !batch.mayScore()) {
      batch.unfinished.add(model.table);
      continue;
    }
    if (!score) {
      score = scoreActivity(model, row, lang, batch.settings.policy.busy);
      cache.set(hash, score);
    }
    scored.push({ row, score });
    if (score.minutes !== null && !score.rejected)
      counted.push({
        tanggal: textOf(model, row, 'tanggal'),
        uraian: textOf(model, row, 'aktivitas'),
        minutes: score.minutes,
        others: otherCells(model, row),
        at,
      });
  }
  const decided =
    days.api && counted.length > 0
      ? days.api.activityDays({
          doc: batch.doc,
          tables: batch.tables.map((m) => m.table),
          rows: counted,
          tableName: model.name,
          lang,
        })
      : null;
  let c = 0;
  for (const { row, score } of scored) {
    tally(contribution, 'aktivitas', score.badge.flags);
    let badge = score.badge;
    if (score.minutes !== null && !score.rejected) {
      const aside = decided?.aside[c++];
      if (aside !== undefined) badge = { ...badge, tooltip: `${badge.tooltip}\n${aside}` };
      else {
        activity.minutes += score.minutes;
        if (score.withOutput) activity.withOutput += score.minutes;
      }
    }
    const cell = cellOf(model, row, hasField(model, 'menit') ? 'menit' : 'aktivitas');
    const write = slots.write(row.source, badge, (shown) => (cell?.source ?? row.source).append(shown));
    if (write) {
      batch.stats.touchedRows++;
      writes.push(write);
    }
  }
  const notes = [...days.notes, ...(decided?.notes ?? [])];
  // A log showing part of its rows (one page of a paginated log, a search) gives no whole-log figure:
  // the panel says how much of it is shown instead (each row keeps its badge).
  const partial = partialRows(model.table);
  if (partial)
    notes.push(
      t(
        'OVERLAY_PANEL_ACTIVITY_PARTIAL',
        { table: model.name, shown: partial.shown, total: partial.total },
        lang,
      ),
    );
  else contribution.activity = activity;
  if (notes.length > 0) contribution.notes = notes;
  noteTruncation(contribution, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  batch.summary.set(model.table, contribution);
}

/** Activity logs in minutes: what share of the logged minutes produced an output or evidence. */
export const activityLog: Feature = tableFeature('activity-log', ['aktivitas'], ACTIVITY_KINDS, scanTable);
