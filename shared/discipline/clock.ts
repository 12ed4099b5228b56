import type { WorkPattern } from '../policy/sections/discipline';

/** Minutes in a day: a check-out after midnight of a night shift is read on the next day. */
const DAY_MINUTES = 24 * 60;

/** Clock read from a cell: minutes after midnight, `missing` for no scan, `invalid` for anything else. */
export type ClockReading = { kind: 'time'; minutes: number } | { kind: 'missing' } | { kind: 'invalid' };

/** What attendance machines and people write for "no scan that day". */
const MISSING = new Set(['', '-', '--', '—', '–', 'tidakabsen', 'belumabsen', 'tidakada', 'ta', 'x']);

/** "07.30", "7:30", "07:31:45" (seconds dropped: machines deduct whole minutes), "2024-05-02 07:31:00". */
const CLOCK = /^(?:\d{4}-\d{2}-\d{2}[ T])?(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/;

const clockMinutes = (text: string): number | undefined => {
  if (typeof text !== 'string') return undefined;
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
};

/**
 * A check-in or check-out cell. A number a sheet holds is a time of day as a fraction of a day (0.3125 is
 * 07:30); any other number ("7.3": 07:30 or 07:18?) is ambiguous and reported, never guessed. A `held`
 * that is not a number (null, or junk from a damaged row) is no held number: the text is read. A `text`
 * that is not text is `missing` when null or undefined (an empty cell), else `invalid`.
 */
export function readClock(text: string, held: number | null): ClockReading {
  if (typeof held === 'number') {
    if (held >= 0 && held < 1)
      // 0.9999999999999999 of a day is 23:59, never 24:00.
      return { kind: 'time', minutes: Math.min(DAY_MINUTES - 1, Math.floor(held * DAY_MINUTES + 1e-6)) };
    return { kind: 'invalid' };
  }
  if (typeof text !== 'string')
    return text === null || text === undefined ? { kind: 'missing' } : { kind: 'invalid' };
  if (MISSING.has(text.toLowerCase().replace(/\s+/g, ''))) return { kind: 'missing' };
  const minutes = clockMinutes(text);
  return minutes === undefined ? { kind: 'invalid' } : { kind: 'time', minutes };
}

/** A work pattern in minutes after midnight; `end` past DAY_MINUTES for a night shift. */
export interface WorkHours {
  start: number;
  end: number;
}

const RANGE = /^(\d{1,2}[.:]\d{2})\s*(?:-|–|—|s\s*\/\s*d\.?|s\.\s*d\.?|sampai|sd)\s*(\d{1,2}[.:]\d{2})$/i;

const hoursOf = (start: number, end: number): WorkHours => ({
  start,
  end: end <= start ? end + DAY_MINUTES : end,
});

/** Pattern names are compared in lower case with spaces collapsed ("Shift  Pagi" is "shift pagi"). */
export const patternKey = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The hours of a "Pola Kerja" cell: written as "07.30-16.00" ("07:30 s/d 16:00") or named after a policy
 * pattern ("Reguler"). Undefined when neither (also when `text` is not text): the caller reports it once
 * per pattern.
 */
export function workHours(
  text: string,
  patterns: Readonly<Record<string, WorkPattern>>,
): WorkHours | undefined {
  if (typeof text !== 'string') return undefined;
  const written = RANGE.exec(text.trim());
  if (written) {
    const start = clockMinutes(written[1] ?? '');
    const end = clockMinutes(written[2] ?? '');
    return start === undefined || end === undefined ? undefined : hoursOf(start, end);
  }
  const key = patternKey(text);
  const named = patterns !== null && typeof patterns === 'object' ? Object.entries(patterns) : [];
  for (const [name, pattern] of named)
    if (patternKey(name) === key) {
      if (pattern === null || typeof pattern !== 'object') return undefined;
      const start = clockMinutes(pattern.start);
      const end = clockMinutes(pattern.end);
      return start === undefined || end === undefined ? undefined : hoursOf(start, end);
    }
  return undefined;
}

/**
 * Minutes after midnight as readClock and workHours give them: 0 to two days (a night shift ends past
 * 24:00). Anything else (NaN, Infinity, a BigInt, 1e308) counts as no clock at all.
 */
const isMinutes = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value < 2 * DAY_MINUTES;

/** True for hours as workHours gives them; anything else (null, junk, NaN) is no pattern. */
const isHours = (hours: unknown): hours is WorkHours =>
  hours !== null &&
  typeof hours === 'object' &&
  isMinutes((hours as WorkHours).start) &&
  isMinutes((hours as WorkHours).end);

/**
 * Minutes late at check-in (0 when on time); a check-in before the start is on time. 0 as well when the
 * clock or the hours are not minutes (no lateness can be measured, so none is charged).
 */
export function minutesLate(checkIn: number, hours: WorkHours): number {
  if (!isMinutes(checkIn) || !isHours(hours)) return 0;
  return Math.max(0, checkIn - hours.start);
}

/**
 * Minutes left before the end of the pattern; a night shift's check-out after midnight counts next day.
 * 0 when the clock or the hours are not minutes, as for minutesLate.
 */
export function minutesEarly(checkOut: number, hours: WorkHours): number {
  if (!isMinutes(checkOut) || !isHours(hours)) return 0;
  const out = hours.end > DAY_MINUTES && checkOut < hours.start ? checkOut + DAY_MINUTES : checkOut;
  return Math.max(0, hours.end - out);
}
