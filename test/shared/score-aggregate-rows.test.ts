import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { scoreOrganisation } from '../../shared/pipeline';
import { IndicatorColumns, RowVerdict } from '../../shared/pipeline/indicator-columns';
import { defaultPolicy } from '../../shared/policy/schema';
import { generateProvince } from '../../shared/sample';
import {
  aggregateEmployee,
  aggregateEmployeeRhk,
  aggregateEmployeeRows,
  aggregateRhk,
  type EmployeeAggregate,
  groupByRhk,
  groupByRhkInto,
  groupRows,
  MeanRows,
  MeanTally,
  type RhkGroup,
  type RhkScratch,
} from '../../shared/score/aggregate';
import type { IndicatorFlag } from '../../shared/score/indicator';
import { legacyCategory, nilaiCapaianIki } from '../../shared/score/legacy';
import * as before from './fixtures/aggregate-before';

/*
 * Every mean of capaian (an RHK's, an employee's) is one rule over rows of plain numbers (MeanRows):
 * the scorer fills them from the indicator columns, so that no row's capaian or Bobot is a number box,
 * and the functions on records (the formula, the page, Hitung nilai, the results' RHK) copy their rows
 * in first. Both must answer what the rule answered before (fixtures/aggregate-before.ts, the module as
 * it was), number for number: weights or none, damaged rows, tambahan and utama, NaN and Infinity
 * capaian, and sums that overflow (the scaled mean).
 */

const RHKS = [
  'Terlaksananya pengelolaan keuangan dinas yang akuntabel',
  'Tersedianya dokumen perencanaan kinerja',
  'Meningkatnya kualitas layanan publik',
];

/** A capaian as a sheet, a page or a damaged caller gives it. */
const capaian = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 2, noNaN: true }) },
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      1e308,
      -1e308,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      0,
      -0.5,
      1.2,
      5e-324,
    ),
  },
);
const weight = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 60 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e308, Number.NaN, Number.POSITIVE_INFINITY, -1) },
);
const jenis = fc.constantFrom<'utama' | 'tambahan'>('utama', 'tambahan');

/** An indicator row as the pipeline's records hold it. */
const indicator = fc.record({ rhk: fc.constantFrom(...RHKS), jenis, capaian, weight });
/** Rows of an employee: an RHK's rows together (the usual sheet) or scattered. */
const indicators = fc.oneof(
  fc.array(indicator, { maxLength: 10 }).map((rows) => [...rows].sort((a, b) => (a.rhk < b.rhk ? -1 : 1))),
  fc.array(indicator, { maxLength: 10 }),
);
/** Rows as a damaged caller passes them: other kinds, missing fields, and things that are no row at all. */
const damagedRows = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: indicator },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          rhk: fc.oneof(fc.constantFrom(...RHKS), fc.constant(7)),
          jenis: fc.constantFrom('utama', 'tambahan', 'lain', undefined),
          kind: fc.constantFrom('utama', 'tambahan', 'lain', undefined),
          capaian: fc.oneof(capaian, fc.constant('0,9')),
          weight: fc.oneof(weight, fc.constant('20')),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, 5, 'baris', []) },
  ),
  { maxLength: 10 },
);
const policy = fc.record({
  aggregationCap: fc.constantFrom(1.2, 1, 1.5, null),
  useWeights: fc.boolean(),
  includeTambahan: fc.boolean(),
});
const RUNS = { numRuns: 1500 };

// biome-ignore lint/suspicious/noExplicitAny: the reference and the rule are given the same junk.
const as = (value: unknown): any => value;

const emptyAggregate = (): EmployeeAggregate => ({
  capaian: null,
  counted: 0,
  skipped: 0,
  warnings: [],
  utama: null,
  tambahan: null,
});

