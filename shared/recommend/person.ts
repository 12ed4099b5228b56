import type { Policy } from '../policy/schema';
import type { PredikatPegawai } from '../policy/sections/rating';
import { proposeHasilRating } from '../score/rating';
import { type EmployeeRecommendation, recommendForEmployee } from './employee';
import { EMPLOYEE_FLAGS, type EmployeeFlag } from './flags';

/** What a page (or an imported package) tells about one person: often a capaian without a predikat. */
export interface PersonFollowUpInput {
  predikat: PredikatPegawai | null;
  capaian: number | null;
  /** Any flags the surface knows; those that are not employee flags are ignored. */
  flags: readonly string[];
}

const EMPLOYEE = new Set<string>(EMPLOYEE_FLAGS);
const pct = (fraction: number): number => Math.round(fraction * 1000) / 10;

/**
 * The follow-up for a person a supervisor sees on a page, by the reward rules of the policy: with a
 * predikat, exactly recommendForEmployee (no attendance is known on a page, so none counts); without one,
 * the flags first (pembinaanFlags), then the hasil rating the capaian proposes (policy.rating bands):
 * below expectations calls for pembinaan, above for apresiasi, each reason saying that no predikat exists
 * yet. The panel's "teguran atau pembinaan" and "apresiasi" lists come from here, not from rules of its own.
 */
export function recommendForPerson(
  input: PersonFollowUpInput,
  policy: Pick<Policy, 'reward' | 'rating'>,
): EmployeeRecommendation {
  const flags = (Array.isArray(input.flags) ? input.flags : []).filter((f): f is EmployeeFlag =>
    EMPLOYEE.has(f),
  );
  const predikat = input.predikat ?? null;
  const capaian = typeof input.capaian === 'number' && Number.isFinite(input.capaian) ? input.capaian : null;
  const byRules = recommendForEmployee(
    { predikat, capaian, deductionFraction: 0, tkDays: 0, flags },
    policy.reward,
  );
  if (predikat !== null || byRules.kind !== 'tidak_ada' || capaian === null) return byRules;
  const rating = proposeHasilRating(capaian, policy.rating);
  if (rating === 'di_bawah')
    return {
      kind: 'pembinaan',
      reasons: [{ code: 'REC_PEMBINAAN_CAPAIAN', params: { capaian: pct(capaian) } }],
    };
  if (rating === 'di_atas')
    return {
      kind: 'apresiasi',
      reasons: [{ code: 'REC_APRESIASI_CAPAIAN', params: { capaian: pct(capaian) } }],
    };
  return byRules;
}

/** Follow-ups that mean "speak to this person": pembinaan, teguran or a sanction proposal. */
export const isCorrective = (r: EmployeeRecommendation): boolean =>
  r.kind === 'pembinaan' || r.kind === 'teguran' || r.kind === 'sanksi';

/** Follow-ups that mean "praise this person": apresiasi or a penghargaan proposal. */
export const isAppreciative = (r: EmployeeRecommendation): boolean =>
  r.kind === 'apresiasi' || r.kind === 'penghargaan';
