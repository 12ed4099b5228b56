import * as z from '../../core/zod';

/**
 * The pembinaan register (Catatan Pembinaan): what a supervisor actually did about a subordinate. The
 * Sekda of Bangka Selatan complains that leaders are reluctant to reprimand or praise (issue 11); the
 * register makes it visible. Kinds are data: offices write them in their own words, so each kind lists
 * the written forms it is recognised by.
 */

/** What a record means for the supervisor's duties and for awards. */
export const PEMBINAAN_CATEGORIES = [
  'apresiasi',
  'teguran',
  'pembinaan',
  'hukuman_disiplin',
  'pelanggaran',
] as const;
export const PembinaanCategorySchema = z.enum(PEMBINAAN_CATEGORIES);
export type PembinaanCategory = z.infer<typeof PembinaanCategorySchema>;

/** PP 94/2021 Pasal 8: the three levels of hukuman disiplin. */
export const HukumanLevelSchema = z.enum(['ringan', 'sedang', 'berat']);
export type HukumanLevel = z.infer<typeof HukumanLevelSchema>;

export const PembinaanKindSchema = z.object({
  id: z.string().min(1).max(60),
  /** The text the template's dropdown offers (and the first written form recognised). */
  label: z.string().min(1).max(200),
  category: PembinaanCategorySchema,
  /** The hukuman disiplin level (PP 94/2021 Pasal 8); null for the other categories. */
  level: HukumanLevelSchema.nullable().default(null),
  /**
   * How long a hukuman disiplin stays in force from its date, in months; null: with no end (a
   * pemberhentian). Ignored for the other categories.
   */
  monthsInForce: z.number().int().min(0).max(600).nullable().default(null),
  /** Other ways offices write this kind ("Teguran Lisan Atasan", "Hukdis Ringan - Teguran Tertulis"). */
  aliases: z.array(z.string().min(1).max(200)).default([]),
});
export type PembinaanKind = z.infer<typeof PembinaanKindSchema>;

type KindInput = z.input<typeof PembinaanKindSchema>;

/**
 * PP 94/2021 sets no duration for a hukuman disiplin ringan (open): by default it counts for one year
 * from its date, as the discipline record is kept per calendar year (PP 94/2021 Pasal 9-11).
 */
const RINGAN_MONTHS = 12;

const hukuman = (
  id: string,
  level: HukumanLevel,
  form: string,
  monthsInForce: number | null,
  aliases: string[] = [],
): KindInput => ({
  id,
  label: `Hukuman disiplin ${level}: ${form}`,
  category: 'hukuman_disiplin',
  level,
  monthsInForce,
  // A bare "teguran lisan" is the supervisor's own teguran: the hukuman's form is recognised alone only
  // where no other kind has that name.
  aliases: [`Hukdis ${level} ${form}`, `HD ${level} ${form}`, ...aliases],
});

/**
 * The default kinds. Apresiasi, teguran and pembinaan are the supervisor's own follow-up (PermenPANRB
 * 6/2022, tindak lanjut hasil evaluasi kinerja). Hukuman disiplin and their forms and durations: PP 94/2021
 * Pasal 8 (ringan: teguran lisan, teguran tertulis, pernyataan tidak puas secara tertulis; sedang:
 * pemotongan tunjangan kinerja 25 % for 6, 9 or 12 months; berat: penurunan jabatan setingkat lebih rendah
 * and pembebasan dari jabatan menjadi jabatan pelaksana for 12 months, pemberhentian dengan hormat tidak
 * atas permintaan sendiri). A netralitas or other violation is recorded as found; the penalty is decided
 * by the official in charge after an examination (PP 94/2021 Pasal 24-31), never by this tool.
 */
