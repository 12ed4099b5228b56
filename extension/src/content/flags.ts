import type { MessageCode } from '../../../shared/messages';

/**
 * Flags a badge can carry in `data-flags` (the automation contract, CONTRACT.md). Each has one
 * catalog text saying why it was raised and what the supervisor can do.
 */
export const OVERLAY_FLAGS = [
  'tanpa_bukti',
  'tanpa_umpan_balik',
  'realisasi_kosong',
  'rating_berbeda',
  'kesibukan_semu',
  'aktivitas_tanpa_output',
  'belum_dinilai',
  'target_saja',
  'tidak_terhitung',
] as const;
export type OverlayFlag = (typeof OVERLAY_FLAGS)[number];

export const FLAG_MESSAGES: Record<OverlayFlag, MessageCode> = {
  tanpa_bukti: 'OVERLAY_FLAG_TANPA_BUKTI',
  tanpa_umpan_balik: 'OVERLAY_FLAG_TANPA_UMPAN_BALIK',
  realisasi_kosong: 'OVERLAY_FLAG_REALISASI_KOSONG',
  rating_berbeda: 'OVERLAY_FLAG_RATING_BERBEDA',
  kesibukan_semu: 'OVERLAY_FLAG_KESIBUKAN_SEMU',
  aktivitas_tanpa_output: 'OVERLAY_FLAG_AKTIVITAS_TANPA_OUTPUT',
  belum_dinilai: 'OVERLAY_FLAG_BELUM_DINILAI',
  target_saja: 'OVERLAY_FLAG_TARGET_SAJA',
  tidak_terhitung: 'OVERLAY_FLAG_TIDAK_TERHITUNG',
};

/** Short names for counts in the panel. */
export const FLAG_NAMES: Record<OverlayFlag, MessageCode> = {
  tanpa_bukti: 'OVERLAY_FLAG_NAME_TANPA_BUKTI',
  tanpa_umpan_balik: 'OVERLAY_FLAG_NAME_TANPA_UMPAN_BALIK',
  realisasi_kosong: 'OVERLAY_FLAG_NAME_REALISASI_KOSONG',
  rating_berbeda: 'OVERLAY_FLAG_NAME_RATING_BERBEDA',
  kesibukan_semu: 'OVERLAY_FLAG_NAME_KESIBUKAN_SEMU',
  aktivitas_tanpa_output: 'OVERLAY_FLAG_NAME_AKTIVITAS_TANPA_OUTPUT',
  belum_dinilai: 'OVERLAY_FLAG_NAME_BELUM_DINILAI',
  target_saja: 'OVERLAY_FLAG_NAME_TARGET_SAJA',
  tidak_terhitung: 'OVERLAY_FLAG_NAME_TIDAK_TERHITUNG',
};

const KNOWN = new Set<string>(OVERLAY_FLAGS);
export const isOverlayFlag = (value: string): value is OverlayFlag => KNOWN.has(value);
