import { t } from '../../../../shared/messages/format';
import type { RhkKind } from '../../../../shared/parse/types';
import type { Rating } from '../../../../shared/policy/schema';
import {
  aggregateEmployee,
  aggregateRhk,
  categorize,
  predikatLabel,
  predikatPegawai,
  proposeHasilRating,
  ratingLabel,
} from '../../../../shared/score';
import type { BadgeData } from '../dom/badge';
import { BadgeSlots } from '../dom/badge-slots';
import { findPageField, findPagePerson } from '../dom/page-fields';
import type { OverlayFlag } from '../flags';
import type { IndicatorRow } from '../model/skp';
import { cellOf, type TableModel } from '../model/table';
import { findNip, readNumber, readPredikat, readRating } from '../model/values';
import { RATING_HASIL_LABEL } from '../selectors';
import type { Contribution } from '../summary';
import { flagLines, type IndicatorScore, percentText, toneOf, warnIfDiffers } from './indicator-capaian';
import type { ScanBatch, Write } from './registry';

/** Per-person badges on SKP pages, keyed by an object per table and owner. */
const ownerKeys = new WeakMap<Element, Map<string, object>>();
const slots = new BadgeSlots<object>();
const rhkSlots = new BadgeSlots<Element>();

function ownerKey(table: Element, owner: string): object {
  let keys = ownerKeys.get(table);
  if (!keys) {
    keys = new Map();
    ownerKeys.set(table, keys);
  }
  let key = keys.get(owner);
  if (!key) {
    key = {};
    keys.set(owner, key);
  }
  return key;
}

/** Flags an employee inherits from their indicators (core EMPLOYEE_FLAGS semantics). */
const INHERITED: readonly OverlayFlag[] = ['tanpa_bukti', 'tanpa_umpan_balik', 'realisasi_kosong'];
const PERILAKU_LABEL = /rating\s+perilaku|perilaku\s+kerja/i;
const PREDIKAT_LABEL = /predikat\s+kinerja/i;

interface RhkGroup {
  kind: RhkKind;
  items: { capaian: number | null; weight: number | null }[];
  first: IndicatorRow;
}

/**
 * Per employee on an SKP appraisal: RHK capaian (shared/score aggregateRhk), employee capaian over RHK
 * utama (aggregateEmployee, policy.capaian.includeTambahan), the proposed rating hasil kerja
 * (proposeHasilRating; PermenPANRB 6/2022 leaves the rating to the supervisor, so this is a proposal)
 * next to the rating chosen on the page, flagged `rating_berbeda` when they differ.
 */
