import * as z from '../../core/zod';

/**
 * Busy but no results (kesibukan semu): many logged activity minutes, low result achievement.
 * Sources: docs/rules.md#kesibukan-semu (ASN judged on results, not on arriving on time); regional activity
 * e-kinerja apps set the monthly target at working days x 300 minutes (docs/pages.md#family-activity).
 * The thresholds are regional choices (open); the defaults below are the ones Nilai Kerja proposes.
 */
export const BusyPolicySchema = z.object({
  /** Logged minutes as a share of the expected minutes at or above which an employee counts as busy. */
  minMinutesShare: z.number().min(0).default(0.9),
  /** Expected minutes per working day (regional apps: 300). */
  minutesPerWorkingDay: z.number().positive().default(300),
  /** Working days in the period when the data does not say (one month). */
  defaultWorkingDays: z.number().int().positive().default(21),
  /**
   * Aggregated capaian below which results count as low. Default 76%: the lower bound of the
   * "Tinggi" band (Permendagri 86/2017-style categories), so "low" means Sedang or below.
   */
  maxCapaian: z.number().min(0).default(0.76),
  /** Share of activity minutes without output or evidence at or above which a flag is raised. */
  noOutputMinutesShare: z.number().min(0).max(1).default(0.5),
  /**
   * Activities the supervisor rejected (status "Ditolak") do not count as logged minutes: regional apps
   * pay TPP only on approved activities (open; default true).
   */
  ignoreRejectedActivities: z.boolean().default(true),
});
export type BusyPolicy = z.infer<typeof BusyPolicySchema>;
