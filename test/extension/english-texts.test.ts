/**
 * The content script carries its Indonesian texts only; the English ones are a script the background
 * injects on demand (extension/src/content/light/english.ts). In English the first render already
 * speaks English (no badge drawn in Indonesian first, none without its text), in a frame too, and the
 * English script is nobody's to fetch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENGLISH_TEXTS_FILE } from '../../extension/src/content/light/english';
import { catalog } from '../../shared/messages/catalog';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';
import { REPO_ROOT, TEST_EXTENSION_DIR, writeRawStorage } from './harness';

const built = join(REPO_ROOT, TEST_EXTENSION_DIR);
const readBuilt = (path: string): string => readFileSync(join(built, path), 'utf8');
const manifest = () => JSON.parse(readBuilt('manifest.json'));

const browser = useExtension({ build: true, server: true });

/** Records every badge's title as it is first attached (the page's view, before anything can redraw it). */
const recordFirstTitles = (page: Page): Promise<unknown> =>
  page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __firstTitles: string[] }).__firstTitles = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes))
          if (node instanceof HTMLElement && node.getAttribute('data-nilai-kerja') === 'badge')
            seen.push(node.title);
    }).observe(document, { childList: true, subtree: true });
  });

const firstTitles = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __firstTitles: string[] }).__firstTitles);

describe('the built content script and its English texts', () => {
  it('carries the overlay codes in Indonesian only; the English script has the same codes in English', () => {
    const code = readBuilt(manifest().content_scripts[0].js[0] as string);
    const english = readBuilt(ENGLISH_TEXTS_FILE);
    expect(code).toContain(catalog.OVERLAY_PANEL_TOGGLE.id);
    expect(code).not.toContain(catalog.OVERLAY_PANEL_TOGGLE.en);
    expect(english).toContain(JSON.stringify(catalog.OVERLAY_PANEL_TOGGLE.en));
    // Every code the content script names has its English text in the script.
    const codes = [...code.matchAll(/([A-Z][A-Z0-9_]{2,}):"/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(100);
    for (const c of codes.filter((c) => Object.hasOwn(catalog, c)))
      expect(english, c).toContain(`"${c}":${JSON.stringify(catalog[c as keyof typeof catalog].en)}`);
    // Not a content script and not reachable from pages.
    expect(JSON.stringify(manifest().content_scripts)).not.toContain(ENGLISH_TEXTS_FILE);
    expect(JSON.stringify(manifest().web_accessible_resources ?? [])).not.toContain(ENGLISH_TEXTS_FILE);
    expect(gzipSync(english).length).toBeLessThan(10 * 1024);
  });
});

describe('the overlay in English (texts loaded on demand)', () => {
  it('draws its first badges and panel in English, never in Indonesian first, and back in Indonesian', async () => {
    await writeRawStorage(browser.ext, { lang: 'en' });
    try {
      const page = await browser.open('rekap-bulanan.html', recordFirstTitles);
      await waitForBadges(page, 4, { kind: 'pegawai' });
      const titles = await firstTitles(page);
      expect(titles.length).toBeGreaterThanOrEqual(4);
      for (const title of titles) {
        expect(title).toMatch(/^Achievement/);
        expect(title).not.toMatch(/undefined|NaN|Capaian/);
      }
      expect((await readPanel(page)).text).toContain('Needs a reprimand or coaching');
      await page.close();
    } finally {
      await writeRawStorage(browser.ext, { lang: 'id' });
    }
    const page = await browser.open('rekap-bulanan.html');
    await waitForBadges(page, 4, { kind: 'pegawai' });
    expect((await readBadges(page))[0]!.title).toMatch(/^Capaian/);
    await page.close();
  });

  it('speaks English inside a same-origin frame too (the texts are injected into the frame that asks)', async () => {
    await writeRawStorage(browser.ext, { lang: 'en' });
    try {
      const page = await browser.open('portal-bingkai.html');
      const frame = page.frame({ url: /portal-bingkai-isi\.html$/ });
      expect(frame).not.toBeNull();
      await waitForBadges(frame!, 3, { within: '#bawahan' });
      const badges = await readBadges(frame!, { within: '#bawahan' });
      expect(badges[0]!.title).toMatch(/^Achievement/);
      expect(badges[2]!.title).toMatch(/^No achievement data yet/);
      expect(badges[2]!.title).not.toContain('undefined');
      expect((await readPanel(page, '#isi')).text).toContain('Needs a reprimand or coaching');
      await page.close();
    } finally {
      await writeRawStorage(browser.ext, { lang: 'id' });
    }
  });
});
