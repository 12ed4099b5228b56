import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as discipline from '../../shared/discipline';
import { formatIssue } from '../../shared/messages/format';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import { ATTENDANCE_CODES, PREDIKAT_PEGAWAI } from '../../shared/policy/schema';
import { as, expectClean, junk, junkRows, policies, sometimes } from './junk';

/*
 * Every exported function of shared/discipline called with junk in place of user input: it must not
 * throw, and nothing it returns may hold NaN, Infinity or "undefined".
 */

const run = (property: fc.IProperty<unknown[]>) => fc.assert(property, { numRuns: 300 });

describe('shared/discipline never throws on junk and never shows NaN', () => {
  it('disciplineDeduction, classifyLateness', () => {
    const events = junkRows({
      code: sometimes(fc.constantFrom(...ATTENDANCE_CODES, 'tl2', ' psw1 ', 'IZIN')),
      count: sometimes(fc.integer({ min: -3, max: 40 })),
      row: sometimes(fc.nat(500)),
    });
    run(
      fc.property(
        events,
        sometimes(fc.double({ min: -100, max: 600, noNaN: true })),
        sometimes(fc.constantFrom('TL', 'PSW')),
        policies,
        (e, minutes, kind, policy) => {
          expectClean(discipline.disciplineDeduction(as(e), policy.discipline), e);
          expectClean(
            discipline.classifyLateness(as(minutes), as(kind), policy.discipline.table),
            minutes,
            kind,
          );
        },
      ),
    );
  });

  it('estimateTpp, tppExplanation', () => {
    const input = fc.oneof(
      fc.record(
        {
          base: sometimes(fc.integer({ min: 0, max: 20_000_000 })),
          deductionFraction: sometimes(fc.double({ min: 0, max: 1, noNaN: true })),
          predikat: sometimes(fc.constantFrom(...PREDIKAT_PEGAWAI, null)),
        },
        { requiredKeys: [] },
      ),
      junk,
    );
    run(
      fc.property(input, fc.constantFrom('id', 'en', 'jv', undefined), policies, (i, lang, policy) => {
        const estimate = discipline.estimateTpp(as(i), policy.discipline);
        expectClean(estimate, i);
        if (estimate.ok) expectClean(discipline.tppExplanation(estimate.value, as(lang)), i);
      }),
    );
  });

  it('tppExplanation of a damaged estimate', () => {
    const estimate = fc.oneof(
      fc.record({
        base: sometimes(fc.nat()),
        disciplineShare: sometimes(fc.double({ min: 0, max: 1, noNaN: true })),
        performanceShare: sometimes(fc.double({ min: 0, max: 1, noNaN: true })),
        disciplinePart: sometimes(fc.nat()),
        deductionFraction: junk,
        disciplineCut: junk,
        disciplinePaid: sometimes(fc.nat()),
        performancePart: sometimes(fc.nat()),
        predikat: sometimes(fc.constantFrom(...PREDIKAT_PEGAWAI, null)),
        performanceFactor: junk,
        performancePaid: sometimes(fc.nat()),
        total: sometimes(fc.nat()),
      }),
      junk,
    );
    run(fc.property(estimate, (e) => expectClean(discipline.tppExplanation(as(e)), e)));
  });
});

it('covers every exported function of shared/discipline', () => {
  const tested = ['disciplineDeduction', 'classifyLateness', 'estimateTpp', 'tppExplanation'];
  const exported = Object.entries(discipline)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);
  expect(exported.sort()).toEqual(tested.sort());
});

it('classifies only TL and PSW: another kind is no event rather than an invented code', () => {
  const table = { lateBandsMinutes: [30, 60, 90] as [number, number, number] };
  expect(discipline.classifyLateness(45, 'TL', table)).toBe('TL2');
  expect(discipline.classifyLateness(45, as('IZIN'), table)).toBeNull();
});

it('refuses a predikat that is not one of the five instead of paying NaN rupiah', () => {
  const policy = POLICY_PRESETS.nasional().discipline;
  const r = discipline.estimateTpp(
    { base: 5_000_000, deductionFraction: 0, predikat: as('Baik sekali') },
    policy,
  );
  expect(r.ok).toBe(false);
  if (!r.ok) expect(formatIssue(r.issue)).toContain('Predikat "Baik sekali" tidak dikenal');
});
