/**
 * The extension part of `npm start`: serves sample e-Kinerja pages on 127.0.0.1, opens each in Chromium
 * with the built extension, waits for the overlay to settle and saves a full-page screenshot per page,
 * so a reader sees what a supervisor would see without installing anything.
 *
 * The extension users get (dist/extension) only runs on kinerja.bkn.go.id; the demo pages are served
 * from 127.0.0.1, so the demo loads a separate build (out/extension-demo, NILAI_KERJA_MATCHES) and
 * never changes what `npm run build` produces.
 *
 * Run alone: `npx tsx scripts/start-extension.ts [--en]` (screenshots in out/screenshots). The file is
 * longer than most because it also holds the demo's own texts (no catalog section is the demo's yet).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Lang, MessageCode } from '../shared/messages/catalog';
import { t } from '../shared/messages/format';
import { CHROMIUM_PATH, chromiumArgs } from '../tools/browser/chromium';
import { FIXTURES_DIR, startFixtureServer } from '../tools/browser/fixture-server';
import { evaluateInShadow } from '../tools/browser/shadow';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export { CHROMIUM_PATH };
/** The match pattern the demo build adds so the content script runs on the local sample server. */
export const DEMO_MATCH = 'http://127.0.0.1/*';
export const DEMO_EXTENSION_DIR = 'out/extension-demo';
export const VISIBLE_VARIABLE = 'NILAI_KERJA_DEMO_VISIBLE';
/** Where `npm start` writes the images for the Chrome Web Store and Edge Add-ons listings. */
export const STORE_DIR = 'out/store';
const VIEWPORT = { width: 1280, height: 900 };

type DemoCode = Extract<MessageCode, `DEMO_${string}`>;

function say(code: DemoCode, params: Record<string, string | number>, lang: Lang): string {
  return t(code, params, lang);
}

/** Overlay page types (`data-page`) and their names in the overlay's catalog section. */
const PAGE_LABELS: Record<string, MessageCode> = {
  'skp-penilaian': 'OVERLAY_PAGE_SKP_PENILAIAN',
  'skp-rencana': 'OVERLAY_PAGE_SKP_RENCANA',
  aktivitas: 'OVERLAY_PAGE_AKTIVITAS',
  'daftar-pegawai': 'OVERLAY_PAGE_DAFTAR_PEGAWAI',
  'kartu-pegawai': 'OVERLAY_PAGE_KARTU_PEGAWAI',
  unknown: 'OVERLAY_PAGE_UNKNOWN',
};

export interface DemoPage {
  /** Path on the sample server: a file in the pages folder, with a query for SPA routes. */
  path: string;
  /** Screenshot file name in outDir. */
  shot: string;
}

/** One page per kind the overlay recognises, from the overlay's own fixtures (read only). */
export const DEMO_PAGES: readonly DemoPage[] = [
  // BKN's SPA: `?skp=17` opens the appraisal of one subordinate, as after clicking "Nilai" in the list.
  { path: 'skp-penilaian-bkn.html?skp=17', shot: '01-skp-bkn.png' },
  { path: 'skp-penilaian-bkn.html', shot: '02-skp-bkn-daftar.png' },
  { path: 'skp-rencana.html', shot: '03-skp-rencana.png' },
  { path: 'aktivitas-harian.html', shot: '04-aktivitas-harian.png' },
  { path: 'antrian-persetujuan.html', shot: '05-antrian-persetujuan.png' },
  { path: 'daftar-pegawai-datatables.html', shot: '06-daftar-pegawai.png' },
  { path: 'rekap-bulanan.html', shot: '07-rekap-bulanan.png' },
  { path: 'kartu-bawahan.html', shot: '08-kartu-bawahan.png' },
];

export interface DemoOptions {
  /** Language of the printed lines and of the overlay (default 'id'). */
  lang?: Lang;
  /** Chromium binary (default /usr/bin/chromium). */
  chromiumPath?: string;
  /** Folder served on 127.0.0.1 (default the overlay's fixture pages). */
  pagesDir?: string;
  pages?: readonly DemoPage[];
  /** Open a visible browser; default: NILAI_KERJA_DEMO_VISIBLE=1 with a display and a terminal, outside CI. */
  visible?: boolean;
  /** Also write the store images (1280x800 screenshots, 440x280 promo tile) here; `npm start`: out/store. */
  storeDir?: string;
}

/** A display, a person at a terminal and no CI: only then is a visible browser worth offering. */
export function canOfferVisible(env: NodeJS.ProcessEnv = process.env, isTty = process.stdout.isTTY): boolean {
  return Boolean(env.DISPLAY) && Boolean(isTty) && !env.CI;
}

