import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardSheet } from '../../apps-script/src/features/dashboard/dashboard';
import { runCompute } from '../../apps-script/src/features/results/compute';
import { employeesSheet } from '../../apps-script/src/features/results/employees-sheet';
import { unitsSheet } from '../../apps-script/src/features/results/units-sheet';
import { recapLines, rewardSheet } from '../../apps-script/src/features/reward/reward';
import { MemorySpreadsheet } from '../../apps-script/src/port/memory';
import { workbookGrids } from '../../scripts/sample-sheets';
import type { Issue } from '../../shared/core/issue';
import { buildResultsPackage, type OrganisationResult, scoreOrganisation } from '../../shared/pipeline';
import { ScratchList, SharedVerdicts } from '../../shared/pipeline/shared-verdicts';
import { defaultPolicy, type Policy } from '../../shared/policy/schema';
import { PREDIKAT_PEGAWAI } from '../../shared/policy/sections/rating';
import { type EmployeeRecommendationInput, recommendForEmployee } from '../../shared/recommend/employee';
import { EMPLOYEE_FLAGS, type EmployeeFlag } from '../../shared/recommend/flags';
import { generateProvince, sampleWorkbook } from '../../shared/sample';

/*
 * What many employees show alike is held once per run (shared/pipeline/shared-verdicts.ts): the shared
 * flags, reasons and recommendations must read exactly as the rule's own (JSON byte for byte), and, being
 * frozen, must never be written into by a surface: the add-on's result writers run over results here
 * (test files are modules, so strict mode: a write into a frozen object throws).
 */

const policies: Policy[] = (() => {
  const national = defaultPolicy();
  // A region that also coaches on missing evidence and reprimands "Butuh Perbaikan".
  const strict = defaultPolicy();
  strict.reward.pembinaanFlags = ['kesibukan_semu', 'aktivitas_tanpa_output', 'tanpa_bukti'];
  strict.reward.teguranPredikat = ['kurang', 'butuh_perbaikan'];
  return [national, strict];
})();

const flagsInOrder = fc.subarray([...EMPLOYEE_FLAGS]);
const recommendationInput: fc.Arbitrary<EmployeeRecommendationInput> = fc.record({
  predikat: fc.option(fc.constantFrom(...PREDIKAT_PEGAWAI), { nil: null }),
  capaian: fc.option(fc.double({ min: 0, max: 1.6, noNaN: true }), { nil: null }),
  deductionFraction: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
  tkDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 14 })),
  flags: flagsInOrder,
});

describe('SharedVerdicts.recommendation', () => {
  it('gives what recommendForEmployee gives, byte for byte, and one frozen object per distinct recommendation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.array(recommendationInput, { minLength: 1, maxLength: 80 }),
        (policy, inputs) => {
          const shared = new SharedVerdicts();
          const held = new Map<string, object>();
          for (const input of inputs) {
            const expected = JSON.stringify(recommendForEmployee(input, policy.reward));
            const got = shared.recommendation(recommendForEmployee(input, policy.reward));
            expect(JSON.stringify(got)).toBe(expected);
            if (!Object.isFrozen(got)) continue;
            expect(Object.isFrozen(got.reasons)).toBe(true);
            for (const reason of got.reasons) expect(Object.isFrozen(reason)).toBe(true);
            // The same words are the same object: nothing is copied per employee.
            const first = held.get(expected);
            if (first === undefined) held.set(expected, got);
            else expect(got).toBe(first);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('shares the predikat reasons and leaves the numbers (TK days, capaian) to each employee', () => {
    const shared = new SharedVerdicts();
    const reward = defaultPolicy().reward;
    const kurang = (tkDays: number) =>
      shared.recommendation(
        recommendForEmployee(
          { predikat: 'kurang', capaian: 0.6, deductionFraction: 0, tkDays, flags: [] },
          reward,
        ),
      );
    expect(kurang(0)).toBe(kurang(0));
    expect(Object.isFrozen(kurang(0))).toBe(true);
    const withTk = kurang(4);
    expect(Object.isFrozen(withTk)).toBe(false);
    expect(withTk.reasons.map((r) => r.code)).toEqual(['REC_TEGURAN_TK', 'REC_TEGURAN_PREDIKAT']);
    // The predikat reason inside it is the shared one.
    expect(withTk.reasons[1]).toBe(kurang(0).reasons[0]);
  });
});

describe('SharedVerdicts.reason', () => {
  const base: Issue = { code: 'REC_NONE', params: { predikat: 'Baik' } };

  it('shares only a reason with the same fields, severity and param name', () => {
    const shared = new SharedVerdicts();
    expect(shared.reason(base)).toBe(base);
    expect(shared.reason({ code: 'REC_NONE', params: { predikat: 'Baik' } })).toBe(base);
    const warned: Issue = { code: 'REC_NONE', params: { predikat: 'Baik' }, severity: 'warning' };
    expect(shared.reason(warned)).toBe(warned);
    const otherName: Issue = { code: 'REC_NONE', params: { flag: 'Baik' } };
    expect(shared.reason(otherName)).toBe(otherName);
    const placedReason: Issue = { code: 'REC_NONE', params: { predikat: 'Baik' }, at: { sheet: 'Pegawai' } };
    expect(shared.reason(placedReason)).toBe(placedReason);
    // Numbers are never shared: they differ from employee to employee.
    const numbers: Issue = { code: 'REC_TEGURAN_TK', params: { days: 4, threshold: 3 } };
    expect(shared.reason(numbers)).toBe(numbers);
    expect(Object.isFrozen(numbers)).toBe(false);
  });
});

describe('SharedVerdicts.flags and ScratchList', () => {
  it('gives the flags as gathered, one frozen list per combination raised in the vocabulary order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(flagsInOrder, fc.array(fc.constantFrom(...EMPLOYEE_FLAGS), { maxLength: 7 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (lists) => {
          const shared = new SharedVerdicts();
          const scratch = new ScratchList<EmployeeFlag>();
          const held = new Map<string, readonly EmployeeFlag[]>();
          for (const list of lists) {
            scratch.reset();
            for (const flag of list) scratch.push(flag);
            const got = shared.flags(scratch);
            expect(got).toEqual(list);
            expect(got.length).toBe(list.length);
            if (!Object.isFrozen(got)) continue;
            const key = list.join();
            const first = held.get(key);
            if (first === undefined) held.set(key, got);
            else expect(got).toBe(first);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('copies out exactly the items of the current employee', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer(), { maxLength: 12 }), { maxLength: 10 }), (lists) => {
        const scratch = new ScratchList<number>();
        const empty: number[] = [];
        for (const list of lists) {
          scratch.reset();
          for (const n of list) scratch.push(n);
          const out = scratch.exact(empty);
          expect(out).toEqual(list);
          if (list.length === 0) expect(out).toBe(empty);
          for (const n of list) expect(scratch.includes(n)).toBe(true);
        }
      }),
    );
  });
});

