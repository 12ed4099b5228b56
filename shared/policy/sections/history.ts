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
  /**
   * Where the annual predikat comes from (DOMAIN.md, Periods: open, a regional choice). The default takes
   * the verdict on the annual data when the workbook has it, else the last period's of the year
   * ('annual-data-else-last'); 'annual-data' gives none without annual data; 'last-period' always takes the
   * last period's; 'mean-capaian' averages the periods' capaian, the only rule that averages, and then
   * says so in every reason (a predikat needs the perilaku rating, which a mean cannot give).
   */
  annual: z
    .enum(['annual-data-else-last', 'annual-data', 'last-period', 'mean-capaian'])
    .default('annual-data-else-last'),
});
export type HistoryPolicy = z.infer<typeof HistoryPolicySchema>;
export type AnnualRule = HistoryPolicy['annual'];
