/**
 * History in time order, never in text order ("2025" < "2025-01" and "2025-12" < "2025-Q1" as text), and a
 * trend that compares a period only with earlier periods of its own length: a quarter with quarters, a
 * year with years, a month with months (never a quarter with the months inside it).
 */
import { describe, expect, it } from 'vitest';
import { addOlderPeriods, type HistoryRow, mergeHistory, sameLength, trendsAt } from '../../shared';
import { defaultPolicy } from '../../shared/policy';

const policy = defaultPolicy().history;

const row = (period: string, label: string, capaian: number, nip = '1'): HistoryRow => ({
  period,
  label,
  nip,
  nama: `Pegawai ${nip}`,
  unit: 'U',
  capaian,
  kategori: '',
  predikat: '',
  potongan: 0,
  tkDays: 0,
});

const keys = (rows: readonly HistoryRow[]) => rows.map((r) => r.period);

describe('history is kept in time order', () => {
  it('puts the year after its December and a quarter after its last month, before the next month', () => {
    const merged = mergeHistory(
      [],
      [
        row('2025', 'Tahun 2025', 1.18),
        row('2025-04', 'April 2025', 1),
        row('2025-Q1', 'Triwulan I 2025', 0.95),
        row('2025-12', 'Desember 2025', 1.2),
        row('2025-03', 'Maret 2025', 0.9),
        row('2024-12', 'Desember 2024', 0.72),
      ],
    );
    expect(keys(merged)).toEqual(['2024-12', '2025-03', '2025-Q1', '2025-04', '2025-12', '2025']);
  });

  it('names the periods a copy adds in time order', () => {
    const merge = addOlderPeriods([], [row('2024', 'Tahun 2024', 1), row('2024-12', 'Desember 2024', 1)]);
    expect(merge.added).toEqual(['2024-12', '2024']);
  });
});

describe('a trend compares a period with earlier periods of its own length', () => {
  const months = [
    row('2024-11', 'Nov 2024', 0.7),
    row('2024-12', 'Des 2024', 0.72),
    row('2025-10', 'Okt 2025', 1.1),
    row('2025-11', 'Nov 2025', 1.15),
    row('2025-12', 'Des 2025', 1.2),
  ];

  it('measures a year from the year before, never from Desember of the year before or its own months', () => {
    const alone = trendsAt(mergeHistory([], [...months, row('2025', 'Tahun 2025', 1.18)]), '2025', policy);
    expect(alone.get('1')).toMatchObject({ change: null, previous: null, stagnant: false });
    const withYear = trendsAt(
      mergeHistory([], [...months, row('2024', 'Tahun 2024', 0.9), row('2025', 'Tahun 2025', 1.18)]),
      '2025',
      policy,
    );
    expect(withYear.get('1')).toMatchObject({ previous: '2024' });
    expect(withYear.get('1')?.change).toBeCloseTo(0.28, 10);
  });

  const year = mergeHistory(
    [],
    [
      row('2025-01', 'Jan', 0.9),
      row('2025-02', 'Feb', 0.9),
      row('2025-03', 'Mar', 0.9),
      row('2025-Q1', 'TW I', 0.95),
      row('2025-04', 'Apr', 1),
      row('2025-05', 'Mei', 1),
      row('2025-06', 'Jun', 1),
      row('2025-07', 'Jul', 1),
      row('2025-Q2', 'TW II', 0.85),
    ],
  );

  it('measures a quarter from the quarter before and its stagnation over quarters only', () => {
    const q2 = trendsAt(year, '2025-Q2', policy).get('1');
    expect(q2).toMatchObject({ previous: '2025-Q1', stagnant: false, reason: null });
    expect(q2?.change).toBeCloseTo(-0.1, 10);
    // Two quarters below target: stagnant over quarters, never over "Jul, TW I, TW II".
    const two = trendsAt(year, '2025-Q2', { ...policy, stagnantPeriods: 2 }).get('1');
    expect(two?.reason?.params?.periods).toBe('TW I 95%, TW II 85%');
  });

  it('measures a month from the month before, never from the quarter that ends with it', () => {
    expect(trendsAt(year, '2025-04', policy).get('1')).toMatchObject({ previous: '2025-03' });
    expect(trendsAt(year, '2025-03', policy).get('1')).toMatchObject({ previous: '2025-02' });
  });

  it('knows which periods are of the same length', () => {
    expect(sameLength('2025-Q1', '2024-Q4')).toBe(true);
    expect(sameLength('2025-Q1', '2025-03')).toBe(false);
    expect(sameLength('2025', '2025-12')).toBe(false);
    expect(sameLength('2025-S1', '2025-S2')).toBe(true);
  });
});
