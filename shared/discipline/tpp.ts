import { fail, type Issue, ok, type Result } from '../core/issue';
import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { DisciplinePolicy } from '../policy/sections/discipline';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../policy/sections/rating';
import { isFiniteNumber, isOneOf, shownValue } from '../score/shown';

export interface TppInput {
  /** The employee's base TPP for the period, in rupiah (Perkada). */
  base: number;
  /** From disciplineDeduction: fraction of the discipline part deducted (0..1). */
  deductionFraction: number;
  /** Predikat kinerja pegawai (PermenPANRB 6/2022), or null when the SKP is not assessed yet. */
  predikat: PredikatPegawai | null;
}

/** Every amount in whole rupiah. */
export interface TppEstimate {
  base: number;
  disciplineShare: number;
  performanceShare: number;
  disciplinePart: number;
  deductionFraction: number;
  disciplineCut: number;
  disciplinePaid: number;
  performancePart: number;
  predikat: PredikatPegawai | null;
  performanceFactor: number;
  performancePaid: number;
  total: number;
}

const PREDIKAT_LABELS: Record<PredikatPegawai, MessageCode> = {
  sangat_baik: 'TPP_PREDIKAT_SANGAT_BAIK',
  baik: 'TPP_PREDIKAT_BAIK',
  butuh_perbaikan: 'TPP_PREDIKAT_BUTUH_PERBAIKAN',
  kurang: 'TPP_PREDIKAT_KURANG',
  sangat_kurang: 'TPP_PREDIKAT_SANGAT_KURANG',
};

/** Nearest whole rupiah, half up (Rp 0,5 -> Rp 1), as payroll shows amounts; inputs are never negative. */
const rupiah = (amount: number) => Math.round(Number(amount.toPrecision(15)));

/**
 * Estimates the TPP an employee receives (the Perkada sets the real rules; this follows the common
 * discipline/performance split, 40/60 by default so that results dominate, docs/rules.md#tpp).
 * Rounding: the discipline part and each cut or payment are rounded to whole rupiah; the performance
 * part is base minus the discipline part, so the two parts always add up to the base exactly.
 */
export function estimateTpp(input: TppInput, policy: DisciplinePolicy): Result<TppEstimate> {
  const given: Partial<TppInput> = typeof input === 'object' && input !== null ? input : {};
  const { base, deductionFraction } = given;
  // Rupiah amounts beyond 1e15 (a thousand trillion) are typing errors and lose whole-rupiah precision.
  if (!isFiniteNumber(base) || base < 0 || base > 1e15)
    return fail('TPP_BASE_INVALID', { base: shownValue(base) });
  if (!isFiniteNumber(deductionFraction) || deductionFraction < 0 || deductionFraction > 1)
    return fail('TPP_DEDUCTION_INVALID', { value: shownValue(deductionFraction) });
  // No predikat yet is null (or left out); anything else must be one of the five.
  const predikat = given.predikat ?? null;
  if (predikat !== null && !isOneOf(PREDIKAT_PEGAWAI, predikat))
    return fail('TPP_PREDIKAT_INVALID', { predikat: shownValue(predikat) });

  const { disciplineShare, performanceShare, performanceFactorByPredikat, noPredikatFactor } = policy.tpp;
  const whole = rupiah(base);
  const disciplinePart = rupiah(whole * disciplineShare);
  const performancePart = whole - disciplinePart;
  const deduction = Math.min(deductionFraction, policy.maxDeduction);
  const disciplineCut = Math.min(disciplinePart, rupiah(disciplinePart * deduction));
  const disciplinePaid = disciplinePart - disciplineCut;
  const performanceFactor = predikat === null ? noPredikatFactor : performanceFactorByPredikat[predikat];
  const performancePaid = rupiah(performancePart * performanceFactor);

  const warnings: Issue[] =
    predikat === null
      ? [{ code: 'TPP_NO_PREDIKAT', params: { factor: noPredikatFactor * 100 }, severity: 'warning' }]
      : [];
  return ok(
    {
      base: whole,
      disciplineShare,
      performanceShare,
      disciplinePart,
      deductionFraction: deduction,
      disciplineCut,
      disciplinePaid,
      performancePart,
      predikat,
      performanceFactor,
      performancePaid,
      total: disciplinePaid + performancePaid,
    },
    warnings,
  );
}

/** Percentages for people: 6,5 rather than 6.500000000000001. */
const pct = (fraction: number | string) =>
  typeof fraction === 'number' ? Math.round(fraction * 1e6) / 1e4 : fraction;

/** A number as the explanation shows it: "-" for anything that is not one (a damaged stored estimate). */
const num = (value: unknown): number | string => (isFiniteNumber(value) ? value : '-');

/**
 * The estimate as plain sentences (Indonesian by default), one per step, for a sidebar or tooltip.
 * Shows "-" for any amount that is not a number, so a damaged stored estimate never shows NaN.
 */
export function tppExplanation(estimate: TppEstimate, lang: Lang = 'id'): string[] {
  const given: Partial<TppEstimate> = typeof estimate === 'object' && estimate !== null ? estimate : {};
  lang = lang === 'en' ? 'en' : 'id';
  const e = {
    base: num(given.base),
    disciplineShare: num(given.disciplineShare),
    disciplinePart: num(given.disciplinePart),
    performanceShare: num(given.performanceShare),
    performancePart: num(given.performancePart),
    deductionFraction: num(given.deductionFraction),
    disciplineCut: num(given.disciplineCut),
    disciplinePaid: num(given.disciplinePaid),
    performanceFactor: num(given.performanceFactor),
    performancePaid: num(given.performancePaid),
    total: num(given.total),
    predikat: isOneOf(PREDIKAT_PEGAWAI, given.predikat) ? given.predikat : null,
  };
  const performance =
    e.predikat === null
      ? t('TPP_EXPLAIN_PERFORMANCE_NONE', { factor: pct(e.performanceFactor), paid: e.performancePaid }, lang)
      : t(
          'TPP_EXPLAIN_PERFORMANCE',
          {
            predikat: t(PREDIKAT_LABELS[e.predikat], undefined, lang),
            factor: pct(e.performanceFactor),
            paid: e.performancePaid,
          },
          lang,
        );
  return [
    t(
      'TPP_EXPLAIN_BASE',
      {
        base: e.base,
        disciplineShare: pct(e.disciplineShare),
        disciplinePart: e.disciplinePart,
        performanceShare: pct(e.performanceShare),
        performancePart: e.performancePart,
      },
      lang,
    ),
    t(
      'TPP_EXPLAIN_DISCIPLINE',
      { deduction: pct(e.deductionFraction), cut: e.disciplineCut, paid: e.disciplinePaid },
      lang,
    ),
    performance,
    t('TPP_EXPLAIN_TOTAL', { total: e.total }, lang),
  ];
}
