/**
 * What the cross-surface tests share: generated pages served on 127.0.0.1 to the built extension in a
 * fresh Chromium, the built add-on ready in its sandbox, and the small helpers both sides use.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt } from '../../tools/apps-script-sandbox/sandbox';
import {
  ensureFreshBuild,
  type LaunchedExtension,
  launchExtension,
  startFixtureServer,
} from '../extension/harness';
import type { CaseCell } from './cases';

export interface ServedPages {
  ext: LaunchedExtension;
  /** The address of one of the pages, by file name. */
  url: (file: string) => string;
  close: () => Promise<void>;
}

/** Builds both surfaces (when stale), writes the pages to a temporary folder and serves them to Chromium. */
export async function servePages(pages: Record<string, string>): Promise<ServedPages> {
  ensureFreshBuild();
  await ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'nk-cross-surface-'));
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
  const server = await startFixtureServer(dir);
  const ext = await launchExtension();
  return {
    ext,
    url: (file) => server.url(`/${file}`),
    close: async () => {
      await ext.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Text as a page prints it. */
export const html = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A case cell as a sheet holds it: a percent-formatted number carries the text Sheets displays. */
export const seedCell = (c: CaseCell): SeedCell =>
  c.format?.includes('%') && typeof c.v === 'number' ? { v: c.v, d: `${(c.v * 100).toFixed(2)}%` } : c.v;

/** Four decimals: what a person reads as a percentage with two decimals. */
export const round4 = (n: number): number => Math.round(n * 10000) / 10000;
