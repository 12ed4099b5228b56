import { z } from '../../core/zod';

/**
 * Legacy numeric scheme still used by regional TPP apps, kept separate and optional.
 * Sources: PermenPANRB 8/2021 (nilai capaian IKI), PP 30/2019 (nilai kinerja = SKP 70% + perilaku 30%).
 * The IKI curve: C > 110% -> 120; 101-110% -> 110..120 linear; 100% -> 109; 80-99% -> 70 + 19(C-80%)/19%;
 * 60-79% -> 50 + 19(C-60%)/19%; 0-59% -> 49 C/59%. Worked example: 98% -> 88.
 */
export const LegacyPolicySchema = z.object({
  enabled: z.boolean().default(false),
  skpWeight: z.number().min(0).max(1).default(0.7),
  perilakuWeight: z.number().min(0).max(1).default(0.3),
});
export type LegacyPolicy = z.infer<typeof LegacyPolicySchema>;
