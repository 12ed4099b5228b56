import { type Lang, t } from '../../../../shared/messages';
import { parseNumber, type RhkKind } from '../../../../shared/parse';
import type { Rating } from '../../../../shared/policy';
import {
  aggregateEmployee,
  aggregateRhk,
  categorize,
  columnWeightForm,
  isOtherWeightForm,
  predikatLabel,
  predikatPegawai,
  proposeHasilRating,
  ratingLabel,
  WeightForm,
  weightFormOf,
  weightInOtherForm,
} from '../../../../shared/score';
import type { BadgeData } from '../dom/badge';
import { BadgeSlots } from '../dom/badge-slots';
import { findPageField, findPagePerson } from '../dom/page-fields';
import type { ScanBatch, Write } from '../features/registry';
import type { OverlayFlag } from '../flags';
import type { IndicatorRow } from '../model/skp';
import { cellOf, type PartialRows, partialRows, type TableModel, textOf } from '../model/table';
import { findNip, readPredikat, readRating } from '../model/values';
import { RATING_HASIL_LABEL } from '../selectors';
import type { Contribution, PersonSummary } from '../summary';
import { flagLines, type IndicatorScore, percentText, toneOf, warnIfDiffers } from './show';

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

/**
 * A person's verdict, kept per table and owner NIP with the hashes of their rows: re-scoring a big
 * list after one row changed recomputes one person, not all of them (the one-row-change benchmark).
 */
interface Verdict {
  key: string;
  data: BadgeData;
  person: PersonSummary;
  place: (badge: HTMLElement) => void;
  /** Where the badge belongs: the person's first row's owner cell (or the page's field, or the table). */
  at: object;
}
const verdicts = new WeakMap<Element, Map<string, Verdict>>();

function verdictsOf(table: Element): Map<string, Verdict> {
  let map = verdicts.get(table);
  if (!map) {
    map = new Map();
    verdicts.set(table, map);
  }
  return map;
}

/** Flags an employee inherits from their indicators (core EMPLOYEE_FLAGS semantics). */
const INHERITED: readonly OverlayFlag[] = ['tanpa_bukti', 'tanpa_umpan_balik', 'realisasi_kosong'];
const PERILAKU_LABEL = /rating\s+perilaku|perilaku\s+kerja/i;
const PREDIKAT_LABEL = /predikat\s+kinerja/i;

interface RhkGroup {
  kind: RhkKind;
  /** The RHK's Bobot: the first one written on its rows, as Hitung nilai reads it (score groupByRhk). */
  weight: number | null;
  items: { capaian: number | null; weight: number | null }[];
  first: IndicatorRow;
}

/** A Bobot text's weight as written (points for "40%") and whether it carries a % sign; null if none. */
type Weight = { value: number; percent: boolean } | null;
const weightTexts = new Map<string, Weight>();

/**
 * A Bobot cell read as Hitung nilai reads a Bobot text (shared/parse, context percent: "4.215" is a
 * decimal there too). Pages repeat a few weights ("20%", "25"): each distinct text is parsed once, bounded.
 */
function readWeight(text: string): Weight {
  let weight = weightTexts.get(text);
  if (weight !== undefined) return weight;
  const parsed = text.trim() === '' ? null : parseNumber(text, { context: 'percent' });
  weight = parsed?.ok && Number.isFinite(parsed.value.value) ? parsed.value : null;
  if (weightTexts.size >= 4000) weightTexts.clear();
  weightTexts.set(text, weight);
  return weight;
}

/** The table's Bobot column: the form it takes, a weight written that way, and whether both forms occur. */
interface WeightColumn {
  form: WeightForm;
  example: string;
  mixed: boolean;
}

/**
 * The form the table's Bobot column takes (shared/score weight-forms, the rule Hitung nilai applies to a
 * sheet's column), from every indicator row of the table, also when only some owners are re-scored: one
 * edited row must not decide the column alone. A rowspanned Bobot counts once, as a merged cell does in a
 * sheet (only its first row holds it there).
 */
function weightColumn(model: TableModel, rows: Iterable<IndicatorRow>): WeightColumn {
  let fractions = 0;
  let points = 0;
  let fraction = '';
  let point = '';
  for (const ind of rows) {
    const cell = cellOf(model, ind.row, 'bobot');
    if (!cell?.origin) continue;
    const weight = readWeight(cell.text);
    const form = weight ? weightFormOf(weight.value, weight.percent) : WeightForm.None;
    if (form === WeightForm.Fraction && fractions++ === 0) fraction = cell.text.trim();
    if (form === WeightForm.Points && points++ === 0) point = cell.text.trim();
  }
  const form = columnWeightForm(fractions, points);
  return {
    form,
    example: form === WeightForm.Fraction ? fraction : point,
    mixed: fractions > 0 && points > 0,
  };
}

