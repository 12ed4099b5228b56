import * as z from '../../core/zod';

/**
 * Reformasi Birokrasi self-assessment (LKE / PMPRB). RB_AREAS (the eight areas of change and the names
 * offices write for them) serves the LKE and the action-plan tracker alike (sections/rb-actions.ts). Source: PermenPANRB 26/2020:
 * Pengungkit 60 (pemenuhan 20, hasil antara area 10, reform 30) and Hasil 40.
 * The weight of each area within each pengungkit part varies by year, so it is policy data:
 * the defaults split each part evenly over the eight areas (open; set the year's LKE weights).
 */
export const RB_AREAS = [
  { id: 'manajemen_perubahan', label: 'Manajemen Perubahan', aliases: ['Change Management'] },
  {
    id: 'deregulasi_kebijakan',
    label: 'Deregulasi Kebijakan (Penataan Peraturan Perundang-undangan)',
    aliases: [
      'Deregulasi Kebijakan',
      'Deregulasi',
      'Penataan Peraturan Perundang-undangan',
      'Penataan Peraturan Perundangan',
      'Penataan Peraturan Perundang undangan',
      'Penataan Perundang-undangan',
    ],
  },
  { id: 'penataan_organisasi', label: 'Penataan Organisasi', aliases: ['Penataan dan Penguatan Organisasi'] },
  {
    id: 'penataan_tata_laksana',
    label: 'Penataan Tata Laksana',
    aliases: ['Penataan Tatalaksana', 'Tata Laksana', 'Tatalaksana'],
  },
  {
    id: 'penataan_sdm',
    label: 'Penataan SDM Aparatur',
    aliases: [
      'Penataan Sistem Manajemen SDM Aparatur',
      'Penataan Sistem Manajemen SDM',
      'Penataan SDM',
      'Manajemen SDM Aparatur',
      'SDM Aparatur',
    ],
  },
  {
    id: 'penguatan_akuntabilitas',
    label: 'Penguatan Akuntabilitas',
    aliases: ['Penguatan Akuntabilitas Kinerja', 'Akuntabilitas'],
  },
  { id: 'penguatan_pengawasan', label: 'Penguatan Pengawasan', aliases: ['Pengawasan'] },
  {
    id: 'pelayanan_publik',
    label: 'Peningkatan Kualitas Pelayanan Publik',
    aliases: ['Peningkatan Pelayanan Publik', 'Pelayanan Publik', 'Kualitas Pelayanan Publik'],
  },
] as const;

const NamedSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

const uniqueIds = (entries: readonly { id: string }[]) =>
  new Set(entries.map((e) => e.id)).size === entries.length;

/**
 * How an LKE RB sheet is read. Names are matched with case, spacing and punctuation ignored.
 * Answer values: the LKE PMPRB worksheet of PermenPANRB 26/2020 scores each question by its answer
 * type: Ya/Tidak 1/0; A/B/C 1/0,5/0; A/B/C/D 1/0,67/0,33/0; A/B/C/D/E 1/0,75/0,5/0,25/0; percentages as
 * they are. A later scheme (PermenPANRB 9/2023) or a regional form changes them here.
 */
export const RbWorkbookPolicySchema = z
  .object({
    /** The names of the four parts as section rows or the Bagian column write them. */
    parts: z
      .object({
        pemenuhan: z.array(z.string().min(1)).min(1),
        hasilAntara: z.array(z.string().min(1)).min(1),
        reform: z.array(z.string().min(1)).min(1),
        hasil: z.array(z.string().min(1)).min(1),
      })
      .default({
        pemenuhan: ['Pemenuhan'],
        hasilAntara: ['Hasil Antara', 'Hasil Antara Area Perubahan', 'Hasil Antara Area'],
        reform: ['Reform'],
        hasil: ['Hasil', 'Hasil Reformasi Birokrasi', 'Sasaran Reformasi Birokrasi'],
      }),
    /**
     * The rounds in the order they happen; the last one that holds answers decides. A column is a round's
     * when its header holds the label or an alias as whole words ("Jawaban Penilaian Mandiri", "TPI").
     */
    rounds: z
      .array(NamedSchema.extend({ selfAssessment: z.boolean().default(false) }))
      .min(1)
      .refine(uniqueIds, { message: 'id putaran harus unik (round ids must be unique)' })
      .refine((rs) => rs.filter((r) => r.selfAssessment).length <= 1, {
        message: 'hanya satu putaran penilaian mandiri (only one self-assessment round)',
      })
      .default([
        {
          id: 'mandiri',
          label: 'Penilaian Mandiri',
          aliases: ['Mandiri', 'PMPRB', 'Self Assessment'],
          selfAssessment: true,
        },
        {
          id: 'verifikasi',
          label: 'Verifikasi',
          aliases: ['Verval', 'Validasi', 'Evaluator', 'TPI', 'Inspektorat', 'Penilaian Evaluator'],
          selfAssessment: false,
        },
        {
          id: 'final',
          label: 'Penilaian Final',
          aliases: ['Final', 'Penilaian Akhir'],
          selfAssessment: false,
        },
      ]),
    /** Answer types: what each answer is worth as a fraction of its indicator's weight. */
    answerScales: z
      .array(
        NamedSchema.extend({
          values: z.record(z.string().min(1), z.number().min(0).max(1)).default({}),
          /** Answers are percentages (85%, or 85 in a column of numbers above 1). */
          percent: z.boolean().default(false),
        }),
      )
      .min(1)
      .refine(uniqueIds, { message: 'id jenis jawaban harus unik (answer type ids must be unique)' })
      .default([
        {
          id: 'ya_tidak',
          label: 'Ya/Tidak',
          aliases: ['Y/T', 'Ya / Tidak', 'Y/N'],
          values: { YA: 1, Y: 1, TIDAK: 0, T: 0 },
          percent: false,
        },
        {
          id: 'abc',
          label: 'A/B/C',
          aliases: ['A-C', 'ABC'],
          values: { A: 1, B: 0.5, C: 0 },
          percent: false,
        },
        {
          id: 'abcd',
          label: 'A/B/C/D',
          aliases: ['A-D', 'ABCD'],
          values: { A: 1, B: 0.67, C: 0.33, D: 0 },
          percent: false,
        },
        {
          id: 'abcde',
          label: 'A/B/C/D/E',
          aliases: ['A-E', 'ABCDE'],
          values: { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 },
          percent: false,
        },
        {
          id: 'persen',
          label: 'Persentase',
          aliases: ['%', 'Persen', 'Prosentase'],
          values: {},
          percent: true,
        },
      ]),
    /** The answer type of a letter answer on a sheet without a Jenis Jawaban column (said in a note). */
    defaultLetterScale: z.string().min(1).default('abcde'),
    /** How many of the weakest indicators the evaluation lists. */
    weakestCount: z.number().int().min(0).max(50).default(5),
  })
  // A default naming no answer type would leave every letter answer unreadable.
  .refine((w) => w.answerScales.some((s) => s.id === w.defaultLetterScale && !s.percent), {
    message: 'defaultLetterScale harus id jenis jawaban huruf (must name a letter answer type)',
    path: ['defaultLetterScale'],
  });
