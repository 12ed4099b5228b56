import {
  type Category,
  flagExplanation,
  formatNumberForLang,
  type Lang,
  type MessageCode,
  t,
} from '../../../../shared';
import type { BadgeData, BadgeTone } from '../dom/badge';
import type { OverlayFlag } from '../flags';

/*
 * How a verdict of the core reads on a page: badge tone, category name, percentage, flag lines. Shared by
 * the overlay's features (a feature never imports another), decided nowhere here.
 */

/** The score of one indicator row, kept per row so unchanged rows are never scored twice. */
export interface IndicatorScore {
  capaian: number | null;
  badge: BadgeData;
}

export function toneOf(categoryId: string | undefined): BadgeTone {
  if (categoryId === undefined) return 'none';
  if (categoryId === 'sangat_tinggi' || categoryId === 'tinggi') return 'good';
  if (categoryId === 'sedang') return 'mid';
  return 'bad';
}

/**
 * A rating that disagrees with the result-based proposal must read as a warning whatever the capaian's
 * band (a green pill next to a contradiction says "all fine"): amber, or red when the band is already red.
 */
export function warnIfDiffers(tone: BadgeTone, flags: readonly OverlayFlag[]): BadgeTone {
  return flags.includes('rating_berbeda') && tone !== 'bad' ? 'mid' : tone;
}

/** The default policy's band ids, which the catalog names in both languages. */
const CATEGORY_NAMES: Record<string, MessageCode> = {
  sangat_tinggi: 'OVERLAY_KATEGORI_SANGAT_TINGGI',
  tinggi: 'OVERLAY_KATEGORI_TINGGI',
  sedang: 'OVERLAY_KATEGORI_SEDANG',
  rendah: 'OVERLAY_KATEGORI_RENDAH',
  sangat_rendah: 'OVERLAY_KATEGORI_SANGAT_RENDAH',
};

/**
 * A capaian band as people read it: in Indonesian the policy's own label (a region may rename its bands);
 * in English the catalog's name for the default bands, the policy's label for bands a region added.
 */
export function categoryText(category: Category, lang: Lang): string {
  const code = CATEGORY_NAMES[category.id];
  return lang === 'en' && code ? t(code, undefined, lang) : category.label;
}

/**
 * Percentages already written, per language: a page repeats few capaian values (8 of 10 Dokumen on
 * hundreds of rows), and each badge writes its percentage twice (label and reason).
 */
const percents = { id: new Map<number, string>(), en: new Map<number, string>() };
const MAX_PERCENTS = 4096;

export function percentText(fraction: number, lang: Lang): string {
  const known = percents[lang];
  let text = known.get(fraction);
  if (text === undefined) {
    text = formatNumberForLang(fraction * 100, lang, 2);
    if (known.size >= MAX_PERCENTS) known.clear();
    known.set(fraction, text);
  }
  return text;
}

/** One tooltip line per flag: why it was raised and what the supervisor can do. */
export function flagLines(flags: readonly OverlayFlag[], lang: Lang): string[] {
  return flags.map((flag) => `• ${flagExplanation(flag, lang)}`);
}
