/**
 * The working-days module's script (built to src/content/working-days.js and injected on demand:
 * days-api.ts). It holds the core's working-days rule and the national calendar, and registers them for
 * the content script.
 */
import type { Issue } from '../../../../shared/core';
import { formatIssue } from '../../../../shared/messages';
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
  // The core's words for a sheet without a period name a sheet's period rows; a page's are its lines.
  const issue: Issue =
    input.period === null || counted.note === null
      ? { code: 'OVERLAY_BUSY_DAYS_NO_PERIOD', params: { days: counted.days }, severity: 'warning' }
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