/** What the employee's badge says of a weight in the other form than its column's (not used, what to write). */
function weightFormText(
  text: string,
  weight: NonNullable<Weight>,
  form: WeightForm,
  rhk: string,
  column: WeightColumn,
  lang: Lang,
): string {
  const value = text.trim();
  const rewritten = weightInOtherForm(weight.value, form);
  return form === WeightForm.Fraction
    ? t(
        'OVERLAY_TIP_WEIGHT_FORM_FRACTION',
        { value, rhk, example: column.example, asPoints: rewritten },
        lang,
      )
    : t(
        'OVERLAY_TIP_WEIGHT_FORM_POINTS',
        { value, rhk, example: column.example, asFraction: rewritten },
        lang,
      );
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
  scored: {
    scores: ReadonlyMap<IndicatorRow, IndicatorScore>;
    /** Each row's content hash (with kind, owner and settings revision). */
    hashes: ReadonlyMap<IndicatorRow, string>;
  },
  batch: ScanBatch,
  contribution: Contribution,
  writes: Write[],
): void {
  const { policy, lang } = batch.settings;
  const { scores, hashes } = scored;
  const known = verdictsOf(model.table);
  // One page of a paginated table: per-row badges stand, but nothing is proposed from part of the
  // indicators (a rating on part of them would be wrong for pay); the user is told how to show them all.
  const partial = partialRows(model.table);
  const partialText = partial ? partialRowsText(model.name, partial, lang) : '';
  // The Bobot column's form, from all the table's rows (the pass scored them all; `rows` may be some owners').
  const column = weightColumn(model, scores.keys());
  // Its part of each owner's memo key: a column whose form changed re-decides their weights.
  const columnKey = column.mixed ? `${column.form}\u0003${column.example}\u0003` : '';
  const weightNotes = new Map<string, string[]>();
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
      group = { kind: ind.kind, weight: null, items: [], first: ind };
      groups.set(ind.rhk, group);
    }
    const cell = cellOf(model, ind.row, 'bobot');
    const weight = cell ? readWeight(cell.text) : null;
    let bobot = weight ? weight.value : null;
    // A weight in the other form than the column's is not used (equal weights), and said on the
    // employee's badge once per cell, as Hitung nilai says it at the cell: never weighed as written.
    const form = weight && column.mixed ? weightFormOf(weight.value, weight.percent) : WeightForm.None;
    if (cell && weight && isOtherWeightForm(form, column.form)) {
      bobot = null;
      if (cell.origin) {
        const rhk = textOf(model, ind.row, 'rhk') || textOf(model, ind.row, 'indikator');
        const line = weightFormText(cell.text, weight, form, rhk, column, lang);
        const said = weightNotes.get(ind.owner);
        if (said) said.push(line);
        else weightNotes.set(ind.owner, [line]);
      }
    }
    group.items.push({ capaian: scores.get(ind)?.capaian ?? null, weight: bobot });
    if (group.weight === null && bobot !== null) group.weight = bobot;
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
    const ownerRows = rowsOf.get(owner) ?? [];
    // The page's own employee ('') also depends on fields outside the table: always recomputed.
    const key =
      owner === '' ? '' : columnKey + partialText + ownerRows.map((r) => hashes.get(r) ?? '').join('\u0002');
    const memo = owner === '' ? undefined : known.get(owner);
    if (memo && memo.key === key) {
      const write = slots.write(ownerKey(model.table, owner), memo.data, memo.place, memo.at);
      if (write) writes.push(write);
      contribution.people.push(memo.person);
      continue;
    }
    const rhks = [...groups.values()].map((g) => {
      const agg = aggregateRhk(g.items, policy.capaian);
      rhkBadge(model, g, agg.capaian, batch, writes, partial && { partial, text: partialText });
      return { kind: g.kind, capaian: agg.capaian, weight: g.weight };
    });
    const employee = partial ? { capaian: null } : aggregateEmployee(rhks, policy.capaian);
    const proposed = partial ? null : proposeHasilRating(employee.capaian, policy.rating);
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
    const proposal = partial
      ? partialTexts(partial, partialText, lang)
      : proposalTexts(employee.capaian, proposed, chosen, lang);
    const tooltip = [
      proposal.head,
      predikat ? t('OVERLAY_TIP_PREDIKAT', { predikat: predikatLabel(predikat, lang) }, lang) : '',
      pagePredikat
        ? t('OVERLAY_TIP_PAGE_PREDIKAT', { predikat: predikatLabel(pagePredikat, lang) }, lang)
        : '',
      ...(weightNotes.get(owner) ?? []),
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
      label: proposal.label,
      tooltip,
      tone: warnIfDiffers(toneOf(category?.id), flags),
    };
    const first = ownerRows[0];
    const anchor = owner === '' ? (pageRating?.anchor ?? pagePerson?.anchor) : first?.ownerCell?.source;
    const place = (badge: HTMLElement): void => {
      if (anchor?.tagName === 'SELECT') anchor.after(badge);
      else if (anchor) anchor.append(badge);
      else model.table.before(badge);
    };
    const at: object = anchor ?? model.table;
    const write = slots.write(ownerKey(model.table, owner), data, place, at);
    if (write) writes.push(write);
    const person: PersonSummary = {
      name: owner === '' ? (pagePerson?.name ?? '') : nameOf(first?.ownerCell?.text ?? '', owner),
      ...(nip ? { nip } : {}),
      capaian: employee.capaian,
      ...(decided ? { predikat: decided } : {}),
      flags,
    };
    contribution.people.push(person);
    if (owner !== '') known.set(owner, { key, data, person, place, at });
    if (owner === '')
      contribution.employee = {
        capaian: employee.capaian,
        proposed,
        chosen,
        ...(pagePredikat ? { pagePredikat } : {}),
      };
  }
  if (partialText) contribution.notes = [...(contribution.notes ?? []), partialText];
}

