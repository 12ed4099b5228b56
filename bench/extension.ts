/**
 * Extension benchmark (called from bench/run.ts): the overlay on a 2,000-row SKP page in real Chromium.
 * - full scan: content script start -> last badge written (performance marks nilai-kerja:start/done),
 *   next to a baseline script that only reads every cell's text on the same page, as a ratio;
 * - one row changed: rows touched (must be 1) and the time from the change to the badge rewritten;
 * - the content script's size, raw and gzipped.
 * Timings are medians of a few runs; no assertions here (tests live apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchExtension } from '../tools/browser/chromium';
import { startFixtureServer } from '../tools/browser/fixture-server';
import { ensureFreshBuild, REPO_ROOT, TEST_EXTENSION_DIR } from '../tools/browser/test-extension';

const PAGE = 'besar-2000.html';
const ROWS = 2000;
const RUNS = 3;
const CONTENT_SCRIPT = join(REPO_ROOT, TEST_EXTENSION_DIR, 'src/content/main.js');

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

interface Mark {
  name: string;
  startTime: number;
  detail: { rows?: number; touched?: number } | null;
}

async function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('nilai-kerja:'))
      .map((m) => ({ name: m.name, startTime: m.startTime, detail: (m as PerformanceMark).detail ?? null })),
  );
}

/** Waits for the mark that reports every row scored; returns start -> that mark. */
async function fullScan(page: Page): Promise<number> {
  await page.waitForFunction(
    (rows) =>
      performance
        .getEntriesByName('nilai-kerja:done')
        .some((m) => ((m as PerformanceMark).detail as { rows?: number } | null)?.rows === rows),
    ROWS,
    { timeout: 120_000 },
  );
  const all = await marks(page);
  const start = all.find((m) => m.name === 'nilai-kerja:start');
  const done = all.find((m) => m.name === 'nilai-kerja:done' && m.detail?.rows === ROWS);
  return (done?.startTime ?? Number.NaN) - (start?.startTime ?? Number.NaN);
}

/** The baseline: a script that only reads every cell's text of the same table. */
async function baseline(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    let chars = 0;
    for (const cell of Array.from(document.querySelectorAll('#indikator-besar td')))
      chars += (cell.textContent ?? '').length;
    const elapsed = performance.now() - t0;
    (window as unknown as { __nkBaselineChars: number }).__nkBaselineChars = chars;
    return elapsed;
  });
}

/** Changes one realisasi with the page's own button; returns [rows touched, ms to the rewrite]. */
async function oneRowChange(page: Page): Promise<[number, number]> {
  const clickedAt = await page.evaluate(() => {
    const at = performance.now();
    (document.getElementById('ubah') as HTMLButtonElement).click();
    return at;
  });
  await page.waitForFunction(
    (at) => performance.getEntriesByName('nilai-kerja:done').some((m) => m.startTime > at),
    clickedAt,
    { timeout: 60_000 },
  );
  const after = (await marks(page)).filter((m) => m.name === 'nilai-kerja:done' && m.startTime > clickedAt);
  const first = after[0];
  return [first?.detail?.touched ?? -1, (first?.startTime ?? Number.NaN) - clickedAt];
}

export async function benchExtension(): Promise<string[]> {
  ensureFreshBuild();
  const server = await startFixtureServer();
  const ext = await launchExtension();
  try {
    const scans: number[] = [];
    const baselines: number[] = [];
    const touched: number[] = [];
    const changes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ext.newPage();
      await page.goto(server.url(PAGE));
      scans.push(await fullScan(page));
      baselines.push(await baseline(page));
      const [rows, time] = await oneRowChange(page);
      touched.push(rows);
      changes.push(time);
      await page.close();
    }
    const script = readFileSync(CONTENT_SCRIPT);
    const scan = median(scans);
    const base = median(baselines);
    return [
      `extension: ${ROWS}-row SKP page, content script start -> last badge: ${ms(scan)} (median of ${RUNS})`,
      `extension: baseline reading every cell's text: ${ms(base)}; overlay/baseline ratio ${(scan / Math.max(base, 0.1)).toFixed(1)}x`,
      `extension: one row changed: ${touched.join('/')} row(s) touched, ${ms(median(changes))} to the rewritten badge`,
      `extension: content script ${kb(script.length)} raw, ${kb(gzipSync(script).length)} gzipped`,
    ];
  } finally {
    await ext.close();
    await server.close();
  }
}
