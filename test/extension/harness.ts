/**
 * Real-Chromium harness for the built extension: a local fixture server and a persistent Chromium
 * context with the unpacked extension loaded. Tests run against what users install (dist/), never
 * against sources, because bundling (content-script format, CSP, zod jitless) is where extensions break.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM_PATH = '/usr/bin/chromium';
/**
 * Tests load a build made for them (content scripts also match http://127.0.0.1/*), kept apart from
 * dist/extension so a test run never leaves a localhost permission in what gets published.
 */
export const TEST_EXTENSION_DIR = 'dist/extension-test';
export const TEST_MATCHES = 'http://127.0.0.1/*';
export const FIXTURES_DIR = join(REPO_ROOT, 'test/extension/fixtures');

export interface RecordedRequest {
  url: string;
  method: string;
  /** 'page' for a tab or extension page, 'service-worker' for the background, 'server' on the fixture server. */
  from: 'page' | 'service-worker' | 'server';
}

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  url: (path: string) => string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a random port and records every request it receives. */
export async function startFixtureServer(dir: string = FIXTURES_DIR): Promise<FixtureServer> {
  const root = resolve(dir);
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '/', method: req.method ?? 'GET', from: 'server' });
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it; a 404 would show up as a console error
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Fails loudly when Chromium is missing: browser tests must never be skipped, least of all under CI. */
export function assertChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.env.CI)
    throw new Error(`CI: Chromium not found at ${CHROMIUM_PATH}; browser tests cannot run.`);
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install chromium (the extension tests need a real browser).`,
  );
}

/**
 * Builds the test variant of the extension. Called once per run from global-setup.ts; a test file run
 * alone can call it too (it rebuilds, which takes a few seconds).
 */
export function ensureBuilt(): void {
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'extension/build.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NILAI_KERJA_MATCHES: TEST_MATCHES,
        NILAI_KERJA_OUT_DIR: TEST_EXTENSION_DIR,
        NILAI_KERJA_ZIP: '0',
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`Extension build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Newest modification time under a directory. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Builds the test extension unless it is newer than every source it depends on (extension/ and
 * shared/): the vitest global setup has usually built it already, and a test file or the bench run
 * alone must still test what the sources say.
 */
export function ensureFreshBuild(): void {
  let builtAt = 0;
  try {
    builtAt = statSync(join(REPO_ROOT, TEST_EXTENSION_DIR, 'src/content/main.js')).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sources = Math.max(newest(join(REPO_ROOT, 'extension')), newest(join(REPO_ROOT, 'shared')));
  if (builtAt < sources) ensureBuilt();
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
}

/** Launches headless Chromium with the unpacked extension in a fresh profile. */
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

/** Requests that left the machine: anything not to this computer, not to the extension, not data:/blob:. */
export function externalRequests(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (r) => !/^(chrome-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(r.url),
  );
}

/** The id of the tab showing `url` (the extension must have host access to that URL to see it). */
export async function tabIdFor(ext: LaunchedExtension, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`No tab visible to the extension at ${url}`);
  return id;
}

/** Reads chrome.storage.local as the extension sees it. */
export const readStorage = (ext: LaunchedExtension): Promise<Record<string, unknown>> =>
  ext.worker.evaluate(() => chrome.storage.local.get(null));

/** Writes raw values into chrome.storage.local, bypassing validation (to simulate damaged data). */
export const writeRawStorage = (ext: LaunchedExtension, items: Record<string, unknown>): Promise<void> =>
  ext.worker.evaluate((i) => chrome.storage.local.set(i), items);

/** Sends a popup-style message to a tab's content script from the service worker; returns its reply. */
export const askTab = (ext: LaunchedExtension, tabId: number, message: unknown): Promise<unknown> =>
  ext.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);

/** A results package as the Sheets add-on exports it (shared/pipeline), for the given employees. */
export function sampleResultsPackage(
  employees: { nip: string; nama: string; capaian: number | null; predikat?: string; reasons?: string[] }[],
  policyName = 'Perbup Barru 2025',
): Record<string, unknown> {
  return {
    format: 'nilai-kerja/results',
    version: 1,
    generatedAt: '2026-11-20T08:00:00+07:00',
    lang: 'id',
    policy: { version: 1, name: policyName },
    employees: employees.map((e) => ({
      nip: e.nip,
      nama: e.nama,
      unit: 'Badan Pengelolaan Keuangan dan Aset Daerah',
      capaian: e.capaian,
      kategori: null,
      ratingHasil: 'sesuai',
      ratingPerilaku: 'sesuai',
      predikat: e.predikat ?? 'baik',
      flags: [],
      recommendation: 'tidak_ada',
      reasons: e.reasons ?? [],
    })),
  };
}
