import { ARIA_GRID_SELECTOR, forgetChanged } from './dom/grid';
import { isOwned } from './dom/owned';

/** What changed in the page since the last frame, as far as the overlay cares. */
export interface PageChanges {
  tables: Set<Element>;
  /** Content outside tables changed: person cards must be looked for again. */
  outsideTables: boolean;
  /** Read every table again (a route change, new settings). */
  full?: boolean;
  /**
   * `<table>` -> its cells whose content changed (text edited, a child added or removed inside a cell).
   * A table whose only changes are these may be patched in place (model/table.ts patchRows).
   */
  cells?: Map<Element, Set<Element>>;
  /**
   * Tables changed beyond their cells' content (rows or cells added or removed, a new table, a change
   * in an ARIA grid): read again whole.
   */
  structural?: Set<Element>;
}

/** What a change lands on: a table or an ARIA grid (a CSS list of rows is found again: overlay.ts). */
const LIST_SELECTOR = `table, ${ARIA_GRID_SELECTOR}`;

/** Our elements hold nothing in the light DOM (their content is in their shadow roots). */
const insideOverlay = (node: Node): boolean => isOwned(node) || isOwned(node.parentNode);

function tablesIn(node: Node, into: PageChanges): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  const tables = element.tagName === 'TABLE' ? [element] : Array.from(element.getElementsByTagName('table'));
  for (const table of tables) {
    into.tables.add(table);
    markStructural(table, into);
  }
}

function markStructural(table: Element, into: PageChanges): void {
  into.structural ??= new Set();
  into.structural.add(table);
}

/**
 * Files a change under its list: the cell whose content it is, when it sits inside a `<td>`/`<th>` of
 * that `<table>` (a realisasi edited), else the list as a whole (rows added or removed, an ARIA grid).
 */
function noteChange(inside: Element | null, into: PageChanges): void {
  const table = inside?.closest(LIST_SELECTOR);
  if (!table) {
    into.outsideTables = true;
    return;
  }
  into.tables.add(table);
  const cell = inside?.closest('td, th');
  if (table.tagName !== 'TABLE' || !cell || cell.closest(LIST_SELECTOR) !== table) {
    markStructural(table, into);
    return;
  }
  into.cells ??= new Map();
  const cells = into.cells.get(table);
  if (cells) cells.add(cell);
  else into.cells.set(table, new Set([cell]));
}

/**
 * Sorts mutation records into the tables they touch. Our own badges and panel are skipped (by
 * ownership, owned.ts), so the overlay's writes never retrigger it, while a page's copy of a badge
 * (a cloned row) does; a row swapped by a paginator, a tbody replaced by DataTables, an AJAX fill or a
 * whole new `<body>` (Turbo, pjax) all land on their tables.
 */
export function collectChanges(records: readonly MutationRecord[], into: PageChanges): void {
  for (const record of records) {
    if (insideOverlay(record.target)) continue;
    if (record.type === 'childList') {
      // Our own badges and panel (never a page element that copies their class or attribute).
      const added = Array.from(record.addedNodes).filter((n) => !isOwned(n));
      const removed = Array.from(record.removedNodes).filter((n) => !isOwned(n));
      if (added.length === 0 && removed.length === 0) continue;
      forgetChanged(record.target);
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      noteChange(target, into);
      for (const node of added) tablesIn(node, into);
    } else {
      forgetChanged(record.target);
      noteChange(record.target.parentElement, into);
    }
  }
}

/** What the overlay asks of the watcher. */
export interface PageWatcher {
  stop: () => void;
  /** Schedules a scan of everything (a route change): at most one per frame, however many requests. */
  requestFull: () => void;
  /** Runs the scan now with whatever changed (tests, the benchmark, a continued pass). */
  runNow: () => void;
  /** Scans that ran since the watcher started (exposed, as a number only, for tests and the bench). */
  scans: () => number;
  /**
   * Runs the overlay's own writes unobserved: the page's records so far are filed first, then the
   * observer is off while `writes` runs, synchronously (no page script runs in between, save a legacy
   * `DOMNodeInserted` listener: mutation events, off by default since Chrome 127), so the thousands
   * of badges a big table gets cost no mutation record at all instead of records skipped one by one.
   * Only while watching (after stop() it would start watching again).
   */
  unobserved: (writes: () => void) => void;
}

/**
 * Watches the page without polling. The observer sits on the document itself, because AJAX fills and
 * SPA routes create tables anywhere and Turbo/pjax replace `<body>` (an observer on the old body would
 * go deaf), but it only reports the tables touched. Work is coalesced to one animation frame: a flood
 * of mutations, `popstate` or `hashchange` events costs one scan (with a timer fallback for background
 * tabs, where frames do not run).
 */
export function watchPage(
  doc: Document,
  onFrame: (changes: PageChanges, inFrame: boolean) => void,
): PageWatcher {
  let pending: PageChanges = { tables: new Set(), outsideTables: false };
  let scheduled = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scans = 0;
  const view = doc.defaultView ?? globalThis;
  /** `inFrame`: called from the frame (or the background tab's timer), where writes may run at once. */
  const run = (inFrame: boolean): void => {
    if (!scheduled) return;
    scheduled = false;
    view.cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    // Records the page made since the last callback belong to this frame's scan.
    collectChanges(observer.takeRecords(), pending);
    const changes = pending;
    pending = { tables: new Set(), outsideTables: false };
    scans++;
    onFrame(changes, inFrame);
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    frame = view.requestAnimationFrame(() => run(true));
    timer = setTimeout(() => run(true), 250);
  };
  const observe = (): void => observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const note = (records: readonly MutationRecord[]): void => {
    collectChanges(records, pending);
    if (pending.tables.size === 0 && !pending.outsideTables) return;
    schedule();
  };
  const observer = new MutationObserver(note);
  observe();
  return {
    stop: () => {
      observer.disconnect();
      scheduled = false;
      view.cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    },
    requestFull: () => {
      pending.outsideTables = true;
      pending.full = true;
      schedule();
    },
    runNow: () => {
      scheduled = true;
      run(false);
    },
    scans: () => scans,
    unobserved: (writes) => {
      note(observer.takeRecords());
      observer.disconnect();
      try {
        writes();
      } finally {
        observe();
      }
    },
  };
}
