import type { Issue } from '../core/issue';
import { dayNumber, daysInMonth, isoDayNumber, weekday } from '../parse/calendar';
import { type Period, periodLabel } from '../parse/period';
import type { DayOff, WorkCalendar } from '../policy/sections/periods';

/*
 * Working days per period from the region's calendar (policy.periods.calendar): the days of the period on
 * a work day of the week, less the national holidays, cuti bersama and the region's own days off that fall
 * on one. Used where working days are needed (kesibukan semu's expected minutes) in this order: JHK
 * written in the data, else the calendar for the period, else (a year the calendar does not cover) the
 * period's days on the work week for a quarter, semester or year and the policy default for a month or an
 * unknown period, with a warning that says so (never a silent fixed 21: issue 11).
 */

/**
 * The first and last month (1-12) of a period; null for one that is not real, a year outside 1-9999
 * included (the calendar's days are counted one by one: a year past 2^53 days would never end).
 */
function monthsOf(period: Period): { from: number; to: number } | null {
  const i = period.index;
  const y = period.year;
  if (!Number.isInteger(i) || !Number.isInteger(y) || y < 1 || y > 9999) return null;
  if (period.kind === 'month') return i >= 1 && i <= 12 ? { from: i, to: i } : null;
  if (period.kind === 'quarter') return i >= 1 && i <= 4 ? { from: i * 3 - 2, to: i * 3 } : null;
  if (period.kind === 'semester') return i >= 1 && i <= 2 ? { from: i * 6 - 5, to: i * 6 } : null;
  return { from: 1, to: 12 };
}

export interface CalendarDays {
  /** Working days in the period. */
  days: number;
  /** The days off of the calendar that fell on a work day of the week in the period, in date order. */
  daysOff: DayOff[];
}

/** Whether the calendar lists any day off in a year: a year it does not list is not covered. */
export const calendarCovers = (calendar: WorkCalendar, year: number): boolean =>
  calendar.daysOff.some((d) => d.date.startsWith(`${year}-`));

/**
 * Whether a day (a day number, parse/calendar) is a working day: on a work day of the week and not a day
 * off. The one definition of a working day: the period's working days (below) and the PP 94/2021 run of TK
 * days on working days in a row (discipline/pp94.ts) both ask it.
 */
export function isWorkingDay(
  day: number,
  workWeek: ReadonlySet<number>,
  daysOff: ReadonlySet<number>,
): boolean {
  return workWeek.has(weekday(day)) && !daysOff.has(day);
}

/** The day numbers of ISO dates (yyyy-mm-dd); anything else is left out. */
export function dayNumbersOf(dates: readonly string[]): Set<number> {
  const days = new Set<number>();
  for (const date of dates) {
    const day = typeof date === 'string' ? isoDayNumber(date) : null;
    if (day !== null) days.add(day);
  }
  return days;
}

/**
 * Working days of a period by the calendar, or null when the calendar does not cover the period's year
 * (no day off listed for it) or the period is not a real one.
 */
export function workingDaysOf(period: Period, calendar: WorkCalendar): CalendarDays | null {
  const months = monthsOf(period);
  if (months === null || !Number.isInteger(period.year) || !calendarCovers(calendar, period.year))
    return null;
  const workWeek = new Set(calendar.workWeek);
  const first = dayNumber(period.year, months.from, 1);
  const last = dayNumber(period.year, months.to, daysInMonth(period.year, months.to));
  const off = new Map<number, DayOff>();
  for (const d of calendar.daysOff) {
    const day = isoDayNumber(d.date);
    if (day !== null && day >= first && day <= last && workWeek.has(weekday(day)) && !off.has(day))
      off.set(day, d);
  }
  const offDays = new Set(off.keys());
  let days = 0;
  for (let day = first; day <= last; day++) if (isWorkingDay(day, workWeek, offDays)) days++;
  const daysOff = [...off.entries()].sort(([a], [b]) => a - b).map(([, d]) => d);
  return { days, daysOff };
}

/**
 * The days of a period on a work day of the week, no day off taken away: an upper bound of its working
 * days, for a year the calendar does not cover. Null for a period that is not a real one.
 */
export function workWeekDaysOf(period: Period, workWeek: readonly number[]): number | null {
  const months = monthsOf(period);
  if (months === null || !Number.isInteger(period.year)) return null;
  const week = new Set(Array.isArray(workWeek) ? workWeek : []);
  const none = new Set<number>();
  const first = dayNumber(period.year, months.from, 1);
  const last = dayNumber(period.year, months.to, daysInMonth(period.year, months.to));
  let days = 0;
  for (let day = first; day <= last; day++) if (isWorkingDay(day, week, none)) days++;
  return days;
}

/** Where a run's working days came from, and what the admin is told. */
export interface PeriodWorkingDays {
  days: number;
  source: 'data' | 'calendar' | 'default';
  /** The reason: from the calendar (with its days off), or the default used (a warning). */
  note: Issue | null;
}

/**
 * The working days of the period scored: the data's own (WorkbookInput.workingDays, a JHK the surface
 * read) when given, else the calendar's for the period, else `fallback` with a warning.
 */
export function periodWorkingDays(
  given: number | undefined,
  period: Period | null | undefined,
  calendar: WorkCalendar,
  fallback: number,
): PeriodWorkingDays {
  if (given !== undefined && Number.isFinite(given) && given > 0)
    return { days: given, source: 'data', note: null };
  // A damaged period (from a bad caller or a stored value) is no period: the default, said as such.
  if (period && monthsOf(period) === null) period = null;
  const counted = period ? workingDaysOf(period, calendar) : null;
  if (period && counted !== null && counted.days > 0) {
    const names = counted.daysOff.map((d) => `${d.date} ${d.name}`).join('; ');
    return {
      days: counted.days,
      source: 'calendar',
      note: {
        code: 'PERIOD_WORKING_DAYS_FROM_CALENDAR',
        params: {
          period: periodLabel(period, 'id'),
          days: counted.days,
          holidays: counted.daysOff.length,
          names: names === '' ? '' : `: ${names}`,
        },
      },
    };
  }
  if (!period)
    return {
      days: fallback,
      source: 'default',
      note: { code: 'PERIOD_WORKING_DAYS_DEFAULT', params: { days: fallback }, severity: 'warning' },
    };
  // A quarter, semester or year of a year the calendar does not cover: the default is a month's days, a
  // third (or a sixth, a twelfth) of the period's, so expected minutes would be far too few and people
  // flagged busy-looking wrongly. Its days on the work week, no holiday taken off, are an upper bound:
  // the expectation is never lower than the truth, so it never over-flags. A month keeps the default.
  const upperBound = period.kind === 'month' ? null : workWeekDaysOf(period, calendar.workWeek);
  if (upperBound !== null && upperBound > 0)
    return {
      days: upperBound,
      source: 'default',
      note: {
        code: 'PERIOD_WORKING_DAYS_NOT_COVERED_WORK_WEEK',
        params: { days: upperBound, period: periodLabel(period, 'id'), year: String(period.year) },
        severity: 'warning',
      },
    };
  return {
    days: fallback,
    source: 'default',
    note: {
      code: 'PERIOD_WORKING_DAYS_NOT_COVERED',
      params: { days: fallback, period: periodLabel(period, 'id'), year: String(period.year) },
      severity: 'warning',
    },
  };
}
