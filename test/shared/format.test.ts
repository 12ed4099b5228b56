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
