/**
 * Extension benchmark (called from bench/run.ts): the overlay on a 2,000-row SKP page in real Chromium.
 * - full pass: content script start -> the frame that painted the last badge (the `done` mark of the
 *   pass that completed the table, then the next animation frame after it), next to a baseline script
 *   that only reads every cell's text on the same page, as a ratio; also start -> the first badges
 *   painted;
 * - the page's main thread meanwhile: the longest task, the count of tasks over 50 ms and the total
 *   blocking time (what those tasks took beyond 50 ms, summed: fewer, longer writing frames against
 *   more, shorter ones) (PerformanceObserver 'longtask', observed from before the content script starts);
 * - one row changed: rows touched and rows read again (both 1: the row is patched into the table's
 *   model, not the table read again) and the time from the change to the badge rewritten;
 * - start -> the summary panel drawn (what it says is a module the background injects on demand);
 * - the content script's size, raw and gzipped, and the on-demand modules' sizes gzipped.
 * Timings are medians of a few runs; no assertions here (tests live apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ENGLISH_TEXTS_FILE } from '../extension/src/content/light/english';
import { PANEL_MODULE_FILE } from '../extension/src/content/panel/api';
import { PERIOD_MODULE_FILE } from '../extension/src/content/period/api';
import { WORKING_DAYS_MODULE_FILE } from '../extension/src/content/period/days-api';
import { launchExtension } from '../tools/browser/chromium';
import { startFixtureServer } from '../tools/browser/fixture-server';
import { ensureFreshBuild, REPO_ROOT, TEST_EXTENSION_DIR } from '../tools/browser/test-extension';

const PAGE = 'besar-2000.html';
const ROWS = 2000;
const RUNS = Number(process.env.NK_RUNS ?? 3);
const CONTENT_SCRIPT = join(REPO_ROOT, TEST_EXTENSION_DIR, 'src/content/main.js');
/** The scripts the content script asks the background for (extension/build.ts), by what they hold. */
const MODULES = [
  ['period', PERIOD_MODULE_FILE],
  ['working days', WORKING_DAYS_MODULE_FILE],
  ['panel', PANEL_MODULE_FILE],
  ['English texts', ENGLISH_TEXTS_FILE],
] as const;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

interface Mark {
  name: string;
  startTime: number;
  detail: { rows?: number; touched?: number; read?: number; complete?: boolean } | null;
}

/**
 * Installed before any page script: records long tasks and, after every `nilai-kerja:done` mark, the
 * time of the next animation frame (when what that pass wrote was painted).
 */
const PAGE_PROBE = `(() => {
  const probe = { longTasks: [], paints: [], panel: -1 };
  window.__nkBench = probe;
  // The panel's host, looked for once a frame until it is there (no observer on the page's mutations).
  const lookForPanel = () => {
    if (document.querySelector('[data-nilai-kerja="panel"]')) probe.panel = performance.now();
    else requestAnimationFrame(lookForPanel);
  };
  requestAnimationFrame(lookForPanel);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'nilai-kerja:done') continue;
      requestAnimationFrame(() => probe.paints.push({ mark: e.startTime, painted: performance.now(), rows: e.detail && e.detail.rows, complete: e.detail && e.detail.complete }));
    }
  }).observe({ type: 'mark', buffered: true });
})();`;

interface Probe {
  longTasks: number[];
  paints: { mark: number; painted: number; rows?: number; complete?: boolean }[];
  /** When the panel's host was first seen in a frame, -1 before. */
  panel: number;
}

const probe = (page: Page): Promise<Probe> =>
  page.evaluate(() => (window as unknown as { __nkBench: Probe }).__nkBench);

async function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('nilai-kerja:'))
      .map((m) => ({ name: m.name, startTime: m.startTime, detail: (m as PerformanceMark).detail ?? null })),
  );
}

interface FullPass {
  /** Start -> the frame after the pass that scored the last row (its badges painted). */
  lastPaint: number;
  /** Start -> the frame after the first pass that wrote badges. */
  firstPaint: number;
  /** Start -> the frame in which the summary panel was first there. */
  panel: number;
  longestTask: number;
  longTasks: number;
  /** Total blocking time: what the tasks over 50 ms took beyond 50 ms, summed. */
  blocking: number;
}

