import * as z from '../../core/zod';
import type { MessageCode } from '../../messages/catalog';
import { formatNumberForLang, t } from '../../messages/format';

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
 * The highest capaian a hasil band may start at, as a fraction (5 = 500 %): no real band is near it, and a
 * bound written as a percentage (110 for 110 %) is far above it, so that slip is refused, not read as 11.000 %.
 */
export const HASIL_BAND_MAX = 5;

const percent = (fraction: number) => `${formatNumberForLang(fraction * 100, 'id', 2)} %`;

/**
 * Two lower bounds, the higher rating's above the other's; each problem is named in the catalog's words,
 * on the bound to correct (the sidebar shows it next to that input). The text is Indonesian, as zod's
 * message (shared/policy/io.ts puts it in POLICY_FIELD_INVALID).
 */
function checkBands(
  bands: { diAtasMin: number; sesuaiMin: number },
  ctx: z.RefinementCtx,
  labels: { above: MessageCode; meets: MessageCode },
  shown: (n: number) => string,
  /** Whether a bound passes its own field's checks (reported there): only then is the order judged. */
  valid: (n: number) => boolean,
  max?: number,
): void {
  // A bound that is no finite number has its own type error; nothing more is said about it.
  if (!Number.isFinite(bands.diAtasMin) || !Number.isFinite(bands.sesuaiMin)) return;
  const say = (path: string, code: MessageCode, params: Record<string, string>) =>
    ctx.addIssue({ code: 'custom', path: [path], message: t(code, params, 'id') });
  let inRange = valid(bands.diAtasMin) && valid(bands.sesuaiMin);
  if (max !== undefined)
    for (const key of ['diAtasMin', 'sesuaiMin'] as const)
      if (bands[key] > max) {
        inRange = false;
        say(key, 'POLICY_HASIL_BAND_TOO_BIG', {
          value: formatNumberForLang(bands[key], 'id', 4),
          percent: percent(bands[key]),
          fraction: formatNumberForLang(bands[key] / 100, 'id', 4),
          max: formatNumberForLang(max, 'id', 4),
          maxPercent: percent(max),
        });
      }
  // A bound out of range is the problem to fix first: the order is judged on sensible values only.
  // (zod runs this refinement even when a bound failed its own check.)
  if (inRange && !(bands.diAtasMin > bands.sesuaiMin))
    say('diAtasMin', 'POLICY_BANDS_ORDER', {
      above: t(labels.above, undefined, 'id'),
      aboveValue: shown(bands.diAtasMin),
      meets: t(labels.meets, undefined, 'id'),
      meetsValue: shown(bands.sesuaiMin),
    });
}

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
    .superRefine((b, ctx) =>
      checkBands(
        b,
        ctx,
        { above: 'ADDON_FIELD_DI_ATAS_MIN', meets: 'ADDON_FIELD_SESUAI_MIN' },
        percent,
        (n) => n > 0,
        HASIL_BAND_MAX,
      ),
    )
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
    .superRefine((b, ctx) =>
      checkBands(
        b,
        ctx,
        { above: 'POLICY_BERAKHLAK_DI_ATAS_MIN', meets: 'POLICY_BERAKHLAK_SESUAI_MIN' },
        (n) => formatNumberForLang(n, 'id', 4),
        (n) => n >= 0,
      ),
    )
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
