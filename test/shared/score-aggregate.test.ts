import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { CapaianPolicySchema, defaultPolicy } from '../../shared/policy/schema';
import { aggregateEmployee, aggregateRhk } from '../../shared/score';

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
