import { dayNumber, daysInMonth, readCalendarDay } from '../parse/calendar';
import { parseDuration } from '../parse/duration';
import { type Period, parsePeriod, periodContains, periodKey } from '../parse/period';
import { evidenceGiven, outputGiven } from '../parse/presence';
import type { ApprovalStatus } from '../parse/types';
import type { BusyPolicy } from '../policy/sections/busy';

/*
 * The rules of an activity log's rows, one place for Hitung nilai (shared/pipeline/attendance.ts
 * readActivities) and the overlay (extension activity-log.ts), so that the same log gives the same minutes,
 * the same kesibukan semu and the same rows set aside on both (docs/rules.md#activity-log):
 * - a time cell (Waktu, Jam) counts only as a range ("07.30 - 08.00") or a duration with its unit
 *   ("2 jam"); a time of day ("13:30", "14.00 WITA") is when the activity began, not how long it took;
 * - a rejected activity does not count when the policy says so (parseStatus: "Tidak Disetujui",
 *   "Rejected"; an unknown word is never taken for a rejection);
 * - an output, a bukti dukung or a volume above 0 (units produced, "10 Berkas") is an output;
 * - by its Tanggal: rows outside the period scored are left out, an exact repeat counts once, a day over
 *   24 hours counts not at all (ActivityDays).
 */

/** One day holds 24 hours: activity logged on one day beyond them is a typing error, never work. */
export const MAX_DAY_MINUTES = 24 * 60;

/** A start and an end: "07.30 - 08.00", "10:00 s/d 11:30" (the duration parser reads and checks them). */
const TIME_RANGE = /\d[.:]\d\d\D*?(?:-|\u2013|\u2014|~|s\s*[./]?\s*d|sampai|hingga|to)\s*\d{1,2}[.:]\d\d/i;
/** A duration unit after a number: "2 jam", "1,5 j", "90 menit", "7j 30m". */
const DURATION_UNIT = /\d\s*(?:j|jm|jam|h|hrs?|hours?|m|mn|mnt|menit|mins?|minutes?)\b/i;

/**
 * How a time cell (a Waktu or Jam column, read when the log has no minutes column) gives minutes: a range
 * or a duration with its unit, read by the duration parser; null for anything else (a time of day
 * "13:30", "Jam 13:30", "14.00 WITA", or text the parser refuses), which the caller reports as giving no
 * minutes (never 810 minutes from a clock, never 14 from an hour).
 */
export function timeCellMinutes(written: string): number | null {
  if (typeof written !== 'string') return null;
  if (!TIME_RANGE.test(written) && !DURATION_UNIT.test(written)) return null;
  const parsed = parseDuration(written);
  return parsed.ok ? parsed.value.minutes : null;
}

/** Whether an activity of this status is left out of the minutes (a rejection, when the policy says so). */
export const activityLeftOut = (status: ApprovalStatus | undefined, busy: BusyPolicy): boolean =>
  status === 'ditolak' && busy?.ignoreRejectedActivities === true;

/**
 * Whether an activity produced something: an output written, a bukti dukung, or a volume above 0 (the
 * units an activity log's Volume and Satuan say were produced). `volume` is the number read, or null.
 */
export const activityHasOutput = (output: string, evidence: string, volume: number | null): boolean =>
  (typeof output === 'string' && outputGiven(output)) ||
  (typeof evidence === 'string' && evidenceGiven(evidence)) ||
  (typeof volume === 'number' && volume > 0);

/** The key of an activity row without a Tanggal: it is never grouped (no repeat or day check without a date). */
export const NO_DAY = -0x40000000;
/** Keys of Tanggal texts that name no day (a week, a month): above every day number (1900-2200). */
export const TEXT_KEYS = 0x10000000;

/**
 * A week of an activity log, as weekly recaps write their Tanggal ("Minggu 2", "Minggu ke-2", "Pekan 2",
 * "Week 2"): it names no day, so it is counted in the period the log is scored for, and is no day to check
 * against 24 hours.
 */
const WEEK_OF_LOG = /^(?:minggu|pekan|week)\s*(?:ke\s*-?\s*)?[1-6]$/i;

/** What a Tanggal names for the log: a day number, or a period (a month written as one row). */
interface DayOrPeriod {
  readonly number?: number;
  readonly period?: Period;
}

