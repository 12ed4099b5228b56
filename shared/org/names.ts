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
export const round2 = (value: number): number =>
  Number.isFinite(value) && Math.abs(value) < 1e15
    ? Math.round(Number((value * 100).toPrecision(12))) / 100
    : value;
