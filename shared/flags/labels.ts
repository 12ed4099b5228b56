import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { Flag } from './vocabulary';

/** The label of each flag (FLAG_<ID>): the name people read in lists, panels, badges and sheet cells. */
export const FLAG_LABEL_CODES = {
  target_saja: 'FLAG_TARGET_SAJA',
  realisasi_kosong: 'FLAG_REALISASI_KOSONG',
  tidak_terhitung: 'FLAG_TIDAK_TERHITUNG',
  tanpa_bukti: 'FLAG_TANPA_BUKTI',
  tanpa_umpan_balik: 'FLAG_TANPA_UMPAN_BALIK',
  kesibukan_semu: 'FLAG_KESIBUKAN_SEMU',
  aktivitas_tanpa_output: 'FLAG_AKTIVITAS_TANPA_OUTPUT',
  rating_berbeda: 'FLAG_RATING_BERBEDA',
  belum_dinilai: 'FLAG_BELUM_DINILAI',
  umpan_balik_kurang: 'FLAG_UMPAN_BALIK_KURANG',
  teguran_belum_diberikan: 'FLAG_TEGURAN_BELUM_DIBERIKAN',
  apresiasi_belum_diberikan: 'FLAG_APRESIASI_BELUM_DIBERIKAN',
} as const satisfies Record<Flag, MessageCode>;

/** The explanation of each flag (FLAG_<ID>_WHY): why it was raised and what the supervisor can do. */
const EXPLANATION_CODES = {
  target_saja: 'FLAG_TARGET_SAJA_WHY',
  realisasi_kosong: 'FLAG_REALISASI_KOSONG_WHY',
  tidak_terhitung: 'FLAG_TIDAK_TERHITUNG_WHY',
  tanpa_bukti: 'FLAG_TANPA_BUKTI_WHY',
  tanpa_umpan_balik: 'FLAG_TANPA_UMPAN_BALIK_WHY',
  kesibukan_semu: 'FLAG_KESIBUKAN_SEMU_WHY',
  aktivitas_tanpa_output: 'FLAG_AKTIVITAS_TANPA_OUTPUT_WHY',
  rating_berbeda: 'FLAG_RATING_BERBEDA_WHY',
  belum_dinilai: 'FLAG_BELUM_DINILAI_WHY',
  umpan_balik_kurang: 'FLAG_UMPAN_BALIK_KURANG_WHY',
  teguran_belum_diberikan: 'FLAG_TEGURAN_BELUM_DIBERIKAN_WHY',
  apresiasi_belum_diberikan: 'FLAG_APRESIASI_BELUM_DIBERIKAN_WHY',
} as const satisfies Record<Flag, MessageCode>;

export const flagLabel = (flag: Flag, lang: Lang = 'id'): string =>
  t(FLAG_LABEL_CODES[flag], undefined, lang);
export const flagExplanation = (flag: Flag, lang: Lang = 'id'): string =>
  t(EXPLANATION_CODES[flag], undefined, lang);