/**
 * An activity row's Tanggal from what the date reader read (`read`: a day, a period, or null), or a week
 * of the log. A Tanggal naming no day (a week, a month) gets a key of its own, the same for every row
 * writing it (`keys` is the run's: new keys are numbered as texts are first read), and says once whether
 * the period scored holds it (a week always). `week` is what a week reads as (the reader's own shape).
 */
export function activityTanggal<T extends DayOrPeriod>(
  written: string,
  read: T | null,
  week: T,
  keys: Map<string, number>,
  scored: Period | null,
): (T & { key?: number; within?: boolean }) | null {
  const found = read ?? (WEEK_OF_LOG.test(written) ? week : null);
  if (found === null || found.number !== undefined) return found;
  const text = written.toLowerCase();
  let key = keys.get(text);
  if (key === undefined) {
    key = TEXT_KEYS + keys.size;
    keys.set(text, key);
  }
  const named = found.period;
  const within =
    scored === null ||
    named === undefined ||
    periodKey(named) === periodKey(scored) ||
    periodContains(scored, named);
  return { ...found, key, within };
}

const PERIOD_MONTHS: Readonly<Record<Period['kind'], number>> = {
  month: 1,
  quarter: 3,
  semester: 6,
  year: 12,
};

/** The first and last day numbers of a period, for whether a day falls in it without building text. */
export function periodDays(period: Period): { first: number; last: number } {
  const size = PERIOD_MONTHS[period.kind];
  const lastMonth = period.index * size;
  return {
    first: dayNumber(period.year, lastMonth - size + 1, 1),
    last: dayNumber(period.year, lastMonth, daysInMonth(period.year, lastMonth)),
  };
}

/** How the log reads a counted row again: its uraian as written and its minutes as read. */
export interface ActivityRowsRead {
  uraian(r: number): string;
  /**
   * Whether two rows of one day with the same uraian and minutes hold the same in every other cell (output,
   * bukti dukung, status, times...): only then is the later one a repeat. Two sessions of one picklist
   * activity, each with its own output or hours, are two activities.
   */
  sameOtherwise?(a: number, b: number): boolean;
  minutes(r: number): number;
}

/** A day of an activity log over 24 hours: its employee (index) and the key of its day (its day number). */
export interface LongDay {
  readonly employee: number;
  readonly key: number;
}

/**
 * Which rows of an activity log count, by their day: each employee's counted rows chained by index with
 * each row's day key (two typed arrays sized to the log), and per employee the minutes of their latest
 * day; a clean row builds nothing. A row repeating an earlier one of its employee (same Tanggal, uraian and
 * minutes as read) is not counted (add() names the earlier row); a day whose rows add up to more than 24
 * hours is found as it is read (longDays) and none of its minutes count (counted() leaves it out).
 */
export class ActivityDays {
  /** Per row: the employee's counted row before it (index + 1; 0 for none), and its key. */
  private readonly previous: Int32Array;
  private readonly keys: Int32Array;
  /** Per employee: their latest counted row (index + 1; 0 for none), their highest key and its minutes. */
  private readonly last: Int32Array;
  private readonly highest: Int32Array;
  private readonly highestMinutes: Float64Array;
  /**
   * Per employee once their keyed rows came out of day order (scattered: a day's rows are then no longer
   * the last ones counted; a log in day order never needs this): their latest counted row of each day
   * (index + 1); sameDay chains each counted row to the one before it of the same day (index + 1; 0 for
   * none), so a day's rows are read without walking the employee's other days (a log written newest first
   * would walk them all at every row).
   */
  private readonly byDay: (Map<number, number> | undefined)[];
  private sameDay: Int32Array | null = null;
  /** Days over 24 hours, in the order they were found. */
  readonly longDays: LongDay[] = [];
  /** The keys of each employee's days over 24 hours, as found (an employee without one has none). */
  private readonly longOf = new Map<number, number[]>();
  /** The minutes of the earlier rows of a day below the employee's highest (set by earlierRow()). */
  private daySoFar = 0;

  constructor(
    rows: number,
    employees: number,
    private readonly read: ActivityRowsRead,
  ) {
    this.previous = new Int32Array(rows);
    this.keys = new Int32Array(rows);
    this.last = new Int32Array(employees);
    this.highest = new Int32Array(employees).fill(NO_DAY);
    this.highestMinutes = new Float64Array(employees);
    this.byDay = new Array(employees);
  }

