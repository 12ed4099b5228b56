import type { CapaianPolicy } from '../policy/schema';
import { isFiniteNumber } from './shown';

/** A lower-bounded band as stored in the policy (capaian categories, legacy categories). */
export interface Band {
  id: string;
  label: string;
  min: number;
}

export interface Category {
  id: string;
  label: string;
}

/**
 * Bands sorted by min descending, computed once per band array. Policies are immutable once parsed, so
 * keying on the array object is safe, and it keeps the hot path (100,000 calls in the benchmark) free of
 * sorting and allocation.
 */
const sortedBandsCache = new WeakMap<readonly Band[], readonly Band[]>();

function sortedBands(bands: readonly Band[]): readonly Band[] {
  let sorted = sortedBandsCache.get(bands);
  if (!sorted) {
    sorted = [...bands].sort((a, b) => b.min - a.min);
    sortedBandsCache.set(bands, sorted);
  }
  return sorted;
}

/**
 * Four decimals: what a user reads as a percentage with two decimals (0.9099 = 90,99%). Not a number: 0.
 * Numbers too large to scale (beyond 1e304) have no decimals to round and are returned as they are.
 */
export function roundForCategory(value: number): number {
  if (!isFiniteNumber(value)) return 0;
  const scaled = value * 10000;
  // `value * 1` is `value` (exactly, -0 included), as a number the optimiser keeps unboxed in both
  // branches: returning the argument itself boxed every rounded capaian (16 bytes a row) to merge them.
  return Number.isFinite(scaled) ? Math.round(scaled) / 10000 : value * 1;
}

/**
 * The band a value falls in: the band with the highest min that is <= the value rounded to 4 decimals
 * (inclusive lower bound), whatever the order of the bands in the policy. A value below every band
 * (or not a finite number) falls in the lowest band. The policy guarantees at least one band.
 */
export function bandOf(value: number, bands: readonly Band[]): Category {
  const sorted = sortedBands(bands);
  const last = sorted.length - 1;
  if (!isFiniteNumber(value)) return sorted[last]!;
  const rounded = roundForCategory(value);
  for (let i = 0; i < last; i++) {
    const band = sorted[i]!;
    if (rounded >= band.min) return band;
  }
  return sorted[last]!;
}

/**
 * Category of a capaian (Permendagri 86/2017-style bands from the policy): 0.91 is Sangat Tinggi,
 * 0.9099 is Tinggi. Returns the policy's band object itself ({ id, label, min }), so no allocation.
 */
export function categorize(capaian: number, policy: Pick<CapaianPolicy, 'categories'>): Category {
  return bandOf(capaian, policy.categories);
}
