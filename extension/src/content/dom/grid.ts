import { isHiddenElement, visibleText } from './visibility';

/** One slot of the logical grid. A spanned cell fills several slots that share one `source`. */
export interface GridCell {
  source: Element;
  /** What the user reads in the cell (see visibleText). */
  text: string;
  /** `<th>` anywhere, or any cell inside `<thead>` (docs/pages.md#pattern-3). */
  header: boolean;
  /** True only in the top-left slot of the source cell, so writers touch each cell once. */
  origin: boolean;
  colspan: number;
  rowspan: number;
}

export interface GridRow {
  source: Element;
  /** One slot per logical column; `undefined` where the row has no cell. */
  cells: (GridCell | undefined)[];
  /** Every cell of the row is header-like. */
  header: boolean;
}

/** The table as the user sees it: rowspan/colspan resolved, hidden rows and cells left out. */
export interface Grid {
  /** A `<table>`, or the container of a `<div>` list (divGridToGrid). */
  table: Element;
  rows: GridRow[];
  width: number;
  /** Rows in the markup, hidden ones included (set for `<div>` lists; a `<table>` has `rows`). */
  domRows?: number;
}

/**
 * Text and visibility of cells and rows already read, so a frame where one row changed reads one row.
 * The mutation observer forgets the cells and rows it sees change (forgetChanged); stopping the
 * overlay forgets everything (changes are not watched while it is off).
 */
let textCache = new WeakMap<Element, string>();
let hiddenCache = new WeakMap<Element, boolean>();

/** How far up a change can sit inside a `<div>` list's cell (a cell's own wrappers, links, badges). */
const DIV_CELL_DEPTH = 4;

export function forgetChanged(node: Node): void {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const cell = element?.closest('td, th');
  const row = element?.closest('tr');
  if (cell) {
    textCache.delete(cell);
    hiddenCache.delete(cell);
  }
  if (row) hiddenCache.delete(row);
  if (cell || row) return;
  // A `<div>` list has no tag that says "cell": the few elements above the change may be one.
  let up: Element | null | undefined = element;
  for (let level = 0; up && level < DIV_CELL_DEPTH; level++, up = up.parentElement) {
    textCache.delete(up);
    hiddenCache.delete(up);
  }
}

export function forgetAll(): void {
  textCache = new WeakMap();
  hiddenCache = new WeakMap();
}

function hidden(element: Element): boolean {
  // Nothing hides an element without an attribute (isHiddenElement): not worth a cache entry.
  if (!element.hasAttributes()) return false;
  let value = hiddenCache.get(element);
  if (value === undefined) {
    value = isHiddenElement(element);
    hiddenCache.set(element, value);
  }
  return value;
}

/** What the user reads in a cell (cached until the observer sees it change). */
export function textOfCell(cell: Element): string {
  // A cell of text alone ("12 Dokumen") is read as fast as the cache is looked up: kept out of it.
  if (!cell.firstElementChild) return visibleText(cell);
  let value = textCache.get(cell);
  if (value === undefined) {
    value = visibleText(cell);
    textCache.set(cell, value);
  }
  return value;
}

/** Browsers cap spans (HTML: colspan <= 1000, rowspan <= 65534); hostile markup must not blow up memory. */
const MAX_COLSPAN = 1000;

/** Row groups of the table in order; a hidden thead/tbody/tfoot (a template, a collapsed group) is left out. */
function rowGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | undefined;
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TR') {
      if (!loose) {
        loose = [];
        groups.push(loose);
      }
      loose.push(child as Element);
    } else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      loose = undefined;
      if (hidden(child)) continue;
      const rows: Element[] = [];
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (row.tagName === 'TR') rows.push(row as Element);
      }
      groups.push(rows);
    }
  }
  return groups;
}

function spanOf(value: string | null, max: number): number {
  if (value === null) return 1;
  const n = Number.parseInt(value, 10);
  // rowspan="0" means "to the end of the row group" (HTML spec).
  if (n === 0) return max;
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, max);
}