  /** The key row `r` was counted under. */
  keyOf(r: number): number {
    return this.keys[r] as number;
  }

  /**
   * Counts row `r` of employee `e` (minutes `m` as read; key: the day number, a Tanggal naming no day's own
   * key, or NO_DAY) and gives -1, unless it repeats an earlier row of theirs: then that row's index, and
   * `r` is not counted. A row taking its day over 24 hours marks the day (longDays).
   */
  add(r: number, e: number, key: number, m: number): number {
    if (key !== NO_DAY) {
      const highest = this.highest[e] as number;
      let soFar = 0;
      if (key > highest) {
        // A later day than any of theirs (every day of a log in day order): nothing to look for.
        this.highest[e] = key;
        this.highestMinutes[e] = m;
      } else {
        if (key < highest && this.byDay[e] === undefined) this.scatter(e);
        const earlier = this.earlierRow(r, e, key, m, key < highest);
        if (earlier >= 0) return earlier;
        if (key === highest) {
          soFar = this.highestMinutes[e] as number;
          this.highestMinutes[e] = soFar + m;
        } else soFar = this.daySoFar;
      }
      if (key < TEXT_KEYS && soFar + m > MAX_DAY_MINUTES) this.markLong(e, key);
    }
    this.previous[r] = this.last[e] as number;
    this.last[e] = r + 1;
    this.keys[r] = key;
    const days = this.byDay[e];
    if (days !== undefined) this.index(days, r, key);
    return -1;
  }

  /** Indexes employee `e`'s counted rows by day, oldest first: they are scattered from now on. */
  private scatter(e: number): void {
    this.sameDay ??= new Int32Array(this.previous.length);
    const rows: number[] = [];
    for (let j = (this.last[e] as number) - 1; j >= 0; j = (this.previous[j] as number) - 1) rows.push(j);
    const days = new Map<number, number>();
    for (let i = rows.length - 1; i >= 0; i--) {
      const j = rows[i] as number;
      this.index(days, j, this.keys[j] as number);
    }
    this.byDay[e] = days;
  }

  /** Row `r` (counted under `key`) as its day's latest in an employee's index. */
  private index(days: Map<number, number>, r: number, key: number): void {
    (this.sameDay as Int32Array)[r] = days.get(key) ?? 0;
    days.set(key, r + 1);
  }

  /**
   * The employee's earlier row of the day `key` that row `r` repeats (same uraian and minutes), or -1; when
   * `sum`, the minutes of that day's earlier rows go to daySoFar. Unless the employee is scattered, the
   * day's rows are the last ones counted: the walk stops at another day; once scattered, only the day's
   * rows are read (byDay).
   */
  private earlierRow(r: number, e: number, key: number, m: number, sum: boolean): number {
    this.daySoFar = 0;
    const days = this.byDay[e];
    const sameDay = this.sameDay as Int32Array;
    const uraian = this.read.uraian(r);
    let found = -1;
    // Scattered: the day's rows through the index, latest first; else the latest rows, to another day
    // (rows without a day between them are passed over). Indexes + 1: 0 ends the walk.
    let next = days !== undefined ? (days.get(key) ?? 0) : (this.last[e] as number);
    while (next > 0) {
      const j = next - 1;
      next = (days !== undefined ? sameDay[j] : this.previous[j]) as number;
      const k = this.keys[j] as number;
      if (k !== key) {
        if (k === NO_DAY) continue;
        break;
      }
      const same = found < 0 && this.read.uraian(j) === uraian;
      if (!same && !sum) continue;
      const minutes = this.read.minutes(j);
      // The other cells are compared last, and only for a row alike in uraian and minutes (the costly check).
      if (same && minutes === m && (this.read.sameOtherwise?.(r, j) ?? true)) {
        found = j;
        if (!sum) break;
      }
      this.daySoFar += minutes;
    }
    return found;
  }

  /** Marks employee `e`'s day `key` over 24 hours, once (among their own long days, at most a year's). */
  private markLong(e: number, key: number): void {
    const keys = this.longOf.get(e);
    if (keys?.includes(key)) return;
    this.longDays.push({ employee: e, key });
    if (keys === undefined) this.longOf.set(e, [key]);
    else keys.push(key);
  }

