/**
 * An activity log page as the overlay shows it, for the tests of the page's log (activity-period.test.ts,
 * test/cross-surface/activities.test.ts): each activity badge's tooltip in row order, and the panel's text.
 */
import type { Page } from 'playwright-core';
import { waitForPanel } from './fixture';
import { evaluateInShadow, type LaunchedExtension, PANEL_HOST } from './harness';

export async function readActivityLog(ext: LaunchedExtension, url: string, rows: number) {
  const page = await ext.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="aktivitas"]').length >= n,
    rows,
    { timeout: 20_000 },
  );
  await page.waitForTimeout(300);
  const titles = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="aktivitas"]')).map(
      (b) => (b as HTMLElement).title,
    ),
  );
  const panel = await panelText(page);
  await page.close();
  return { titles, panel };
}

/** The overlay panel's text on one line (its shadow root's text, runs of white space as one space), once drawn. */
export async function panelText(page: Page): Promise<string> {
  await waitForPanel(page);
  const text = await evaluateInShadow(
    page,
    () =>
      (document.querySelector('[data-nilai-kerja="panel"]')?.shadowRoot?.textContent ?? '').replace(
        /\s+/g,
        ' ',
      ),
    undefined,
    PANEL_HOST,
  );
  return String(text);
}
