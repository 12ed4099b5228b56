import { type Lang, type TableKind, t } from '../../../../shared';
import type { GridRow } from '../dom/grid';
import type { OverlayPolicy } from '../light/default-policy';
import type { PackagedDuties, PackageIndex } from '../model/package';
import type { TableModel } from '../model/table';
import type { PageType } from '../pages';
import type { PageSummary } from '../summary';

/** Settings the overlay reads (a subset of extension/src/storage.ts Settings). */
export interface OverlaySettings {
  /** The policy's sections the overlay reads (OverlayPolicy): the type proves no other is read. */
  policy: OverlayPolicy;
  lang: Lang;
  /** Results imported from the Sheets add-on, indexed by NIP. */
  results: PackageIndex;
  /** The supervisor's own duties from their package (the panel's "Tugas Anda sebagai atasan"), if any. */
  duties?: PackagedDuties | null;
  /** Bumped on every settings change: cached row scores of an older revision are recomputed. */
  revision: number;
}

/** What one animation frame's scan found. Features read it and return the DOM writes they want. */
export interface ScanBatch {
  doc: Document;
  pageType: PageType;
  /** Tables read in this frame (all on a full scan, only the changed ones otherwise). */
  tables: TableModel[];
  /** Person cards outside tables (re-found whenever content outside tables changed). */
  cards: Element[] | undefined;
  settings: OverlaySettings;
  summary: PageSummary;
  /** Rows whose badge this frame wrote (the benchmark checks that one changed row touches one row). */
  stats: { touchedRows: number };
  /**
   * Whether one more row may be scored in this task. When not, the feature leaves the row (and its
   * badge) as it is, adds the table to `unfinished`, and the overlay scans that table again in the
   * next task, where rows already scored cost a cache lookup. Keeps every task short on big tables.
   */
  mayScore(): boolean;
  unfinished: Set<Element>;
  /**
   * Tables of `tables` scored before whose rows listed here were edited and re-read in place
   * (model/table.ts patchRows): the same model, every other row as it was. A feature that keeps
   * what it scored per row scores only these rows again.
   */
  patched?: ReadonlyMap<TableModel, readonly GridRow[]>;
  /** Asks for a full scan in a coming frame (a feature that waited for something that has now arrived). */
  requestScan?: () => void;
}

/** A DOM write, run after every feature has read (read all, score once, write once). */
export type Write = () => void;

export interface FeatureHost {
  /** Called once per frame with the batch; the returned writes run after all features have read. */
  onScan(handler: (batch: ScanBatch) => Write[]): void;
}

/**
 * One thing the user sees, in one file (refined-github style). `init` runs for each page (again after an
 * SPA route change) with a signal aborted on navigation or when the overlay is switched off.
 */
export interface Feature {
  id: string;
  /** Page types it applies to; 'all' for the panel. */
  pages: readonly PageType[] | 'all';
  init(signal: AbortSignal, host: FeatureHost): void;
}

/**
 * Scores again only the patched rows of a table the feature scored before (ScanBatch.patched); false
 * when it cannot (then the table is scanned whole: its model is right, unchanged rows hit the cache).
 */
export type PatchTable = (
  model: TableModel,
  rows: readonly GridRow[],
  batch: ScanBatch,
  writes: Write[],
) => boolean;

/**
 * A feature that scores each table of some kinds: the scan handler shared by the table features
 * (indicators, people lists, activity logs), so each only writes its own `scanTable` (and, when it
 * keeps per-row scores, its own `patchTable`).
 */
export function tableFeature(
  id: string,
  pages: readonly PageType[],
  kinds: readonly TableKind[],
  scanTable: (model: TableModel, batch: ScanBatch, writes: Write[]) => void,
  patchTable?: PatchTable,
): Feature {
  return {
    id,
    pages,
    init(_signal, host) {
      host.onScan((batch) => {
        const writes: Write[] = [];
        for (const model of batch.tables) {
          if (!kinds.includes(model.kind)) continue;
          const rows = batch.patched?.get(model);
          if (rows && patchTable?.(model, rows, batch, writes)) continue;
          scanTable(model, batch, writes);
        }
        return writes;
      });
    },
  };
}

const logged = new Set<string>();

/** Logs a feature's failure once per feature and message, with the overlay's prefix. */
export function logFeatureError(feature: string, error: unknown, lang: Lang = 'id'): void {
  const detail = error instanceof Error ? error.message : String(error);
  const key = `${feature}:${detail}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`${t('OVERLAY_LOG_PREFIX')} ${t('OVERLAY_FEATURE_FAILED', { feature, detail }, lang)}`);
}

export const appliesTo = (feature: Feature, pages: ReadonlySet<PageType>): boolean =>
  feature.pages === 'all' || feature.pages.some((page) => pages.has(page));