/** What the user is told about a table showing only part of its rows (model/table.ts partialRows). */
function partialRowsText(table: string, partial: PartialRows, lang: Lang): string {
  const params = { table, shown: partial.shown, total: partial.total };
  return partial.option === undefined
    ? t('OVERLAY_PARTIAL_ROWS', params, lang)
    : t('OVERLAY_PARTIAL_ROWS_OPTION', { ...params, option: partial.option }, lang);
}

/** A person's or an RHK's badge on part of a table: no proposal, the rows shown, and why. */
function partialTexts(partial: PartialRows, text: string, lang: Lang): { label: string; head: string } {
  return {
    label: t('OVERLAY_BADGE_PARTIAL', { shown: partial.shown, total: partial.total }, lang),
    head: text,
  };
}

/**
 * A proposed rating hasil kerja as its badge says it (a person's or an RHK's): the visible label, and
 * the reason's first line (the capaian, the proposal and the rating chosen on the page).
 */
function proposalTexts(
  capaian: number | null,
  proposed: Rating | null,
  chosen: Rating | null,
  lang: Lang,
): { label: string; head: string } {
  return {
    label: proposed
      ? t('OVERLAY_BADGE_PROPOSED', { rating: ratingLabel(proposed, lang) }, lang)
      : t('OVERLAY_BADGE_NO_DATA', undefined, lang),
    head:
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
  };
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
  partial: { partial: PartialRows; text: string } | undefined,
): void {
  const cell = cellOf(model, group.first.row, 'rating_hasil');
  if (!cell || group.first.owner !== '') return;
  const { policy, lang } = batch.settings;
  // Part of the table shown: an RHK's indicators may be on another page, so no proposal either.
  const proposed = partial ? null : proposeHasilRating(capaian, policy.rating);
  const chosen = readRating(cell.text);
  const flags: OverlayFlag[] = proposed && chosen && proposed !== chosen ? ['rating_berbeda'] : [];
  const category = capaian === null || partial ? undefined : categorize(capaian, policy.capaian);
  const proposal = partial
    ? partialTexts(partial.partial, partial.text, lang)
    : proposalTexts(capaian, proposed, chosen, lang);
  const data: BadgeData = {
    kind: 'rhk',
    capaian: partial ? null : capaian,
    kategori: proposed ?? '',
    flags,
    label: proposal.label,
    tooltip: [proposal.head, ...flagLines(flags, lang)].join('\n'),
    tone: warnIfDiffers(toneOf(category?.id), flags),
  };
  const write = rhkSlots.write(cell.source, data, (badge) => cell.source.append(badge));
  if (write) writes.push(write);
}
