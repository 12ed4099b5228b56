import { formatNumberForLang, type Lang, outputGiven, shownValue, t } from '../../../../shared';
import type { BadgeData } from '../dom/badge';
import { BadgeSlots } from '../dom/badge-slots';
import type { OverlayFlag } from '../flags';
import { sectionOf } from '../model/skp';
import {
  cellOf,
  hasField,
  MAX_ROWS_PER_TABLE,
  rowKey,
  ScoreCache,
  type TableModel,
  textOf,
  truncatedRows,
} from '../model/table';
import { hasEvidence, readMinutes } from '../model/values';
import { ACTIVITY_KINDS } from '../pages';
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
 * One logged activity: its minutes (Waktu Efektif x Volume, or a duration / time range) and whether it
 * produced an output or evidence. Activities without either are flagged `aktivitas_tanpa_output`:
 * regional apps pay TPP on minutes, and minutes without output are what "kesibukan semu" is made of.
 * Rejected activities (Ditolak) are left out of the minutes, as the core's busy check expects.
 */
export function scoreActivity(
  model: TableModel,
  row: TableModel['dataRows'][number],
  lang: Lang,
): ActivityScore {
  const minutesText = textOf(model, row, 'menit') || textOf(model, row, 'waktu');
  const minutes = readMinutes(minutesText);
  const outputText = textOf(model, row, 'output') || textOf(model, row, 'volume');
  const bukti = cellOf(model, row, 'bukti_dukung');
  const output = outputGiven(outputText);
  const evidence = bukti ? hasEvidence(bukti.source, bukti.text) : false;
  const withOutput = output || evidence;
  const rejected = /ditolak|tolak/i.test(textOf(model, row, 'status'));
  const flags: OverlayFlag[] = withOutput ? [] : ['aktivitas_tanpa_output'];
  const shownMinutes = minutes === null ? '?' : formatNumberForLang(minutes, lang, 0);
  const tooltip = [
    minutes === null
      ? t('OVERLAY_TIP_MINUTES_UNREADABLE', { value: shownValue(minutesText) }, lang)
      : t(
          'OVERLAY_TIP_ACTIVITY',
          {
            minutes: shownMinutes,
            output: output ? shownValue(outputText) : t('OVERLAY_TIP_NONE', undefined, lang),
            bukti: evidence
              ? t('OVERLAY_TIP_PRESENT', undefined, lang)
              : t('OVERLAY_TIP_NONE', undefined, lang),
          },
          lang,
        ),
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

const cache = new ScoreCache<ActivityScore>();
const slots = new BadgeSlots<Element>();

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  cache.useSettings(batch.settings);
  const { lang } = batch.settings;
  const contribution = emptyContribution('aktivitas');
  const activity = { minutes: 0, withOutput: 0 };
  // Same text under other headers is another score.
  const columns = JSON.stringify([model.mapping, model.labels]);
  for (const row of model.dataRows) {
    if (sectionOf(row) !== undefined || !textOf(model, row, 'aktivitas')) continue;
    const hash = `${rowKey(row)}|${columns}|${batch.settings.revision}`;
    let score = cache.get(hash);
    if (!score && !batch.mayScore()) {
      batch.unfinished.add(model.table);
      continue;
    }
    if (!score) {
      score = scoreActivity(model, row, lang);
      cache.set(hash, score);
    }
    tally(contribution, 'aktivitas', score.badge.flags);
    if (score.minutes !== null && !score.rejected) {
      activity.minutes += score.minutes;
      if (score.withOutput) activity.withOutput += score.minutes;
    }
    const cell = cellOf(model, row, hasField(model, 'menit') ? 'menit' : 'aktivitas');
    const write = slots.write(row.source, score.badge, (badge) => (cell?.source ?? row.source).append(badge));
    if (write) {
      batch.stats.touchedRows++;
      writes.push(write);
    }
  }
  contribution.activity = activity;
  noteTruncation(contribution, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  batch.summary.set(model.table, contribution);
}

/** Activity logs in minutes: what share of the logged minutes produced an output or evidence. */
export const activityLog: Feature = tableFeature('activity-log', ['aktivitas'], ACTIVITY_KINDS, scanTable);