export function employeeVerdicts(
  model: TableModel,
  rows: readonly IndicatorRow[],
  scores: ReadonlyMap<IndicatorRow, IndicatorScore>,
  batch: ScanBatch,
  contribution: Contribution,
  writes: Write[],
): void {
  const { policy, lang } = batch.settings;
  const owners = new Map<string, Map<Element, RhkGroup>>();
  const rowsOf = new Map<string, IndicatorRow[]>();
  for (const ind of rows) {
    const mine = rowsOf.get(ind.owner);
    if (mine) mine.push(ind);
    else rowsOf.set(ind.owner, [ind]);
    let groups = owners.get(ind.owner);
    if (!groups) {
      groups = new Map();
      owners.set(ind.owner, groups);
    }
    let group = groups.get(ind.rhk);
    if (!group) {
      group = { kind: ind.kind, items: [], first: ind };
      groups.set(ind.rhk, group);
    }
    const bobot = readNumber(cellOf(model, ind.row, 'bobot')?.text ?? '');
    group.items.push({ capaian: scores.get(ind)?.capaian ?? null, weight: bobot });
  }
  const pagePerson = owners.has('') ? findPagePerson(batch.doc, findNip, new Set([model.table])) : undefined;
  const pageRating = owners.has('') ? findPageField(batch.doc, RATING_HASIL_LABEL) : undefined;
  const perilakuField = owners.has('') ? findPageField(batch.doc, PERILAKU_LABEL) : undefined;
  const perilaku = perilakuField ? readRating(perilakuField.value) : null;
  // The page's own "PREDIKAT KINERJA : BAIK" is what the supervisor decided: the panel reports it, and the
  // proposal only appears as a disagreement (PermenPANRB 6/2022 leaves the rating to the supervisor).
  const predikatField = owners.has('') ? findPageField(batch.doc, PREDIKAT_LABEL) : undefined;
  const pagePredikat = predikatField ? readPredikat(predikatField.value) : null;

  for (const [owner, groups] of owners) {
    const rhks = [...groups.values()].map((g) => {
      const agg = aggregateRhk(g.items, policy.capaian);
      rhkBadge(model, g, agg.capaian, batch, writes);
      return { kind: g.kind, capaian: agg.capaian };
    });
    const employee = aggregateEmployee(rhks, policy.capaian);
    const proposed = proposeHasilRating(employee.capaian, policy.rating);
    const ownerRows = rowsOf.get(owner) ?? [];
    const rowChosen = ownerRows
      .map((r) => readRating(cellOf(model, r.row, 'rating_hasil')?.text ?? ''))
      .find(Boolean);
    const chosen: Rating | null =
      owner === '' ? (pageRating ? readRating(pageRating.value) : null) : (rowChosen ?? null);
    const flags: OverlayFlag[] = [];
    if (proposed && chosen && proposed !== chosen) flags.push('rating_berbeda');
    if (!chosen && (owner === '' ? pageRating !== undefined : rowChosen !== undefined))
      flags.push('belum_dinilai');
    for (const flag of INHERITED) {
      if (ownerRows.some((r) => scores.get(r)?.badge.flags.includes(flag))) flags.push(flag);
    }
    const category = employee.capaian === null ? undefined : categorize(employee.capaian, policy.capaian);
    const predikat =
      proposed && perilaku && owner === '' ? predikatPegawai(proposed, perilaku, policy.rating) : undefined;
    // What the page decided: its own predikat, else the matrix applied to the rating chosen on the page.
    const decided =
      owner !== ''
        ? undefined
        : (pagePredikat ??
          (chosen && perilaku ? predikatPegawai(chosen, perilaku, policy.rating) : undefined));
    const tooltip = [
      employee.capaian === null
        ? t('OVERLAY_TIP_NO_DATA_SKP', undefined, lang)
        : t(
            'OVERLAY_TIP_PROPOSED_RATING',
            {
              capaian: percentText(employee.capaian, lang),
              proposed: proposed ? ratingLabel(proposed, lang) : '-',
              chosen: chosen ? ratingLabel(chosen, lang) : t('OVERLAY_TIP_NOT_CHOSEN', undefined, lang),
            },
            lang,
          ),
      predikat ? t('OVERLAY_TIP_PREDIKAT', { predikat: predikatLabel(predikat, lang) }, lang) : '',
      pagePredikat
        ? t('OVERLAY_TIP_PAGE_PREDIKAT', { predikat: predikatLabel(pagePredikat, lang) }, lang)
        : '',
      ...flagLines(flags, lang),
    ]
      .filter((line) => line !== '')
      .join('\n');
    const nip = owner || pagePerson?.nip;
    const data: BadgeData = {
      kind: 'pegawai',
      capaian: employee.capaian,
      kategori: proposed ?? '',
      flags,
      ...(nip ? { nip } : {}),
      label: proposed
        ? t('OVERLAY_BADGE_PROPOSED', { rating: ratingLabel(proposed, lang) }, lang)
        : t('OVERLAY_BADGE_NO_DATA', undefined, lang),
      tooltip,
      tone: warnIfDiffers(toneOf(category?.id), flags),
    };
    const first = ownerRows[0];
    const anchor = owner === '' ? (pageRating?.anchor ?? pagePerson?.anchor) : first?.ownerCell?.source;
    const write = slots.write(ownerKey(model.table, owner), data, (badge) => {
      if (anchor?.tagName === 'SELECT') anchor.after(badge);
      else if (anchor) anchor.append(badge);
      else model.table.before(badge);
    });
    if (write) writes.push(write);
    contribution.people.push({
      name: owner === '' ? (pagePerson?.name ?? '') : nameOf(first?.ownerCell?.text ?? '', owner),
      ...(nip ? { nip } : {}),
      capaian: employee.capaian,
      ...(decided ? { predikat: decided } : {}),
      flags,
    });
    if (owner === '')
      contribution.employee = {
        capaian: employee.capaian,
        proposed,
        chosen,
        ...(pagePredikat ? { pagePredikat } : {}),
      };
  }
}

/** Name part of a "Nama NIP" cell. */
function nameOf(text: string, nip: string): string {
  const compact = text.replace(/NIP\s*:?/i, ' ');
  const digitsAt = compact.search(/\d{8}\s?\d{6}/);
  const name = (digitsAt > 0 ? compact.slice(0, digitsAt) : compact).trim();
  return name || nip;
}

/** A per-RHK proposal next to a per-RHK rating column, when the table has one. */
function rhkBadge(
  model: TableModel,
  group: RhkGroup,
  capaian: number | null,
  batch: ScanBatch,
  writes: Write[],
): void {
  const cell = cellOf(model, group.first.row, 'rating_hasil');
  if (!cell || group.first.owner !== '') return;
  const { policy, lang } = batch.settings;
  const proposed = proposeHasilRating(capaian, policy.rating);
  const chosen = readRating(cell.text);
  const flags: OverlayFlag[] = proposed && chosen && proposed !== chosen ? ['rating_berbeda'] : [];
  const category = capaian === null ? undefined : categorize(capaian, policy.capaian);
  const data: BadgeData = {
    kind: 'rhk',
    capaian,
    kategori: proposed ?? '',
    flags,
    label: proposed
      ? t('OVERLAY_BADGE_PROPOSED', { rating: ratingLabel(proposed, lang) }, lang)
      : t('OVERLAY_BADGE_NO_DATA', undefined, lang),
    tooltip: [
      capaian === null
        ? t('OVERLAY_TIP_NO_DATA_SKP', undefined, lang)
        : t(
            'OVERLAY_TIP_PROPOSED_RATING',
            {
              capaian: percentText(capaian, lang),
              proposed: proposed ? ratingLabel(proposed, lang) : '-',
              chosen: chosen ? ratingLabel(chosen, lang) : t('OVERLAY_TIP_NOT_CHOSEN', undefined, lang),
            },
            lang,
          ),
      ...flagLines(flags, lang),
    ].join('\n'),
    tone: warnIfDiffers(toneOf(category?.id), flags),
  };
  const write = rhkSlots.write(cell.source, data, (badge) => cell.source.append(badge));
  if (write) writes.push(write);
}
