import { forgetChanged } from './dom/grid';
import { OVERLAY_ATTRIBUTE } from './selectors';

/** What changed in the page since the last frame, as far as the overlay cares. */
export interface PageChanges {
  tables: Set<HTMLTableElement>;
  /** Content outside tables changed: person cards must be looked for again. */
  outsideTables: boolean;
}

const isOverlayNode = (node: Node): boolean =>
  node.nodeType === 1 && (node as Element).hasAttribute(OVERLAY_ATTRIBUTE);

function insideOverlay(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(`[${OVERLAY_ATTRIBUTE}]`) != null;
}

function tablesIn(node: Node, into: Set<HTMLTableElement>): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (element.tagName === 'TABLE') into.add(element as HTMLTableElement);
  else for (const table of Array.from(element.getElementsByTagName('table'))) into.add(table);
}

/**
 * Sorts mutation records into the tables they touch. Our own badges and panel are skipped, so the
 * overlay's writes never retrigger it; a row swapped by a paginator, a tbody replaced by DataTables or
 * an AJAX fill all land on their table.
 */
export function collectChanges(records: readonly MutationRecord[], into: PageChanges): void {
  for (const record of records) {
    if (insideOverlay(record.target)) continue;
    if (record.type === 'childList') {
      const added = Array.from(record.addedNodes).filter((n) => !isOverlayNode(n));
      const removed = Array.from(record.removedNodes).filter((n) => !isOverlayNode(n));
      if (added.length === 0 && removed.length === 0) continue;
      forgetChanged(record.target);
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const table = target?.closest('table');
      if (table) into.tables.add(table as HTMLTableElement);
      else into.outsideTables = true;
      for (const node of added) tablesIn(node, into.tables);
    } else {
      forgetChanged(record.target);
      const table = record.target.parentElement?.closest('table');
      if (table) into.tables.add(table as HTMLTableElement);
      else into.outsideTables = true;
    }
  }
}

/**
 * Watches the page without polling. The observer sits on the body because AJAX fills and SPA routes
 * create tables anywhere, but it only reports the tables touched; work is batched to one animation frame
 * (with a timer fallback for background tabs, where frames do not run).
 */
export function watchPage(
  root: Element,
  onFrame: (changes: PageChanges) => void,
): { stop: () => void; drop: () => void } {
  let pending: PageChanges = { tables: new Set(), outsideTables: false };
  let scheduled = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    if (!scheduled) return;
    scheduled = false;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    const changes = pending;
    pending = { tables: new Set(), outsideTables: false };
    onFrame(changes);
  };
  const observer = new MutationObserver((records) => {
    collectChanges(records, pending);
    if (pending.tables.size === 0 && !pending.outsideTables) return;
    if (scheduled) return;
    scheduled = true;
    frame = requestAnimationFrame(run);
    timer = setTimeout(run, 250);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    stop: () => {
      observer.disconnect();
      scheduled = false;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    },
    /** Discards records caused by our own writes (called right after writing). */
    drop: () => {
      observer.takeRecords();
    },
  };
}
