/**
 * The working-days module's script (built to src/content/working-days.js and injected on demand:
 * days-api.ts). It holds the core's working-days rule and the national calendar, and registers them for
 * the content script.
 */
import type { Issue } from '../../../../shared/core';
import { formatIssue } from '../../../../shared/messages';
import { periodLabel } from '../../../../shared/parse';
import type { WorkCalendar } from '../../../../shared/policy';
import { periodWorkingDays } from '../../../../shared/score';
import { WORKING_DAYS_API, type WorkingDaysApi, type WorkingDaysInput } from './days-api';
import { defaultCalendar } from './default-calendar';

/** A calendar as the core's schema gives it; anything else (a damaged stored value) is not one. */
const isCalendar = (value: unknown): value is WorkCalendar =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as WorkCalendar).workWeek) &&
  Array.isArray((value as WorkCalendar).daysOff);

function workingDays(input: WorkingDaysInput): ReturnType<WorkingDaysApi['workingDays']> {
  const calendar = isCalendar(input.calendar) ? input.calendar : defaultCalendar();
  // No JHK on a page: the calendar's days for the period, else the default with a warning (as Hitung nilai).
  const counted = periodWorkingDays(undefined, input.period, calendar, input.fallback);
  // The core's words for a sheet name a sheet's period rows and JHK column; a page has its lines, and its
  // reader can change the policy only by importing one.
  const code = counted.note?.code;
  const issue: Issue =
    input.period === null || counted.note === null
      ? { code: 'OVERLAY_BUSY_DAYS_NO_PERIOD', params: { days: counted.days }, severity: 'warning' }
      : code === 'PERIOD_WORKING_DAYS_NOT_COVERED' || code === 'PERIOD_WORKING_DAYS_NOT_COVERED_WORK_WEEK'
        ? {
            code: 'OVERLAY_BUSY_DAYS_NOT_COVERED',
            params: {
              year: String(input.period.year),
              period: periodLabel(input.period, input.lang),
              days: counted.days,
            },
            severity: 'warning',
          }
        : counted.note;
  const note = formatIssue(issue, input.lang);
  const warning =
    counted.source === 'default'
      ? formatIssue({ ...issue, at: { element: `tabel "${input.tableName}"` } }, input.lang)
      : '';
  return { days: counted.days, note, warning };
}

const api: WorkingDaysApi = { workingDays };

(globalThis as unknown as Record<symbol, WorkingDaysApi>)[WORKING_DAYS_API] = api;