export const DEFAULT_PEMBINAAN_KINDS: KindInput[] = [
  { id: 'apresiasi_lisan', label: 'Apresiasi lisan', category: 'apresiasi', aliases: ['Pujian lisan'] },
  {
    id: 'apresiasi_tertulis',
    label: 'Apresiasi tertulis',
    category: 'apresiasi',
    aliases: ['Piagam penghargaan', 'Surat apresiasi', 'Pujian tertulis'],
  },
  { id: 'teguran_lisan', label: 'Teguran lisan', category: 'teguran', aliases: ['Teguran lisan atasan'] },
  {
    id: 'teguran_tertulis',
    label: 'Teguran tertulis',
    category: 'teguran',
    aliases: ['Teguran tertulis atasan', 'Surat teguran'],
  },
  {
    id: 'pembinaan',
    label: 'Pembinaan',
    category: 'pembinaan',
    aliases: ['Pembinaan kinerja', 'Konseling', 'Bimbingan', 'Coaching'],
  },
  hukuman('hd_ringan_teguran_lisan', 'ringan', 'teguran lisan', RINGAN_MONTHS),
  hukuman('hd_ringan_teguran_tertulis', 'ringan', 'teguran tertulis', RINGAN_MONTHS),
  hukuman('hd_ringan_tidak_puas', 'ringan', 'pernyataan tidak puas secara tertulis', RINGAN_MONTHS, [
    'pernyataan tidak puas secara tertulis',
    'pernyataan tidak puas',
  ]),
  hukuman('hd_sedang_tpp_6', 'sedang', 'pemotongan tunjangan kinerja 25% selama 6 bulan', 6, [
    'pemotongan tunjangan kinerja 25% selama 6 bulan',
    'pemotongan tukin 25% 6 bulan',
    'pemotongan tpp 25% 6 bulan',
  ]),
  hukuman('hd_sedang_tpp_9', 'sedang', 'pemotongan tunjangan kinerja 25% selama 9 bulan', 9, [
    'pemotongan tunjangan kinerja 25% selama 9 bulan',
    'pemotongan tukin 25% 9 bulan',
    'pemotongan tpp 25% 9 bulan',
  ]),
  hukuman('hd_sedang_tpp_12', 'sedang', 'pemotongan tunjangan kinerja 25% selama 12 bulan', 12, [
    'pemotongan tunjangan kinerja 25% selama 12 bulan',
    'pemotongan tukin 25% 12 bulan',
    'pemotongan tpp 25% 12 bulan',
  ]),
  hukuman('hd_berat_turun_jabatan', 'berat', 'penurunan jabatan setingkat lebih rendah selama 12 bulan', 12, [
    'penurunan jabatan setingkat lebih rendah selama 12 bulan',
    'penurunan jabatan',
  ]),
  hukuman(
    'hd_berat_bebas_jabatan',
    'berat',
    'pembebasan dari jabatan menjadi pelaksana selama 12 bulan',
    12,
    ['pembebasan dari jabatan menjadi pelaksana selama 12 bulan', 'pembebasan dari jabatan'],
  ),
  hukuman(
    'hd_berat_pemberhentian',
    'berat',
    'pemberhentian dengan hormat tidak atas permintaan sendiri',
    null,
    ['pemberhentian dengan hormat tidak atas permintaan sendiri', 'pemberhentian'],
  ),
  {
    id: 'pelanggaran_netralitas',
    label: 'Pelanggaran netralitas',
    category: 'pelanggaran',
    aliases: ['Netralitas ASN', 'Pelanggaran netralitas ASN'],
  },
  {
    id: 'pelanggaran_lain',
    label: 'Pelanggaran lain',
    category: 'pelanggaran',
    aliases: ['Pelanggaran disiplin'],
  },
];

export const PembinaanPolicySchema = z.object({
  kinds: z
    .array(PembinaanKindSchema)
    .min(1)
    .default(DEFAULT_PEMBINAAN_KINDS.map((k) => PembinaanKindSchema.parse(k)))
    .refine((kinds) => new Set(kinds.map((k) => k.id)).size === kinds.length, 'id jenis pembinaan ganda'),
  /**
   * A poor predikat calls for a teguran or pembinaan, an excellent one for apresiasi, recorded within this
   * many days of the period's end (before or after it). Open: the regulations set no deadline; default 30
   * days, one monthly evaluation cycle (PermenPANRB 6/2022 asks for continuous feedback).
   * A record dated after the run date has not happened yet: it is reported and never counts, even within
   * these days.
   */
  followUpDays: z.number().int().min(1).max(366).default(30),
  /**
   * An employee under a hukuman disiplin still in force is not proposed for a penghargaan (DOMAIN.md,
   * PP 94/2021; default on): the proposal becomes an apresiasi, the reason naming the record.
   */
  blockAwardUnderHukuman: z.boolean().default(true),
});
export type PembinaanPolicy = z.infer<typeof PembinaanPolicySchema>;
