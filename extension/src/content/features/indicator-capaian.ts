import type { Lang, MessageCode } from '../../../../shared/messages/catalog';
import { formatIssue, formatNumberForLang, t } from '../../../../shared/messages/format';
import { shownValue } from '../../../../shared/parse/text';
import type { Policy } from '../../../../shared/policy/schema';
import { type Category, categorize, computeCapaian } from '../../../../shared/score';
import type { BadgeData, BadgeTone } from '../dom/badge';
import { BadgeSlots } from '../dom/badge-slots';
import { FLAG_MESSAGES, type OverlayFlag } from '../flags';
import { type IndicatorRow, indicatorRows } from '../model/skp';
import {
  cellOf,
  hasField,
  MAX_ROWS_PER_TABLE,
  rowHash,
  type TableModel,
  textOf,
  truncatedRows,
} from '../model/table';
import { hasEvidence, hasFeedback, readNumber, readPolarity, readTarget } from '../model/values';
import { SKP_KINDS } from '../pages';
import { emptyContribution, noteTruncation, tally } from '../summary';
import { type Feature, type ScanBatch, tableFeature, type Write } from './registry';
import { employeeVerdicts } from './skp-employee';

/** The score of one indicator row, kept per row so unchanged rows are never scored twice. */
export interface IndicatorScore {
  capaian: number | null;
  badge: BadgeData;
}

const cache = new WeakMap<HTMLTableRowElement, { hash: string; score: IndicatorScore }>();
const slots = new BadgeSlots<HTMLTableRowElement>();

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

export const percentText = (fraction: number, lang: Lang): string =>
  formatNumberForLang(fraction * 100, lang, 2);

export function flagLines(flags: readonly OverlayFlag[], lang: Lang): string[] {
  return flags.map((flag) => `• ${t(FLAG_MESSAGES[flag], undefined, lang)}`);
}

/**
 * Scores one indicator: capaian from target and realisasi (shared/score computeCapaian, polarity from a
 * Polaritas column when present), its category (policy bands), and the flags a supervisor must see:
 * a plan without realisasi (target_saja), an empty realisasi, a realisasi without bukti dukung
 * (PermenPANRB 6/2022: realisasi rests on evidence), no umpan balik, or a value that cannot be computed.
 */
export function scoreIndicator(
  model: TableModel,
  ind: IndicatorRow,
  policy: Policy,
  lang: Lang,
): IndicatorScore {
  const { row } = ind;
  const flags: OverlayFlag[] = [];
  const targetText = textOf(model, row, 'target');
  const realisasiText = textOf(model, row, 'realisasi');
  let capaian: number | null = null;
  let why = '';
  if (!hasField(model, 'realisasi')) {
    flags.push('target_saja');
  } else if (realisasiText === '') {
    flags.push('realisasi_kosong');
  } else {
    const target = readTarget(targetText);
    const realisasi = readNumber(realisasiText);
    if (!target) why = t('OVERLAY_TIP_TARGET_MISSING', { target: shownValue(targetText) }, lang);
    else if (realisasi === null)
      why = t('OVERLAY_TIP_REALISASI_UNREADABLE', { realisasi: shownValue(realisasiText) }, lang);
    else {
      const polarity = readPolarity(textOf(model, row, 'polaritas'));
      const result = computeCapaian(target, realisasi, polarity, policy.capaian);
      if (result.ok && Number.isFinite(result.value)) capaian = result.value;
      else if (!result.ok) why = formatIssue(result.issue, lang);
    }
    if (capaian === null) flags.push('tidak_terhitung');
    const bukti = cellOf(model, row, 'bukti_dukung');
    if (bukti && !hasEvidence(bukti.source, bukti.text)) flags.push('tanpa_bukti');
  }
  if (
    hasField(model, 'umpan_balik') &&
    hasField(model, 'realisasi') &&
    !hasFeedback(textOf(model, row, 'umpan_balik'))
  )
    flags.push('tanpa_umpan_balik');

  const category = capaian === null ? undefined : categorize(capaian, policy.capaian);
  const label =
    capaian !== null && category
      ? `${percentText(capaian, lang)}% ${categoryText(category, lang)}`
      : flags.includes('target_saja')
        ? t('OVERLAY_BADGE_TARGET_ONLY', undefined, lang)
        : flags.includes('realisasi_kosong')
          ? t('OVERLAY_FLAG_NAME_REALISASI_KOSONG', undefined, lang)
          : t('OVERLAY_BADGE_NOT_COMPUTABLE', undefined, lang);
  const head =
    capaian !== null && category
      ? t(
          'OVERLAY_TIP_CAPAIAN',
          {
            capaian: percentText(capaian, lang),
            kategori: categoryText(category, lang),
            realisasi: shownValue(realisasiText),
            target: shownValue(targetText),
          },
          lang,
        )
      : why
        ? t('OVERLAY_TIP_NOT_COMPUTABLE', { reason: why }, lang)
        : flags.includes('realisasi_kosong')
          ? t('OVERLAY_TIP_REALISASI_EMPTY', { target: shownValue(targetText) }, lang)
          : '';
  const tooltip = [head, ...flagLines(flags, lang)].filter((line) => line !== '').join('\n');
  return {
    capaian,
    badge: {
      kind: 'indikator',
      capaian,
      kategori: category?.id ?? '',
      flags,
      ...(ind.owner ? { nip: ind.owner } : {}),
      label,
      tooltip,
      tone: toneOf(category?.id),
    },
  };
}

/** Where the indicator badge goes: next to the realisasi (or the target of a plan). */
function badgeCell(model: TableModel, ind: IndicatorRow): Element {
  const cell =
    cellOf(model, ind.row, 'realisasi') ??
    cellOf(model, ind.row, 'target') ??
    cellOf(model, ind.row, 'indikator');
  return cell?.source ?? ind.row.source;
}

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  const { policy, lang } = batch.settings;
  const rows = indicatorRows(model);
  const scores = new Map<IndicatorRow, IndicatorScore>();
  const hashes = new Map<IndicatorRow, string>();
  const contribution = emptyContribution(hasField(model, 'realisasi') ? 'skp-penilaian' : 'skp-rencana');
  for (const ind of rows) {
    const hash = `${rowHash(ind.row)}|${ind.kind}|${ind.owner}|${batch.settings.revision}`;
    const cached = cache.get(ind.row.source);
    let score = cached?.hash === hash ? cached.score : undefined;
    if (!score) {
      score = scoreIndicator(model, ind, policy, lang);
      cache.set(ind.row.source, { hash, score });
    }
    scores.set(ind, score);
    hashes.set(ind, hash);
    tally(contribution, 'indikator', score.badge.flags);
    const write = slots.write(ind.row.source, score.badge, (badge) => badgeCell(model, ind).append(badge));
    if (write) {
      batch.stats.touchedRows++;
      writes.push(write);
    }
  }
  if (hasField(model, 'realisasi'))
    employeeVerdicts(model, rows, { scores, hashes }, batch, contribution, writes);
  noteTruncation(contribution, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  batch.summary.set(model.table, contribution);
}

/** Per indicator capaian + category on SKP appraisal and plan tables, with the supervisor's flags. */
export const indicatorCapaian: Feature = tableFeature(
  'indicator-capaian',
  ['skp-penilaian', 'skp-rencana'],
  SKP_KINDS,
  scanTable,
);
