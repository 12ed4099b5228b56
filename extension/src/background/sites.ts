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
