import * as z from '../../core/zod';
import { type PredikatPegawai, PredikatPegawaiSchema } from './rating';

/**
 * One distribution rule: the number of the unit's employees whose predikat is in `predikat` (summed)
 * must be at most (`max`) or at least (`min`) the given share of the unit, rounded per `rounding`.
 */
export const DistributionRuleSchema = z
  .object({
    id: z.string().min(1),
    predikat: z.array(PredikatPegawaiSchema).min(1),
    kind: z.enum(['max', 'min']),
    share: z.number().min(0).max(1),
    /**
     * For "at least one employee" rules (kind min, SE 3/2023 for a unit Baik): the rule needs the larger
     * of this count and the rounded share.
     */
    minCount: z.number().int().min(0).optional(),
  })
  .refine((rule) => rule.minCount === undefined || rule.kind === 'min', {
    message: 'minCount hanya untuk aturan "min" (minCount only applies to kind "min")',
    path: ['minCount'],
  });
export type DistributionRule = z.infer<typeof DistributionRuleSchema>;

const max = (id: string, predikat: PredikatPegawai[], share: number): DistributionRule => ({
  id,
  predikat,
  kind: 'max',
  share,
});
const min = (
  id: string,
  predikat: PredikatPegawai[],
  share: number,
  minCount?: number,
): DistributionRule => ({
  id,
  predikat,
  kind: 'min',
  share,
  ...(minCount !== undefined ? { minCount } : {}),
});

/**
 * Distribution of employee predikat within a unit, per the unit's organisation predikat.
 * Source: SE MenPANRB 3/2023. Rounding (open): a cap of p% allows floor(p% x n) employees,
 * a floor of p% needs ceil(p% x n).
 */
export const DistributionPolicySchema = z.object({
  rounding: z
    .object({
      cap: z.enum(['floor', 'round', 'ceil']).default('floor'),
      floor: z.enum(['floor', 'round', 'ceil']).default('ceil'),
    })
    .default({ cap: 'floor', floor: 'ceil' }),
  rules: z
    .object({
      istimewa: z.array(DistributionRuleSchema),
      baik: z.array(DistributionRuleSchema),
      butuh_perbaikan: z.array(DistributionRuleSchema),
      kurang: z.array(DistributionRuleSchema),
      sangat_kurang: z.array(DistributionRuleSchema),
    })
    .default({
      istimewa: [max('istimewa_sb_max70', ['sangat_baik'], 0.7)],
      baik: [max('baik_b_max70', ['baik'], 0.7), min('baik_bp_k_min1', ['butuh_perbaikan', 'kurang'], 0, 1)],
      butuh_perbaikan: [
        max('bp_sb_max10', ['sangat_baik'], 0.1),
        min('bp_bp_min60', ['butuh_perbaikan'], 0.6),
      ],
      kurang: [
        max('kurang_sb_max10', ['sangat_baik'], 0.1),
        min('kurang_bp_min10', ['butuh_perbaikan'], 0.1),
        min('kurang_k_min60', ['kurang'], 0.6),
      ],
      sangat_kurang: [
        max('sk_sb_none', ['sangat_baik'], 0),
        min('sk_sk_min60', ['sangat_kurang'], 0.6),
        min('sk_k_bp_min10', ['kurang', 'butuh_perbaikan'], 0.1),
      ],
    }),
});
export type DistributionPolicy = z.infer<typeof DistributionPolicySchema>;
