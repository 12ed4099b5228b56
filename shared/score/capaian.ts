import { type Failure, fail, ok, type Result } from '../core/issue';
import type { Polarity, Target } from '../parse/types';
import type { CapaianPolicy } from '../policy/schema';
import { isFiniteNumber, isOneOf, shownValue } from './shown';

const POLARITIES: readonly Polarity[] = ['positif', 'negatif'];

/*
 * Achievement (capaian) of one indicator, as a fraction (1 = 100%), kept at full precision: round only
 * for display and for categories. Source: PermenPANRB 6/2022 and its technical guidance; the open choices
 * (clamping, range targets, target 0 with negative polarity) come from the policy (docs/rules.md#capaian).
 */

/**
 * Where the capaian rules below leave a capaian they compute: a plain number field, written in place.
 * They answer the failure, or null when the capaian is in `value`; a caller of 100,000 rows (the
 * pipeline) keeps one, so that no row's capaian becomes a number box on its way to the columns. The
 * functions that return the number (capaianValue, capaianBetween) read it from a slot of their own.
 */
export class CapaianSlot {
  value = Number.NaN;
}

/**
 * Capaian against one bound, into `out`, or the failure. Positive polarity: R / T. Negative polarity
 * (lower is better): (2T - R) / T, clamped at 0 when the policy says so (target 8, realisasi 9 -> 0.875).
 * A bound of 0: positive is not computable; negative follows policy.zeroTargetNegative.
 */
function againstBound(
  bound: number,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
  out: CapaianSlot,
): Failure | null {
  if (bound === 0) {
    if (polarity === 'positif') return fail('CAPAIAN_TARGET_ZERO', { realisasi });
    const zero = policy.zeroTargetNegative;
    out.value = realisasi === 0 ? zero.whenRealisasiZero : zero.otherwise;
    return null;
  }
  const raw = polarity === 'positif' ? realisasi / bound : (2 * bound - realisasi) / bound;
  // A vanishingly small bound (1e-320) overflows the division; say so rather than show Infinity.
  if (!Number.isFinite(raw)) return fail('CAPAIAN_OUT_OF_RANGE', { target: bound, realisasi });
  // Two stores, not one of a choice: a choice between this number and a constant would box it.
  if (polarity === 'negatif' && policy.clampNegativeAtZero && raw < 0) out.value = 0;
  else out.value = raw;
  return null;
}

/** The checks on the realisasi and the polarity every capaian starts with: the failure, or null. */
function inputsFailure(realisasi: number, polarity: Polarity): Failure | null {
  if (!isFiniteNumber(realisasi)) return fail('CAPAIAN_REALISASI_INVALID');
  if (realisasi < 0) return fail('CAPAIAN_REALISASI_NEGATIVE', { realisasi });
  if (!isOneOf(POLARITIES, polarity))
    return fail('CAPAIAN_POLARITY_INVALID', { polarity: shownValue(polarity) });
  return null;
}

/** Capaian against a single target value, into `out`, once the inputs are checked. */
function againstTarget(
  value: number,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
  out: CapaianSlot,
): Failure | null {
  if (!isFiniteNumber(value)) return fail('CAPAIAN_TARGET_INVALID');
  if (value < 0) return fail('CAPAIAN_TARGET_NEGATIVE', { target: value });
  return againstBound(value, realisasi, polarity, policy, out);
}

/** Capaian against a range target low..high, into `out`, once the inputs are checked (see computeCapaian). */
function againstRange(
  low: number,
  high: number,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
  out: CapaianSlot,
): Failure | null {
  if (!isFiniteNumber(low) || !isFiniteNumber(high)) return fail('CAPAIAN_TARGET_INVALID');
  if (low < 0) return fail('CAPAIAN_TARGET_NEGATIVE', { target: low });
  if (low > high) return fail('CAPAIAN_RANGE_INVERTED', { low, high });
  if (realisasi < low) return againstBound(low, realisasi, polarity, policy, out);
  if (realisasi > high) return againstBound(high, realisasi, polarity, policy, out);
  out.value = policy.insideRange;
  return null;
}

/**
 * computeCapaian without the Result wrapper: the number itself, or the failure. The pipeline calls this
 * on every indicator row (100,000 on a province), where a wrapper object per row is garbage to collect.
 */
export function capaianValue(
  target: Target,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
): number | Failure {
  const failure = inputsFailure(realisasi, polarity);
  if (failure !== null) return failure;
  if (typeof target !== 'object' || target === null) return fail('CAPAIAN_TARGET_INVALID');
  const out = new CapaianSlot();
  const refused =
    target.kind === 'single'
      ? againstTarget(target.value, realisasi, polarity, policy, out)
      : againstRange(target.low, target.high, realisasi, polarity, policy, out);
  return refused ?? out.value;
}

/**
 * capaianValue on plain fields instead of a Target: the range low..high when `range`, else the single
 * target `high` (`low` unused). The same checks in the same order, without an object per indicator.
 */
export function capaianBetween(
  range: boolean,
  low: number,
  high: number,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
): number | Failure {
  const out = new CapaianSlot();
  return capaianBetweenInto(out, range, low, high, realisasi, polarity, policy) ?? out.value;
}

/** capaianBetween into `out` (CapaianSlot): the failure, or null when the capaian is in `out.value`. */
export function capaianBetweenInto(
  out: CapaianSlot,
  range: boolean,
  low: number,
  high: number,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
): Failure | null {
  const failure = inputsFailure(realisasi, polarity);
  if (failure !== null) return failure;
  return range
    ? againstRange(low, high, realisasi, polarity, policy, out)
    : againstTarget(high, realisasi, polarity, policy, out);
}

/**
 * Capaian of an indicator from its parsed target and realisasi.
 * - Single target: see againstBound.
 * - Range target "80-90" (open, policy.insideRange): inside the range (bounds included) -> insideRange;
 *   outside it, the nearest bound is the target: for positive polarity R/low below and R/high above,
 *   for negative polarity (2low - R)/low below (better than the range) and (2high - R)/high above.
 * Fails, never throws, on a non-finite or negative number, a reversed range, an unknown polarity, or a
 * target of 0 with positive polarity. The caller fills the location.
 */
export function computeCapaian(
  target: Target,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
): Result<number> {
  const value = capaianValue(target, realisasi, polarity, policy);
  return typeof value === 'number' ? ok(value) : value;
}

/**
 * The capaian counted in aggregation: capped at policy.aggregationCap (default 120%; null = no cap).
 * Something that is not a finite number counts as 0 (aggregation skips those before it gets here).
 */
export function capAchievement(capaian: number, policy: Pick<CapaianPolicy, 'aggregationCap'>): number {
  if (!isFiniteNumber(capaian)) return 0;
  const cap = policy.aggregationCap;
  // `+cap` is the cap itself (a number): read so, both answers are plain numbers, and a mean's loop over
  // unboxed capaian (score/aggregate.ts) keeps them unboxed instead of boxing each row's.
  return cap !== null && capaian > cap ? +cap : capaian;
}
