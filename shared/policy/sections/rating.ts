import * as z from '../../core/zod';

export const RATINGS = ['di_atas', 'sesuai', 'di_bawah'] as const;
export const RatingSchema = z.enum(RATINGS);
export type Rating = z.infer<typeof RatingSchema>;

export const PREDIKAT_PEGAWAI = [
  'sangat_baik',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
] as const;
/** 'kurang' is the regulation's "Kurang/Misconduct". */
export const PredikatPegawaiSchema = z.enum(PREDIKAT_PEGAWAI);
export type PredikatPegawai = z.infer<typeof PredikatPegawaiSchema>;

export const PREDIKAT_ORGANISASI = [
  'istimewa',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
] as const;
export const PredikatOrganisasiSchema = z.enum(PREDIKAT_ORGANISASI);
export type PredikatOrganisasi = z.infer<typeof PredikatOrganisasiSchema>;

export const BERAKHLAK = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
export const BerakhlakValueSchema = z.enum(BERAKHLAK);
export type BerakhlakValue = z.infer<typeof BerakhlakValueSchema>;

const row = (dibawah: PredikatPegawai, sesuai: PredikatPegawai, diatas: PredikatPegawai) => ({
  di_bawah: dibawah,
  sesuai,
  di_atas: diatas,
});

/**
 * Ratings and predikat: PermenPANRB 6/2022 (matrix, ratings); open choices: docs/rules.md#rating-hasil.
 */
export const RatingPolicySchema = z.object({
  /**
   * Proposed rating hasil kerja from the employee's aggregated capaian (open: the regulation leaves it
   * to the supervisor). Inclusive lower bounds: >= 1.10 di atas, >= 0.90 sesuai, else di bawah.
   */
  hasilBands: z
    .object({ diAtasMin: z.number().positive().default(1.1), sesuaiMin: z.number().positive().default(0.9) })
    .refine((b) => b.diAtasMin > b.sesuaiMin, { message: 'diAtasMin > sesuaiMin' })
    .default({ diAtasMin: 1.1, sesuaiMin: 0.9 }),
  /**
   * Rating perilaku from the seven BerAKHLAK judgements (open): di atas when at least `diAtasMinCount`
   * values are di atas and none is di bawah; di bawah when at least `diBawahMinCount` are di bawah.
   */
  perilakuRule: z
    .object({
      diAtasMinCount: z.number().int().min(1).max(7).default(4),
      diBawahMinCount: z.number().int().min(1).max(7).default(3),
    })
    .default({ diAtasMinCount: 4, diBawahMinCount: 3 }),
  /**
   * A BerAKHLAK value written as a score (regional TPP files write 97 for each value) becomes a
   * judgement by these inclusive lower bounds, before perilakuRule counts the seven. OPEN: PermenPANRB
   * 6/2022 judges perilaku in words, not scores; the default borrows the PP 46/2011 perilaku bands
   * (91-100 Sangat Baik -> di atas, 76-90 Baik -> sesuai, 75 and below -> di bawah). A region that
   * scores on another scale sets its own bounds.
   */
  berakhlakScoreBands: z
    .object({ diAtasMin: z.number().min(0).default(91), sesuaiMin: z.number().min(0).default(76) })
    .refine((b) => b.diAtasMin > b.sesuaiMin, { message: 'diAtasMin > sesuaiMin' })
    .default({ diAtasMin: 91, sesuaiMin: 76 }),
  /**
   * The % capaian SKP a results sheet writes for an employee and the capaian of the same employee's
   * indicators may differ by this much (a fraction: 0.01 = one percentage point, the rounding a sheet
   * shows) before the difference is reported. OPEN; both figures are shown, never averaged.
   */
  levelTolerance: z.number().min(0).default(0.01),
  /** The 3x3 matrix: rows hasil, columns perilaku (PermenPANRB 6/2022, Lampiran). */
  matrix: z.record(RatingSchema, z.record(RatingSchema, PredikatPegawaiSchema)).default({
    di_atas: row('kurang', 'baik', 'sangat_baik'),
    sesuai: row('kurang', 'baik', 'baik'),
    di_bawah: row('sangat_kurang', 'butuh_perbaikan', 'butuh_perbaikan'),
  }),
  /** Head of a unit takes the unit's predikat as hasil rating (open mapping). */
  headOfUnitHasil: z.record(PredikatOrganisasiSchema, RatingSchema).default({
    istimewa: 'di_atas',
    baik: 'sesuai',
    butuh_perbaikan: 'di_bawah',
    kurang: 'di_bawah',
    sangat_kurang: 'di_bawah',
  }),
});
export type RatingPolicy = z.infer<typeof RatingPolicySchema>;
