import { t } from '../../../../shared';
import { readNipFast } from '../../../../shared/parse';
import { MANAGED_CHECKED_KEY, type ManagedValues } from '../../managed';
import { isWholeOpdPackage, type Settings } from '../../storage';
import { defaultPolicy, type OverlayPolicy } from './default-policy';

/**
 * The settings the content script needs, read without zod (extension/src/storage.ts validates with the
 * core's schemas; the content script runs on every e-kinerja page and must stay light).
 *
 * Why this keeps one verdict: the content script only reads what the extension itself wrote, already
 * validated by the core. setSettings stores the policy as PolicySchema returned it; the options page
 * imports policies and packages through the core's zod schemas; a policy pushed by group policy is
 * validated by the background with the core's validatePolicy (managed.ts, MANAGED_CHECKED_KEY) and
 * read here in that form. The guards below only keep a damaged value from breaking the overlay, as
 * storage.ts does: such a value falls back to its default with a logged warning.
 *
 * The one case the core could read and this reader cannot: a stored policy whose sections the overlay
 * reads (OverlayPolicy) are not complete for this version (saved by an older version, or written
 * around setSettings). The core would migrate it or fill the fields added since; here it is refused
 * with a warning and the national defaults are used (see isCompletePolicy). Sections the overlay never
 * reads (SAKIP, RB, discipline...) are not checked: the overlay's defaults do not even carry them.
 */

/** What the overlay uses of the settings: of the policy, only the sections it reads. */
export type ContentSettings = Pick<Settings, 'lang' | 'overlayEnabled' | 'resultsPackage'> & {
  policy: OverlayPolicy;
};

