/**
 * The period module's script (built to src/content/period.js and injected on demand: api.ts). It holds
 * the core's rules for an annual target against a period and registers them for the content script.
 */
import { periodOfLines } from '../../../../shared/columns';
import type { Issue } from '../../../../shared/core';
import { formatIssue, type Lang, t } from '../../../../shared/messages';
import { periodLabel } from '../../../../shared/parse';
import {
  decidePeriodBasis,
  logRowsAside,
  MAX_DAY_MINUTES,
  periodColumnSlot,
  periodTargetColumns,
  targetForPeriod,
} from '../../../../shared/score';
import { type ActivityDaysInput, PERIOD_API, type PeriodApi, type TableBasisInput } from './api';
import { keyValueLines, pageTitles } from './lines';

/** The page's period lines and titles read as a sheet's (shared/columns periodOfLines). */
const pageMeta = (doc: Document, tables: readonly Element[]) =>
  periodOfLines(keyValueLines(doc, tables), pageTitles(doc, tables));

const at = (issue: Issue, tableName: string): Issue => ({
  ...issue,
  at: { element: `tabel "${tableName}"` },
});

function tableBasis(input: TableBasisInput): ReturnType<PeriodApi['tableBasis']> {
  const meta = pageMeta(input.doc, input.tables);
  const notes: string[] = [];
  // The periods' own target columns, as the add-on finds them in a sheet (the first of each period).
  const periodColumns: Record<string, string> = {};
  const indexOf: Record<string, number> = {};
  for (const { slot, index, label } of periodTargetColumns(input.otherColumns)) {
    periodColumns[slot] = label;
    indexOf[slot] = index;
  }
  const { basis, notes: basisNotes } = decidePeriodBasis(
    {
      targetHeader: input.targetHeader,
      realisasiHeader: input.realisasiHeader,
      hasRealisasiColumn: input.hasRealisasiColumn,
      period: meta.period ?? null,
      periodColumns,
    },
    input.rules,
  );
  // What the user is told, once per table, in the page's words: an annual target without a period names
  // the column; with a range or two periods, those too (never narrowed to one, as a sheet's are not).
  const ambiguous = meta.period === undefined ? meta.periodText : undefined;
  for (const { issue } of basisNotes) {
    const shown: Issue =
      issue.code !== 'PERIOD_TARGET_ANNUAL_NO_PERIOD'
        ? issue
        : ambiguous !== undefined
          ? {
              ...issue,
              code: 'OVERLAY_PERIOD_TARGET_ANNUAL_AMBIGUOUS',
              params: { ...issue.params, value: ambiguous },
            }
          : { ...issue, code: 'OVERLAY_PERIOD_TARGET_ANNUAL_NO_PERIOD' };
    notes.push(formatIssue(at(shown, input.tableName), input.lang));
  }
  const slot = basis === null ? null : periodColumnSlot(basis);
  const periodColumn = slot === null ? undefined : indexOf[slot];
  return { basis, periodColumn, notes };
}

/**
 * A page log's rows by their days and the page's period, read from its key/value lines as for SKP tables
 * (without one, no row is set aside for its period, as the add-on without a period): each row set aside
 * gets its badge note, the table one panel line naming the rows and why.
 */
function activityDays(input: ActivityDaysInput): ReturnType<PeriodApi['activityDays']> {
  const { rows, lang } = input;
  const period = pageMeta(input.doc, input.tables).period ?? null;
  const shownPeriod = period === null ? '' : periodLabel(period, lang);
  const found = logRowsAside(rows, period);
  const aside: (string | undefined)[] = new Array(rows.length).fill(undefined);
  const atRows: number[] = [];
  const why = new Set<string>();
  found.forEach((reason, r) => {
    if (reason === undefined) return;
    const row = rows[r] as (typeof rows)[number];
    atRows.push(row.at);
    if (reason.kind === 'invalid') {
      aside[r] = t('OVERLAY_TIP_ACTIVITY_DATE_INVALID', { value: row.tanggal }, lang);
      why.add(t('OVERLAY_ASIDE_INVALID', undefined, lang));
    } else if (reason.kind === 'period') {
      aside[r] = t('OVERLAY_TIP_ACTIVITY_OTHER_PERIOD', { date: row.tanggal, period: shownPeriod }, lang);
      why.add(t('OVERLAY_ASIDE_PERIOD', { period: shownPeriod }, lang));
    } else if (reason.kind === 'repeat') {
      aside[r] = t('OVERLAY_TIP_ACTIVITY_REPEAT', { first: String(rows[reason.first]?.at) }, lang);
      why.add(t('OVERLAY_ASIDE_REPEAT', undefined, lang));
    } else {
      aside[r] = t(
        'OVERLAY_TIP_ACTIVITY_DAY_TOO_LONG',
        {
          date: row.tanggal,
          total: reason.total,
          hours: Math.round((reason.total / 60) * 10) / 10,
          max: MAX_DAY_MINUTES,
          rows: reason.rows.map((j) => rows[j]?.at).join(', '),
        },
        lang,
      );
      why.add(t('OVERLAY_ASIDE_LONG', undefined, lang));
    }
  });
  const notes =
    atRows.length === 0
      ? []
      : [
          t(
            'OVERLAY_PANEL_ACTIVITY_ASIDE',
            {
              table: input.tableName,
              count: atRows.length,
              rows: atRows.join(', '),
              why: [...why].join('; '),
            },
            lang,
          ),
        ];
  return { aside, notes, key: period === null ? '' : `${period.kind}${period.index}/${period.year}` };
}

const api: PeriodApi = {
  tableBasis,
  pagePeriod: (doc, tables) => pageMeta(doc, tables).period ?? null,
  pageKey(doc, tables) {
    // The period when one is read: the rest of its line ("diperbarui 08:00:01", a table's info text beside
    // it) moves nothing. Only a page naming no single period is keyed by what its lines say.
    const meta = pageMeta(doc, tables);
    return JSON.stringify(meta.period ?? meta.periodText ?? null);
  },
  activityDays,
  targetFor(target, basis, satuan, indikator, periodTarget, lang: Lang) {
    const prepared = targetForPeriod(target, basis, satuan, indikator, periodTarget);
    // A failure (the period's own target missing) is told here too: its words live in this module's
    // catalog, not in the content script's.
    const said = 'ok' in prepared ? prepared.issue : prepared.note;
    return { prepared, note: said ? formatIssue(said, lang) : '' };
  },
};

(globalThis as unknown as Record<symbol, PeriodApi>)[PERIOD_API] = api;
