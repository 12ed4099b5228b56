import { type FieldId, formatIssue, locate, type TableKind } from '../../../shared';
import type { PageStatus } from '../messaging';
import { removeAllOverlay } from './dom/badge';
import { prepareWrite } from './dom/badge-slots';
import type { GridRow } from './dom/grid';
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
import { patchRows, readTableSteps, type TableModel } from './model/table';
import { findNip } from './model/values';
import { type PageChanges, type PageWatcher, watchPage } from './observe';
import { isExcludedPage, type PageType, pageTypeOf, pageTypesOf } from './pages';
import { PERIOD_API, type PeriodApi } from './period/api';
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
 * Badges planned per slice at most, so the first slice (the rows at the top, which the user sees)
 * reaches the screen early instead of waiting for the whole table.
 */
const BADGES_PER_SLICE = 400;

/**
 * Writes run in one animation frame at most, and writes waiting that send a frame before every row is
 * scored. Each frame that inserts badges costs a layout of the whole table (auto table layout, ~60-85
 * ms however few it inserts: CONTRACT.md#layout-cost) plus the new badges' own, so the overlay writes in
 * as few frames as it can: the top of the table as soon as its first slice is scored, then the rest
 * once every row is scored. Measured on the bench's 2,000-row table (4,000 badges; medians of 12 runs
 * each, same build otherwise, bench/extension.ts), last badge painted / longest task / tasks over 50 ms
 * / total blocking time: 1,200 writes a frame (5 writing frames) 1,012 / 197 / 6 / 474 ms; 2,000 a frame
 * 903 / 284 / 4 / 462 ms; all after the first slice in one frame 759 / 368 / 3 / 389 ms, first badges
 * alike (~290 ms). The page is busy for the least time in all with the fewest frames, at the price of
 * one longer task. The bound keeps a table at the 5,000-row limit (10,000 badges) from writing all of
 * them in one frame of a second.
 */
const WRITES_PER_FRAME = 4000;

/**
 * A new task without the 4 ms clamp of nested timers, so the page can paint and react in between
 * (scheduler.postTask: Chrome 94, below the manifest's minimum_chrome_version 109; a timer where a
 * document has no window).
 */
function nextTask(doc: Document, run: () => void): void {
  const scheduler = (doc.defaultView as { scheduler?: { postTask: (cb: () => void) => unknown } } | null)
    ?.scheduler;
  if (scheduler) void scheduler.postTask(run);
  else setTimeout(run);
}

/**
 * The frame a batch of writes goes into. Any insertion into a big table costs the browser a layout of
 * the whole table (in an auto-layout table one new badge moves every column), so the number of frames
 * that write is what the page pays for: writes planned in short tasks are held and run together in
 * one frame (the first slice's, so the top of the table shows early, then the rest once every row is
 * scored), and nothing of the page's layout is read after them (CONTRACT.md#timing-marks).
 */
