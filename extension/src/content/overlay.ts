import { type FieldId, formatIssue, locate, type TableKind } from '../../../shared';
import type { PageStatus } from '../messaging';
import { removeAllOverlay } from './dom/badge';
import { findDivLists, forgetAll } from './dom/grid';
import { isHiddenInTree, visibleText } from './dom/visibility';
import {
  appliesTo,
  type Feature,
  type FeatureHost,
  logFeatureError,
  type OverlaySettings,
  type ScanBatch,
  type Write,
} from './features/registry';
import { readTable, type TableModel } from './model/table';
import { findNip } from './model/values';
import { type PageChanges, type PageWatcher, watchPage } from './observe';
import { isExcludedPage, type PageType, pageTypeOf, pageTypesOf } from './pages';
import { CARD_SELECTOR, OVERLAY_ATTRIBUTE } from './selectors';
import { countScored, PageSummary } from './summary';

/** How the overlay spends the page's main thread. */
export interface OverlayOptions {
  /**
   * Longest a scan may score rows in one task before it yields to the page (the rest is scored in the
   * next task, already scored rows are not scored again). Undefined: every scan runs to the end in one
   * go (unit tests, which read the page right after start()).
   */
  sliceMs?: number;
}

/** Rows scored in a slice before the time is looked at: a slice always makes progress. */
const MIN_ROWS_PER_SLICE = 32;

/**
 * Badges written per slice at most. What a slice writes is laid out and painted in the frame after it,
 * a task of the page's own; on a 2,000-row table ~1,000 badges at once made that one frame a 300 ms
 * task. Bounded, each frame lays out a few hundred new badges (rows scored beyond it wait for the next
 * slice).
 */
const BADGES_PER_SLICE = 400;

/** A new task without the 4 ms clamp of nested timers, so the page can paint and react in between. */
function nextTask(doc: Document, run: () => void): void {
  const scheduler = (doc.defaultView as { scheduler?: { postTask?: (cb: () => void) => unknown } } | null)
    ?.scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(run);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => run();
  channel.port2.postMessage(null);
}

export interface Overlay {
  start(): void;
  stop(): void;
  status(): PageStatus;
  updateSettings(settings: OverlaySettings): void;
  /** Runs a pending scan now (tests, benchmark). */
  flush(): void;
}

/** Person cards: innermost card-like elements outside tables holding exactly one NIP. */
export function findPersonCards(doc: Document): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(doc.querySelectorAll(CARD_SELECTOR))) {
    if (element.closest(`table, [${OVERLAY_ATTRIBUTE}]`) || element.querySelector('table')) continue;
    const text = visibleText(element);
    if (!findNip(text) || isHiddenInTree(element)) continue;
    found.push(element);
  }
  return found.filter((card) => !found.some((other) => other !== card && card.contains(other)));
}

/** Whether a card-like element is a row (or inside a row) of a `<div>` list read as a table. */
const insideList = (card: Element, models: readonly TableModel[]): boolean =>
  models.some((model) => model.table !== card && model.table.contains(card));

function tableKindOf(model: TableModel): TableKind {
  return model.kind;
}

/**
 * The overlay of one tab: reads changed tables once per frame, lets every feature score what it needs,
 * then writes all badges at once. Navigation (SPA route change) aborts the features' signal, removes
 * every badge and starts over; turning the overlay off does the same and stops watching.
 */
