/**
 * The spreadsheet port: everything the add-on needs from a spreadsheet, shaped so that each action
 * reads a sheet once (one getDataRange), writes a table once (one setValues) and formats in batches.
 * Apps Script bills time per service call, so the number of calls must not grow with the rows
 * (the sandbox and bench count them). Two implementations: gas-adapter.ts (SpreadsheetApp) and
 * memory.ts (unit tests).
 */

/** A cell value as SpreadsheetApp returns it from getValues(). */
export type CellValue = string | number | boolean | Date;

/**
 * A formula the add-on built itself (output/formulas.ts, e.g. the HYPERLINK to a cell in "Masalah Data"):
 * the only value a port writes as a formula. Its constructor is private so that a formula is always
 * asked for by name (`AddOnFormula.built`), never made by accident from a string.
 */
export class AddOnFormula {
  private constructor(readonly formula: string) {}
  /** Only output/formulas.ts calls this, with text it assembled from numbers and validated parts. */
  static built(formula: string): AddOnFormula {
    return new AddOnFormula(formula);
  }
}

/**
 * What the add-on writes into one cell: plain data, or a formula it built. Every string is data: the port
 * escapes text that Sheets would read as a formula (port/cell-data.ts), whatever its source (cells, policy
 * labels, unit names, catalog texts), so a raw string can never reach setValues unescaped.
 */
export type SheetCell = CellValue | AddOnFormula;

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

/**
 * How a sheet prints (output/print.ts lays it out). SpreadsheetApp cannot set paper size, orientation,
 * scaling, margins or page breaks: the adapter applies what Sheets allows (gridlines hidden, frozen header
 * rows, which Sheets repeats on every printed page, column widths that add up to the printable width, and
 * one row height for every row so that `rowsPerPage` rows fill one printed page) and keeps the layout as
 * developer metadata (PRINT_LAYOUT_MARK) for the PDF link and for tests. The rest is in the PDF link
 * (output/print.ts pdfExportUrl).
 */
export interface PrintLayout {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: true;
  /** Margins in millimetres, as the PDF link passes them (in inches). */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Rows frozen at the top, repeated on every printed page (0 for papers of whole pages). */
  headerRows: number;
  /** Every row's height in pixels (96 dpi), forced so that wrapped text cannot stretch a page. */
  rowHeight: number;
  /** Rows that fill one printable page height (header rows included). */
  rowsPerPage: number;
  /** Rows written. */
  rows: number;
  /** Width of each column in pixels; their sum is at most the printable width. */
  columnWidths: number[];
  /** 1-based rows where each printed page starts (the first is 1). */
  pageStarts: number[];
}

/** The developer metadata key under which a paper keeps its PrintLayout (JSON). */
export const PRINT_LAYOUT_MARK = 'nilaiKerja.print';

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
  /** Bold, a background and/or a number format on many scattered ranges in one call each (a RangeList). */
  | { kind: 'styleRanges'; ranges: RangeRef[]; bold?: boolean; background?: string; numberFormat?: string }
  /** The print layout of a paper (see PrintLayout). */
  | { kind: 'print'; layout: PrintLayout }
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
  /** The sheet's current name (it follows rename()). */
  readonly name: string;
  /** The sheet's gid, used in links "#gid=<id>&range=D12". */
  readonly id: number;
  read(options?: ReadOptions): SheetSnapshot;
  /**
   * What the top-left rows x columns show (display values), in one call whatever the sheet holds below:
   * enough to recognise a sheet an older version of the add-on wrote (output/ownership.ts).
   */
  readTop(rows: number, columns: number): string[][];
  /**
   * Writes a rectangular table whose top-left cell is (row, column), in one call. Text is written as
   * text (escaped when Sheets would read it as a formula); only an AddOnFormula is written as a formula.
   */
  writeTable(row: number, column: number, rows: readonly (readonly SheetCell[])[]): void;
  format(ops: FormatOp[]): void;
  /** The value of the developer metadata `key` on this sheet (not on its ranges), or null. */
  metadata(key: string): string | null;
  /** Sets developer metadata `key` on this sheet, replacing its value when the key is already there. */
  setMetadata(key: string, value: string): void;
  /** Renames the sheet. Fails if another sheet has the name: check first. */
  rename(name: string): void;
  /** 0-based position among the sheet tabs, as createSheet's `index` takes it. */
  position(): number;
}

/**
 * There is no clear(): the add-on never empties a sheet. Outputs are written to new sheets and swapped
 * in (output/replace-sheets.ts), and only sheets the add-on owns are ever deleted.
 */
export interface SpreadsheetPort {
  listSheets(): SheetPort[];
  getSheet(name: string): SheetPort | null;
  /** Creates a sheet at the end (or at `index`, 0-based). Fails if the name exists: check first. */
  createSheet(name: string, index?: number): SheetPort;
  /** Deletes a sheet of this spreadsheet (output/replace-sheets.ts deletes only sheets the add-on owns). */
  deleteSheet(sheet: SheetPort): void;
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
  /** Every document property key (including keys other scripts may keep: callers filter by prefix). */
  propertyKeys(): string[];
  /** A date cell as ISO yyyy-mm-dd in the spreadsheet's time zone (Sheets hands dates at local midnight). */
  isoDate(date: Date): string;
  /** The spreadsheet's id (for the PDF export link of a paper); absent where the port cannot know it. */
  spreadsheetId?(): string;
  /** The sheet the user is on, when there is a user; null from a trigger. */
  activeSheet?(): SheetPort | null;
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