/** Group `k` of groupRows' output as an RHK record shows it. */
const groupOf = (groups: MeanRows, k: number): RhkGroup => {
  const w = groups.weight[k] as number;
  const c = groups.capaian[k] as number;
  return {
    rhk: groups.rhk[k] as string,
    jenis: groups.kind[k] === 1 ? 'tambahan' : 'utama',
    weight: Number.isNaN(w) ? null : w,
    capaian: Number.isNaN(c) ? null : c,
    indicators: groups.count[k] as number,
  };
};

/** The employee's rows in columns, as the indicator reader leaves them (roster index 0). */
function columnsOf(rows: readonly (typeof indicator extends fc.Arbitrary<infer T> ? T : never)[]) {
  const columns = new IndicatorColumns(rows.length, 1);
  const verdict = new RowVerdict();
  rows.forEach((row, i) => {
    verdict.row = i + 2;
    verdict.rhk = row.rhk;
    verdict.jenis = row.jenis;
    verdict.capaian = row.capaian === null ? Number.NaN : row.capaian;
    verdict.weight = row.weight === null ? Number.NaN : row.weight;
    columns.add(0, verdict);
  });
  return columns;
}

describe('the means over records answer as before', () => {
  it('aggregateRhk, aggregateEmployee, aggregateEmployeeRhk, groupByRhk and groupByRhkInto', () => {
    const scratch: RhkScratch = { pool: [], groups: [] };
    const tally = new MeanTally();
    fc.assert(
      fc.property(
        fc.oneof(indicators, damagedRows, fc.sparseArray(indicator, { maxLength: 6 })),
        policy,
        (rows, p) => {
          expect(aggregateRhk(as(rows), p)).toEqual(before.aggregateRhk(as(rows), p));
          expect(aggregateEmployee(as(rows), p)).toEqual(before.aggregateEmployee(as(rows), p));
          expect(aggregateEmployeeRhk(as(rows), p)).toEqual(before.aggregateEmployeeRhk(as(rows), p));
          const groups = groupByRhk(as(rows), p);
          expect(groups).toEqual(before.groupByRhk(as(rows), p));
          // A caller's tally, reused from call to call, changes nothing.
          expect(groupByRhk(as(rows), p, tally)).toEqual(groups);
          expect([...groupByRhkInto(as(rows), p, scratch)]).toEqual(groups);
          expect(aggregateEmployeeRhk(groups, p, emptyAggregate(), tally)).toEqual(
            before.aggregateEmployeeRhk(groups, p),
          );
        },
      ),
      RUNS,
    );
  });

  it('the sums that overflow take the scaled mean, as before', () => {
    const p = { aggregationCap: null, useWeights: true, includeTambahan: true };
    const rows = [
      { rhk: RHKS[0] as string, jenis: 'utama' as const, capaian: 1e308, weight: 1e308 },
      { rhk: RHKS[0] as string, jenis: 'utama' as const, capaian: 1e308, weight: 1e308 },
      { rhk: RHKS[1] as string, jenis: 'tambahan' as const, capaian: 0.5, weight: 1e308 },
    ];
    const groups = groupByRhk(rows, p);
    expect(groups[0]?.capaian).toBe(1e308);
    expect(groups).toEqual(before.groupByRhk(rows, p));
    expect(aggregateEmployeeRhk(groups, p)).toEqual(before.aggregateEmployeeRhk(groups, p));
    expect(aggregateRhk(rows, p)).toEqual(before.aggregateRhk(rows, p));
  });
});

