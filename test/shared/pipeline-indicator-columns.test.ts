import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkbookInput } from '../../shared/model/input';
import {
  EmployeeResultSchema,
  type OrganisationResult,
  OrganisationResultSchema,
  scoreOrganisation,
} from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { generateProvince, sampleWorkbook } from '../../shared/sample';
import {
  aggregateEmployeeRhk,
  groupByRhk,
  groupByRhkInto,
  type RhkIndicator,
  type RhkScratch,
} from '../../shared/score/aggregate';

/*
 * The indicator sheet's verdicts are kept as columns and each employee's records (and their RHK groups)
 * are built when a surface reads them (shared/pipeline/indicator-columns.ts). What a surface reads must
 * be what the scorer read: the employee's rows in sheet order, grouped by the one RHK rule into the
 * capaian the employee was given; an ordinary, enumerable property everywhere a result travels; and no
 * record shared between employees (the scorer refills one set of records for every employee).
 */

const policy = defaultPolicy();

/** The indicator rows each NIP cell names, in sheet order (the sheet's own row numbers). */
function rowsByNip(workbook: WorkbookInput): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  let nip = '';
  for (const row of workbook.indicators.rows) {
    const cell = row.values.nip;
    if (typeof cell === 'string' && cell.trim() !== '') nip = cell.trim();
    const list = rows.get(nip);
    if (list) list.push(row.row);
    else rows.set(nip, [row.row]);
  }
  return rows;
}

/** Every check of the records on demand against what the scorer decided. */
function expectRecordsAsScored(result: OrganisationResult, workbook: WorkbookInput): void {
  const expectedRows = rowsByNip(workbook);
  const seen = new Set<object>();
  for (const e of result.employees) {
    const records = e.indicators;
    // Read twice: the same array, kept.
    expect(e.indicators).toBe(records);
    expect(records.map((r) => r.row)).toEqual(expectedRows.get(e.nip) ?? []);
    for (const r of records) {
      expect(seen.has(r)).toBe(false);
      seen.add(r);
    }
    // The RHK groups are groupByRhk's of those records, and give the capaian the employee was scored.
    expect(e.rhk).toEqual(groupByRhk(records, policy.capaian));
    if (e.level === 'indikator') {
      const aggregate = aggregateEmployeeRhk(e.rhk, policy.capaian);
      expect(aggregate.utama).toBe(e.capaianUtama);
      expect(aggregate.tambahan).toBe(e.capaianTambahan);
    }
  }
}

