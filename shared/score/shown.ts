/** Guards shared by the scoring functions: what callers may hand over is not always what the types say. */

/**
 * A rejected value as a message shows it: finite numbers stay numbers (so each language formats them,
 * "1,2" in Indonesian), text stays text, and NaN/Infinity/empty/objects become "-" (never "NaN").
 */
export function shownValue(value: unknown): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '-';
  if (typeof value === 'string' && value.trim() !== '') return value;
  return '-';
}

export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** True when `value` is one of `options` (an own key check would let "toString" through). */
export const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

/** Text typed in a cell: strings as they are, finite numbers as digits, anything else empty. */
export const cellText = (value: unknown): string =>
  typeof value === 'string' ? value : isFiniteNumber(value) ? String(value) : '';

/** The elements of an array that are objects (rows); anything else is no rows at all. */
export const objectRows = <T>(rows: readonly T[]): T[] =>
  Array.isArray(rows) ? rows.filter((row) => typeof row === 'object' && row !== null) : [];

/** A sheet row for an issue's location, only when it is one (a positive whole number). */
export const rowAt = (row: unknown): { row: number } | undefined =>
  typeof row === 'number' && Number.isInteger(row) && row > 0 ? { row } : undefined;
