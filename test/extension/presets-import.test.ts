import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { readImportedJson } from '../../extension/src/options/import';
import { formatIssue } from '../../shared/messages/format';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import { useExtension } from './fixture';
import { readStorage, SAMPLE_SUPERVISOR, sampleResultsPackage } from './harness';

/**
 * The options page applies to an imported policy the preset rule the add-on's save applies
 * (shared/policy checkPresetClaim): an unknown preset is refused, and a policy (or a package's policy)
 * whose values are not the preset it names is stored as custom ("kustom"), the page saying so before
 * "Terapkan" and after. A file that names no preset claims "nasional" (the schema's default), as in the
 * add-on's import.
 */

const NOTE =
  'Nilai kebijakan ini berbeda dari preset "tulang_bawang" (preset yang disebut berkas, atau "nasional" bila berkas tidak menyebut preset), tetapi sama persis dengan preset "nasional". Kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"). Bila memang preset "nasional", pilih preset itu di Pengaturan kebijakan, atau tulis "preset": "nasional" di berkasnya lalu impor lagi.';
/** What the add-on's import says of a file that names no preset and whose values are not the national ones. */
const UNNAMED_NOTE =
  'Nilai kebijakan ini berbeda dari preset "nasional" (preset yang disebut berkas, atau "nasional" bila berkas tidak menyebut preset), tetapi sama persis dengan preset "tulang_bawang". Kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"). Bila memang preset "tulang_bawang", pilih preset itu di Pengaturan kebijakan, atau tulis "preset": "tulang_bawang" di berkasnya lalu impor lagi.';
/** The national values under the Tulang Bawang preset's name. */
const mislabelled = () => ({
  ...POLICY_PRESETS.nasional(),
  preset: 'tulang_bawang',
  name: 'Perbup Tulang Bawang 2025',
});
const SITI = { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02 };

describe('readImportedJson: the preset a file names', () => {
  it('refuses a preset that is none, naming the presets there are', () => {
    const result = readImportedJson(JSON.stringify({ version: 1, preset: 'tulangbawang' }), null);
    expect(result.ok ? '' : formatIssue(result.issue)).toBe(
      'Isian preset: Preset "tulangbawang" tidak dikenal. Pilih salah satu dari: nasional, tulang_bawang, legacy_numeric, kustom.',
    );
    const pkg = sampleResultsPackage([SITI]);
    pkg.policy = { version: 1, preset: 'tulangbawang' };
    const inPackage = readImportedJson(JSON.stringify(pkg), SAMPLE_SUPERVISOR.nip);
    expect(inPackage.ok ? '' : formatIssue(inPackage.issue)).toContain(
      'Isian policy.preset: Preset "tulangbawang"',
    );
  });

  it('keeps a policy that does not follow its preset as custom, with a warning', () => {
    const result = readImportedJson(JSON.stringify(mislabelled()), null);
    expect(result.ok && result.value.kind === 'policy' && result.value.policy.preset).toBe('kustom');
    expect(result.ok && result.warnings?.map((w) => formatIssue(w))).toEqual([NOTE]);
    const pkg = sampleResultsPackage([SITI]);
    pkg.policy = mislabelled();
    const fromPackage = readImportedJson(JSON.stringify(pkg), SAMPLE_SUPERVISOR.nip);
    expect(
      fromPackage.ok &&
        fromPackage.value.kind === 'package' &&
        fromPackage.value.resultsPackage.policy.preset,
    ).toBe('kustom');
    expect(fromPackage.ok && fromPackage.warnings?.map((w) => formatIssue(w))).toEqual([NOTE]);
  });

  it('keeps a preset the values do follow, without a warning', () => {
    const tb = { ...POLICY_PRESETS.tulang_bawang(), name: 'Perbup Tulang Bawang 2025' };
    const result = readImportedJson(JSON.stringify(tb), null);
    expect(result.ok && result.value.kind === 'policy' && result.value.policy.preset).toBe('tulang_bawang');
    expect(result.ok && result.warnings).toBeUndefined();
  });
});