  /**
   * The rows of each of employee `e`'s days over 24 hours, in row order, by the day's key: one walk of
   * their rows, however many such days they have (a log typed in seconds makes every day one).
   */
  longDayRows(e: number): Map<number, number[]> {
    const byKey = new Map<number, number[]>();
    for (const key of this.longOf.get(e) ?? []) byKey.set(key, []);
    if (byKey.size === 0) return byKey;
    for (let j = (this.last[e] as number) - 1; j >= 0; j = (this.previous[j] as number) - 1)
      byKey.get(this.keys[j] as number)?.push(j);
    for (const rows of byKey.values()) rows.reverse();
    return byKey;
  }

  /** Employee `e`'s counted rows, in row order, leaving out their days over 24 hours. */
  counted(e: number): number[] {
    const long = new Set(this.longOf.get(e));
    const rows: number[] = [];
    for (let j = (this.last[e] as number) - 1; j >= 0; j = (this.previous[j] as number) - 1)
      if (!long.has(this.keys[j] as number)) rows.push(j);
    return rows.reverse();
  }
}

/** An activity row of a log read on its own (a page's log): its Tanggal as written, uraian and minutes. */
export interface LogRow {
  readonly tanggal: string;
  readonly uraian: string;
  readonly minutes: number;
  /**
   * The row's other cells' texts (output, bukti dukung, status, times...), joined: a row is a repeat only when
   * they match too, as Hitung nilai compares its rows (attendance.ts sameOtherCells). Absent: not compared.
   */
  readonly others?: string;
}

/**
 * Why a counted row of a log is set aside by its day, as Hitung nilai sets it aside: a Tanggal naming no
 * day ('invalid'), a day outside the period ('period'), an exact repeat of row `first` ('repeat'), or a
 * day over 24 hours (`total` minutes over its rows `rows`: 'long'). Indexes are the caller's.
 */
export type LogRowAside =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'period' }
  | { readonly kind: 'repeat'; readonly first: number }
  | { readonly kind: 'long'; readonly total: number; readonly rows: readonly number[] };

/** A Tanggal as the add-on's activity reader reads text: a day (day first), else a period ("Mei 2024"). */
function logDate(written: string): DayOrPeriod | null {
  const day = readCalendarDay(written);
  if (day !== null) return { number: day };
  const period = parsePeriod(written);
  return period === null ? null : { period };
}

const WEEK: DayOrPeriod = {};

/**
 * The day rules of one person's activity log read on its own (the overlay's page log), the same as
 * readActivities applies them to a sheet: each row (counted by its status and minutes) by its Tanggal
 * (unreadable: set aside; outside `period`: set aside, none without a period), then ActivityDays (an exact
 * repeat counts once, a day over 24 hours not at all). Gives per row why it is set aside, undefined when
 * it counts.
 */
export function logRowsAside(rows: readonly LogRow[], period: Period | null): (LogRowAside | undefined)[] {
  const aside: (LogRowAside | undefined)[] = new Array(rows.length).fill(undefined);
  const keys = new Map<string, number>();
  const scored = period === null ? null : periodDays(period);
  const days = new ActivityDays(rows.length, 1, {
    uraian: (r) => (rows[r] as LogRow).uraian,
    minutes: (r) => (rows[r] as LogRow).minutes,
    sameOtherwise: (a, b) => (rows[a] as LogRow).others === (rows[b] as LogRow).others,
  });
  rows.forEach((row, r) => {
    const written = row.tanggal.trim();
    const date = written === '' ? null : activityTanggal(written, logDate(written), WEEK, keys, period);
    if (written !== '' && date === null) {
      aside[r] = { kind: 'invalid' };
      return;
    }
    if (date !== null && scored !== null) {
      const day = date.number;
      const inside = day !== undefined ? day >= scored.first && day <= scored.last : date.within !== false;
      if (!inside) {
        aside[r] = { kind: 'period' };
        return;
      }
    }
    const key = date === null ? NO_DAY : (date.number ?? date.key ?? NO_DAY);
    const first = days.add(r, 0, key, row.minutes);
    if (first >= 0) aside[r] = { kind: 'repeat', first };
  });
  const longRows = days.longDayRows(0);
  for (const { key } of days.longDays) {
    const dayRows = longRows.get(key) ?? [];
    let total = 0;
    for (const j of dayRows) total += (rows[j] as LogRow).minutes;
    for (const j of dayRows) aside[j] = { kind: 'long', total, rows: dayRows };
  }
  return aside;
}
