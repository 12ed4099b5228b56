import * as z from '../../core/zod';

/** A lower-bounded band: value >= min (inclusive) belongs to it, checked from the highest min down. */
export const BandSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Inclusive lower bound as a fraction (0.91 = 91%). */
  min: z.number(),
});

/**
 * Achievement of one indicator (capaian). Sources: docs/rules.md#capaian, #categories and #aggregation.
 * Formulas are fixed; every threshold, cap and open choice is here.
 */
export const CapaianPolicySchema = z.object({
  /**
   * Cap applied to each indicator's capaian before aggregation (open; default 120%).
   * null means no cap. The regulation sets no cap on capaian itself.
   */
  aggregationCap: z.number().positive().nullable().default(1.2),
  /** Negative polarity: clamp (2T - R)/T at 0 (open; default true). */
  clampNegativeAtZero: z.boolean().default(true),
  /** Negative polarity with target 0 (open): capaian when realisasi is 0, and otherwise. */
  zeroTargetNegative: z
    .object({ whenRealisasiZero: z.number().min(0).default(1), otherwise: z.number().min(0).default(0) })
    .default({ whenRealisasiZero: 1, otherwise: 0 }),
  /** Range targets (open): capaian inside the range. Above uses the upper bound, below the lower. */
  insideRange: z.number().positive().default(1),
  /**
   * Categories, Permendagri 86/2017-style bands (configurable). Boundary semantics: a value
   * equal to min belongs to that band (>= 91% is Sangat Tinggi). Compared after rounding to 4 decimals;
   * a value below the lowest min (a negative capaian when clamping is off) falls in the lowest band.
   */
  categories: z
    .array(BandSchema)
    .min(1)
    .refine((bands) => new Set(bands.map((b) => b.id)).size === bands.length, {
      message: 'id kategori harus unik (category ids must be unique)',
    })
    .default([
      { id: 'sangat_tinggi', label: 'Sangat Tinggi', min: 0.91 },
      { id: 'tinggi', label: 'Tinggi', min: 0.76 },
      { id: 'sedang', label: 'Sedang', min: 0.66 },
      { id: 'rendah', label: 'Rendah', min: 0.51 },
      { id: 'sangat_rendah', label: 'Sangat Rendah', min: 0 },
    ]),
  /** Employee aggregation: RHK tambahan counted (true) or only RHK utama (false, default). */
  includeTambahan: z.boolean().default(false),
  /**
   * Use the Bobot column when present (true) or weigh every RHK/indicator equally. Weights are used only
   * when every counted item has one; otherwise all items weigh the same (with a warning).
   */
  useWeights: z.boolean().default(true),
});
export type CapaianPolicy = z.infer<typeof CapaianPolicySchema>;
