import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { Target } from '../../shared/parse/types';
import { CapaianPolicySchema, defaultPolicy } from '../../shared/policy/schema';
import { capAchievement, categorize, computeCapaian } from '../../shared/score';

const policy = defaultPolicy().capaian;
const single = (value: number, unit = 'Dokumen'): Target => ({ kind: 'single', value, unit, percent: false });
const range = (low: number, high: number): Target => ({ kind: 'range', low, high, unit: '%', percent: true });

function value(r: ReturnType<typeof computeCapaian>): number {
  if (!r.ok) throw new Error(`expected ok, got ${r.issue.code}`);
  return r.value;
}

describe('computeCapaian: single targets', () => {
  it('divides realisasi by target for positive polarity (12 of 12 laporan = 100%, 9 of 12 = 75%)', () => {
    expect(value(computeCapaian(single(12, 'Laporan'), 12, 'positif', policy))).toBe(1);
    expect(value(computeCapaian(single(12, 'Laporan'), 9, 'positif', policy))).toBe(0.75);
  });

  it('mirrors around the target for negative polarity (pengaduan: target 8, realisasi 9 -> 87,5%)', () => {
    expect(value(computeCapaian(single(8, 'Pengaduan'), 9, 'negatif', policy))).toBe(0.875);
  });

  it('rewards doing better than a negative target (angka stunting: target 7, realisasi 6,5 -> 107,14%)', () => {
    expect(value(computeCapaian(single(7, '%'), 6.5, 'negatif', policy))).toBeCloseTo(1.0714285714, 9);
  });

  it('keeps full precision (no rounding inside the formula)', () => {
    expect(value(computeCapaian(single(3), 2, 'positif', policy))).toBe(2 / 3);
  });

  it('clamps a negative-polarity capaian at 0 by default, and lets the policy keep it negative', () => {
    expect(value(computeCapaian(single(8), 20, 'negatif', policy))).toBe(0);
    const unclamped = CapaianPolicySchema.parse({ clampNegativeAtZero: false });
    expect(value(computeCapaian(single(8), 20, 'negatif', unclamped))).toBe(-0.5);
  });
});

describe('computeCapaian: range targets "80-90"', () => {
  it('gives 100% anywhere inside the range, bounds included', () => {
    for (const r of [80, 85, 90]) expect(value(computeCapaian(range(80, 90), r, 'positif', policy))).toBe(1);
    for (const r of [80, 85, 90]) expect(value(computeCapaian(range(80, 90), r, 'negatif', policy))).toBe(1);
  });

  it('positive polarity: compares with the upper bound above and the lower bound below', () => {
    expect(value(computeCapaian(range(80, 90), 99, 'positif', policy))).toBeCloseTo(1.1, 12);
    expect(value(computeCapaian(range(80, 90), 72, 'positif', policy))).toBeCloseTo(0.9, 12);
  });

  it('negative polarity: below the range beats it (lower bound), above it falls short (upper bound)', () => {
    expect(value(computeCapaian(range(80, 90), 72, 'negatif', policy))).toBeCloseTo(1.1, 12);
    expect(value(computeCapaian(range(80, 90), 99, 'negatif', policy))).toBeCloseTo(0.9, 12);
  });

  it('refuses a reversed range and says how to write it', () => {
    const r = computeCapaian(range(90, 80), 85, 'positif', policy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe('CAPAIAN_RANGE_INVERTED');
      expect(formatIssue(r.issue)).toContain('"80-90"');
    }
  });
});

