import type { Period } from '../parse/period';
import { readPeriod } from '../parse/period';

/**
 * Deadlines of RB action plans as trackers write them: a date cell (the surface hands it over as ISO
 * yyyy-mm-dd in the spreadsheet's time zone), "31/12/2025" (day first, as Indonesian offices write),
 * "31 Desember 2025", or a period: "Juni 2025", "Triwulan II 2025", "Semester I 2025", "2025". Dates
 * are plain calendar days (no time zone, no Date objects): day numbers since 1970-01-01.
 */

type DeadlineReading =
  | { kind: 'date'; iso: string; period?: string }
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: 'unknown' | 'monthFirst' | 'range' | 'noYear' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const daysInMonth = (year: number, month: number) =>
  dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);

/** A real calendar day within the years trackers use. */
const isDay = (year: number, month: number, day: number) =>
  year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const isoOf = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The day number of an ISO yyyy-mm-dd date, or null when it is not one. */
export function isoDayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof iso === 'string' ? iso.trim() : '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isDay(year, month, day) ? dayNumber(year, month, day) : null;
}

const MONTHS = new Map<string, number>(
  [
    ['januari', 'jan', 'january'],
    ['februari', 'pebruari', 'feb', 'peb', 'february'],
    ['maret', 'mar', 'march'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'jun', 'june'],
    ['juli', 'jul', 'july'],
    ['agustus', 'agu', 'agt', 'ags', 'aug', 'august'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt', 'oct', 'october'],
    ['november', 'nopember', 'nov', 'nop'],
    ['desember', 'des', 'dec', 'december'],
  ].flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])),
);

/** First or last day of a period, as ISO. */
function periodDay(p: Period, end: boolean): string {
  const months = { month: 1, quarter: 3, semester: 6, year: 12 }[p.kind];
  const firstMonth = (p.index - 1) * months + 1;
  if (!end) return isoOf(p.year, firstMonth, 1);
  const lastMonth = firstMonth + months - 1;
  return isoOf(p.year, lastMonth, daysInMonth(p.year, lastMonth));
}

/** "31/12/2025", "31-12-2025", "31.12.2025": day first; a month above 12 is a month-first date. */
function numericDate(text: string): DeadlineReading | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (isDay(year, month, day)) return { kind: 'date', iso: isoOf(year, month, day) };
  if (isDay(year, day, month)) return { kind: 'invalid', reason: 'monthFirst' };
  return { kind: 'invalid', reason: 'unknown' };
}

/** "31 Desember 2025", "31 Des. 2025". */
function writtenDate(text: string): DeadlineReading | null {
  const m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text.toLowerCase());
  if (!m) return null;
  const month = MONTHS.get(m[2] ?? '');
  const [day, year] = [Number(m[1]), Number(m[3])];
  if (month === undefined || !isDay(year, month, day)) return { kind: 'invalid', reason: 'unknown' };
  return { kind: 'date', iso: isoOf(year, month, day) };
}

/**
 * A deadline cell read as one calendar day. A period means its last day (or its first, by the policy).
 * A range ("Juni s.d. Desember 2025"), a month without a year, or anything else is reported, never
 * turned into a day by guessing.
 */
export function readDeadline(cell: string, periodDeadline: 'lastDay' | 'firstDay'): DeadlineReading {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '' || text === '-') return { kind: 'blank' };
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  if (iso) return isoDayNumber(iso) === null ? { kind: 'invalid', reason: 'unknown' } : { kind: 'date', iso };
  const dated = numericDate(text) ?? writtenDate(text);
  if (dated) return dated;
  const reading = readPeriod(text);
  if (reading.status === 'one') {
    const p = reading.period;
    if (p.year < 1900 || p.year > 2200) return { kind: 'invalid', reason: 'unknown' };
    return { kind: 'date', iso: periodDay(p, periodDeadline === 'lastDay'), period: text };
  }
  if (reading.status === 'ambiguous') return { kind: 'invalid', reason: 'range' };
  if (MONTHS.has(text.toLowerCase().replace(/^bulan\s+/, ''))) return { kind: 'invalid', reason: 'noYear' };
  return { kind: 'invalid', reason: 'unknown' };
}
