import * as z from '../../core/zod';
import type { Flag } from '../../flags/vocabulary';
import { PredikatOrganisasiSchema, PredikatPegawaiSchema } from './rating';

/** Employee flags that can, by policy, call for coaching (pembinaan) on their own. */
export const COACHING_FLAGS = [
  'kesibukan_semu',
  'aktivitas_tanpa_output',
  'realisasi_kosong',
  'tanpa_bukti',
] as const satisfies readonly Flag[];
export const CoachingFlagSchema = z.enum(COACHING_FLAGS);

/**
 * Reward and punishment recommendations (penghargaan dan sanksi). The regulation frames them
 * (PermenPANRB 6/2022, tindak lanjut hasil evaluasi kinerja: penghargaan for good predikat, pembinaan
 * for poor; PP 94/2021 for disiplin, which sets the TK ladder); the thresholds are regional policy (open).
 */
export const RewardPolicySchema = z.object({
  /** Predikat that earn appreciation (apresiasi) and, with capaian >= penghargaanMinCapaian, penghargaan. */
  apresiasiPredikat: z.array(PredikatPegawaiSchema).default(['sangat_baik']),
  penghargaanMinCapaian: z.number().min(0).default(1.1),
  /**
   * A penghargaan also needs a clean attendance record: discipline deduction (fraction of the discipline
   * part) below this. Open; default 5%, about two late arrivals of more than an hour (Permentan 68/2012).
   */
  penghargaanMaxDeduction: z.number().min(0).max(1).default(0.05),
  /** Predikat that call for pembinaan (coaching). */
  pembinaanPredikat: z.array(PredikatPegawaiSchema).default(['butuh_perbaikan']),
  /** Flags that call for pembinaan whatever the predikat (open; default the two busy-but-no-results flags). */
  pembinaanFlags: z.array(CoachingFlagSchema).default(['kesibukan_semu', 'aktivitas_tanpa_output']),
  /** Predikat that call for a written teguran (reprimand). */
  teguranPredikat: z.array(PredikatPegawaiSchema).default(['kurang']),
  /** Predikat that call for a sanction proposal under the discipline rules. */
  sanksiPredikat: z.array(PredikatPegawaiSchema).default(['sangat_kurang']),
  /** Discipline deduction (fraction of discipline part) at or above which a teguran is recommended. */
  teguranDeductionMin: z.number().min(0).max(1).default(0.2),
  /**
   * Days absent without notice (TK) at or above which a sanction is recommended. PP 94/2021 (Pasal 9-11)
   * grades the penalty by days TK in a year, from a teguran lisan at 3 days upwards; default 10.
   */
  sanksiTkDaysMin: z.number().int().min(1).default(10),
  /** Days absent without notice at or above which a teguran is recommended (PP 94/2021: a teguran lisan from 3 days). */
  teguranTkDaysMin: z.number().int().min(1).default(3),
  /**
   * Whether a supervisor's results package (the add-on's export for the extension) carries the reasons
   * behind a teguran or sanksi recommendation (days TK, discipline deduction, predikat); the kind is
   * always kept. Default false: under PP 94/2021 a hukuman disiplin is decided by the pejabat yang
   * berwenang menghukum after an examination, often above the direct supervisor, and the attendance
   * and discipline record behind it is personal data (UU 27/2022 Pelindungan Data Pribadi: process
   * only what the purpose needs). The admin's sheets keep every reason.
   */
  packageSanctionReasons: z.boolean().default(false),
  /** Supervisor duty: share of subordinates with feedback below which a supervisor is flagged. */
  supervisorMinFeedbackShare: z.number().min(0).max(1).default(1),
  /** Unit ranking: minimum SAKIP score increase (points) to be named most improved. */
  mostImprovedMinDelta: z.number().min(0).default(1),
  /** Units whose predikat organisasi calls for pembinaan at the coordination meeting (open). */
  unitPembinaanPredikat: z
    .array(PredikatOrganisasiSchema)
    .default(['butuh_perbaikan', 'kurang', 'sangat_kurang']),
});
export type RewardPolicy = z.infer<typeof RewardPolicySchema>;