/** Match patterns of a built extension's content scripts ([] when there is no build). */
function contentMatches(extensionDir: string): string[] {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
  };
  return (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

function newestMtime(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The unpacked extension to load: dist/extension when it already runs on 127.0.0.1, otherwise a demo
 * build in out/extension-demo, rebuilt when the extension or core sources are newer than it. Returns
 * the folder and whether it was built now.
 */
async function demoExtension(): Promise<{ dir: string; built: boolean }> {
  const dist = join(REPO_ROOT, 'dist/extension');
  if (contentMatches(dist).includes(DEMO_MATCH)) return { dir: dist, built: false };
  const dir = join(REPO_ROOT, DEMO_EXTENSION_DIR);
  const manifest = join(dir, 'manifest.json');
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'extension')), newestMtime(join(REPO_ROOT, 'shared')));
  if (contentMatches(dir).includes(DEMO_MATCH) && statSync(manifest).mtimeMs >= sources) {
    return { dir, built: false };
  }
  // The shell's own build script, with its documented variables: same checks as a release build.
  await promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'extension/build.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NILAI_KERJA_MATCHES: DEMO_MATCH,
        NILAI_KERJA_OUT_DIR: dir,
        NILAI_KERJA_ZIP: '0',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return { dir, built: true };
}

function launch(
  chromiumPath: string,
  extensionDir: string,
  userDataDir: string,
  headless: boolean,
): Promise<BrowserContext> {
  // The test harness's flags: a fresh profile, no background traffic, only our extension.
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    viewport: VIEWPORT,
    args: chromiumArgs(extensionDir),
  });
}

/** Chooses the overlay's language through the extension's own settings key (`lang`). */
async function setOverlayLang(context: BrowserContext, lang: Lang): Promise<void> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    }));
  await worker.evaluate((l) => chrome.storage.local.set({ lang: l }), lang);
}

interface OverlayView {
  page: string;
  rows: string;
  badges: number;
  flags: Record<string, number>;
}

const readOverlay = (page: Page): Promise<OverlayView | null> =>
  page.evaluate(() => {
    const panel = document.querySelector('[data-nilai-kerja="panel"]');
    if (!panel) return null;
    const flags: Record<string, number> = {};
    const badges = Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]'));
    for (const badge of badges)
      for (const flag of (badge.getAttribute('data-flags') ?? '').split(' ').filter(Boolean))
        flags[flag] = (flags[flag] ?? 0) + 1;
    return {
      page: panel.getAttribute('data-page') ?? '',
      rows: panel.getAttribute('data-rows') ?? '',
      badges: badges.length,
      flags,
    };
  });

const PANEL_TIMEOUT_MS = 20_000;
/** Pages fill tables late (AJAX, DataTables); the overlay is settled once nothing changed for this long. */
const SETTLE_MS = 800;
const POLL_MS = 200;
const SETTLE_LIMIT_MS = 15_000;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Waits for the panel, then until the badges and scored rows stop changing; null when no panel came. */
async function settledOverlay(page: Page): Promise<OverlayView | null> {
  try {
    await page.waitForSelector('[data-nilai-kerja="panel"]', {
      state: 'attached',
      timeout: PANEL_TIMEOUT_MS,
    });
  } catch {
    return null;
  }
  let last = JSON.stringify(await readOverlay(page));
  let stableFor = 0;
  for (let waited = 0; waited < SETTLE_LIMIT_MS && stableFor < SETTLE_MS; waited += POLL_MS) {
    await sleep(POLL_MS);
    const now = JSON.stringify(await readOverlay(page));
    stableFor = now === last ? stableFor + POLL_MS : 0;
    last = now;
  }
  return readOverlay(page);
}

/**
 * Opens or closes the panel through its own toggle (the first button in its shadow root), as a user
 * would; returns whether it is now open.
 */
const setPanelOpen = (page: Page, open: boolean): Promise<boolean> =>
  evaluateInShadow(
    page,
    (open) => {
      const toggle = document
        .querySelector('[data-nilai-kerja="panel"]')
        ?.shadowRoot?.querySelector('button');
      if (!toggle) return false;
      if ((toggle.getAttribute('aria-expanded') === 'true') !== open) toggle.click();
      return toggle.getAttribute('aria-expanded') === 'true';
    },
    open,
  );

/** How many badges the open panel covers (it is fixed bottom-right, so wide tables end up under it). */
const badgesUnderPanel = (page: Page): Promise<number> =>
  evaluateInShadow(page, () => {
    const panel = document.querySelector('[data-nilai-kerja="panel"]')?.shadowRoot?.querySelector('section');
    if (!panel) return 0;
    const p = panel.getBoundingClientRect();
    return Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]')).filter((badge) => {
      const b = badge.getBoundingClientRect();
      return b.right > p.left && b.left < p.right && b.bottom > p.top && b.top < p.bottom;
    }).length;
  });