function nextFrame(doc: Document, run: () => void): () => void {
  const view = doc.defaultView;
  if (!view?.requestAnimationFrame) {
    nextTask(doc, run);
    return () => undefined;
  }
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    view.cancelAnimationFrame(frame);
    clearTimeout(timer);
    run();
  };
  const frame = view.requestAnimationFrame(once);
  // A background tab runs no frames: its badges are written anyway, a little later.
  const timer = setTimeout(once, 250);
  return () => {
    done = true;
    view.cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
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

/**
 * The period module when a table of this frame loaded it (on-demand.ts), else undefined: never loads
 * it. Without it no verdict on the page depends on the period it names.
 */
const loadedPeriodApi = (): PeriodApi | undefined =>
  (globalThis as unknown as Record<symbol, PeriodApi | undefined>)[PERIOD_API];

/** Whether a card-like element is a row (or inside a row) of a `<div>` list read as a table. */
const insideList = (card: Element, models: readonly TableModel[]): boolean =>
  models.some((model) => model.table !== card && model.table.contains(card));

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
  /** Tables still being read (a big table is read over several tasks), and where each reading is. */
  let reading = new Map<Element, Generator<void, TableModel | undefined, void>>();
  let continuation = false;
  let lastUrl = doc.location?.href ?? '';
  let pageType: PageType = 'unknown';
  let cardCount = 0;
  let needFull = true;
  /** Writes planned by slices and not yet run, the rows they touch, and the frame they wait for. */
  let queued: { feature: Feature; write: Write }[] = [];
  let queuedTouched = 0;
  /** Queued writes whose badges are built ahead (queued[0..prepared)). */
  let prepared = 0;
  let preparing = false;
  let cancelFlush: (() => void) | undefined;
  /** Whether the current pass has put its first badges on screen (the top of the table). */
  let shownFirst = false;
  /** The last model of each table read to its end: rows edited in place are patched into it. */
  let current = new Map<Element, TableModel>();
  /** Rows read from the page since the last `done` mark (a whole table, or the rows patched). */
  let rowsRead = 0;
  /**
   * What the page said of its period at the last full pass (PeriodApi.pageKey), while the period module
   * is here: a change outside the data tables that moves it scores every table again.
   */
  let periodKey: string | undefined;
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

  const dropQueued = (): void => {
    cancelFlush?.();
    cancelFlush = undefined;
    queued = [];
    queuedTouched = 0;
    prepared = 0;
  };

  const markDone = (touched: number): void => {
    try {
      performance.mark('nilai-kerja:done', {
        detail: {
          rows: countScored(summary.contributions()),
          touched,
          pageType,
          complete: unfinished.size === 0 && reading.size === 0 && queued.length === 0,
          scans: watcher?.scans() ?? 0,
          read: rowsRead,
        },
      });
      rowsRead = 0;
    } catch {
      // performance.mark with detail is missing in very old browsers; the mark is only for measuring.
    }
  };

  const sliced = options.sliceMs !== undefined;

  /**
   * Runs the planned writes (in order: a later write of a badge wins), at most WRITES_PER_FRAME of
   * them in a frame (the rest in the next frames), then marks the batch. Reads nothing of the page.
   */
  const flush = (): void => {
    cancelFlush?.();
    cancelFlush = undefined;
    const all = queued;
    const writes = sliced ? all.slice(0, WRITES_PER_FRAME) : all;
    const rest = all.slice(writes.length);
    const touched = rest.length === 0 ? queuedTouched : Math.min(queuedTouched, writes.length);
    queued = rest;
    queuedTouched -= touched;
    prepared = Math.max(0, prepared - writes.length);
    const run = (): void => {
      for (const { feature, write } of writes) {
        try {
          write();
        } catch (error) {
          logFeatureError(feature.id, error, settings.lang);
        }
      }
    };
    // Our own insertions are not observed at all (no record to make, deliver and skip).
    if (watcher) watcher.unobserved(run);
    else run();
    if (touched > 0) shownFirst = true;
    markDone(touched);
    const scored = unfinished.size === 0 && reading.size === 0;
    if (queued.length > 0 && (scored || queued.length >= WRITES_PER_FRAME)) flushInNextFrame();
  };

  const flushInNextFrame = (): void => {
    if (!cancelFlush) cancelFlush = nextFrame(doc, flush);
  };

  /** Builds the queued writes' badges ahead, detached, in short tasks between scoring and frames. */
  const prepareSoon = (): void => {
    if (preparing || !sliced) return;
    preparing = true;
    nextTask(doc, () => {
      preparing = false;
      if (!running) return;
      const deadline = performance.now() + (options.sliceMs ?? 0);
      while (prepared < queued.length && performance.now() < deadline) {
        const entry = queued[prepared++]!;
        try {
          prepareWrite(entry.write);
        } catch (error) {
          logFeatureError(entry.feature.id, error, settings.lang);
        }
      }
      if (prepared < queued.length) prepareSoon();
    });
  };

  const reset = (): void => {
    controller.abort();
    dropQueued();
    summary.clear();
    known.clear();
    removeAllOverlay();
    unfinished = new Map();
    reading = new Map();
    current = new Map();
    periodKey = undefined;
    initFeatures();
    needFull = true;
  };

  /** What the page now says of its period, with the data tables known (undefined without the module). */
  const readPeriodKey = (): string | undefined => {
    try {
      // The tables still being read too: a caption naming the period counts before the table is done.
      return loadedPeriodApi()?.pageKey(doc, [...known.keys(), ...reading.keys()]);
    } catch (error) {
      logFeatureError('period', error, settings.lang);
      return undefined;
    }
  };

  /**
   * Whether a change outside the data tables moved the period the page names (a month filter re-rendering
   * only its "Periode :" line, or the period cell of an identity table): the verdicts scored against the
   * period before (annual targets prorated, a header's year, kesibukan semu's working days) are then
   * scored again, every table read anew. Only such a change reads the page's lines (a data table's cell
   * edited reads none), and only a moved period rescores (a clock ticking in the header does not).
   */
  const periodMoved = (changes: PageChanges): boolean => {
    if (!changes.outsideTables && ![...changes.tables].some((table) => !known.has(table))) return false;
    const key = readPeriodKey();
    return key !== undefined && key !== periodKey;
  };

  const continueSoon = (): void => {
    if (continuation) return;
    continuation = true;
    nextTask(doc, () => {
      continuation = false;
      if (running && (unfinished.size > 0 || reading.size > 0)) watcher?.runNow();
    });
  };

  /**
   * Patches the rows a change edited into the table's last model (model/table.ts patchRows) and returns
   * them; undefined when the table must be read again whole: the change was structural (rows or cells
   * added or removed: observe.ts), the table was not read to its end, or the edit may change more
   * than its rows' values.
   */
  const patchInPlace = (table: Element, changes: PageChanges): GridRow[] | undefined => {
    const cells = changes.cells?.get(table);
    const model = current.get(table);
    if (!cells || !model || changes.structural?.has(table)) return undefined;
    const rows = patchRows(model, cells);
    if (!rows) current.delete(table);
    return rows;
  };

  const scan = (changes: PageChanges, inFrame: boolean): void => {
    if (!running) return;
    const url = doc.location?.href ?? '';
    if (url !== lastUrl) {
      lastUrl = url;
      reset();
    }
    // Re-checked whenever the page changed: an SPA can show its login form first and the SKP after
    // signing in. A scan that only continues a pass (nothing changed since) has nothing to re-check.
    const continuing =
      !needFull && changes.full !== true && !changes.outsideTables && changes.tables.size === 0;
    if (!continuing && isExcludedPage(url, doc)) {
      needFull = true;
      return;
    }
    let full = needFull || changes.full === true;
    needFull = false;
    if (!full && periodKey !== undefined && periodMoved(changes)) full = true;
    if (full) shownFirst = false;
    const carried = unfinished;
    unfinished = new Map();
    const readers = reading;
    reading = new Map();
    // A change the observer saw in this frame to tables already shown (one row edited) is re-read,
    // re-scored and written in this frame, before it paints; first reads and full passes are sliced.
    const inPlace =
      inFrame &&
      !full &&
      carried.size === 0 &&
      readers.size === 0 &&
      [...changes.tables].every((table) => known.has(table));
    const deadline =
      sliced && !inPlace ? performance.now() + (options.sliceMs ?? 0) : Number.POSITIVE_INFINITY;
    // <div> lists (pattern 18) are looked for again whenever content outside tables changed.
    const divLists = full || changes.outsideTables ? findDivLists(doc) : [];
    const tables = full
      ? [...Array.from(doc.getElementsByTagName('table')), ...divLists]
      : [...new Set([...changes.tables, ...carried.keys(), ...readers.keys(), ...divLists])];
    const models: TableModel[] = [];
    const patched = new Map<TableModel, GridRow[]>();
    for (const table of tables) {
      try {
        // A table carried over from the last slice was checked then: no style read between slices.
        const checked = (carried.has(table) || readers.has(table)) && !changes.tables.has(table);
        if (!table.isConnected || (!checked && isHiddenInTree(table))) {
          known.delete(table);
          continue;
        }
        // A table left unfinished and untouched since is not read again.
        let model = !changes.tables.has(table) ? carried.get(table) : undefined;
        // Cells edited in a table already scored: only their rows are read again, into its model.
        const rows = inPlace ? patchInPlace(table, changes) : undefined;
        if (rows) {
          model = current.get(table)!;
          patched.set(model, rows);
          rowsRead += rows.length;
        }
        if (!model) {
          // Read in steps under the task's time budget; a changed table is read again from its top.
          const reader = (!changes.tables.has(table) && readers.get(table)) || readTableSteps(table);
          let step = reader.next();
          while (!step.done && performance.now() < deadline) step = reader.next();
          if (!step.done) {
            reading.set(table, reader);
            continue;
          }
          model = step.value;
          rowsRead += model?.grid.rows.length ?? 0;
        }
        if (!model || model.kind === 'unknown') {
          known.delete(table);
          current.delete(table);
          continue;
        }
        current.set(table, model);
        known.set(table, {
          kind: model.kind,
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
    if (full) periodKey = readPeriodKey();
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
    const maxBadges = sliced && !inPlace ? BADGES_PER_SLICE : Number.POSITIVE_INFINITY;
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
      patched,
      requestScan: () => {
        if (running) watcher?.requestFull();
      },
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
    for (const model of models) if (left.has(model.table)) unfinished.set(model.table, model);
    if (unfinished.size > 0 || reading.size > 0) continueSoon();
    for (const write of writes) queued.push(write);
    queuedTouched += batch.stats.touchedRows;
    const complete = unfinished.size === 0 && reading.size === 0;
    // Unsliced (unit tests), and a change the observer saw in this frame: written now, in this frame.
    if (!sliced || (inFrame && complete && queued.length <= WRITES_PER_FRAME)) flush();
    else {
      if (complete || (!shownFirst && queuedTouched > 0) || queued.length >= WRITES_PER_FRAME)
        flushInNextFrame();
      prepareSoon();
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
      dropQueued();
      summary.clear();
      known.clear();
      unfinished = new Map();
      reading = new Map();
      current = new Map();
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
