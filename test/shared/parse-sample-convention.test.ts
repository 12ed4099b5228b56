import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferNumberLocale } from '../../shared/parse';
import { Body, readBody, sampleConvention, scanNumberToken } from '../../shared/parse/number-scan';
import type { NumberLocale } from '../../shared/parse/types';

/*
 * A column's decimal convention is read from its samples in place (issue 7, point 7: no token or body
 * string per sample). It must answer exactly as reading the first token and its body did.
 */

/** The reading it replaces: the first token's body, read by readBody, its separators counted. */
function tokenConvention(sample: string): NumberLocale | undefined {
  const token = scanNumberToken(sample, 0);
  if (token === undefined || token.exponent !== undefined) return undefined;
  const body = token.body;
  if (readBody(body, false).kind !== 'value') return undefined;
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '.') {
      dots++;
      lastDot = i;
    } else if (body[i] === ',') {
      commas++;
      lastComma = i;
    }
  }
  if (dots === 0 && commas === 0) return undefined;
  if (dots > 0 && commas > 0) return lastComma > lastDot ? 'id' : 'en';
  if (dots + commas > 1) return dots > 0 ? 'id' : 'en';
  return dots > 0 ? 'en' : 'id';
}

// Cells as Indonesian offices write them: "Rp 4.750.000", "87,5 %", "1.234,56", ".5", "- 12", "1,99E+17",
// "3 Eksemplar", "0,750", ranges "80-90", units and words around the number.
const piece = fc.constantFrom(
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '7',
  '9',
  '00',
  '000',
  '123',
  '4215',
  '.',
  ',',
  ' ',
  '-',
  '\u2212',
  'e',
  'E',
  '+',
  'E+',
  'e-',
  'Rp',
  'Rp ',
  '%',
  ' %',
  'dok',
  'Eksemplar',
  'x',
  '/',
  '(',
  ')',
  '\u00a0',
  'ke-',
  'TW',
);
const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom('0', '1', '4', '7', '9'), minLength: min, maxLength: max });
const sampleArb = fc.oneof(
  // One separator between runs of one to five digits: where "4.215" (ambiguous) meets "4.2150" and "04.215".
  fc
    .tuple(
      fc.constantFrom('', 'Rp ', '-', '.', ','),
      digits(1, 5),
      fc.constantFrom('.', ','),
      digits(1, 5),
      fc.constantFrom('', ' %', 'E+5', ',5'),
    )
    .map((parts) => parts.join('')),
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({
    unit: fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', 'e', 'E', '+', '-', 'a'),
    maxLength: 14,
  }),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.nat({ max: 999 }), fc.constantFrom('id', 'en'))
    .map(([whole, cents, lang]) => {
      const grouped = whole.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
      return `${grouped}${lang === 'id' ? ',' : '.'}${cents}`;
    }),
);

describe('sampleConvention', () => {
  it('answers as the first token and its body read', () => {
    fc.assert(
      fc.property(sampleArb, (sample) => {
        expect(sampleConvention(sample, new Body())).toBe(tokenConvention(sample));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the samples an office writes', () => {
    const cases: [string, NumberLocale | undefined][] = [
      ['87,5', 'id'],
      ['1.234.567', 'id'],
      ['Rp 4.750.000', 'id'],
      ['1.234,56', 'id'],
      ['87.50', 'en'],
      ['2,500,000', 'en'],
      ['1,234.56', 'en'],
      ['4.215', undefined],
      ['123.456', undefined],
      ['1234.567', 'en'],
      ['012.345', 'en'],
      ['123,4567', 'id'],
      ['12', undefined],
      ['1,99E+17', undefined],
      ['3 Eksemplar', undefined],
      ['.5', 'en'],
      [',5', 'id'],
      ['0,750', 'id'],
      ['1.2.3', undefined],
      ['', undefined],
    ];
    for (const [sample, convention] of cases)
      expect([sample, sampleConvention(sample, new Body())]).toEqual([sample, convention]);
    expect(inferNumberLocale(['87,5', '4.215', '90', '1.234,5'])).toBe('id');
  });
});
