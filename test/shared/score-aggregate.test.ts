import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { CapaianPolicySchema, defaultPolicy } from '../../shared/policy/schema';
import { aggregateEmployee, aggregateEmployeeRhk, aggregateRhk, groupByRhk } from '../../shared/score';

const policy = defaultPolicy().capaian;

describe('aggregateRhk', () => {
  it('averages the indicators of "Tersusunnya laporan keuangan tepat waktu", capping each at 120%', () => {
    // Kuantitas 12/12 laporan = 100%, waktu 1,5 (140%), kualitas 0,875.
    const r = aggregateRhk([{ capaian: 1 }, { capaian: 1.4 }, { capaian: 0.875 }], policy);
    expect(r.capaian).toBeCloseTo((1 + 1.2 + 0.875) / 3, 12);
    expect(r).toMatchObject({ counted: 3, skipped: 0, warnings: [] });
  });

  it('weighs by Bobot when every indicator has one (30/70)', () => {
    const r = aggregateRhk(
      [
        { capaian: 1, weight: 30 },
        { capaian: 0.5, weight: 70 },
      ],
      policy,
    );
    expect(r.capaian).toBeCloseTo(0.65, 12);
  });

  it('ignores weights when the policy says so', () => {
    const equal = CapaianPolicySchema.parse({ useWeights: false });
    expect(
      aggregateRhk(
        [
          { capaian: 1, weight: 30 },
          { capaian: 0.5, weight: 70 },
        ],
        equal,
      ).capaian,
    ).toBe(0.75);
  });

  it('skips indicators with no computable capaian instead of counting them as 0', () => {
    const r = aggregateRhk([{ capaian: 0.9 }, { capaian: null }, { capaian: Number.NaN }], policy);
    expect(r).toEqual({ capaian: 0.9, counted: 1, skipped: 2, warnings: [] });
  });

  it('returns null (never NaN) when nothing is computable', () => {
    expect(aggregateRhk([{ capaian: null }], policy)).toEqual({
      capaian: null,
      counted: 0,
      skipped: 1,
      warnings: [],
    });
    expect(aggregateRhk([], policy)).toEqual({ capaian: null, counted: 0, skipped: 0, warnings: [] });
  });

  it('falls back to equal weights with a warning on a negative weight', () => {
    const r = aggregateRhk(
      [
        { capaian: 1, weight: -30 },
        { capaian: 0.5, weight: 70 },
      ],
      policy,
    );
    expect(r.capaian).toBe(0.75);
    expect(r.warnings.map((w) => w.code)).toEqual(['AGGREGATE_WEIGHT_NEGATIVE']);
    expect(formatIssue(r.warnings[0]!)).toContain('bobot negatif (-30)');
  });

  it('falls back to equal weights with a warning when every weight is 0', () => {
    const r = aggregateRhk(
      [
        { capaian: 1, weight: 0 },
        { capaian: 0.5, weight: 0 },
      ],
      policy,
    );
    expect(r.capaian).toBe(0.75);
    expect(r.warnings.map((w) => w.code)).toEqual(['AGGREGATE_WEIGHT_ALL_ZERO']);
  });

  it('falls back to equal weights with a warning when only some rows have a weight', () => {
    const r = aggregateRhk([{ capaian: 1, weight: 60 }, { capaian: 0.5 }], policy);
    expect(r.capaian).toBe(0.75);
    expect(formatIssue(r.warnings[0]!)).toContain('1 dari 2 baris');
  });
});

describe('aggregateEmployee', () => {
  const rhks = [
    { kind: 'utama' as const, capaian: 1.0, weight: 40 },
    { kind: 'utama' as const, capaian: 0.8, weight: 60 },
    { kind: 'tambahan' as const, capaian: 1.2, weight: 10 },
  ];

  it('counts only RHK utama by default, and still reports the tambahan apart', () => {
    const r = aggregateEmployee(rhks, policy);
    expect(r.capaian).toBeCloseTo(0.88, 12);
    expect(r.utama).toBeCloseTo(0.88, 12);
    expect(r.tambahan).toBeCloseTo(1.2, 12);
    expect(r).toMatchObject({ counted: 2, skipped: 0 });
  });

  it('counts RHK tambahan when the region includes them', () => {
    const withTambahan = CapaianPolicySchema.parse({ includeTambahan: true });
    const r = aggregateEmployee(rhks, withTambahan);
    expect(r.capaian).toBeCloseTo((40 * 1 + 60 * 0.8 + 10 * 1.2) / 110, 12);
    expect(r.counted).toBe(3);
  });

  it('caps an RHK above 120% and skips an RHK with no computable indicator', () => {
    const r = aggregateEmployee(
      [
        { kind: 'utama', capaian: 1.5 },
        { kind: 'utama', capaian: 0.9 },
        { kind: 'utama', capaian: null },
      ],
      policy,
    );
    expect(r.capaian).toBeCloseTo(1.05, 12);
    expect(r).toMatchObject({ counted: 2, skipped: 1, tambahan: null });
  });

  it('is null for an employee whose SKP has nothing computable yet', () => {
    const r = aggregateEmployee(
      [
        { kind: 'utama', capaian: null },
        { kind: 'tambahan', capaian: 1 },
      ],
      policy,
    );
    expect(r).toMatchObject({ capaian: null, utama: null, tambahan: 1, counted: 0, skipped: 1 });
  });

  it('warns once about bad RHK weights', () => {
    const r = aggregateEmployee(
      [
        { kind: 'utama', capaian: 1, weight: 0 },
        { kind: 'utama', capaian: 0.5, weight: 0 },
      ],
      policy,
    );
    expect(r.capaian).toBe(0.75);
    expect(r.warnings.map((w) => w.code)).toEqual(['AGGREGATE_WEIGHT_ALL_ZERO']);
  });
});

