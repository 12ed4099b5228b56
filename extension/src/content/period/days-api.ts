import type { Lang } from '../../../../shared/messages';
import type { Period } from '../../../../shared/parse';
import type { WorkCalendar } from '../../../../shared/policy';

/*
 * The working-days module: the working days of the page's period by the region's calendar, by the core's
 * one rule (shared/score/working-days.ts periodWorkingDays, the one Hitung nilai counts kesibukan semu's
 * expected minutes with). The calendar's dates (the national days off of each year the default policy
 * lists) are what a people recap with activity minutes needs and no other page does, so they are neither
 * in the content script nor in the period module: this is a script of its own (days-module.ts, built to
 * src/content/working-days.js) that the background injects into the frame that asks, once. The page's
 * period comes from the period module (PeriodApi.pagePeriod); the region's calendar from the stored
 * policy, else the national default's, which this module carries.
 */

export interface WorkingDaysInput {
  /** The one period the page names (PeriodApi.pagePeriod), or null when it names none or several. */
  period: Period | null;
  /** The stored policy's calendar (`periods.calendar`); undefined: the national default's. */
  calendar: WorkCalendar | undefined;
  /** `busy.defaultWorkingDays`: what is used, with a warning, when the period's cannot be counted. */
  fallback: number;
  /** How messages name the table (its caption, id or heading). */
  tableName: string;
  lang: Lang;
}

export interface WorkingDays {
  days: number;
  /**
   * Where the days came from, in the user's language: the line a kesibukan semu badge adds, as Hitung
   * nilai adds it to the employee's reasons.
   */
  note: string;
  /** The panel's line for the table when the days are a default (a warning); '' when they were counted. */
  warning: string;
}

export interface WorkingDaysApi {
  workingDays(input: WorkingDaysInput): WorkingDays;
}

/** Where the module puts its function in the isolated world (a registered symbol: no page can reach it). */
export const WORKING_DAYS_API = Symbol.for('nilai-kerja/working-days-module');

/** The runtime message by which the content script asks the background to inject the module. */
export const LOAD_WORKING_DAYS_MODULE = 'nilai-kerja/load-working-days-module';

/** The module's script in the built extension (extension/build.ts writes it; the background injects it). */
export const WORKING_DAYS_MODULE_FILE = 'src/content/working-days.js';
