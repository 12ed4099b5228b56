import {
  findNipInText,
  type NumberContext,
  type Polarity,
  parseDuration,
  parseNumber,
  parsePercentAsFraction,
  parsePolarity,
  parsePredikatPegawai,
  parseRating,
  parseRhkKind,
  parseStatus,
  parseTarget,
  type RhkKind,
  type Target,
} from '../../../../shared/parse';
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
  const parsed = parsePolarity(text);
  return parsed.ok ? parsed.value : 'positif';
}

export function readMinutes(text: string): number | null {
  if (text.trim() === '') return null;
  const parsed = parseDuration(text);
  return parsed.ok && Number.isFinite(parsed.value.minutes) ? parsed.value.minutes : null;
}

/** The NIP written in a text (with or without spaces, after "NIP:", under a name). */
export function findNip(text: string): string | undefined {
  return text ? findNipInText(text) : undefined;
}

export function readRating(text: string): Rating | null {
  if (text.trim() === '') return null;
  const parsed = parseRating(text);
  return parsed.ok ? parsed.value : null;
}

export function readPredikat(text: string): PredikatPegawai | null {
  if (text.trim() === '' || /^[-–]$/.test(text.trim())) return null;
  const parsed = parsePredikatPegawai(text);
  return parsed.ok ? parsed.value : null;
}

export function readRhkKind(text: string): RhkKind | null {
  if (text.trim() === '') return null;
  const parsed = parseRhkKind(text);
  return parsed.ok ? parsed.value : null;
}

/** An evidence cell counts when it holds a link, a file name or any text other than "Link Kosong"/"-". */
export function hasEvidence(cell: Element | undefined, text: string): boolean {
  if (cell?.querySelector('a[href], img, [data-file]')) return true;
  const trimmed = text.trim();
  return trimmed !== '' && !EVIDENCE_EMPTY.test(trimmed);
}

export const hasFeedback = (text: string): boolean => text.trim() !== '' && !FEEDBACK_EMPTY.test(text.trim());

/** A status that says the person is not assessed or approved yet ("Belum Dinilai", "Pending"). */
export function isNotAssessed(text: string): boolean {
  if (text.trim() === '') return false;
  const parsed = parseStatus(text);
  return parsed.ok ? parsed.value === 'menunggu' : NOT_ASSESSED.test(text);
}
