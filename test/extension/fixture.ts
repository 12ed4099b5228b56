/**
 * The one Chromium fixture of the extension's browser tests: `useExtension` registers the hooks every
 * such file needs (the test build checked, the fixture server, Chromium with the extension, and closing
 * them), and the readers below look at what the overlay wrote the same way in every file. Each file
 * still says what it needs: a file that launches without the server or without a build keeps doing so.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  ensureFreshBuild,
  evaluateInShadow,
  type FixtureServer,
  type LaunchedExtension,
  type LaunchOptions,
  launchExtension,
  PANEL_HOST,
  startFixtureServer,
} from './harness';

export interface ExtensionFixtureOptions {
  /** Rebuilds the test extension first when its sources are newer (a file run alone tests the sources). */
  build?: boolean;
  /** Serves the fixture pages on 127.0.0.1: `true` for test/extension/fixtures, or another folder. */
  server?: boolean | string;
  /** Runs after the build check and before the server and Chromium start (e.g. another build). */
  before?: () => unknown;
  /** How Chromium loads the extension (e.g. another build's folder). */
  launch?: LaunchOptions;
  /** The setup hook's timeout, where it needs more than the config's hookTimeout. */
  timeout?: number;
}

export interface ExtensionFixture {
  /** Chromium with the extension; available once the file's setup ran (in tests and later hooks). */
  readonly ext: LaunchedExtension;
  /** The fixture server; only with `server` in the options. */
  readonly server: FixtureServer;
  /**
   * A new tab on the fixture page `path`; `prepare` runs on the tab before it loads (an init script,
   * a dialog handler, a viewport) so it sees the page from its first script on.
   */
  open: (path: string, prepare?: (page: Page) => unknown) => Promise<Page>;
}

/** Registers beforeAll/afterAll for this file (or the enclosing describe) and returns their results. */
export function useExtension(options: ExtensionFixtureOptions = {}): ExtensionFixture {
  let ext: LaunchedExtension | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    if (options.build) ensureFreshBuild();
    await options.before?.();
    if (options.server) {
      server = await startFixtureServer(typeof options.server === 'string' ? options.server : undefined);
    }
    ext = await launchExtension(options.launch);
  }, options.timeout);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const fixture: ExtensionFixture = {
    get ext(): LaunchedExtension {
      if (!ext)
        throw new Error('useExtension: Chromium is not running yet (read `ext` inside a test or hook)');
      return ext;
    },
    get server(): FixtureServer {
      if (!server)
        throw new Error('useExtension: no fixture server (pass `server` and read it inside a test)');
      return server;
    },
    open: async (path, prepare) => {
      const page = await fixture.ext.newPage();
      await prepare?.(page);
      await page.goto(fixture.server.url(path));
      return page;
    },
  };
  return fixture;
}

/** Where to look for badges: inside the elements matching `within`, only those of one `kind`. */
export interface BadgeScope {
  within?: string;
  kind?: string;
}

/** The CSS selector of the badges in `scope`. */
const badgeSelector = ({ within, kind }: BadgeScope): string =>
  `${within ? `${within} ` : ''}[data-nilai-kerja="badge"]${kind ? `[data-kind="${kind}"]` : ''}`;

/** A badge as the automation contract exposes it (CONTRACT.md): its attributes, as written. */
export interface BadgeView {
  kind: string;
  nip: string | null;
  capaian: string;
  kategori: string;
  nilai: string | null;
  /** data-flags as written: space-separated, '' for none. */
  flags: string;
  title: string;
  /** Text of the page cell/element the badge sits in, without the overlay's elements. */
  context: string;
  /** The first cell of the badge's table row (No, or the name), '' outside a <tr>. */
  row: string;
}

/** The badges in `scope`, in document order. */
export function readBadges(page: Page | Frame, scope: BadgeScope = {}): Promise<BadgeView[]> {
  return page.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll(selector)).map((b) => {
        const parent = b.parentElement;
        let context = '';
        if (parent) {
          const clone = parent.cloneNode(true) as Element;
          for (const inner of Array.from(clone.querySelectorAll('[data-nilai-kerja]'))) inner.remove();
          context = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
        }
        return {
          kind: b.getAttribute('data-kind') ?? '',
          nip: b.getAttribute('data-nip'),
          capaian: b.getAttribute('data-capaian') ?? '',
          kategori: b.getAttribute('data-kategori') ?? '',
          nilai: b.getAttribute('data-nilai'),
          flags: b.getAttribute('data-flags') ?? '',
          title: (b as HTMLElement).title,
          context,
          row: (b.closest('tr')?.firstElementChild?.textContent ?? '').trim(),
        };
      }),
    badgeSelector(scope),
  );
}

/** Waits until `scope` shows exactly `count` badges (late DOM: AJAX fills, route changes, re-sorts). */
export async function waitForBadges(
  page: Page | Frame,
  count: number,
  { timeout = 40_000, ...scope }: BadgeScope & { timeout?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    ([selector, count]) => document.querySelectorAll(selector).length === count,
    [badgeSelector(scope), count] as const,
    { timeout },
  );
}

/** Waits until the first element matching `selector` has attribute `name` set to `value`. */
export async function waitForAttribute(
  page: Page,
  selector: string,
  name: string,
  value: string,
  timeout = 40_000,
): Promise<void> {
  await page.waitForFunction(
    ([selector, name, value]) => document.querySelector(selector)?.getAttribute(name) === value,
    [selector, name, value] as const,
    { timeout },
  );
}

/** Waits until the first badge's title (its tooltip) starts with `start`: the language it speaks. */
export async function waitForBadgeTitle(page: Page, start: string, timeout = 40_000): Promise<void> {
  await page.waitForFunction(
    (start) =>
      (document.querySelector('[data-nilai-kerja="badge"]') as HTMLElement | null)?.title.startsWith(start),
    start,
    { timeout },
  );
}

/** The summary panel as the contract exposes it, and the text of its (closed) shadow root. */
export interface PanelView {
  /** data-page: the kind of page the overlay recognised. */
  page: string | null;
  rows: string | null;
  /** The whole text of the panel's root, whitespace collapsed. */
  text: string;
  /** How many panels the document has (one at most). */
  count: number;
}

/**
 * Waits until the overlay's panel is drawn in the page (or in the same-origin <iframe> matching `frame`).
 * The badges do not wait for the panel: what it says comes from the panel module, which the background
 * injects once a page has something to summarise (extension/src/content/panel/api.ts), so the panel can
 * follow the badges by a round trip. Its host is made when it is first drawn, whole.
 */
export async function waitForPanel(page: Page, frame?: string, timeout = 20_000): Promise<void> {
  const scope = frame ? page.frameLocator(frame) : page;
  await scope.locator(`.nk-panel${PANEL_HOST}`).first().waitFor({ state: 'attached', timeout });
}

/** The panel of the page, or of the same-origin <iframe> matching `frame` in it, once it is drawn. */
export async function readPanel(page: Page, frame?: string): Promise<PanelView> {
  await waitForPanel(page, frame);
  return evaluateInShadow(
    page,
    () => {
      const panels = document.querySelectorAll('[data-nilai-kerja="panel"]');
      const host = panels[0];
      return {
        page: host?.getAttribute('data-page') ?? null,
        rows: host?.getAttribute('data-rows') ?? null,
        text: (host?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
        count: panels.length,
      };
    },
    undefined,
    PANEL_HOST,
    frame,
  );
}
