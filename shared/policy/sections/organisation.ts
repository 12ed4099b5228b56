import * as z from '../../core/zod';
import { PredikatOrganisasiSchema } from './rating';

/**
 * One band of the Perjanjian Kinerja mapping: a unit whose mean capaian PK is above `min` (or at it when
 * `inclusive`) gets `predikat`. Bands are checked from the highest min down.
 */
export const PkBandSchema = z.object({
  predikat: PredikatOrganisasiSchema,
  /** Lower bound as a fraction (1.1 = 110 %). */
  min: z.number().min(0),
  /** true: capaian >= min belongs to the band; false: only capaian > min (the default Istimewa band). */
  inclusive: z.boolean(),
});
export type PkBand = z.infer<typeof PkBandSchema>;

/**
 * Predikat kinerja organisasi from the unit's Perjanjian Kinerja (DOMAIN.md, "Units and the Sekda's view";
 * SE MenPANRB 3/2023 names the predikat, not the mapping). Open: every bound is a regional choice, and a
 * predikat typed in the units sheet always wins over the one proposed here.
 */
export const OrganisationPolicySchema = z.object({
  /**
   * Open default: > 110 % Istimewa, >= 90 % Baik, >= 70 % Butuh Perbaikan, >= 50 % Kurang; a capaian below
   * every band is `below` (Sangat Kurang). Compared after rounding to four decimals, as the categories are.
   */
  pkBands: z
    .array(PkBandSchema)
    .min(1)
    .refine((bands) => bands.every((b, i) => i === 0 || b.min <= (bands[i - 1] as PkBand).min), {
      message:
        'pkBands harus urut dari batas tertinggi ke terendah (pkBands must run from the highest bound down)',
    })
    .refine((bands) => new Set(bands.map((b) => b.predikat)).size === bands.length, {
      message: 'predikat di pkBands harus unik (each predikat appears once in pkBands)',
    })
    .default([
      { predikat: 'istimewa', min: 1.1, inclusive: false },
      { predikat: 'baik', min: 0.9, inclusive: true },
      { predikat: 'butuh_perbaikan', min: 0.7, inclusive: true },
      { predikat: 'kurang', min: 0.5, inclusive: true },
    ]),
  /** The predikat of a capaian PK below every band (open default: Sangat Kurang). */
  below: PredikatOrganisasiSchema.default('sangat_kurang'),
});
export type OrganisationPolicy = z.infer<typeof OrganisationPolicySchema>;
