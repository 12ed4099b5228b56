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

  it('codeVocabulary, lookupCode', () => {
    // Codes an admin may add to the region's table, written as the admin writes them.
    const added = fc.dictionary(
      fc.constantFrom('tl 1', 'T K', 'Alpa', 'Tanpa Keterangan', 'TMK-1', 'p.s.w 2', 'Dinas Luar', ' - '),
      fc.record({
        code: fc.constantFrom(...ATTENDANCE_CODES, null),
        day: fc.constantFrom('present', 'away', 'off', 'none' as const),
        open: fc.boolean(),
        note: fc.constantFrom('', 'Alpa: tanpa keterangan.'),
      }),
      { maxKeys: 4 },
    );
    const written = sometimes(
      fc.oneof(
        fc.constantFrom('TMK1', 'tl 1', 'TL-1', 'T K', 'Alpa', 'ALPA', ' h ', 'Hadir', 'S', 'x', '', '-'),
        fc.constantFrom('Tanpa Keterangan', 'toString', '__proto__', 'constructor', 'NaN', 'undefined'),
        fc.string(),
      ),
    );
    run(
      fc.property(added, written, policies, (codes, w, policy) => {
        const section = { ...policy.discipline, codes: { ...policy.discipline.codes, ...codes } };
        const vocabulary = discipline.codeVocabulary(section);
        expectClean([...vocabulary], codes);
        expectClean(discipline.lookupCode(vocabulary, as(w)) ?? null, w, codes);
      }),
    );
  });

  it('readClock', () => {
    const text = sometimes(
      fc.oneof(
        fc.constantFrom('07.30', '7:30', '7:30:15', '07:31:45', '2024-05-02 07:31:00', '2024-05-02T16:05'),
        fc.constantFrom('23:59', '24.00', '07.60', '7.3', '730', '-', '—', 'Tidak Absen', 'TA', 'x', ''),
        fc.string(),
      ),
    );
    const held = sometimes(
      fc.oneof(
        fc.constant(null),
        fc.constantFrom(0.3125, 0.6666666666666666, 0, 0.9999999999999999, 1, 7.3, -0.01),
        fc.double({ min: -1, max: 2, noNaN: true }),
      ),
    );
    run(fc.property(text, held, (t, h) => expectClean(discipline.readClock(as(t), as(h)), t, h)));
  });

  it('workHours', () => {
    const text = sometimes(
      fc.oneof(
        fc.constantFrom(
          '07.30-16.00',
          '07:30 s/d 16:00',
          '07.30 sd 16.00',
          '7.30 – 16.00',
          '07:30 S.D. 16:00',
        ),
        fc.constantFrom('22.00-06.00', '20:00 sampai 08:00', '07.30-07.30', '25.00-16.00', '07.30-', '-'),
        fc.constantFrom('Reguler', 'shift  pagi', 'SHIFT MALAM', 'Shift Siang', '', 'constructor'),
        fc.string(),
      ),
    );
    const patterns = {
      Reguler: { start: '07.30', end: '16.00' },
      'Shift  Pagi': { start: '06:00', end: '14:00' },
      'Shift Malam': { start: '22:00', end: '06:00' },
    };
    run(
      fc.property(text, policies, (t, policy) => {
        const all = { ...policy.discipline.workPatterns, ...patterns };
        expectClean(discipline.workHours(as(t), all) ?? null, t);
      }),
    );
  });

  it('minutesLate, minutesEarly', () => {
    // Clocks as readClock gives them and hours as workHours gives them (night shifts end past 24:00).
    const clock = sometimes(fc.integer({ min: 0, max: 24 * 60 - 1 }));
    const hours = fc.oneof(
      fc.record({ start: sometimes(fc.integer({ min: 0, max: 1439 })), end: sometimes(fc.nat(2879)) }),
      fc.constantFrom('07.30-16.00', '22.00-06.00', '07.30-07.30').map((t) => discipline.workHours(t, {})),
      junk,
    );
    run(
      fc.property(clock, hours, (c, h) => {
        expectClean(discipline.minutesLate(as(c), as(h)), c, h);
        expectClean(discipline.minutesEarly(as(c), as(h)), c, h);
      }),
    );
  });

  it('disciplineLadder, hukdisFormText, workingDayRun, tkDatesIn', () => {
    const days = sometimes(fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double({ noNaN: false })));
    const dates = sometimes(
      fc.array(
        fc.oneof(
          fc.constantFrom('2025-01-14', '2025-02-29', '2024-02-29', '2025-13-01', '14/01/2025', '', 'TK'),
          fc.string(),
          junk,
        ),
        { maxLength: 12 },
      ),
    );
    const detail = sometimes(
      fc.record(
        { year: sometimes(fc.constantFrom('2025', '')), periods: junk, run: junk, overlaps: junk },
        { requiredKeys: [] },
      ),
    );
    run(
      fc.property(days, days, detail, dates, dates, policies, (d, r, x, ds, hs, policy) => {
        const proposal = discipline.disciplineLadder(as(d), as(r), policy, as(x));
        expectClean(proposal, d, r, x);
        if (proposal)
          expectClean(
            proposal.reasons.map((i) => formatIssue(i)),
            d,
            r,
            x,
          );
        const run = Array.isArray(ds) && ds.every((v) => typeof v === 'string');
        if (run) expectClean(discipline.workingDayRun(as(ds), Array.isArray(hs) ? as(hs) : []), ds, hs);
        expectClean(
          discipline.tkDatesIn(
            as({ fraction: 0, tkDays: 0, reasons: [], tkDates: ds, tkDaysOfMonth: ds }),
            '2025-01',
          ),
          ds,
        );
      }),
    );
    for (const rung of POLICY_PRESETS.nasional().discipline.tkLadder.rungs)
      expectClean(discipline.hukdisFormText(rung, 'en'), rung);
    expectClean(discipline.hukdisFormText(as({ form: 'x', months: Number.NaN, tukinCut: null })));
  });

  it('withYearDiscipline on damaged history rows', () => {
    const rows = junkRows({
      period: sometimes(fc.constantFrom('2025-01', '2025-Q1', '2025', '2024-12', 'Jan', '2025-13')),
      nip: fc.constant('198806142014032002'),
      tkDays: sometimes(fc.integer({ min: -3, max: 40 })),
      tkDates: sometimes(fc.array(fc.constantFrom('2025-01-14', 'x', '2025-02-30'))),
      label: sometimes(fc.constantFrom('Januari 2025', '')),
    });
    const result = {
      employees: [
        {
          nip: '198806142014032002',
          predikat: null,
          capaian: null,
          flags: [],
          recommendation: { kind: 'tidak_ada', reasons: [] },
          discipline: { fraction: 0, tkDays: 2, reasons: [], tkDaysOfMonth: [14, 15, 40] },
        },
      ],
    };
    run(
      fc.property(rows, policies, (h, policy) => {
        const history = Array.isArray(h) ? h : [];
        expectClean(
          discipline.withYearDiscipline(
            as(result),
            as(history),
            { key: '2025-03', label: 'Maret 2025' },
            policy,
          ),
          h,
        );
      }),
    );
  });
});

it('covers every exported function of shared/discipline', () => {
  const tested = [
    'disciplineDeduction',
    'classifyLateness',
    'estimateTpp',
    'tppExplanation',
    'codeVocabulary',
    'lookupCode',
    'readClock',
    'workHours',
    'minutesLate',
    'minutesEarly',
    'disciplineLadder',
    'hukdisFormText',
    'workingDayRun',
    'tkDatesIn',
    'withYearDiscipline',
  ];
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
