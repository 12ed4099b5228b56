import type { Issue } from '../core/issue';
import { flagLabel } from '../flags/labels';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../policy/sections/rating';
import type { RewardPolicy } from '../policy/sections/reward';
import { predikatLabel } from '../score/predikat';
import { EMPLOYEE_FLAGS, type EmployeeFlag, type RecommendationKind } from './flags';

export interface EmployeeRecommendationInput {
  /** Predikat kinerja pegawai, or null when it could not be determined. */
  predikat: PredikatPegawai | null;
  /** Aggregated capaian as a fraction, or null when not computable. */
  capaian: number | null;
  /** Attendance deduction as a fraction of the discipline part of TPP (0..1). */
  deductionFraction: number;
  /** Days absent without notice (TK) in the period. */
  tkDays: number;
  flags: readonly EmployeeFlag[];
  /**
   * The hukuman disiplin the calendar year's TK days call for (PP 94/2021, shared/discipline/pp94.ts),
   * when the year is known: it replaces the one-period TK thresholds (teguranTkDaysMin, sanksiTkDaysMin),
   * since PP 94/2021 counts TK per year, not per sheet. Null: the year's TK calls for nothing.
   */
  yearTk?: { recommendation: 'teguran' | 'sanksi'; reasons: readonly Issue[] } | null;
}

export interface EmployeeRecommendation {
  kind: RecommendationKind;
  /** Why, most decisive first. Never empty. */
  reasons: Issue[];
}

const pct = (fraction: number): number => Math.round(fraction * 1000) / 10;

/**
 * Labels of the five predikat and of the employee flags, read from the catalog once, when the module
 * loads: constants (the catalog text never changes while the code runs) that a province asks for 20,000
 * times. Regulation terms: the Indonesian label in both languages' messages.
 */
const PREDIKAT_LABEL = labelsOf(PREDIKAT_PEGAWAI, (id) => predikatLabel(id));
const FLAG_LABEL = labelsOf(EMPLOYEE_FLAGS, (id) => flagLabel(id));
/** A map, never a record: a value from a page or a hand-built input is looked up, never coerced to a key. */
function labelsOf<K extends string>(ids: readonly K[], read: (id: K) => string): ReadonlyMap<K, string> {
  return new Map(ids.map((id) => [id, read(id)]));
}
const finite = (n: number): number => (Number.isFinite(n) ? n : 0);

/** Appends to a reason list made on first use. */
function add(list: Issue[] | undefined, issue: Issue): Issue[] {
  if (!list) return [issue];
  list.push(issue);
  return list;
}

/** The first list with the others appended (the first is always a fresh list of this call). */
function joined(first: Issue[], ...rest: (Issue[] | undefined)[]): Issue[] {
  for (const list of rest) if (list) for (const issue of list) first.push(issue);
  return first;
}

/**
 * Whether recommendForEmployee's answer rests on the predikat and the flags alone (with the policy): no
 * TK days, deduction or year's TK reach a threshold, and no capaian could earn a penghargaan. Most
 * employees; a run holds one recommendation for each such case (pipeline/shared-verdicts.ts). Each test
 * is the negation of the rule's own, so NaN or an odd policy falls to the rule.
 */
export function restsOnPredikatAndFlags(input: EmployeeRecommendationInput, policy: RewardPolicy): boolean {
  if (input.yearTk !== undefined) return false;
  const deduction = Math.max(0, finite(input.deductionFraction));
  const tkDays = Math.max(0, Math.floor(finite(input.tkDays)));
  if (tkDays >= policy.sanksiTkDaysMin || tkDays >= policy.teguranTkDaysMin) return false;
  if (deduction >= policy.teguranDeductionMin) return false;
  // The capaian is read only for a predikat the policy appreciates (penghargaan or apresiasi).
  const capaian = input.capaian;
  return !(
    input.predikat &&
    policy.apresiasiPredikat.includes(input.predikat) &&
    capaian !== null &&
    Number.isFinite(capaian) &&
    capaian >= policy.penghargaanMinCapaian &&
    deduction < policy.penghargaanMaxDeduction
  );
}

