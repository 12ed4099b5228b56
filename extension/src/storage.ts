import {
  defaultPolicy,
  fail,
  formatIssue,
  type Issue,
  ok,
  type Policy,
  PolicySchema,
  parseNip,
  RESULTS_VERSION_WHOLE_OPD,
  type Result,
  type ResultsPackage,
  ResultsPackageSchema,
  t,
  validatePolicy,
} from '../../shared';
import * as z from '../../shared/core/zod';
import {
  isManagedChange,
  MANAGED_MIRROR_KEY,
  type ManagedState,
  type ManagedValues,
  mirroredValues,
  parseManaged,
} from './managed';
import { LangSchema, SiteSchema } from './storage-schemas';

/**
 * Typed, validated access to the extension's settings in chrome.storage.local.
 *
 * `local` rather than `sync`: a results package exported by the Sheets add-on can be far larger than
 * sync's 8 KB per item, and a policy belongs to one office's machine set-up anyway.
 * Every key is validated on its own, so one damaged value falls back to its default without
 * discarding the others.
 */

export { LangSchema, SiteSchema };

/** The user's NIP as the core's parser gives it: 18 digits, a real birth date, appointment, sex digit. */
export const UserNipSchema = z
  .string()
  .regex(/^\d{18}$/)
  .refine((nip) => parseNip(nip).ok, 'NIP');

