import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { rankUnits } from '../../shared/org';
import { defaultPolicy } from '../../shared/policy/schema';

const reward = defaultPolicy().reward;

/** SAKIP scores of a kabupaten's OPD, this year and last, as the Sekda reads them at the coordination meeting. */
const UNITS = [
  { unit: 'RSUD dr. Soedarso', score: 65.3, previous: 66 },
  { unit: 'Dinas Pendidikan', score: 81.2, previous: 80 },
  { unit: 'Dinas Kesehatan', score: 78.5, previous: 70.1 },
  { unit: 'Inspektorat', score: 59, previous: 50.5 },
  { unit: 'Bappeda', score: 81.2, previous: null },
  { unit: 'Kecamatan Menggala', score: 72.04 },
];

describe('rankUnits', () => {
  const result = rankUnits(UNITS, reward);

  it('ranks highest first; tied units share a rank and are listed by name', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ranking.map((r) => [r.rank, r.unit])).toEqual([
      [1, 'Bappeda'],
      [1, 'Dinas Pendidikan'],
      [3, 'Dinas Kesehatan'],
      [4, 'Kecamatan Menggala'],
      [5, 'RSUD dr. Soedarso'],
      [6, 'Inspektorat'],
    ]);
    expect(result.value.best.map((r) => r.unit)).toEqual(['Bappeda', 'Dinas Pendidikan']);
    expect(result.value.lowest.map((r) => r.unit)).toEqual(['Inspektorat']);
  });

  it('names the most improved unit by the largest increase, without float noise', () => {
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.mostImproved.map((r) => [r.unit, r.delta])).toEqual([['Inspektorat', 8.5]]);
    const dinkes = result.value.ranking.find((r) => r.unit === 'Dinas Kesehatan');
    expect(dinkes?.delta).toBe(8.4);
    const bappeda = result.value.ranking.find((r) => r.unit === 'Bappeda');
    expect(bappeda?.delta).toBeNull();
  });

  it('names nobody most improved when no unit rose by the minimum the policy asks', () => {
    const r = rankUnits(UNITS, { ...reward, mostImprovedMinDelta: 10 });
    expect(r.ok && r.value.mostImproved).toEqual([]);
    const flat = rankUnits(
      [
        { unit: 'Dinas Sosial', score: 70, previous: 70.5 },
        { unit: 'Dinas Perhubungan', score: 60, previous: 61 },
      ],
      reward,
    );
    expect(flat.ok && flat.value.mostImproved).toEqual([]);
  });

  it('lets tied improvements share the title and keeps the order stable whatever the input order', () => {
    const units = [
      { unit: 'Dinas Sosial', score: 72, previous: 70 },
      { unit: 'Badan Kepegawaian Daerah', score: 82, previous: 80 },
      { unit: 'Dinas Perhubungan', score: 61, previous: 60.5 },
    ];
    const a = rankUnits(units, reward);
    const b = rankUnits([...units].reverse(), reward);
    expect(a).toEqual(b);
    expect(a.ok && a.value.mostImproved.map((r) => r.unit)).toEqual([
      'Badan Kepegawaian Daerah',
      'Dinas Sosial',
    ]);
  });

  it('has no lowest unit when every unit scores the same, and handles an empty list', () => {
    const same = rankUnits(
      [
        { unit: 'Dinas Sosial', score: 70 },
        { unit: 'Dinas Perhubungan', score: 70 },
      ],
      reward,
    );
    expect(same.ok && [same.value.best.length, same.value.lowest.length]).toEqual([2, 0]);
    expect(rankUnits([], reward)).toEqual({
      ok: true,
      value: { ranking: [], best: [], mostImproved: [], lowest: [] },
    });
  });

  it('refuses a missing score, a nameless unit and a unit listed twice, saying which', () => {
    const nan = rankUnits([{ unit: 'Dinas Sosial', score: Number.NaN }], reward);
    expect(!nan.ok && formatIssue(nan.issue)).toBe(
      'Nilai "-" untuk Dinas Sosial tidak sah. Tulis angka 0 sampai 100.',
    );
    const noName = rankUnits(
      [
        { unit: 'Dinas Sosial', score: 70 },
        { unit: '  ', score: 60 },
      ],
      reward,
    );
    expect(!noName.ok && formatIssue(noName.issue)).toContain('urutan ke-2');
    const twice = rankUnits(
      [
        { unit: 'Dinas Sosial', score: 70 },
        { unit: 'dinas  sosial', score: 60 },
      ],
      reward,
    );
    expect(!twice.ok && twice.issue.code).toBe('RANK_UNIT_DUPLICATE');
  });
});