describe('indicator records built on demand', () => {
  it('are the rows the scorer read, in sheet order, grouped as it grouped them (sample OPD)', () => {
    const workbook = sampleWorkbook();
    expectRecordsAsScored(scoreOrganisation(workbook, policy), workbook);
  });

  it('stay in place among the keys and travel as plain data (spread, JSON, structuredClone, zod)', () => {
    const result = scoreOrganisation(sampleWorkbook(), policy);
    const e = result.employees.find((x) => x.indicators.length > 0);
    expect(e).toBeDefined();
    if (!e) return;
    const keys = Object.keys(e);
    expect(keys.slice(keys.indexOf('row'), keys.indexOf('row') + 4)).toEqual([
      'row',
      'indicators',
      'rhk',
      'level',
    ]);
    const plain = JSON.parse(JSON.stringify(e));
    expect(plain.indicators).toEqual(e.indicators);
    expect(plain.rhk).toEqual(e.rhk);
    expect({ ...e }.indicators).toBe(e.indicators);
    expect(structuredClone(e).indicators).toEqual(e.indicators);
    // The schema keeps the fields it names (a record's Bobot, its band's minimum are the pipeline's own).
    const fields = (r: (typeof e.indicators)[number]) => [r.row, r.rhk, r.capaian, r.kategori?.id, r.flags];
    expect(EmployeeResultSchema.parse(e).indicators.map(fields)).toEqual(e.indicators.map(fields));
    expect(OrganisationResultSchema.safeParse(result).success).toBe(true);
    // Nothing of how they are kept shows.
    expect(Object.getOwnPropertySymbols(plain)).toEqual([]);
    expect(keys.every((k) => typeof k === 'string')).toBe(true);
  });

  it('can be replaced like any property', () => {
    const result = scoreOrganisation(sampleWorkbook(), policy);
    const [a, b] = result.employees;
    if (!a || !b) throw new Error('the sample has employees');
    a.indicators = [];
    a.rhk = [];
    expect(a.indicators).toEqual([]);
    expect(a.rhk).toEqual([]);
    expect(b.indicators.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(a)).indicators).toEqual([]);
  });

  it('keep the RHK groups the employee was scored under, whatever the policy becomes after', () => {
    const own = defaultPolicy();
    const result = scoreOrganisation(sampleWorkbook(), own);
    const scored = result.employees.find((e) => e.level === 'indikator' && e.capaianUtama !== null);
    if (!scored) throw new Error('the sample scores employees from their indicators');
    own.capaian.aggregationCap = 0.5;
    own.capaian.useWeights = !own.capaian.useWeights;
    expect(aggregateEmployeeRhk(scored.rhk, policy.capaian).utama).toBe(scored.capaianUtama);
  });

  it('cannot be replaced on a frozen result, as any frozen property', () => {
    const [e] = scoreOrganisation(sampleWorkbook(), policy).employees;
    if (!e) throw new Error('the sample has employees');
    const records = e.indicators;
    Object.freeze(e);
    expect(() => {
      e.indicators = [];
    }).toThrow(TypeError);
    expect(() => {
      e.rhk = [];
    }).toThrow(TypeError);
    expect(e.indicators).toBe(records);
  });

  it("are each employee's own rows whatever order the sheet lists them in (rows interleaved, RHK scattered)", () => {
    const base = generateProvince(12, 4, 7);
    // Every row names its NIP, RHK and kind (no cell carried down from the row above), so a row keeps its
    // employee and RHK whatever its place.
    const carried: Record<string, unknown> = {};
    for (const row of base.indicators.rows) {
      const values = row.values as Record<string, unknown>;
      for (const field of ['nip', 'rhk', 'jenis_rhk']) {
        const cell = values[field];
        if (typeof cell === 'string' && cell.trim() !== '') carried[field] = cell;
        else if (carried[field] !== undefined) values[field] = carried[field];
      }
    }
    fc.assert(
      fc.property(fc.shuffledSubarray(base.indicators.rows, { minLength: 1 }), (rows) => {
        const workbook: WorkbookInput = {
          ...base,
          indicators: {
            ...base.indicators,
            rows: rows.map((row, i) => ({ ...row, row: i + 2 })),
          },
        };
        expectRecordsAsScored(scoreOrganisation(workbook, policy), workbook);
      }),
      { numRuns: 60 },
    );
  });
});

describe('groupByRhkInto', () => {
  const row = (rhk: string, capaian: number): RhkIndicator => ({
    rhk,
    jenis: 'utama',
    capaian,
    weight: null,
  });
  it("refills the same groups for every employee, a shorter employee's list leaving the rest for the next", () => {
    const scratch: RhkScratch = { pool: [], groups: [] };
    const three = [row('A', 0.8), row('B', 0.9), row('C', 1)];
    const first = [...groupByRhkInto(three, policy.capaian, scratch)];
    expect(groupByRhkInto([row('D', 0.5)], policy.capaian, scratch)).toHaveLength(1);
    const again = groupByRhkInto([row('E', 0.7), row('F', 0.6), row('G', 1.1)], policy.capaian, scratch);
    // The same three objects, refilled: no group made for the third employee.
    expect(again.every((g, k) => g === first[k])).toBe(true);
    expect([...again]).toEqual(groupByRhk([row('E', 0.7), row('F', 0.6), row('G', 1.1)], policy.capaian));
  });
});
