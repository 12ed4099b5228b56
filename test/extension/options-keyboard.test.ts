import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExtension } from './fixture';
import { readStorage, SAMPLE_SUPERVISOR, sampleResultsPackage } from './harness';

/**
 * The options page by keyboard: where focus goes when an action removes the focused control (the
 * confirmation closing, the package or a site removed), and what the live region then says.
 * Without a target the focus falls to <body> and a keyboard or screen-reader user starts over.
 */

const browser = useExtension();
let options: Page;

const SITI = { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02 };
const TUBA = { version: 1, name: 'Perbup Tulang Bawang 2024' };
const SITES = ['https://ekinerja.barrukab.go.id/*', 'https://ekinerja.tulangbawangkab.go.id/*'];

/** The focused element as "tag#id". */
const focused = (page: Page) =>
  page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}#${document.activeElement?.id}`);
const message = (page: Page) => page.locator('#message').textContent();

/**
 * Options with the user's own granted sites faked: a test profile cannot grant an optional host (Chrome
 * asks in a dialog), so getAll/remove answer from a list the page keeps; the page's code is unchanged.
 */
async function openOptions(sites: string[] = []): Promise<Page> {
  const page = await browser.ext.newPage();
  await page.addInitScript((granted: string[]) => {
    if (granted.length === 0 || typeof chrome === 'undefined' || !chrome.permissions) return;
    const origins = [...granted];
    const real = chrome.permissions.getAll.bind(chrome.permissions);
    chrome.permissions.getAll = (async () => {
      const all = await real();
      return { ...all, origins: [...(all.origins ?? []), ...origins] };
    }) as typeof chrome.permissions.getAll;
    chrome.permissions.remove = (async ({ origins: gone = [] }: chrome.permissions.Permissions) => {
      for (const o of gone) origins.splice(origins.indexOf(o), 1);
      return true;
    }) as typeof chrome.permissions.remove;
  }, sites);
  await page.goto(browser.ext.extensionUrl('src/options/options.html'));
  await page.locator('#policy').waitFor();
  return page;
}

