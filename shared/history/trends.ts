/** What an employee's sequence of periods says: the change since the previous one, stagnation, the risers. */
import type { Issue } from '../core/issue';
import type { HistoryPolicy } from '../policy/sections/history';
import { sameLength, timeOrder } from './period-keys';
import { largestRises, type Rise } from './rises';
import type { HistoryRow } from './rows';

/** What an employee's history says at one period. */
export interface Trend {
  /** Capaian minus the previous period's (in points of a fraction); null when either is unknown. */
  change: number | null;
  /** The previous period the change is measured from. */
  previous: string | null;
  stagnant: boolean;
  /** Why stagnant: the periods and their capaian (HIST_STAGNANT_*), or null. */
  reason: Issue | null;
}

const pct = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;

/** The periods of the rows, and `also`. */
function* periodsOf(history: readonly HistoryRow[], also: string): Iterable<string> {
  yield also;
  for (let i = 0; i < history.length; i++) yield (history[i] as HistoryRow).period;
}

/**
 * Each employee's trend at `period` from history: the change since the previous period they have a
 * verdict in, and stagnation: over the last `stagnantPeriods` periods (the current one included) the
 * capaian stayed below `belowTarget` in every one, or never rose from one period to the next while below
 * `noRiseBelow`. Periods are taken in time order (comparePeriods, never as text: "2025" is the whole year,
 * after its December), and only periods of the same length as `period` that end no later than it are
 * compared (sameLength): a quarter with the quarters before it, never with the months inside it (they are
 * part of it) nor with a month before it; the year's data with the years before.
 */
export function trendsAt(
  history: readonly HistoryRow[],
  period: string,
  policy: HistoryPolicy,
): Map<string, Trend> {
  // A history holds a few dozen distinct periods over 100,000s of rows: each period's place in time and
  // whether it is compared are decided once, and rows are compared by that number.
  const order = timeOrder(periodsOf(history, period));
  const at = order.get(period) as number;
  const compared = new Set<string>();
  for (const [key, place] of order) if (place <= at && sameLength(key, period)) compared.add(key);
  const byNip = new Map<string, HistoryRow[]>();
  for (const row of history) {
    if (!compared.has(row.period)) continue;
    const rows = byNip.get(row.nip);
    if (rows) rows.push(row);
    else byNip.set(row.nip, [row]);
  }
  const place = (row: HistoryRow): number => order.get(row.period) as number;
  const trends = new Map<string, Trend>();
  for (const [nip, rows] of byNip) {
    const sorted = [...rows].sort((a, b) => place(a) - place(b));
    const current = sorted.at(-1);
    if (!current || current.period !== period) continue;
    const before = sorted.at(-2) ?? null;
    const change =
      before && before.capaian !== null && current.capaian !== null ? current.capaian - before.capaian : null;
    const span = sorted.slice(-policy.stagnantPeriods);
    const known = span.length === policy.stagnantPeriods && span.every((r) => r.capaian !== null);
    const values = span.map((r) => r.capaian ?? 0);
    const below = known && values.every((v) => v < policy.belowTarget);
    const flat =
      known &&
      values.every((v) => v < policy.noRiseBelow) &&
      values.every((v, i) => i === 0 || v <= (values[i - 1] ?? v));
    const stagnant = below || flat;
    const periods = span.map((r) => `${r.label} ${pct(r.capaian ?? 0)}`).join(', ');
    trends.set(nip, {
      change: change === null ? null : Number(change.toPrecision(12)),
      previous: before?.period ?? null,
      stagnant,
      reason: stagnant
        ? {
            code: below ? 'HIST_STAGNANT_BELOW' : 'HIST_STAGNANT_FLAT',
            params: {
              count: policy.stagnantPeriods,
              periods,
              target: pct(policy.belowTarget),
              limit: pct(policy.noRiseBelow),
            },
            severity: 'warning',
          }
        : null,
    });
  }
  return trends;
}

/** An employee who rose between two periods (mostImproved). */
export interface ImprovedEmployee extends Rise {
  nip: string;
  nama: string;
  unit: string;
}

/** Who improved most between two periods: employees with a capaian in both, largest rise first. */
export function mostImproved(
  history: readonly HistoryRow[],
  from: string,
  to: string,
  count = 3,
): ImprovedEmployee[] {
  const start = new Map<string, number>();
  for (const r of history) if (r.period === from && r.capaian !== null) start.set(r.nip, r.capaian);
  const pairs: Omit<ImprovedEmployee, 'change'>[] = [];
  for (const r of history) {
    const before = start.get(r.nip);
    if (r.period !== to || r.capaian === null || before === undefined) continue;
    pairs.push({ nip: r.nip, nama: r.nama, unit: r.unit, from: before, to: r.capaian });
  }
  return largestRises(pairs, (e) => e.nama, count);
}
