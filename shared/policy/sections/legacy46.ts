import * as z from '../../core/zod';

/** A band of the PP 46/2011 scale: a value strictly above `above` belongs to it (checked from the top). */
export const Pp46BandSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  above: z.number(),
});
export type Pp46Band = z.infer<typeof Pp46BandSchema>;

/**
 * The prestasi kerja recap of PP 46/2011 (Penilaian Prestasi Kerja PNS), still kept by offices for
 * older years and some TPP files: a scheme of its own, never mixed into the PermenPANRB 6/2022 predikat.
 * Nilai prestasi kerja = nilai SKP x 60% + nilai perilaku kerja x 40% (PP 46/2011; its implementing
 * rule, Perka BKN 1/2013, gives the worked recap), where the nilai perilaku is the average of the
 * aspects scored (Orientasi Pelayanan, Integritas, Komitmen, Disiplin, Kerjasama, and Kepemimpinan for
 * structural officials only).
 */
export const Pp46PolicySchema = z
  .object({
    skpWeight: z.number().min(0).max(1).default(0.6),
    perilakuWeight: z.number().min(0).max(1).default(0.4),
    /**
     * PP 46/2011 and Perka BKN 1/2013: 91-100 Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, 50 and below
     * Buruk. The regulation writes whole numbers; OPEN: a value between them (90,50) is read with the
     * regulation's own "50 ke bawah" wording, so every band starts strictly above the previous band's
     * top (90,50 is Sangat Baik). The lowest band takes everything below.
     */
    categories: z
      .array(Pp46BandSchema)
      .min(1)
      .refine((bands) => new Set(bands.map((b) => b.id)).size === bands.length, {
        message: 'id kategori harus unik (category ids must be unique)',
      })
      .default([
        { id: 'sangat_baik', label: 'Sangat Baik', above: 90 },
        { id: 'baik', label: 'Baik', above: 75 },
        { id: 'cukup', label: 'Cukup', above: 60 },
        { id: 'kurang', label: 'Kurang', above: 50 },
        { id: 'buruk', label: 'Buruk', above: -1 },
      ]),
    /**
     * How far a sheet's own Jumlah, Rata-rata, SKP x 60%, NPK x 40% and Nilai Prestasi Kerja may be from
     * the computed value before the cell is reported (OPEN; 0.01 absorbs the two decimals a sheet shows).
     */
    tolerance: z.number().min(0).default(0.01),
  })
  // PP 46/2011: the two parts make the whole score (60% + 40%).
  .refine((p) => Math.abs(p.skpWeight + p.perilakuWeight - 1) < 1e-9, {
    message: 'skpWeight + perilakuWeight harus 1 (must add up to 1)',
    path: ['skpWeight'],
  });
export type Pp46Policy = z.infer<typeof Pp46PolicySchema>;