describe("the scorer's means, from the indicator columns", () => {
  it('are the means over the records, employee after employee with one set of scratch', () => {
    const rows = new MeanRows();
    const groups = new MeanRows();
    const tally = new MeanTally();
    const meansTally = new MeanTally();
    const means = emptyAggregate();
    fc.assert(
      fc.property(fc.array(fc.tuple(indicators, policy), { minLength: 1, maxLength: 5 }), (employees) => {
        for (const [records, p] of employees) {
          const columns = columnsOf(records);
          const grouped = groupRows(columns.meanRowsOf(0, rows), p, groups, tally);
          const expected = before.groupByRhk(records, p);
          expect(Array.from({ length: grouped.length }, (_, k) => groupOf(grouped, k))).toEqual(expected);
          expect(aggregateEmployeeRows(grouped, p, means, meansTally)).toBe(means);
          expect({ ...means }).toEqual(before.aggregateEmployeeRhk(expected, p));
          // The records a surface reads are built from the same columns, and group alike.
          expect(groupByRhk(columns.recordsOf(0), p)).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it("read an employee's rows in place as recordsOf builds them: rows, flags, umpan balik, target notes", () => {
    const FLAG_LISTS = [
      Object.freeze([]),
      Object.freeze(['tanpa_bukti']),
      Object.freeze(['realisasi_kosong', 'tanpa_bukti']),
      Object.freeze(['tidak_terhitung']),
    ] as unknown as readonly IndicatorFlag[][];
    const NOTE = { code: 'PERIOD_TARGET_PRORATED', severity: 'info' } as unknown as Issue;
    const slotArb = fc.record({
      employee: fc.nat({ max: 2 }),
      flags: fc.nat({ max: FLAG_LISTS.length - 1 }),
      hasFeedback: fc.boolean(),
      note: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(slotArb, { maxLength: 15 }), (slots) => {
        const columns = new IndicatorColumns(slots.length, 3);
        const verdict = new RowVerdict();
        slots.forEach((slot, i) => {
          verdict.row = i + 2;
          verdict.flags = FLAG_LISTS[slot.flags] as readonly IndicatorFlag[];
          verdict.hasFeedback = slot.hasFeedback;
          verdict.basisNote = slot.note ? { ...NOTE, params: { row: i + 2 } } : undefined;
          columns.add(slot.employee, verdict);
        });
        for (let e = 0; e < 3; e++) {
          const built = columns.recordsOf(e);
          const read: number[] = [];
          for (let i = columns.firstSlotOf(e); i >= 0; i = columns.nextSlotOf(i)) read.push(i);
          expect(read.map((i) => [columns.rowAt(i), columns.flagsAt(i)])).toEqual(
            built.map((r) => [r.row, r.flags]),
          );
          expect(columns.firstRowOf(e)).toBe(built[0]?.row);
          expect(columns.hasFeedbackOf(e)).toBe(built.some((r) => r.hasFeedback));
          const notes: Issue[] = [];
          columns.basisNotesOf(e, notes);
          expect(notes).toEqual(built.flatMap((r) => (r.basisNote === undefined ? [] : [r.basisNote])));
        }
      }),
      RUNS,
    );
  });
});

describe("the legacy Nilai SKP, from the rows the scorer's means read", () => {
  it('is the mean of the indicators with a capaian (utama, or all when tambahan count), as their records say', () => {
    const workbook = generateProvince(60, 2, 2025);
    for (const includeTambahan of [false, true]) {
      const policy = defaultPolicy();
      policy.legacy.enabled = true;
      policy.capaian.includeTambahan = includeTambahan;
      const result = scoreOrganisation(workbook, policy);
      let seen = 0;
      for (const employee of result.employees) {
        const counted = employee.indicators.filter(
          (i) => i.capaian !== null && (includeTambahan || i.jenis === 'utama'),
        );
        if (counted.length === 0) {
          expect(employee.legacy).toBeNull();
          continue;
        }
        const nilaiSkp =
          Math.round(
            (counted.reduce((s, i) => s + nilaiCapaianIki(i.capaian as number, policy.legacy), 0) /
              counted.length) *
              100,
          ) / 100;
        expect(employee.legacy).toEqual({ nilaiSkp, kategori: legacyCategory(nilaiSkp, policy.legacy) });
        seen++;
      }
      expect(seen).toBeGreaterThan(30);
    }
  });
});
