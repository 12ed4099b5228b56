import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPeriodInText,
  type Period,
  parsePeriod,
  periodKey,
  periodLabel,
  readPeriod,
} from '../../shared/parse';

const month = (year: number, index: number): Period => ({ kind: 'month', year, index });

describe('parsePeriod', () => {
  it.each([
    ['Mei 2024', '2024-05'],
    ['MEI 2024', '2024-05'],
    ['Bulan : Mei 2024', '2024-05'],
    ['Periode: Januari 2026', '2026-01'],
    ['Periode Penilaian : Bulan Maret 2025', '2025-03'],
    ['Jan 2025', '2025-01'],
    ['Agustus-2024', '2024-08'],
    ['Agt 2024', '2024-08'],
    ['Sept 2023', '2023-09'],
    ['Nopember 2024', '2024-11'],
    ['Des 2024', '2024-12'],
    ['October 2024', '2024-10'],
    ['05/2024', '2024-05'],
    ['5-2024', '2024-05'],
    ['2024-05', '2024-05'],
    ['Triwulan I 2024', '2024-Q1'],
    ['TW II 2024', '2024-Q2'],
    ['Triwulan ke-3 Tahun 2024', '2024-Q3'],
    ['Q4 2024', '2024-Q4'],
    ['2024-Q2', '2024-Q2'],
    ['Semester 1 Tahun 2024', '2024-S1'],
    ['SEMESTER II 2023', '2023-S2'],
    ['Tahun 2024', '2024'],
    ['Tahun Anggaran 2025', '2025'],
    ['2024', '2024'],
  ])('reads "%s" as %s', (text, key) => {
    const period = parsePeriod(text);
    expect(period && periodKey(period)).toBe(key);
  });

  it.each([
    '',
    'Mei',
    'Triwulan V 2024',
    '13/2024',
    '31/05/2024',
    '2024-05-31',
    'Manado, 12 Juni 2024',
    'Badan Kepegawaian Daerah',
    'NIP. 199003152015031002',
  ])('finds no single period in "%s"', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('reports "Januari s.d. Maret 2024" as a range, never as one guessed period', () => {
    expect(parsePeriod('Januari s.d. Maret 2024')).toBeNull();
    expect(readPeriod('Januari s.d. Maret 2024')).toEqual({
      status: 'ambiguous',
      reason: 'range',
      periods: [month(2024, 1), month(2024, 3)],
    });
    expect(readPeriod('Januari - Maret 2024')).toMatchObject({ status: 'ambiguous', reason: 'range' });
    expect(readPeriod('1 Januari sd 31 Maret 2026')).toMatchObject({
      status: 'ambiguous',
      reason: 'range',
      periods: [month(2026, 1), month(2026, 3)],
    });
  });

  it('reads two dates spanning exactly one month or one year as that period (e-Kinerja prints them so)', () => {
    for (const text of [
      '01 November 2025 - 30 November 2025',
      '1 Nov 2025 s/d 30 Nov 2025',
      '01/11/2025 - 30/11/2025',
    ])
      expect(readPeriod(text), text).toEqual({ status: 'one', period: month(2025, 11) });
    expect(parsePeriod('1 Februari 2024 - 29 Februari 2024')).toEqual(month(2024, 2));
    for (const text of ['1 Januari 2025 s/d 31 Desember 2025', '01/01/2025 - 31/12/2025'])
      expect(readPeriod(text), text).toEqual({
        status: 'one',
        period: { kind: 'year', index: 1, year: 2025 },
      });
    // Part of a month, a quarter or a half of the year in dates, or across years: still a range, never narrowed.
    for (const text of [
      '01 November 2025 - 15 November 2025',
      '1 Februari 2025 - 29 Februari 2025',
      '1 Januari 2025 s.d. 31 Maret 2025',
      '01 Januari 2025 - 30 Juni 2025',
      '1 Desember 2024 - 31 Desember 2025',
      '2 Januari 2025 - 31 Desember 2025',
      // A span beside other periods names more than one.
      '1/1/2025 - 31/1/2025 dan 1 Februari 2025 - 28 Februari 2025',
      'Mei 2025 (1 Januari 2025 s/d 31 Desember 2025)',
    ])
      expect(readPeriod(text), text).toMatchObject({ status: 'ambiguous', reason: 'range' });
  });

  it('tells none, one and several periods apart', () => {
    expect(readPeriod('Keterangan')).toEqual({ status: 'none' });
    expect(readPeriod('Mei 2024')).toEqual({ status: 'one', period: month(2024, 5) });
    expect(readPeriod('Mei 2024, Juni 2024')).toMatchObject({ status: 'ambiguous', reason: 'several' });
  });

  it('keeps the month when its year is also named ("Tahun 2024 Bulan Mei 2024")', () => {
    expect(readPeriod('Tahun 2024 Bulan Mei 2024')).toEqual({ status: 'one', period: month(2024, 5) });
  });
});

describe('findPeriodInText', () => {
  it('finds the period inside a title line', () => {
    expect(findPeriodInText('REKAPITULASI KEHADIRAN PEGAWAI BULAN MEI 2024')).toEqual({
      status: 'one',
      period: month(2024, 5),
    });
    expect(findPeriodInText('LAPORAN CAPAIAN KINERJA TRIWULAN III TAHUN 2025')).toEqual({
      status: 'one',
      period: { kind: 'quarter', year: 2025, index: 3 },
    });
  });

  it('does not take a numeric date for a period, nor its year', () => {
    for (const text of [
      '31/05/2024',
      '1/5/2024',
      '31-05-2024',
      '31.05.2024',
      '2024-05-31',
      '2024-05-02 07:31:00',
      'Dicetak tanggal 31/05/2024',
      'Manado, 12-06-2024',
    ])
      expect(findPeriodInText(text), text).toEqual({ status: 'none' });
    // The date does not hide the period the line names, and two dates still read as a range.
    expect(findPeriodInText('REKAP BULAN MEI 2024 (dicetak 03/06/2024)')).toEqual({
      status: 'one',
      period: month(2024, 5),
    });
    expect(findPeriodInText('Periode 01/01/2024 s.d. 31/03/2024')).toMatchObject({
      status: 'ambiguous',
      reason: 'range',
      periods: [month(2024, 1), month(2024, 3)],
    });
    // Not dates: a month and its year.
    expect(findPeriodInText('Rekap 05/2024')).toEqual({ status: 'one', period: month(2024, 5) });
    expect(findPeriodInText('Rekap 2024-05')).toEqual({ status: 'one', period: month(2024, 5) });
  });

  it('reads "Mei dan Juni 2024" as several periods, never as Juni 2024 alone', () => {
    const several = { status: 'ambiguous', reason: 'several', periods: [month(2024, 5), month(2024, 6)] };
    expect(findPeriodInText('REKAP KEHADIRAN BULAN MEI DAN JUNI 2024')).toEqual(several);
    expect(readPeriod('Mei dan Juni 2024')).toEqual(several);
    expect(readPeriod('Mei, Juni 2024')).toEqual(several);
    expect(readPeriod('Mei/Juni 2024')).toEqual(several);
    expect(parsePeriod('Mei dan Juni 2024')).toBeNull();
    expect(readPeriod('Mei, Juni dan Juli 2024')).toEqual({
      status: 'ambiguous',
      reason: 'several',
      periods: [month(2024, 5), month(2024, 6), month(2024, 7)],
    });
    // A month inside the quarter it is listed with adds nothing: one period still.
    expect(readPeriod('Triwulan I Maret 2024')).toEqual({ status: 'one', period: month(2024, 3) });
  });

  it('does not take a signature date or an NIP for a period', () => {
    expect(findPeriodInText('Manado, 12 Juni 2024')).toEqual({ status: 'none' });
    expect(findPeriodInText('NIP. 199003152015031002')).toEqual({ status: 'none' });
    expect(findPeriodInText('REKAPITULASI PENILAIAN DISIPLIN KERJA')).toEqual({ status: 'none' });
  });
});

describe('periodKey and periodLabel', () => {
  it('writes keys and Indonesian/English labels', () => {
    const cases: [Period, string, string, string][] = [
      [month(2024, 5), '2024-05', 'Mei 2024', 'May 2024'],
      [{ kind: 'quarter', year: 2024, index: 2 }, '2024-Q2', 'Triwulan II 2024', 'Quarter II 2024'],
      [{ kind: 'semester', year: 2024, index: 1 }, '2024-S1', 'Semester I 2024', 'Semester I 2024'],
      [{ kind: 'year', year: 2024, index: 1 }, '2024', 'Tahun 2024', 'Year 2024'],
    ];
    for (const [period, key, id, en] of cases) {
      expect(periodKey(period)).toBe(key);
      expect(periodLabel(period, 'id')).toBe(id);
      expect(periodLabel(period, 'en')).toBe(en);
    }
  });

  it('reads back its own Indonesian label for every period (property)', () => {
    const period = fc.oneof(
      fc.record({
        kind: fc.constant('month' as const),
        year: fc.integer({ min: 2000, max: 2040 }),
        index: fc.integer({ min: 1, max: 12 }),
      }),
      fc.record({
        kind: fc.constant('quarter' as const),
        year: fc.integer({ min: 2000, max: 2040 }),
        index: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({
        kind: fc.constant('semester' as const),
        year: fc.integer({ min: 2000, max: 2040 }),
        index: fc.integer({ min: 1, max: 2 }),
      }),
      fc.record({
        kind: fc.constant('year' as const),
        year: fc.integer({ min: 2000, max: 2040 }),
        index: fc.constant(1),
      }),
    );
    fc.assert(
      fc.property(period, fc.constantFrom<'id' | 'en'>('id', 'en'), (p, lang) => {
        expect(parsePeriod(periodLabel(p, lang))).toEqual(p);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const reading = readPeriod(text);
        expect(['none', 'one', 'ambiguous']).toContain(reading.status);
        findPeriodInText(text);
      }),
    );
  });
});

describe('periodEnd', () => {
  it('gives the last day of a month, a quarter, a semester and a year, leap years included', async () => {
    const { periodEnd } = await import('../../shared/parse/period');
    expect(periodEnd({ kind: 'month', year: 2024, index: 2 })).toBe('2024-02-29');
    expect(periodEnd({ kind: 'month', year: 2025, index: 2 })).toBe('2025-02-28');
    expect(periodEnd({ kind: 'quarter', year: 2025, index: 2 })).toBe('2025-06-30');
    expect(periodEnd({ kind: 'semester', year: 2025, index: 2 })).toBe('2025-12-31');
    expect(periodEnd({ kind: 'year', year: 2025, index: 1 })).toBe('2025-12-31');
  });
});
