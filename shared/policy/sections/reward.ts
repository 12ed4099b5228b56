import { z } from '../../core/zod';

/**
 * Reward and punishment recommendations (penghargaan dan sanksi). The regulation frames them
 * (PermenPANRB 6/2022 Pasal on tindak lanjut; PP 94/2021 for disiplin); the thresholds are regional policy.
 */
export const RewardPolicySchema = z.object({
  /** Predikat that earn appreciation (apresiasi) and, with capaian >= penghargaanMinCapaian, penghargaan. */
  apresiasiPredikat: z.array(z.string()).default(['sangat_baik']),
  penghargaanMinCapaian: z.number().min(0).default(1.1),
  /** Predikat that call for pembinaan (coaching). */
  pembinaanPredikat: z.array(z.string()).default(['butuh_perbaikan']),
  /** Predikat that call for a written teguran (reprimand). */
  teguranPredikat: z.array(z.string()).default(['kurang']),
  /** Predikat that call for a sanction proposal under the discipline rules. */
  sanksiPredikat: z.array(z.string()).default(['sangat_kurang']),
  /** Discipline deduction (fraction of discipline part) at or above which a teguran is recommended. */
  teguranDeductionMin: z.number().min(0).max(1).default(0.2),
  /** Days absent without notice (TK) at or above which a sanction is recommended (PP 94/2021 ladder). */
  sanksiTkDaysMin: z.number().int().min(1).default(10),
  /** Supervisor duty: share of subordinates with feedback below which a supervisor is flagged. */
  supervisorMinFeedbackShare: z.number().min(0).max(1).default(1),
  /** Unit ranking: minimum SAKIP score increase (points) to be named most improved. */
  mostImprovedMinDelta: z.number().min(0).default(1),
});
export type RewardPolicy = z.infer<typeof RewardPolicySchema>;
