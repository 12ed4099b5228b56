import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';
import { parseDuration } from '../../shared/parse';
import { issueText } from './result';

const minutes = (r: Result<{ minutes: number }>): number => {
  if (!r.ok) throw new Error(`expected ok, got ${r.issue.code}: ${formatIssue(r.issue, 'en')}`);
  return r.value.minutes;
};

describe('parseDuration', () => {
  it.each([
    ['395 menit', 395],
    ['5,700 menit', 5700],
    ['7j 30m', 450],
    ['6j 45m', 405],
    ['7j30m', 450],
    ['7 jam 30 menit', 450],
    ['1 jam', 60],
    ['1,5 jam', 90],
    ['1 jam 15', 75],
    ['2 jam dan 10 menit', 130],
    ['01:30:00', 90],
    ['01:30', 90],
    ['37:30', 2250],
    ['07.30 - 08.00', 30],
    ['10:00 s/d 11:30', 90],
    ['13.00-15.30', 150],
    ['07:30 sampai 12:00 WIB', 270],
    ['395', 395],
    ['Total : 60 menit', 60],
    ['45 mnt', 45],
  ])('%j is %d minutes', (text, expected) => {
    expect(minutes(parseDuration(text))).toBe(expected);
  });

  it('takes a JS number as minutes and a Sheets duration (a Date from 1899-12-30) as its length', () => {
    expect(minutes(parseDuration(300))).toBe(300);
    expect(minutes(parseDuration(new Date(1899, 11, 30, 7, 30, 0)))).toBe(450);
  });

  it('refuses a time range across midnight and says how to fix it', () => {
    const text = issueText(parseDuration('22.00 - 01.00'));
    expect(text).toContain('melewati tengah malam');
    expect(text).toContain('Pecah menjadi dua baris');
  });

  it('asks about "07.30" alone: 7 hours 30 minutes or 7,3 minutes', () => {
    const id = issueText(parseDuration('07.30'));
    expect(id).toContain('7 jam 30 menit');
    expect(id).toContain('"7:30"');
    expect(id).toContain('"7,3 menit"');
    expect(issueText(parseDuration('07.30'), 'en')).toContain('"7.3 menit"');
  });

  it('explains invalid clock times, negatives, dates and repeated units', () => {
    expect(issueText(parseDuration('25.70 - 26.00'))).toContain('jam 00-23 dan menit 00-59');
    expect(issueText(parseDuration('-15 menit'))).toContain('negatif');
    expect(issueText(parseDuration(-15))).toContain('negatif');
    expect(issueText(parseDuration(new Date(2024, 2, 15)))).toContain('Durasi');
    expect(issueText(parseDuration('30 menit 20 menit'))).toContain('lebih dari sekali');
    expect(issueText(parseDuration(''))).toContain('Waktu kosong');
    expect(issueText(parseDuration('sepanjang hari'))).toContain('tidak dikenali');
  });

  it('does not pick one number out of a mixed activity line', () => {
    const r = parseDuration('Waktu Efektif : 30 menit  Volume : 2');
    expect(r.ok).toBe(false);
    expect(issueText(r)).toContain('Waktu Efektif : 30 menit Volume : 2');
  });
});

describe('durations too large to be worked', () => {
  it('keeps huge finite minutes finite (the pipeline refuses more than a year on the cell)', () => {
    const big = parseDuration(`${'9'.repeat(305)} menit`);
    if (big.ok) expect(Number.isFinite(big.value.minutes)).toBe(true);
    const huge = parseDuration(1e303);
    expect(huge.ok && Number.isFinite(huge.value.minutes)).toBe(true);
  });
});