/**
 * The follow-up an employee's results call for (PermenPANRB 6/2022, tindak lanjut: penghargaan for good
 * predikat, pembinaan for poor; PP 94/2021 for discipline). The heaviest applicable measure wins, in the
 * order sanksi > teguran > pembinaan > penghargaan > apresiasi; every applicable reason is listed, so a
 * supervisor sees both the predikat and the attendance behind a teguran.
 */
export function recommendForEmployee(
  input: EmployeeRecommendationInput,
  policy: RewardPolicy,
): EmployeeRecommendation {
  const { predikat } = input;
  const deduction = Math.max(0, finite(input.deductionFraction));
  const tkDays = Math.max(0, Math.floor(finite(input.tkDays)));
  // Most employees get none of these: the lists are made only when a reason arrives.
  let sanksi: Issue[] | undefined;
  let teguran: Issue[] | undefined;
  let pembinaan: Issue[] | undefined;
  const label = predikat ? (PREDIKAT_LABEL.get(predikat) ?? predikatLabel(predikat)) : '';

  if (predikat && policy.sanksiPredikat.includes(predikat))
    sanksi = add(sanksi, { code: 'REC_SANKSI_PREDIKAT', params: { predikat: label } });
  const yearTk = input.yearTk;
  if (yearTk !== undefined) {
    for (const reason of yearTk?.reasons ?? [])
      if (yearTk?.recommendation === 'sanksi') sanksi = add(sanksi, reason);
      else teguran = add(teguran, reason);
  } else if (tkDays >= policy.sanksiTkDaysMin)
    sanksi = add(sanksi, {
      code: 'REC_SANKSI_TK',
      params: { days: tkDays, threshold: policy.sanksiTkDaysMin },
    });
  else if (tkDays >= policy.teguranTkDaysMin)
    teguran = add(teguran, {
      code: 'REC_TEGURAN_TK',
      params: { days: tkDays, threshold: policy.teguranTkDaysMin },
    });
  if (predikat && policy.teguranPredikat.includes(predikat))
    teguran = add(teguran, { code: 'REC_TEGURAN_PREDIKAT', params: { predikat: label } });
  if (deduction >= policy.teguranDeductionMin)
    teguran = add(teguran, {
      code: 'REC_TEGURAN_DEDUCTION',
      params: { deduction: pct(deduction), threshold: pct(policy.teguranDeductionMin) },
    });
  if (predikat && policy.pembinaanPredikat.includes(predikat))
    pembinaan = add(pembinaan, { code: 'REC_PEMBINAAN_PREDIKAT', params: { predikat: label } });
  // Indexed loops: 20,000 employees a run, and an iterator object each where the loop is not optimised.
  const flags = input.flags;
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] as (typeof flags)[number];
    if ((policy.pembinaanFlags as readonly string[]).includes(flag))
      pembinaan = add(pembinaan, {
        code: 'REC_PEMBINAAN_FLAG',
        params: { flag: FLAG_LABEL.get(flag) ?? flagLabel(flag) },
      });
  }

  // The strongest follow-up decides the kind; its reasons come first, then the milder ones.
  if (sanksi) return { kind: 'sanksi', reasons: joined(sanksi, teguran, pembinaan) };
  if (teguran) return { kind: 'teguran', reasons: joined(teguran, pembinaan) };
  if (pembinaan) return { kind: 'pembinaan', reasons: pembinaan };

  if (predikat && policy.apresiasiPredikat.includes(predikat)) {
    const capaian = input.capaian;
    if (
      capaian !== null &&
      Number.isFinite(capaian) &&
      capaian >= policy.penghargaanMinCapaian &&
      deduction < policy.penghargaanMaxDeduction
    ) {
      return {
        kind: 'penghargaan',
        reasons: [
          {
            code: 'REC_PENGHARGAAN',
            params: {
              predikat: label,
              capaian: pct(capaian),
              threshold: pct(policy.penghargaanMinCapaian),
              deduction: pct(deduction),
            },
          },
        ],
      };
    }
    return { kind: 'apresiasi', reasons: [{ code: 'REC_APRESIASI', params: { predikat: label } }] };
  }
  if (!predikat) return { kind: 'tidak_ada', reasons: [{ code: 'REC_NO_PREDIKAT', severity: 'warning' }] };
  return { kind: 'tidak_ada', reasons: [{ code: 'REC_NONE', params: { predikat: label } }] };
}
