/**
 * Working days of a period in a year the policy's calendar does not cover (shared/score/working-days.ts):
 * a quarter, semester or year counts its days on the work week with no holiday taken off (an upper bound,
 * so the expected activity minutes are never too few), not a month's default; a month keeps the default.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { Period } from '../../shared/parse/period';
import { defaultPolicy } from '../../shared/policy/schema';
import { periodWorkingDays, workWeekDaysOf } from '../../shared/score/working-days';

const cal = defaultPolicy().periods.calendar;
const p = (kind: Period['kind'], index: number, year: number): Period => ({ kind, index, year });

describe('periodWorkingDays for a year the calendar does not cover', () => {
  it("counts a quarter's, a semester's and a year's days on the work week, and says so", () => {
    // October 2024: 23 weekdays, November 21, December 22.
    const q4 = periodWorkingDays(undefined, p('quarter', 4, 2024), cal, 21);
    expect(q4).toMatchObject({ days: 66, source: 'default', note: { severity: 'warning' } });
    const said = formatIssue(q4.note!);
    expect(said).toContain('tidak memuat libur tahun 2024');
    expect(said).toContain('dipakai 66 hari kerja');
    expect(said).toContain('tanpa dikurangi libur');
    expect(formatIssue(q4.note!, 'en')).toContain('an upper bound');
    expect(periodWorkingDays(undefined, p('semester', 1, 2024), cal, 21).days).toBe(130);
    expect(periodWorkingDays(undefined, p('year', 1, 2024), cal, 21).days).toBe(262);
  });

  it('follows the work week of the policy (six days a week)', () => {
    expect(workWeekDaysOf(p('quarter', 4, 2024), [1, 2, 3, 4, 5, 6])).toBe(79);
    const six = { ...cal, workWeek: [1, 2, 3, 4, 5, 6] };
    expect(periodWorkingDays(undefined, p('quarter', 4, 2024), six, 21).days).toBe(79);
  });

  it('keeps the default for a month, and the calendar for a year it covers', () => {
    expect(periodWorkingDays(undefined, p('month', 3, 2031), cal, 21)).toMatchObject({
      days: 21,
      note: { code: 'PERIOD_WORKING_DAYS_NOT_COVERED' },
    });
    expect(periodWorkingDays(undefined, p('quarter', 1, 2025), cal, 21).source).toBe('calendar');
  });

  it('takes a year outside 1-9999 for no period (its days were counted one by one and never ended)', () => {
    for (const year of [1e20, 1e308, 0, -2025, 10_000]) {
      expect(workWeekDaysOf(p('year', 1, year), [1, 2, 3, 4, 5])).toBeNull();
      expect(periodWorkingDays(undefined, p('year', 1, year), cal, 21)).toMatchObject({
        days: 21,
        source: 'default',
        note: { code: 'PERIOD_WORKING_DAYS_DEFAULT' },
      });
    }
  });
});
