import { type OrganisationResult, PREDIKAT_PEGAWAI, type PredikatPegawai, unitKey } from '../../../shared';

/** Employees per predikat in each unit, and those without a predikat yet, counted from the results. */
export interface UnitCounts {
  counts: Record<PredikatPegawai, number>;
  none: number;
}

/** The counts of every unit, keyed by `unitKey` (used by "Hasil Unit" and the dashboard alike). */
export function countsByUnit(result: OrganisationResult): Map<string, UnitCounts> {
  const byUnit = new Map<string, UnitCounts>();
  for (const e of result.employees) {
    const key = unitKey(e.unit);
    let entry = byUnit.get(key);
    if (!entry) {
      entry = {
        counts: Object.fromEntries(PREDIKAT_PEGAWAI.map((p) => [p, 0])) as Record<PredikatPegawai, number>,
        none: 0,
      };
      byUnit.set(key, entry);
    }
    if (e.predikat) entry.counts[e.predikat]++;
    else entry.none++;
  }
  return byUnit;
}
