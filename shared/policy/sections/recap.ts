import * as z from '../../core/zod';

/**
 * The Sekda's recap across OPDs (issue 12; DOMAIN.md "Units and the Sekda's view"). What an OPD package
 * carries and how the recap names its winners are regional choices (open).
 */
export const RecapPolicySchema = z.object({
  /**
   * Which employees an OPD package names: 'kandidat' (default, least personal data leaving the OPD: those
   * with a penghargaan, pembinaan, teguran or sanksi proposal, the stagnant and the most improved) or
   * 'semua' (every employee's verdict). Sanction reasons follow reward.packageSanctionReasons either way.
   */
  packageEmployees: z.enum(['kandidat', 'semua']).default('kandidat'),
  /** How many OPDs the recap names as best by SAKIP (Banjar names I, II and III). Open; default 3. */
  bestCount: z.number().int().min(1).max(10).default(3),
  /** How many OPDs (and employees) the recap names as most improved. Open; default 3. */
  mostImprovedCount: z.number().int().min(1).max(20).default(3),
});
export type RecapPolicy = z.infer<typeof RecapPolicySchema>;
