import { FLAG_LABEL_CODES, type Flag, type MessageCode } from '../../../shared';

/**
 * Flags a badge can carry in `data-flags` (the automation contract, CONTRACT.md): the words of the
 * core's one vocabulary of flags (shared/flags) that a page shows. Each has one label and one
 * explanation in the catalog (flagLabel, flagExplanation).
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
] as const satisfies readonly Flag[];
export type OverlayFlag = (typeof OVERLAY_FLAGS)[number];

/** The flags' labels, by code, for the panel's counts. */
export const FLAG_NAMES: Readonly<Record<OverlayFlag, MessageCode>> = FLAG_LABEL_CODES;

const KNOWN = new Set<string>(OVERLAY_FLAGS);
export const isOverlayFlag = (value: string): value is OverlayFlag => KNOWN.has(value);
