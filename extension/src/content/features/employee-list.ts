import { t } from '../../../../shared/messages';
import { BadgeSlots } from '../dom/badge-slots';
import type { GridCell, GridRow } from '../dom/grid';
import { visibleLines } from '../dom/visibility';
import {
  cellOf,
  hasField,
  MAX_ROWS_PER_TABLE,
  paginatedTotal,
  rowKey,
  ScoreCache,
  type TableModel,
  textOf,
  truncatedRows,
} from '../model/table';
import { columnLocaleOf, findNip, readAssessedProgress } from '../model/values';
import { periodModule, workingDaysModule } from '../on-demand';
import { PEOPLE_KINDS } from '../pages';
import { TOTAL_ROW } from '../selectors';
import { emptyContribution, noteTruncation, tally } from '../summary';
import { type BusyDays, type PersonScore, type ScoreReading, scorePerson } from '../verdict/person';
import { type Feature, type ScanBatch, tableFeature, type Write } from './registry';

const cache = new ScoreCache<PersonScore>();
const slots = new BadgeSlots<Element>();

const PERSON_FIELDS = ['nama_nip', 'nama', 'nip'] as const;
/** Score columns, the one that decides most first (a final score before its parts). */
const SCORE_FIELDS = ['nilai_prestasi_kerja', 'nilai_akhir', 'nilai_skp', 'nilai_tertimbang'] as const;

/**
 * People seen on each paginated list, by what names them (NIP, else name), so the panel can say how much
 * of the list was seen ("10 dari 23 pegawai"). Per table element; a new total starts over.
 */
const seenOnPages = new WeakMap<Element, { total: number; people: Set<string> }>();

function seenSoFar(table: Element, total: number, people: readonly string[]): number {
  let seen = seenOnPages.get(table);
  if (!seen || seen.total !== total) {
    seen = { total, people: new Set() };
    seenOnPages.set(table, seen);
  }
  for (const person of people) seen.people.add(person);
  return Math.min(seen.people.size, total);
}

/** "3/5 dinilai" in the progress column, else in the status cell (docs/pages.md#pattern-11). */
function progressOf(model: TableModel, row: GridRow): ReturnType<typeof readAssessedProgress> {
  const column = model.progressColumn;
  const inColumn = column === undefined ? null : readAssessedProgress(row.cells[column]?.text ?? '');
  return inColumn ?? readAssessedProgress(textOf(model, row, 'status'));
}

