/**
 * History over periods: each period's verdicts kept per employee, never averaged into one (DOMAIN.md,
 * Periods), and what the sequence says: the change since the previous period and stagnation (the same
 * shortfall, or no improvement, for N periods: policy.history). Pure data in, data out: the add-on keeps
 * the rows in its "Riwayat" sheet, the Sekda's recap will read them from packages.
 */
import type { Issue } from '../core/issue';
import type { OrganisationResult } from '../pipeline/schema';
import type { HistoryPolicy } from '../policy/sections/history';

/** One employee's verdict in one period, as history keeps it. */
export interface HistoryRow {
  /** Period key ("2025-01", "2025-Q1": shared/parse periodKey), sortable. */
  period: string;
  /** The period as people read it ("Januari 2025"). */
  label: string;
  nip: string;
  nama: string;
  unit: string;
  /** Fraction (1 = 100 %), null when not computed. */
  capaian: number | null;
  kategori: string;
  predikat: string;
  /** Discipline deduction, a fraction of the TPP discipline part. */
  potongan: number;
  tkDays: number;
  /** ISO yyyy-mm-dd of the TK days where the attendance sheet dates them (the year's ladder names them). */
  tkDates?: readonly string[];
}

/** The rows one period's result adds to history (labels already in the reader's language). */
export function historyRowsOf(
  period: string,
  label: string,
  result: OrganisationResult,
  predikatText: (p: NonNullable<OrganisationResult['employees'][number]['predikat']>) => string,
): HistoryRow[] {
  return result.employees.map((e) => ({
    period,
    label,
    nip: e.nip,
    nama: e.nama,
    unit: e.unit,
    capaian: e.capaian,
    kategori: e.kategori?.label ?? '',
    predikat: e.predikat ? predikatText(e.predikat) : '',
    potongan: e.discipline.fraction,
    tkDays: e.discipline.tkDays,
    ...(e.discipline.tkDates && e.discipline.tkDates.length > 0 ? { tkDates: e.discipline.tkDates } : {}),
  }));
}

/**
 * History with the periods computed now: their rows replace the rows those periods had (a period is
 * recomputed whole), every other period stays exactly as it was. Sorted by period, then by the order
 * the rows came in.
 */
export function mergeHistory(kept: readonly HistoryRow[], fresh: readonly HistoryRow[]): HistoryRow[] {
  const recomputed = new Set(fresh.map((r) => r.period));
  const merged = [...kept.filter((r) => !recomputed.has(r.period)), ...fresh];
  return merged
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.period < b.row.period ? -1 : a.row.period > b.row.period ? 1 : a.i - b.i))
    .map(({ row }) => row);
}

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

/**
 * Each employee's trend at `period` from history: the change since the previous period they have a
 * verdict in, and stagnation: over the last `stagnantPeriods` periods (the current one included) the
 * capaian stayed below `belowTarget` in every one, or never rose from one period to the next while below
 * `noRiseBelow`.
 */
export function trendsAt(
  history: readonly HistoryRow[],
  period: string,
  policy: HistoryPolicy,
): Map<string, Trend> {
  const byNip = new Map<string, HistoryRow[]>();
  for (const row of history) {
    if (row.period > period) continue;
    const rows = byNip.get(row.nip);
    if (rows) rows.push(row);
    else byNip.set(row.nip, [row]);
  }
  const trends = new Map<string, Trend>();
  for (const [nip, rows] of byNip) {
    const sorted = [...rows].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
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

/** Who improved most between two periods: employees with a capaian in both, largest rise first. */
export function mostImproved(
  history: readonly HistoryRow[],
  from: string,
  to: string,
  count = 3,
): { nip: string; nama: string; unit: string; from: number; to: number; change: number }[] {
  const start = new Map<string, HistoryRow>();
  for (const r of history) if (r.period === from && r.capaian !== null) start.set(r.nip, r);
  const out: { nip: string; nama: string; unit: string; from: number; to: number; change: number }[] = [];
  for (const r of history) {
    const s = start.get(r.nip);
    if (r.period !== to || r.capaian === null || !s || s.capaian === null) continue;
    out.push({
      nip: r.nip,
      nama: r.nama,
      unit: r.unit,
      from: s.capaian,
      to: r.capaian,
      change: r.capaian - s.capaian,
    });
  }
  return out
    .filter((e) => e.change > 0)
    .sort((a, b) => b.change - a.change || (a.nama < b.nama ? -1 : 1))
    .slice(0, Math.max(0, count));
}
