import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages';
import { parseNumber, parseTarget } from '../../shared/parse';
import {
  FastReading,
  parsedNumberOf,
  readNumberFast,
  readTargetFast,
  targetOf,
} from '../../shared/parse/number-fast';
import { readAmount, readMeasure } from '../../shared/score';

/*
 * Arithmetic typed as text is refused with a message (what was found, what to write), never read as its
 * first number: "10+2" was 10, "12 / 2" was 12, "5x3" was 5 with the unit "x3", "=10*2" was 10 and "12%%"
 * was 12 %. The fast readers never accept such a cell either, so Hitung nilai, =CAPAIAN and the overlay
 * refuse it alike.
 */

const code = (r: { ok: boolean; issue?: { code: string } }) => (r.ok ? 'ok' : r.issue?.code);

describe('arithmetic-looking text is refused, never read as its first number', () => {
  it.each([
    ['10+2', 'PARSE_NUMBER_ARITHMETIC', '+'],
    ['10 + 2', 'PARSE_NUMBER_ARITHMETIC', '+'],
    ['12 / 2', 'PARSE_NUMBER_FRACTION', undefined],
    ['80/100', 'PARSE_NUMBER_FRACTION', undefined],
    ['80 -', 'PARSE_NUMBER_ARITHMETIC', '-'],
    ['12%%', 'PARSE_NUMBER_ARITHMETIC', '%%'],
    ['12 % %', 'PARSE_NUMBER_ARITHMETIC', '%%'],
    ['5x3', 'PARSE_NUMBER_ARITHMETIC', 'x'],
    ['5 × 3', 'PARSE_NUMBER_ARITHMETIC', 'x'],
    ['12 Dokumen x 2', 'PARSE_NUMBER_ARITHMETIC', 'x'],
    ['10^2', 'PARSE_NUMBER_ARITHMETIC', '^'],
    ['12 * 2 Laporan', 'PARSE_NUMBER_ARITHMETIC', '*'],
    ['=10*2', 'PARSE_NUMBER_FORMULA_TEXT', undefined],
    ['=SUM(A1:A3)', 'PARSE_NUMBER_FORMULA_TEXT', undefined],
  ])('%j -> %s', (text, expected, found) => {
    for (const parsed of [parseNumber(text), parseTarget(text), readAmount(text), readMeasure(text)]) {
      expect(parsed.ok, text).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.issue.code).toBe(expected);
      if (found !== undefined) expect(parsed.issue.params?.found).toBe(found);
    }
    expect(readNumberFast(text, undefined, new FastReading())).toBe(false);
    expect(readTargetFast(text, undefined, new FastReading())).toBe(false);
  });

  it('says in both languages what was found and what to write, with the cell it is placed in', () => {
    const r = parseNumber('10+2');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const at = { ...r.issue, at: { sheet: 'Indikator', row: 7, column: 'Realisasi' } };
    const id = formatIssue(at, 'id');
    const en = formatIssue(at, 'en');
    expect(id).toContain('Indikator');
    expect(id).toContain('"10+2"');
    expect(id).toContain('Tulis hasilnya sebagai satu angka');
    expect(en).toContain('Write the result as one number');
    const fraction = parseNumber('80/100');
    if (!fraction.ok) expect(formatIssue(fraction.issue, 'id')).toContain('"80%"');
    const formula = parseNumber('=10*2');
    if (!formula.ok) expect(formatIssue(formula.issue, 'en')).toContain('formula stored as text');
  });

  it.each([
    ['1.234,5', 1234.5],
    ['85,5 %', 85.5],
    ['12 Dokumen', 12],
    ['100%', 100],
    ['-5', -5],
    ['+5', 5],
    ['Rp 4.750.000', 4750000],
    ['Rp 1.500.000,-', 1500000],
    ['1.99003E+17', 1.99003e17],
    ['(1.234,5)', -1234.5],
    ['12 Dokumen per tahun', 12],
    ['25 km/jam', 25],
    ['4 box', 4],
  ])('keeps the legitimate form %j: %d', (text, value) => {
    const parsed = parseNumber(text, { locale: 'id' });
    expect(parsed.ok && parsed.value.value).toBe(value);
  });

  it('keeps a range target, and "15/03/2024" is still a date, not a fraction', () => {
    expect(parseTarget('80-90')).toEqual(ok({ kind: 'range', low: 80, high: 90, percent: false }));
    expect(parseTarget('80 s/d 90 %').ok).toBe(true);
    expect(code(parseNumber('15/03/2024'))).toBe('PARSE_NUMBER_INVALID');
  });
});

