import { fail, ok, type Result } from '../core/issue';
import {
  BERAKHLAK,
  type BerakhlakValue,
  PREDIKAT_ORGANISASI,
  type PredikatOrganisasi,
  RATINGS,
  type Rating,
  type RatingPolicy,
} from '../policy/schema';
import { berakhlakLabel } from './predikat';
import { isFiniteNumber, isOneOf } from './shown';

/**
 * Proposed rating hasil kerja from the employee's aggregated capaian (inclusive lower bounds from the
 * policy; default >= 1.10 di atas, >= 0.90 sesuai). PermenPANRB 6/2022 leaves the rating to the
 * supervisor): this is only a proposal. null when nothing is computable (or not a finite number).
 */
export function proposeHasilRating(
  capaian: number | null,
  policy: Pick<RatingPolicy, 'hasilBands'>,
): Rating | null {
  if (!isFiniteNumber(capaian)) return null;
  // Same rounding as the categories, so 1.0999999 from float noise reads as the 110% the user sees.
  const rounded = Math.round(capaian * 10000) / 10000;
  if (rounded >= policy.hasilBands.diAtasMin) return 'di_atas';
  if (rounded >= policy.hasilBands.sesuaiMin) return 'sesuai';
  return 'di_bawah';
}

/**
 * Rating perilaku kerja from the seven BerAKHLAK judgements (rule in policy.perilakuRule; the regulation
 * leaves it open): di bawah when at least diBawahMinCount values are di bawah; di atas when at least
 * diAtasMinCount are di atas and none is di bawah; otherwise sesuai. Fails naming the missing values
 * (a value that is not one of the three ratings counts as missing).
 */
export function perilakuFromBerakhlak(
  values: Partial<Record<BerakhlakValue, Rating>>,
  policy: Pick<RatingPolicy, 'perilakuRule'>,
): Result<Rating> {
  const given: Partial<Record<BerakhlakValue, unknown>> =
    typeof values === 'object' && values !== null ? values : {};
  // One pass over the seven values; the missing list is only built when one is missing.
  let diAtas = 0;
  let diBawah = 0;
  let missing: string[] | null = null;
  for (let i = 0; i < BERAKHLAK.length; i++) {
    const v = BERAKHLAK[i] as BerakhlakValue;
    const value = given[v];
    if (value === 'di_atas') diAtas++;
    else if (value === 'di_bawah') diBawah++;
    else if (value !== 'sesuai') {
      if (missing === null) missing = [];
      missing.push(berakhlakLabel(v));
    }
  }
  if (missing) return fail('PERILAKU_MISSING_VALUES', { missing: missing.join(', ') });
  const rule = policy.perilakuRule;
  if (diBawah >= rule.diBawahMinCount) return ok('di_bawah');
  if (diBawah === 0 && diAtas >= rule.diAtasMinCount) return ok('di_atas');
  return ok('sesuai');
}

/**
 * The head of a unit takes the unit's predikat as hasil rating (open mapping in the policy).
 * null when `org` is not one of the five organisation predikat.
 */
export function headOfUnitHasil(
  org: PredikatOrganisasi,
  policy: Pick<RatingPolicy, 'headOfUnitHasil'>,
): Rating | null {
  return isOneOf(PREDIKAT_ORGANISASI, org) ? policy.headOfUnitHasil[org] : null;
}

export interface HasilRatingInput {
  /** From proposeHasilRating; null when the capaian was not computable. */
  proposed: Rating | null;
  /** The supervisor's own rating (pejabat penilai), if entered. */
  override?: Rating | null;
  isHeadOfUnit?: boolean;
  /** The unit's predikat kinerja organisasi, if known. */
  orgPredikat?: PredikatOrganisasi | null;
}

export interface FinalHasilRating {
  /** null only when nothing was proposed, entered or inherited. */
  rating: Rating | null;
  /** organisasi: head of unit with a known unit predikat; atasan: supervisor's entry; usulan: proposal. */
  source: 'usulan' | 'atasan' | 'organisasi';
  /**
   * True when the rating used differs from the one proposed from capaian, so the surface can ask the
   * supervisor to explain it in the umpan balik. False when there is no proposal to compare with.
   */
  disagrees: boolean;
}

const SOURCES = ['usulan', 'atasan', 'organisasi'] as const;
/**
 * Every possible answer of finalHasilRating, made once and frozen (one per rating or none, source and
 * disagreement): 20,000 employees of a province need no object each.
 */
const FINAL_RATINGS: readonly FinalHasilRating[] = [...RATINGS, null].flatMap((rating) =>
  SOURCES.flatMap((source) => [false, true].map((disagrees) => Object.freeze({ rating, source, disagrees }))),
);
const finalRating = (
  rating: Rating | null,
  source: FinalHasilRating['source'],
  disagrees: boolean,
): FinalHasilRating => {
  const r = rating === null ? RATINGS.length : RATINGS.indexOf(rating);
  // A policy's mapping is one of the three ratings; anything else gets an answer of its own, as before.
  if (r < 0) return { rating, source, disagrees };
  return FINAL_RATINGS[
    (r * SOURCES.length + SOURCES.indexOf(source)) * 2 + (disagrees ? 1 : 0)
  ] as FinalHasilRating;
};

/**
 * The hasil rating that counts. Precedence: the unit's predikat for a head of unit (PermenPANRB 6/2022:
 * the head's result is the organisation's), then the supervisor's entry (the regulation leaves the
 * judgement to the supervisor), then the proposal.
 */
export function finalHasilRating(
  input: HasilRatingInput,
  policy: Pick<RatingPolicy, 'headOfUnitHasil'>,
): FinalHasilRating {
  // Anything that is not one of the three ratings (a damaged cell, an old stored value) is treated as
  // not entered, so the result is always a real rating or null.
  const given: Partial<HasilRatingInput> = typeof input === 'object' && input !== null ? input : {};
  const proposed = isOneOf(RATINGS, given.proposed) ? given.proposed : null;
  const override = isOneOf(RATINGS, given.override) ? given.override : null;
  const inherited = given.isHeadOfUnit
    ? headOfUnitHasil(given.orgPredikat as PredikatOrganisasi, policy)
    : null;
  // disagrees: the rating used differs from a proposal (false when there is none).
  if (inherited) return finalRating(inherited, 'organisasi', proposed !== null && inherited !== proposed);
  if (override) return finalRating(override, 'atasan', proposed !== null && override !== proposed);
  return finalRating(proposed, 'usulan', false);
}
