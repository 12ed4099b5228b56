import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { exportPolicyJson, importPolicyJson, validatePolicy } from '../../shared/policy/io';
import { POLICY_PRESETS, PRESET_IDS } from '../../shared/policy/presets';
import { defaultPolicy, POLICY_VERSION } from '../../shared/policy/schema';

describe('policy', () => {
  it('defaults to the national rules, with results weighing more than attendance', () => {
    const p = defaultPolicy();
    expect(p.version).toBe(POLICY_VERSION);
    expect(p.discipline.tpp.performanceShare).toBeGreaterThan(p.discipline.tpp.disciplineShare);
    expect(p.rating.matrix.di_atas.di_bawah).toBe('kurang');
    expect(p.sakip.components.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it('round-trips every preset through JSON export and import', () => {
    for (const id of PRESET_IDS) {
      const policy = POLICY_PRESETS[id]();
      const back = importPolicyJson(exportPolicyJson(policy));
      expect(back.ok && back.value).toEqual(policy);
    }
  });

  it('migrates an unversioned pilot policy that kept the TPP split as one percentage', () => {
    const r = validatePolicy({ tppDisciplinePercent: 30 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.discipline.tpp.disciplineShare).toBeCloseTo(0.3);
      expect(r.value.discipline.tpp.performanceShare).toBeCloseTo(0.7);
    }
  });

  it('names the field in Indonesian when a value is out of range', () => {
    const r = validatePolicy({
      version: 1,
      discipline: { tpp: { disciplineShare: 1.5, performanceShare: -0.5 } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = formatIssue(r.issue);
      expect(text).toContain('discipline.tpp');
      expect(text).toMatch(/terlalu (besar|kecil)/);
    }
  });

  it('refuses broken JSON and a policy from a newer Nilai Kerja with a clear message', () => {
    const broken = importPolicyJson('{"version": 1,');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(formatIssue(broken.issue)).toContain('bukan JSON yang sah');
    const newer = importPolicyJson('{"version": 99}');
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(formatIssue(newer.issue)).toContain('Perbarui Nilai Kerja');
  });
});

describe('policy objects', () => {
  it('share nothing between parses, so editing one policy never changes the defaults', () => {
    const edited = defaultPolicy();
    edited.capaian.categories[0]!.min = 0.5;
    edited.sakip.components.pop();
    edited.distribution.rules.baik[0]!.share = 0.9;
    const fresh = defaultPolicy();
    expect(fresh.capaian.categories[0]!.min).toBe(0.91);
    expect(fresh.sakip.components).toHaveLength(4);
    expect(fresh.distribution.rules.baik[0]!.share).toBe(0.7);
    const imported = importPolicyJson('{"version": 1}');
    expect(imported.ok && imported.value.capaian.categories).not.toBe(fresh.capaian.categories);
  });
});
