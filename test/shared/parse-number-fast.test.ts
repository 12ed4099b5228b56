import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/core/issue';
import { parseDuration, parseNumber, parseTarget } from '../../shared/parse';
import {
  FastReading,
  parsedNumberOf,
  readMinutesFast,
  readNumberFast,
  readTargetFast,
  targetOf,
} from '../../shared/parse/number-fast';
import type { NumberHints } from '../../shared/parse/types';

/*
 * The fast number reader answers only for plain forms, and then exactly as the robust parsers do:
 * whenever readNumberFast / readTargetFast say yes, parseNumber / parseTarget give the same value, percent
 * and unit (toStrictEqual: -0 is not 0, an absent unit is not an undefined one), and whenever
 * readMinutesFast says yes, parseDuration gives the same minutes. Checked on random numbers
 * written in every form the parsers accept and on arbitrary text, under every kind of hint.
 */

const HINTS: readonly (NumberHints | undefined)[] = [
  undefined,
  {},
  { context: 'percent' },
  { context: 'money' },
  { context: 'count' },
  { context: 'minutes' },
  { context: 'generic' },
  { columnSamples: ['85,5', '1.234,5'] },
  { columnSamples: ['87.50', '2,500,000'] },
  { columnSamples: ['12', '4.215'] },
  { locale: 'id' },
  { locale: 'en' },
  { locale: 'auto' },
  { columnSamples: ['87.50'], locale: 'id' },
  { columnSamples: ['85,5'], context: 'percent' },
];
const hints = fc.constantFrom(...HINTS);

/** Digits grouped by `separator` in threes ("4.750.000"). */
const groupedDigits = (digits: string, separator: string): string => {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
};

/** A number body as people write it: Indonesian or English marks, grouped or not, any fraction. */
const body = fc
  .record({
    int: fc.oneof(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.constantFrom(0, 1, 12, 100, 4215, 1000, 999_999_999_999_999),
    ),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,7}$/)),
    style: fc.constantFrom('id', 'en', 'plain-id', 'plain-en', 'leading-zero'),
  })
  .map(({ int, fraction, style }) => {
    const digits = style === 'leading-zero' ? `0${int}` : String(int);
    const [group, mark] =
      style === 'id'
        ? ['.', ',']
        : style === 'en'
          ? [',', '.']
          : style === 'plain-en'
            ? ['', '.']
            : ['', ','];
    const whole = group === '' ? digits : groupedDigits(digits, group);
    return fraction === '' ? whole : `${whole}${mark}${fraction}`;
  });

const LEADS = ['', '', '', 'Rp ', 'rp', 'Rp. ', 'RP  ', 'IDR ', 'Rp.', 'Target: ', '-', '(', 'minimal '];
const UNITS = [
  '',
  '',
  '%',
  ' %',
  '  %',
  ' persen',
  ' PERSEN',
  ' Prosen',
  ' pct',
  ' percent',
  ' Dokumen',
  ' dokumen',
  ' DOKUMEN',
  ' menit',
  ' Menit',
  ' kali',
  ' data',
  ' Orang',
  ' Laporan',
  ' m2',
  ' Dok.',
  ' km/jam',
  ' sd',
  ' per',
  ' Rp',
  ' E',
  'E3',
  'e+2',
  ' (tiga)',
  ',-',
  ' \u00a0%',
  '\u200b',
];
const TAILS = [
  '',
  '',
  ' per tahun',
  ' berdasarkan laporan',
  ' SESUAI renstra',
  ' 2',
  ' - 90',
  ':30',
  '/12',
  ' (dua belas)',
  ' ',
  '.',
];
const CONNECTORS = [
  '-',
  ' - ',
  '~',
  ' s/d ',
  ' S/D ',
  ' sd ',
  ' Sd ',
  ' sampai ',
  ' SAMPAI ',
  ' hingga ',
  ' sampai dengan ',
  ' to ',
  ' \u2013 ',
  ' sd',
  's/d',
  ' s.d. ',
  ' / ',
];

const numberText = fc
  .record({
    lead: fc.constantFrom(...LEADS),
    body,
    unit: fc.constantFrom(...UNITS),
    tail: fc.constantFrom(...TAILS),
  })
  .map(({ lead, body, unit, tail }) => `${lead}${body}${unit}${tail}`);

const rangeText = fc
  .record({
    low: body,
    connector: fc.constantFrom(...CONNECTORS),
    high: body,
    unit: fc.constantFrom(...UNITS),
    tail: fc.constantFrom(...TAILS),
  })
  .map(({ low, connector, high, unit, tail }) => `${low}${connector}${high}${unit}${tail}`);

/** Arbitrary text, and text made of the characters numbers are written with. */
const NUMBER_CHARS = '0123456789.,%- ~/:()RpIDrpsdSDeE+aimnotuk\u2013\u00a0'.split('');
const anyText = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...NUMBER_CHARS), maxLength: 24 }));

const cells = fc.oneof(numberText, rangeText, anyText);
const RUNS = { numRuns: 3000 };

