import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualVerdicts,
  comparePeriods,
  type HistoryRow,
  mergeHistory,
  mostImproved,
  mostImprovedUnits,
  trendsAt,
  unitTrends,
} from '../../shared/history';
import { formatIssue } from '../../shared/messages/format';
import { PolicySchema } from '../../shared/policy/schema';
import { HistoryPolicySchema } from '../../shared/policy/sections/history';

const policy = HistoryPolicySchema.parse({});
const fullPolicy = PolicySchema.parse({});
const LABEL: Record<string, string> = {
  '2025-01': 'Januari 2025',
  '2025-02': 'Februari 2025',
  '2025-03': 'Maret 2025',
  '2025-04': 'April 2025',
  '2025-Q1': 'Triwulan I 2025',
  '2025-12': 'Desember 2025',
  '2025': 'Tahun 2025',
  '2024-12': 'Desember 2024',
};

const row = (
  period: string,
  nip: string,
  capaian: number | null,
  nama = 'Pegawai',
  more: Partial<HistoryRow> = {},
): HistoryRow => ({
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
  ...more,
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
          k.filter((r) => !recomputed.has(r.period)).sort((a, b) => comparePeriods(a.period, b.period)),
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

describe('annualVerdicts', () => {
  const months = [
    row('2025-01', RAHMAT, 0.2, 'Rahmat', { predikat: 'Sangat Kurang', kategori: 'Sangat Rendah' }),
    row('2025-02', RAHMAT, 1.2, 'Rahmat', { predikat: 'Sangat Baik', kategori: 'Sangat Tinggi' }),
    row('2025-03', RAHMAT, 0.95, 'Rahmat', { predikat: 'Baik', kategori: 'Sangat Tinggi' }),
    row('2024-12', RAHMAT, 0.5, 'Rahmat', { predikat: 'Butuh Perbaikan' }),
  ];
  const withRule = (annual: (typeof fullPolicy)['history']['annual']) => ({
    ...fullPolicy,
    history: { ...fullPolicy.history, annual },
  });

  it('defaults to the last period of the year without annual data, never the mean, and says so', () => {
    const [verdict] = annualVerdicts(months, '2025', fullPolicy);
    expect(verdict).toMatchObject({
      from: '2025-03',
      capaian: 0.95,
      predikat: 'Baik',
      rule: 'annual-data-else-last',
      periods: ['2025-01', '2025-02', '2025-03'],
    });
    expect(verdict?.reason && formatIssue(verdict.reason)).toBe(
      'Predikat tahunan 2025 = predikat periode terakhir (Maret 2025) karena belum ada data tahunan; periode tidak dirata-ratakan. Periode tercatat: Januari 2025, Februari 2025, Maret 2025.',
    );
  });

  it('takes the annual data when the year has it, whichever period came last', () => {
    const history = [...months, row('2025', RAHMAT, 0.88, 'Rahmat', { predikat: 'Butuh Perbaikan' })];
    const [verdict] = annualVerdicts(history, '2025', fullPolicy);
    expect(verdict).toMatchObject({ from: '2025', capaian: 0.88, predikat: 'Butuh Perbaikan' });
    expect(verdict?.reason.code).toBe('HIST_ANNUAL_FROM_ANNUAL');
    expect(verdict?.periodLabels.at(-1)).toBe('Tahun 2025');
  });

  it('orders periods by where they end: Desember comes after Triwulan I, not before it', () => {
    const history = [row('2025-12', SARI, 1.1), row('2025-Q1', SARI, 0.7)];
    expect(annualVerdicts(history, '2025', fullPolicy)[0]).toMatchObject({ from: '2025-12', capaian: 1.1 });
  });

  it('gives no verdict, with a warning, when the policy asks for annual data the year lacks', () => {
    const [verdict] = annualVerdicts(months, '2025', withRule('annual-data'));
    expect(verdict).toMatchObject({ from: null, capaian: null, predikat: '' });
    expect(verdict?.reason).toMatchObject({ code: 'HIST_ANNUAL_NO_ANNUAL_DATA', severity: 'warning' });
  });

  it('averages only when the policy says so, then says so and derives no predikat', () => {
    const [verdict] = annualVerdicts(months, '2025', withRule('mean-capaian'));
    expect(verdict?.capaian).toBeCloseTo(0.7833333, 6);
    expect(verdict).toMatchObject({ from: null, predikat: '', rule: 'mean-capaian' });
    expect(verdict?.kategori).not.toBe('');
    expect(verdict?.reason && formatIssue(verdict.reason)).toContain(
      'RATA-RATA capaian 3 periode (Januari 2025 20%, Februari 2025 120%, Maret 2025 95%) sesuai kebijakan',
    );
    const gap = [...months, row('2025-04', RAHMAT, null, 'Rahmat')];
    expect(annualVerdicts(gap, '2025', withRule('mean-capaian'))[0]).toMatchObject({
      capaian: null,
      reason: { code: 'HIST_ANNUAL_MEAN_GAP', params: { missing: 'April 2025' } },
    });
  });

  it('is never the mean by the default rule, whatever the months (property)', () => {
    const capaian = fc.double({ min: 0, max: 2, noNaN: true });
    fc.assert(
      fc.property(fc.array(capaian, { minLength: 2, maxLength: 4 }), (values) => {
        const keys = ['2025-01', '2025-02', '2025-03', '2025-04'];
        const history = values.map((c, i) => row(keys[i] ?? '', SARI, c));
        const [verdict] = annualVerdicts(history, '2025', fullPolicy);
        expect(verdict?.capaian).toBe(values.at(-1));
        expect(verdict?.from).toBe(keys[values.length - 1]);
      }),
    );
  });
});

describe('unitTrends and mostImprovedUnits', () => {
  const YUDI = '198711052011011002';
  const aplikasi = { unit: 'Bidang Aplikasi Informatika' };
  const history = [
    row('2025-01', RAHMAT, 0.8, 'Rahmat', { ...aplikasi, predikat: 'Butuh Perbaikan' }),
    row('2025-02', RAHMAT, 0.85, 'Rahmat', { ...aplikasi, predikat: 'Butuh Perbaikan' }),
    row('2025-03', RAHMAT, 0.9, 'Rahmat', { ...aplikasi, predikat: 'Butuh Perbaikan' }),
    row('2025-01', SARI, 1.0, 'Sari', { ...aplikasi, predikat: 'Baik' }),
    row('2025-02', SARI, 1.1, 'Sari', { ...aplikasi, predikat: 'Baik' }),
    row('2025-03', SARI, 1.2, 'Sari', { ...aplikasi, predikat: 'Sangat Baik' }),
    row('2025-01', YUDI, 1.05, 'Yudi', { predikat: 'Baik' }),
    row('2025-02', YUDI, 1.0, 'Yudi', { predikat: 'Baik' }),
    row('2025-03', YUDI, null, 'Yudi'),
  ];

  it('gives per unit and period the mean capaian of those with one, predikat counts and stagnant employees', () => {
    const trends = unitTrends(history, policy);
    expect(trends.periods.map((p) => p.label)).toEqual(['Januari 2025', 'Februari 2025', 'Maret 2025']);
    expect(trends.units).toEqual(['Bidang Aplikasi Informatika', 'Sekretariat']);
    const march = trends.at('Bidang Aplikasi Informatika', '2025-03');
    expect(march).toMatchObject({
      employees: 2,
      meanCapaian: 1.05,
      predikatCounts: { 'Butuh Perbaikan': 1, 'Sangat Baik': 1 },
      stagnant: 1,
    });
    expect(trends.at('Bidang Aplikasi Informatika', '2025-02')?.stagnant).toBe(0);
    expect(trends.at('Sekretariat', '2025-03')).toMatchObject({
      employees: 1,
      withCapaian: 0,
      meanCapaian: null,
    });
    expect(trends.at('Sekretariat', '2025-04')).toBeUndefined();
  });

  it('names the units whose mean rose most, only rises, and skips a unit with no mean at either end', () => {
    expect(mostImprovedUnits(history, '2025-01', '2025-03')).toEqual([
      { unit: 'Bidang Aplikasi Informatika', from: 0.9, to: 1.05, change: 0.15 },
    ]);
    expect(mostImprovedUnits(history, '2025-01', '2025-02')).toEqual([
      { unit: 'Bidang Aplikasi Informatika', from: 0.9, to: 0.975, change: 0.075 },
    ]);
  });
});
