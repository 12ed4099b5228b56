import { cellText } from '../score/shown';

export { shownValue } from '../score/shown';

/**
 * Matching the names people type in LKE worksheets ("1. Perencanaan Kinerja", "PERENCANAAN  kinerja",
 * "perencanaan") against policy ids, labels and aliases.
 */

/**
 * Lower case, single spaces, underscores as spaces, and no leading enumerator such as "1.", "a)" or "II.".
 * Something that is not text (or a number) has no name: "".
 */
export function normaliseName(text: string): string {
  return cellText(text)
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim()
    .replace(/^(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]\s*/, '')
    .trim();
}

export interface Named {
  id: string;
  label: string;
  aliases?: readonly string[];
}

/** The entry whose id, label or alias matches `text`, or undefined. */
export function findByName<T extends Named>(entries: readonly T[], text: string): T | undefined {
  const wanted = normaliseName(text);
  if (wanted === '') return undefined;
  return entries.find((e) => [e.id, e.label, ...(e.aliases ?? [])].some((n) => normaliseName(n) === wanted));
}

/** "Perencanaan Kinerja, Pengukuran Kinerja, ..." for messages that list the accepted names. */
export const acceptedNames = (entries: readonly Named[]): string => entries.map((e) => e.label).join(', ');

/**
 * Scores are published with two decimals; rounding also removes float noise before grading (90 stays A).
 * A value too large for cents (value * 100 would overflow to Infinity; past 1e15 a double has no cents
 * anyway) is returned as it is, and so is a value that is not finite: round2 never makes a finite value
 * infinite. Readers refuse such values before they get here (pointsOf in sakip-workbook-rows.ts).
 */
export function round2(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  // Written out, -0 loses its sign.
  if (value === 0) return 0;
  const cents = value * 100;
  const size = Math.abs(cents);
  // Twelve significant digits move `cents` by at most half a unit of its twelfth digit (under 5e-4 below
  // 1e9): unless its fraction is that close to a half, they change nothing Math.round decides, and the
  // digits need not be written out (a SAKIP evaluation rounds some fifty values per unit).
  if (size < 1e9 && Math.abs(size - Math.floor(size) - 0.5) > 1e-3) return Math.round(cents) / 100;
  return Math.round(Number(cents.toPrecision(12))) / 100;
}
