/** periodOfLines: a page's key/value lines read for their period as a sheet's meta rows are. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodOfLines } from '../../shared/columns';
import { as, expectClean, junk } from './junk';

describe('periodOfLines', () => {
  it('reads one period from a key and its value, in one text or over three', () => {
    expect(periodOfLines([['Periode Penilaian : Triwulan II 2025']])).toEqual({
      period: { kind: 'quarter', year: 2025, index: 2 },
      periodText: 'Triwulan II 2025',
    });
    expect(
      periodOfLines([
        ['Nama', ':', 'Siti Rahmawati'],
        ['Bulan', ':', 'Maret 2025'],
      ]).period,
    ).toEqual({
      kind: 'month',
      year: 2025,
      index: 3,
    });
  });

  it('reads a title with the year the lines state, and never lets the year hide a range or another title', () => {
    // "Tahun : 2025" over "PENILAIAN SKP PERIODE TRIWULAN I": the quarter of that year, as a meta line would.
    expect(periodOfLines([['Tahun : 2025']], ['PENILAIAN SKP PERIODE TRIWULAN I']).period).toEqual({
      kind: 'quarter',
      year: 2025,
      index: 1,
    });
    // A title naming a period with its own year beside the stated year: both said, neither chosen.
    const both = periodOfLines([['Tahun : 2025']], ['PENILAIAN SKP PERIODE TRIWULAN I 2025']);
    expect(both.period).toBeUndefined();
    expect(both.periodText).toBe('2025 / PENILAIAN SKP PERIODE TRIWULAN I 2025');
    // A range completed with the stated year is reported as the range it is (it was dropped for the year).
    const range = periodOfLines([['Tahun : 2025'], ['Periode : Januari s.d. Maret']]);
    expect(range.period).toBeUndefined();
    expect(range.periodText).toBe('2025 / Januari s.d. Maret 2025');
    // A title without a period leaves the year as it was.
    expect(periodOfLines([['Tahun : 2025']], ['PENILAIAN SKP']).period).toEqual({
      kind: 'year',
      year: 2025,
      index: 1,
    });
  });

  it('keeps the texts of a range or of two different periods, and names no period', () => {
    const range = periodOfLines([['Periode : Januari s.d. Maret 2025']]);
    expect(range.period).toBeUndefined();
    expect(range.periodText).toBe('Januari s.d. Maret 2025');
    const two = periodOfLines([['Periode : Maret 2025'], ['Bulan : April 2025']]);
    expect(two.period).toBeUndefined();
    expect(two.periodText).toBe('Maret 2025 / April 2025');
  });

  it('reads nothing from lines whose key is not a period key, or from a print date', () => {
    expect(periodOfLines([['Unit Kerja : Bidang Mutasi'], ['Manado, 12 Juni 2025']])).toEqual({});
    expect(periodOfLines([])).toEqual({});
  });

  it('agrees with itself when the same period is said twice', () => {
    expect(periodOfLines([['Periode : Mei 2024'], ['Bulan', 'Mei 2024']]).period).toEqual({
      kind: 'month',
      year: 2024,
      index: 5,
    });
  });

  it('reads a quarter written without its year with the one year another line states', () => {
    expect(
      periodOfLines([
        ['Tahun Anggaran', ':', '2025'],
        ['Periode', ':', 'Triwulan I'],
      ]),
    ).toEqual({
      period: { kind: 'quarter', year: 2025, index: 1 },
      periodText: 'Triwulan I 2025',
    });
    expect(periodOfLines([['Tahun : 2024'], ['Bulan : Mei']]).period).toEqual({
      kind: 'month',
      year: 2024,
      index: 5,
    });
    // Two years stated: which one the quarter belongs to is not guessed.
    expect(
      periodOfLines([['Tahun : 2024'], ['Tahun Anggaran : 2025'], ['Periode : Triwulan I']]).period,
    ).toBeUndefined();
    // No year at all: nothing.
    expect(periodOfLines([['Periode : Triwulan I']])).toEqual({});
  });

  it('takes the period named inside the year another line states ("Tahun : 2024" and "Bulan : Mei 2024")', () => {
    expect(periodOfLines([['Tahun : 2024'], ['Bulan : Mei 2024']]).period).toEqual({
      kind: 'month',
      year: 2024,
      index: 5,
    });
    // A month of another year is still two periods.
    expect(periodOfLines([['Tahun : 2024'], ['Bulan : Mei 2025']]).period).toBeUndefined();
  });

  it('never throws on junk: a damaged list or line is read as no line', () => {
    const line = fc.oneof(
      fc.array(fc.oneof(fc.constantFrom('Periode', ':', 'Triwulan I 2025', 'Tahun : 2025'), fc.string()), {
        maxLength: 4,
      }),
      junk,
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(line, { maxLength: 5 }), junk),
        fc.oneof(fc.array(junk), junk),
        (l, t) => {
          expectClean(periodOfLines(as(l), as(t)), l, t);
        },
      ),
      { numRuns: 500 },
    );
    expect(periodOfLines(as(null), as([1]))).toEqual({});
    expect(periodOfLines(as([null, [1, 2], {}]), as(undefined))).toEqual({});
  });
});
