import type { PredikatPegawai, Rating } from '../../../shared/policy';
import type { BadgeKind } from './dom/badge';
import type { OverlayFlag } from './flags';
import type { PageType } from './pages';

/** One person as the panel lists them. */
export interface PersonSummary {
  name: string;
  nip?: string;
  capaian: number | null;
  predikat?: PredikatPegawai;
  flags: OverlayFlag[];
}

/** What one source (a table or a card list) contributed, replaced whole when the source is re-scored. */
export interface Contribution {
  pageType: PageType;
  /** Rows/cards scored, by badge kind. */
  counts: Partial<Record<BadgeKind, number>>;
  /** Flag -> how many badges carry it. */
  flags: Partial<Record<OverlayFlag, number>>;
  people: PersonSummary[];
  /** Activity minutes, and those that produced an output or evidence. */
  activity?: { minutes: number; withOutput: number };
  /** The SKP's employee: aggregated capaian and proposed vs chosen rating. */
  employee?: {
    capaian: number | null;
    proposed: Rating | null;
    chosen: Rating | null;
    /** The predikat the page itself shows ("PREDIKAT KINERJA : BAIK"), when it does. */
    pagePredikat?: PredikatPegawai;
  };
  truncated?: { table: string; limit: number };
  /** What the user is told about a whole table, already in their language (an annual target without a period). */
  notes?: string[];
  /** A paginated list: people seen on its pages so far, of the total its pagination note gives. */
  paged?: { table: string; seen: number; total: number };
}

/**
 * The page's summary: contributions keyed by their source element, so a re-scored table replaces its
 * own numbers and a table removed from the page (pagination, route change) drops out.
 */
export class PageSummary {
  private readonly sources = new Map<Element, Contribution>();

  set(source: Element, contribution: Contribution): void {
    this.sources.set(source, contribution);
  }

  clear(): void {
    this.sources.clear();
  }

  /** Live contributions in document order; sources no longer in the page are forgotten. */
  contributions(): Contribution[] {
    const live: [Element, Contribution][] = [];
    for (const [source, contribution] of this.sources) {
      if (source.isConnected) live.push([source, contribution]);
      else this.sources.delete(source);
    }
    live.sort(([a], [b]) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return live.map(([, c]) => c);
  }
}

export function countScored(contributions: readonly Contribution[]): number {
  let rows = 0;
  for (const c of contributions) {
    rows += (c.counts.indikator ?? 0) + (c.counts.aktivitas ?? 0) + (c.counts.pegawai ?? 0);
  }
  return rows;
}

/** Adds one badge's kind and flags to a contribution being built. */
export function tally(contribution: Contribution, kind: BadgeKind, flags: readonly OverlayFlag[]): void {
  contribution.counts[kind] = (contribution.counts[kind] ?? 0) + 1;
  for (const flag of flags) contribution.flags[flag] = (contribution.flags[flag] ?? 0) + 1;
}

/** Takes one badge's kind and flags back out of a contribution (a row scored again says otherwise). */
export function untally(contribution: Contribution, kind: BadgeKind, flags: readonly OverlayFlag[]): void {
  contribution.counts[kind] = (contribution.counts[kind] ?? 0) - 1;
  for (const flag of flags) contribution.flags[flag] = (contribution.flags[flag] ?? 0) - 1;
}

/** Notes on a contribution that a huge table was scored only up to the row limit. */
export function noteTruncation(contribution: Contribution, table: string, left: number, limit: number): void {
  if (left > 0) contribution.truncated = { table, limit };
}

export const emptyContribution = (pageType: PageType): Contribution => ({
  pageType,
  counts: {},
  flags: {},
  people: [],
});
