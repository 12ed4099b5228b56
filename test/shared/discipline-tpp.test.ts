import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/core/issue';
import { disciplineDeduction, estimateTpp, type TppEstimate, tppExplanation } from '../../shared/discipline';
import { formatIssue } from '../../shared/messages/format';
import { validatePolicy } from '../../shared/policy/io';
import { defaultPolicy } from '../../shared/policy/schema';

const policy = defaultPolicy().discipline;
const BASE = 5_000_000;

const value = (r: Result<TppEstimate>): TppEstimate => {
  if (!r.ok) throw new Error(formatIssue(r.issue));
  return r.value;
};

describe('estimateTpp with the default 40/60 split', () => {
  it('pays Rp 5.000.000 in full for a Baik employee with no deductions', () => {
    expect(value(estimateTpp({ base: BASE, deductionFraction: 0, predikat: 'baik' }, policy))).toEqual({
      base: 5_000_000,
      disciplineShare: 0.4,
      performanceShare: 0.6,
      disciplinePart: 2_000_000,
      deductionFraction: 0,
      disciplineCut: 0,
      disciplinePaid: 2_000_000,
      performancePart: 3_000_000,
      predikat: 'baik',
      performanceFactor: 1,
      performancePaid: 3_000_000,
      total: 5_000_000,
    });
  });

  it('cuts 6,5% of the discipline part and pays 80% of the performance part for Butuh Perbaikan', () => {
    const e = value(
      estimateTpp({ base: BASE, deductionFraction: 0.065, predikat: 'butuh_perbaikan' }, policy),
    );
    // 2.000.000 x 6,5% = 130.000; 3.000.000 x 80% = 2.400.000
    expect([e.disciplineCut, e.disciplinePaid, e.performancePaid, e.total]).toEqual([
      130_000, 1_870_000, 2_400_000, 4_270_000,
    ]);
    expect(tppExplanation(e)).toEqual([
      'TPP dasar Rp 5.000.000 dibagi: bagian disiplin 40% (Rp 2.000.000) dan bagian kinerja 60% (Rp 3.000.000).',
      'Potongan disiplin 6,5% dari bagian disiplin = Rp 130.000; bagian disiplin dibayar Rp 1.870.000.',
      'Predikat Butuh Perbaikan: bagian kinerja dibayar 80% = Rp 2.400.000.',
      'Perkiraan TPP diterima: Rp 4.270.000 (dibulatkan ke rupiah terdekat, sebelum pajak).',
    ]);
    expect(tppExplanation(e, 'en')[3]).toBe(
      'Estimated TPP received: Rp 4,270,000 (rounded to the nearest rupiah, before tax).',
    );
  });

  it('rewards results over attendance: perfect attendance with Sangat Kurang earns less than late arrivals with Baik', () => {
    const punctual = value(
      estimateTpp({ base: BASE, deductionFraction: 0, predikat: 'sangat_kurang' }, policy),
    );
    const late = disciplineDeduction(
      [{ code: 'TL1', count: 4 }, { code: 'TL2', count: 2 }, { code: 'PSW1' }],
      policy,
    );
    expect(late.ok && late.value.fraction).toBe(0.045);
    const productive = value(
      estimateTpp(
        { base: BASE, deductionFraction: late.ok ? late.value.fraction : 1, predikat: 'baik' },
        policy,
      ),
    );
    // 2.000.000 + 3.000.000 x 40% = 3.200.000 against 1.910.000 + 3.000.000 = 4.910.000
    expect(punctual.total).toBe(3_200_000);
    expect(productive.total).toBe(4_910_000);
    expect(productive.total).toBeGreaterThan(punctual.total);
  });

  it('pays no performance part while the predikat is missing, and says why', () => {
    const r = estimateTpp({ base: BASE, deductionFraction: 0, predikat: null }, policy);
    expect(value(r)).toMatchObject({ performanceFactor: 0, performancePaid: 0, total: 2_000_000 });
    const warning = r.ok ? r.warnings?.[0] : undefined;
    expect(warning && formatIssue(warning)).toBe(
      'Predikat kinerja belum ada, jadi bagian kinerja dibayar 0% sesuai kebijakan. Selesaikan penilaian SKP lebih dulu.',
    );
    expect(tppExplanation(value(r))[2]).toBe('Predikat belum ada: bagian kinerja dibayar 0% = Rp 0.');
    const lenient = { ...policy, tpp: { ...policy.tpp, noPredikatFactor: 0.5 } };
    expect(value(estimateTpp({ base: BASE, deductionFraction: 0, predikat: null }, lenient)).total).toBe(
      3_500_000,
    );
  });

  it('rounds to whole rupiah and keeps the two parts adding up to the base', () => {
    // 4.333.333 x 40% = 1.733.333,2 -> 1.733.333; performance 2.600.000; 1.733.333 x 1,5% = 25.999,995 -> 26.000
    const e = value(estimateTpp({ base: 4_333_333, deductionFraction: 0.015, predikat: 'kurang' }, policy));
    expect([e.disciplinePart, e.performancePart, e.disciplineCut, e.disciplinePaid]).toEqual([
      1_733_333, 2_600_000, 26_000, 1_707_333,
    ]);
    expect(e.disciplinePart + e.performancePart).toBe(e.base);
    expect(e.performancePaid).toBe(1_560_000);
    expect(Number.isInteger(e.total)).toBe(true);
  });

  it('uses the 60/40 split some regions choose', () => {
    const sixty = { ...policy, tpp: { ...policy.tpp, disciplineShare: 0.6, performanceShare: 0.4 } };
    const e = value(estimateTpp({ base: BASE, deductionFraction: 0.1, predikat: 'sangat_baik' }, sixty));
    expect([e.disciplinePart, e.disciplinePaid, e.performancePaid, e.total]).toEqual([
      3_000_000, 2_700_000, 2_000_000, 4_700_000,
    ]);
  });

  it('refuses a negative base or a deduction outside 0..1 with a message saying what to write', () => {
    const base = estimateTpp({ base: -1, deductionFraction: 0, predikat: 'baik' }, policy);
    expect(!base.ok && formatIssue(base.issue)).toContain('Tulis jumlah rupiah 0 atau lebih');
    const nan = estimateTpp({ base: Number.NaN, deductionFraction: 0, predikat: 'baik' }, policy);
    expect(!nan.ok && nan.issue.code).toBe('TPP_BASE_INVALID');
    const over = estimateTpp({ base: BASE, deductionFraction: 6.5, predikat: 'baik' }, policy);
    expect(!over.ok && formatIssue(over.issue)).toContain('Harus 0 sampai 1');
  });
});

