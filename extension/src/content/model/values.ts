import type { Result } from '../../../../shared/core';
import {
  type ApprovalStatus,
  evidenceGiven,
  feedbackGiven,
  findNipInText,
  inferNumberLocale,
  type NumberContext,
  type NumberLocale,
  type Polarity,
  parseDuration,
  parseNumber,
  parsePercentAsFraction,
  parsePolarity,
  parsePredikatPegawai,
  parseRating,
  parseRhkKind,
  parseStatus,
  type RhkKind,
} from '../../../../shared/parse';
import { MAX_ACTIVITY_MINUTES } from '../../../../shared/pipeline';
import type { PredikatPegawai, Rating } from '../../../../shared/policy';
import { type Amount, type Measure, readAmount, readMeasure } from '../../../../shared/score';
import { ASSESSED_DONE, ASSESSED_PROGRESS, NOT_ASSESSED } from '../selectors';

/*
 * The overlay's reading of cell texts, all through the core parsers (shared/parse): one place where
 * page text becomes numbers, so the badge and the Sheets add-on agree on every value.
 */

/**
 * Pages repeat the same few values thousands of times ("12 Dokumen", "100 %"): each distinct text is
 * parsed once per page. Bounded, so a hostile page of unique texts cannot grow it without limit.
 */
function memo<T>(parse: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = parse(text);
    if (seen.size >= 4000) seen.clear();
    seen.set(text, value);
    return value;
  };
}

const numberIn = memo((key: string): number | null => {
  const split = key.indexOf('\u0001');
  const context = key.slice(0, split) as NumberContext;
  const parsed = parseNumber(key.slice(split + 1), { context });
  return parsed.ok && Number.isFinite(parsed.value.value) ? parsed.value.value : null;
});

export function readNumber(text: string, context: NumberContext = 'generic'): number | null {
  if (text.trim() === '') return null;
  return numberIn(`${context}\u0001${text}`);
}

const measureIn = memo((text: string): Result<Measure> => readMeasure(text));
const amountIn = memo((text: string): Result<Amount> => readAmount(text));

/** A target cell as the core reads it (shared/score readMeasure): one value or a range, on its own scale. */
export const readTargetFact = (text: string): Result<Measure> => measureIn(text.trim());

/** A realisasi cell as the core reads it (shared/score readAmount). */
export const readRealisasiFact = (text: string): Result<Amount> => amountIn(text.trim());

const percentIn = memo((key: string): number | null => {
  const split = key.indexOf('\u0001');
  const locale = key.slice(0, split);
  const parsed = parsePercentAsFraction(key.slice(split + 1), {
    context: 'percent',
    ...(locale === 'id' || locale === 'en' ? { locale } : {}),
  });
  return parsed.ok && Number.isFinite(parsed.value) ? parsed.value : null;
});

/**
 * The decimal convention of a column from its values ("87.50" and "45.25" -> en), decided once per
 * table: passing the samples with every cell would re-read the whole column for each row.
 */
export function columnLocaleOf(samples: readonly string[]): NumberLocale | undefined {
  return inferNumberLocale(samples.filter((sample) => sample.trim() !== ''));
}

/** A capaian/kinerja % column as a fraction ("87.50" -> 0.875, "62,5 %" -> 0.625). */
export function readPercent(text: string, locale?: NumberLocale): number | null {
  if (text.trim() === '' || /^[-–]$/.test(text.trim())) return null;
  return percentIn(`${locale ?? ''}\u0001${text}`);
}

/**
 * The polarity a cell names; a text it cannot read ("Maksimal" alone) is passed on as written, so the
 * capaian is refused with it (CAPAIAN_POLARITY_INVALID), as Hitung nilai and a formula refuse it.
 */
export function readPolarity(text: string): Polarity {
  const parsed = parsePolarity(text);
  return parsed.ok ? parsed.value : (text as Polarity);
}

export function readMinutes(text: string): number | null {
  if (text.trim() === '') return null;
  const parsed = parseDuration(text);
  // Beyond a year of minutes ("1e308 menit") is a typing error: unreadable, and never summed into Infinity.
  return parsed.ok && parsed.value.minutes <= MAX_ACTIVITY_MINUTES ? parsed.value.minutes : null;
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

/**
 * An evidence cell counts when it holds a link, an image or a file, or a text the core reads as evidence
 * (shared/parse evidenceGiven: "-", "Link Kosong", "Belum ada" are none, on every surface).
 */
export function hasEvidence(cell: Element | undefined, text: string): boolean {
  if (cell?.querySelector('a[href], img, [data-file]')) return true;
  return evidenceGiven(text);
}

/** Feedback as the core reads it (shared/parse feedbackGiven: "Tambah", "Belum ada" are none). */
export const hasFeedback = (text: string): boolean => feedbackGiven(text);

/**
 * The approval status a cell says, through the core's vocabulary (shared/parse parseStatus); words the
 * core does not know yet but regional lists use ("Selesai", "Belum", "Draft") by the overlay's patterns
 * (selectors.ts). Null when the cell says no status.
 */
export function readStatus(text: string): ApprovalStatus | null {
  const trimmed = text.trim();
  if (trimmed === '' || /^[-–]$/.test(trimmed)) return null;
  const parsed = parseStatus(trimmed);
  if (parsed.ok) return parsed.value;
  if (NOT_ASSESSED.test(trimmed)) return 'menunggu';
  if (ASSESSED_DONE.test(trimmed)) return 'disetujui';
  return null;
}

/** How much of a person's SKP is assessed: "3/5 dinilai", "0/4", "3 dari 5 dinilai" (pattern 11). */
export interface AssessedProgress {
  done: number;
  of: number;
}

/** The "n/m assessed" a cell says, when it says one (and n <= m, m > 0); null otherwise. */
export function readAssessedProgress(text: string): AssessedProgress | null {
  const match = ASSESSED_PROGRESS.exec(text.trim());
  if (!match) return null;
  const done = Number(match[1]);
  const of = Number(match[2]);
  return of > 0 && done <= of ? { done, of } : null;
}
