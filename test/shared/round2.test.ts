import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round2 } from '../../shared/org/names';

/** round2 as it was first written: every value through twelve significant digits (the oracle). */
const byDigits = (value: number): number =>
  Number.isFinite(value) && Math.abs(value) < 1e15
    ? Math.round(Number((value * 100).toPrecision(12))) / 100
    : value;

describe('round2', () => {
  it('publishes two decimals, float noise removed (90 stays 90, 67.125 rounds up)', () => {
    expect(round2(89.99999999999999)).toBe(90);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(67.125)).toBe(67.13);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-2.345)).toBe(-2.34);
    expect(round2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(round2(2e15)).toBe(2e15);
  });

  it('rounds every value as twelve significant digits would, including halves and their float noise', () => {
    const anyDouble = fc.double({ noNaN: true });
    const scores = fc.double({ min: -1000, max: 1000, noNaN: true });
    // Values a hair from a half cent, where twelve digits decide the rounding.
    const nearHalves = fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -2000, max: 2000 }))
      .map(([cents, hair]) => (cents + 0.5) / 100 + hair * 1e-15 * Math.max(1, Math.abs(cents)));
    const sums = fc
      .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.reduce((s, p) => s + p / 1000, 0));
    fc.assert(
      fc.property(fc.oneof(anyDouble, scores, nearHalves, sums), (value) => {
        expect(Object.is(round2(value), byDigits(value))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
