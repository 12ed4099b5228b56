import { parseNumber } from '../../../../shared/parse/number';
import { parsePercentAsFraction } from '../../../../shared/parse/percent';
import { parseTarget } from '../../../../shared/parse/target';
import type { NumberContext, Polarity, Target } from '../../../../shared/parse/types';
import type { PredikatPegawai, Rating } from '../../../../shared/policy/schema';
import { EVIDENCE_EMPTY, FEEDBACK_EMPTY, NOT_ASSESSED } from '../selectors';

/*
 * The overlay's reading of cell texts, all through the core parsers (shared/parse): one place where
 * page text becomes numbers, so the badge and the Sheets add-on agree on every value.
 */

export function readNumber(text: string, context: NumberContext = 'generic'): number | null {
  if (text.trim() === '') return null;
  const parsed = parseNumber(text, { context });
  return parsed.ok && Number.isFinite(parsed.value.value) ? parsed.value.value : null;
}

export function readTarget(text: string): Target | null {
  if (text.trim() === '') return null;
  const parsed = parseTarget(text);
  return parsed.ok ? parsed.value : null;
}

/** A capaian/kinerja % column as a fraction ("87.50" -> 0.875, "62,5 %" -> 0.625). */
export function readPercent(text: string, samples?: readonly string[]): number | null {
  if (text.trim() === '' || /^[-–]$/.test(text.trim())) return null;
  const parsed = parsePercentAsFraction(text, {
    context: 'percent',
    ...(samples ? { columnSamples: samples } : {}),
  });
  return parsed.ok && Number.isFinite(parsed.value) ? parsed.value : null;
}

export function readPolarity(text: string): Polarity {
  return /negatif|negative|turun|menurun|lower/i.test(text) ? 'negatif' : 'positif';
}

export function readMinutes(text: string): number | null {
  return minutesOf(text);
}

export function findNip(text: string): string | undefined {
  return nipIn(text);
}

export function readRating(text: string): Rating | null {
  return ratingOf(text);
}

export function readPredikat(text: string): PredikatPegawai | null {
  return predikatOf(text);
}

/** An evidence cell counts when it holds a link, a file name or any text other than "Link Kosong"/"-". */
export function hasEvidence(cell: Element | undefined, text: string): boolean {
  if (cell?.querySelector('a[href], img, [data-file]')) return true;
  const trimmed = text.trim();
  return trimmed !== '' && !EVIDENCE_EMPTY.test(trimmed);
}

export const hasFeedback = (text: string): boolean => text.trim() !== '' && !FEEDBACK_EMPTY.test(text.trim());

export const isNotAssessed = (text: string): boolean => NOT_ASSESSED.test(text);

// ---- to be replaced by the core parsers as they land (shared/parse) ----

function minutesOf(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const hm = /^(\d+)\s*j(?:am)?\s*(?:(\d+)\s*m(?:enit)?)?$/i.exec(t);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2] ?? 0);
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  return readNumber(t, 'minutes');
}

function nipIn(text: string): string | undefined {
  const match = /(?:^|\D)((?:19|20)\d{6}\s?(?:19|20)\d{4}\s?[12]\s?\d{3})(?!\d)/.exec(text);
  return match?.[1]?.replace(/\s/g, '');
}

function ratingOf(text: string): Rating | null {
  const t = text.toLowerCase().replace(/\s+/g, '');
  if (/diatas/.test(t)) return 'di_atas';
  if (/dibawah/.test(t)) return 'di_bawah';
  if (/sesuai/.test(t)) return 'sesuai';
  return null;
}

function predikatOf(text: string): PredikatPegawai | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/sangat baik/.test(t)) return 'sangat_baik';
  if (/butuh perbaikan/.test(t)) return 'butuh_perbaikan';
  if (/sangat kurang/.test(t)) return 'sangat_kurang';
  if (/kurang|misconduct/.test(t)) return 'kurang';
  if (/\bbaik\b/.test(t)) return 'baik';
  return null;
}
