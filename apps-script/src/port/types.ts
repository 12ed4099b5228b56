/**
 * The spreadsheet port: everything the add-on needs from a spreadsheet, shaped so that each action
 * reads a sheet once (one getDataRange), writes a table once (one setValues) and formats in batches.
 * Apps Script bills time per service call, so the number of calls must not grow with the rows
 * (the sandbox and bench count them). Two implementations: gas-adapter.ts (SpreadsheetApp) and
 * memory.ts (unit tests).
 */

/** A cell value as SpreadsheetApp returns it from getValues(). */
export type CellValue = string | number | boolean | Date;

/** 1-based rectangle, as in getRange(row, column, numRows, numColumns). */
export interface RangeRef {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** One sheet read in one go. */
export interface SheetSnapshot {
  /** Raw values of the data range (numbers, dates, booleans, text). */
  values: CellValue[][];
  /** What the user sees in each cell (number formats applied), same shape as values. */
  display: string[][];
  /** Merged areas inside the data range (two-row headers). */
  merges: RangeRef[];
  /**
   * 1-based rows hidden by the user or by a filter; only filled when asked (one call per row, so the
   * SpreadsheetApp adapter checks the first HIDDEN_ROW_SCAN_LIMIT rows only).
   */
  hiddenRows: number[];
}

export interface ReadOptions {
  /** Ask for hidden rows too. One service call per row: use for reports, not for compute. */
  hiddenRows?: boolean;
}

export type ConditionalRule =
  | { when: 'textEquals'; value: string; background: string; fontColor?: string }
  | { when: 'numberLessThan'; value: number; background: string; fontColor?: string }
  | { when: 'numberAtLeast'; value: number; background: string; fontColor?: string };

export type ChartKind = 'column' | 'bar' | 'pie' | 'line' | 'scatter' | 'combo';

/** A batched formatting step. Each op is one (or a fixed few) service calls whatever the range size. */
export type FormatOp =
  | { kind: 'numberFormat'; range: RangeRef; format: string }
  | { kind: 'background'; range: RangeRef; colour: string }
  | { kind: 'backgrounds'; range: RangeRef; colours: string[][] }
  | { kind: 'bold'; range: RangeRef }
  | { kind: 'wrap'; range: RangeRef }
  | { kind: 'notes'; range: RangeRef; notes: string[][] }
  | { kind: 'validationList'; range: RangeRef; values: string[]; helpText: string; strict: boolean }
  | { kind: 'frozenRows'; rows: number }
  | { kind: 'columnWidth'; column: number; width: number }
  | { kind: 'filter'; range: RangeRef }
  | { kind: 'conditional'; range: RangeRef; rule: ConditionalRule }
  | {
      kind: 'chart';
      chart: ChartKind;
      range: RangeRef;
      anchor: { row: number; column: number };
      title: string;
      /** Extra chart options (isStacked, series, axis titles...), each one setOption call. */
      options?: Record<string, unknown>;
    };

export interface SheetPort {
  readonly name: string;
  /** The sheet's gid, used in links "#gid=<id>&range=D12". */
  readonly id: number;
  read(options?: ReadOptions): SheetSnapshot;
  /** Writes a rectangular table whose top-left cell is (row, column), in one call. */
  writeTable(row: number, column: number, rows: CellValue[][]): void;
  format(ops: FormatOp[]): void;
  /** Clears contents, formats, notes, validation, conditional formats and filter (generated sheets only). */
  clear(): void;
}

export interface SpreadsheetPort {
  listSheets(): SheetPort[];
  getSheet(name: string): SheetPort | null;
  /** Creates a sheet at the end (or at `index`, 0-based). Fails if the name exists: check first. */
  createSheet(name: string, index?: number): SheetPort;
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
  /** A date cell as ISO yyyy-mm-dd in the spreadsheet's time zone (Sheets hands dates at local midnight). */
  isoDate(date: Date): string;
  /** A short non-blocking message in the corner of the spreadsheet; ignored when headless. */
  toast(message: string, title: string, seconds?: number): void;
}

/** Column letter for a 1-based column: 1 -> A, 27 -> AA. */
export function columnLetter(column: number): string {
  let n = Math.max(1, Math.floor(column));
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const rangeRef = (row: number, column: number, numRows = 1, numColumns = 1): RangeRef => ({
  row,
  column,
  numRows,
  numColumns,
});
