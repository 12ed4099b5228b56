import { recognizeTable, type TableKind, type TableRecognition } from '../../../../shared/columns';
import type { FieldId } from '../../../../shared/model';
import {
  divGridToGrid,
  type Grid,
  type GridCell,
  type GridRow,
  gridText,
  rowCells,
  tableToGrid,
  tableToGridSteps,
  textOfCell,
} from '../dom/grid';
import {
  ASSESSED_HEADER,
  PAGE_LENGTH_SELECTOR,
  PAGINATION_FILTERED,
  PAGINATION_INFO,
  PAGINATION_INFO_SELECTOR,
} from '../selectors';

/**
 * A page table as the overlay understands it: logical grid + the core's column recognition. `table` is
 * a `<table>`, or the container of a list drawn with `<div>`s (ARIA grid roles or rows of one
 * structure: docs/pages.md#pattern-18), read into the same grid.
 */
export interface TableModel {
  table: Element;
  grid: Grid;
  kind: TableKind;
  /** Field -> logical column. */
  mapping: Partial<Record<FieldId, number>>;
  /** Field -> header label as the user sees it (for tooltips). */
  labels: Partial<Record<FieldId, string>>;
  /** Rows after the header (numbering row and trailing blank rows excluded). */
  dataRows: GridRow[];
  recognition: TableRecognition;
  /** How messages name this table: its caption, id or nearest heading. */
  name: string;
  /** Logical column of an "n/m assessed" progress cell ("Progres Penilaian"), when the table has one. */
  progressColumn?: number;
  /** Rows in the page's markup (hidden ones included), for what MAX_ROWS_PER_TABLE left out. */
  domRows: number;
}

/**
 * Tables above this many rows are scored only up to it: a 20,000-row dump must not freeze the tab
 * (the panel says how many rows were left out).
 */
export const MAX_ROWS_PER_TABLE = 5000;

function tableName(table: Element): string {
  const caption = (table instanceof HTMLTableElement ? table.caption : null)?.textContent?.trim();
  if (caption) return caption.slice(0, 60);
  if (table.id) return `#${table.id}`.slice(0, 60);
  return 'tabel';
}

/**
 * Reads and recognises one table. Returns undefined when no header names a known field: such a table
 * (layout, calendar, key/value identity block) is not the overlay's business.
 */
