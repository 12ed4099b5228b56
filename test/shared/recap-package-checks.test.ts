import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../shared/history/rows';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { buildOpdPackages, OpdPackageSchema } from '../../shared/recap';
import { sampleWorkbook } from '../../shared/sample';

/*
 * What the OPD workbook puts in its package must pass the checks the Sekda's import makes: the trend in
 * time order (2025-Q1 before 2025-06, which text order gets wrong), never past the period exported, and a
 * unit with no employee predikat "not checked" against SE 3/2023 rather than a vacuous "meets".
 */
const policy = defaultPolicy();
const period = { key: '2025-09', label: 'September 2025' };
const generatedAt = '2025-10-01T08:00:00.000Z';

describe('buildOpdPackages: what the recap import checks', () => {
  const result = scoreOrganisation(sampleWorkbook(), policy);
  const unit = result.units[0]?.unit ?? '';
  const row = (key: string, label: string, capaian: number) =>
    ({ period: key, label, nip: '1', nama: 'A', unit, capaian }) as unknown as HistoryRow;

  it('orders the trend by period and leaves out periods after the one exported', () => {
    const history = [
      row('2025-06', 'Juni 2025', 0.8),
      row('2025-Q1', 'Triwulan I 2025', 0.7),
      row('2025-10', 'Oktober 2025', 0.9),
      row('2025-09', 'September 2025', 0.85),
    ];
    const built = buildOpdPackages({ result, policy, period, generatedAt, history, opdName: 'Dinas X' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    for (const pkg of built.value) {
      expect(pkg.trend.map((t) => t.key)).toEqual(['2025-Q1', '2025-06', '2025-09']);
      expect(OpdPackageSchema.safeParse(pkg).success).toBe(true);
    }
  });

  it('marks a unit with no employee predikat as not checked, never as meeting SE 3/2023', () => {
    const employees = result.employees.map((e) => (e.unit === unit ? { ...e, predikat: null } : e));
    const units = result.units.map((u) =>
      u.unit === unit && u.distribution
        ? {
            ...u,
            predikatCounts: Object.fromEntries(
              Object.keys(u.predikatCounts).map((k) => [k, 0]),
            ) as typeof u.predikatCounts,
            withoutPredikat: u.employees,
            distribution: { ...u.distribution, ok: true, total: 0, rules: [] },
          }
        : u,
    );
    const built = buildOpdPackages({
      result: { ...result, employees, units },
      policy,
      period,
      generatedAt,
      opdName: 'Dinas X',
    });
    expect(built.ok ? '' : built.issue.params).toBe('');
    if (!built.ok) return;
    const packaged = built.value
      .flatMap((p) => p.units)
      .find((u) => u.name === unit || unit.endsWith(u.name));
    expect(packaged?.distributionOk).toBeNull();
  });
});

describe('a capaian below 0 in an OPD package', () => {
  const result = scoreOrganisation(sampleWorkbook(), policy);
  const negative = (clamp: boolean) => {
    const p = { ...policy, capaian: { ...policy.capaian, clampNegativeAtZero: clamp } };
    const built = buildOpdPackages({ result, policy: p, period, generatedAt, opdName: 'Dinas X' });
    if (!built.ok) throw new Error('the sample builds a package');
    const pkg = structuredClone(built.value[0]!);
    pkg.totals.averageCapaian = -0.25;
    return OpdPackageSchema.safeParse(pkg).success;
  };

  it('is real when the policy does not clamp negative indicators at 0 (the package says so), a hand edit otherwise', () => {
    expect(negative(false)).toBe(true);
    expect(negative(true)).toBe(false);
  });
});
