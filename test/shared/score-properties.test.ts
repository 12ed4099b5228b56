import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Polarity, Target } from '../../shared/parse/types';
import { defaultPolicy, PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI } from '../../shared/policy/schema';
import { categorize, checkDistribution, computeCapaian, nilaiCapaianIki } from '../../shared/score';

const policy = defaultPolicy();
const amount = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positiveAmount = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
const polarity = fc.constantFrom<Polarity>('positif', 'negatif');

const singleTarget: fc.Arbitrary<Target> = positiveAmount.map((value) => ({
  kind: 'single',
  value,
  percent: false,
}));
const rangeTarget: fc.Arbitrary<Target> = fc
  .tuple(positiveAmount, amount)
  .map(([low, width]) => ({ kind: 'range', low, high: low + width, percent: true }));
const target = fc.oneof(singleTarget, rangeTarget);

function capaianOf(t: Target, realisasi: number, p: Polarity): number {
  const r = computeCapaian(t, realisasi, p, policy.capaian);
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
}

describe('capaian properties', () => {
  it('is non-decreasing in realisasi for positive polarity and non-increasing for negative', () => {
    fc.assert(
      fc.property(target, amount, amount, polarity, (t, a, b, p) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cLo = capaianOf(t, lo, p);
        const cHi = capaianOf(t, hi, p);
        if (p === 'positif') expect(cHi).toBeGreaterThanOrEqual(cLo);
        else expect(cHi).toBeLessThanOrEqual(cLo);
      }),
    );
  });

  it('is always a finite number or a clear failure for finite inputs, including target 0', () => {
    const anyTarget = fc.oneof(
      target,
      amount.map((value): Target => ({ kind: 'single', value, percent: false })),
      fc.tuple(amount, amount).map(([low, high]): Target => ({ kind: 'range', low, high, percent: false })),
    );
    const anyNumber = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(anyTarget, anyNumber, polarity, (t, realisasi, p) => {
        const r = computeCapaian(t, realisasi, p, policy.capaian);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.issue.code).toMatch(/^CAPAIAN_/);
      }),
    );
  });

  it('nilai capaian IKI is finite and non-decreasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(Number.isFinite(nilaiCapaianIki(lo))).toBe(true);
          expect(nilaiCapaianIki(hi)).toBeGreaterThanOrEqual(nilaiCapaianIki(lo));
        },
      ),
    );
  });
});

describe('category properties', () => {
  const order = policy.capaian.categories.map((c) => c.id).reverse();
  it('never puts a higher capaian in a lower category', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const rank = (c: number) => order.indexOf(categorize(c, policy.capaian).id);
          expect(rank(hi)).toBeGreaterThanOrEqual(rank(lo));
        },
      ),
    );
  });
});

describe('distribution properties', () => {
  const predikatList = fc.array(fc.constantFrom(...PREDIKAT_PEGAWAI), { minLength: 0, maxLength: 40 });
  it('offBy is never negative, and the unit is ok exactly when every rule is off by 0', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PREDIKAT_ORGANISASI), predikatList, (org, list) => {
        const check = checkDistribution(org, list, policy.distribution);
        for (const rule of check.rules) {
          expect(rule.offBy).toBeGreaterThanOrEqual(0);
          expect(rule.satisfied).toBe(rule.offBy === 0);
          expect(rule.issue === undefined).toBe(rule.satisfied);
          expect(Number.isInteger(rule.limit)).toBe(true);
        }
        expect(check.ok).toBe(check.rules.every((r) => r.offBy === 0));
        expect(Object.values(check.counts).reduce((s, n) => s + n, 0)).toBe(list.length);
      }),
    );
  });
});
