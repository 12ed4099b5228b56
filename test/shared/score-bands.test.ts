import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round2 } from '../../shared/org/names';
import { sakipGrade } from '../../shared/org/sakip';
import { defaultPolicy } from '../../shared/policy/schema';
import type { Pp46Band } from '../../shared/policy/sections/legacy46';
import { type Band, bandOf, roundForCategory } from '../../shared/score/category';
import { pp46Category } from '../../shared/score/legacy46';

/*
 * A value's band is read in one pass over the policy's bands, in their own order, with nothing kept
 * between calls (no memo keyed on the policy: issue 7, no mutable module state in a rule). It must be the
 * band the sorted reading gave: bands sorted from the top (stable), the first whose bound the value meets.
 */

function sortedBandOf(value: number, bands: readonly Band[]): Band {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const last = sorted.length - 1;
  if (!Number.isFinite(value)) return sorted[last] as Band;
  const rounded = roundForCategory(value);
  for (let i = 0; i < last; i++) if (rounded >= (sorted[i] as Band).min) return sorted[i] as Band;
  return sorted[last] as Band;
}

function sortedPp46(nilai: number, bands: readonly Pp46Band[]): { id: string; label: string } {
  const sorted = [...bands].sort((a, b) => b.above - a.above);
  const lowest = sorted[sorted.length - 1] as Pp46Band;
  if (!Number.isFinite(nilai)) return { id: lowest.id, label: lowest.label };
  const rounded = Math.round(nilai * 10000) / 10000;
  const band = sorted.find((b) => rounded > b.above) ?? lowest;
  return { id: band.id, label: band.label };
}

// Bounds from a few values, so that equal bounds (a typo in a policy) and any order occur.
const bound = fc.constantFrom(0, 0.5, 0.6, 0.75, 0.9, 1, 1.0001, 50, 60, 75, 90);
const bandsArb = fc
  .array(bound, { minLength: 1, maxLength: 7 })
  .map((mins) => mins.map((min, i) => ({ id: `b${i}`, label: `Pita ${i + 1}`, min })));
const valueArb = fc.oneof(
  bound,
  bound.chain((b) => fc.constantFrom(b - 0.00004, b + 0.00004, b - 0.00006, b + 0.00006, b - 1e-9)),
  fc.double({ min: -1, max: 100, noNaN: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
);

describe('bands read in one pass', () => {
  it('bandOf gives the band the sorted reading gave, the very object', () => {
    fc.assert(
      fc.property(bandsArb, valueArb, (bands, value) => {
        expect(bandOf(value, bands)).toBe(sortedBandOf(value, bands));
      }),
      { numRuns: 20_000 },
    );
  });

  it('pp46Category gives the category the sorted reading gave', () => {
    fc.assert(
      fc.property(bandsArb, valueArb, (bands, value) => {
        const pp46 = bands.map((b) => ({ id: b.id, label: b.label, above: b.min }));
        expect(pp46Category(value, { categories: pp46 })).toEqual(sortedPp46(value, pp46));
      }),
      { numRuns: 20_000 },
    );
  });

  it('sakipGrade gives the grade the sorted reading gave', () => {
    const policy = defaultPolicy().sakip;
    fc.assert(
      fc.property(
        bandsArb,
        fc.oneof(valueArb, fc.double({ min: 0, max: 100, noNaN: true })),
        (bands, value) => {
          const grades = bands.map((b) => ({ grade: b.id, label: b.label, above: b.min }));
          const graded = sakipGrade(value, { ...policy, grades });
          if (!(Number.isFinite(value) && value >= 0 && value <= 100)) {
            expect(graded.ok).toBe(false);
            return;
          }
          const sorted = [...grades].sort((a, b) => b.above - a.above);
          const rounded = round2(value);
          const found = sorted.find((g) => rounded > g.above) ?? sorted[sorted.length - 1];
          expect(graded).toMatchObject({ ok: true, value: { grade: found?.grade, label: found?.label } });
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('follows a policy whose bands are edited in place between calls', () => {
    const bands: Band[] = [
      { id: 'sangat_tinggi', label: 'Sangat Tinggi', min: 0.91 },
      { id: 'tinggi', label: 'Tinggi', min: 0.76 },
      { id: 'rendah', label: 'Rendah', min: 0 },
    ];
    expect(bandOf(0.8, bands).id).toBe('tinggi');
    (bands[1] as Band).min = 0.85;
    expect(bandOf(0.8, bands).id).toBe('rendah');
  });
});
