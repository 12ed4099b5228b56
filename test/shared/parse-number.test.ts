import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/core/issue';
import { formatIssue, formatNumberForLang } from '../../shared/messages/format';
import { inferNumberLocale, parseNumber, parsePercentAsFraction } from '../../shared/parse';
import { ColumnConvention } from '../../shared/parse/locale';
import { FastReading, readNumberFast } from '../../shared/parse/number-fast';
import type { NumberHints } from '../../shared/parse/types';
import { issueText, value } from './result';

const code = <T>(r: Result<T>): string => (r.ok ? 'ok' : r.issue.code);

describe('parseNumber: what sheets and e-kinerja pages show', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['4.249.772,73', 4249772.73],
    ['2,500,000', 2500000],
    ['87.50', 87.5],
    ['987300.5', 987300.5],
    ['-12,5', -12.5],
    ['Rp 1.500.000', 1500000],
    ['Rp1.500.000,-', 1500000],
    ['(1.234,5)', -1234.5],
    ['0,75', 0.75],
    ['12', 12],
    ['\u00a0 45\u00a0', 45],
    ['Total TPP : Rp 2.750.000', 2750000],
    ['minimal 80', 80],
    ['1.99003E+17', 1.99003e17],
  ])('reads %j as %d', (text, expected) => {
    expect(value(parseNumber(text)).value).toBe(expected);
  });

  it('keeps the unit and the percent sign that follow the number', () => {
    expect(value(parseNumber('12 Dokumen'))).toEqual({ value: 12, unit: 'Dokumen', percent: false });
    expect(value(parseNumber('99,5 %'))).toEqual({ value: 99.5, unit: '%', percent: true });
    expect(value(parseNumber('100%'))).toEqual({ value: 100, unit: '%', percent: true });
    expect(value(parseNumber('83.333333333333 %'))).toEqual({
      value: 83.333333333333,
      unit: '%',
      percent: true,
    });
    expect(value(parseNumber('85 persen'))).toEqual({ value: 85, unit: '%', percent: true });
  });

  it('reads a realisasi sentence from BKN e-Kinerja: the number and its unit, not the source', () => {
    expect(value(parseNumber('3 Dokumen berdasarkan Laporan Kegiatan Bidang Pelayanan 2024'))).toEqual({
      value: 3,
      unit: 'Dokumen',
      percent: false,
    });
    expect(value(parseNumber('92,5 % berdasarkan Berita acara verifikasi'))).toEqual({
      value: 92.5,
      unit: '%',
      percent: true,
    });
  });

  it('skips a spelled-out number as official letters write it: "3 (tiga) Dokumen"', () => {
    expect(value(parseNumber('3 (tiga) Dokumen'))).toEqual({ value: 3, unit: 'Dokumen', percent: false });
    expect(value(parseNumber('25 (dua puluh lima) %'))).toEqual({ value: 25, unit: '%', percent: true });
  });

  it('reads "1.250 Data" as 1250: a counted unit cannot hold 1,25 items', () => {
    expect(value(parseNumber('1.250 Data'))).toEqual({ value: 1250, unit: 'Data', percent: false });
    expect(value(parseNumber('5,700 menit')).value).toBe(5700);
  });

  it('passes finite JS numbers through and refuses NaN and Infinity', () => {
    expect(value(parseNumber(87.5))).toEqual({ value: 87.5, percent: false });
    expect(value(parseNumber(-0)).value).toBe(0);
    expect(Object.is(value(parseNumber(-0)).value, 0)).toBe(true);
    expect(code(parseNumber(Number.NaN))).toBe('PARSE_NUMBER_NOT_FINITE');
    expect(code(parseNumber(Number.POSITIVE_INFINITY))).toBe('PARSE_NUMBER_NOT_FINITE');
  });

  it('explains empty cells, checkboxes and dates in Indonesian', () => {
    expect(issueText(parseNumber(''))).toContain('Sel kosong');
    expect(issueText(parseNumber('   '))).toContain('Sel kosong');
    expect(issueText(parseNumber(null))).toContain('Sel kosong');
    expect(issueText(parseNumber('–'))).toContain('Sel kosong');
    expect(issueText(parseNumber(true))).toContain('kotak centang (TRUE)');
    expect(issueText(parseNumber(new Date(2024, 2, 15)))).toContain('tanggal (2024-03-15)');
    expect(issueText(parseNumber({ a: 1 }))).toContain('bukan angka');
    expect(issueText(parseNumber('#DIV/0!'))).toContain('galat rumus #DIV/0!');
    expect(issueText(parseNumber('#N/A'), 'en')).toContain('formula error #N/A');
  });
});

/** The fast reader's value for a text it reads; NaN when it hands the text to the robust parser. */
function fastValue(text: string, hints: NumberHints): number {
  const out = new FastReading();
  return readNumberFast(text, hints, out) ? out.value : Number.NaN;
}

