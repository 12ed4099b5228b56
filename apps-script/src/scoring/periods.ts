import {
  type AnnualVerdict,
  addOlderPeriods,
  annualVerdicts,
  type HistoryRow,
  historyRowsOf,
  historyRowsOfSheet,
  historyYears,
  type Issue,
  mergeHistory,
  mostImproved,
  mostImprovedUnits,
  type OrganisationResult,
  type Policy,
  periodKey,
  periodLabel,
  predikatLabel,
  type Trend,
  t,
  trendsAt,
  withYearDiscipline,
} from '../../../shared';
import { HISTORY_COLUMNS, writtenByAddOn } from '../output/layout';
import { ownershipOf } from '../output/ownership';
import { HISTORY_SHEET } from '../output/sheet-names';
import type { CellValue, SheetPort, SpreadsheetPort } from '../port/types';
import { chooseTables, toWorkbookInput, type WorkbookRead } from '../workbook/workbook';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;

const textOf = (v: CellValue | undefined): string =>
  typeof v === 'string' ? v : v === undefined ? '' : String(v);
const numberOf = (v: CellValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** The add-on's current "Riwayat", and the Riwayat sheets copied into this workbook from earlier ones. */
export interface HistorySheets {
  current: SheetPort | null;
  copies: SheetPort[];
}

/**
 * Which sheets hold history. The current Riwayat is the marked (or adopted) one at the name the add-on
 * writes it under ("Riwayat", else "Riwayat (Nilai Kerja)"...: output/replace-sheets.ts), the one the next
 * run replaces. Every other sheet with the Riwayat mark, or unmarked with exactly the Riwayat header row
 * ("Salinan dari Riwayat" made by Sheets' "Salin ke", which may or may not keep the mark), is a copy from
 * an earlier workbook: read as older history, never written, never input (workbook/workbook.ts).
 */
export function historySheets(book: SpreadsheetPort): HistorySheets {
  const alternate = t('ADDON_SHEET_ALTERNATE', { sheet: HISTORY_SHEET }, 'id');
  const atOwnName = (name: string) =>
    name === HISTORY_SHEET || name === alternate || name.startsWith(`${alternate} `);
  let current: SheetPort | null = null;
  const copies: SheetPort[] = [];
  for (const sheet of book.listSheets()) {
    const own = ownershipOf(sheet);
    if (own === null) {
      if (hasHistoryHeader(sheet)) copies.push(sheet);
    } else if (own.role === 'history' && !own.staging) {
      if (current === null && atOwnName(sheet.name)) current = sheet;
      else copies.push(sheet);
    }
  }
  return { current, copies };
}

/** The first row is exactly the Riwayat header, nothing beside it (one small read). */
function hasHistoryHeader(sheet: SheetPort): boolean {
  try {
    return writtenByAddOn('history', sheet.readTop(1, HISTORY_COLUMNS.length + 1));
  } catch {
    return false;
  }
}

/**
 * `kept` with the periods of the copied Riwayat sheets that neither it nor the workbook's own periods
 * (`present`) hold, each copy in tab order (so a second copy of the same sheet adds nothing). Each copy
 * says what it added and what it skipped, and each row that is not valid history is reported with its
 * place (shared/history transfer.ts): the issues go to "Masalah Data" with the period's result.
 */
function withCopiedHistory(
  kept: HistoryRow[],
  copies: readonly SheetPort[],
  present: readonly string[],
): { rows: HistoryRow[]; issues: Issue[] } {
  let rows = kept;
  const issues: Issue[] = [];
  for (const sheet of copies) {
    const read = historyRowsOfSheet(sheet.name, sheet.read().values);
    issues.push(...read.issues);
    const merged = addOlderPeriods(rows, read.rows, present);
    rows = merged.rows;
    const labels = (keys: readonly string[]) => keys.map((k) => merged.labels.get(k) ?? k).join(', ');
    if (merged.added.length > 0)
      issues.push({
        code: 'HISTX_COPY_ADDED',
        params: { sheet: sheet.name, periods: labels(merged.added), rows: merged.addedRows },
        at: { sheet: sheet.name },
        severity: 'warning',
      });
    if (merged.skipped.length > 0)
      issues.push({
        code: 'HISTX_COPY_SKIPPED',
        params: { sheet: sheet.name, periods: labels(merged.skipped) },
        at: { sheet: sheet.name },
        severity: 'warning',
      });
  }
  return { rows, issues };
}

/**
 * The history kept so far: the rows of the add-on's current "Riwayat" sheet (historySheets: its mark and
 * the name the add-on writes it under), one HistoryRow each. A row without a valid period code is not history the add-on wrote: it is
 * left out of what is carried forward, and counted so the admin is told.
 */
export function readHistory(
  book: SpreadsheetPort,
  sheets: HistorySheets = historySheets(book),
): { rows: HistoryRow[]; skipped: number } {
  const sheet = sheets.current;
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
  // Older periods copied from an earlier workbook's Riwayat come first, so their TK days count in their year.
  const sheets = historySheets(book);
  const copied = withCopiedHistory(
    readHistory(book, sheets).rows,
    sheets.copies,
    read.periods.map(periodKey),
  );
  let history = copied.rows;
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
    result:
      copied.issues.length > 0
        ? { ...chosenResult, issues: [...chosenResult.issues, ...copied.issues] }
        : chosenResult,
    history,
    trends: trendsAt(history, chosen, policy.history),
    labels: read.periods.map((p) => periodLabel(p, 'id')),
    improved: first ? mostImproved(history, first.period, chosen, policy.recap.mostImprovedCount) : [],
    improvedUnits: first
      ? mostImprovedUnits(history, first.period, chosen, policy.recap.mostImprovedCount)
      : [],
    span: first ? `${first.label} - ${periodLabel(read.period, 'id')}` : '',
    annual: historyYears(history).flatMap((year) => annualVerdicts(history, year, policy)),
  };
}