export const SettingsSchema = z.object({
  policy: PolicySchema,
  /**
   * The policy the last import, reset or restore replaced, kept so that "Pulihkan kebijakan sebelumnya"
   * can bring it back (one level of undo); null when nothing was replaced yet.
   */
  previousPolicy: PolicySchema.nullable(),
  /**
   * Who uses this extension: the supervisor's NIP, given on the options page. A results package is
   * stored only when it is for this NIP (its `for.nip`); null until the user gives it.
   */
  userNip: UserNipSchema.nullable(),
  /**
   * The package exported by the Sheets add-on (shared/pipeline) for the supervisor `userNip`, or null
   * when none was imported. Never a package for another NIP: setSettings refuses one, and a stored one
   * that does not match (written around it) is read as null.
   */
  resultsPackage: ResultsPackageSchema.nullable(),
  lang: LangSchema,
  overlayEnabled: z.boolean(),
  sites: z.array(SiteSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(SettingsSchema.shape) as SettingsKey[];

/** Fresh defaults each call (national policy, Indonesian, overlay on, no extra sites). */
export const defaultSettings = (): Settings => ({
  policy: defaultPolicy(),
  previousPolicy: null,
  userNip: null,
  resultsPackage: null,
  lang: 'id',
  overlayEnabled: true,
  sites: [],
});

const area = (): chrome.storage.StorageArea => chrome.storage.local;

/** A stored or imported package of the refused whole-OPD format (version 1). */
export const isWholeOpdPackage = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  (raw as { version?: unknown }).version === RESULTS_VERSION_WHOLE_OPD;

function validKey<K extends SettingsKey>(key: K, raw: unknown): Settings[K] {
  const fallback = defaultSettings()[key];
  if (raw === undefined) return fallback;
  if (key === 'resultsPackage' && isWholeOpdPackage(raw)) {
    // Not damaged: an export from before per-supervisor packages, refused for privacy (never used).
    console.warn(`[Nilai Kerja] ${t('EXT_PACKAGE_STORED_WHOLE_OPD')}`);
    return fallback;
  }
  if (key === 'policy' || (key === 'previousPolicy' && raw !== null)) {
    // Through the policy importer, so a policy saved by an older version is migrated, not dropped.
    const policy = validatePolicy(raw);
    if (policy.ok) return policy.value as Settings[K];
    console.warn(`[Nilai Kerja] ${t('EXT_STORAGE_INVALID', { key })}`, policy.issues ?? [policy.issue]);
    return fallback;
  }
  const parsed = SettingsSchema.shape[key].safeParse(raw);
  if (parsed.success) return parsed.data as Settings[K];
  // A damaged value must not break the extension: use the default and say so for whoever debugs it.
  console.warn(`[Nilai Kerja] ${t('EXT_STORAGE_INVALID', { key })}`, parsed.error.issues);
  return fallback;
}

/** The package when it is for `userNip`; null (with a logged warning) when it is for someone else. */
function packageFor(pkg: ResultsPackage | null, userNip: string | null): ResultsPackage | null {
  if (pkg === null || pkg.for.nip === userNip) return pkg;
  console.warn(
    `[Nilai Kerja] ${t('EXT_PACKAGE_STORED_NOT_YOURS', { nama: pkg.for.nama, nip: pkg.for.nip })}`,
  );
  return null;
}

function fromRaw(raw: Record<string, unknown>): Settings {
  const userNip = validKey('userNip', raw.userNip);
  return {
    policy: validKey('policy', raw.policy),
    previousPolicy: validKey('previousPolicy', raw.previousPolicy),
    userNip,
    resultsPackage: packageFor(validKey('resultsPackage', raw.resultsPackage), userNip),
    lang: validKey('lang', raw.lang),
    overlayEnabled: validKey('overlayEnabled', raw.overlayEnabled),
    sites: validKey('sites', raw.sites),
  };
}

/**
 * Why a results package may not be stored for `userNip`: no NIP given yet (EXT_PACKAGE_NEEDS_NIP) or a
 * package for another supervisor (EXT_PACKAGE_OTHER_SUPERVISOR); null when it may.
 */
export function packageRefusal(pkg: Pick<ResultsPackage, 'for'>, userNip: string | null): Issue | null {
  const params = { nama: pkg.for.nama, nip: pkg.for.nip };
  if (userNip === null) return { code: 'EXT_PACKAGE_NEEDS_NIP', params, severity: 'error' };
  if (pkg.for.nip !== userNip)
    return { code: 'EXT_PACKAGE_OTHER_SUPERVISOR', params: { ...params, userNip }, severity: 'error' };
  return null;
}

/**
 * The values a region's IT office pushed by group policy (chrome.storage.managed), validated key by
 * key; an invalid key is left out whole and reported in `issues` (texts in `lang`).
 */
export async function getManagedState(lang: 'id' | 'en' = 'id'): Promise<ManagedState> {
  return managedState(await area().get<Record<string, unknown>>(MANAGED_MIRROR_KEY), lang);
}

/** Parses the managed values from a local read that included their copy (see managed.ts). */
function managedState(local: Record<string, unknown>, lang: 'id' | 'en' = 'id'): ManagedState {
  const state = parseManaged(mirroredValues(local), (issue) => formatIssue(issue, lang));
  managedInForce = state.values;
  return state;
}

/** The managed values as last read in this context, so a change of the user's own value keeps them. */
let managedInForce: ManagedValues = {};

/** The user's settings with the managed policy and language in force (managed values win). */
const withManaged = (settings: Settings, managed: ManagedValues): Settings => ({
  ...settings,
  ...(managed.policy ? { policy: managed.policy } : {}),
  ...(managed.lang ? { lang: managed.lang } : {}),
});

/**
 * All settings in force: the user's, with any valid managed policy and language in their place. A
 * missing or invalid key comes back as its default (with a logged warning). `sites` stays the user's
 * granted sites; the managed sites are in getManagedState().
 */
export async function getSettings(): Promise<Settings> {
  // One read: the content script answers the popup only after it.
  const raw = await area().get<Record<string, unknown>>([...SETTINGS_KEYS, MANAGED_MIRROR_KEY]);
  return withManaged(fromRaw(raw), managedState(raw).values);
}

/** The user's own settings, without managed values (what setSettings writes). */
export async function getUserSettings(): Promise<Settings> {
  return fromRaw(await area().get<Record<string, unknown>>(SETTINGS_KEYS));
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Validates and stores some settings. Nothing is written unless every given key is valid.
 * A results package is refused unless it is for the user's NIP (given in the same call or stored);
 * a new NIP removes a stored package for another NIP in the same write.
 * A full storage (QUOTA_BYTES) comes back as EXT_STORAGE_QUOTA, which tells the user what to remove.
 */
export async function setSettings(partial: Partial<Settings>): Promise<Result<Partial<Settings>>> {
  const checked: Record<string, unknown> = {};
  for (const key of Object.keys(partial) as SettingsKey[]) {
    if (!SETTINGS_KEYS.includes(key)) continue;
    const parsed = SettingsSchema.shape[key].safeParse(partial[key]);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const path = first?.path.length ? `${first.path.map(String).join('.')}: ` : '';
      return fail('EXT_STORAGE_VALUE_INVALID', { key, detail: `${path}${first?.message ?? '-'}` });
    }
    checked[key] = parsed.data;
  }
  if ('userNip' in checked || (checked.resultsPackage ?? null) !== null) {
    const stored = await area().get<Record<string, unknown>>(['userNip', 'resultsPackage']);
    const userNip = ('userNip' in checked ? checked.userNip : validKey('userNip', stored.userNip)) as
      | string
      | null;
    const pkg = checked.resultsPackage as ResultsPackage | null | undefined;
    if (pkg) {
      const refused = packageRefusal(pkg, userNip);
      if (refused) return { ok: false, issue: refused };
    } else if (pkg === undefined && stored.resultsPackage != null) {
      const current = validKey('resultsPackage', stored.resultsPackage);
      if (current === null || current.for.nip !== userNip) checked.resultsPackage = null;
    }
  }
  const keys = Object.keys(checked).join(', ') || '-';
  try {
    await area().set(checked);
  } catch (e) {
    const detail = errorText(e);
    if (/quota/i.test(detail)) {
      return fail('EXT_STORAGE_QUOTA', { key: keys, limit: String(chrome.storage.local.QUOTA_BYTES) });
    }
    return fail('EXT_STORAGE_FAILED', { key: keys, detail });
  }
  return ok(checked as Partial<Settings>);
}

/**
 * Saves who the user is: `text` is read with the core's NIP parser ("19900315 201503 1 002" is fine),
 * its issue says what is wrong. A stored package for another supervisor is removed in the same write;
 * `removed` names it.
 */
export async function setUserNip(
  text: string,
): Promise<Result<{ nip: string; removed: ResultsPackage['for'] | null }>> {
  const nip = parseNip(text);
  if (!nip.ok) return nip;
  const { resultsPackage } = await getSettings();
  const saved = await setSettings({ userNip: nip.value.nip });
  if (!saved.ok) return saved;
  const removed = resultsPackage && saved.value.resultsPackage === null ? resultsPackage.for : null;
  return ok({ nip: nip.value.nip, removed });
}

/**
 * Removes a stored package the extension will not use (a whole-OPD package of version 1, or one for
 * another NIP than the user's), so no other employee's data stays on this computer. Returns why, for
 * the options page to say; null when there was nothing to remove.
 */
export async function dropRefusedPackage(): Promise<Issue | null> {
  const raw = await area().get<Record<string, unknown>>(['userNip', 'resultsPackage']);
  if (raw.resultsPackage === undefined || raw.resultsPackage === null) return null;
  let issue: Issue | null = null;
  if (isWholeOpdPackage(raw.resultsPackage)) issue = { code: 'EXT_PACKAGE_STORED_WHOLE_OPD' };
  else {
    const parsed = ResultsPackageSchema.safeParse(raw.resultsPackage);
    const userNip = validKey('userNip', raw.userNip);
    if (parsed.success && parsed.data.for.nip !== userNip)
      issue = {
        code: 'EXT_PACKAGE_STORED_NOT_YOURS',
        params: { nama: parsed.data.for.nama, nip: parsed.data.for.nip },
      };
  }
  if (issue) await area().set({ resultsPackage: null });
  return issue;
}

/**
 * Re-saves the stored policies (in force and previous) in this version's complete form: a policy saved by
 * an older version is migrated by the core's importer, as getSettings would read it. The overlay reads
 * storage without zod (content/light/settings.ts) and takes only a policy of this version complete in the
 * sections it reads, so the
 * background runs this on install, update and browser start: the page then applies the region's policy,
 * the same the options page shows, never the national defaults in its place. A damaged policy is left
 * as it is (getSettings reports it). Returns the keys rewritten.
 */
export async function migrateStoredPolicies(): Promise<string[]> {
  const raw = await area().get<Record<string, unknown>>(['policy', 'previousPolicy']);
  const updates: Record<string, unknown> = {};
  for (const key of ['policy', 'previousPolicy'] as const) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const policy = validatePolicy(value);
    if (policy.ok && JSON.stringify(policy.value) !== JSON.stringify(value)) updates[key] = policy.value;
  }
  if (Object.keys(updates).length > 0) await area().set(updates);
  return Object.keys(updates);
}

/** Why the stored policy is not used (damaged or from another version); empty when it is, or none is stored. */
export async function storedPolicyIssues(): Promise<Issue[]> {
  const raw = (await area().get<Record<string, unknown>>(['policy'])).policy;
  if (raw === undefined) return [];
  const policy = validatePolicy(raw);
  return policy.ok ? [] : (policy.issues ?? [policy.issue]);
}

/**
 * Replaces the policy (and, for a results package, the package that carries it) in one write, keeping
 * the policy it replaces as `previousPolicy` for "Pulihkan kebijakan sebelumnya".
 */
export async function replacePolicy(
  policy: Policy,
  extra: Partial<Pick<Settings, 'resultsPackage'>> = {},
): Promise<Result<Partial<Settings>>> {
  const { policy: current } = await getUserSettings();
  return setSettings({ ...extra, policy, previousPolicy: current });
}

/**
 * Puts the previous policy back; the one it replaces becomes the previous one (so the restore can be
 * undone too). Fails with EXT_OPTIONS_NO_PREVIOUS when there is none.
 */
export async function restorePreviousPolicy(): Promise<Result<Policy>> {
  const { policy, previousPolicy } = await getUserSettings();
  if (!previousPolicy) return fail('EXT_OPTIONS_NO_PREVIOUS');
  const saved = await setSettings({ policy: previousPolicy, previousPolicy: policy });
  return saved.ok ? ok(previousPolicy) : saved;
}

/**
 * Back to the national defaults: removes every settings key (sites are granted permissions, kept). The
 * policy in force is kept first as the previous one, so a reset can be undone for the policy.
 */
export async function resetSettings(): Promise<void> {
  const { policy } = await getUserSettings();
  await area().set({ previousPolicy: policy });
  await area().remove(SETTINGS_KEYS.filter((k) => k !== 'sites' && k !== 'previousPolicy'));
}

/**
 * Calls `cb` with the changed keys (validated, invalid ones replaced by defaults) whenever settings
 * change in any extension context. Returns a function that stops listening. When the user's NIP or
 * the package changes, `resultsPackage` comes too, checked against the NIP in force (null when it is
 * for someone else), so a page never keeps using another supervisor's package. A managed policy or
 * language keeps winning: a change of the user's own value reports the managed one, and a change of
 * the managed values (their copy, kept by the background) reports `policy` and `lang` as now in force.
 */
export function onSettingsChanged(cb: (changed: Partial<Settings>) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string): void => {
    const managedChanged = isManagedChange(changes, areaName);
    if (areaName !== 'local' && !managedChanged) return;
    const changed: Partial<Settings> = {};
    let any = false;
    for (const key of SETTINGS_KEYS) {
      const change = areaName === 'local' ? changes[key] : undefined;
      if (!change) continue;
      any = true;
      (changed as Record<string, unknown>)[key] = validKey(key, change.newValue);
    }
    if (!any && !managedChanged) return;
    // A managed value wins over the user's change (as last read in this context by getSettings).
    if ('policy' in changed && managedInForce.policy) changed.policy = managedInForce.policy;
    if ('lang' in changed && managedInForce.lang) changed.lang = managedInForce.lang;
    if (managedChanged) {
      // Group policy changed: report the policy and language now in force.
      void (async () => {
        const raw = await area().get<Record<string, unknown>>(['policy', 'lang', MANAGED_MIRROR_KEY]);
        const { values } = managedState(raw);
        cb({
          ...changed,
          policy: values.policy ?? validKey('policy', raw.policy),
          lang: values.lang ?? validKey('lang', raw.lang),
        });
      })();
      return;
    }
    if (!('userNip' in changed) && !('resultsPackage' in changed)) {
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
