import {
  type AnnualVerdict,
  addOlderPeriods,
  annualVerdicts,
  comparePeriods,
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
  sameLength,
  type Trend,
  t,
  trendsAt,
  withYearDiscipline,
} from '../../../shared';
import { HISTORY_COLUMNS, writtenByAddOn } from '../output/layout';
import { ownershipOf } from '../output/ownership';
import { HISTORY_SHEET } from '../output/sheet-names';
import type { SheetPort, SpreadsheetPort } from '../port/types';
import { chooseTables, toWorkbookInput, type WorkbookRead } from '../workbook/workbook';

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

/** The current Riwayat as read: its valid rows, and each row it holds that is not valid history. */
export interface KeptHistory {
  rows: HistoryRow[];
  /** Rows left out of `rows`: as many as `issues`, one each. */
  skipped: number;
  /** Each row that is not valid history, with sheet, row and column (HISTX_ROW_*: shared/history transfer.ts). */
  issues: Issue[];
}

/**
 * The history kept so far: the rows of the add-on's current "Riwayat" sheet (historySheets: its mark and
 * the name the add-on writes it under), read by the one reader of Riwayat sheets (historyRowsOfSheet, as
 * for a copy): a row whose period code cannot be read, without NIP, with text in a number column ("1,05",
 * "4 hari") or with an employee already recorded for that period is reported where it is, never converted
 * (text is not read as 0 or blank), and left out of `rows`.
 */
export function readHistory(book: SpreadsheetPort, sheets: HistorySheets = historySheets(book)): KeptHistory {
  const sheet = sheets.current;
  if (!sheet) return { rows: [], skipped: 0, issues: [] };
  const read = historyRowsOfSheet(sheet.name, sheet.read().values);
  return { rows: read.rows, skipped: read.issues.length, issues: read.issues };
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
  /**
   * Set when the current Riwayat holds rows that are not valid history (readHistory): Riwayat and Rekap
   * Tahunan must then be left exactly as they are (never rewritten without those rows, nor with them
   * converted); each row is in `result.issues` with its place, with HISTX_CURRENT_UNREAD.
   */
  keptAsIs: { sheet: string; count: number } | null;
}

/**
 * Every period the workbook names, each scored on its own (periods are never averaged into one verdict:
 * DOMAIN.md, Periods), merged into the history kept in "Riwayat" (recomputing a period replaces only its
 * rows), and each employee's trend at the period scored. Null when the tables name no period: a verdict
 * without a period cannot be placed in history. Each period's TK days are added up over its calendar year
 * (PP 94/2021), from the history kept and the periods before it in this workbook, and the employees'
 * recommendations follow the year's total (shared/discipline/pp94.ts). Every action that scores gets this
 * result (scoring/score-book.ts), so Hasil Pegawai, the reward list, the dashboard and the packages agree.
 * A current Riwayat with rows that are not valid history is named in `keptAsIs`, each row in the result's
 * issues: it must not be rewritten (features/results/compute.ts), and its other rows still count.
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
  const kept = readHistory(book, sheets);
  const copied = withCopiedHistory(kept.rows, sheets.copies, read.periods.map(periodKey));
  const keptAsIs =
    kept.skipped > 0 && sheets.current ? { sheet: sheets.current.name, count: kept.skipped } : null;
  const issues: Issue[] = [
    ...(keptAsIs
      ? [
          {
            code: 'HISTX_CURRENT_UNREAD',
            params: { sheet: keptAsIs.sheet, count: keptAsIs.count },
            at: { sheet: keptAsIs.sheet },
            severity: 'error',
          } satisfies Issue,
          ...kept.issues,
        ]
      : []),
    ...copied.issues,
  ];
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
  // Most improved over the whole history up to the period scored: from its first period of the same length
  // (a quarter from the first quarter, never from a month inside it: trendsAt), in time order.
  const first = history.find((r) => sameLength(r.period, chosen) && comparePeriods(r.period, chosen) < 0);
  return {
    result:
      issues.length > 0 ? { ...chosenResult, issues: [...chosenResult.issues, ...issues] } : chosenResult,
    history,
    trends: trendsAt(history, chosen, policy.history),
    labels: read.periods.map((p) => periodLabel(p, 'id')),
    improved: first ? mostImproved(history, first.period, chosen, policy.recap.mostImprovedCount) : [],
    improvedUnits: first
      ? mostImprovedUnits(history, first.period, chosen, policy.recap.mostImprovedCount)
      : [],
    span: first ? `${first.label} - ${periodLabel(read.period, 'id')}` : '',
    annual: historyYears(history).flatMap((year) => annualVerdicts(history, year, policy)),
    keptAsIs,
  };
}
