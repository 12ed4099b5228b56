import type { Issue, Location, Result } from '../core/issue';
import type { FieldId } from '../model/fields';
import type { RawRow, RawTable } from '../model/input';
import { isNumberCell } from '../score/indicator';

/** Printable ASCII other than a space: a cell that starts and ends with one has nothing to trim. */
const solid = (c: number): boolean => c > 32 && c < 127;

/**
 * A cell value as trimmed text; '' when the column is absent or the cell empty; a number a sheet holds
 * (RawNumber) as its unambiguous text. Most cells need no
 * trimming; checking both ends first keeps trim() off a million cells of a province.
 */
export const text = (v: unknown): string =>
  typeof v === 'string'
    ? v === '' || (solid(v.charCodeAt(0)) && solid(v.charCodeAt(v.length - 1)))
      ? v
      : v.trim()
    : v === undefined || v === null
      ? ''
      : isNumberCell(v)
        ? v.text
        : String(v).trim();

/** The raw text of a cell, trimmed; '' when the column is absent or the cell empty. */
export const cell = (row: RawRow, field: FieldId): string => text(row.values[field]);

/** Where a cell is, as the user sees it: sheet, 1-based row, column letter or label. */
export function where(table: RawTable, row: RawRow, field: FieldId): Location {
  const column = table.columns[field];
  return column !== undefined
    ? { sheet: table.sheet, row: row.row, column }
    : { sheet: table.sheet, row: row.row, field };
}

/** Places a parser's issue in a cell (the parser never knows where its input came from). */
export const placed = (issue: Issue, at: Location): Issue => ({
  ...issue,
  at: { ...issue.at, ...at },
  severity: issue.severity ?? 'error',
});

/**
 * A parser remembered per distinct text. Label columns (polaritas, jenis RHK, status) repeat a few values
 * over 100,000 rows, and a NIP appears on every row of its employee; each text is read once. The memory
 * is bounded: past `limit` entries it starts afresh (results are immutable, so sharing them is safe).
 */
export function memo<T>(parse: (text: string) => Result<T>, limit = 50_000): (text: string) => Result<T> {
  const seen = new Map<string, Result<T>>();
  // Consecutive rows mostly repeat the text (an employee's NIP, polaritas, jenis RHK): answered without a lookup.
  let lastText: string | undefined;
  let lastResult: Result<T> | undefined;
  return (text) => {
    if (text === lastText && lastResult !== undefined) return lastResult;
    let r = seen.get(text);
    if (r === undefined) {
      r = parse(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, r);
    }
    lastText = text;
    lastResult = r;
    return r;
  };
}

const needsCollapse = (text: string): boolean => /\s\s|[\t\n\r\u00a0]/.test(text);

/**
 * Single spaces; the regex replace only runs when a cell has runs of spaces, tabs or line breaks. Most
 * cells are plain ASCII with single spaces: a character scan settles those without running a regex
 * (this runs on every RHK and unit cell of a province); anything else takes the regex path.
 */
export function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) previousSpace = false;
    else if (c === 32 && !previousSpace) previousSpace = true;
    else return needsCollapse(text) ? text.replace(/\s+/g, ' ') : text;
  }
  return text;
}

/**
 * Up to `limit` non-empty values of a column: the number parsers read a column's decimal convention
 * from them ("87,5" makes "4.215" mean 4215). Built once per column; the parser caches by array.
 */
export function columnSamples(table: RawTable | undefined, field: FieldId, limit = 2000): string[] {
  const samples: string[] = [];
  if (!table) return samples;
  for (const row of table.rows) {
    const v = cell(row, field);
    if (v !== '') samples.push(v);
    if (samples.length >= limit) break;
  }
  return samples;
}

/** Unit names as typed differ in case and spacing ("Bidang  Pelayanan kesehatan "). */
export const unitKey = (name: string): string => collapseSpaces(name.toLowerCase()).trim();

/** "12, 13, 14 dan 2 lainnya" would need a language; rows are listed compactly as "12, 13, 14, ...". */
export function rowList(rows: readonly number[], max = 8): string {
  const shown = rows.slice(0, max).join(', ');
  return rows.length > max ? `${shown}, ...` : shown;
}