describe('parseNumber: "4.215" and "5,700" are never guessed', () => {
  it('without hints, fails and shows both readings and what to write', () => {
    const id = issueText(parseNumber('4.215'));
    expect(id).toContain('4215');
    expect(id).toContain('4,215');
    expect(id).toContain('"4.215,0"');
    const en = issueText(parseNumber('5,700'), 'en');
    expect(en).toContain('5700');
    expect(en).toContain('5.7');
    expect(en).toContain('"5,700.0"');
    expect(code(parseNumber('4.215'))).toBe('PARSE_NUMBER_AMBIGUOUS');
  });

  it('reads thousands in a minutes, money or count context', () => {
    expect(value(parseNumber('4.215', { context: 'minutes' })).value).toBe(4215);
    expect(value(parseNumber('5,700', { context: 'money' })).value).toBe(5700);
    expect(value(parseNumber('1.250', { context: 'count' })).value).toBe(1250);
  });

  it('reads a decimal in a percent context or with a percent sign', () => {
    expect(value(parseNumber('99,125', { context: 'percent' })).value).toBe(99.125);
    expect(value(parseNumber('99.125 %')).value).toBe(99.125);
    expect(value(parseNumber('1.5', { context: 'percent' })).value).toBe(1.5);
  });

  it("follows the column's own convention from its other values", () => {
    const indonesian = ['87,5', '92,25', '4.215', '100'];
    const english = ['87.5', '92.25', '4.215', '100'];
    expect(value(parseNumber('4.215', { columnSamples: indonesian })).value).toBe(4215);
    expect(value(parseNumber('4.215', { columnSamples: english })).value).toBe(4.215);
    expect(value(parseNumber('5,700', { columnSamples: english })).value).toBe(5700);
  });

  it("reads a column's convention as its samples are at the call, or once for a reader's column", () => {
    // A caller's samples array changed between calls (a page table re-read in place) is read as it is now.
    const samples = ['87,5', '92,25'];
    expect(value(parseNumber('4.215', { columnSamples: samples })).value).toBe(4215);
    samples.splice(0, 2, '87.5', '92.25');
    expect(value(parseNumber('4.215', { columnSamples: samples })).value).toBe(4.215);
    expect(fastValue('4.215', { columnSamples: samples })).toBe(4.215);
    // A reader's column: inferred once when first needed, kept for the run, before any columnSamples.
    const read: string[] = [];
    const watched = new Proxy(['87,5', '92,25', '4.215'], {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.push(key);
        return Reflect.get(target, key, receiver);
      },
    });
    const column = new ColumnConvention(watched);
    expect(read).toEqual([]);
    const hints = { column, columnSamples: ['87.5'] };
    expect(value(parseNumber('4.215', hints)).value).toBe(4215);
    expect(value(parseNumber('5,700', hints)).value).toBe(5.7);
    expect(fastValue('1.250', hints)).toBe(1250);
    expect(read).toEqual(['0', '1', '2']);
    expect(column.locale()).toBe('id');
    expect(new ColumnConvention(['12', '4.215']).locale()).toBeUndefined();
    // Samples gathered only when a cell is ambiguous, and once.
    let gathered = 0;
    const lazy = new ColumnConvention(() => {
      gathered++;
      return ['87.5', '92.25'];
    });
    const lazyHints = { column: lazy };
    expect(value(parseNumber('1.250.000', lazyHints)).value).toBe(1250000);
    expect(fastValue('12,5', lazyHints)).toBe(12.5);
    expect(gathered).toBe(0);
    expect(value(parseNumber('4.215', lazyHints)).value).toBe(4.215);
    expect(fastValue('5,700', lazyHints)).toBe(5700);
    expect(gathered).toBe(1);
    // Hints from an untyped caller: read for what they can say, never a throw.
    for (const junk of [
      null,
      { column: 'id' },
      { column: {} },
      { columnSamples: '87,5' },
      { columnSamples: 7 },
    ]) {
      expect(code(parseNumber('4.215', junk as never))).toBe('PARSE_NUMBER_AMBIGUOUS');
      expect(fastValue('4.215', junk as never)).toBeNaN();
      expect(value(parseNumber('87,5', junk as never)).value).toBe(87.5);
    }
  });

  it('uses the locale hint when the column proves nothing', () => {
    expect(value(parseNumber('4.215', { locale: 'id', columnSamples: ['12', '4.215'] })).value).toBe(4215);
    expect(value(parseNumber('4.215', { locale: 'en' })).value).toBe(4.215);
    expect(code(parseNumber('4.215', { locale: 'auto' }))).toBe('PARSE_NUMBER_AMBIGUOUS');
  });

  it('does not call unambiguous shapes ambiguous', () => {
    expect(value(parseNumber('0.125')).value).toBe(0.125);
    expect(value(parseNumber('1234.567')).value).toBe(1234.567);
    expect(value(parseNumber('4.215.000')).value).toBe(4215000);
  });
});

