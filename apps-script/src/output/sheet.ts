import type { CellValue, FormatOp, RangeRef, SheetCell } from '../port/types';
import { rangeRef } from '../port/types';
import type { OutputRole } from './sheet-names';

/**
 * One generated sheet, fully computed before anything is written: its whole table (header first) and
 * its formatting. Writing is one format call, one setValues and at most one more format call per sheet,
 * whatever the rows (output/replace-sheets.ts). Cells are data: text is written as text whatever it holds
 * (port/cell-data.ts); a formula must be an AddOnFormula from output/formulas.ts.
 */
export interface OutputSheet {
  role: OutputRole;
  /** The name it gets when no sheet of the admin's own has it (OUTPUT_NAMES[role]). */
  name: string;
  rows: SheetCell[][];
  /** Applied before the values, so a "@" (plain text) column keeps NIPs as text when they are written. */
  formats: FormatOp[];
  /** Applied after the values: charts, which Sheets builds from the data already there. */
  after?: FormatOp[];
}

/** A fraction or nothing: a missing value is an empty cell, never NaN. */
export const numberOrBlank = (n: number | null | undefined): CellValue =>
  typeof n === 'number' && Number.isFinite(n) ? n : '';

/**
 * The length of the longest row (at least 1). A loop, not Math.max(...lengths): a spread passes every row as
 * an argument, and a sheet of a few hundred thousand rows (a large OPD's result slips) overflows the stack.
 */
export function widestRow(rows: readonly (readonly unknown[])[]): number {
  let width = 1;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** Pads every row to the widest one: setValues needs a rectangle. */
export function rectangular(rows: SheetCell[][]): SheetCell[][] {
  const width = widestRow(rows);
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<SheetCell>(width - r.length).fill('')]));
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