function flagsText(flags: Record<string, number>, lang: Lang): string {
  const entries = Object.entries(flags).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return say('DEMO_NO_FLAGS', {}, lang);
  return entries.map(([flag, n]) => `${flag} ×${n}`).join(', ');
}

/** "01-skp-bkn.png" -> "01-skp-bkn-panel-tertutup.png": the same page with the panel collapsed. */
export const collapsedShot = (shot: string): string => shot.replace(/\.png$/, '-panel-tertutup.png');

async function shootPage(
  context: BrowserContext,
  url: string,
  demo: DemoPage,
  outDir: string,
  lang: Lang,
  keepOpen: boolean,
): Promise<string[]> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  const view = await settledOverlay(page);
  // The whole page in one viewport, so what is measured below is what the full-page PNG shows.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  const open = view ? await setPanelOpen(page, true) : false;
  await page.screenshot({ path: join(outDir, demo.shot), fullPage: true });
  const covered = open ? await badgesUnderPanel(page) : 0;
  const lines = view
    ? [
        say(
          'DEMO_PAGE_LINE',
          {
            shot: demo.shot,
            label: t(PAGE_LABELS[view.page] ?? 'OVERLAY_PAGE_UNKNOWN', undefined, lang),
            page: view.page,
            rows: view.rows,
            badges: view.badges,
            flags: flagsText(view.flags, lang),
          },
          lang,
        ),
      ]
    : [say('DEMO_NO_PANEL', { shot: demo.shot, seconds: PANEL_TIMEOUT_MS / 1000, path: demo.path }, lang)];
  if (covered > 0) {
    // The panel covers badges: a second picture with it collapsed shows them.
    await setPanelOpen(page, false);
    await page.screenshot({ path: join(outDir, collapsedShot(demo.shot)), fullPage: true });
    lines.push(say('DEMO_COVERED', { count: covered, shot: collapsedShot(demo.shot) }, lang));
    await setPanelOpen(page, true);
  }
  if (errors.length > 0) lines.push(say('DEMO_PAGE_ERRORS', { errors: errors.join(' | ') }, lang));
  if (keepOpen) await page.setViewportSize(VIEWPORT);
  else await page.close();
  return lines;
}

/** Chrome Web Store and Edge Add-ons: screenshots of 1280x800, a small promo tile of 440x280. */
export const STORE_SCREENSHOT = { width: 1280, height: 800 } as const;
export const PROMO_TILE = { width: 440, height: 280 } as const;
export const PROMO_TILE_FILE = 'promo-440x280.png';

/** The store screenshots: the overlay on three kinds of page, then the options page. */
export const STORE_PAGES: readonly DemoPage[] = [
  { path: 'skp-penilaian-bkn.html?skp=17', shot: 'screenshot-1-penilaian-skp.png' },
  { path: 'daftar-pegawai-datatables.html', shot: 'screenshot-2-daftar-pegawai.png' },
  { path: 'aktivitas-harian.html', shot: 'screenshot-3-aktivitas-harian.png' },
];
export const STORE_OPTIONS_SHOT = 'screenshot-4-opsi.png';

