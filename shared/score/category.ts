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
 * The lowest band's position: the smallest min, the last of equal ones (where a stable sort from the top
 * leaves it). -1 for no band.
 */
function lowestOf(bands: readonly Band[]): number {
  let lowest = bands.length > 0 ? 0 : -1;
  for (let i = 1; i < bands.length; i++)
    if ((bands[i] as Band).min <= (bands[lowest] as Band).min) lowest = i;
  return lowest;
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
  // One pass over the policy's few bands, in their own order: no sorted copy, and so nothing kept
  // between calls (a policy's bands are read as they are when asked).
  const lowest = lowestOf(bands);
  if (!isFiniteNumber(value)) return bands[lowest] as Category;
  const rounded = roundForCategory(value);
  // The highest min at or below the value, the first of equal ones; the lowest band takes the rest.
  let best = -1;
  for (let i = 0; i < bands.length; i++) {
    if (i === lowest) continue;
    const min = (bands[i] as Band).min;
    if (rounded >= min && (best < 0 || min > (bands[best] as Band).min)) best = i;
  }
  return bands[best < 0 ? lowest : best] as Category;
}

/**
 * Category of a capaian (Permendagri 86/2017-style bands from the policy): 0.91 is Sangat Tinggi,
 * 0.9099 is Tinggi. Returns the policy's band object itself ({ id, label, min }), so no allocation.
 */
export function categorize(capaian: number, policy: Pick<CapaianPolicy, 'categories'>): Category {
  return bandOf(capaian, policy.categories);
}