/**
 * Builds the logical grid of a table: each `<tr>` becomes one row of `width` slots, a cell with
 * rowspan/colspan fills every slot it covers (so a rowspanned RHK cell gives each of its indicator rows
 * its RHK: docs/pages.md#pattern-1, layouts a and b). Rowspans stay inside their row group (HTML).
 * Hidden rows keep their slots while spans are resolved, then are dropped; hidden cells take no slot,
 * as in the rendered table. `maxRows` bounds the work on huge tables (DOM rows, hidden ones included).
 */
export function tableToGrid(table: Element, maxRows = Number.POSITIVE_INFINITY): Grid {
  const steps = tableToGridSteps(table, maxRows);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Rows read between two pauses of tableToGridSteps. */
const ROWS_PER_STEP = 64;

/**
 * tableToGrid in steps: pauses (yields) after every ROWS_PER_STEP rows, so a caller can read a big
 * table over several short tasks (the page reacts in between) and resume where it paused.
 */
export function* tableToGridSteps(
  table: Element,
  maxRows = Number.POSITIVE_INFINITY,
): Generator<void, Grid, void> {
  const rows: GridRow[] = [];
  let width = 0;
  let budget = maxRows;
  for (const whole of rowGroups(table)) {
    if (budget <= 0) break;
    const group = whole.length > budget ? whole.slice(0, budget) : whole;
    budget -= group.length;
    const occupied: (GridCell | undefined)[][] = group.map(() => []);
    const hiddenRows = group.map((tr) => hidden(tr));
    for (let r = 0; r < group.length; r++) {
      if (r > 0 && r % ROWS_PER_STEP === 0) yield;
      const tr = group[r]!;
      const slots = occupied[r]!;
      const rowHidden = hiddenRows[r]!;
      const inHead = tr.parentElement?.tagName === 'THEAD';
      let col = 0;
      for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
        if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
        if (!rowHidden && hidden(cell)) continue;
        const source = cell as Element;
        while (slots[col]) col++;
        const colspan = spanOf(source.getAttribute('colspan'), MAX_COLSPAN);
        const rowspan = spanOf(source.getAttribute('rowspan'), group.length - r);
        const header = inHead || source.tagName === 'TH';
        const text = rowHidden ? '' : textOfCell(source);
        for (let dr = 0; dr < rowspan; dr++) {
          const target = occupied[r + dr]!;
          for (let dc = 0; dc < colspan; dc++) {
            target[col + dc] = { source, text, header, origin: dr === 0 && dc === 0, colspan, rowspan };
          }
        }
        col += colspan;
      }
    }
    group.forEach((tr, r) => {
      if (hiddenRows[r]) return;
      const cells = occupied[r]!;
      if (cells.length === 0) return;
      width = Math.max(width, cells.length);
      const present = cells.filter((c): c is GridCell => c !== undefined);
      rows.push({ source: tr, cells, header: present.length > 0 && present.every((c) => c.header) });
    });
  }
  for (const row of rows) {
    for (let i = 0; i < width; i++) if (!(i in row.cells)) row.cells[i] = undefined;
  }
  return { table, rows, width };
}

/** The grid as plain text, the shape the core's column recognition reads (shared/columns). */
export function gridText(grid: Grid): string[][] {
  return grid.rows.map((row) => {
    const out: string[] = [];
    for (let i = 0; i < grid.width; i++) out.push(row.cells[i]?.text ?? '');
    return out;
  });
}

/** The distinct cells of a row in column order (a spanned cell once). */
export function rowCells(row: GridRow): GridCell[] {
  const seen = new Set<Element>();
  const out: GridCell[] = [];
  for (const cell of row.cells) {
    if (cell && !seen.has(cell.source)) {
      seen.add(cell.source);
      out.push(cell);
    }
  }
  return out;
}

// ---------- lists drawn with <div>s: docs/pages.md#pattern-18 ----------

/** Containers that say they are a grid (WAI-ARIA 1.2 grid, table, treegrid roles). */
export const ARIA_GRID_SELECTOR = '[role="grid"], [role="table"], [role="treegrid"]';
const ARIA_CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** A repeated-rows list has at least this many rows (header included) of this many cells. */
const MIN_LIST_ROWS = 3;
const MIN_LIST_CELLS = 3;
const MAX_LIST_CELLS = 40;

