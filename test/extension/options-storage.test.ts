import { fakeBrowser } from '@webext-core/fake-browser';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getSettings,
  onSettingsChanged,
  replacePolicy,
  resetSettings,
  restorePreviousPolicy,
  SETTINGS_KEYS,
  SettingsSchema,
  setSettings,
  storedPolicyIssues,
} from '../../extension/src/storage';
import { formatIssue } from '../../shared/messages/format';
import { ResultsPackageSchema } from '../../shared/pipeline/schema';
import { defaultPolicy } from '../../shared/policy/schema';
import { sampleResultsPackage } from './harness';

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
    await setSettings({ policy: TUBA });
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
