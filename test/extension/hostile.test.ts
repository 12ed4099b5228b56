/**
 * The overlay on a page that fights its own DOM (fixtures/hostile-rerender.html), in real Chromium
 * with the built extension: rows cloned and re-rendered every frame, <body> replaced, a flood of
 * navigation events, page elements that use the overlay's class names and ids. No timing is asserted
 * here (the bench measures time); these tests assert counts and what is left in the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension, waitForPanel } from './fixture';
import { externalRequests } from './harness';

const PAGE = 'hostile-rerender.html';
const PEOPLE = 5;

const browser = useExtension({ build: true, server: true, timeout: 120_000 });

async function open(): Promise<Page> {
  const page = await browser.open(PAGE);
  await waitForOneBadgePerRow(page);
  return page;
}

/** Badges per data row of the list, in row order. */
const badgesPerRow = (page: Page): Promise<number[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('#rekap-body tr')).map(
      (row) => row.querySelectorAll('[data-nilai-kerja="badge"]').length,
    ),
  );

async function waitForOneBadgePerRow(page: Page): Promise<void> {
  await page.waitForFunction(
    (people) => {
      const rows = Array.from(document.querySelectorAll('#rekap-body tr'));
      return (
        rows.length === people &&
        rows.every((row) => row.querySelectorAll('[data-nilai-kerja="badge"]').length === 1)
      );
    },
    PEOPLE,
    { timeout: 30_000 },
  );
}

/** Scans the overlay ran, from its own `nilai-kerja:done` marks (a number only, no results). */
const scans = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Math.max(
      0,
      ...performance
        .getEntriesByName('nilai-kerja:done')
        .map((m) => ((m as PerformanceMark).detail as { scans?: number } | null)?.scans ?? 0),
    ),
  );

/** Lets the overlay catch up: two frames and its background-tab timer. */
const settle = (page: Page): Promise<unknown> =>
  page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 400)))),
  );

/** What the page's own elements that share our names look like. */
const pageOwnElements = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    ['#label-halaman', '.nk-panel#nk-panel-body', '#__nilaiKerjaOverlay', 'form#nilai-kerja'].map(
      (selector) => document.querySelector(selector)?.textContent?.trim() ?? 'HILANG',
    ),
  );

const PAGE_OWN = ['Label milik halaman', 'Panel milik halaman', 'Elemen halaman dengan id yang sama', ''];

describe('a page that re-renders its rows', () => {
  it('keeps one badge per row while rows are cloned, re-appended and rebuilt from HTML, every frame', async () => {
    const page = await open();
    const steps = await page.evaluate(() =>
      (window as unknown as { rerenderRows: (ms: number) => Promise<number> }).rerenderRows(1500),
    );
    expect(steps).toBeGreaterThan(20);
    await settle(page);
    await waitForOneBadgePerRow(page);
    expect(await badgesPerRow(page)).toEqual([1, 1, 1, 1, 1]);
    // Each row's badge is still about that row.
    const nips = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLTableRowElement>('#rekap-body tr')).map((row) => [
        row.cells[1]?.textContent,
        row.querySelector('[data-nilai-kerja="badge"]')?.getAttribute('data-nip'),
      ]),
    );
    for (const [cell, badge] of nips) expect(badge).toBe(cell);
    await waitForPanel(page);
    expect(await page.locator('[data-nilai-kerja="panel"]').count()).toBe(1);
    await page.close();
  }, 60_000);
});

describe('a page that replaces <body> (Turbo, pjax)', () => {
  it('brings the badges and the panel back on the new body', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as { replaceBody: () => void }).replaceBody());
    await waitForOneBadgePerRow(page);
    expect(await badgesPerRow(page)).toEqual([1, 1, 1, 1, 1]);
    await page.waitForFunction(() => document.querySelectorAll('[data-nilai-kerja="panel"]').length === 1);
    // And it keeps following the new body: a row changed there is scored again.
    await page.evaluate(() => {
      const cell = document.querySelector('#rekap-body tr:nth-child(3) td:nth-child(5)')!;
      cell.firstChild!.textContent = '40';
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('#rekap-body tr:nth-child(3) [data-nilai-kerja="badge"]')
          ?.getAttribute('data-capaian') === '0.4',
    );
    await page.close();
  }, 60_000);
});

describe('a flood of navigation events', () => {
  it('costs a bounded number of scans, not one per event', async () => {
    const page = await open();
    await settle(page);
    const before = await scans(page);
    await page.evaluate(() => (window as unknown as { floodNavigation: () => void }).floodNavigation());
    await settle(page);
    const after = await scans(page);
    // 2,000 events: one scan for the frame they fell in (and at most a continuation or two).
    expect(after - before).toBeGreaterThanOrEqual(1);
    expect(after - before).toBeLessThanOrEqual(3);
    expect(await badgesPerRow(page)).toEqual([1, 1, 1, 1, 1]);
    await page.close();
  }, 60_000);
});

describe('page elements with the overlay’s class names and ids', () => {
  it('leaves them alone, runs anyway, and removes only its own elements when switched off', async () => {
    const page = await open();
    expect(await pageOwnElements(page)).toEqual(PAGE_OWN);
    // What the page's scripts can read of our elements: the contract's attributes, nothing else.
    const attributes = await page.evaluate(() =>
      (window as unknown as { readOverlay: () => string[] }).readOverlay(),
    );
    for (const names of attributes) {
      for (const name of names.split(' '))
        expect([
          'aria-label',
          'class',
          'data-capaian',
          'data-flags',
          'data-kategori',
          'data-kind',
          'data-nilai',
          'data-nilai-kerja',
          'data-nip',
          'data-page',
          'data-rows',
          'lang',
          'role',
          'tabindex',
          'title',
        ]).toContain(name);
    }
    // Off (the options page's switch, in storage): every badge and the panel go, the page's own stay.
    const options = await browser.ext.newPage();
    await options.goto(browser.ext.extensionUrl('src/options/options.html'));
    await options.evaluate(() => chrome.storage.local.set({ overlayEnabled: false }));
    try {
      await page.waitForFunction(() => document.querySelectorAll('[data-nilai-kerja]').length === 0);
      expect(await pageOwnElements(page)).toEqual(PAGE_OWN);
    } finally {
      await options.evaluate(() => chrome.storage.local.set({ overlayEnabled: true }));
    }
    await waitForOneBadgePerRow(page);
    expect(await pageOwnElements(page)).toEqual(PAGE_OWN);
    await page.click('#tombol');
    expect(await page.textContent('#hasil')).toBe('Tombol berfungsi');
    await options.close();
    await page.close();
  }, 60_000);

  it('made no request outside the machine and raised no page error', () => {
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(browser.ext.consoleErrors).toEqual([]);
  });
});
