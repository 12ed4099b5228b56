import { fail, ok, type Result } from '../core/issue';
import { DEFAULT_IKI_CURVE, type LegacyPolicy } from '../policy/schema';
import { bandOf, type Category } from './category';
import { isFiniteNumber, shownValue } from './shown';

/*
 * The legacy numeric scheme (PermenPANRB 8/2021, PP 30/2019), optional and separate from the predikat
 * of PermenPANRB 6/2022: some regional TPP apps still pay on these numbers.
 */

/** Six decimals hide float noise (0.98 -> 87.99999999999999) without changing any meaningful digit. */
const tidy = (value: number): number => {
  const scaled = value * 1e6;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e6 : value;
};

/**
 * Nilai capaian IKI from a capaian fraction (0.98 -> 88), on the policy's curve: straight lines between
 * its points, flat beyond the last, 0 at or below the first. The default curve reads the regulation's
 * gaps (99-100%, 100-101%, 59-60%, 79-80%) as continuous; see DEFAULT_IKI_CURVE. A non-number gives 0.
 */
export function nilaiCapaianIki(
  capaian: number,
  policy: Pick<LegacyPolicy, 'ikiCurve'> = { ikiCurve: DEFAULT_IKI_CURVE },
): number {
  const curve = policy.ikiCurve;
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (!first || !last || typeof capaian !== 'number' || Number.isNaN(capaian)) return 0;
  if (capaian <= first.capaian) return first.nilai;
  if (capaian >= last.capaian) return last.nilai;
  for (let i = 1; i < curve.length; i++) {
    const hi = curve[i]!;
    if (capaian <= hi.capaian) {
      const lo = curve[i - 1]!;
      return tidy(lo.nilai + ((capaian - lo.capaian) * (hi.nilai - lo.nilai)) / (hi.capaian - lo.capaian));
    }
  }
  return last.nilai;
}

/**
 * Nilai kinerja = nilai SKP x 70% + nilai perilaku x 30% (PP 30/2019; weights in the policy).
 * Fails on a negative or non-finite score.
 */
export function nilaiKinerjaLegacy(
  nilaiSkp: number,
  nilaiPerilaku: number,
  policy: Pick<LegacyPolicy, 'skpWeight' | 'perilakuWeight'>,
): Result<number> {
  if (!isFiniteNumber(nilaiSkp) || nilaiSkp < 0)
    return fail('LEGACY_NILAI_INVALID', { what: 'SKP', value: shownValue(nilaiSkp) });
  if (!isFiniteNumber(nilaiPerilaku) || nilaiPerilaku < 0)
    return fail('LEGACY_NILAI_INVALID', { what: 'perilaku', value: shownValue(nilaiPerilaku) });
  const nilai = tidy(nilaiSkp * policy.skpWeight + nilaiPerilaku * policy.perilakuWeight);
  // Only absurd inputs (near 1e308) overflow; name the SKP score, the larger term by default.
  if (!Number.isFinite(nilai)) return fail('LEGACY_NILAI_INVALID', { what: 'SKP', value: '-' });
  return ok(nilai);
}

/**
 * Category of a nilai kinerja (PermenPANRB 8/2021 bands in the policy, inclusive lower bounds):
 * 110 is Sangat Baik, 109.99 is Baik.
 */
export function legacyCategory(nilai: number, policy: Pick<LegacyPolicy, 'categories'>): Category {
  return bandOf(nilai, policy.categories);
}
