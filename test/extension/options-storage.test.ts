import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dropRefusedPackage,
  getSettings,
  onSettingsChanged,
  replacePolicy,
  resetSettings,
  restorePreviousPolicy,
  SETTINGS_KEYS,
  SettingsSchema,
  setSettings,
  setUserNip,
  storedPolicyIssues,
} from '../../extension/src/storage';
import { formatIssue } from '../../shared/messages/format';
import { ResultsPackageSchema } from '../../shared/pipeline/schema';
import { defaultPolicy } from '../../shared/policy/schema';
import { OTHER_SUPERVISOR, SAMPLE_SUPERVISOR, sampleResultsPackage } from './harness';

const g = globalThis as unknown as { chrome: unknown };

beforeEach(() => {
  fakeBrowser.reset();
  g.chrome = fakeBrowser;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const TUBA = { ...defaultPolicy(), name: 'Perbup Tulang Bawang 2024' };

describe('settings storage', () => {
  it('gives the national defaults, Indonesian and the overlay on, on a fresh install', async () => {
    const settings = await getSettings();
    expect(settings.policy).toEqual(defaultPolicy());
    expect(settings).toMatchObject({ lang: 'id', overlayEnabled: true, sites: [], resultsPackage: null });
  });

  it('keeps valid keys and replaces only the damaged ones, with a warning naming the key', async () => {
    await fakeBrowser.storage.local.set({
      policy: TUBA,
      lang: 'jawa',
      overlayEnabled: false,
      sites: 'semua',
    });
    const settings = await getSettings();
    expect(settings.policy.name).toBe('Perbup Tulang Bawang 2024');
    expect(settings.overlayEnabled).toBe(false);
    expect(settings.lang).toBe('id');
    expect(settings.sites).toEqual([]);
    const warned = vi.mocked(console.warn).mock.calls.map((c) => String(c[0]));
    expect(warned.some((w) => w.includes('"lang"'))).toBe(true);
    expect(warned.some((w) => w.includes('"sites"'))).toBe(true);
    expect(warned.some((w) => w.includes('"policy"'))).toBe(false);
  });

  it('migrates a policy saved by an earlier version instead of dropping it', async () => {
    await fakeBrowser.storage.local.set({
      policy: { name: 'Perbup Tulang Bawang 2023', tppDisciplinePercent: 40 },
    });
    const { policy } = await getSettings();
    expect(policy.name).toBe('Perbup Tulang Bawang 2023');
    expect(policy.discipline.tpp).toMatchObject({ disciplineShare: 0.4, performanceShare: 0.6 });
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('never fails to read, whatever was stored (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(Object.fromEntries(SETTINGS_KEYS.map((k) => [k, fc.jsonValue()])), { requiredKeys: [] }),
        async (stored) => {
          fakeBrowser.storage.resetState();
          await fakeBrowser.storage.local.set(stored);
          const settings = await getSettings();
          expect(SettingsSchema.safeParse(settings).success).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses an invalid value without writing anything, naming the setting', async () => {
    const result = await setSettings({
      overlayEnabled: false,
      sites: ['ekinerja.tulangbawangkab.go.id'] as unknown as string[],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issue)).toContain('Pengaturan "sites" tidak disimpan');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stores a regional policy and enabled sites', async () => {
    const result = await setSettings({ policy: TUBA, sites: ['https://ekinerja.tulangbawangkab.go.id/*'] });
    expect(result.ok).toBe(true);
    const settings = await getSettings();
    expect(settings.policy.name).toBe('Perbup Tulang Bawang 2024');
    expect(settings.sites).toEqual(['https://ekinerja.tulangbawangkab.go.id/*']);
  });

  it('explains a full storage in Indonesian, with what to remove', async () => {
    await fakeBrowser.storage.local.set({ userNip: SAMPLE_SUPERVISOR.nip });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    (fakeBrowser.storage.local as unknown as { QUOTA_BYTES: number }).QUOTA_BYTES = 10485760;
    const pkg = ResultsPackageSchema.parse(
      sampleResultsPackage([{ nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1 }]),
    );
    const result = await setSettings({ resultsPackage: pkg });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatIssue(result.issue);
    expect(text).toContain('Ruang penyimpanan ekstensi penuh');
    expect(text).toContain('10485760');
    expect(text).toContain('"resultsPackage"');
  });

  it('tells listeners what changed, already validated, until they stop listening', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((changed) => seen.push(changed));
    await setSettings({ lang: 'en' });
    await fakeBrowser.storage.local.set({ overlayEnabled: 'ya' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await setSettings({ lang: 'id' });
    expect(seen).toEqual([{ lang: 'en' }, { overlayEnabled: true }]);
  });

  it('resets to defaults but keeps the enabled sites (they are granted permissions)', async () => {
    await setSettings({ policy: TUBA, lang: 'en', sites: ['https://ekinerja.barrukab.go.id/*'] });
    await resetSettings();
    const settings = await getSettings();
    expect(settings.policy.name).toBe(defaultPolicy().name);
    expect(settings.lang).toBe('id');
    expect(settings.sites).toEqual(['https://ekinerja.barrukab.go.id/*']);
  });

  it('resets the policy but keeps the one it replaced, so it can be restored', async () => {
    await setSettings({ policy: TUBA });
    await resetSettings();
    const settings = await getSettings();
    expect(settings.policy).toEqual(defaultPolicy());
    expect(settings.previousPolicy?.name).toBe('Perbup Tulang Bawang 2024');
    const restored = await restorePreviousPolicy();
    expect(restored.ok && restored.value.name).toBe('Perbup Tulang Bawang 2024');
    expect((await getSettings()).policy.name).toBe('Perbup Tulang Bawang 2024');
  });
});

describe('previous policy (one level of undo)', () => {
  const BARRU = { ...defaultPolicy(), name: 'Perbup Barru 2025' };

  it('keeps the replaced policy on every replacement, and swaps the two on restore', async () => {
    expect(await restorePreviousPolicy()).toMatchObject({
      ok: false,
      issue: { code: 'EXT_OPTIONS_NO_PREVIOUS' },
    });
    expect((await replacePolicy(TUBA)).ok).toBe(true);
    expect((await getSettings()).previousPolicy).toEqual(defaultPolicy());
    expect((await replacePolicy(BARRU)).ok).toBe(true);
    let settings = await getSettings();
    expect([settings.policy.name, settings.previousPolicy?.name]).toEqual([
      'Perbup Barru 2025',
      'Perbup Tulang Bawang 2024',
    ]);
    await restorePreviousPolicy();
    settings = await getSettings();
    expect([settings.policy.name, settings.previousPolicy?.name]).toEqual([
      'Perbup Tulang Bawang 2024',
      'Perbup Barru 2025',
    ]);
  });

  it('replaces a results package and its policy in one write, keeping the policy replaced', async () => {
    await setSettings({ policy: TUBA, userNip: SAMPLE_SUPERVISOR.nip });
    const pkg = ResultsPackageSchema.parse(
      sampleResultsPackage([{ nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1 }]),
    );
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await replacePolicy(pkg.policy, { resultsPackage: pkg })).ok).toBe(true);
    expect(set).toHaveBeenCalledTimes(1);
    const settings = await getSettings();
    expect(settings.policy.name).toBe('Perbup Barru 2025');
    expect(settings.previousPolicy?.name).toBe('Perbup Tulang Bawang 2024');
    expect(settings.resultsPackage?.employees).toHaveLength(1);
  });

  it('says why a stored policy is not used, instead of only falling back to the defaults', async () => {
    expect(await storedPolicyIssues()).toEqual([]);
    await fakeBrowser.storage.local.set({ policy: { version: 1, nama: 'Perbup' } });
    const issues = await storedPolicyIssues();
    expect(issues.map((i) => formatIssue(i)).join(' ')).toContain('Mungkin maksudnya "name"?');
    expect((await getSettings()).policy).toEqual(defaultPolicy());
  });
});

describe('whose results package', () => {
  const pkgFor = (owner: { nip: string; nama: string }) =>
    ResultsPackageSchema.parse(
      sampleResultsPackage(
        [{ nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1 }],
        'Perbup Barru 2025',
        owner,
      ),
    );

  it('stores a package only for the NIP the user gave, and none before the user gives one', async () => {
    const noNip = await setSettings({ resultsPackage: pkgFor(SAMPLE_SUPERVISOR) });
    expect(noNip.ok || formatIssue(noNip.issue)).toContain('isi dan simpan dulu NIP Anda');
    expect((await setUserNip('19780514 200501 2 004')).ok).toBe(true);
    expect((await getSettings()).userNip).toBe(SAMPLE_SUPERVISOR.nip);
    const other = await setSettings({ resultsPackage: pkgFor(OTHER_SUPERVISOR) });
    expect(other.ok || formatIssue(other.issue)).toContain('Paket ini untuk atasan lain');
    expect(await fakeBrowser.storage.local.get('resultsPackage')).toEqual({});
    expect((await setSettings({ resultsPackage: pkgFor(SAMPLE_SUPERVISOR) })).ok).toBe(true);
    expect((await getSettings()).resultsPackage?.for).toEqual(SAMPLE_SUPERVISOR);
  });

  it("checks a NIP with the core's parser, and a new NIP removes the package for the old one", async () => {
    const bad = await setUserNip('3201011505900001');
    expect(bad.ok || formatIssue(bad.issue)).toContain('tampaknya NIK KTP, bukan NIP');
    await setUserNip(SAMPLE_SUPERVISOR.nip);
    await setSettings({ resultsPackage: pkgFor(SAMPLE_SUPERVISOR) });
    const same = await setUserNip(SAMPLE_SUPERVISOR.nip);
    expect(same.ok && same.value.removed).toBeNull();
    const changed = await setUserNip(OTHER_SUPERVISOR.nip);
    expect(changed.ok && changed.value.removed).toEqual(SAMPLE_SUPERVISOR);
    expect((await fakeBrowser.storage.local.get('resultsPackage')).resultsPackage ?? null).toBeNull();
  });

  it("tells listeners the package in force when the NIP or the package changes, never another NIP's", async () => {
    const seen: Partial<Awaited<ReturnType<typeof getSettings>>>[] = [];
    const stop = onSettingsChanged((changed) => seen.push(changed));
    await setUserNip(SAMPLE_SUPERVISOR.nip);
    await setSettings({ resultsPackage: pkgFor(SAMPLE_SUPERVISOR) });
    // Written around setSettings (a damaged or hand-edited storage): the NIP alone changes.
    await fakeBrowser.storage.local.set({ userNip: OTHER_SUPERVISOR.nip });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    stop();
    expect(seen.map((c) => c.resultsPackage?.for ?? null)).toEqual([null, SAMPLE_SUPERVISOR, null]);
    expect(seen[2]?.userNip).toBe(OTHER_SUPERVISOR.nip);
  });

  it('never reads a package for another NIP, and removes it and a whole-OPD package, saying why', async () => {
    await fakeBrowser.storage.local.set({
      userNip: SAMPLE_SUPERVISOR.nip,
      resultsPackage: pkgFor(OTHER_SUPERVISOR),
    });
    expect((await getSettings()).resultsPackage).toBeNull();
    const notYours = await dropRefusedPackage();
    expect(notYours && formatIssue(notYours)).toContain('bukan untuk NIP Anda, jadi tidak dipakai');
    expect((await fakeBrowser.storage.local.get('resultsPackage')).resultsPackage ?? null).toBeNull();

    const { for: _owner, ...wholeOpd } = { ...pkgFor(SAMPLE_SUPERVISOR), version: 1 };
    await fakeBrowser.storage.local.set({ resultsPackage: wholeOpd });
    expect((await getSettings()).resultsPackage).toBeNull();
    const old = await dropRefusedPackage();
    expect(old && formatIssue(old)).toContain('Paket hasil lama untuk seluruh OPD (versi 1) dihapus');
    expect((await fakeBrowser.storage.local.get('resultsPackage')).resultsPackage ?? null).toBeNull();
    expect(await dropRefusedPackage()).toBeNull();
  });
});

describe('a policy stored by an older version, for the overlay', () => {
  it('is re-saved complete on install or start, so the page applies the region policy, not the defaults', async () => {
    const { isCompletePolicy } = await import('../../extension/src/content/light/settings');
    const { migrateStoredPolicies } = await import('../../extension/src/storage');
    // Saved before this version's sections existed (attendance codes, RB, units of measure...). The
    // overlay checks only the sections it reads (OverlayPolicy): here the capaian's units of measure.
    const { discipline, rb, capaian, ...older } = TUBA as unknown as Record<string, unknown>;
    const { codes, ...olderDiscipline } = discipline as Record<string, unknown>;
    const { units, ...olderCapaian } = capaian as Record<string, unknown>;
    void rb;
    void codes;
    void units;
    await chrome.storage.local.set({
      policy: { ...older, discipline: olderDiscipline, capaian: olderCapaian },
    });
    const before = (await chrome.storage.local.get('policy')).policy;
    expect(isCompletePolicy(before)).toBe(false);
    expect(await migrateStoredPolicies()).toEqual(['policy']);
    const after = (await chrome.storage.local.get('policy')).policy;
    expect(isCompletePolicy(after)).toBe(true);
    expect(after).toMatchObject({ name: 'Perbup Tulang Bawang 2024' });
    // The same policy the options page reads through the core's importer.
    expect((await getSettings()).policy).toEqual(after);
    // Nothing to do the second time.
    expect(await migrateStoredPolicies()).toEqual([]);
  });
});
