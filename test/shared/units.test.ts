import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages';
import { parseDuration, parseNumber, parseTarget } from '../../shared/parse';
import {
  FastReading,
  parsedNumberOf,
  readNumberFast,
  readTargetFast,
  targetOf,
} from '../../shared/parse/number-fast';
import { compareUnits, durationFactor, isMagnitudeWord } from '../../shared/parse/units';
import { defaultPolicy, type Policy } from '../../shared/policy/schema';
import {
  capaianOf,
  capaianOfMeasured,
  decideIndicator,
  type IndicatorVerdict,
  readAmount,
  readMeasure,
} from '../../shared/score';

/*
 * Units in target and realisasi cells: money magnitudes read exactly, durations converted when the
 * conversion is exact or set by the policy and refused otherwise, a percentage against a count refused
 * naming both units, different unit words computed with a warning (or refused, by policy).
 */

const verdict = (target: unknown, realisasi: unknown, policy: Policy = defaultPolicy()): IndicatorVerdict =>
  decideIndicator(
    { target: readMeasure(target), realisasi: readAmount(realisasi), polarity: 'positif' },
    policy,
  );

const withUnits = (units: Partial<Policy['capaian']['units']>): Policy => {
  const policy = defaultPolicy();
  policy.capaian.units = { ...policy.capaian.units, ...units };
  return policy;
};