/** Picks a file by keyboard-free upload and waits for the confirmation. */
async function pick(page: Page, name: string, content: unknown): Promise<void> {
  await page.evaluate(() => document.getElementById('message')?.replaceChildren());
  await page.locator('#import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  });
  await page.locator('#confirm, #message .notice').first().waitFor();
}

beforeEach(async () => {
  await browser.ext.worker.evaluate(() => chrome.storage.local.clear());
  await options?.close();
  options = await openOptions();
});

describe('options page: focus after an action removes the focused control', () => {
  it('returns from Batal to the control that opened the confirmation', async () => {
    await pick(options, 'tuba.json', TUBA);
    expect(await focused(options)).toBe('button#confirm-cancel');
    await options.keyboard.press('Enter');
    await expect.poll(() => message(options)).toBe('Dibatalkan; tidak ada yang diubah.');
    // The message is said first, then the page renders without the confirmation (one async render).
    await expect.poll(() => options.locator('#confirm').count()).toBe(0);
    await expect.poll(() => focused(options)).toBe('input#import-file');
  });

  it('returns from Terapkan to the control that opened the confirmation, and for a reset to "Kembalikan ke bawaan"', async () => {
    await pick(options, 'tuba.json', TUBA);
    // The confirmation opens on Batal; Terapkan is the control before it.
    await options.keyboard.press('Shift+Tab');
    expect(await focused(options)).toBe('button#confirm-apply');
    await options.keyboard.press('Enter');
    await expect.poll(() => message(options)).toContain('Kebijakan "Perbup Tulang Bawang 2024" diimpor');
    await expect.poll(() => focused(options)).toBe('input#import-file');
    await options.focus('#reset');
    await options.keyboard.press('Enter');
    await options.locator('#confirm').waitFor();
    await options.focus('#confirm-apply');
    await options.keyboard.press('Enter');
    await expect.poll(() => message(options)).toContain('dikembalikan ke bawaan');
    await expect.poll(() => focused(options)).toBe('button#reset');
  });

  it('moves to the package heading after "Hapus paket hasil", and says the package was removed', async () => {
    await options.fill('#user-nip', SAMPLE_SUPERVISOR.nip);
    await options.press('#user-nip', 'Enter');
    await expect.poll(() => message(options)).toContain('disimpan');
    // The saved NIP shown on the page: a package is checked against it (under load the save lands late).
    await expect
      .poll(() => options.locator('#user-nip-help').textContent())
      .toContain(`NIP tersimpan: ${SAMPLE_SUPERVISOR.nip}.`);
    await pick(options, 'paket.json', sampleResultsPackage([SITI], 'Perbup Barru 2025'));
    expect(await message(options)).toBe('');
    await options.click('#confirm-apply');
    await expect.poll(() => message(options)).toContain('Paket hasil diimpor');
    await options.focus('#remove-package');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await readStorage(browser.ext)).resultsPackage).toBeNull();
    await expect
      .poll(() => message(options))
      .toBe('Paket hasil dihapus dari ekstensi; kebijakan yang berlaku tetap.');
    await expect.poll(() => focused(options)).toBe('h2#package-title');
    expect(await options.locator('#package-title').getAttribute('tabindex')).toBe('-1');
    // The policy that came with the package stays in force.
    expect(await options.locator('#policy [data-field="name"] dd').textContent()).toBe('Perbup Barru 2025');
  });

  it("moves to the next site's ✕ after removing a site, then to the heading, saying each removal", async () => {
    await options.close();
    options = await openOptions(SITES);
    const first = options.getByRole('button', { name: 'Hapus https://ekinerja.barrukab.go.id' });
    await first.focus();
    await options.keyboard.press('Enter');
    await expect
      .poll(() => message(options))
      .toBe('Nilai Kerja tidak lagi berjalan di https://ekinerja.barrukab.go.id.');
    await expect
      .poll(() => focused(options))
      .toBe('button#remove-site-https://ekinerja.tulangbawangkab.go.id/*');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => message(options))
      .toBe('Nilai Kerja tidak lagi berjalan di https://ekinerja.tulangbawangkab.go.id.');
    await expect.poll(() => focused(options)).toBe('h2#sites-title');
    expect(await options.locator('#sites li[data-site]').count()).toBe(0);
  });
});

describe('options page: files it does not read', () => {
  it('says a CSV is not JSON without showing its content, and refuses a huge file before reading it', async () => {
    await options.evaluate(() => document.getElementById('message')?.replaceChildren());
    await options.locator('#import-file').setInputFiles({
      name: 'bawahan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nip;nama\n199003152015032002;Siti Rahmawati'),
    });
    await options.locator('#message .notice').waitFor();
    const csv = (await message(options)) ?? '';
    expect(csv).toContain('Berkas "bawahan.csv" tidak diimpor: Berkas ini bukan JSON yang sah');
    expect(csv).not.toMatch(/1990031520|Siti|Unexpected/);
    await options.evaluate(() => document.getElementById('message')?.replaceChildren());
    await options.locator('#import-file').setInputFiles({
      name: 'besar.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(6 * 1024 * 1024, 0x20),
    });
    await options.locator('#message .notice').waitFor();
    expect(await message(options)).toContain('Berkas ini terlalu besar (6 MB; batas 5 MB)');
  });

  it('asks to update Nilai Kerja for a package from a newer add-on', async () => {
    await options.fill('#user-nip', SAMPLE_SUPERVISOR.nip);
    await options.press('#user-nip', 'Enter');
    await expect.poll(() => message(options)).toContain('disimpan');
    await pick(options, 'paket-v3.json', { ...sampleResultsPackage([SITI]), version: 3 });
    expect(await message(options)).toContain('dibuat oleh add-on Sheets yang lebih baru');
    expect(await message(options)).toContain('Perbarui ekstensi Nilai Kerja');
  });
});
