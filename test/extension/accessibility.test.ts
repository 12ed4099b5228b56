/**
 * Accessibility of every page people use, checked by axe-core in real Chromium, in light and dark mode
 * (prefers-color-scheme): the popup, the options page, an e-kinerja page with its badges and the summary
 * panel open, and the add-on's BUILT sidebars (dist/apps-script/*.html) served as pages whose
 * google.script.run answers from the built Code.js in the sandbox. No serious or critical violation is
 * allowed (missing labels, contrast below 4.5:1, names missing from controls, ...).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt as ensureAddonBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { useExtension } from './fixture';
import { clickInShadow, evaluateInShadow, externalRequests, tabIdFor, waitInShadow } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical violations on the page, or within `include` (CSS selectors; shadow
 * roots of the elements included are checked too). axe is evaluated through the DevTools protocol, so
 * the extension pages' CSP (script-src 'self') does not block it. The overlay's shadow roots are
 * closed, which axe (like any page script) cannot enter: it runs through evaluateInShadow, which lets
 * each overlay host answer `shadowRoot` for the length of the run, so axe checks the shipped badges and
 * panel themselves, not an open test variant.
 */
async function seriousViolations(page: Page, include?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return evaluateInShadow(
    page,
    async (selector) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(selector ? { include: [[selector]] } : document, {
        resultTypes: ['violations'],
      });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary ?? ''}`),
        }));
    },
    include,
  );
}

const SCHEMES = ['light', 'dark'] as const;

/** Checks a page in both colour schemes; `prepare` runs after each switch (e.g. reopens what re-renders). */
async function expectAccessible(page: Page, include?: string, prepare?: () => Promise<void>): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await prepare?.();
    const found = await seriousViolations(page, include);
    expect({ colorScheme, violations: found }).toEqual({ colorScheme, violations: [] });
  }
}

// The add-on's sidebars below are its built HTML, so the add-on is built as well.
const browser = useExtension({ build: true, before: ensureAddonBuilt, server: true });

describe('the extension pages', () => {
  it('the popup on an SKP tab', async () => {
    const page = await browser.open('skp-penilaian-bkn.html');
    const tabId = await tabIdFor(browser.ext, browser.server.url('skp-penilaian-bkn.html'));
    const popup = await browser.ext.newPage();
    await popup.goto(browser.ext.extensionUrl(`src/popup/popup.html?tab=${tabId}`));
    await popup.locator('#status dl').waitFor();
    await expectAccessible(popup);
    // After an action the popup shows a message too: still accessible.
    await popup.getByLabel('Tampilkan penilaian di halaman').uncheck();
    await popup.locator('#announce:not(:empty)').waitFor();
    await expectAccessible(popup);
    await popup.getByLabel('Tampilkan penilaian di halaman').check();
    await popup.close();
    await page.close();
  });

  it('the options page, also while it asks to confirm a reset', async () => {
    const options = await browser.ext.newPage();
    await options.goto(browser.ext.extensionUrl('src/options/options.html'));
    await options.locator('#policy').waitFor();
    await expectAccessible(options);
    await options.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    await options.locator('#confirm').waitFor();
    await expectAccessible(options);
    await options.getByRole('button', { name: 'Batal' }).click();
    await options.close();
  });
});

describe('the overlay on an e-kinerja page', () => {
  it.each([
    ['an SKP appraisal', 'skp-penilaian-bkn.html'],
    ['a list of subordinates', 'daftar-pegawai-datatables.html'],
    ['an activity log', 'aktivitas-harian.html'],
  ])('badges and the open summary panel on %s', async (_, file) => {
    const page = await browser.open(file, (page) => page.setViewportSize({ width: 1280, height: 900 }));
    await page.locator('[data-nilai-kerja="badge"]').first().waitFor({ state: 'attached' });
    await waitInShadow(page, () => document.querySelector('.nk-panel')?.shadowRoot?.querySelector('button'));
    const open = async (): Promise<void> => {
      const expanded = await evaluateInShadow(page, () =>
        document
          .querySelector('.nk-panel')
          ?.shadowRoot?.querySelector('button')
          ?.getAttribute('aria-expanded'),
      );
      if (expanded !== 'true') await clickInShadow(page, '.nk-panel', 'button');
      await waitInShadow(page, () =>
        document.querySelector('.nk-panel')?.shadowRoot?.querySelector('#nk-panel-body')?.checkVisibility(),
      );
    };
    // Only what the overlay adds is ours to check: the page's own markup is the e-kinerja vendor's.
    await expectAccessible(page, '[data-nilai-kerja]', open);
    // Keyboard: Tab reaches a badge, which shows its reason until Escape.
    const first = page.locator('[data-nilai-kerja="badge"]').first();
    await first.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const shown = () =>
      evaluateInShadow(page, () => {
        const badge = document.querySelector('[data-nilai-kerja="badge"]');
        const tip = badge?.shadowRoot?.querySelector('.tip') as HTMLElement | null | undefined;
        return tip && !tip.hidden ? tip.textContent : null;
      });
    expect(await shown()).toBe(await first.getAttribute('title'));
    await expectAccessible(page, '[data-nilai-kerja]');
    await page.keyboard.press('Escape');
    expect(await shown()).toBeNull();
    await page.close();
  });
});

/**
 * A built sidebar as Sheets shows it: the add-on's own menu action opens it in the sandbox (so the page
 * is exactly the HtmlOutput it hands to Ui.showSidebar/showModalDialog, with the title it sets, which
 * Apps Script makes the page's title), served as a page whose google.script.run answers from the built
 * Code.js (asynchronously, JSON in and out, as Apps Script does).
 */
async function openSidebar(menuAction: string): Promise<Page> {
  const box = loadSandbox({
    sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })),
  });
  box.call('hitungNilai');
  box.call(menuAction);
  const dialog = box.ui.dialogs.at(-1);
  const shown = box.ui.sidebars.at(-1) ?? dialog?.html;
  if (!shown) throw new Error(`${menuAction} opened no sidebar or dialog`);
  const title = shown.title || dialog?.title || '';
  const html = /<title>/i.test(shown.content)
    ? shown.content
    : shown.content.replace(/<head>/i, () => `<head><title>${title}</title>`);
  const page = await browser.ext.newPage();
  await page.exposeFunction('nilaiKerjaSandboxCall', (name: string, args: string) =>
    JSON.stringify(box.call(name, ...(JSON.parse(args) as unknown[])) ?? null),
  );
  await page.addInitScript(() => {
    type Handler = ((value: unknown) => void) | null;
    const call = (window as unknown as { nilaiKerjaSandboxCall: (n: string, a: string) => Promise<string> })
      .nilaiKerjaSandboxCall;
    const runner = (ok: Handler, fail: Handler): unknown =>
      new Proxy(
        {},
        {
          get: (_, name: string) => {
            if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, fail);
            if (name === 'withFailureHandler') return (fn: Handler) => runner(ok, fn);
            return (...args: unknown[]) =>
              call(name, JSON.stringify(args)).then(
                (text) => ok?.(JSON.parse(text)),
                (error) => fail?.(error),
              );
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: runner(null, null) } };
  });
  const url = `https://sidebar.nilai-kerja.invalid/${shown.file}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.setViewportSize({ width: shown.width ?? 360, height: shown.height ?? 800 });
  await page.goto(url);
  return page;
}

describe('the add-on sidebars (built HTML)', () => {
  it('Petakan kolom', async () => {
    const page = await openSidebar('petakanKolom');
    await page.locator('#app select').first().waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('Pengaturan kebijakan, also while it asks to confirm a preset', async () => {
    const page = await openSidebar('bukaPengaturan');
    await page.locator('#app input').first().waitFor();
    await expectAccessible(page);
    await page.locator('#reset').click();
    await page.locator('#confirm:not([hidden])').waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('Ekspor untuk ekstensi', async () => {
    const page = await openSidebar('eksporUntukEkstensi');
    await page.locator('#app a, #status.error').first().waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('loaded nothing from the network', () => {
    const leaving = externalRequests(browser.ext.requests).filter(
      (r) => !r.url.startsWith('https://sidebar.'),
    );
    expect(leaving).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
  });
});
