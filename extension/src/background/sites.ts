import { getSettings, SiteSchema, setSettings } from '../storage';

/** Host patterns the manifest grants at install: they are built in, not "enabled by the user". */
export function builtInOrigins(): string[] {
  return chrome.runtime.getManifest().host_permissions ?? [];
}

/** Origins the user granted on top of the manifest (optional host permissions), as match patterns. */
export async function grantedSites(): Promise<string[]> {
  const { origins = [] } = await chrome.permissions.getAll();
  const builtIn = new Set(builtInOrigins());
  return origins.filter((o) => !builtIn.has(o) && SiteSchema.safeParse(o).success).sort();
}

/** Copies the granted origins into settings.sites so every page reads one list. */
export async function syncSitesFromPermissions(): Promise<void> {
  const sites = await grantedSites();
  const current = await getSettings();
  if (current.sites.join('\n') === sites.join('\n')) return;
  const saved = await setSettings({ sites });
  if (!saved.ok) console.warn('[Nilai Kerja] sites not mirrored', saved.issue);
}

/** The permission pattern for the page's site ("https://host/*"; any port), or null for non-web pages. */
export function originPattern(url: string | undefined): string | null {
  const match = /^(https?):\/\/([^/:?#]+)/i.exec(url ?? '');
  return match ? `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}/*` : null;
}

/** Whether a Chrome match pattern (scheme, host with optional "*.", path) covers a page URL. */
export function patternMatches(pattern: string, url: string): boolean {
  const p = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:]+)(?::\d+)?\/(.*)$/i.exec(pattern);
  const u = /^(https?):\/\/([^/:?#]+)(?::\d+)?(\/[^#]*)?/i.exec(url);
  if (!p || !u) return false;
  const [, scheme = '', host = '', path = ''] = p;
  const [, urlScheme = '', urlHost = '', urlPath = '/'] = u;
  if (scheme !== '*' && scheme.toLowerCase() !== urlScheme.toLowerCase()) return false;
  const h = urlHost.toLowerCase();
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? h === host.slice(2).toLowerCase() || h.endsWith(host.slice(1).toLowerCase())
      : h === host.toLowerCase());
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return hostOk && new RegExp(`^/${escaped}$`).test(urlPath);
}

/** Whether the page is covered by the manifest's own host permissions (BKN, or an IT office's build). */
export const isBuiltInSite = (url: string): boolean => builtInOrigins().some((p) => patternMatches(p, url));

/** The content-script files the manifest declares, for one-off injection into a tab. */
export const contentScriptFiles = (): string[] =>
  (chrome.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.js ?? []);
