import { fail, type Issue, ok, type Result } from '../core/issue';
import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { DisciplinePolicy } from '../policy/sections/discipline';
import type { PredikatPegawai } from '../policy/sections/rating';

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
 * discipline/performance split, 40/60 by default so that results dominate, DOMAIN.md).
 * Rounding: the discipline part and each cut or payment are rounded to whole rupiah; the performance
 * part is base minus the discipline part, so the two parts always add up to the base exactly.
 */
export function estimateTpp(input: TppInput, policy: DisciplinePolicy): Result<TppEstimate> {
  const { base, deductionFraction, predikat } = input;
  if (typeof base !== 'number' || !Number.isFinite(base) || base < 0)
    return fail('TPP_BASE_INVALID', { base: String(base) });
  if (
    typeof deductionFraction !== 'number' ||
    !Number.isFinite(deductionFraction) ||
    deductionFraction < 0 ||
    deductionFraction > 1
  )
    return fail('TPP_DEDUCTION_INVALID', { value: String(deductionFraction) });

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
const pct = (fraction: number) => Math.round(fraction * 1e6) / 1e4;

/** The estimate as plain sentences (Indonesian by default), one per step, for a sidebar or tooltip. */
export function tppExplanation(estimate: TppEstimate, lang: Lang = 'id'): string[] {
  const e = estimate;
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
