import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { EmployeeFlag, RecommendationKind, SupervisorFlag, UnitRecommendationKind } from './flags';

/** Catalog codes of the recommendation and flag labels (predikat and rating labels live in score/). */
const KIND_CODES: Record<RecommendationKind, MessageCode> = {
  penghargaan: 'REC_KIND_PENGHARGAAN',
  apresiasi: 'REC_KIND_APRESIASI',
  pembinaan: 'REC_KIND_PEMBINAAN',
  teguran: 'REC_KIND_TEGURAN',
  sanksi: 'REC_KIND_SANKSI',
  tidak_ada: 'REC_KIND_TIDAK_ADA',
};
const UNIT_KIND_CODES: Record<UnitRecommendationKind, MessageCode> = {
  unit_terbaik: 'REC_KIND_UNIT_TERBAIK',
  paling_meningkat: 'REC_KIND_PALING_MENINGKAT',
  pembinaan_unit: 'REC_KIND_PEMBINAAN_UNIT',
  tidak_ada: 'REC_KIND_TIDAK_ADA',
};
const FLAG_CODES: Record<EmployeeFlag | SupervisorFlag, MessageCode> = {
  kesibukan_semu: 'REC_FLAG_KESIBUKAN_SEMU',
  aktivitas_tanpa_output: 'REC_FLAG_AKTIVITAS_TANPA_OUTPUT',
  tanpa_bukti: 'REC_FLAG_TANPA_BUKTI',
  tanpa_umpan_balik: 'REC_FLAG_TANPA_UMPAN_BALIK',
  realisasi_kosong: 'REC_FLAG_REALISASI_KOSONG',
  umpan_balik_kurang: 'REC_FLAG_UMPAN_BALIK_KURANG',
  teguran_belum_diberikan: 'REC_FLAG_TEGURAN_BELUM',
  apresiasi_belum_diberikan: 'REC_FLAG_APRESIASI_BELUM',
};

export const recommendationLabel = (k: RecommendationKind, lang: Lang = 'id'): string =>
  t(KIND_CODES[k], undefined, lang);
export const unitRecommendationLabel = (k: UnitRecommendationKind, lang: Lang = 'id'): string =>
  t(UNIT_KIND_CODES[k], undefined, lang);
export const flagLabel = (f: EmployeeFlag | SupervisorFlag, lang: Lang = 'id'): string =>
  t(FLAG_CODES[f], undefined, lang);
