import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateEmployeeRhk, type EmployeeAggregate, type RhkGroup } from '../../shared/score/aggregate';

/*
 * The pipeline reads an employee's capaian into one record refilled for every employee
 * (aggregateEmployeeRhk's `into`): its figures are those aggregateEmployeeRhk returns without it, whatever
 * the employees before.
 */
const emptyRecord = (): EmployeeAggregate => ({
  capaian: null,
  counted: 0,
  skipped: 0,
  warnings: [],
  utama: null,
  tambahan: null,
});

/** An employee's RHK as groupByRhk gives them: utama and tambahan, Bobot or none, capaian or none. */
const rhk = fc.record({
  jenis: fc.constantFrom<RhkGroup['jenis']>('utama', 'tambahan'),
  capaian: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 2, noNaN: true }), fc.constant(1e308)),
  weight: fc.oneof(fc.constant(null), fc.integer({ min: -10, max: 60 }), fc.constant(0), fc.constant(1e308)),
});
const policy = fc.record({
  aggregationCap: fc.constantFrom(1.2, 1, null),
  useWeights: fc.boolean(),
  includeTambahan: fc.boolean(),
});

const figures = (a: ReturnType<typeof aggregateEmployeeRhk>) => ({
  capaian: a.capaian,
  counted: a.counted,
  skipped: a.skipped,
  warnings: a.warnings,
  utama: a.utama,
  tambahan: a.tambahan,
});

describe('aggregateEmployeeRhk into a reused record', () => {
  it('holds what aggregateEmployeeRhk returns, employee after employee', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(rhk, { maxLength: 6 }), policy), { maxLength: 8 }),
        (employees) => {
          const into = emptyRecord();
          for (const [rhks, p] of employees) {
            expect(aggregateEmployeeRhk(rhks, p, into)).toBe(into);
            expect(figures(into)).toEqual(figures(aggregateEmployeeRhk(rhks, p)));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports a partial Bobot once and forgets it for the next employee', () => {
    const means = emptyRecord();
    const p = { aggregationCap: 1.2, useWeights: true, includeTambahan: false };
    aggregateEmployeeRhk(
      [
        { jenis: 'utama', capaian: 0.9, weight: 60 },
        { jenis: 'utama', capaian: 1.1, weight: null },
      ],
      p,
      means,
    );
    expect(means.warnings.map((w) => w.code)).toEqual(['AGGREGATE_WEIGHT_PARTIAL']);
    expect(means.capaian).toBeCloseTo(1, 10);
    aggregateEmployeeRhk([{ jenis: 'tambahan', capaian: 1, weight: null }], p, means);
    expect(means.warnings).toEqual([]);
    expect([means.capaian, means.tambahan, means.counted]).toEqual([null, 1, 0]);
  });
});
