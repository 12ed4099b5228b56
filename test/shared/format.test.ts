import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberForLang } from '../../shared/messages/format';

describe('formatNumberForLang', () => {
  it('rounds a percentage half up in decimal, whatever binary noise the x100 left', () => {
    // 1.1925 x 100 is 119.24999999999999 in binary; people (and the reward reason) read it as 119,3 %.
    expect(formatNumberForLang(1.1925 * 100, 'id', 1)).toBe('119,3');
    expect(formatNumberForLang(0.8125 * 100, 'en', 1)).toBe('81.3');
    expect(formatNumberForLang(1.005 * 100, 'id', 0)).toBe('101');
  });

  it('groups thousands and keeps whole numbers whole in both languages', () => {
    expect(formatNumberForLang(4249772.73, 'id')).toBe('4.249.772,73');
    expect(formatNumberForLang(2500000, 'en', 0)).toBe('2,500,000');
    expect(formatNumberForLang(100, 'id', 0)).toBe('100');
    expect(formatNumberForLang(-12.5, 'id')).toBe('-12,5');
    expect(formatNumberForLang(-0.001, 'id', 2)).toBe('0');
  });

  it('never shows NaN or Infinity', () => {
    expect(formatNumberForLang(Number.NaN, 'id')).toBe('-');
    expect(formatNumberForLang(Number.POSITIVE_INFINITY, 'en')).toBe('-');
    // Rounding to 15 significant digits would turn the largest doubles into Infinity.
    expect(formatNumberForLang(-1.7976931348623151e308, 'id')).not.toMatch(/Infinity|NaN/);
    expect(formatNumberForLang(Number.MAX_VALUE, 'en', 0)).not.toMatch(/Infinity|NaN/);
  });
});

/**
 * The pattern-based formatter this module had before it grouped digits in a loop (kept here as the oracle):
 * the loop must render every number exactly as it did, thousands of issue messages a run depend on it.
 */
function patternFormat(value: number, lang: 'id' | 'en', maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '-';
  const trimmed = Number(Math.abs(value).toPrecision(15));
  const magnitude = Number.isFinite(trimmed) ? trimmed : Math.abs(value);
  let fixed = magnitude.toFixed(maximumFractionDigits);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int = '0', frac] = fixed.split('.');
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (value < 0 && fixed !== '0' ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

describe('formatNumberForLang renders as the pattern formatter did', () => {
  const langs = fc.constantFrom<'id' | 'en'>('id', 'en');
  const digits = fc.integer({ min: 0, max: 6 });
  it('for any double, whole number, money amount or capaian', () => {
    const values = fc.oneof(
      fc.double(),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.integer({ min: 0, max: 10_000_000_000 }).map((rupiah) => rupiah / 100),
      fc.integer({ min: 0, max: 30_000 }).map((basis) => (basis / 10_000) * 100),
      fc.constantFrom(0, -0, 0.5, 999.995, 1000, 999_999.999, 1e15, 1e21, 1.5e21, 1.2e30, -1e22),
    );
    fc.assert(
      fc.property(values, langs, digits, (value, lang, d) => {
        expect(formatNumberForLang(value, lang, d)).toBe(patternFormat(value, lang, d));
      }),
      { numRuns: 5000 },
    );
  });
});
