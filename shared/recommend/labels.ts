import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { RecommendationKind, UnitRecommendationKind } from './flags';

/** Catalog codes of the recommendation labels (predikat and rating labels live in score/, flag labels in flags/). */
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
export const recommendationLabel = (k: RecommendationKind, lang: Lang = 'id'): string =>
  t(KIND_CODES[k], undefined, lang);
export const unitRecommendationLabel = (k: UnitRecommendationKind, lang: Lang = 'id'): string =>
  t(UNIT_KIND_CODES[k], undefined, lang);