export type RbWorkbookPolicy = z.infer<typeof RbWorkbookPolicySchema>;

const evenly = (total: number) => Object.fromEntries(RB_AREAS.map((a) => [a.id, total / RB_AREAS.length]));

export const RbPolicySchema = z.object({
  /** Which year's LKE weights these are, shown with every result (e.g. "LKE RB 2024"). */
  year: z.string().min(1).max(60).default('PermenPANRB 26/2020 (bobot area dibagi rata)'),
  areas: z
    .array(
      z.object({
        id: z.string().min(1),
        label: z.string().min(1),
        /** Other names offices write for the area in an LKE ("Penataan Tatalaksana"). */
        aliases: z.array(z.string().min(1)).default([]),
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
        aliases: [...a.aliases],
        pemenuhan: evenly(20)[a.id] ?? 0,
        hasilAntara: evenly(10)[a.id] ?? 0,
        reform: evenly(30)[a.id] ?? 0,
      })),
    ),
  /** Hasil part: its indicators and their maximum points (sum 40 by default). */
  hasil: z
    .array(
      z.object({
        id: z.string().min(1),
        label: z.string().min(1),
        aliases: z.array(z.string().min(1)).default([]),
        weight: z.number().min(0),
      }),
    )
    .refine((hasil) => new Set(hasil.map((h) => h.id)).size === hasil.length, {
      message: 'id indikator hasil harus unik (result indicator ids must be unique)',
    })
    .default([
      {
        id: 'akuntabilitas_kinerja_keuangan',
        label: 'Kapasitas dan Akuntabilitas Kinerja Organisasi',
        aliases: ['Akuntabilitas Kinerja dan Keuangan', 'Kapasitas Organisasi'],
        weight: 10,
      },
      {
        id: 'pemerintah_bersih',
        label: 'Pemerintah yang Bersih dan Bebas KKN',
        aliases: ['Pemerintahan yang Bersih dan Bebas KKN', 'Bersih dan Bebas KKN'],
        weight: 10,
      },
      { id: 'pelayanan_publik', label: 'Kualitas Pelayanan Publik', aliases: [], weight: 10 },
      { id: 'kinerja_organisasi', label: 'Kinerja Organisasi', aliases: [], weight: 10 },
    ]),
  /**
   * Predikat of the RB index, highest first; `above` is an exclusive lower bound (90 is A, 90.01 is AA).
   * Source: the RB index categories of PermenPANRB 14/2014 (Pedoman Evaluasi RB), kept by 26/2020.
   */
  grades: z
    .array(z.object({ grade: z.string().min(1), label: z.string().min(1), above: z.number() }))
    .min(1)
    .default([
      { grade: 'AA', label: 'Istimewa', above: 90 },
      { grade: 'A', label: 'Sangat Baik', above: 80 },
      { grade: 'BB', label: 'Baik', above: 70 },
      { grade: 'B', label: 'Cukup Baik', above: 60 },
      { grade: 'CC', label: 'Cukup', above: 50 },
      { grade: 'C', label: 'Kurang', above: 30 },
      { grade: 'D', label: 'Sangat Kurang', above: -1 },
    ]),
  /** Reading LKE RB sheets as offices keep them and as the add-on's template writes them. */
  workbook: RbWorkbookPolicySchema.default(RbWorkbookPolicySchema.parse({})),
});
export type RbPolicy = z.infer<typeof RbPolicySchema>;