describe('money: rb, jt, M (miliar), T, with or without Rp', () => {
  it.each([
    ['Rp 1,5 M', 1_500_000_000, 'miliar'],
    ['Rp1,5M', 1_500_000_000, 'miliar'],
    ['Rp 2 T', 2_000_000_000_000, 'triliun'],
    ['1.200 jt', 1_200_000_000, 'juta'],
    ['Rp 500 rb', 500_000, 'ribu'],
    ['500 ribu', 500_000, 'ribu'],
    ['Rp 4,75 juta', 4_750_000, 'juta'],
    ['1,15 jt', 1_150_000, 'juta'],
    ['2,5 miliar', 2_500_000_000, 'miliar'],
    ['Rp 3 milyar', 3_000_000_000, 'miliar'],
    ['IDR 7,25 M', 7_250_000_000, 'miliar'],
  ])('%j is %d rupiah', (text, value, unit) => {
    expect(parseNumber(text)).toEqual(ok({ value, unit, percent: false }));
    expect(readNumberFast(text, undefined, new FastReading())).toBe(false);
  });

  it('M and T without Rp are refused (miliar or meter? triliun or ton?), with what to write', () => {
    const m = parseNumber('1,5 M');
    expect(m.ok).toBe(false);
    if (m.ok) return;
    expect(m.issue.code).toBe('PARSE_UNIT_MONEY_AMBIGUOUS');
    expect(formatIssue(m.issue, 'id')).toContain('"Rp 1,5 M"');
    expect(formatIssue(m.issue, 'en')).toContain('"miliar"');
    expect(parseNumber('5 T').ok).toBe(false);
    // In a money column (the surface says so) M is miliar; lower-case "m" alone stays a unit (meters).
    expect(parseNumber('1,5 M', { context: 'money' })).toEqual(
      ok({ value: 1.5e9, unit: 'miliar', percent: false }),
    );
    expect(parseNumber('500 m')).toEqual(ok({ value: 500, unit: 'm', percent: false }));
  });

  it('"Rp 1,5 M" against "1.200 jt" is 80 %, and the verdict says what was converted', () => {
    const v = verdict('Rp 1,5 M', '1.200 jt');
    expect(v.capaian).toBeCloseTo(0.8, 12);
    const notes = (v.notes ?? []).map((n) => formatIssue(n, 'id'));
    expect(notes).toContain(
      'Target 1,5 miliar dibaca sebagai 1.500.000.000 rupiah (rb = ribu, jt = juta, M = miliar, T = triliun).',
    );
    expect(notes.some((n) => n.includes('Realisasi 1.200 juta dibaca sebagai 1.200.000.000 rupiah'))).toBe(
      true,
    );
    expect(verdict('Rp 500 rb', 'Rp 500.000').capaian).toBe(1);
    expect(verdict('Rp 500 rb', '500000').capaian).toBe(1);
  });

  it('every accepted money form converts exactly (a decimal shift, never a float product)', () => {
    const forms = fc.record({
      int: fc.integer({ min: 1, max: 999 }),
      fraction: fc.stringMatching(/^\d{0,2}$/),
      word: fc.constantFrom<[string, number]>(
        ['rb', 3],
        ['ribu', 3],
        ['jt', 6],
        ['juta', 6],
        ['M', 9],
        ['miliar', 9],
        ['milyar', 9],
        ['T', 12],
        ['triliun', 12],
      ),
      lead: fc.constantFrom('Rp ', 'Rp', 'IDR ', 'Rp. '),
      space: fc.constantFrom(' ', ''),
    });
    fc.assert(
      fc.property(forms, ({ int, fraction, word: [word, exponent], lead, space }) => {
        const text = `${lead}${int}${fraction === '' ? '' : `,${fraction}`}${space}${word}`;
        // The exact value as a decimal string: the digits shifted by the exponent.
        const digits = `${int}${fraction.padEnd(exponent, '0')}`;
        const parsed = parseNumber(text);
        expect(parsed.ok, text).toBe(true);
        if (parsed.ok) expect(parsed.value.value, text).toBe(Number(digits));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('durations: hari, minggu, bulan, tahun, jam', () => {
  it('reads "2 minggu", "3 bulan", "3 jam 30 menit" and "2 x 24 jam" as durations', () => {
    expect(parseNumber('2 minggu')).toEqual(ok({ value: 2, unit: 'minggu', percent: false }));
    expect(parseTarget('3 bulan')).toEqual(ok({ kind: 'single', value: 3, unit: 'bulan', percent: false }));
    expect(parseNumber('3 jam 30 menit')).toEqual(ok({ value: 3.5, unit: 'jam', percent: false }));
    // "2 x 24 jam" is the service standard "within 48 hours": a duration, not arithmetic.
    expect(parseTarget('2 x 24 jam')).toEqual(ok({ kind: 'single', value: 48, unit: 'jam', percent: false }));
    expect(parseDuration('2 x 24 jam')).toEqual(ok({ minutes: 2880 }));
    expect(readTargetFast('2 minggu', undefined, new FastReading())).toBe(false);
  });

  it('"2 minggu" against "10 hari" is refused while the policy leaves the week open, with what to write', () => {
    const v = verdict('2 minggu', '10 hari');
    expect(v.capaian).toBeNull();
    expect(v.issue?.code).toBe('UNIT_NOT_CONVERTIBLE');
    expect(v.flags).toContain('tidak_terhitung');
    const text = formatIssue(v.issue!, 'id');
    expect(text).toContain('berapa hari dalam satu minggu');
    expect(text).toContain('"10 hari" dan "8 hari"');
  });

  it('converts by the policy: a 5-day minggu kerja or a 7-day week, and says so', () => {
    const working = verdict('2 minggu', '10 hari', withUnits({ daysPerWeek: 5 }));
    expect(working.capaian).toBe(1);
    expect(formatIssue(working.notes![0]!, 'id')).toContain('1 minggu = 5 hari');
    expect(verdict('2 minggu', '10 hari', withUnits({ daysPerWeek: 7 })).capaian).toBeCloseTo(10 / 14, 12);
    // bulan <-> tahun is always exact.
    expect(verdict('1 tahun', '9 bulan').capaian).toBe(0.75);
    expect(verdict('2 x 24 jam', '36 jam').capaian).toBe(0.75);
    expect(verdict('1 bulan', '2 minggu', withUnits({ daysPerWeek: 7, daysPerMonth: 28 })).capaian).toBe(0.5);
    expect(verdict('1 bulan', '2 minggu', withUnits({ daysPerWeek: 7 })).issue?.code).toBe(
      'UNIT_NOT_CONVERTIBLE',
    );
  });

  it('a duration against a number without unit, a percentage or a count is refused naming both', () => {
    expect(verdict('10 hari', '8').issue?.code).toBe('UNIT_MISSING');
    expect(formatIssue(verdict('10 hari', '8').issue!, 'id')).toContain('"8 hari"');
    expect(verdict('3 bulan', '75%').issue?.code).toBe('UNIT_MISMATCH');
    expect(verdict('10 hari', '8 Dokumen').issue?.code).toBe('UNIT_MISMATCH');
    expect(parseDuration('2 hari').ok).toBe(false);
  });

  it('durationFactor multiplies down exactly and refuses what the policy leaves open', () => {
    const open = { daysPerWeek: null, daysPerMonth: null, hoursPerDay: null };
    expect(durationFactor('tahun', 'bulan', open)).toBe(12);
    expect(durationFactor('minggu', 'hari', open)).toBeNull();
    expect(durationFactor('hari', 'jam', { ...open, hoursPerDay: 7.5 })).toBe(7.5);
    expect(durationFactor('tahun', 'hari', { ...open, daysPerMonth: 30 })).toBe(360);
  });
});

describe('a percentage against a count, and unit words that differ', () => {
  it('"80%" against "12 Dokumen" is refused, naming both units', () => {
    const v = verdict('80%', '12 Dokumen');
    expect(v.capaian).toBeNull();
    expect(v.issue?.code).toBe('UNIT_MISMATCH');
    expect(v.issueField).toBe('realisasi');
    expect(formatIssue(v.issue!, 'id')).toContain('Target ditulis dalam % sedangkan realisasi dalam Dokumen');
    expect(formatIssue(v.issue!, 'en')).toContain(
      'The target is written in % and the realisation in Dokumen',
    );
    // A percent cell (a fraction) against a count, and money against a percentage, likewise.
    expect(verdict({ number: 0.8, percent: true, text: '80%' }, '12 Laporan').issue?.code).toBe(
      'UNIT_MISMATCH',
    );
    expect(verdict('Rp 2 jt', '80%').issue?.code).toBe('UNIT_MISMATCH');
  });

  it('"12 Dokumen" against "10 Laporan": computed with a warning by default, refused when the policy says so', () => {
    const v = verdict('12 Dokumen', '10 Laporan');
    expect(v.capaian).toBeCloseTo(10 / 12, 12);
    expect(v.notes?.map((n) => [n.code, n.severity])).toEqual([['UNIT_WORDS_DIFFER_WARNING', 'warning']]);
    const refused = verdict('12 Dokumen', '10 Laporan', withUnits({ differentWords: 'refuse' }));
    expect(refused.capaian).toBeNull();
    expect(refused.issue?.code).toBe('UNIT_WORDS_DIFFER');
    // The same word in another case is the same unit; a count next to a bare number takes its unit.
    expect(verdict('12 Dokumen', '12 dokumen').notes).toBeUndefined();
    expect(verdict('12 Dokumen', '9').capaian).toBe(0.75);
  });

  it('rows without units keep the verdict they had (no notes, percent points against fractions as before)', () => {
    expect(verdict('90%', '85,5 %').notes).toBeUndefined();
    expect(verdict(0.85, '90%').capaian).toBeCloseTo(0.9 / 0.85, 12);
    expect(
      compareUnits({ scale: 'bare', unit: undefined }, { scale: 'points', unit: undefined }, undefined),
    ).toEqual({
      kind: 'same',
      wordsDiffer: false,
    });
  });
});

describe('the plain-fields path (the pipeline) decides units as the verdict does', () => {
  const policy = withUnits({ daysPerWeek: 5 });
  const texts = fc.constantFrom(
    'Rp 1,5 M',
    '1.200 jt',
    'Rp 500 rb',
    '2 minggu',
    '10 hari',
    '3 bulan',
    '1 tahun',
    '2 x 24 jam',
    '36 jam',
    '80%',
    '85,5 %',
    '12',
    '0,85',
    '80-90',
    '1 - 2 minggu',
  );
  it('capaianOfMeasured on scales alone gives capaianOf whenever no unit word is needed', () => {
    fc.assert(
      fc.property(texts, texts, (t, r) => {
        const target = readMeasure(t);
        const realisasi = readAmount(r);
        if (!target.ok || !realisasi.ok) return;
        const m = target.value;
        const a = realisasi.value;
        // Money words are applied when read; durations travel as scales: the pipeline needs no unit word.
        const fields = capaianOfMeasured(
          m.kind === 'range',
          m.kind === 'range' ? m.low : m.value,
          m.kind === 'range' ? m.high : m.value,
          m.scale,
          a.value,
          a.scale,
          'positif',
          policy,
        );
        const full = capaianOf(m, a, 'positif', policy);
        // Money against a percentage is refused on the unit word, which plain fields do not carry (yet).
        const moneyVsPercent =
          (m.unit !== undefined) !== (a.unit !== undefined) && (m.scale === 'points' || a.scale === 'points');
        if (moneyVsPercent) return;
        if (typeof full === 'number') expect(fields, `${t} vs ${r}`).toBe(full);
        // A refusal is a refusal on both paths; without the other side's word the pipeline says UNIT_MISSING.
        else if (full.issue.code === 'UNIT_MISMATCH' && typeof fields !== 'number')
          expect(['UNIT_MISMATCH', 'UNIT_MISSING']).toContain(fields.issue.code);
        else expect(fields, `${t} vs ${r}`).toStrictEqual(full);
      }),
      { numRuns: 400 },
    );
  });

  it('the fast readers leave every unit form to the parser or read it as the parser does', () => {
    const reading = new FastReading();
    const unitText = fc
      .record({
        n: fc.integer({ min: 0, max: 99_999 }),
        lead: fc.constantFrom('', 'Rp ', 'IDR '),
        unit: fc.constantFrom(
          ' rb',
          ' jt',
          ' M',
          ' m',
          ' T',
          ' miliar',
          ' hari',
          ' Minggu',
          ' bln',
          ' jam',
          ' x',
          ' Dokumen',
        ),
        tail: fc.constantFrom('', ' per tahun', ' 30 menit', ' - 2'),
      })
      .map(({ n, lead, unit, tail }) => `${lead}${n}${unit}${tail}`);
    fc.assert(
      fc.property(unitText, fc.constantFrom(undefined, { context: 'money' as const }), (text, hints) => {
        if (readNumberFast(text, hints, reading))
          expect(ok(parsedNumberOf(text, reading))).toStrictEqual(parseNumber(text, hints));
        if (readTargetFast(text, hints, reading))
          expect(ok(targetOf(text, reading))).toStrictEqual(parseTarget(text, hints));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('isMagnitudeWord', () => {
  it('holds for the four spelled magnitudes exactly as written, for nothing else (not an object key either)', () => {
    const spelled = ['ribu', 'juta', 'miliar', 'triliun'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...spelled, 'Ribu', 'JUTA', 'milyar', ' ribu', 'ribu ', ''),
          fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'),
          fc.string({ maxLength: 8 }),
          fc.anything(),
        ),
        (unit) => {
          expect(isMagnitudeWord(unit)).toBe(typeof unit === 'string' && spelled.includes(unit));
        },
      ),
      { numRuns: 500 },
    );
  });
});