/** The promo tile: the icon, the name and one line, on the icon's green; no external resource. */
const promoTileHtml = (iconPng: Buffer, lang: Lang): string => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8" /><style>
html, body { margin: 0; width: ${PROMO_TILE.width}px; height: ${PROMO_TILE.height}px; overflow: hidden; }
body { display: flex; align-items: center; gap: 20px; padding: 0 28px; box-sizing: border-box;
  background: linear-gradient(135deg, #1b7f4b, #145c37); color: #fff; font-family: system-ui, sans-serif; }
img { width: 112px; height: 112px; flex: none; }
h1 { margin: 0 0 10px; font-size: 34px; line-height: 1.1; }
p { margin: 0; font-size: 18px; line-height: 1.35; }
</style></head><body>
<img alt="" src="data:image/png;base64,${iconPng.toString('base64')}" />
<div><h1>${t('EXT_SHORT_NAME', undefined, lang)}</h1><p>${t('EXT_STORE_PROMO_TAGLINE', undefined, lang)}</p></div>
</body></html>`;

/**
 * The store images: each STORE_PAGES page at exactly 1280x800 with the summary panel open, the options
 * page, and the promo tile drawn from the built icon. Returns the line to print.
 */
async function shootStoreImages(
  context: BrowserContext,
  url: (path: string) => string,
  extensionDir: string,
  storeDir: string,
  lang: Lang,
): Promise<string> {
  mkdirSync(storeDir, { recursive: true });
  const shoot = async (target: string, file: string, settle: boolean): Promise<void> => {
    const page = await context.newPage();
    await page.setViewportSize(STORE_SCREENSHOT);
    await page.goto(target, { waitUntil: 'load' });
    if (settle && (await settledOverlay(page))) await setPanelOpen(page, true);
    await page.screenshot({ path: join(storeDir, file) });
    await page.close();
  };
  for (const demo of STORE_PAGES) await shoot(url(demo.path), demo.shot, true);
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const id = worker ? new URL(worker.url()).host : null;
  if (id) await shoot(`chrome-extension://${id}/src/options/options.html`, STORE_OPTIONS_SHOT, false);
  const tile = await context.newPage();
  await tile.setViewportSize(PROMO_TILE);
  await tile.setContent(promoTileHtml(readFileSync(join(extensionDir, 'icons/icon-128.png')), lang));
  await tile.screenshot({ path: join(storeDir, PROMO_TILE_FILE) });
  await tile.close();
  return t('EXT_STORE_IMAGES_SAVED', { count: STORE_PAGES.length + (id ? 1 : 0), dir: storeDir }, lang);
}

/**
 * One line saying what went wrong: a failed build's own last error line (its stderr), otherwise the
 * first line of the error (Playwright appends long call logs).
 */
export function failureReason(error: unknown): string {
  const stderr = (error as { stderr?: unknown } | null)?.stderr;
  const fromBuild = typeof stderr === 'string' ? stderr.split('\n').filter((l) => l.trim() !== '') : [];
  const last = fromBuild[fromBuild.length - 1]?.trim();
  if (last) return last;
  const first = error instanceof Error ? error.message.split('\n')[0]?.trim() : String(error);
  return first || '-';
}

/**
 * Runs the demo and returns the lines to print (never throws: a missing Chromium or a failed build
 * becomes a line saying what to do, so `npm start` still shows the core and add-on parts).
 */
export async function runExtensionDemo(outDir: string, options: DemoOptions = {}): Promise<string[]> {
  const lang = options.lang ?? 'id';
  const chromiumPath = options.chromiumPath ?? CHROMIUM_PATH;
  const pages = options.pages ?? DEMO_PAGES;
  if (!existsSync(chromiumPath)) return [say('DEMO_NO_CHROMIUM', { path: chromiumPath }, lang)];
  const offer = canOfferVisible();
  const visible = options.visible ?? (offer && process.env[VISIBLE_VARIABLE] === '1');
  const lines = [say(visible ? 'DEMO_TITLE_VISIBLE' : 'DEMO_TITLE', { count: pages.length }, lang)];
  const target = resolve(outDir);
  let server: Awaited<ReturnType<typeof startFixtureServer>> | undefined;
  let context: BrowserContext | undefined;
  const userDataDir = mkdtempSync(join(tmpdir(), 'nilai-kerja-demo-'));
  try {
    mkdirSync(target, { recursive: true });
    const extension = await demoExtension();
    if (extension.built)
      lines.push(say('DEMO_BUILT', { dir: relative(REPO_ROOT, extension.dir), match: DEMO_MATCH }, lang));
    server = await startFixtureServer(options.pagesDir ?? FIXTURES_DIR);
    context = await launch(chromiumPath, extension.dir, userDataDir, !visible);
    await setOverlayLang(context, lang);
    for (const demo of pages) {
      lines.push(...(await shootPage(context, server.url(demo.path), demo, target, lang, visible)));
    }
    if (options.storeDir) {
      const fixtures = server;
      lines.push(
        await shootStoreImages(
          context,
          (p) => fixtures.url(p),
          extension.dir,
          resolve(options.storeDir),
          lang,
        ),
      );
    }
    lines.push(say('DEMO_SAVED', { dir: target }, lang));
    if (visible) {
      // Interactive only: the recap is printed after this returns, so the wait is announced now.
      process.stderr.write(`${say('DEMO_VISIBLE_WAIT', {}, lang)}\n`);
      await new Promise<void>((done) => context?.once('close', () => done()));
    } else if (offer) {
      lines.push(say('DEMO_VISIBLE_OFFER', { variable: VISIBLE_VARIABLE }, lang));
    }
  } catch (error) {
    lines.push(say('DEMO_FAILED', { reason: failureReason(error) }, lang));
  } finally {
    await context?.close().catch(() => undefined);
    await server?.close();
    // Chromium may still be writing its profile as it exits; a leftover temp folder is harmless.
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lang: Lang = process.argv.includes('--en') ? 'en' : 'id';
  runExtensionDemo(join(REPO_ROOT, 'out/screenshots'), { lang, storeDir: join(REPO_ROOT, STORE_DIR) }).then(
    (lines) => process.stdout.write(`${lines.join('\n')}\n`),
  );
}
