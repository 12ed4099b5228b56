import type { TableKind } from '../../../shared';

/**
 * Page detection: pure predicates over the URL and what was found in the document. Each names the
 * fixture pages (test/extension/fixtures) it was tested on; pages.test.ts holds those cases.
 */

/** The page types the overlay recognises; `data-page` on the panel holds one of these. */
export const PAGE_TYPES = [
  'skp-penilaian',
  'skp-rencana',
  'aktivitas',
  'daftar-pegawai',
  'kartu-pegawai',
  'unknown',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Site families with their own habits (docs/pages.md#families). The generic path works everywhere. */
export type SiteFamily = 'bkn' | 'regional' | 'generic';

/**
 * BKN e-Kinerja is a Vue SPA at kinerja.bkn.go.id; regional apps live on ekinerja./e-kinerja./kinerja.
 * subdomains of .go.id (e.g. ekinerja.tulangbawangkab.go.id, kinerja.barrukab.go.id).
 * Tested on: https://kinerja.bkn.go.id/penilaian, https://ekinerja.kolakakab.go.id/aktivitas,
 * http://127.0.0.1:PORT/*.html (fixtures: generic).
 */
export function siteFamily(url: string): SiteFamily {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  if (host === 'kinerja.bkn.go.id' || host.endsWith('.kinerja.bkn.go.id')) return 'bkn';
  if (/(^|\.)(e-?kinerja|kinerja|skp|tpp|simpeg)[a-z0-9-]*\./.test(host) && host.endsWith('.go.id'))
    return 'regional';
  return 'generic';
}

// No per-site watch root: the overlay watches the whole document (observe.ts), since Vue 2 replaces its
// mount element when it renders and Turbo/pjax replace <body>; an observer on either would go deaf.

/**
 * Pages the overlay must leave alone: login and password pages (nothing to score, and credentials
 * nearby). Tested on: login forms (a password field and no table); all fixtures are not excluded.
 */
export function isExcludedPage(url: string, doc: Document): boolean {
  if (/\/(login|masuk|signin|auth)(\/|\?|#|$)/i.test(url) && !doc.querySelector('table')) return true;
  return doc.querySelector('input[type="password"]') !== null && doc.querySelector('table') === null;
}

/** What was found on the page during a scan, as counted by the features. */
export interface PageFindings {
  tableKinds: readonly TableKind[];
  /** Person cards found outside tables. */
  cards: number;
}

/**
 * The page type from what its tables and cards are. An SKP with realisasi is an appraisal; one with
 * targets only is a plan; activity logs and people lists follow.
 * Tested on: skp-penilaian-bkn.html (after the route change) -> skp-penilaian; skp-rencana.html ->
 * skp-rencana; aktivitas-harian.html -> aktivitas; antrian-persetujuan.html, daftar-pegawai-datatables.html,
 * rekap-bulanan.html, skp-penilaian-bkn.html (list route) -> daftar-pegawai; kartu-bawahan.html ->
 * kartu-pegawai.
 */
export function pageTypeOf(findings: PageFindings): PageType {
  const kinds = new Set(findings.tableKinds);
  if (kinds.has('realisasi')) return 'skp-penilaian';
  if (kinds.has('skp')) return 'skp-rencana';
  if (kinds.has('activity')) return 'aktivitas';
  if (kinds.has('recap') || kinds.has('employees')) return 'daftar-pegawai';
  if (findings.cards > 0) return 'kartu-pegawai';
  return 'unknown';
}

/**
 * Every page type present: a page can hold an SKP table and a recap side by side, and each feature
 * runs when its page type is among them. Tested on: hostile.html (SKP table + 20,000-row recap).
 */
export function pageTypesOf(findings: PageFindings): Set<PageType> {
  const types = new Set<PageType>();
  for (const kind of findings.tableKinds) types.add(pageTypeOf({ tableKinds: [kind], cards: 0 }));
  if (findings.cards > 0 && types.size === 0) types.add('kartu-pegawai');
  types.delete('unknown');
  return types;
}

/** Table kinds each page type's features read. */
export const SKP_KINDS: readonly TableKind[] = ['realisasi', 'skp'];
export const PEOPLE_KINDS: readonly TableKind[] = ['recap', 'employees'];
export const ACTIVITY_KINDS: readonly TableKind[] = ['activity'];
