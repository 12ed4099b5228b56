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
  /**
   * Comparing a target and a realisasi written in different units (shared/parse/units.ts). Open: no
   * regulation says how long an office's week or month is, so the day-based conversions are unset by
   * default and such a pair is refused with a message until the region decides (bulan <-> tahun is
   * always 12). Money magnitudes (rb, jt, M = miliar, T) are exact and need no policy.
   */
  units: z
    .object({
      /** Days in a minggu: 7 (calendar) or 5 (minggu kerja). Open; null = refuse "2 minggu" vs "10 hari". */
      daysPerWeek: z.number().positive().nullable().default(null),
      /** Days in a bulan: 30 (calendar) or the office's working days (e.g. 22). Open; null = refuse. */
      daysPerMonth: z.number().positive().nullable().default(null),
      /** Hours in a hari: 24 or working hours (e.g. 7,5). Open; null = refuse "1 hari" vs "8 jam". */
      hoursPerDay: z.number().positive().nullable().default(null),
      /**
       * Target and realisasi with different unit words ("12 Dokumen" vs "10 Laporan"): 'compute' on the
       * numbers with a warning (open default: the Satuan is usually one thing written two ways), or
       * 'refuse' the capaian until the cells agree.
       */
      differentWords: z.enum(['compute', 'refuse']).default('compute'),
    })
    .default({ daysPerWeek: null, daysPerMonth: null, hoursPerDay: null, differentWords: 'compute' }),
});
export type CapaianPolicy = z.infer<typeof CapaianPolicySchema>;
