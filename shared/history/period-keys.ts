/**
 * Reading the period keys history is sorted by ("2025-01", "2025-Q1", "2025-S1", "2025": shared/parse
 * periodKey) for what a year needs: which year a key belongs to, whether it is the annual data itself, and
 * where in the year it ends (a month, a quarter and a semester end in different months).
 */

/** "2025" of "2025-03", "2025-Q1", "2025". */
export const yearOfPeriod = (key: string): string => key.slice(0, 4);

/** The key of the year's own (annual) data: the year alone. */
export const isAnnualPeriod = (key: string): boolean => /^\d{4}$/.test(key);

/** The month (1-12) a period ends in: March for "2025-03" and "2025-Q1", June for "2025-S1", December for "2025". */
export function periodEndMonth(key: string): number {
  const part = key.slice(5);
  if (part === '') return 12;
  if (part.startsWith('Q')) return Number(part.slice(1)) * 3;
  if (part.startsWith('S')) return Number(part.slice(1)) * 6;
  return Number(part);
}

/** How many months a period covers: 1 for "2025-03", 3 for "2025-Q1", 6 for "2025-S1", 12 for "2025". */
export const periodMonths = (key: string): number =>
  key.includes('S') ? 6 : key.includes('Q') ? 3 : key.length === 4 ? 12 : 1;

/**
 * Whether two periods are of the same length (month and month, quarter and quarter...): the periods a
 * trend compares. A quarter is never compared with a month: the months inside it are part of it, and a
 * month before it measures a different span of work.
 */
export const sameLength = (a: string, b: string): boolean => periodMonths(a) === periodMonths(b);

/**
 * Periods of one year in the order they end; of two ending in the same month (March and Triwulan I) the
 * longer one, which covers the other, comes last.
 */
export function byPeriodEnd(a: string, b: string): number {
  const end = periodEndMonth(a) - periodEndMonth(b);
  if (end !== 0) return end;
  return periodMonths(a) - periodMonths(b);
}

/** Periods in time order over years: by year, then by where in the year they end. */
export const comparePeriods = (a: string, b: string): number =>
  yearOfPeriod(a) < yearOfPeriod(b) ? -1 : yearOfPeriod(a) > yearOfPeriod(b) ? 1 : byPeriodEnd(a, b);

/**
 * Each distinct period's place in time order (comparePeriods), decided once: a history holds a few dozen
 * periods over 100,000s of rows, which then compare by a number instead of by reading their keys again.
 */
export function timeOrder(keys: Iterable<string>): Map<string, number> {
  return new Map([...new Set(keys)].sort(comparePeriods).map((key, i) => [key, i]));
}
