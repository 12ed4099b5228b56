import * as z from '../../core/zod';

/**
 * Reformasi Birokrasi self-assessment (LKE / PMPRB). Source: PermenPANRB 26/2020:
 * Pengungkit 60 (pemenuhan 20, hasil antara area 10, reform 30) and Hasil 40.
 * The weight of each area within each pengungkit part varies by year, so it is policy data:
 * the defaults split each part evenly over the eight areas (open; set the year's LKE weights).
 */
export const RB_AREAS = [
  { id: 'manajemen_perubahan', label: 'Manajemen Perubahan' },
  { id: 'deregulasi_kebijakan', label: 'Deregulasi Kebijakan (Penataan Peraturan Perundang-undangan)' },
  { id: 'penataan_organisasi', label: 'Penataan Organisasi' },
  { id: 'penataan_tata_laksana', label: 'Penataan Tata Laksana' },
  { id: 'penataan_sdm', label: 'Penataan SDM Aparatur' },
  { id: 'penguatan_akuntabilitas', label: 'Penguatan Akuntabilitas' },
  { id: 'penguatan_pengawasan', label: 'Penguatan Pengawasan' },
  { id: 'pelayanan_publik', label: 'Peningkatan Kualitas Pelayanan Publik' },
] as const;

const evenly = (total: number) => Object.fromEntries(RB_AREAS.map((a) => [a.id, total / RB_AREAS.length]));

export const RbPolicySchema = z.object({
  /** Which year's LKE weights these are, shown with every result (e.g. "LKE RB 2024"). */
  year: z.string().min(1).max(60).default('PermenPANRB 26/2020 (bobot area dibagi rata)'),
  areas: z
    .array(
      z.object({
        id: z.string().min(1),
        label: z.string().min(1),
        /** Maximum points of this area in each pengungkit part. */
        pemenuhan: z.number().min(0),
        hasilAntara: z.number().min(0),
        reform: z.number().min(0),
      }),
    )
    .min(1)
    // Two areas with one id: the second could never be filled in and would always score 0.
    .refine((areas) => new Set(areas.map((a) => a.id)).size === areas.length, {
      message: 'id area harus unik (area ids must be unique)',
    })
    .default(
      RB_AREAS.map((a) => ({
        id: a.id,
        label: a.label,
        pemenuhan: evenly(20)[a.id] ?? 0,
        hasilAntara: evenly(10)[a.id] ?? 0,
        reform: evenly(30)[a.id] ?? 0,
      })),
    ),
  /** Hasil part: its indicators and their maximum points (sum 40 by default). */
  hasil: z
    .array(z.object({ id: z.string().min(1), label: z.string().min(1), weight: z.number().min(0) }))
    .refine((hasil) => new Set(hasil.map((h) => h.id)).size === hasil.length, {
      message: 'id indikator hasil harus unik (result indicator ids must be unique)',
    })
    .default([
      {
        id: 'akuntabilitas_kinerja_keuangan',
        label: 'Kapasitas dan Akuntabilitas Kinerja Organisasi',
        weight: 10,
      },
      { id: 'pemerintah_bersih', label: 'Pemerintah yang Bersih dan Bebas KKN', weight: 10 },
      { id: 'pelayanan_publik', label: 'Kualitas Pelayanan Publik', weight: 10 },
      { id: 'kinerja_organisasi', label: 'Kinerja Organisasi', weight: 10 },
    ]),
});
export type RbPolicy = z.infer<typeof RbPolicySchema>;