describe('readNumberFast: parseNumber, faster, for the plain forms', () => {
  it('answers exactly as parseNumber whenever it answers', () => {
    const reading = new FastReading();
    fc.assert(
      fc.property(cells, hints, (text, h) => {
        if (readNumberFast(text, h, reading))
          expect(ok(parsedNumberOf(text, reading))).toStrictEqual(parseNumber(text, h));
      }),
      RUNS,
    );
  });

  it.each([
    ['12', undefined, 12],
    ['85,5', undefined, 85.5],
    ['1.234,5', undefined, 1234.5],
    ['1,234.5', undefined, 1234.5],
    ['2.500.000', undefined, 2500000],
    ['90 %', undefined, 90],
    ['90%', undefined, 90],
    ['85,5 persen', undefined, 85.5],
    ['12 Dokumen', undefined, 12],
    ['12,00 dOkUmen per tahun', undefined, 12],
    ['1.500 menit', undefined, 1500],
    ['Rp 4.750.000', { context: 'money' }, 4750000],
    ['Rp. 4.750.000 per bulan', undefined, 4750000],
    ['IDR 9.250.000', undefined, 9250000],
    ['4.215', { columnSamples: ['85,5'] }, 4215],
    ['4.215', { context: 'percent' }, 4.215],
    ['0,1', undefined, 0.1],
    ['3 berdasarkan laporan', undefined, 3],
  ] as const)('answers for %j (%j): %d', (text, h, expected) => {
    const reading = new FastReading();
    expect(readNumberFast(text, h, reading)).toBe(true);
    expect(reading.value).toBe(expected);
    expect(ok(parsedNumberOf(text, reading))).toStrictEqual(parseNumber(text, h));
  });

  it.each([
    ['-12,5'],
    ['(1.234,5)'],
    ['1.99003E+17'],
    ['4.215'],
    ['12 15'],
    ['80-90'],
    ['07:30'],
    ['Target : 12'],
    ['\u00a045'],
    ['3 (tiga) Dokumen'],
    ['Rp1.500.000,-'],
    ['1234567890123456'],
    ['12 m2'],
  ])('leaves %j to the robust parser', (text) => {
    expect(readNumberFast(text, undefined, new FastReading())).toBe(false);
  });
});

describe('readTargetFast: parseTarget, faster, for the plain forms', () => {
  it('answers exactly as parseTarget whenever it answers', () => {
    const reading = new FastReading();
    fc.assert(
      fc.property(cells, hints, (text, h) => {
        if (readTargetFast(text, h, reading))
          expect(ok(targetOf(text, reading))).toStrictEqual(parseTarget(text, h));
      }),
      RUNS,
    );
  });

  it.each([
    ['80-90', undefined],
    ['80 - 90 %', undefined],
    ['80 s/d 90', undefined],
    ['80 SAMPAI 90 persen sesuai renstra', undefined],
    ['1.000 hingga 5.000 Dokumen', undefined],
    ['4.215-5.000', { columnSamples: ['85,5'] }],
    ['12 Dokumen', undefined],
    ['85,5 %', undefined],
    ['100%', undefined],
  ] as const)('answers for %j', (text, h) => {
    const reading = new FastReading();
    expect(readTargetFast(text, h, reading)).toBe(true);
    expect(ok(targetOf(text, reading))).toStrictEqual(parseTarget(text, h));
  });

  it.each([['90-80'], ['80-90-100'], ['80 sampai dengan 90'], ['80 to 90'], ['80 sd90'], ['80 % - 90 %']])(
    'leaves %j to the robust parser',
    (text) => {
      expect(readTargetFast(text, undefined, new FastReading())).toBe(false);
    },
  );

  it('answers for most plain forms it is shown (the property above is not vacuous)', () => {
    const reading = new FastReading();
    const plain = fc.record({ body, unit: fc.constantFrom('', '%', ' %', ' Dokumen', ' persen') });
    let answered = 0;
    const samples = fc.sample(plain, { numRuns: 2000, seed: 7 });
    for (const { body: b, unit } of samples) {
      const text = `${b}${unit}`;
      if (readTargetFast(text, { columnSamples: ['85,5'] }, reading)) answered++;
    }
    expect(answered / samples.length).toBeGreaterThan(0.8);
  });
});

const MINUTE_UNITS = [
  '',
  ' menit',
  ' MENIT',
  ' mnt',
  ' min',
  ' m',
  ' Mins',
  ' jam',
  ' j',
  ' detik',
  'menit',
  ' menit:',
];
const durationText = fc.oneof(
  fc
    .record({
      body,
      unit: fc.constantFrom(...MINUTE_UNITS),
      tail: fc.constantFrom('', ' efektif', ' 30 menit', ' dan 15', ':30', ' per minggu'),
    })
    .map(({ body: b, unit, tail }) => `${b}${unit}${tail}`),
  fc.stringMatching(/^\d{1,2}[.:,]\d{2}$/),
  anyText,
);

describe('readMinutesFast: parseDuration, faster, for minutes written plainly', () => {
  it('answers exactly as parseDuration whenever it answers', () => {
    const reading = new FastReading();
    fc.assert(
      fc.property(durationText, (text) => {
        if (readMinutesFast(text, reading))
          expect(ok({ minutes: reading.value })).toStrictEqual(parseDuration(text));
      }),
      RUNS,
    );
  });

  it.each([
    ['395', 395],
    ['1.500 menit', 1500],
    ['1.500  MNT', 1500],
    ['12.500', 12500],
    ['90 min efektif', 90],
    ['1,5 menit', 1.5],
  ] as const)('answers for %j: %d', (text, minutes) => {
    const reading = new FastReading();
    expect(readMinutesFast(text, reading)).toBe(true);
    expect(ok({ minutes: reading.value })).toStrictEqual(parseDuration(text));
    expect(reading.value).toBe(minutes);
  });

  it.each([['07.30'], ['7 jam 30 menit'], ['01:30'], ['07.30 - 08.00'], ['Total: 90 menit'], ['-5 menit']])(
    'leaves %j to the robust parser',
    (text) => {
      expect(readMinutesFast(text, new FastReading())).toBe(false);
    },
  );
});