describe('estimateTpp: properties', () => {
  const predikat = fc.constantFrom('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang', null);

  it('pays whole rupiah, never more than the base, and less when the deduction grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        predikat,
        (base, d1, d2, p) => {
          const [low, high] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const a = value(estimateTpp({ base, deductionFraction: low, predikat: p }, policy));
          const b = value(estimateTpp({ base, deductionFraction: high, predikat: p }, policy));
          for (const e of [a, b]) {
            expect(Number.isInteger(e.total)).toBe(true);
            expect(e.total).toBeGreaterThanOrEqual(0);
            expect(e.total).toBeLessThanOrEqual(base);
            expect(e.disciplinePart + e.performancePart).toBe(base);
          }
          expect(b.total).toBeLessThanOrEqual(a.total);
        },
      ),
    );
  });
});

describe('the TPP split in the policy', () => {
  it('refuses a policy where attendance is the whole TPP (DOMAIN: attendance is never the whole score)', () => {
    const r = validatePolicy({ discipline: { tpp: { disciplineShare: 1, performanceShare: 0 } } });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : formatIssue(r.issue)).toContain('kehadiran tidak boleh menjadi seluruh TPP');
    expect(validatePolicy({ discipline: { tpp: { disciplineShare: 0.6, performanceShare: 0.4 } } }).ok).toBe(
      true,
    );
  });
});
