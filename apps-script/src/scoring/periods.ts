import {
  type AnnualVerdict,
  annualVerdicts,
  type HistoryRow,
  historyRowsOf,
  historyYears,
  mergeHistory,
  mostImproved,
  mostImprovedUnits,
  type OrganisationResult,
  type Policy,
  periodKey,
  periodLabel,
  predikatLabel,
  type Trend,
  trendsAt,
  withYearDiscipline,
} from '../../../shared';
import { ownershipOf } from '../output/ownership';
import type { CellValue, SpreadsheetPort } from '../port/types';
import { chooseTables, toWorkbookInput, type WorkbookRead } from '../workbook/workbook';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;

const textOf = (v: CellValue | undefined): string =>
  typeof v === 'string' ? v : v === undefined ? '' : String(v);
const numberOf = (v: CellValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * The history kept so far: the rows of the add-on's own "Riwayat" sheet (found by its mark, whatever its
 * name now), one HistoryRow each. A row without a valid period code is not history the add-on wrote: it is
 * left out of what is carried forward, and counted so the admin is told.
 */
export function readHistory(book: SpreadsheetPort): { rows: HistoryRow[]; skipped: number } {
  const sheet = book.listSheets().find((s) => {
    const own = ownershipOf(s);
    return own !== null && own.role === 'history' && !own.staging;
  });
  if (!sheet) return { rows: [], skipped: 0 };
  const values = sheet.read().values.slice(1);
  const rows: HistoryRow[] = [];
  let skipped = 0;
  for (const r of values) {
    const period = textOf(r[0]).trim();
    const nip = textOf(r[2]).trim();
    if (!PERIOD_KEY.test(period) || nip === '') {
      if (r.some((c) => textOf(c).trim() !== '')) skipped++;
      continue;
    }
    rows.push({
      period,
      label: textOf(r[1]),
      nip,
      nama: textOf(r[3]),
      unit: textOf(r[4]),
      capaian: numberOf(r[5]),
      kategori: textOf(r[6]),
      predikat: textOf(r[7]),
      potongan: numberOf(r[8]) ?? 0,
      tkDays: numberOf(r[9]) ?? 0,
      ...tkDatesOf(r[10]),
    });
  }
  return { rows, skipped };
}

/** The "Tanggal TK" cell: ISO days separated by commas; anything else in it is not a date the add-on wrote. */
function tkDatesOf(cell: CellValue | undefined): { tkDates?: string[] } {
  const dates = textOf(cell)
    .split(/[,;\s]+/)
    .filter((d) => ISO_DAY.test(d));
  return dates.length > 0 ? { tkDates: dates } : {};
}

/** The periods of a scoring run: history with them, each employee's trend, the period scored with its year. */
export interface PeriodHistory {
  /** The period scored, its employees' recommendations following the year's TK total (PP 94/2021). */
  result: OrganisationResult;
  history: HistoryRow[];
  trends: Map<string, Trend>;
  labels: string[];
  improved: ReturnType<typeof mostImproved>;
  /** Units whose mean capaian rose most over the same span (shared/history mostImprovedUnits). */
  improvedUnits: ReturnType<typeof mostImprovedUnits>;
  span: string;
  /** Every year in history, each employee's annual verdict by the policy's rule (policy.history.annual). */
  annual: AnnualVerdict[];
}

/**
 * Every period the workbook names, each scored on its own (periods are never averaged into one verdict:
 * DOMAIN.md, Periods), merged into the history kept in "Riwayat" (recomputing a period replaces only its
 * rows), and each employee's trend at the period scored. Null when the tables name no period: a verdict
 * without a period cannot be placed in history. Each period's TK days are added up over its calendar year
 * (PP 94/2021), from the history kept and the periods before it in this workbook, and the employees'
 * recommendations follow the year's total (shared/discipline/pp94.ts). Every action that scores gets this
 * result (scoring/score-book.ts), so Hasil Pegawai, the reward list, the dashboard and the packages agree.
 */
export function periodHistory(
  book: SpreadsheetPort,
  read: WorkbookRead,
  result: OrganisationResult,
  policy: Policy,
  score: (input: ReturnType<typeof toWorkbookInput>, policy: Policy) => OrganisationResult,
): PeriodHistory | null {
  if (!read.period) return null;
  const chosen = periodKey(read.period);
  // Periods in order (latest last), each merged before the next so a later month counts the earlier ones.
  let history = readHistory(book).rows;
  let chosenResult = result;
  for (const period of read.periods) {
    const key = periodKey(period);
    const label = periodLabel(period, 'id');
    const scoredAlone =
      key === chosen
        ? result
        : score(toWorkbookInput(chooseTables(read.found, read.confirmed, key), book), policy);
    const periodResult = withYearDiscipline(scoredAlone, history, { key, label }, policy);
    if (key === chosen) chosenResult = periodResult;
    history = mergeHistory(
      history,
      historyRowsOf(key, label, periodResult, (p) => predikatLabel(p)),
    );
  }
  // Most improved over the whole history up to the period scored (its first period to this one).
  const first = history.find((r) => r.period < chosen);
  return {
    result: chosenResult,
    history,
    trends: trendsAt(history, chosen, policy.history),
    labels: read.periods.map((p) => periodLabel(p, 'id')),
    improved: first ? mostImproved(history, first.period, chosen) : [],
    improvedUnits: first ? mostImprovedUnits(history, first.period, chosen) : [],
    span: first ? `${first.label} - ${periodLabel(read.period, 'id')}` : '',
    annual: historyYears(history).flatMap((year) => annualVerdicts(history, year, policy)),
  };
}