/** A number as offices write it: Indonesian or English marks. */
const written = fc
  .tuple(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom('', ',5', '.25', ',75'))
  .map(([n, f]) => `${n}${f}`);
const spaces = fc.constantFrom('', ' ', '  ');
const unit = fc.constantFrom('', ' Dokumen', ' %', '%', ' Laporan', ' persen');

/** The generated family: two numbers joined by an operator, a formula, a dangling operator, a doubled %. */
const arithmetic = fc.oneof(
  fc
    .record({
      a: written,
      op: fc.constantFrom('+', '*', 'x', 'X', '×', '/', '^', '÷'),
      s1: spaces,
      s2: spaces,
      b: written,
      unit,
    })
    .map(({ a, op, s1, s2, b, unit: u }) => `${a}${s1}${op}${s2}${b}${u}`),
  fc
    .record({ a: written, op: fc.constantFrom('*', '+', '-', '/'), b: written })
    .map(({ a, op, b }) => `=${a}${op}${b}`),
  fc
    .record({ a: written, s: spaces, op: fc.constantFrom('-', '+', '*', 'x', '/') })
    .map(({ a, s, op }) => `${a}${s}${op}`),
  fc.record({ a: written, s: spaces }).map(({ a, s }) => `${a}%${s}%`),
  fc
    .record({ lead: fc.constantFrom('Rp ', 'Target: '), a: written, b: written })
    .map(({ lead, a, b }) => `${lead}${a} + ${b}`),
);

const HINTS = [
  undefined,
  { locale: 'id' as const },
  { context: 'count' as const },
  { context: 'percent' as const },
];

describe('no arithmetic string of the generated family is ever accepted as a number', () => {
  it('parseNumber, parseTarget, readAmount, readMeasure and the fast readers all refuse it', () => {
    const reading = new FastReading();
    fc.assert(
      fc.property(arithmetic, fc.constantFrom(...HINTS), (text, hints) => {
        // "2 x 24 jam" is a duration; the family has no duration words, so every member is refused.
        expect(parseNumber(text, hints).ok, text).toBe(false);
        expect(parseTarget(text, hints).ok, text).toBe(false);
        expect(readAmount(text, hints).ok, text).toBe(false);
        expect(readMeasure(text, hints).ok, text).toBe(false);
        expect(readNumberFast(text, hints, reading), text).toBe(false);
        expect(readTargetFast(text, hints, reading), text).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('the fast and full readers give the same answer on arithmetic and on the forms next to it', () => {
    const reading = new FastReading();
    const cells = fc.oneof(
      arithmetic,
      fc.record({ a: written, unit }).map(({ a, unit: u }) => `${a}${u}`),
      fc
        .record({ a: written, tail: fc.constantFrom(' -', ' x', ' %%', ' per tahun', ' / bulan') })
        .map(({ a, tail }) => `${a} Dokumen${tail}`),
    );
    fc.assert(
      fc.property(cells, fc.constantFrom(...HINTS), (text, hints) => {
        if (readNumberFast(text, hints, reading))
          expect(ok(parsedNumberOf(text, reading))).toStrictEqual(parseNumber(text, hints));
        if (readTargetFast(text, hints, reading))
          expect(ok(targetOf(text, reading))).toStrictEqual(parseTarget(text, hints));
      }),
      { numRuns: 1500 },
    );
  });
});
