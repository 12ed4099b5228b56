import * as z from '../../core/zod';

/**
 * History over periods (docs/rules.md#periods): who improves, who stagnates. The op-ed behind Nilai Kerja
 * asks that staff who stagnate be reviewed for their placement; how many periods make "stagnant" is a
 * regional choice (open): the default is three periods, one quarter of monthly assessments.
 */
export const HistoryPolicySchema = z.object({
  /** Consecutive periods (the last one included) that make an employee stagnant. */
  stagnantPeriods: z.number().int().min(2).max(24).default(3),
  /** Stagnant when, over those periods, capaian stayed below this in every one (default 1: target not met). */
  belowTarget: z.number().min(0).max(2).default(1),
  /**
   * Also stagnant when capaian never rose over those periods while staying below this (default 1.1, where
   * the proposed hasil rating becomes Di Atas Ekspektasi: docs/rules.md#rating-hasil): steady excellence is
   * not stagnation, a flat or falling "just on target" is.
   */
  noRiseBelow: z.number().min(0).max(3).default(1.1),
});
export type HistoryPolicy = z.infer<typeof HistoryPolicySchema>;
