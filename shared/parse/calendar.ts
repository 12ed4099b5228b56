/**
 * The civil calendar the parsers share: month names as offices write them, leap years, days per month.
 * Arithmetic only: no Date object, no time zone, so a date read in Apps Script and in the extension is
 * the same day.
 */

/**
 * Indonesian and English month names and the abbreviations offices write (Agt, Sept, Nop), lower case.
 * Built in a call marked pure, so a bundle that never reads a month word (the overlay) leaves it out.
 */
const MONTH_WORDS = /* @__PURE__ */ (() =>
  new Map<string, number>(
    [
      ['januari', 'january', 'jan'],
      ['februari', 'pebruari', 'february', 'feb', 'peb'],
      ['maret', 'march', 'mar'],
      ['april', 'apr'],
      ['mei', 'may'],
      ['juni', 'june', 'jun'],
      ['juli', 'july', 'jul'],
      ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
      ['september', 'sept', 'sep'],
      ['oktober', 'october', 'okt', 'oct'],
      ['november', 'nopember', 'nov', 'nop'],
      ['desember', 'december', 'des', 'dec'],
    ].flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
  ))();

/** The month (1-12) a lower-case word names, or undefined. */
export const monthOfWord = (word: string): number | undefined => MONTH_WORDS.get(word);

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
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

/** ISO yyyy-mm-dd of a civil date. */
export const isoOf = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** ISO yyyy-mm-dd of a day number (the form results carry; surfaces format it). */
export function isoDay(day: number): string {
  const { y, m, d } = civilDate(day);
  return isoOf(y, m, d);
}

/** The day number of a real calendar day within the years offices write (1900-2200), or null. */
export function validDayNumber(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return dayNumber(year, month, day);
}

/** The day number of an ISO yyyy-mm-dd date, or null when it is not one. */
export function isoDayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof iso === 'string' ? iso.trim() : '');
  return m ? validDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The same day `months` later (the 31st becomes the month's last day). */
export function addMonths(day: number, months: number): number {
  const { y, m, d } = civilDate(day);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Day of the week of a day number (1970-01-01 was a Thursday): 0 Sunday .. 6 Saturday. */
export const weekday = (day: number): number => (((day % 7) + 7 + 4) % 7) as number;

/**
 * The day a cell names (the register, attendance event rows, deadlines): ISO "2025-01-15" (how the add-on hands a date cell), "15/01/2025",
 * "15-01-2025", "15.01.2025" (day first, as Indonesian sheets write it) or "15 Januari 2025". Null for
 * anything else, a two-digit year included (which century is a guess), and for a day that does not exist.
 */
export function readCalendarDay(text: string): number | null {
  const s = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return validDayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validDayNumber(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:[a-z]+,\s*)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = monthOfWord(m[2] as string);
    return month === undefined ? null : validDayNumber(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
