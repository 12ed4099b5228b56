import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HistoryRow, mergeHistory, mostImproved, trendsAt } from '../../shared/history';
import { formatIssue } from '../../shared/messages/format';
import { HistoryPolicySchema } from '../../shared/policy/sections/history';

const policy = HistoryPolicySchema.parse({});
const LABEL: Record<string, string> = {
  '2025-01': 'Januari 2025',
  '2025-02': 'Februari 2025',
  '2025-03': 'Maret 2025',
  '2025-04': 'April 2025',
};

const row = (period: string, nip: string, capaian: number | null, nama = 'Pegawai'): HistoryRow => ({
  period,
  label: LABEL[period] ?? period,
  nip,
  nama,
  unit: 'Sekretariat',
  capaian,
  kategori: '',
  predikat: '',
  potongan: 0,
  tkDays: 0,
});

const RAHMAT = '198403122009011004';
const SARI = '199001252015032006';

describe('mergeHistory', () => {
  it('replaces the periods computed now and keeps every other period exactly', () => {
    const kept = [row('2025-01', RAHMAT, 0.8), row('2025-02', RAHMAT, 0.85), row('2025-03', RAHMAT, 0.9)];
    const merged = mergeHistory(kept, [row('2025-02', RAHMAT, 0.95)]);
    expect(merged.map((r) => [r.period, r.capaian])).toEqual([
      ['2025-01', 0.8],
      ['2025-02', 0.95],
      ['2025-03', 0.9],
    ]);
  });

  it('never changes a row of a period it was not given (property)', () => {
    const period = fc.constantFrom('2024-12', '2025-01', '2025-02', '2025-Q1', '2025');
    const rowArb = fc.record({
      period,
      nip: fc.constantFrom(RAHMAT, SARI),
      capaian: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.array(rowArb, { maxLength: 8 }), (kept, fresh) => {
        const k = kept.map((r) => row(r.period, r.nip, r.capaian));
        const f = fresh.map((r) => row(r.period, r.nip, r.capaian));
        const merged = mergeHistory(k, f);
        const recomputed = new Set(f.map((r) => r.period));
        expect(merged.filter((r) => !recomputed.has(r.period))).toEqual(
          k
            .filter((r) => !recomputed.has(r.period))
            .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
        );
        expect(merged.filter((r) => recomputed.has(r.period))).toHaveLength(f.length);
      }),
    );
  });
});

describe('trendsAt', () => {
  const history = [
    row('2025-01', RAHMAT, 0.8),
    row('2025-02', RAHMAT, 0.85),
    row('2025-03', RAHMAT, 0.9),
    row('2025-01', SARI, 1.0),
    row('2025-02', SARI, 1.1),
    row('2025-03', SARI, 1.2),
  ];

  it('gives the change since the previous period and flags three periods below target, with the reason', () => {
    const trends = trendsAt(history, '2025-03', policy);
    const rahmat = trends.get(RAHMAT);
    expect(rahmat).toMatchObject({ change: 0.05, previous: '2025-02', stagnant: true });
    expect(rahmat?.reason && formatIssue(rahmat.reason)).toContain(
      'capaian 3 periode berturut-turut di bawah 100% (Januari 2025 80%, Februari 2025 85%, Maret 2025 90%)',
    );
    expect(trends.get(SARI)).toMatchObject({ change: 0.1, stagnant: false, reason: null });
  });

  it('needs the policy number of periods: two periods below target are not stagnation yet', () => {
    const trends = trendsAt(history, '2025-02', policy);
    expect(trends.get(RAHMAT)).toMatchObject({ stagnant: false, previous: '2025-01' });
    expect(trendsAt(history, '2025-02', { ...policy, stagnantPeriods: 2 }).get(RAHMAT)?.stagnant).toBe(true);
  });

  it('flags capaian that never rose while just on target, and ignores periods after the one asked', () => {
    const falling = [
      row('2025-01', SARI, 1.08),
      row('2025-02', SARI, 1.05),
      row('2025-03', SARI, 1.05),
      row('2025-04', SARI, 1.5),
    ];
    expect(trendsAt(falling, '2025-03', policy).get(SARI)?.reason?.code).toBe('HIST_STAGNANT_FLAT');
    expect(trendsAt(falling, '2025-04', policy).get(SARI)?.stagnant).toBe(false);
  });

  it('does not call steady excellence stagnation', () => {
    const steady = [row('2025-01', SARI, 1.18), row('2025-02', SARI, 1.18), row('2025-03', SARI, 1.18)];
    expect(trendsAt(steady, '2025-03', policy).get(SARI)?.stagnant).toBe(false);
  });

  it('does not judge a period with an unknown capaian', () => {
    const gap = [row('2025-01', RAHMAT, 0.8), row('2025-02', RAHMAT, null), row('2025-03', RAHMAT, 0.9)];
    expect(trendsAt(gap, '2025-03', policy).get(RAHMAT)).toMatchObject({ stagnant: false, change: null });
  });
});

describe('mostImproved', () => {
  it('names who rose most between two periods, largest rise first, only rises', () => {
    const history = [
      row('2025-01', RAHMAT, 0.8, 'Rahmat'),
      row('2025-03', RAHMAT, 0.9, 'Rahmat'),
      row('2025-01', SARI, 1.0, 'Sari'),
      row('2025-03', SARI, 1.2, 'Sari'),
      row('2025-01', '198711052011011002', 1.05, 'Yudi'),
      row('2025-03', '198711052011011002', 0.95, 'Yudi'),
    ];
    expect(
      mostImproved(history, '2025-01', '2025-03').map((e) => [e.nama, Number(e.change.toFixed(4))]),
    ).toEqual([
      ['Sari', 0.2],
      ['Rahmat', 0.1],
    ]);
  });
});
