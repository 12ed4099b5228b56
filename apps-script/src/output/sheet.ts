import type { CellValue, FormatOp, RangeRef, SpreadsheetPort } from '../port/types';
import { rangeRef } from '../port/types';

/**
 * One generated sheet, fully computed before anything is written: its whole table (header first) and
 * its formatting. Writing is one clear, one format call and one setValues per sheet, whatever the rows.
 */
export interface OutputSheet {
  name: string;
  rows: CellValue[][];
  /** Applied before the values, so a "@" (plain text) column keeps NIPs as text when they are written. */
  formats: FormatOp[];
  /** Applied after the values: charts, which Sheets builds from the data already there. */
  after?: FormatOp[];
}

/** Text that came from a user must never become a formula in our sheets ("=1+1", "+62..."). */
export const plainText = (s: string): string => (/^[=+\-@]/.test(s) ? `'${s}` : s);

/** A fraction or nothing: a missing value is an empty cell, never NaN. */
export const numberOrBlank = (n: number | null | undefined): CellValue =>
  typeof n === 'number' && Number.isFinite(n) ? n : '';

/** Pads every row to the widest one: setValues needs a rectangle. */
export function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<CellValue>(width - r.length).fill('')]));
}

/** The data cells of one column below a header on `headerRow` (at least one row, so ranges stay valid). */
export const columnBelow = (headerRow: number, column: number, dataRows: number): RangeRef =>
  rangeRef(headerRow + 1, column, Math.max(1, dataRows), 1);

export const HEADER_BACKGROUND = '#d9ead3';

/** Header styling, frozen header and a filter over the table: the same on every generated table sheet. */
export function tableFrame(width: number, dataRows: number, headerRow = 1): FormatOp[] {
  const header = rangeRef(headerRow, 1, 1, width);
  const ops: FormatOp[] = [
    { kind: 'bold', range: header },
    { kind: 'background', range: header, colour: HEADER_BACKGROUND },
    { kind: 'frozenRows', rows: headerRow },
  ];
  if (dataRows > 0) ops.push({ kind: 'filter', range: rangeRef(headerRow, 1, dataRows + 1, width) });
  return ops;
}

/**
 * Regenerates the given sheets: each is cleared and rewritten, or created. Call only after every
 * output has been computed, so a failure while computing leaves the previous results in place.
 */
export function replaceSheets(
  book: SpreadsheetPort,
  outputs: readonly OutputSheet[],
  progress: (sheet: string) => void = () => {},
): void {
  for (const out of outputs) {
    progress(out.name);
    const existing = book.getSheet(out.name);
    if (existing) existing.clear();
    const sheet = existing ?? book.createSheet(out.name);
    if (out.formats.length > 0) sheet.format(out.formats);
    sheet.writeTable(1, 1, rectangular(out.rows));
    if (out.after && out.after.length > 0) sheet.format(out.after);
  }
}
