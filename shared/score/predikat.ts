import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import {
  type BerakhlakValue,
  type PredikatOrganisasi,
  type PredikatPegawai,
  RATINGS,
  type Rating,
  type RatingPolicy,
} from '../policy/schema';
import { isOneOf } from './shown';

/**
 * Predikat kinerja pegawai from rating hasil kerja (row) and rating perilaku kerja (column), per the
 * policy's 3x3 matrix (PermenPANRB 6/2022, Lampiran): e.g. di atas x di bawah = Kurang/Misconduct.
 * null when either rating is not one of the three (nothing to look up).
 */
export function predikatPegawai(
  hasil: Rating,
  perilaku: Rating,
  policy: Pick<RatingPolicy, 'matrix'>,
): PredikatPegawai | null {
  if (!isOneOf(RATINGS, hasil) || !isOneOf(RATINGS, perilaku)) return null;
  return policy.matrix[hasil][perilaku];
}

/** A label for people: the catalog text, or "-" for an id that has none (never "undefined"). */
function labelOf<K extends string>(labels: Record<K, MessageCode>, id: unknown, lang: Lang): string {
  if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(labels, id)) return '-';
  return t(labels[id as K], undefined, lang === 'en' ? 'en' : 'id');
}

/** Catalog codes of the display labels; the text lives in messages/score.ts. */
export const RATING_LABELS = {
  di_atas: 'RATING_DI_ATAS',
  sesuai: 'RATING_SESUAI',
  di_bawah: 'RATING_DI_BAWAH',
} as const satisfies Record<Rating, MessageCode>;

export const PREDIKAT_LABELS = {
  sangat_baik: 'PREDIKAT_SANGAT_BAIK',
  baik: 'PREDIKAT_BAIK',
  butuh_perbaikan: 'PREDIKAT_BUTUH_PERBAIKAN',
  kurang: 'PREDIKAT_KURANG',
  sangat_kurang: 'PREDIKAT_SANGAT_KURANG',
} as const satisfies Record<PredikatPegawai, MessageCode>;

export const PREDIKAT_ORGANISASI_LABELS = {
  istimewa: 'PREDIKAT_ORG_ISTIMEWA',
  baik: 'PREDIKAT_ORG_BAIK',
  butuh_perbaikan: 'PREDIKAT_ORG_BUTUH_PERBAIKAN',
  kurang: 'PREDIKAT_ORG_KURANG',
  sangat_kurang: 'PREDIKAT_ORG_SANGAT_KURANG',
} as const satisfies Record<PredikatOrganisasi, MessageCode>;

export const BERAKHLAK_LABELS = {
  berorientasi_pelayanan: 'BERAKHLAK_BERORIENTASI_PELAYANAN',
  akuntabel: 'BERAKHLAK_AKUNTABEL',
  kompeten: 'BERAKHLAK_KOMPETEN',
  harmonis: 'BERAKHLAK_HARMONIS',
  loyal: 'BERAKHLAK_LOYAL',
  adaptif: 'BERAKHLAK_ADAPTIF',
  kolaboratif: 'BERAKHLAK_KOLABORATIF',
} as const satisfies Record<BerakhlakValue, MessageCode>;

/** "Sangat Baik" / "Very Good"; "Kurang/Misconduct" / "Poor/Misconduct". */
export const predikatLabel = (id: PredikatPegawai | null | undefined, lang: Lang = 'id'): string =>
  labelOf(PREDIKAT_LABELS, id, lang);

/** "Di Atas Ekspektasi" / "Above Expectations". */
export const ratingLabel = (id: Rating | null | undefined, lang: Lang = 'id'): string =>
  labelOf(RATING_LABELS, id, lang);

/** "Istimewa" / "Outstanding". */
export const predikatOrganisasiLabel = (
  id: PredikatOrganisasi | null | undefined,
  lang: Lang = 'id',
): string => labelOf(PREDIKAT_ORGANISASI_LABELS, id, lang);

/** "Berorientasi Pelayanan" / "Service Oriented". */
export const berakhlakLabel = (id: BerakhlakValue | null | undefined, lang: Lang = 'id'): string =>
  labelOf(BERAKHLAK_LABELS, id, lang);