/** Every frozen object reachable from a result, counted by kind of part. */
function frozenParts(result: OrganisationResult): { recommendations: Set<object>; flagLists: Set<object> } {
  const recommendations = new Set<object>();
  const flagLists = new Set<object>();
  for (const e of result.employees) {
    if (Object.isFrozen(e.recommendation)) recommendations.add(e.recommendation);
    if (Object.isFrozen(e.flags)) flagLists.add(e.flags);
  }
  return { recommendations, flagLists };
}

describe('a scored province holds what employees share once', () => {
  const policy = defaultPolicy();
  const result = scoreOrganisation(generateProvince(600, 5, 41), policy);

  it('shares recommendations, flag lists and empty lists among employees, frozen', () => {
    const { recommendations, flagLists } = frozenParts(result);
    const sharedRecommendations = result.employees.filter((e) => Object.isFrozen(e.recommendation)).length;
    expect(sharedRecommendations).toBeGreaterThan(result.employees.length / 2);
    expect(recommendations.size).toBeLessThan(40);
    expect(flagLists.size).toBeLessThanOrEqual(2 ** EMPLOYEE_FLAGS.length);
    const withoutReasons = result.employees.filter((e) => e.flagReasons.length === 0);
    expect(withoutReasons.length).toBeGreaterThan(0);
    expect(new Set(withoutReasons.map((e) => e.flagReasons)).size).toBe(1);
    // A write into a shared part fails loudly instead of changing every employee's.
    const shared = [...recommendations][0] as OrganisationResult['employees'][number]['recommendation'];
    expect(() => shared.reasons.push({ code: 'REC_NONE' })).toThrow(TypeError);
  });

  it('reads back the same from its JSON (what the extension stores and the package carries)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });

  it("runs the add-on's result writers over it without writing into a shared part", () => {
    expect(() => employeesSheet(result, policy)).not.toThrow();
    expect(() => unitsSheet(result)).not.toThrow();
    expect(() => rewardSheet(result)).not.toThrow();
    expect(() => recapLines(result)).not.toThrow();
    expect(() => dashboardSheet(result, policy)).not.toThrow();
    const packages = buildResultsPackage(result, policy, { generatedAt: '2025-12-31T00:00:00Z' });
    expect(packages.length).toBe(result.supervisors.length);
  });

  it('computes the sample OPD through the add-on (every result sheet written) without a write into a shared part', () => {
    const book = new MemorySpreadsheet(
      workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, values: g.rows })),
    );
    const outcome = runCompute({ book, progress: () => undefined });
    expect(outcome.ok).toBe(true);
  });
});