describe('parseNumber: cells that hold something else', () => {
  it.each([
    ['80-90', 'PARSE_NUMBER_RANGE'],
    ['80 s/d 90', 'PARSE_NUMBER_RANGE'],
    ['12 15', 'PARSE_NUMBER_MULTIPLE'],
    ['07:30', 'PARSE_NUMBER_INVALID'],
    ['15/03/2024', 'PARSE_NUMBER_INVALID'],
    ['15.03.2024', 'PARSE_NUMBER_SEPARATORS'],
    ['1.23,5', 'PARSE_NUMBER_SEPARATORS'],
    ['Triwulan 3', 'PARSE_NUMBER_TEXT_BEFORE'],
    ['TL1', 'PARSE_NUMBER_TEXT_BEFORE'],
    ['belum ada', 'PARSE_NUMBER_INVALID'],
    ['9'.repeat(400), 'PARSE_NUMBER_NOT_FINITE'],
  ])('%j -> %s', (text, expected) => {
    expect(code(parseNumber(text))).toBe(expected);
  });

  it('cuts a long value to 40 characters in the message', () => {
    const long = `Laporan kegiatan ${'sangat panjang '.repeat(10)}`;
    const text = issueText(parseNumber(long));
    expect(text).toContain('Laporan kegiatan sangat panjang');
    expect(text).toContain('…');
    expect(text.length).toBeLessThan(200);
  });
});

describe('inferNumberLocale', () => {
  it('reads the convention of a column', () => {
    expect(inferNumberLocale(['87,5', '100', '92,25'])).toBe('id');
    expect(inferNumberLocale(['4.249.772,73', '1.500.000'])).toBe('id');
    expect(inferNumberLocale(['87.50', '2,500,000'])).toBe('en');
  });

  it('says nothing when the values prove nothing or disagree', () => {
    expect(inferNumberLocale([])).toBeUndefined();
    expect(inferNumberLocale(['12', '4.215', '5,700', 'Dokumen'])).toBeUndefined();
    expect(inferNumberLocale(['87,5', '87.5'])).toBeUndefined();
  });

  it('tolerates one stray value in a long column', () => {
    const column = [...Array.from({ length: 9 }, (_, i) => `${80 + i},5`), '87.25'];
    expect(inferNumberLocale(column)).toBe('id');
  });
});

describe('parsePercentAsFraction', () => {
  it('divides by 100 when a percent sign is written', () => {
    expect(value(parsePercentAsFraction('87,5 %'))).toBe(0.875);
    expect(value(parsePercentAsFraction('0,5 %'))).toBe(0.005);
    expect(value(parsePercentAsFraction('120%'))).toBe(1.2);
  });

  it('keeps a number up to 1.5 as a fraction (a Sheets percent cell) and divides larger ones', () => {
    expect(value(parsePercentAsFraction(0.875))).toBe(0.875);
    expect(value(parsePercentAsFraction('1,2'))).toBe(1.2);
    expect(value(parsePercentAsFraction(87.5))).toBe(0.875);
    expect(value(parsePercentAsFraction('92,25'))).toBe(0.9225);
    expect(value(parsePercentAsFraction(2, { fractionMax: 2 }))).toBe(2);
  });

  it('passes number errors through', () => {
    expect(code(parsePercentAsFraction(''))).toBe('PARSE_NUMBER_EMPTY');
  });
});

describe('parseNumber properties', () => {
  const numberish = fc.string({
    unit: fc.constantFrom(...'0123456789.,-+%() eE:/RpDokumen\u00a0s/d'.split('')),
    maxLength: 24,
  });

  it('never returns NaN or Infinity, and never throws, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), numberish), (text) => {
        for (const context of ['generic', 'minutes', 'percent'] as const) {
          const r = parseNumber(text, { context });
          if (r.ok) expect(Number.isFinite(r.value.value)).toBe(true);
          else expect(formatIssue(r.issue)).not.toMatch(/undefined|NaN|Infinity/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns NaN or Infinity for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parseNumber(input);
        if (r.ok) expect(Number.isFinite(r.value.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what formatNumberForLang wrote, rounded to its decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.constantFrom('id', 'en'),
        fc.integer({ min: 0, max: 4 }),
        (x, lang, digits) => {
          const text = formatNumberForLang(x, lang, digits);
          const parsed = value(parseNumber(text, { locale: lang })).value;
          const tolerance = 0.5 * 10 ** -digits + Math.abs(x) * 1e-12;
          expect(Math.abs(parsed - x)).toBeLessThanOrEqual(tolerance);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
