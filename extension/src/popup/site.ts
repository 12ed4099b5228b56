import { patternMatches } from '../background/sites';

/**
 * What the popup offers for the tab's site. The office's sites (group policy) are locked here as on
 * the options page: "Disable" is offered only for a site the user granted themselves, and it removes
 * exactly the pattern that was granted.
 */
export type SiteAction =
  | { kind: 'builtin' }
  /** A site the office set, enabled: shown as locked, nothing to click. */
  | { kind: 'managed' }
  /** Not enabled yet: asks Chrome for these patterns (the office's own when it set this site). */
  | { kind: 'enable'; origins: string[] }
  /** Enabled by the user: removes the patterns of theirs that cover the page. */
  | { kind: 'disable'; origins: string[] };

export interface SiteFacts {
  /** The page's address and its whole-site pattern (originPattern). */
  url: string;
  pattern: string;
  builtIn: boolean;
  /** Origins granted on top of the manifest (grantedSites). */
  granted: string[];
  /** The office's sites in force (managed `sites`, validated). */
  managedSites: string[];
}

export function siteAction({ url, pattern, builtIn, granted, managedSites }: SiteFacts): SiteAction {
  if (builtIn) return { kind: 'builtin' };
  const covers = (p: string): boolean => patternMatches(p, url);
  const managed = managedSites.filter(covers);
  const running = granted.filter(covers);
  if (managed.length > 0)
    // Not granted yet: ask for the office's patterns themselves, so the options page shows them granted.
    return running.length > 0 ? { kind: 'managed' } : { kind: 'enable', origins: managed };
  return running.length > 0 ? { kind: 'disable', origins: running } : { kind: 'enable', origins: [pattern] };
}
