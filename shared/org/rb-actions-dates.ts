import { daysInMonth, isoDayNumber, isoOf, monthOfWord, validDayNumber } from '../parse/calendar';
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
  if (validDayNumber(year, month, day) !== null) return { kind: 'date', iso: isoOf(year, month, day) };
  if (validDayNumber(year, day, month) !== null) return { kind: 'invalid', reason: 'monthFirst' };
  return { kind: 'invalid', reason: 'unknown' };
}

/** "31 Desember 2025", "31 Des. 2025". */
function writtenDate(text: string): DeadlineReading | null {
  const m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(text.toLowerCase());
  if (!m) return null;
  const month = monthOfWord(m[2] ?? '');
  const [day, year] = [Number(m[1]), Number(m[3])];
  if (month === undefined || validDayNumber(year, month, day) === null)
    return { kind: 'invalid', reason: 'unknown' };
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
  if (monthOfWord(text.toLowerCase().replace(/^bulan\s+/, '')) !== undefined)
    return { kind: 'invalid', reason: 'noYear' };
  return { kind: 'invalid', reason: 'unknown' };
}
