/**
 * Calendar dates of the pembinaan register as day numbers (days since 1970-01-01), computed by arithmetic
 * on the civil calendar: no Date object, no time zone, so a date read in Apps Script and in the extension
 * is the same day.
 */

import { daysInMonth, monthOfWord } from '../parse/calendar';

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilDate(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO yyyy-mm-dd of a day number (the form results carry; surfaces format it). */
export function isoDay(day: number): string {
  const { y, m, d } = civilDate(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The same day `months` later (the 31st becomes the month's last day): when a hukuman of N months ends. */
export function addMonths(day: number, months: number): number {
  const { y, m, d } = civilDate(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function validDay(y: number, m: number, d: number): number | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

/**
 * The day a register cell names: ISO "2025-01-15" (how the add-on hands a date cell), "15/01/2025",
 * "15-01-2025", "15.01.2025" (day first, as Indonesian sheets write it) or "15 Januari 2025". Null for
 * anything else, a two-digit year included (which century is a guess), and for a day that does not exist.
 */
export function parseRegisterDate(text: string): number | null {
  const s = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:[a-z]+,\s*)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthOfWord(m[2] as string);
    return month === undefined ? null : validDay(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