export function readTable(table: Element): TableModel | undefined {
  const steps = readTableSteps(table);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * readTable in steps: pauses (yields) every few dozen rows while the table is read, so a big table is
 * read over several short tasks; returns what readTable returns.
 */
export function* readTableSteps(table: Element): Generator<void, TableModel | undefined, void> {
  const limit = MAX_ROWS_PER_TABLE + 20;
  const grid =
    table instanceof HTMLTableElement
      ? withDetachedHeader(table, yield* tableToGridSteps(table, limit))
      : divGridToGrid(table, limit);
  if (grid.rows.length < 2 || grid.width < 2) return undefined;
  // Only the header region is needed to recognise columns; the core scans the first rows itself.
  const text = gridText({ ...grid, rows: grid.rows.slice(0, RECOGNITION_ROWS) });
  const recognition = recognizeTable(text);
  const mapping = recognition.recognition.mapping as Partial<Record<FieldId, number>>;
  if (Object.keys(mapping).length === 0) return undefined;
  const labels: Partial<Record<FieldId, string>> = {};
  for (const column of recognition.recognition.columns) {
    if (column.field) labels[column.field] = column.label;
  }
  const progress = recognition.recognition.columns.find(
    (column) =>
      ASSESSED_HEADER.test(column.label.trim()) && (column.field === null || column.field === 'realisasi'),
  );
  const dataRows = grid.rows
    .slice(recognition.firstDataRow, recognition.firstDataRow + MAX_ROWS_PER_TABLE)
    .filter((row) => !row.header || rowCells(row).some((cell) => !cell.header));
  return {
    table,
    grid,
    kind: recognition.recognition.tableKind,
    mapping,
    labels,
    dataRows,
    recognition,
    name: tableName(table),
    domRows: table instanceof HTMLTableElement ? table.rows.length : (grid.domRows ?? grid.rows.length),
    ...(progress ? { progressColumn: progress.index } : {}),
  };
}

/**
 * The header table of a DataTables `scrollX`/`scrollY` body: DataTables moves the header into its own
 * `<table>` in `.dataTables_scrollHead` and leaves the body table with, at most, a zero-height copy
 * of it (docs/pages.md#pattern-13).
 */
function detachedHeaderOf(table: Element): HTMLTableElement | undefined {
  const body = table.closest('.dataTables_scrollBody');
  const head = body?.parentElement?.querySelector('.dataTables_scrollHead table');
  return head instanceof HTMLTableElement && head !== table ? head : undefined;
}

/**
 * The body's grid under its detached header's rows: one table, as the user sees it. The body's own
 * header rows (DataTables' zero-height sizing copy) are dropped; the header table's rows stand for them.
 */
function withDetachedHeader(table: Element, grid: Grid): Grid {
  const head = detachedHeaderOf(table);
  if (!head) return grid;
  const header = tableToGrid(head, 20);
  if (header.rows.length === 0) return grid;
  const width = Math.max(header.width, grid.width);
  const rows = [...header.rows, ...grid.rows.filter((row) => !row.header)];
  for (const row of rows) for (let i = row.cells.length; i < width; i++) row.cells[i] = undefined;
  return { table, rows, width, domRows: grid.domRows };
}

/** Grid row index of each `<tr>` of a table, built the first time one of its rows is patched. */
const rowIndexes = new WeakMap<TableModel, Map<Element, number>>();

function rowIndexOf(model: TableModel): Map<Element, number> {
  let index = rowIndexes.get(model);
  if (!index) {
    const built = new Map<Element, number>();
    model.grid.rows.forEach((row, at) => {
      built.set(row.source, at);
    });
    rowIndexes.set(model, built);
    index = built;
  }
  return index;
}

/**
 * Fields whose text decides which rows are indicators, people or activities and how they group (an RHK
 * run, a row's owner): an edit there may move rows between roles, so the table is read again whole.
 */
const ROLE_FIELDS: readonly FieldId[] = ['rhk', 'jenis_rhk', 'nip', 'nama_nip', 'nama'];
/** Fields where only being filled or empty decides a row's role (an indicator row has its own target). */
const PRESENCE_FIELDS: readonly FieldId[] = ['target', 'indikator', 'aktivitas'];
/** Rows at the top the column recognition reads (readTableSteps): an edit there is recognised again. */
const RECOGNITION_ROWS = 12;

const isBlankText = (text: string): boolean => text.trim() === '';

/** Index of the row's first filled slot (its width when none): TOTAL rows and section rows say it there. */
function firstFilled(row: GridRow): number {
  const at = row.cells.findIndex((cell) => cell !== undefined && !isBlankText(cell.text));
  return at < 0 ? row.cells.length : at;
}

/**
 * Whether writing `text` into the slot at `column` of `row` leaves every row's role as it was: which
 * rows are data rows, indicators, people, sections or totals, and how rows group. Only then may the
 * row be patched instead of the table read again.
 */
function keepsRoles(
  model: TableModel,
  row: GridRow,
  column: number,
  before: GridCell,
  text: string,
): boolean {
  if (before.header || row.header || rowCells(row).length < 2 || column <= firstFilled(row)) return false;
  for (const [field, at] of Object.entries(model.mapping) as [FieldId, number][]) {
    if (at !== column) continue;
    if (ROLE_FIELDS.includes(field) && before.text !== text) return false;
    if (PRESENCE_FIELDS.includes(field) && isBlankText(before.text) !== isBlankText(text)) return false;
  }
  return true;
}

/**
 * Re-reads the changed cells of a `<table>` already read into `model` (their content edited: the
 * observer's `cells`, observe.ts) into its grid, in place, and returns the grid rows they sit in (a
 * rowspanned cell: every row it covers). The grid ends up as tableToGrid would read it anew: an edit
 * changes no span and no row's visibility (attributes are not watched), and every other row keeps its
 * cells. Returns undefined, and the table must be read again whole, when an edit may change more than
 * the rows' values: a cell not in the grid (a hidden row, beyond the row limit), a header cell, a
 * field that decides the rows' roles (ROLE_FIELDS, PRESENCE_FIELDS), a row's first filled cell (TOTAL,
 * section rows), or the top rows when recognising the columns again gives another answer.
 */
export function patchRows(model: TableModel, cells: Iterable<Element>): GridRow[] | undefined {
  const rows = model.grid.rows;
  const index = rowIndexOf(model);
  const edits: { slot: GridCell; text: string }[] = [];
  const touched = new Set<number>();
  for (const cell of cells) {
    const own = cell.parentElement ? index.get(cell.parentElement) : undefined;
    if (own === undefined || !cell.isConnected) return undefined;
    const text = textOfCell(cell);
    // A rowspanned cell fills a slot in each row it covers: consecutive grid rows from its own.
    for (let at = own; at < rows.length; at++) {
      const row = rows[at]!;
      let inRow = false;
      for (let column = 0; column < row.cells.length; column++) {
        const slot = row.cells[column];
        if (slot?.source !== cell) continue;
        if (!keepsRoles(model, row, column, slot, text)) return undefined;
        inRow = true;
        edits.push({ slot, text });
      }
      if (!inRow) break;
      touched.add(at);
    }
    // A hidden cell takes no slot: whether it shows now is not known without reading the row again.
    if (!touched.has(own)) return undefined;
  }
  if (touched.size === 0) return undefined;
  for (const { slot, text } of edits) slot.text = text;
  if (Math.min(...touched) < RECOGNITION_ROWS && !sameRecognition(model)) return undefined;
  return [...touched].sort((a, b) => a - b).map((at) => rows[at]!);
}

/** Whether the columns recognised from the table's top rows, as they read now, are those of the model. */
function sameRecognition(model: TableModel): boolean {
  const text = gridText({ ...model.grid, rows: model.grid.rows.slice(0, RECOGNITION_ROWS) });
  return JSON.stringify(recognizeTable(text)) === JSON.stringify(model.recognition);
}

/** The pagination note beside a table (DataTables, bootstrap-table), a few levels up; none inside a table. */
function paginationInfo(table: Element): { note: Element; scope: Element } | undefined {
  let scope: Element | null = table.parentElement;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    const note = scope.querySelector(PAGINATION_INFO_SELECTOR);
    if (!note || note.closest('table')) continue;
    return { note, scope };
  }
  return undefined;
}