describe('computeCapaian: target 0 and bad numbers', () => {
  it('positive polarity with target 0 is not computable and the message suggests a fix', () => {
    const r = computeCapaian(single(0, 'Kegiatan'), 3, 'positif', policy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe('CAPAIAN_TARGET_ZERO');
      const text = formatIssue({ ...r.issue, at: { sheet: 'Indikator', row: 14, column: 'F' } });
      expect(text).toContain('Sheet "Indikator", baris 14, kolom F');
      expect(text).toContain('polaritas menjadi negatif');
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('negative polarity with target 0 (zero kecelakaan kerja): 100% when realisasi is 0, else 0%', () => {
    expect(value(computeCapaian(single(0, 'Kejadian'), 0, 'negatif', policy))).toBe(1);
    expect(value(computeCapaian(single(0, 'Kejadian'), 2, 'negatif', policy))).toBe(0);
    const lenient = CapaianPolicySchema.parse({
      zeroTargetNegative: { whenRealisasiZero: 1.2, otherwise: 0.5 },
    });
    expect(value(computeCapaian(single(0), 0, 'negatif', lenient))).toBe(1.2);
    expect(value(computeCapaian(single(0), 1, 'negatif', lenient))).toBe(0.5);
  });

  it('fails on negative or non-finite numbers instead of returning NaN', () => {
    const cases: [Target, number, string][] = [
      [single(-5), 3, 'CAPAIAN_TARGET_NEGATIVE'],
      [single(Number.NaN), 3, 'CAPAIAN_TARGET_INVALID'],
      [range(Number.NEGATIVE_INFINITY, 90), 3, 'CAPAIAN_TARGET_INVALID'],
      [range(-10, 90), 3, 'CAPAIAN_TARGET_NEGATIVE'],
      [single(10), Number.POSITIVE_INFINITY, 'CAPAIAN_REALISASI_INVALID'],
      [single(10), -1, 'CAPAIAN_REALISASI_NEGATIVE'],
    ];
    for (const [target, realisasi, code] of cases) {
      const r = computeCapaian(target, realisasi, 'positif', policy);
      expect(r.ok ? 'ok' : r.issue.code).toBe(code);
      if (!r.ok) expect(formatIssue(r.issue)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

describe('capAchievement', () => {
  it('caps at 120% by default, leaves lower values alone, and null means no cap', () => {
    expect(capAchievement(1.5, policy)).toBe(1.2);
    expect(capAchievement(0.875, policy)).toBe(0.875);
    expect(capAchievement(1.5, { aggregationCap: null })).toBe(1.5);
  });
});

describe('categorize', () => {
  const label = (c: number) => categorize(c, policy).label;

  it('puts each boundary in the higher band (>= is inclusive)', () => {
    expect(label(0.91)).toBe('Sangat Tinggi');
    expect(label(0.9099)).toBe('Tinggi');
    expect(label(0.76)).toBe('Tinggi');
    expect(label(0.7599)).toBe('Sedang');
    expect(label(0.66)).toBe('Sedang');
    expect(label(0.6599)).toBe('Rendah');
    expect(label(0.51)).toBe('Rendah');
    expect(label(0.5099)).toBe('Sangat Rendah');
    expect(label(0)).toBe('Sangat Rendah');
    expect(label(1.35)).toBe('Sangat Tinggi');
  });

  it('compares after rounding to 4 decimals, as the user reads 91,00%', () => {
    expect(label(0.90999)).toBe('Sangat Tinggi');
    expect(label(0.90994)).toBe('Tinggi');
  });

  it('puts values below every band (an unclamped negative capaian) in the lowest band', () => {
    expect(label(-0.4)).toBe('Sangat Rendah');
  });

  it('does not depend on the order of the bands in the policy', () => {
    const shuffled = CapaianPolicySchema.parse({
      categories: [
        { id: 'rendah', label: 'Rendah', min: 0.51 },
        { id: 'sangat_tinggi', label: 'Sangat Tinggi', min: 0.91 },
        { id: 'sangat_rendah', label: 'Sangat Rendah', min: 0 },
        { id: 'sedang', label: 'Sedang', min: 0.66 },
        { id: 'tinggi', label: 'Tinggi', min: 0.76 },
      ],
    });
    expect(categorize(0.91, shuffled).id).toBe('sangat_tinggi');
    expect(categorize(0.8, shuffled).id).toBe('tinggi');
    expect(categorize(0.3, shuffled).id).toBe('sangat_rendah');
  });

  it('rejects a policy with two categories of the same id', () => {
    const r = CapaianPolicySchema.safeParse({
      categories: [
        { id: 'tinggi', label: 'Tinggi', min: 0.8 },
        { id: 'tinggi', label: 'Tinggi lagi', min: 0.5 },
      ],
    });
    expect(r.success).toBe(false);
  });
});
