import { isHiddenElement, visibleText } from './visibility';

/** One slot of the logical grid. A spanned cell fills several slots that share one `source`. */
export interface GridCell {
  source: HTMLTableCellElement;
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
  source: HTMLTableRowElement;
  /** One slot per logical column; `undefined` where the row has no cell. */
  cells: (GridCell | undefined)[];
  /** Every cell of the row is header-like. */
  header: boolean;
}

/** The table as the user sees it: rowspan/colspan resolved, hidden rows and cells left out. */
export interface Grid {
  table: HTMLTableElement;
  rows: GridRow[];
  width: number;
}

/**
 * Text and visibility of cells and rows already read, so a frame where one row changed reads one row.
 * The mutation observer forgets the cells and rows it sees change (forgetChanged); stopping the
 * overlay forgets everything (changes are not watched while it is off).
 */
let textCache = new WeakMap<Element, string>();
let hiddenCache = new WeakMap<Element, boolean>();

export function forgetChanged(node: Node): void {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const cell = element?.closest('td, th');
  const row = element?.closest('tr');
  if (cell) {
    textCache.delete(cell);
    hiddenCache.delete(cell);
  }
  if (row) hiddenCache.delete(row);
}

export function forgetAll(): void {
  textCache = new WeakMap();
  hiddenCache = new WeakMap();
}

function hidden(element: Element): boolean {
  let value = hiddenCache.get(element);
  if (value === undefined) {
    value = isHiddenElement(element);
    hiddenCache.set(element, value);
  }
  return value;
}

function textOfCell(cell: Element): string {
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
function rowGroups(table: HTMLTableElement): HTMLTableRowElement[][] {
  const groups: HTMLTableRowElement[][] = [];
  let loose: HTMLTableRowElement[] | undefined;
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TR') {
      if (!loose) {
        loose = [];
        groups.push(loose);
      }
      loose.push(child as HTMLTableRowElement);
    } else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      loose = undefined;
      if (hidden(child)) continue;
      const rows: HTMLTableRowElement[] = [];
      for (let row = child.firstElementChild; row; row = row.nextElementSibling) {
        if (row.tagName === 'TR') rows.push(row as HTMLTableRowElement);
      }
      groups.push(rows);
    }
  }
  return groups;
}

function spanOf(value: string | null, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
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
export function tableToGrid(table: HTMLTableElement, maxRows = Number.POSITIVE_INFINITY): Grid {
  const rows: GridRow[] = [];
  let width = 0;
  let budget = maxRows;
  for (const whole of rowGroups(table)) {
    if (budget <= 0) break;
    const group = whole.length > budget ? whole.slice(0, budget) : whole;
    budget -= group.length;
    const occupied: (GridCell | undefined)[][] = group.map(() => []);
    const hiddenRows = group.map((tr) => hidden(tr));
    group.forEach((tr, r) => {
      const slots = occupied[r]!;
      const rowHidden = hiddenRows[r]!;
      const inHead = tr.parentElement?.tagName === 'THEAD';
      let col = 0;
      for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
        if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
        if (!rowHidden && hidden(cell)) continue;
        const source = cell as HTMLTableCellElement;
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
    });
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
  const seen = new Set<HTMLTableCellElement>();
  const out: GridCell[] = [];
  for (const cell of row.cells) {
    if (cell && !seen.has(cell.source)) {
      seen.add(cell.source);
      out.push(cell);
    }
  }
  return out;
}
