/**
 * The overlay reads activity minutes as Hitung nilai does: a cell beyond a year of minutes (an
 * overflowing "1e308 menit") is unreadable, so a page's total of minutes can never become Infinity.
 */
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../extension/src/content/model/values';
import { MAX_ACTIVITY_MINUTES } from '../../shared/pipeline';

describe('readMinutes', () => {
  it('reads real durations and refuses absurd ones', () => {
    expect(readMinutes('120 menit')).toBe(120);
    expect(readMinutes('7 jam 30 menit')).toBe(450);
    expect(readMinutes(`${MAX_ACTIVITY_MINUTES} menit`)).toBe(MAX_ACTIVITY_MINUTES);
    for (const absurd of [
      `${MAX_ACTIVITY_MINUTES + 1} menit`,
      '1e308',
      '1e308 menit',
      '1e308 jam',
      '9'.repeat(400),
    ])
      expect(readMinutes(absurd), absurd).toBeNull();
  });

  it('keeps any page total finite: 5,000 rows at the limit', () => {
    let total = 0;
    for (let i = 0; i < 5000; i++)
      total += readMinutes('1e308 jam') ?? readMinutes(`${MAX_ACTIVITY_MINUTES}`) ?? 0;
    expect(Number.isFinite(total)).toBe(true);
  });
});
