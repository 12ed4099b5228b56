import { z } from '../../core/zod';

/**
 * Busy but no results (kesibukan semu): many logged activity minutes, low result achievement.
 * Source: DOMAIN.md; regional apps target working days x 300 minutes a month (EKINERJA-PAGES.md).
 */
export const BusyPolicySchema = z.object({
  /** Logged minutes as a share of the expected minutes at or above which an employee counts as busy. */
  minMinutesShare: z.number().min(0).default(0.9),
  /** Expected minutes per working day (regional apps: 300). */
  minutesPerWorkingDay: z.number().positive().default(300),
  /** Working days in the period when the data does not say (one month). */
  defaultWorkingDays: z.number().int().positive().default(21),
  /** Aggregated capaian below which results count as low. */
  maxCapaian: z.number().min(0).default(0.76),
  /** Share of activity minutes without output or evidence at or above which a flag is raised. */
  noOutputMinutesShare: z.number().min(0).max(1).default(0.5),
});
export type BusyPolicy = z.infer<typeof BusyPolicySchema>;
