import { AddOnFormula, type SheetCell } from '../port/types';

/**
 * The formulas the add-on writes, each assembled here from numbers and checked parts: the only place an
 * AddOnFormula is made. Everything else the add-on writes is data (port/cell-data.ts).
 */

/** A text argument of a formula: quotes doubled, as Sheets reads a string literal. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A link that selects a cell of this spreadsheet, or nothing when the cell is not known. Formulas written
 * through the API use English syntax (comma separator) whatever the spreadsheet's locale; the admin sees
 * =HYPERLINK(...; "Buka") in an Indonesian one.
 */
export function linkToCell(sheetId: number, column: string, row: number, label: string): SheetCell {
  if (!Number.isSafeInteger(sheetId) || sheetId < 0) return '';
  if (!/^[A-Z]{1,3}$/.test(column) || !Number.isSafeInteger(row) || row < 1) return '';
  return AddOnFormula.built(
    `=HYPERLINK(${quoted(`#gid=${sheetId}&range=${column}${row}`)},${quoted(label)})`,
  );
}
