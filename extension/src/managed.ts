import { type Issue, importPolicyJson, type Policy, validatePolicy } from '../../shared';
import { LangSchema, SiteSchema } from './storage-schemas';

/**
 * Settings a region's IT office pushes by group policy (chrome.storage.managed, declared by
 * `storage.managed_schema` in the manifest). Managed values win over the user's own and are shown as locked on the options
 * page (the schema Chrome checks them against is MANAGED_SCHEMA in extension/manifest.ts). Each key is validated with the same zod schemas as the user's settings; an invalid key is
 * ignored as a whole (never half-applied) and reported.
 */

/** The managed keys: `policy` is the JSON text the add-on or the options page exports. */
export const MANAGED_KEYS = ['policy', 'lang', 'sites'] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

export interface ManagedValues {
  policy?: Policy;
  lang?: 'id' | 'en';
  sites?: string[];
}

export interface ManagedState {
  values: ManagedValues;
  /** One issue per managed key that was set but is invalid (EXT_MANAGED_INVALID), naming the key. */
  issues: Issue[];
}

/** Test builds only (NILAI_KERJA_TEST_MANAGED=1): the local key the harness writes managed values to. */
export const TEST_MANAGED_KEY = 'managedForTest';

declare const __NILAI_KERJA_TEST_MANAGED__: boolean | undefined;

/**
 * Whether this build reads managed values from chrome.storage.local[TEST_MANAGED_KEY] instead of
 * chrome.storage.managed. A compile-time constant (extension/vite.config.ts `define`): a release build
 * has false, so nobody can set "managed" values from the local area. A real profile cannot be given
 * a managed policy without root and a system-wide policy file, hence this hook for the Chromium tests.
 */
export const MANAGED_FROM_TEST_KEY: boolean =
  typeof __NILAI_KERJA_TEST_MANAGED__ !== 'undefined' && __NILAI_KERJA_TEST_MANAGED__ === true;

/** The raw managed values: the one function that reads them (the tests' build feeds it); background only. */
export async function readManagedRaw(): Promise<Record<string, unknown>> {
  try {
    if (MANAGED_FROM_TEST_KEY) {
      const raw = (await chrome.storage.local.get(TEST_MANAGED_KEY))[TEST_MANAGED_KEY];
      return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    }
    // Undefined outside a managed-capable context; an error when no schema or no policy applies.
    return (await chrome.storage.managed?.get(null)) ?? {};
  } catch {
    return {};
  }
}

/**
 * Where the background keeps a copy of the raw managed values in chrome.storage.local, read by every
 * page and content script with the user's settings in one fast read: Chromium answers the first
 * chrome.storage.managed call of a session only once its policy service is ready (about 2-3 s in a
 * fresh profile), which must not hold back the overlay or its answer to the popup.
 */
export const MANAGED_MIRROR_KEY = 'managedMirror';

/** JSON with sorted keys, so two reads of the same values compare equal. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );

/**
 * Where the background keeps the managed values as parseManaged validated them (ManagedValues: the
 * policy through the core's validatePolicy, never half-applied), written with the raw copy in one
 * write. The content script reads these instead of the raw values: it carries no zod (it runs on every
 * e-kinerja page), so the core's validation of a policy the IT office wrote by hand is done here, once,
 * by the same code the options page uses, and the overlay decides with exactly that policy.
 */
export const MANAGED_CHECKED_KEY = 'managedChecked';

/** Copies the managed values into MANAGED_MIRROR_KEY (and their validated form into MANAGED_CHECKED_KEY) when a copy differs (background only). */
export async function mirrorManaged(): Promise<void> {
  const raw = await readManagedRaw();
  const local = await chrome.storage.local.get([MANAGED_MIRROR_KEY, MANAGED_CHECKED_KEY]);
  const checked = parseManaged(raw, () => '').values;
  if (
    stable(local[MANAGED_MIRROR_KEY] ?? {}) !== stable(raw) ||
    stable(local[MANAGED_CHECKED_KEY] ?? null) !== stable(checked)
  )
    await chrome.storage.local.set({ [MANAGED_MIRROR_KEY]: raw, [MANAGED_CHECKED_KEY]: checked });
}

/**
 * Background: keeps the copy equal to the managed values, now, whenever group policy changes, and
 * whenever anything else changes or removes the copy (it is never the user's to set).
 */
export function keepManagedMirror(): void {
  void mirrorManaged();
  chrome.storage.onChanged.addListener((changes, areaName) => {
    const local =
      areaName === 'local' &&
      (MANAGED_MIRROR_KEY in changes ||
        MANAGED_CHECKED_KEY in changes ||
        (MANAGED_FROM_TEST_KEY && TEST_MANAGED_KEY in changes));
    if (areaName === 'managed' || local) void mirrorManaged();
  });
}

/** The raw managed values from a read of chrome.storage.local that included MANAGED_MIRROR_KEY. */
export const mirroredValues = (local: Record<string, unknown>): Record<string, unknown> => {
  const copy = local[MANAGED_MIRROR_KEY];
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy)
    ? (copy as Record<string, unknown>)
    : {};
};

/** Whether a storage change concerns the managed values in force (their copy changed). */
export const isManagedChange = (changes: Record<string, unknown>, areaName: string): boolean =>
  areaName === 'local' && MANAGED_MIRROR_KEY in changes;

const invalid = (key: ManagedKey, detail: string): Issue => ({
  code: 'EXT_MANAGED_INVALID',
  params: { key, detail },
  severity: 'error',
});

const zodDetail = (error: { issues: { path: PropertyKey[]; message: string }[] }): string => {
  const first = error.issues[0];
  const path = first?.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return `${path}${first?.message ?? '-'}`;
};

/**
 * Names the first site entry that is not a site pattern (a bare "*" host, i.e. every site, included),
 * in the catalog's words rather than zod's.
 */
function sitesDetail(
  raw: unknown,
  error: { issues: { path: PropertyKey[]; message: string }[] },
  say: (i: Issue) => string,
): string {
  const index = error.issues[0]?.path[0];
  if (!Array.isArray(raw) || typeof index !== 'number') return zodDetail(error);
  const entry = raw[index];
  const pattern = typeof entry === 'string' ? entry : (JSON.stringify(entry) ?? String(entry));
  return say({ code: 'EXT_MANAGED_SITE_INVALID', params: { pattern }, severity: 'error' });
}

/** Validates raw managed values key by key; an invalid key is left out whole and reported. */
export function parseManaged(raw: Record<string, unknown>, say: (i: Issue) => string): ManagedState {
  const values: ManagedValues = {};
  const issues: Issue[] = [];
  if (raw.policy !== undefined) {
    const policy = typeof raw.policy === 'string' ? importPolicyJson(raw.policy) : validatePolicy(raw.policy);
    if (policy.ok) values.policy = policy.value;
    else issues.push(invalid('policy', (policy.issues ?? [policy.issue]).map(say).join(' ')));
  }
  if (raw.lang !== undefined) {
    const lang = LangSchema.safeParse(raw.lang);
    if (lang.success) values.lang = lang.data;
    else issues.push(invalid('lang', zodDetail(lang.error)));
  }
  if (raw.sites !== undefined) {
    const sites = SiteSchema.array().safeParse(raw.sites);
    if (sites.success) values.sites = [...new Set(sites.data)].sort();
    else issues.push(invalid('sites', sitesDetail(raw.sites, sites.error, say)));
  }
  return { values, issues };
}
