/**
 * The period module's script (built to src/content/period.js and injected on demand: api.ts). It holds
 * the core's rules for an annual target against a period and registers them for the content script.
 */
import { periodOfLines } from '../../../../shared/columns';
import type { Issue } from '../../../../shared/core';
import { formatIssue, type Lang } from '../../../../shared/messages';
import {
  decidePeriodBasis,
  periodColumnSlot,
  periodTargetColumns,
  targetForPeriod,
} from '../../../../shared/score';
import { PERIOD_API, type PeriodApi, type TableBasisInput } from './api';
import { keyValueLines, pageTitles } from './lines';

const at = (issue: Issue, tableName: string): Issue => ({
  ...issue,
  at: { element: `tabel "${tableName}"` },
});

function tableBasis(input: TableBasisInput): ReturnType<PeriodApi['tableBasis']> {
  const meta = periodOfLines(keyValueLines(input.doc, input.tables), pageTitles(input.doc, input.tables));
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

const api: PeriodApi = {
  tableBasis,
  targetFor(target, basis, satuan, indikator, periodTarget, lang: Lang) {
    const prepared = targetForPeriod(target, basis, satuan, indikator, periodTarget);
    // A failure (the period's own target missing) is told here too: its words live in this module's
    // catalog, not in the content script's.
    const said = 'ok' in prepared ? prepared.issue : prepared.note;
    return { prepared, note: said ? formatIssue(said, lang) : '' };
  },
};

(globalThis as unknown as Record<symbol, PeriodApi>)[PERIOD_API] = api;