const isAriaGrid = (element: Element): boolean => element.matches(ARIA_GRID_SELECTOR);

/** The ARIA rows of a grid (inside its rowgroups), not those of a grid or table nested in it. */
function ariaRows(grid: Element): Element[] {
  return Array.from(grid.querySelectorAll('[role="row"]')).filter(
    (row) => row.parentElement?.closest(`${ARIA_GRID_SELECTOR}, table`) === grid,
  );
}

/** The ARIA cells of a row, in document order (a cell's own content may hold more elements). */
function ariaCells(row: Element): Element[] {
  return Array.from(row.querySelectorAll('[role]')).filter(
    (cell) =>
      ARIA_CELL_ROLES.has(cell.getAttribute('role') ?? '') &&
      cell.parentElement?.closest('[role="row"]') === row,
  );
}

/**
 * Whether `container`'s children are the rows of one list: at least MIN_LIST_ROWS children of one tag,
 * each with the same number (MIN_LIST_CELLS..MAX_LIST_CELLS) of element children, its cells. A CSS
 * grid or flex list of `<div class="row">` rows, a `<ul>` of `<li>` rows. The header row is one of the
 * rows (the core's column recognition finds it by its labels, as in a table without `<th>`).
 */
export function isRepeatedRows(container: Element): boolean {
  if (container.childElementCount < MIN_LIST_ROWS) return false;
  const first = container.firstElementChild!;
  const cells = first.childElementCount;
  if (cells < MIN_LIST_CELLS || cells > MAX_LIST_CELLS) return false;
  for (let row = first.nextElementSibling; row; row = row.nextElementSibling) {
    if (row.tagName !== first.tagName || row.childElementCount !== cells) return false;
  }
  return true;
}

/** Elements a list is never looked for in: tables (read as tables), and what holds no page text. */
const NOT_A_LIST = new Set(['TABLE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'SELECT', 'HEAD']);

/**
 * Lists drawn with `<div>`s: ARIA grids outside tables, and containers of repeated rows (isRepeatedRows)
 * outside tables and ARIA grids. Whether a list is about people or indicators is decided later by the
 * same column recognition as a table's; most found here are not, and are dropped there.
 */
export function findDivLists(doc: Document): Element[] {
  const found: Element[] = [];
  const body = doc.body;
  if (!body) return found;
  const walker = doc.createTreeWalker(body, 1, {
    acceptNode: (node) => (NOT_A_LIST.has((node as Element).tagName) ? 2 : 1),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (isAriaGrid(element)) {
      found.push(element);
      continue;
    }
    if (isRepeatedRows(element) && !element.parentElement?.closest(ARIA_GRID_SELECTOR)) found.push(element);
  }
  return found;
}

/**
 * Builds the logical grid of a `<div>` list: an ARIA grid's rows and cells (`aria-colspan` fills slots
 * as colspan does; `columnheader` cells are header cells), or a repeated-rows container's children and
 * theirs. Hidden rows and cells are left out, as in tableToGrid.
 */
export function divGridToGrid(container: Element, maxRows = Number.POSITIVE_INFINITY): Grid {
  const aria = isAriaGrid(container);
  const all = aria ? ariaRows(container) : Array.from(container.children);
  const rows: GridRow[] = [];
  let width = 0;
  for (const source of all.slice(0, maxRows)) {
    if (hidden(source)) continue;
    const cells: GridCell[] = [];
    for (const cell of aria ? ariaCells(source) : Array.from(source.children)) {
      if (hidden(cell)) continue;
      const colspan = aria ? spanOf(cell.getAttribute('aria-colspan'), MAX_COLSPAN) : 1;
      const header = cell.getAttribute('role') === 'columnheader';
      const text = textOfCell(cell);
      for (let dc = 0; dc < colspan; dc++)
        cells.push({ source: cell, text, header, origin: dc === 0, colspan, rowspan: 1 });
    }
    if (cells.length === 0) continue;
    width = Math.max(width, cells.length);
    rows.push({ source, cells, header: cells.every((cell) => cell.header) });
  }
  for (const row of rows) for (let i = row.cells.length; i < width; i++) row.cells[i] = undefined;
  return { table: container, rows, width, domRows: all.length };
}