const count = (text: string | undefined): number => Number((text ?? '').replace(/[.,]/g, ''));

/** How many rows the whole list has when the page shows one page of it ("... dari 23 data"). */
export function paginatedTotal(table: Element): number | undefined {
  const info = paginationInfo(table);
  const match = info && PAGINATION_INFO.exec(info.note.textContent ?? '');
  if (!match) return undefined;
  const total = count(match[3]);
  return Number.isFinite(total) && total > 0 ? total : undefined;
}

/**
 * A table showing only part of its rows: "Menampilkan 1 sampai 3 dari 6 entri" (one page of six), or a
 * search that hid some ("... (disaring dari 10 entri keseluruhan)"). `option` is the page-length choice
 * that shows every row, as the page words it ("Semua", "All", or the largest length), when it has one.
 * Undefined when every row is shown or the page says nothing about it.
 */
export interface PartialRows {
  shown: number;
  total: number;
  option?: string;
}

export function partialRows(table: Element): PartialRows | undefined {
  const info = paginationInfo(table);
  if (!info) return undefined;
  const text = info.note.textContent ?? '';
  const match = PAGINATION_INFO.exec(text);
  if (!match) return undefined;
  const first = count(match[1]);
  const last = count(match[2]);
  const filtered = PAGINATION_FILTERED.exec(text);
  const total = filtered ? count(filtered[1]) : count(match[3]);
  const shown = first > 0 && last >= first ? last - first + 1 : 0;
  if (!(Number.isSafeInteger(total) && Number.isSafeInteger(shown)) || shown >= total) return undefined;
  const option = showAllOption(info.scope);
  return option === undefined ? { shown, total } : { shown, total, option };
}

/** The page-length choice that shows the most rows: "Semua"/"All" (DataTables' -1), else the largest. */
function showAllOption(scope: Element): string | undefined {
  const select = scope.querySelector(PAGE_LENGTH_SELECTOR);
  if (!select) return undefined;
  let best: { rows: number; text: string } | undefined;
  for (const option of Array.from(select.querySelectorAll('option'))) {
    const text = (option.textContent ?? '').trim();
    const value = Number(option.getAttribute('value') ?? text);
    const all = value < 0 || /^(semua|all|seluruh(nya)?)$/i.test(text);
    const rows = all ? Number.POSITIVE_INFINITY : value;
    if (text && (all || Number.isFinite(value)) && (!best || rows > best.rows)) best = { rows, text };
  }
  return best?.text;
}

/** The slot of a field in a row, when the table has that column. */
export function cellOf(model: TableModel, row: GridRow, field: FieldId): GridCell | undefined {
  const index = model.mapping[field];
  return index === undefined ? undefined : row.cells[index];
}

/** The text of a field in a row ('' when the column is absent or the slot empty). */
export function textOf(model: TableModel, row: GridRow, field: FieldId): string {
  return cellOf(model, row, field)?.text ?? '';
}

export const hasField = (model: TableModel, field: FieldId): boolean => model.mapping[field] !== undefined;

/** Rows beyond MAX_ROWS_PER_TABLE that were left unscored. */
export function truncatedRows(model: TableModel): number {
  const total = model.domRows;
  return Math.max(0, total - model.recognition.firstDataRow - model.dataRows.length);
}

/**
 * What a row says: its logical cells' text, joined. Scores are kept by this key, not by the `<tr>`
 * element, so a page that re-renders or clones its rows (a new element saying the same thing) costs no
 * scoring, and two rows saying the same thing share one score. Full text, not a hash: a collision
 * would show one row's score on another.
 */
export function rowKey(row: GridRow): string {
  let key = '';
  for (const cell of row.cells) key += `${cell?.text ?? ''}\u0001`;
  return key;
}

/**
 * Scores by what was scored (a row key plus whatever else decides the score). Bounded: a page that
 * shows ever new rows (infinite scroll, a re-sorted list) starts a fresh cache past `limit`.
 */
export class ScoreCache<T> {
  private readonly scores = new Map<string, T>();
  private settings: object | undefined;
  constructor(private readonly limit = 20_000) {}

  /** Forgets every score made under other settings (policy, language, package). */
  useSettings(settings: object): void {
    if (settings === this.settings) return;
    this.settings = settings;
    this.scores.clear();
  }

  get(key: string): T | undefined {
    return this.scores.get(key);
  }

  set(key: string, score: T): void {
    if (this.scores.size >= this.limit) this.scores.clear();
    this.scores.set(key, score);
  }
}