export function createOverlay(
  doc: Document,
  initial: OverlaySettings,
  features: readonly Feature[],
  options: OverlayOptions = {},
): Overlay {
  let settings = initial;
  let running = false;
  let controller = new AbortController();
  let handlers: { feature: Feature; handler: (batch: ScanBatch) => Write[] }[] = [];
  let watcher: PageWatcher | undefined;
  /** Tables with rows left for the next task, and their models (reused while the table is unchanged). */
  let unfinished = new Map<Element, TableModel>();
  let continuation = false;
  let lastUrl = doc.location?.href ?? '';
  let pageType: PageType = 'unknown';
  let cardCount = 0;
  let needFull = true;
  const summary = new PageSummary();
  const known = new Map<Element, { kind: TableKind; fields: FieldId[]; issues: string[] }>();

  const initFeatures = (): void => {
    controller = new AbortController();
    handlers = [];
    for (const feature of features) {
      const host: FeatureHost = { onScan: (handler) => handlers.push({ feature, handler }) };
      try {
        feature.init(controller.signal, host);
      } catch (error) {
        logFeatureError(feature.id, error, settings.lang);
      }
    }
  };

  const reset = (): void => {
    controller.abort();
    summary.clear();
    known.clear();
    removeAllOverlay();
    unfinished = new Map();
    initFeatures();
    needFull = true;
  };

  const continueSoon = (): void => {
    if (continuation) return;
    continuation = true;
    nextTask(doc, () => {
      continuation = false;
      if (running && unfinished.size > 0) watcher?.runNow();
    });
  };

  const scan = (changes: PageChanges): void => {
    if (!running) return;
    const url = doc.location?.href ?? '';
    if (url !== lastUrl) {
      lastUrl = url;
      reset();
    }
    // Re-checked every frame: an SPA can show its login form first and the SKP after signing in.
    if (isExcludedPage(url, doc)) {
      needFull = true;
      return;
    }
    const full = needFull || changes.full === true;
    needFull = false;
    const carried = unfinished;
    unfinished = new Map();
    // <div> lists (pattern 18) are looked for again whenever content outside tables changed.
    const divLists = full || changes.outsideTables ? findDivLists(doc) : [];
    const tables = full
      ? [...Array.from(doc.getElementsByTagName('table')), ...divLists]
      : [...new Set([...changes.tables, ...carried.keys(), ...divLists])];
    const models: TableModel[] = [];
    for (const table of tables) {
      try {
        if (!table.isConnected || isHiddenInTree(table)) {
          known.delete(table);
          continue;
        }
        // A table left unfinished and untouched since is not read again.
        const model = (!changes.tables.has(table) && carried.get(table)) || readTable(table);
        if (!model || model.kind === 'unknown') {
          known.delete(table);
          continue;
        }
        known.set(table, {
          kind: tableKindOf(model),
          fields: Object.keys(model.mapping) as FieldId[],
          issues: model.recognition.recognition.issues.map((issue) =>
            formatIssue(locate(issue, { element: `tabel "${model.name}"` }), settings.lang),
          ),
        });
        models.push(model);
      } catch (error) {
        logFeatureError('tables', error, settings.lang);
      }
    }
    for (const table of known.keys()) if (!table.isConnected) known.delete(table);
    let cards: Element[] | undefined;
    if (full || changes.outsideTables) {
      try {
        cards = findPersonCards(doc).filter((card) => !insideList(card, models));
        cardCount = cards.length;
      } catch (error) {
        logFeatureError('cards', error, settings.lang);
      }
    }
    const findings = { tableKinds: [...known.values()].map((k) => k.kind), cards: cardCount };
    pageType = pageTypeOf(findings);
    const pageTypes = pageTypesOf(findings);
    const sliced = options.sliceMs !== undefined;
    const deadline = sliced ? performance.now() + (options.sliceMs ?? 0) : Number.POSITIVE_INFINITY;
    const maxBadges = sliced ? BADGES_PER_SLICE : Number.POSITIVE_INFINITY;
    let scored = 0;
    const left = new Set<Element>();
    const batch: ScanBatch = {
      doc,
      pageType,
      tables: models,
      cards,
      settings,
      summary,
      stats: { touchedRows: 0 },
      mayScore: () =>
        ++scored <= MIN_ROWS_PER_SLICE ||
        (batch.stats.touchedRows < maxBadges && performance.now() < deadline),
      unfinished: left,
    };
    const writes: { feature: Feature; write: Write }[] = [];
    for (const { feature, handler } of handlers) {
      if (!appliesTo(feature, pageTypes)) continue;
      try {
        for (const write of handler(batch)) writes.push({ feature, write });
      } catch (error) {
        logFeatureError(feature.id, error, settings.lang);
      }
    }
    // Every planned write runs in this task (the badge cap bounds them, except each person's badge
    // once a table's last indicator is scored): badges that grow their rows cost a layout of every row
    // below them per frame they are spread over, so they are not spread.
    for (const { feature, write } of writes) {
      try {
        write();
      } catch (error) {
        logFeatureError(feature.id, error, settings.lang);
      }
    }
    for (const model of models) if (left.has(model.table)) unfinished.set(model.table, model);
    if (unfinished.size > 0) continueSoon();
    try {
      performance.mark('nilai-kerja:done', {
        detail: {
          rows: countScored(summary.contributions()),
          touched: batch.stats.touchedRows,
          pageType,
          complete: unfinished.size === 0,
          scans: watcher?.scans() ?? 0,
        },
      });
    } catch {
      // performance.mark with detail is missing in very old browsers; the mark is only for measuring.
    }
  };

  // A route change is one more reason to scan in the next frame, never a scan of its own: a page
  // firing 1,000 popstate or hashchange events costs one scan.
  const onNavigate = (): void => {
    if (running) watcher?.requestFull();
  };

  return {
    start() {
      if (running) return;
      running = true;
      lastUrl = doc.location?.href ?? '';
      initFeatures();
      needFull = true;
      watcher = watchPage(doc, scan);
      doc.defaultView?.addEventListener('popstate', onNavigate);
      doc.defaultView?.addEventListener('hashchange', onNavigate);
      const navigation = (doc.defaultView as { navigation?: EventTarget } | null)?.navigation;
      navigation?.addEventListener('currententrychange', onNavigate);
      watcher.requestFull();
      watcher.runNow();
    },
    stop() {
      if (!running) return;
      running = false;
      watcher?.stop();
      watcher = undefined;
      doc.defaultView?.removeEventListener('popstate', onNavigate);
      doc.defaultView?.removeEventListener('hashchange', onNavigate);
      (doc.defaultView as { navigation?: EventTarget } | null)?.navigation?.removeEventListener(
        'currententrychange',
        onNavigate,
      );
      controller.abort();
      summary.clear();
      known.clear();
      unfinished = new Map();
      removeAllOverlay();
      forgetAll();
    },
    status() {
      const fields = new Set<string>();
      const issues: string[] = [];
      for (const k of known.values()) {
        for (const f of k.fields) fields.add(f);
        issues.push(...k.issues);
      }
      return {
        pageType,
        rows: running ? countScored(summary.contributions()) : 0,
        recognised: [...fields].sort(),
        overlay: running,
        issues: issues.slice(0, 20),
      };
    },
    updateSettings(next) {
      settings = next;
      if (!running) return;
      reset();
      watcher?.requestFull();
      watcher?.runNow();
    },
    flush() {
      watcher?.runNow();
    },
  };
}
