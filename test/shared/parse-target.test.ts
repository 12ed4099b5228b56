import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { parseTarget } from '../../shared/parse';
import { issueText, value } from './result';

describe('parseTarget', () => {
  it('reads single targets with their unit', () => {
    expect(value(parseTarget('3 Dokumen'))).toEqual({
      kind: 'single',
      value: 3,
      unit: 'Dokumen',
      percent: false,
    });
    expect(value(parseTarget('99,5 %'))).toEqual({ kind: 'single', value: 99.5, unit: '%', percent: true });
    expect(value(parseTarget(12))).toEqual({ kind: 'single', value: 12, percent: false });
    expect(value(parseTarget('-5'))).toEqual({ kind: 'single', value: -5, percent: false });
    expect(value(parseTarget('1.250 Data'))).toMatchObject({ kind: 'single', value: 1250 });
  });

  it.each([
    ['80-90', 80, 90],
    ['80 – 90 %', 80, 90],
    ['80 s/d 90', 80, 90],
    ['80 s.d. 90', 80, 90],
    ['80 sd 90', 80, 90],
    ['80 sampai 90', 80, 90],
    ['80 sampai dengan 90', 80, 90],
    ['80% - 90%', 80, 90],
    ['87,5 - 92,5 %', 87.5, 92.5],
    ['-5 - 5', -5, 5],
  ])('reads the range %j', (text, low, high) => {
    expect(value(parseTarget(text))).toMatchObject({ kind: 'range', low, high });
  });

  it('carries the unit written once after the upper bound, and reads the lower bound with it', () => {
    expect(value(parseTarget('80 – 90 %'))).toEqual({
      kind: 'range',
      low: 80,
      high: 90,
      unit: '%',
      percent: true,
    });
    expect(value(parseTarget('1.000 - 5.000 Dokumen'))).toEqual({
      kind: 'range',
      low: 1000,
      high: 5000,
      unit: 'Dokumen',
      percent: false,
    });
  });

  it('tells the user to fill an empty target', () => {
    expect(issueText(parseTarget(''))).toContain('Target kosong: isi target');
    expect(issueText(parseTarget(undefined))).toContain('Target kosong');
    expect(issueText(parseTarget('-'))).toContain('Target kosong');
    expect(issueText(parseTarget('   '), 'en')).toContain('The target is empty');
  });

  it('refuses a reversed range instead of swapping it silently', () => {
    const text = issueText(parseTarget('90-80'));
    expect(text).toContain('terbalik');
    expect(text).toContain('"80-90"');
  });

  it('refuses bounds in different units and cells with several ranges', () => {
    expect(issueText(parseTarget('80 % - 90 Dokumen'))).toContain('satuan berbeda (% dan Dokumen)');
    const r = parseTarget('80-90-100');
    expect(r.ok ? '' : r.issue.code).toBe('TARGET_TRAILING');
    const two = parseTarget('12 15');
    expect(two.ok ? '' : two.issue.code).toBe('TARGET_TRAILING');
  });

  it('passes ambiguity in a bound to the user', () => {
    const r = parseTarget('4.215');
    expect(r.ok ? '' : r.issue.code).toBe('PARSE_NUMBER_AMBIGUOUS');
    expect(value(parseTarget('4.215', { context: 'minutes' }))).toMatchObject({ value: 4215 });
  });

  it('property: any "a-b" with a <= b reads back as a range with low <= high', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('-', ' - ', ' – ', ' s/d ', ' sd ', ' sampai '),
        (a, b, connector) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const r = parseTarget(`${low}${connector}${high}`);
          const target = value(r);
          expect(target.kind).toBe('range');
          if (target.kind === 'range') {
            expect(target.low).toBe(low);
            expect(target.high).toBe(high);
            expect(target.low).toBeLessThanOrEqual(target.high);
          }
          const reversed = parseTarget(`${high}${connector}${low}`);
          if (low < high) expect(reversed.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: any string gives a range with low <= high or a clear issue', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789.,-–% sd/'.split('')), maxLength: 16 }),
        (text) => {
          const r = parseTarget(text);
          if (r.ok && r.value.kind === 'range') expect(r.value.low).toBeLessThanOrEqual(r.value.high);
          if (r.ok && r.value.kind === 'single') expect(Number.isFinite(r.value.value)).toBe(true);
          if (!r.ok) expect(formatIssue(r.issue)).not.toMatch(/undefined|NaN/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
