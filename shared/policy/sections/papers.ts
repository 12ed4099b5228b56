import * as z from '../../core/zod';

/**
 * The papers for the Sekda's meeting (the add-on's "Siapkan kertas rapat"). Each employee's result slip
 * says how to object (keberatan) to the result. The path, to the superior of the pejabat penilai kinerja,
 * follows the performance appraisal rules (PP 30/2019 on PNS performance appraisal; PermenPANRB 6/2022);
 * the deadline is not fixed in DOMAIN.md and varies by region (open). The default of 14 calendar days is
 * the period the earlier PP 46/2011 gave for an objection; a region sets its own, or null to make the slip
 * say "within the period your agency sets" without a number.
 */
export const PapersPolicySchema = z.object({
  /** Calendar days after the slip is received within which a keberatan may be submitted; null: not fixed. */
  keberatanDays: z.number().int().min(1).max(365).nullable().default(14),
});
export type PapersPolicy = z.infer<typeof PapersPolicySchema>;
