/**
 * A page left while its on-demand modules were still coming, then shown again by Back from the
 * back/forward cache (extension/src/content/on-demand.ts). Chrome closes the extension's channel when
 * the page enters the cache, so the content script's request never gets its answer: without asking
 * again, the restored page kept waiting for good, its table needing the period module unbadged and its
 * panel never drawn. The background's injections are held until the page has been left, so the request
 * is certainly cut short; the restored page must show what a fresh load of it shows. The English texts
 * (light/english.ts), which the overlay waits for before its first badge, are asked for again the same way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';
import { writeRawStorage } from './harness';

const PAGE = 'skp-target-triwulan.html';

describe('a page restored from the back/forward cache while its modules loaded', () => {
  const fx = useExtension({ server: true, launch: { backForwardCache: true } });

  /** Holds the background's injections until `release`; counts them. */
  const holdInjections = () =>
    fx.ext.worker.evaluate(() => {
      type Inject = (...args: unknown[]) => Promise<unknown>;
      const worker = self as unknown as {
        held?: Promise<void>;
        release?: () => void;
        injections?: number;
        inject?: Inject;
      };
      worker.injections = 0;
      worker.held = new Promise<void>((resolve) => {
        worker.release = resolve;
      });
      const scripting = chrome.scripting as { executeScript: Inject };
      worker.inject ??= scripting.executeScript.bind(chrome.scripting);
      const inject = worker.inject;
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

  /**
   * Loads PAGE with the background's injections held until `held` of them were asked for, leaves it,
   * releases them, goes Back; returns the restored page and what a fresh load of PAGE shows.
   */
  async function leftWhileLoading(held: number) {
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
    await expect.poll(injections, { timeout: 20_000 }).toBeGreaterThanOrEqual(held);
    expect(await readBadges(page)).toEqual([]);
    await page.goto(fx.server.url('skp-rencana.html'));
    await release();
    await page.goBack({ waitUntil: 'commit' });
    // Restored from the cache, not loaded again (that would prove nothing).
    await page.waitForSelector('html[data-restored="bfcache"]', { timeout: 20_000 });
    return { page, expected };
  }

  it('asks for them again when Back shows the page, and shows what a fresh load shows', async () => {
    // The period and panel modules are asked for and held in the background.
    const { page, expected } = await leftWhileLoading(2);
    await waitForBadges(page, expected.badges.length);
    const restored = await shown(page);
    expect(restored.badges).toEqual(expected.badges);
    expect(restored.panel.text).toBe(expected.panel.text);
    await page.close();
  });

  it('asks for the English texts again too: the overlay waits for them before its first badge', async () => {
    await writeRawStorage(fx.ext, { lang: 'en' });
    try {
      const { page, expected } = await leftWhileLoading(1);
      // In English (its texts came), as the content script alone could not say it.
      expect(expected.badges[0]?.title).toMatch(/^Proposed work-result rating/);
      await waitForBadges(page, expected.badges.length);
      const restored = await shown(page);
      expect(restored.badges).toEqual(expected.badges);
      expect(restored.panel.text).toBe(expected.panel.text);
      await page.close();
    } finally {
      await writeRawStorage(fx.ext, { lang: 'id' });
    }
  });
});
