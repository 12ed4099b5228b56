/**
 * Units over periods (issue 11: trend per unit, most improved units for the Sekda's reward, DOMAIN.md
 * Units): per unit and period the mean capaian of its employees, how many got each predikat, and how many
 * were stagnant then, all from the rows history keeps. A unit is known by its name as history wrote it.
 */
import type { HistoryPolicy } from '../policy/sections/history';
import { comparePeriods, sameLength } from './period-keys';
import { largestRises, type Rise } from './rises';
import type { HistoryRow } from './rows';
import { trendsAt } from './trends';

/** One unit in one period. */
export interface UnitPeriod {
  unit: string;
  period: string;
  label: string;
  employees: number;
  /** Mean capaian of the employees who have one (fraction); null when none has. */
  meanCapaian: number | null;
  /** Employees with a capaian: the mean's base, so a reader sees when some are missing. */
  withCapaian: number;
  /** Employees per predikat as history wrote it; employees without one are not counted here. */
  predikatCounts: Readonly<Record<string, number>>;
  /** Employees stagnant at this period (trendsAt); 0 until the policy's number of periods is reached. */
  stagnant: number;
}

/** Every unit in every period of history. */
export interface UnitTrends {
  /** Periods in time order, with their labels. */
  periods: { period: string; label: string }[];
  /** Units in the order they first appear in history. */
  units: string[];
  /** The unit in that period, or undefined when it had no employee then. */
  at(unit: string, period: string): UnitPeriod | undefined;
}

const cellKey = (unit: string, period: string): string => `${period}\u0000${unit}`;

/** Means and predikat counts per unit and period, one pass over history (stagnant left at 0). */
function unitPeriods(history: readonly HistoryRow[]): Map<string, UnitPeriod> {
  const sums = new Map<string, number>();
  const cells = new Map<string, UnitPeriod & { predikatCounts: Record<string, number> }>();
  for (const r of history) {
    const key = cellKey(r.unit, r.period);
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        unit: r.unit,
        period: r.period,
        label: r.label,
        employees: 0,
        meanCapaian: null,
        withCapaian: 0,
        predikatCounts: {},
        stagnant: 0,
      };
      cells.set(key, cell);
    }
    cell.employees++;
    if (r.predikat !== '') cell.predikatCounts[r.predikat] = (cell.predikatCounts[r.predikat] ?? 0) + 1;
    if (r.capaian !== null) {
      cell.withCapaian++;
      sums.set(key, (sums.get(key) ?? 0) + r.capaian);
    }
  }
  for (const [key, cell] of cells)
    if (cell.withCapaian > 0)
      cell.meanCapaian = Number(((sums.get(key) ?? 0) / cell.withCapaian).toPrecision(12));
  return cells;
}

/**
 * Per unit and period: mean capaian, predikat counts and stagnant employees (policy.history). With
 * `scored` (the period scored's key), only periods of its length: a trend line never runs from months into
 * a quarter (a quarter holds its months; docs/rules.md History).
 */
export function unitTrends(
  history: readonly HistoryRow[],
  policy: HistoryPolicy,
  scored?: string,
): UnitTrends {
  if (scored !== undefined) history = history.filter((r) => sameLength(r.period, scored));
  const cells = unitPeriods(history);
  const labels = new Map<string, string>();
  const units: string[] = [];
  const seenUnits = new Set<string>();
  for (const r of history) {
    if (!labels.has(r.period)) labels.set(r.period, r.label);
    if (!seenUnits.has(r.unit)) {
      seenUnits.add(r.unit);
      units.push(r.unit);
    }
  }
  const periods = [...labels.keys()].sort(comparePeriods).map((period) => ({
    period,
    label: labels.get(period) ?? period,
  }));
  const unitOf = new Map<string, string>();
  for (const { period } of periods) {
    for (const r of history) if (r.period === period) unitOf.set(r.nip, r.unit);
    for (const [nip, trend] of trendsAt(history, period, policy)) {
      const unit = unitOf.get(nip);
      const cell = unit === undefined ? undefined : cells.get(cellKey(unit, period));
      if (trend.stagnant && cell) cell.stagnant++;
    }
  }
  return { periods, units, at: (unit, period) => cells.get(cellKey(unit, period)) };
}

/** A unit that rose between two periods (mostImprovedUnits). */
export interface ImprovedUnit extends Rise {
  unit: string;
}

/**
 * The units whose mean capaian rose most between two periods, largest rise first: the same rule as
 * mostImproved for employees (rises.ts), over the units' means.
 */
export function mostImprovedUnits(
  history: readonly HistoryRow[],
  from: string,
  to: string,
  count = 3,
): ImprovedUnit[] {
  const cells = unitPeriods(history.filter((r) => r.period === from || r.period === to));
  const pairs: Omit<ImprovedUnit, 'change'>[] = [];
  for (const cell of cells.values()) {
    if (cell.period !== to || cell.meanCapaian === null) continue;
    const start = cells.get(cellKey(cell.unit, from))?.meanCapaian;
    if (start === undefined || start === null) continue;
    pairs.push({ unit: cell.unit, from: start, to: cell.meanCapaian });
  }
  return largestRises(pairs, (u) => u.unit, count);
}
