import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, Result } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';
import { evaluateRb, type RbInput, rbGrade } from '../../shared/org';
import { validatePolicy } from '../../shared/policy/io';
import { defaultPolicy, RB_AREAS } from '../../shared/policy/schema';

const policy = defaultPolicy().rb;
const warningsOf = <T>(r: Result<T>): Issue[] => (r.ok ? (r.warnings ?? []) : []);

/**
 * Dinas Kesehatan's PMPRB self-assessment. Default weights split each pengungkit part evenly over
 * the eight areas: per area pemenuhan 2,5, hasil antara 1,25, reform 3,75 (7,5 per area, 60 in all).
 */
const input: RbInput = {
  areas: RB_AREAS.map((a) => ({ area: a.label, pemenuhan: 1, hasilAntara: 0.8, reform: 0.6 })),
  hasil: [
    { indicator: 'Kapasitas dan Akuntabilitas Kinerja Organisasi', value: 0.75 },
    { indicator: 'pemerintah_bersih', value: 0.9 },
    { indicator: 'Kualitas Pelayanan Publik', value: 0.8 },
    { indicator: 'Kinerja Organisasi', value: 0.5 },
  ],
};

describe('evaluateRb', () => {
  it('keeps the default maxima at 60 pengungkit and 40 hasil', () => {
    const r = evaluateRb({ areas: [], hasil: [] }, policy);
    expect(r.ok && [r.value.pengungkit.max, r.value.hasil.max, r.value.total.max]).toEqual([60, 40, 100]);
    expect(r.ok && r.value.year).toContain('26/2020');
  });

  it('adds up pengungkit, hasil and total, and shows the points each area lost', () => {
    const r = evaluateRb(input, policy);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Per area: 2,5 x 1 + 1,25 x 0,8 + 3,75 x 0,6 = 2,5 + 1 + 2,25 = 5,75 (lost 1,75); x 8 = 46.
    expect(r.value.areas[0]).toMatchObject({ id: 'manajemen_perubahan', score: 5.75, max: 7.5, lost: 1.75 });
    expect(r.value.areas[0]?.reform).toEqual({ fraction: 0.6, score: 2.25, max: 3.75 });
    expect(r.value.pengungkit).toEqual({ score: 46, max: 60 });
    // Hasil: 10 x (0,75 + 0,9 + 0,8 + 0,5) = 29,5.
    expect(r.value.hasil.score).toBe(29.5);
    expect(r.value.hasil.indicators.map((i) => i.lost)).toEqual([2.5, 1, 2, 5]);
    expect(r.value.total).toEqual({ score: 75.5, max: 100 });
    expect(warningsOf(r)).toEqual([]);
  });

  it('reads percentages the same as fractions, and says it did', () => {
    const percent: RbInput = {
      areas: input.areas.map((a) => ({ ...a, pemenuhan: 100, hasilAntara: 80, reform: 60 })),
      hasil: input.hasil.map((h) => ({ ...h, value: (h.value ?? 0) * 100 })),
    };
    const r = evaluateRb(percent, policy);
    expect(r.ok && r.value.total.score).toBe(75.5);
    expect(warningsOf(r).map((w) => w.code)).toEqual(['RB_PERCENT_ASSUMED']);
  });

  it('refuses an achievement above 1 when fractions were announced, naming area and row', () => {
    const r = evaluateRb(
      { scale: 'fraction', areas: [{ area: 'Penataan SDM Aparatur', pemenuhan: 1.2, row: 7 }], hasil: [] },
      policy,
    );
    expect(!r.ok && formatIssue(r.issue)).toBe(
      'Baris 7: Capaian pemenuhan untuk Penataan SDM Aparatur bernilai "1,2", padahal harus 0 sampai 1 ' +
        '(atau 0% sampai 100%). Perbaiki angkanya.',
    );
    const negative = evaluateRb(
      { areas: [], hasil: [{ indicator: 'Kinerja Organisasi', value: -5 }] },
      policy,
    );
    expect(!negative.ok && negative.issue.code).toBe('RB_VALUE_INVALID');
    const over = evaluateRb({ areas: [], hasil: [{ indicator: 'Kinerja Organisasi', value: 120 }] }, policy);
    expect(!over.ok && over.issue.code).toBe('RB_VALUE_INVALID');
  });

  it('scores a missing area 0 with a warning, and refuses an unknown area or a duplicate', () => {
    const partial = evaluateRb({ areas: input.areas.slice(1), hasil: input.hasil }, policy);
    expect(partial.ok && partial.value.pengungkit.score).toBe(40.25);
    expect(warningsOf(partial).map((w) => formatIssue(w))[0]).toBe(
      'Area Manajemen Perubahan belum diisi, sehingga dinilai 0 (kehilangan 7,5 poin). Isi capaiannya.',
    );
    const onlyPemenuhan = evaluateRb(
      { areas: [{ area: 'Penguatan Pengawasan', pemenuhan: 1 }], hasil: [] },
      policy,
    );
    const partWarnings = warningsOf(onlyPemenuhan).filter((w) => w.code === 'RB_PART_MISSING');
    expect(partWarnings.map((w) => formatIssue(w))).toEqual([
      'Capaian hasil antara untuk Penguatan Pengawasan belum diisi, sehingga dinilai 0 (kehilangan 1,25 poin). Isi capaiannya.',
      'Capaian reform untuk Penguatan Pengawasan belum diisi, sehingga dinilai 0 (kehilangan 3,75 poin). Isi capaiannya.',
    ]);
    const unknown = evaluateRb({ areas: [{ area: 'Penataan Aset', pemenuhan: 1 }], hasil: [] }, policy);
    expect(!unknown.ok && formatIssue(unknown.issue)).toContain('"Penataan Aset" tidak dikenal');
    const twice = evaluateRb(
      { areas: [input.areas[0]!, { area: 'manajemen_perubahan', reform: 1 }], hasil: [] },
      policy,
    );
    expect(!twice.ok && twice.issue.code).toBe('RB_DUPLICATE');
  });

  it('knows the areas by the names offices write (policy synonyms)', () => {
    const r = evaluateRb(
      {
        areas: [
          { area: '4. Penataan Tatalaksana', pemenuhan: 1 },
          { area: 'Penataan Sistem Manajemen SDM', reform: 1 },
        ],
        hasil: [],
      },
      policy,
    );
    expect(r.ok && r.value.areas.filter((a) => a.score > 0).map((a) => [a.id, a.score])).toEqual([
      ['penataan_tata_laksana', 2.5],
      ['penataan_sdm', 3.75],
    ]);
  });

  it('grades the RB index by the policy bands, the lower bound exclusive (PermenPANRB 14/2014)', () => {
    expect([90, 90.01, 70, 70.01, 30, 0].map((s) => rbGrade(s, policy).grade)).toEqual([
      'A',
      'AA',
      'B',
      'BB',
      'D',
      'D',
    ]);
    expect(rbGrade(78.5, policy)).toEqual({ grade: 'BB', label: 'Baik' });
  });

  it('uses the year weights a region enters', () => {
    const year2024 = {
      ...policy,
      year: 'LKE RB 2024',
      areas: [
        {
          id: 'pelayanan_publik',
          label: 'Peningkatan Kualitas Pelayanan Publik',
          aliases: [],
          pemenuhan: 20,
          hasilAntara: 10,
          reform: 30,
        },
      ],
    };
    const r = evaluateRb(
      {
        areas: [
          { area: 'Peningkatan Kualitas Pelayanan Publik', pemenuhan: 0.5, hasilAntara: 0.5, reform: 0.5 },
        ],
        hasil: [],
      },
      year2024,
    );
    expect(r.ok && [r.value.year, r.value.pengungkit.score, r.value.pengungkit.max]).toEqual([
      'LKE RB 2024',
      30,
      60,
    ]);
  });
});

