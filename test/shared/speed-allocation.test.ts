import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { scoreOrganisation } from '../../shared/pipeline';
import type { DatedAttendanceEvent } from '../../shared/pipeline/attendance';
import {
  ascending,
  employeeDiscipline,
  newDisciplineCaches,
} from '../../shared/pipeline/employee-discipline';
import { capaianByLevel, type LevelCapaian } from '../../shared/pipeline/level';
import type { ResultsRecord } from '../../shared/pipeline/results';
import { SharedVerdicts } from '../../shared/pipeline/shared-verdicts';
import { defaultPolicy, type Policy } from '../../shared/policy/schema';
import { ATTENDANCE_CODES } from '../../shared/policy/sections/discipline';
import { PREDIKAT_PEGAWAI } from '../../shared/policy/sections/rating';
import { type BusyVerdictRecord, detectBusyWithoutResults } from '../../shared/recommend/busy';
import {
  type EmployeeRecommendationInput,
  recommendForEmployee,
  restsOnPredikatAndFlags,
} from '../../shared/recommend/employee';
import { EMPLOYEE_FLAGS } from '../../shared/recommend/flags';
import { sampleWorkbook } from '../../shared/sample';
import { roundForCategory } from '../../shared/score/category';

/*
 * The scoring run allocates less (issue 7, point 7): each shortcut a run takes must answer exactly as the
 * rule it spares, and each record a rule refills must read as the one it would have built. JSON byte for
 * byte, so a surface cannot tell which way an answer was reached.
 */

const policies: Policy[] = (() => {
  const national = defaultPolicy();
  // A region that coaches on missing evidence, reprimands "Butuh Perbaikan" and counts a single TK day.
  const strict = defaultPolicy();
  strict.reward.pembinaanFlags = ['kesibukan_semu', 'aktivitas_tanpa_output', 'tanpa_bukti'];
  strict.reward.teguranPredikat = ['kurang', 'butuh_perbaikan'];
  strict.reward.teguranTkDaysMin = 1;
  strict.reward.penghargaanMinCapaian = 0.9;
  return [national, strict];
})();

/** Numbers as a run meets them, and the odd ones a hand-made caller could pass. */
const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0);
const recommendationInput: fc.Arbitrary<EmployeeRecommendationInput> = fc.record(
  {
    predikat: fc.option(fc.constantFrom(...PREDIKAT_PEGAWAI), { nil: null }),
    capaian: fc.option(fc.oneof(fc.double({ min: 0, max: 1.6, noNaN: true }), oddNumber), { nil: null }),
    deductionFraction: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }), oddNumber),
    tkDays: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 14 }),
      fc.double({ min: 0, max: 5 }),
      oddNumber,
    ),
    // In the vocabulary's order (as the scorer raises them), or in any order and repeated.
    flags: fc.oneof(
      fc.subarray([...EMPLOYEE_FLAGS]),
      fc.array(fc.constantFrom(...EMPLOYEE_FLAGS), { maxLength: 4 }),
    ),
    yearTk: fc.option(
      fc.record({
        recommendation: fc.constantFrom('teguran' as const, 'sanksi' as const),
        reasons: fc.constant([{ code: 'REC_TEGURAN_TK', params: { days: 3, threshold: 3 } }] as Issue[]),
      }),
      { nil: null },
    ),
  },
  { requiredKeys: ['predikat', 'capaian', 'deductionFraction', 'tkDays', 'flags'] },
);