describe('options page (Chromium): importing a policy under a preset it does not follow', () => {
  const browser = useExtension({ build: true });
  let options: Page;

  beforeEach(async () => {
    await browser.ext.worker.evaluate(() => chrome.storage.local.clear());
    await options?.close();
    options = await browser.ext.newPage();
    await options.goto(browser.ext.extensionUrl('src/options/options.html'));
    await options.locator('#policy').waitFor();
  });

  const pick = async (name: string, content: unknown): Promise<void> => {
    await options.evaluate(() => document.getElementById('message')?.replaceChildren());
    await options.getByLabel(/Impor berkas JSON/).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(content)),
    });
    await options.locator('#confirm, #message .notice').first().waitFor();
  };

  it('says so before "Terapkan" and after, and stores it as custom', async () => {
    await pick('perbup-tuba.json', mislabelled());
    expect(await options.locator('#confirm').textContent()).toContain(NOTE);
    await options.getByRole('button', { name: 'Terapkan' }).click();
    const message = options.locator('#message .notice');
    await message.waitFor();
    expect(await message.textContent()).toBe(
      `Kebijakan "Perbup Tulang Bawang 2025" diimpor dan disimpan. ${NOTE}`,
    );
    const stored = (await readStorage(browser.ext)).policy as { preset: string; name: string };
    expect(stored).toMatchObject({ preset: 'kustom', name: 'Perbup Tulang Bawang 2025' });
  });

  it('a file naming no preset: says it is custom before "Terapkan" and after, as the add-on does', async () => {
    const { preset: _named, ...tuba } = POLICY_PRESETS.tulang_bawang();
    await pick('perbup-tuba-2025.json', { ...tuba, name: 'Perbup Tulang Bawang 2025' });
    expect(await options.locator('#confirm').textContent()).toContain(UNNAMED_NOTE);
    await options.getByRole('button', { name: 'Terapkan' }).click();
    const message = options.locator('#message .notice');
    await message.waitFor();
    expect(await message.textContent()).toBe(
      `Kebijakan "Perbup Tulang Bawang 2025" diimpor dan disimpan. ${UNNAMED_NOTE}`,
    );
    const stored = (await readStorage(browser.ext)).policy as { preset: string; name: string };
    expect(stored).toMatchObject({ preset: 'kustom', name: 'Perbup Tulang Bawang 2025' });
  });

  it('refuses an unknown preset and stores nothing', async () => {
    await pick('perbup-salah.json', { version: 1, name: 'Perbup', preset: 'tulangbawang' });
    expect(await options.locator('#confirm').count()).toBe(0);
    expect(await options.locator('#message .notice').textContent()).toContain(
      'Preset "tulangbawang" tidak dikenal',
    );
    expect((await readStorage(browser.ext)).policy).toBeUndefined();
  });
});

describe('readImportedJson: a file that names no preset', () => {
  it('claims "nasional" as in the add-on: other values are kept as custom, saying so', () => {
    const own = readImportedJson(
      JSON.stringify({ version: 1, name: 'Perbup 2024', discipline: { maxDeduction: 0.5 } }),
      null,
    );
    expect(own.ok && own.value.kind === 'policy' && own.value.policy.preset).toBe('kustom');
    expect(own.ok && own.warnings?.map((w) => formatIssue(w))).toEqual([
      'Nilai kebijakan ini berbeda dari preset "nasional", jadi kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"), bukan "nasional".',
    ]);
    // The Tulang Bawang values without the preset's name are not recorded as that preset either.
    const { preset: _named, ...tuba } = POLICY_PRESETS.tulang_bawang();
    const unnamedTuba = readImportedJson(JSON.stringify({ ...tuba, name: 'Perbup Tuba 2025' }), null);
    expect(unnamedTuba.ok && unnamedTuba.value.kind === 'policy' && unnamedTuba.value.policy.preset).toBe(
      'kustom',
    );
    expect(unnamedTuba.ok && unnamedTuba.warnings?.map((w) => formatIssue(w))).toEqual([UNNAMED_NOTE]);
    const national = readImportedJson(JSON.stringify({ version: 1, name: 'Perbup 2024' }), null);
    expect(national.ok && national.value.kind === 'policy' && national.value.policy.preset).toBe('nasional');
    expect(national.ok && national.warnings).toBeUndefined();
  });
});