describe('aggregation with absurd numbers (a Bobot cell filled with 1e308)', () => {
  it('still gives the weighted mean, never NaN', () => {
    const r = aggregateRhk(
      [
        { capaian: 0.9, weight: 1e308 },
        { capaian: 1.1, weight: 1e308 },
      ],
      defaultPolicy().capaian,
    );
    expect(r.capaian).toBeCloseTo(1, 12);
    const uncapped = aggregateRhk([{ capaian: 1e308 }, { capaian: 1e308 }], {
      ...defaultPolicy().capaian,
      aggregationCap: null,
    });
    expect(uncapped.capaian).toBe(1e308);
  });
});

describe('groupByRhk and aggregateEmployeeRhk', () => {
  const RHK = [
    'Tersusunnya laporan keuangan tepat waktu',
    'Terlaksananya pembinaan pegawai',
    'Meningkatnya layanan',
  ];
  const row = fc.record({
    rhk: fc.constantFrom(...RHK),
    jenis: fc.constantFrom('utama' as const, 'tambahan' as const),
    capaian: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 2, noNaN: true })),
    weight: fc.oneof(fc.constant(null), fc.constantFrom(10, 20, 30, 0, -5)),
  });
  type Row = { rhk: string; jenis: 'utama' | 'tambahan'; capaian: number | null; weight: number | null };
  const policies = fc.constantFrom(
    policy,
    CapaianPolicySchema.parse({ useWeights: false }),
    CapaianPolicySchema.parse({ aggregationCap: null, includeTambahan: true }),
  );

  /** The plain definition: one list per RHK (text and kind) in order of first appearance, then aggregateRhk. */
  function reference(rows: Row[], p: typeof policy) {
    const groups: { rhk: string; jenis: 'utama' | 'tambahan'; rows: typeof rows }[] = [];
    for (const r of rows) {
      const g = groups.find((x) => x.rhk === r.rhk && x.jenis === r.jenis);
      if (g) g.rows.push(r);
      else groups.push({ rhk: r.rhk, jenis: r.jenis, rows: [r] });
    }
    return groups.map((g) => ({
      rhk: g.rhk,
      jenis: g.jenis,
      weight: g.rows.find((r) => r.weight !== null)?.weight ?? null,
      capaian: aggregateRhk(g.rows, p).capaian,
      indicators: g.rows.length,
    }));
  }

  it('groups rows in runs (merged RHK cells) and scattered rows alike, as one list per RHK would', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), policies, fc.boolean(), (rows, p, sorted) => {
        // Sorted by RHK: every RHK is one run of rows, the in-place path; unsorted: the scattered path.
        const input = sorted
          ? [...rows].sort((a, b) => (a.rhk + a.jenis).localeCompare(b.rhk + b.jenis))
          : rows;
        expect(groupByRhk(input, p)).toEqual(reference(input, p));
      }),
    );
  });

  it('scores an employee from the groups as aggregateEmployee does from the same RHK named by kind', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), policies, (rows, p) => {
        const groups = groupByRhk(rows, p);
        const byKind = groups.map((g) => ({ kind: g.jenis, capaian: g.capaian, weight: g.weight }));
        expect(aggregateEmployeeRhk(groups, p)).toEqual(aggregateEmployee(byKind, p));
      }),
    );
  });

  it('reads an SKP of two RHK utama and one tambahan', () => {
    const groups = groupByRhk(
      [
        { rhk: RHK[0] as string, jenis: 'utama', capaian: 1, weight: 60 },
        { rhk: RHK[0] as string, jenis: 'utama', capaian: 0.8, weight: null },
        { rhk: RHK[1] as string, jenis: 'utama', capaian: 1.5, weight: 40 },
        { rhk: RHK[2] as string, jenis: 'tambahan', capaian: 1, weight: null },
      ],
      policy,
    );
    expect(groups).toEqual([
      { rhk: RHK[0], jenis: 'utama', weight: 60, capaian: 0.9, indicators: 2 },
      { rhk: RHK[1], jenis: 'utama', weight: 40, capaian: 1.2, indicators: 1 },
      { rhk: RHK[2], jenis: 'tambahan', weight: null, capaian: 1, indicators: 1 },
    ]);
    // Bobot 60/40 over the RHK utama; the tambahan is reported apart.
    expect(aggregateEmployeeRhk(groups, policy)).toMatchObject({
      capaian: 0.9 * 0.6 + 1.2 * 0.4,
      tambahan: 1,
    });
  });
});
