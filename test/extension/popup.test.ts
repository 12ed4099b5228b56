import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PageStatusSchema } from '../../extension/src/messaging';
import { pageTypeLabel } from '../../extension/src/popup/labels';
import { useExtension } from './fixture';
import { askTab, externalRequests, readStorage, tabIdFor, writeRawStorage } from './harness';

const browser = useExtension({ server: true });
let tabId: number;

async function openPopup(forTab: number | string): Promise<Page> {
  const popup = await browser.ext.newPage();
  await popup.goto(browser.ext.extensionUrl(`src/popup/popup.html?tab=${forTab}`));
  await popup.locator('#status > *').first().waitFor();
  return popup;
}

const fieldValue = (popup: Page, name: string) => popup.locator(`#status [data-field="${name}"] dd`);

beforeAll(async () => {
  await browser.open('shell-skp.html');
  tabId = await tabIdFor(browser.ext, browser.server.url('shell-skp.html'));
});

describe('popup', () => {
  it('shows, in Indonesian, what the content script reports for the SKP tab', async () => {
    const status = PageStatusSchema.parse(await askTab(browser.ext, tabId, { type: 'nilai-kerja/status' }));
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('html', 'lang')).toBe('id');
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Nilai Kerja');
    expect(await popup.locator('#status dt').allTextContents()).toEqual([
      'Jenis halaman',
      'Baris dinilai',
      'Kolom dikenali',
    ]);
    expect(await fieldValue(popup, 'page-type').textContent()).toBe(pageTypeLabel(status.pageType, 'id'));
    expect(await fieldValue(popup, 'rows').textContent()).toBe(String(status.rows));
    const recognised = status.recognised.length ? status.recognised.join(', ') : 'belum ada';
    expect(await fieldValue(popup, 'recognised').textContent()).toBe(recognised);
    expect(await popup.locator('#site').textContent()).toContain('Situs ini selalu aktif');
    expect(await popup.getByRole('button', { name: 'Jalankan sekali di tab ini' }).isEnabled()).toBe(true);
    await popup.close();
  });

  it('switching the overlay off is saved and reaches the page', async () => {
    const popup = await openPopup(tabId);
    const toggle = popup.getByLabel('Tampilkan penilaian di halaman');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(async () => (await readStorage(browser.ext)).overlayEnabled).toBe(false);
    await expect
      .poll(
        async () =>
          PageStatusSchema.parse(await askTab(browser.ext, tabId, { type: 'nilai-kerja/status' })).overlay,
      )
      .toBe(false);
    await toggle.check();
    await expect.poll(async () => (await readStorage(browser.ext)).overlayEnabled).toBe(true);
    await popup.close();
  });

  it('runs once on the tab without breaking the page or duplicating the answer', async () => {
    const popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Jalankan sekali di tab ini' }).click();
    await expect.poll(() => popup.locator('#status dl').count()).toBe(1);
    expect(await popup.locator('#message').textContent()).toBe('');
    expect(browser.ext.pageErrors).toEqual([]);
    await popup.close();
  });

  it('announces only what changed, in one live region, never the whole page', async () => {
    const popup = await openPopup(tabId);
    const announced = () => popup.locator('#announce p').allTextContents();
    // One live region; the page itself and its notices are not live.
    expect(await popup.locator('[aria-live], [role="status"], [role="alert"]').count()).toBe(1);
    expect(await popup.getAttribute('#announce', 'aria-live')).toBe('polite');
    expect(await announced()).toEqual([]);
    const toggle = popup.getByLabel('Tampilkan penilaian di halaman');
    await toggle.uncheck();
    await expect.poll(announced).toEqual(['Penilaian disembunyikan dari halaman.']);
    await toggle.check();
    await expect
      .poll(announced)
      .toEqual(['Penilaian disembunyikan dari halaman.', 'Penilaian ditampilkan di halaman.']);
    // A one-off run answers with the tab's status, in one line.
    await popup.getByRole('button', { name: 'Jalankan sekali di tab ini' }).click();
    await expect
      .poll(async () => (await announced()).at(-1))
      .toMatch(/^Tab diperbarui: .+, \d+ baris dinilai\.$/);
    expect(await popup.locator('[aria-live], [role="status"], [role="alert"]').count()).toBe(1);
    await popup.close();
  });

  it('speaks English when the user chose English', async () => {
    await writeRawStorage(browser.ext, { lang: 'en' });
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('html', 'lang')).toBe('en');
    expect(await popup.locator('#status dt').allTextContents()).toEqual([
      'Page type',
      'Rows scored',
      'Columns recognised',
    ]);
    expect(await popup.getByRole('button', { name: 'Options and policy' }).count()).toBe(1);
    await writeRawStorage(browser.ext, { lang: 'id' });
    await popup.close();
  });

  it('says plainly when a tab is not a web page it can work on', async () => {
    const blankTab = await browser.ext.worker.evaluate(
      async () => (await chrome.tabs.create({ url: 'about:blank' })).id,
    );
    const popup = await openPopup(blankTab!);
    expect(await popup.locator('#status').textContent()).toContain('tidak dapat berjalan di halaman ini');
    expect(await popup.getByRole('button', { name: 'Jalankan sekali di tab ini' }).isDisabled()).toBe(true);
    await popup.close();
  });

  it('opens without errors and without any request leaving the computer', () => {
    expect(browser.ext.pageErrors).toEqual([]);
    expect(browser.ext.consoleErrors).toEqual([]);
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.requests.some((r) => r.url.includes('/shell-skp.html'))).toBe(true);
  });
});