const KEYS = ['policy', 'lang', 'overlayEnabled', 'userNip', 'resultsPackage'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kind = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/**
 * A policy of this version complete in the sections the overlay reads (OverlayPolicy), as
 * PolicySchema returns them: every key of the (overlay's) defaults present,
 * with the same kind of value, at the top and in each section (sections are fixed-key objects; what is
 * inside them, e.g. records of attendance codes, is the region's to change). The numbers in it were
 * checked by the core when the extension stored it.
 */
export function isCompletePolicy(
  value: unknown,
  defaults: OverlayPolicy = defaultPolicy(),
): value is OverlayPolicy {
  if (!isRecord(value) || value.version !== defaults.version) return false;
  for (const [key, fallback] of Object.entries(defaults)) {
    const stored = value[key];
    if (kind(stored) !== kind(fallback)) return false;
    if (!isRecord(fallback)) continue;
    for (const [inner, innerFallback] of Object.entries(fallback)) {
      const innerStored = (stored as Record<string, unknown>)[inner];
      // An optional field the defaults leave out may be absent or unset; every other one is there.
      // A field whose default is null (or set to null) is nullable: its kind is not fixed by the default.
      const nullable = innerStored === null || innerFallback === null;
      if (innerStored !== undefined && !nullable && kind(innerStored) !== kind(innerFallback)) return false;
      if (innerStored === undefined && innerFallback !== undefined) return false;
    }
  }
  return true;
}

/**
 * The user's NIP as UserNipSchema checks it: 18 digits the core's parser reads (readNipFast: parseNip's
 * decision on plain digits, without the NIP problem messages the overlay never shows).
 */
const isUserNip = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{18}$/.test(value) && readNipFast(value) !== undefined;

const warnInvalid = (key: string, value: unknown): void => {
  console.warn(`[Nilai Kerja] ${t('EXT_STORAGE_INVALID', { key })}`, kind(value));
};

type Key = (typeof KEYS)[number];
type Stored = ContentSettings & { userNip: string | null };

const DEFAULTS = {
  lang: 'id',
  overlayEnabled: true,
  userNip: null,
  resultsPackage: null,
} as const;

function validKey<K extends Key>(key: K, raw: unknown): Stored[K] {
  const fallback = (
    key === 'policy' ? defaultPolicy() : DEFAULTS[key as Exclude<Key, 'policy'>]
  ) as Stored[K];
  if (raw === undefined) return fallback;
  let valid: boolean;
  switch (key) {
    case 'policy':
      valid = isCompletePolicy(raw);
      break;
    case 'lang':
      valid = raw === 'id' || raw === 'en';
      break;
    case 'overlayEnabled':
      valid = typeof raw === 'boolean';
      break;
    case 'userNip':
      valid = raw === null || isUserNip(raw);
      break;
    default:
      if (isWholeOpdPackage(raw)) {
        // Not damaged: an export from before per-supervisor packages, refused for privacy (never used).
        console.warn(`[Nilai Kerja] ${t('EXT_PACKAGE_STORED_WHOLE_OPD')}`);
        return fallback;
      }
      valid = raw === null || (isRecord(raw) && isRecord(raw.for) && typeof raw.for.nip === 'string');
  }
  if (valid) return raw as Stored[K];
  warnInvalid(key, raw);
  return fallback;
}

/** The package when it is for `userNip`; null (with a logged warning) when it is for someone else. */
function packageFor(
  pkg: ContentSettings['resultsPackage'],
  userNip: string | null,
): ContentSettings['resultsPackage'] {
  if (pkg === null || pkg.for.nip === userNip) return pkg;
  console.warn(
    `[Nilai Kerja] ${t('EXT_PACKAGE_STORED_NOT_YOURS', { nama: String(pkg.for.nama), nip: pkg.for.nip })}`,
  );
  return null;
}

/** The managed policy and language as the overlay reads them. */
type ContentManaged = { policy?: OverlayPolicy; lang?: ManagedValues['lang'] };

/** The managed values as the background validated them (a damaged copy counts as none). */
function managedValues(raw: unknown): ContentManaged {
  if (!isRecord(raw)) return {};
  const values: ContentManaged = {};
  if (raw.policy !== undefined && isCompletePolicy(raw.policy)) values.policy = raw.policy;
  if (raw.lang === 'id' || raw.lang === 'en') values.lang = raw.lang;
  return values;
}

/** The managed values as last read in this context, so a change of the user's own value keeps them. */
let managedInForce: ContentManaged = {};

const area = (): chrome.storage.StorageArea => chrome.storage.local;

/** Fresh defaults each call (national policy, Indonesian, overlay on, no package). */
export const defaultSettings = (): ContentSettings => ({
  policy: defaultPolicy(),
  lang: 'id',
  overlayEnabled: true,
  resultsPackage: null,
});

/** The settings in force (storage.ts getSettings): the user's, with the managed policy and language winning. */
export async function getSettings(): Promise<ContentSettings> {
  const raw = await area().get<Record<string, unknown>>([...KEYS, MANAGED_CHECKED_KEY]);
  managedInForce = managedValues(raw[MANAGED_CHECKED_KEY]);
  const userNip = validKey('userNip', raw.userNip);
  return {
    policy: managedInForce.policy ?? validKey('policy', raw.policy),
    lang: managedInForce.lang ?? validKey('lang', raw.lang),
    overlayEnabled: validKey('overlayEnabled', raw.overlayEnabled),
    resultsPackage: packageFor(validKey('resultsPackage', raw.resultsPackage), userNip),
  };
}

/**
 * Calls `cb` with the changed settings (as storage.ts onSettingsChanged does): a managed value keeps
 * winning, a change of the managed values reports the policy and language now in force, and a change
 * of the NIP or the package reports the package checked against the NIP in force.
 */
export function onSettingsChanged(cb: (changed: Partial<ContentSettings>) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'local') return;
    const managedChanged = MANAGED_CHECKED_KEY in changes;
    const changed: Partial<ContentSettings> = {};
    if (changes.policy) changed.policy = validKey('policy', changes.policy.newValue);
    if (changes.lang) changed.lang = validKey('lang', changes.lang.newValue);
    if (changes.overlayEnabled)
      changed.overlayEnabled = validKey('overlayEnabled', changes.overlayEnabled.newValue);
    const packageChanged = 'userNip' in changes || 'resultsPackage' in changes;
    if (Object.keys(changed).length === 0 && !packageChanged && !managedChanged) return;
    if (changed.policy && managedInForce.policy) changed.policy = managedInForce.policy;
    if (changed.lang && managedInForce.lang) changed.lang = managedInForce.lang;
    if (managedChanged) {
      // Group policy changed: report the policy and language now in force.
      managedInForce = managedValues(changes[MANAGED_CHECKED_KEY]?.newValue);
      void (async () => {
        const raw = await area().get<Record<string, unknown>>(['policy', 'lang']);
        cb({
          ...changed,
          policy: managedInForce.policy ?? validKey('policy', raw.policy),
          lang: managedInForce.lang ?? validKey('lang', raw.lang),
        });
      })();
      return;
    }
    if (!packageChanged) {
      cb(changed);
      return;
    }
    void area()
      .get<Record<string, unknown>>(['userNip', 'resultsPackage'])
      .then((raw) => {
        const userNip = validKey('userNip', raw.userNip);
        cb({
          ...changed,
          resultsPackage: packageFor(validKey('resultsPackage', raw.resultsPackage), userNip),
        });
      });
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
