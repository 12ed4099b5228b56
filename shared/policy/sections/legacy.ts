import * as z from '../../core/zod';
import { BandSchema } from './capaian';
import { Pp46PolicySchema } from './legacy46';

/** One point of the nilai capaian IKI curve: capaian as a fraction (0.98 = 98%) -> nilai. */
export const CurvePointSchema = z.object({ capaian: z.number().min(0), nilai: z.number().min(0) });
export type CurvePoint = z.infer<typeof CurvePointSchema>;

/**
 * Nilai capaian IKI, PermenPANRB 8/2021: C > 110% -> 120; 101-110% -> 110..120 linear; 100% -> 109;
 * 80-99% -> 70 + 19(C-80%)/19%; 60-79% -> 50 + 19(C-60%)/19%; 0-59% -> 49 C/59%. Worked example: 98% -> 88.
 *
 * The regulation's bands leave gaps (59-60%, 79-80%, 99-100%, 100-101%). We read the curve as continuous:
 * straight lines between these points, flat at the last nilai above the last point and 0 below 0%. So 99.5%
 * -> 99 (halfway from 89 to 109) and 100.5% -> 109.5; at every point the regulation defines, the value is
 * exactly the regulation's.
 */
export const DEFAULT_IKI_CURVE: CurvePoint[] = [
  { capaian: 0, nilai: 0 },
  { capaian: 0.59, nilai: 49 },
  { capaian: 0.6, nilai: 50 },
  { capaian: 0.79, nilai: 69 },
  { capaian: 0.8, nilai: 70 },
  { capaian: 0.99, nilai: 89 },
  { capaian: 1, nilai: 109 },
  { capaian: 1.01, nilai: 110 },
  { capaian: 1.1, nilai: 120 },
];

/**
 * Legacy numeric scheme still used by regional TPP apps, kept separate and optional.
 * Sources: PermenPANRB 8/2021 (nilai capaian IKI, categories), PP 30/2019 (nilai kinerja = SKP 70% +
 * perilaku 30%).
 */
export const LegacyPolicySchema = z
  .object({
    enabled: z.boolean().default(false),
    skpWeight: z.number().min(0).max(1).default(0.7),
    perilakuWeight: z.number().min(0).max(1).default(0.3),
    /** Points of the nilai capaian IKI curve, by increasing capaian (see DEFAULT_IKI_CURVE). */
    ikiCurve: z
      .array(CurvePointSchema)
      .min(2)
      .refine((pts) => pts.every((p, i) => i === 0 || p.capaian > (pts[i - 1]?.capaian ?? -1)), {
        message: 'titik kurva harus urut naik menurut capaian (increasing capaian)',
      })
      .default(DEFAULT_IKI_CURVE),
    /**
     * Category of nilai kinerja, PermenPANRB 8/2021 (inclusive lower bounds): >= 110 Sangat Baik,
     * 90 to < 110 Baik, 70 to < 90 Cukup/Butuh Perbaikan, 50 to < 70 Kurang, below 50 Sangat Kurang.
     */
    categories: z
      .array(BandSchema)
      .min(1)
      .default([
        { id: 'sangat_baik', label: 'Sangat Baik', min: 110 },
        { id: 'baik', label: 'Baik', min: 90 },
        { id: 'butuh_perbaikan', label: 'Cukup/Butuh Perbaikan', min: 70 },
        { id: 'kurang', label: 'Kurang', min: 50 },
        { id: 'sangat_kurang', label: 'Sangat Kurang', min: 0 },
      ]),
    /** The PP 46/2011 prestasi kerja recap, read whenever a results sheet carries it (see legacy46.ts). */
    pp46: Pp46PolicySchema.default(Pp46PolicySchema.parse({})),
  })
  // PP 30/2019: the two weights make the whole score (70% + 30%).
  .refine((p) => Math.abs(p.skpWeight + p.perilakuWeight - 1) < 1e-9, {
    message: 'skpWeight + perilakuWeight harus 1 (must add up to 1)',
    path: ['skpWeight'],
  });
export type LegacyPolicy = z.infer<typeof LegacyPolicySchema>;
