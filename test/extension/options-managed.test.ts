import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildExtension } from '../../extension/build';
import { MANAGED_SCHEMA, MANAGED_SCHEMA_FILE } from '../../extension/manifest';
import { MANAGED_MIRROR_KEY, TEST_MANAGED_KEY } from '../../extension/src/managed';
import { useExtension, waitForBadgeTitle } from './fixture';
import { REPO_ROOT, readStorage, TEST_EXTENSION_DIR, TEST_MATCHES } from './harness';

/**
 * Group policy (chrome.storage.managed) in real Chromium. A test profile cannot be given a managed
 * policy (that takes root and a system-wide policy file), so this file builds a variant whose one
 * managed reader (extension/src/managed.ts readManagedRaw) reads chrome.storage.local[TEST_MANAGED_KEY];
 * everything after that read (validation, precedence, locking) is the code users run.
 */

const MANAGED_DIR = 'dist/extension-test-managed';
const SITE = 'https://ekinerja.contohkab.go.id/*';
const REGION_POLICY = {
  version: 1,
  name: 'Perbup Kabupaten Contoh 2026',
  discipline: { tpp: { disciplineShare: 0.3, performanceShare: 0.7 } },
};
const NATIONAL = 'Bawaan nasional (PermenPANRB 6/2022, SE MenPANRB 3/2023)';

const browser = useExtension({
  before: () =>
    buildExtension({
      outDir: MANAGED_DIR,
      matches: TEST_MATCHES,
      zip: false,
      testManagedStorage: true,
    }),
  launch: { extensionPath: MANAGED_DIR },
  server: true,
  timeout: 180_000,
});
let options: Page;

const setManaged = (values: Record<string, unknown> | null): Promise<void> =>
  browser.ext.worker.evaluate(
    ([key, v]) =>
      v === null
        ? chrome.storage.local.remove(key as string)
        : chrome.storage.local.set({ [key as string]: v }),
    [TEST_MANAGED_KEY, values] as const,
  );

const policyValue = (page: Page, field: string) =>
  page.locator(`#policy [data-field="${field}"] dd`).textContent();

async function openOptions(): Promise<Page> {
  const page = await browser.ext.newPage();
  await page.goto(browser.ext.extensionUrl('src/options/options.html'));
  await page.locator('#policy').waitFor();
  return page;
}

beforeEach(async () => {
  await browser.ext.worker.evaluate(() => chrome.storage.local.clear());
  await options?.close();
  options = await openOptions();
});

describe('managed storage: the manifest and the release build', () => {
  it('declares storage.managed_schema and ships the schema Chrome validates group policy against', () => {
    const built = join(REPO_ROOT, TEST_EXTENSION_DIR);
    const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
    expect(manifest.storage).toEqual({ managed_schema: MANAGED_SCHEMA_FILE });
    const schema = JSON.parse(readFileSync(join(built, MANAGED_SCHEMA_FILE), 'utf8'));
    expect(schema).toEqual(MANAGED_SCHEMA);
    expect(Object.keys(schema.properties)).toEqual(['policy', 'lang', 'sites']);
  });

  it('compiles the test hook out of a normal build, and Chromium accepts the schema', async () => {
    const built = join(REPO_ROOT, TEST_EXTENSION_DIR);
    const scripts = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts)
      expect(readFileSync(join(built, file), 'utf8'), file).not.toContain('__NILAI_KERJA_TEST_MANAGED__');
    // The managed area exists (the schema was accepted) and is empty in a profile without policy.
    expect(await browser.ext.worker.evaluate(() => chrome.storage.managed.get(null))).toEqual({});
  });
});

