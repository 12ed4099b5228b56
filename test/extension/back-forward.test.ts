/**
 * A page left while its on-demand modules were still coming, then shown again by Back from the
 * back/forward cache (extension/src/content/on-demand.ts). Chrome closes the extension's channel when
 * the page enters the cache, so the content script's request never gets its answer: without asking
 * again, the restored page kept waiting for good, its table needing the period module unbadged and its
 * panel never drawn. The background's injections are held until the page has been left, so the request
 * is certainly cut short; the restored page must show what a fresh load of it shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';

const PAGE = 'skp-target-triwulan.html';

describe('a page restored from the back/forward cache while its modules loaded', () => {
  const fx = useExtension({ server: true, launch: { backForwardCache: true } });

  /** Holds the background's injections until `release`; counts them. */
  const holdInjections = () =>
    fx.ext.worker.evaluate(() => {
      const worker = self as unknown as { held?: Promise<void>; release?: () => void; injections?: number };
      worker.injections = 0;
      worker.held = new Promise<void>((resolve) => {
        worker.release = resolve;
      });
      const scripting = chrome.scripting as { executeScript: (...args: unknown[]) => Promise<unknown> };
      const inject = scripting.executeScript.bind(chrome.scripting);
      scripting.executeScript = async (...args: unknown[]) => {
        worker.injections = (worker.injections ?? 0) + 1;
        await worker.held;
        return inject(...args);
      };
    });
  const injections = () =>
    fx.ext.worker.evaluate(() => (self as unknown as { injections?: number }).injections ?? 0);
  const release = () =>
    fx.ext.worker.evaluate(() => (self as unknown as { release?: () => void }).release?.());

  /** What the overlay shows on the page: badges and the panel. */
  const shown = async (page: Page) => ({ badges: await readBadges(page), panel: await readPanel(page) });

  it('asks for them again when Back shows the page, and shows what a fresh load shows', async () => {
    // A fresh load first, for what the page must show.
    const fresh = await fx.open(PAGE);
    await readPanel(fresh);
    const expected = await shown(fresh);
    expect(expected.badges.length).toBeGreaterThan(0);
    await fresh.close();

    await holdInjections();
    const page = await fx.open(PAGE, (p) =>
      p.addInitScript(() => {
        addEventListener('pageshow', (event) => {
          if (event.persisted) document.documentElement.setAttribute('data-restored', 'bfcache');
        });
      }),
    );
    // The period and panel modules are asked for and held in the background.
    await expect.poll(injections, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect(await readBadges(page)).toEqual([]);
    await page.goto(fx.server.url('skp-rencana.html'));
    await release();
    await page.goBack({ waitUntil: 'commit' });
    // Restored from the cache, not loaded again (that would prove nothing).
    await page.waitForSelector('html[data-restored="bfcache"]', { timeout: 20_000 });
    await waitForBadges(page, expected.badges.length);
    const restored = await shown(page);
    expect(restored.badges).toEqual(expected.badges);
    expect(restored.panel.text).toBe(expected.panel.text);
  });
});