/** Waits until every row is scored and painted; times it from the content script's start. */
async function fullScan(page: Page): Promise<FullPass> {
  await page.waitForFunction(
    (rows) =>
      (window as unknown as { __nkBench: Probe }).__nkBench.paints.some(
        (p) => p.rows === rows && p.complete !== false,
      ),
    ROWS,
    { timeout: 120_000 },
  );
  // A little quiet time, so a long task at the very end is observed too.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const start = (await marks(page)).find((m) => m.name === 'nilai-kerja:start')?.startTime ?? Number.NaN;
  await page.waitForFunction(() => (window as unknown as { __nkBench: Probe }).__nkBench.panel >= 0, null, {
    timeout: 60_000,
  });
  const { longTasks, paints, panel } = await probe(page);
  const last = paints.find((p) => p.rows === ROWS && p.complete !== false);
  const first = paints.find((p) => (p.rows ?? 0) > 0);
  return {
    lastPaint: (last?.painted ?? Number.NaN) - start,
    firstPaint: (first?.painted ?? Number.NaN) - start,
    panel: panel - start,
    longestTask: Math.max(0, ...longTasks),
    longTasks: longTasks.filter((d) => d > 50).length,
    blocking: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  };
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

/** Changes one realisasi with the page's own button; returns [rows touched, rows read, ms to the rewrite]. */
async function oneRowChange(page: Page): Promise<[number, number, number]> {
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
  return [
    first?.detail?.touched ?? -1,
    first?.detail?.read ?? -1,
    (first?.startTime ?? Number.NaN) - clickedAt,
  ];
}

export async function benchExtension(): Promise<string[]> {
  ensureFreshBuild();
  const server = await startFixtureServer();
  const ext = await launchExtension();
  try {
    const scans: number[] = [];
    const firsts: number[] = [];
    const panels: number[] = [];
    const longest: number[] = [];
    const longCounts: number[] = [];
    const blocking: number[] = [];
    const baselines: number[] = [];
    const touched: number[] = [];
    const reads: number[] = [];
    const changes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ext.newPage();
      await page.addInitScript(PAGE_PROBE);
      await page.goto(server.url(PAGE));
      const pass = await fullScan(page);
      scans.push(pass.lastPaint);
      firsts.push(pass.firstPaint);
      panels.push(pass.panel);
      longest.push(pass.longestTask);
      longCounts.push(pass.longTasks);
      blocking.push(pass.blocking);
      baselines.push(await baseline(page));
      const [rows, read, time] = await oneRowChange(page);
      touched.push(rows);
      reads.push(read);
      changes.push(time);
      await page.close();
    }
    const script = readFileSync(CONTENT_SCRIPT);
    const scan = median(scans);
    const base = median(baselines);
    return [
      `extension: ${ROWS}-row SKP page, content script start -> last badge painted: ${ms(scan)}, first badges painted: ${ms(median(firsts))} (median of ${RUNS})`,
      `extension: baseline reading every cell's text: ${ms(base)}; overlay/baseline ratio ${(scan / Math.max(base, 0.1)).toFixed(1)}x`,
      `extension: page main thread during the pass: longest task ${ms(median(longest))}, tasks over 50 ms: ${longCounts.join('/')} (longtask observer, per run), total blocking time ${ms(median(blocking))}`,
      `extension: one row changed: ${touched.join('/')} row(s) touched, ${reads.join('/')} row(s) read again, ${ms(median(changes))} to the rewritten badge`,
      `extension: summary panel drawn ${ms(median(panels))} after the content script's start (its words come from the panel module, injected on demand)`,
      `extension: content script ${kb(script.length)} raw, ${kb(gzipSync(script).length)} gzipped (${gzipSync(script).length.toLocaleString('en')} bytes of a 61,440-byte budget)`,
      `extension: on-demand modules gzipped: ${MODULES.map(([name, file]) => `${name} ${gzipSync(readFileSync(join(REPO_ROOT, TEST_EXTENSION_DIR, file))).length.toLocaleString('en')} bytes`).join(', ')}`,
    ];
  } finally {
    await ext.close();
    await server.close();
  }
}

/** Run alone: `npx tsx bench/extension.ts` (under the build lock: it builds the test extension). */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchExtension().then(
    (lines) => process.stdout.write(`${lines.join('\n')}\n`),
    (error: unknown) => {
      process.stdout.write(`extension: FAILED ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
