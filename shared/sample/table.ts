import type { FieldId } from '../model/fields';
import type { RawTable } from '../model/input';

const letter = (index: number): string => {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
};

/**
 * A sheet as the pipeline receives it: columns A, B, C... in the order given, a header on row 1,
 * data from row 2. Empty strings are kept: an empty cell is information.
 */
export function sheetTable(
  sheet: string,
  fields: readonly FieldId[],
  rows: readonly Partial<Record<FieldId, string>>[],
): RawTable {
  const columns: Partial<Record<FieldId, string>> = {};
  fields.forEach((field, i) => {
    columns[field] = letter(i);
  });
  return { sheet, columns, rows: rows.map((values, i) => ({ row: i + 2, values })) };
}