describe('options page: settings pushed by group policy', () => {
  it('applies a managed policy, language and site, and shows each as locked', async () => {
    await setManaged({ policy: JSON.stringify(REGION_POLICY), lang: 'id', sites: [SITE] });
    await expect.poll(() => policyValue(options, 'name')).toBe(REGION_POLICY.name);
    expect(await policyValue(options, 'tpp-shares')).toBe('70 % / 30 %');
    expect((await options.locator('#policy-managed').textContent())?.toLowerCase()).toContain(
      'diatur oleh kantor anda',
    );
    const lang = options.getByLabel('Bahasa', { exact: true });
    expect(await lang.isDisabled()).toBe(true);
    expect(await lang.getAttribute('aria-describedby')).toBe('lang-managed');
    expect(await options.locator('#lang-managed').textContent()).toContain('Diatur oleh kantor Anda');
    expect(await options.locator(`#sites li.managed[data-site="${SITE}"]`).textContent()).toBe(
      'https://ekinerja.contohkab.go.id (diatur oleh kantor Anda; izin belum diberikan)',
    );
    // No ✕ for the office's site: only the user's own sites can be removed here.
    expect(await options.locator(`#sites li.managed button`).count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Izinkan situs dari kantor Anda' }).count()).toBe(1);
    // Nothing was written to the user's settings: managed values live in their own area.
    expect((await readStorage(browser.ext)).policy).toBeUndefined();
  });

  it("keeps the managed policy in force over the user's own, and refuses a policy file", async () => {
    await browser.ext.worker.evaluate(() =>
      chrome.storage.local.set({ policy: { version: 1, name: 'Kebijakan pribadi' } }),
    );
    await setManaged({ policy: JSON.stringify(REGION_POLICY) });
    await expect.poll(() => policyValue(options, 'name')).toBe(REGION_POLICY.name);
    await options.evaluate(() => document.getElementById('message')?.replaceChildren());
    await options.getByLabel(/Impor berkas JSON/).setInputFiles({
      name: 'pribadi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, name: 'Kebijakan pribadi 2' })),
    });
    const message = options.locator('#message .notice');
    await message.waitFor();
    expect(await message.textContent()).toContain('Kebijakan diatur oleh kantor Anda');
    expect(((await readStorage(browser.ext)).policy as { name: string }).name).toBe('Kebijakan pribadi');
    // When the office withdraws its policy, the user's own comes back.
    await setManaged(null);
    await expect.poll(() => policyValue(options, 'name')).toBe('Kebijakan pribadi');
    expect(await options.locator('#policy-managed').count()).toBe(0);
  });

  it('reports an invalid managed policy and ignores it whole, applying the valid managed keys', async () => {
    await setManaged({
      policy: JSON.stringify({ ...REGION_POLICY, discipline: { tpp: { disciplineShare: 1.5 } } }),
      lang: 'jawa',
      sites: [SITE],
    });
    const problems = options.locator('#managed-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Pengaturan "policy" dari kantor Anda (kebijakan grup) tidak sah');
    expect(text).toContain('discipline.tpp.disciplineShare');
    expect(text).toContain('Pengaturan "lang" dari kantor Anda');
    // Never half-applied: not the region's name with the national numbers, but the user's policy.
    expect(await policyValue(options, 'name')).toBe(NATIONAL);
    expect(await policyValue(options, 'tpp-shares')).toBe('60 % / 40 %');
    expect(await options.locator('#policy-managed').count()).toBe(0);
    expect(await options.getByLabel('Bahasa', { exact: true }).isDisabled()).toBe(false);
    expect(await options.locator(`#sites li.managed[data-site="${SITE}"]`).count()).toBe(1);
  });

  it('refuses a managed site list that covers every site (a bare "*" host), whole, and says which', async () => {
    await setManaged({ sites: [SITE, 'https://*/*'] });
    const problems = options.locator('#managed-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Pengaturan "sites" dari kantor Anda (kebijakan grup) tidak sah');
    expect(text).toContain('Pola situs "https://*/*" tidak sah');
    expect(text).not.toContain('Invalid');
    // Ignored whole: not even the valid entry is the office's, and there is nothing to grant.
    expect(await options.locator('#sites li.managed').count()).toBe(0);
    expect(await options.locator('#grant-managed-sites').count()).toBe(0);
    await setManaged({ sites: ['*://*/*'] });
    await expect.poll(() => problems.textContent()).toContain('Pola situs "*://*/*" tidak sah');
    expect(await options.locator('#sites li.managed').count()).toBe(0);
  });

  it('switches the page to the managed language', async () => {
    await setManaged({ lang: 'en' });
    await expect.poll(() => options.locator('h1').textContent()).toBe('Nilai Kerja: options');
    expect(await options.getByLabel('Language', { exact: true }).isDisabled()).toBe(true);
    expect(await options.locator('#lang-managed').textContent()).toBe(
      'Set by your office (group policy), so it cannot be changed here.',
    );
  });
});

describe('the overlay under group policy', () => {
  it('scores in the managed language on the page, whatever the user chose, and follows a change', async () => {
    const badgeTitle = () =>
      (document.querySelector('[data-nilai-kerja="badge"]') as HTMLElement | null)?.title ?? '';
    await setManaged({ lang: 'en' });
    await expect
      .poll(async () => (await readStorage(browser.ext))[MANAGED_MIRROR_KEY])
      .toEqual({ lang: 'en' });
    await browser.ext.worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
    const page = await browser.open('rekap-bulanan.html');
    await page.waitForFunction(badgeTitle, undefined, { timeout: 40_000 });
    expect(await page.evaluate(badgeTitle)).toMatch(/^Achievement/);
    // The user's own change does not win over the office's.
    await browser.ext.worker.evaluate(() => chrome.storage.local.set({ lang: 'en' }));
    await browser.ext.worker.evaluate(() => chrome.storage.local.set({ lang: 'id' }));
    await page.waitForTimeout(300);
    expect(await page.evaluate(badgeTitle)).toMatch(/^Achievement/);
    // The office withdraws the language: the user's comes back without a reload.
    await setManaged(null);
    await waitForBadgeTitle(page, 'Capaian');
    await page.close();
  }, 120_000);

  it("restores the background's copy of the managed values when anything else changes it", async () => {
    await setManaged({ policy: JSON.stringify(REGION_POLICY) });
    await expect.poll(() => policyValue(options, 'name')).toBe(REGION_POLICY.name);
    await browser.ext.worker.evaluate((key) => chrome.storage.local.set({ [key]: {} }), MANAGED_MIRROR_KEY);
    await expect
      .poll(async () => (await readStorage(browser.ext))[MANAGED_MIRROR_KEY])
      .toEqual({ policy: JSON.stringify(REGION_POLICY) });
    await expect.poll(() => policyValue(options, 'name')).toBe(REGION_POLICY.name);
  });
});
