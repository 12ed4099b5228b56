/** The rows history keeps: one employee's verdict in one period, and how fresh rows merge into them. */
import type { OrganisationResult } from '../pipeline/schema';
import { timeOrder } from './period-keys';

/** One employee's verdict in one period, as history keeps it. */
export interface HistoryRow {
  /** Period key ("2025-01", "2025-Q1": shared/parse periodKey); sorted by comparePeriods, never as text. */
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
 * recomputed whole), every other period stays exactly as it was. Sorted by period in time order
 * (comparePeriods: "2025-Q1" after "2025-03", the year "2025" after its December), then by the order the
 * rows came in.
 */
export function mergeHistory(kept: readonly HistoryRow[], fresh: readonly HistoryRow[]): HistoryRow[] {
  const recomputed = new Set(fresh.map((r) => r.period));
  const merged = [...kept.filter((r) => !recomputed.has(r.period)), ...fresh];
  const order = timeOrder(merged.map((r) => r.period));
  return merged
    .map((row, i) => ({ row, i, place: order.get(row.period) as number }))
    .sort((a, b) => a.place - b.place || a.i - b.i)
    .map(({ row }) => row);
}