describe('SharedVerdicts.recommendationFor', () => {
  it('gives what recommendForEmployee gives, byte for byte, over a run of employees', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.array(recommendationInput, { minLength: 1, maxLength: 60 }),
        (policy, inputs) => {
          const shared = new SharedVerdicts();
          for (const input of inputs) {
            const expected = JSON.stringify(recommendForEmployee(input, policy.reward));
            expect(JSON.stringify(shared.recommendationFor(input, policy.reward))).toBe(expected);
            // Asked again (now from what the run holds): the same words.
            expect(JSON.stringify(shared.recommendationFor(input, policy.reward))).toBe(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers from what it holds only under the policy it was made with', () => {
    const [national, strict] = policies as [Policy, Policy];
    const shared = new SharedVerdicts();
    const input: EmployeeRecommendationInput = {
      predikat: 'butuh_perbaikan',
      capaian: 0.7,
      deductionFraction: 0,
      tkDays: 0,
      flags: [],
    };
    const first = shared.recommendationFor(input, national.reward);
    expect(shared.recommendationFor({ ...input }, national.reward)).toBe(first);
    expect(first.kind).toBe('pembinaan');
    // The strict region reprimands Butuh Perbaikan: the held pembinaan is not its answer.
    expect(shared.recommendationFor(input, strict.reward).kind).toBe('teguran');
  });
});

describe('restsOnPredikatAndFlags', () => {
  it('holds only when the TK days, the deduction, the capaian and the year change nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...policies), recommendationInput, (policy, input) => {
        if (!restsOnPredikatAndFlags(input, policy.reward)) return;
        const plain: EmployeeRecommendationInput = {
          predikat: input.predikat,
          capaian: null,
          deductionFraction: 0,
          tkDays: 0,
          flags: input.flags,
        };
        expect(JSON.stringify(recommendForEmployee(input, policy.reward))).toBe(
          JSON.stringify(recommendForEmployee(plain, policy.reward)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('detectBusyWithoutResults into a refilled record', () => {
  it('answers as the verdict it would build', () => {
    const into: BusyVerdictRecord = { flags: [], reasons: [], expectedMinutes: 0 };
    fc.assert(
      fc.property(
        fc.record({
          minutes: fc.oneof(fc.integer({ min: 0, max: 12_000 }), oddNumber),
          workingDays: fc.option(fc.oneof(fc.integer({ min: 0, max: 23 }), oddNumber), { nil: undefined }),
          capaian: fc.option(fc.double({ min: 0, max: 1.5, noNaN: true }), { nil: null }),
          activityMinutesWithoutOutput: fc.oneof(fc.integer({ min: 0, max: 12_000 }), oddNumber),
        }),
        (input) => {
          const policy = defaultPolicy().busy;
          const got = detectBusyWithoutResults(input, policy, into);
          expect(got).toBe(into);
          expect(JSON.stringify(got)).toBe(JSON.stringify(detectBusyWithoutResults(input, policy)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('capaianByLevel into a refilled record', () => {
  it('answers and reports as it does with a record of its own', () => {
    const policy = defaultPolicy();
    const sheets = { employees: 'Pegawai', indicators: 'Indikator', results: 'Hasil' };
    const who = { nama: 'Rina', nip: '198804122010012004', row: 5 };
    const into: LevelCapaian = { capaian: null, level: null };
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 1.5, noNaN: true }), { nil: null }),
        fc.option(fc.option(fc.double({ min: 0, max: 1.5, noNaN: true }), { nil: null }), { nil: undefined }),
        (fromIndicators, written) => {
          const results =
            written === undefined
              ? undefined
              : ({
                  capaian: written,
                  row: 7,
                  capaianAt: { sheet: 'Hasil', row: 7 },
                } as unknown as ResultsRecord);
          const ownIssues: Issue[] = [];
          const intoIssues: Issue[] = [];
          const own = capaianByLevel(who, fromIndicators, results, sheets, policy, ownIssues);
          const got = capaianByLevel(who, fromIndicators, results, sheets, policy, intoIssues, into);
          expect(got).toBe(into);
          expect({ ...got }).toEqual(own);
          expect(intoIssues).toEqual(ownIssues);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('employeeDiscipline with the run caches', () => {
  // Few codes, days and dates, so that employees meet the same events alike and apart (a day or not).
  const event: fc.Arbitrary<DatedAttendanceEvent> = fc.record(
    {
      code: fc.oneof(
        { weight: 6, arbitrary: fc.constant('TK' as const) },
        { weight: 1, arbitrary: fc.constantFrom(...ATTENDANCE_CODES) },
      ),
      count: fc.constantFrom(1, 1, 2),
      date: fc.constantFrom('2025-09-02', '2025-09-03'),
      day: fc.constantFrom(2, 3),
    },
    { requiredKeys: ['code'] },
  );

  it('gives each employee what a run of their own gives, one dated TK day found among the held ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(event, { maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        (employees) => {
          const policy = defaultPolicy();
          const caches = newDisciplineCaches();
          for (const events of employees) {
            const issues: Issue[] = [];
            const ownIssues: Issue[] = [];
            const got = employeeDiscipline(events, caches, policy, issues, 'Absensi');
            const own = employeeDiscipline(events, newDisciplineCaches(), policy, ownIssues, 'Absensi');
            expect(JSON.stringify(got)).toBe(JSON.stringify(own));
            expect(issues).toEqual(ownIssues);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('shows one held discipline for every employee with the same events on the same day', () => {
    const policy = defaultPolicy();
    const caches = newDisciplineCaches();
    const on = (date: string): DatedAttendanceEvent[] => [{ code: 'TK', count: 1, date }];
    const a = employeeDiscipline(on('2025-09-02'), caches, policy, [], 'Absensi');
    expect(employeeDiscipline(on('2025-09-02'), caches, policy, [], 'Absensi')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.tkDates).toEqual(['2025-09-02']);
    expect(employeeDiscipline(on('2025-09-03'), caches, policy, [], 'Absensi').tkDates).toEqual([
      '2025-09-03',
    ]);
  });

  it("keeps an employee's own dates and days where they are not one held date", () => {
    const policy = defaultPolicy();
    const caches = newDisciplineCaches();
    const tk = (date: string, day?: number): DatedAttendanceEvent =>
      day === undefined ? { code: 'TK', count: 1, date } : { code: 'TK', count: 1, date, day };
    // Held: two TK rows on one day, and one TK row on the 2nd.
    employeeDiscipline([tk('2025-09-02'), tk('2025-09-02')], caches, policy, [], 'Absensi');
    employeeDiscipline([tk('2025-09-02')], caches, policy, [], 'Absensi');
    const twoDays = employeeDiscipline([tk('2025-09-02'), tk('2025-09-03')], caches, policy, [], 'Absensi');
    expect(twoDays.tkDates).toEqual(['2025-09-02', '2025-09-03']);
    const withDay = employeeDiscipline([tk('2025-09-02', 2)], caches, policy, [], 'Absensi');
    expect(withDay.tkDates).toEqual(['2025-09-02']);
    expect(withDay.tkDaysOfMonth).toEqual([2]);
  });
});

describe('ascending', () => {
  it('orders distinct ISO dates as sort() does and days as sort((a, b) => a - b) does', () => {
    const iso = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(iso, { maxLength: 12 }), (dates) => {
        expect(ascending([...dates])).toEqual([...dates].sort());
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 31 }), (days) => {
        expect(ascending([...days])).toEqual([...days].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('roundForCategory', () => {
  it('rounds to four decimals exactly as written before (every double, -0 and the huge ones kept)', () => {
    const before = (value: number): number => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
      const scaled = value * 10000;
      return Number.isFinite(scaled) ? Math.round(scaled) / 10000 : value;
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.double({ min: -2, max: 2 }), fc.constantFrom(1e305, -1e305, -0)),
        (v) => {
          expect(Object.is(roundForCategory(v), before(v))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('indicator records kept by the run', () => {
  it('are read from a result frozen before anyone read them, the same list each time', () => {
    const policy = defaultPolicy();
    const fresh = scoreOrganisation(sampleWorkbook(), policy);
    const read = scoreOrganisation(sampleWorkbook(), policy);
    const index = fresh.employees.findIndex((e) => e.level === 'indikator');
    const e = fresh.employees[index];
    if (!e) throw new Error('the sample scores employees from their indicators');
    Object.freeze(e);
    const records = e.indicators;
    expect(e.indicators).toBe(records);
    expect(e.rhk).toBe(e.rhk);
    expect(JSON.stringify(e)).toBe(JSON.stringify(read.employees[index]));
  });
});