function nameWithoutNip(text: string): string {
  return text
    .replace(/NIP\s*[.:]?\s*/i, ' ')
    .replace(/(?:\d[\s.]?){18}/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A row whose first filled cell says TOTAL/JUMLAH/PENGURANGAN (a colspan over the name column too). */
function rowIsTotal(row: GridRow): boolean {
  for (const cell of row.cells) {
    const text = cell?.text.trim() ?? '';
    if (text !== '') return TOTAL_ROW.test(text);
  }
  return false;
}

/**
 * A person without NIP by their name: the first line of the name cell, as apps put the jabatan under
 * it ("Andi Pratama<br><small>Analis Kebijakan</small>", docs/pages.md#pattern-16).
 */
function nameOnly(cell: GridCell | undefined, text: string): string {
  const first = cell ? visibleLines(cell.source)[0] : undefined;
  return (first ?? text).trim();
}

/** Kesibukan semu's working days for a table, the panel's lines about them, and a key naming them. */
interface TableDays {
  /** Undefined: no minutes column, or the rules could not load (said in `notes`): minutes not judged. */
  busy: BusyDays | undefined;
  notes: string[];
  /** Part of each row's cache key: the same row under another period is another verdict. */
  key: string;
}

const NO_MINUTES: TableDays = { busy: undefined, notes: [], key: '' };

/**
 * The working days of the page's period, as Hitung nilai counts them for kesibukan semu (the period module
 * reads the page's period, the working-days module counts its days by the policy's calendar: both on
 * demand, only for a list with activity minutes); 'waiting' while either loads. A page naming no single
 * period gets the policy default, said in the panel, never a silent 21.
 */
function daysOf(model: TableModel, batch: ScanBatch): TableDays | 'waiting' {
  if (!hasField(model, 'menit')) return NO_MINUTES;
  const { policy, lang } = batch.settings;
  const rescan = (): void => batch.requestScan?.();
  // Both asked at once: the two scripts load side by side.
  const period = periodModule(rescan);
  const days = workingDaysModule(rescan);
  if (period.status === 'loading' || days.status === 'loading') return 'waiting';
  if (period.status !== 'ready' || days.status !== 'ready')
    return {
      busy: undefined,
      notes: [t('OVERLAY_BUSY_DAYS_MISSING', { table: model.name }, lang)],
      key: '!',
    };
  const pagePeriod = period.api.pagePeriod(
    batch.doc,
    batch.tables.map((m) => m.table),
  );
  const counted = days.api.workingDays({
    period: pagePeriod,
    calendar: policy.periods.calendar,
    fallback: policy.busy.defaultWorkingDays,
    tableName: model.name,
    lang,
  });
  return {
    busy: { days: counted.days, note: counted.note },
    notes: counted.warning === '' ? [] : [counted.warning],
    key: JSON.stringify([pagePeriod, counted.days]),
  };
}

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  const personField = PERSON_FIELDS.find((f) => hasField(model, f));
  if (!personField) return;
  const days = daysOf(model, batch);
  // The working-days rules are on their way: no kesibukan semu is judged against days not yet counted.
  if (days === 'waiting') return;
  cache.useSettings(batch.settings);
  const { policy, lang, results } = batch.settings;
  const contribution = emptyContribution('daftar-pegawai');
  const locale = hasField(model, 'capaian')
    ? columnLocaleOf(model.dataRows.slice(0, 200).map((r) => textOf(model, r, 'capaian')))
    : undefined;
  // Same text under other headers (or another number style) is another score.
  const columns = JSON.stringify([model.mapping, model.labels]);
  const scoreFields = SCORE_FIELDS.filter((f) => hasField(model, f));
  const seenKeys: string[] = [];
  for (const row of model.dataRows) {
    const personCell = cellOf(model, row, personField);
    const nip = findNip(textOf(model, row, 'nip')) ?? findNip(personCell?.text ?? '');
    const shownName =
      textOf(model, row, 'nama') || (personField === 'nama_nip' ? (personCell?.text ?? '') : '');
    if (!nip && !shownName) continue;
    // TOTAL / PENGURANGAN rows under the people (often colspan over No and Nama) are not people.
    if (!nip && TOTAL_ROW.test(shownName.trim())) continue;
    if (!nip && rowIsTotal(row)) continue;
    seenKeys.push(nip ?? shownName);
    const hash = `${rowKey(row)}|${columns}|${locale}|${batch.settings.revision}|${days.key}`;
    let score = cache.get(hash);
    if (!score && !batch.mayScore()) {
      batch.unfinished.add(model.table);
      continue;
    }
    if (!score) {
      const nameText = textOf(model, row, 'nama') || textOf(model, row, 'nama_nip');
      score = scorePerson(
        {
          name: nip ? nameWithoutNip(nameText) : nameOnly(cellOf(model, row, 'nama'), nameText),
          ...(nip ? { nip } : {}),
          capaianText: textOf(model, row, 'capaian'),
          capaianColumn: model.labels.capaian ?? '',
          status: textOf(model, row, 'status'),
          minutesText: textOf(model, row, 'menit'),
          predikatText: textOf(model, row, 'predikat'),
          progress: progressOf(model, row),
          scores: scoreFields.map(
            (field): ScoreReading => ({
              field,
              column: model.labels[field] ?? field,
              text: textOf(model, row, field),
            }),
          ),
        },
        policy,
        results,
        lang,
        locale,
        days.busy,
      );
      cache.set(hash, score);
    }
    tally(contribution, 'pegawai', score.badge.flags);
    contribution.people.push(score.person);
    const target: GridCell | undefined = cellOf(model, row, 'capaian') ?? personCell;
    const write = slots.write(row.source, score.badge, (badge) =>
      (target?.source ?? row.source).append(badge),
    );
    if (write) {
      batch.stats.touchedRows++;
      writes.push(write);
    }
  }
  if (days.notes.length > 0) contribution.notes = [...(contribution.notes ?? []), ...days.notes];
  noteTruncation(contribution, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  const total = paginatedTotal(model.table);
  if (total !== undefined)
    contribution.paged = { table: model.name, seen: seenSoFar(model.table, total, seenKeys), total };
  batch.summary.set(model.table, contribution);
}

/** A result-based indicator per person on lists and recaps of subordinates. */
export const employeeList: Feature = tableFeature(
  'employee-list',
  ['daftar-pegawai'],
  PEOPLE_KINDS,
  scanTable,
);