describe('evaluateRb: properties', () => {
  it('stays within 0 and the policy maxima for any valid fractions', () => {
    const f = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(f, f, f), { minLength: 8, maxLength: 8 }),
        fc.array(f, { minLength: 4, maxLength: 4 }),
        (parts, hasil) => {
          const r = evaluateRb(
            {
              scale: 'fraction',
              areas: RB_AREAS.map((a, i) => ({
                area: a.id,
                pemenuhan: parts[i]?.[0],
                hasilAntara: parts[i]?.[1],
                reform: parts[i]?.[2],
              })),
              hasil: policy.hasil.map((h, i) => ({ indicator: h.id, value: hasil[i] })),
            },
            policy,
          );
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.pengungkit.score).toBeGreaterThanOrEqual(0);
          expect(r.value.pengungkit.score).toBeLessThanOrEqual(60);
          expect(r.value.hasil.score).toBeLessThanOrEqual(40);
          expect(r.value.total.score).toBeCloseTo(r.value.pengungkit.score + r.value.hasil.score, 1);
          for (const a of r.value.areas) expect(a.lost).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('RB and SAKIP policies with repeated ids', () => {
  it('are refused, so no area or component is counted twice or can never be filled in', () => {
    const sdm = {
      id: 'penataan_sdm',
      label: 'Penataan SDM Aparatur',
      pemenuhan: 5,
      hasilAntara: 5,
      reform: 5,
    };
    const rb = validatePolicy({ rb: { areas: [sdm, { ...sdm, label: 'SDM' }] } });
    expect(rb.ok ? '' : formatIssue(rb.issue)).toContain('id area harus unik');
    const c = { id: 'perencanaan', label: 'Perencanaan Kinerja', weight: 50 };
    const sakip = validatePolicy({ sakip: { components: [c, { ...c, label: 'Perencanaan' }] } });
    expect(sakip.ok ? '' : formatIssue(sakip.issue)).toContain('id komponen harus unik');
  });
});
