/**
 * Headless Chromium with the unpacked extension loaded in a fresh profile. Tests, `npm start` and the
 * bench run what users install (dist/), never the sources, because bundling (content-script format,
 * CSP, zod jitless) is where extensions break.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { RecordedRequest } from './fixture-server';
import { REPO_ROOT, TEST_EXTENSION_DIR } from './test-extension';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Fails loudly when Chromium is missing: browser tests must never be skipped, least of all under CI. */
export function assertChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.env.CI)
    throw new Error(`CI: Chromium not found at ${CHROMIUM_PATH}; browser tests cannot run.`);
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install chromium (the extension tests need a real browser).`,
  );
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (background). */
  worker: Worker;
  /** Absolute path of the unpacked extension that was loaded. */
  extensionPath: string;
  newPage: () => Promise<Page>;
  /** "chrome-extension://<id>/<path>" */
  extensionUrl: (path: string) => string;
  pageErrors: string[];
  consoleErrors: string[];
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

export interface LaunchOptions {
  extensionPath?: string;
  /**
   * Keeps Chromium's back/forward cache, which playwright turns off by default: a page left and shown
   * again by Back is then restored as it was, as users' browsers do.
   */
  backForwardCache?: boolean;
}

/**
 * Chromium's flags for a run with only our extension: no sandbox (containers), no background traffic
 * or component updates (so every request seen is the page's or ours), no first-run or sync prompts.
 */
export const chromiumArgs = (extensionDir: string): string[] => [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
];

/** Launches headless Chromium with the unpacked extension in a fresh profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  assertChromium();
  const extensionPath = resolve(REPO_ROOT, options.extensionPath ?? TEST_EXTENSION_DIR);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${extensionPath}: run the tests through vitest (global setup builds it).`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'nilai-kerja-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionPath),
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : undefined,
  });
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const requests: RecordedRequest[] = [];
  context.on('weberror', (e) => pageErrors.push(String(e.error())));
  context.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  context.on('request', (r) =>
    requests.push({ url: r.url(), method: r.method(), from: r.serviceWorker() ? 'service-worker' : 'page' }),
  );
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      // Generous: on a loaded 2-CPU CI machine a fresh profile can take long to start the worker.
      timeout: 100_000,
    }));
  // The background's own console (context 'console' covers pages; the worker reports separately).
  worker.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`[service worker] ${m.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionPath,
    newPage: () => context.newPage(),
    extensionUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    pageErrors,
    consoleErrors,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
