import * as z from '../../core/zod';

/**
 * History over periods (docs/rules.md#periods): who improves, who stagnates. The op-ed behind Nilai Kerja
 * asks that staff who stagnate be reviewed for their placement; how many periods make "stagnant" is a
 * regional choice (open): the default is three periods, one quarter of monthly assessments.
 */
export const HistoryPolicySchema = z.object({
  /** Consecutive periods (the last one included) that make an employee stagnant. */
  stagnantPeriods: z.number().int().min(2).max(24).default(3),
  /**
   * An employee is stagnant when, over those periods, capaian stayed below this (default 1: the target
   * not met in any of them) or never rose from one period to the next.
   */
  belowTarget: z.number().min(0).max(2).default(1),
});
export type HistoryPolicy = z.infer<typeof HistoryPolicySchema>;
