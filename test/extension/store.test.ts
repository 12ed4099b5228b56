import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, PRIVACY_SOURCE, privacyPage } from '../../extension/build';
import { PRIVACY_PAGE } from '../../extension/manifest';
import { useExtension } from './fixture';
import { REPO_ROOT, TEST_EXTENSION_DIR } from './harness';

const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

/** The alpha channel of a PNG drawn by drawIcon (8-bit RGBA, filter 0 on every row). */
function alpha(png: Buffer): { size: number; at: (x: number, y: number) => number } {
  const size = png.readUInt32BE(16);
  const start = png.indexOf('IDAT', 0, 'latin1');
  const raw = inflateSync(png.subarray(start + 4, start + 4 + png.readUInt32BE(start - 4)));
  return { size, at: (x, y) => raw[y * (size * 4 + 1) + 1 + x * 4 + 3]! };
}

/** The text under a "## heading" of a Markdown file, up to the next heading. */
const section = (markdown: string, heading: string): string =>
  markdown
    .split(/^## /m)
    .find((s) => s.startsWith(`${heading}\n`))
    ?.slice(heading.length)
    .trim() ?? '';

describe('for the stores', () => {
  it('draws the 128 px icon as a 96 px image inside 16 px of transparent padding', () => {
    const icon = alpha(drawIcon(128));
    expect(icon.size).toBe(128);
    for (let i = 0; i < 128; i++) {
      for (const [x, y] of [
        [i, 0],
        [i, 15],
        [i, 112],
        [i, 127],
        [0, i],
        [15, i],
        [112, i],
        [127, i],
      ] as const)
        expect(icon.at(x, y), `${x},${y}`).toBe(0);
    }
    expect(icon.at(64, 20)).toBe(255);
    expect(icon.at(20, 64)).toBe(255);
    // The toolbar sizes keep the whole square.
    expect(alpha(drawIcon(16)).at(8, 0)).toBe(255);
  });

  it('has store descriptions over 250 characters (Edge) in Indonesian and English', () => {
    for (const file of ['docs/store/listing-id.md', 'docs/store/listing-en.md']) {
      const markdown = read(file);
      const heading = file.endsWith('-id.md') ? 'Deskripsi' : 'Description';
      expect(section(markdown, heading).length, file).toBeGreaterThan(250);
    }
  });

  it('has a LICENSE matching package.json (MIT) and naming the project', () => {
    const pkg = JSON.parse(read('package.json')) as { license: string };
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.startsWith('MIT License')).toBe(true);
    expect(license).toContain('Nilai Kerja');
  });

  it('ships the privacy policy from docs/privacy.md, Indonesian first, with no script', () => {
    const markdown = read(PRIVACY_SOURCE);
    expect(markdown.indexOf('# Kebijakan privasi')).toBe(0);
    expect(markdown.indexOf('# Nilai Kerja privacy policy')).toBeGreaterThan(0);
    const html = read(join(TEST_EXTENSION_DIR, PRIVACY_PAGE));
    expect(html).toBe(privacyPage(markdown));
    expect(html.indexOf('<section lang="id">')).toBeLessThan(html.indexOf('<section lang="en">'));
    expect(html).toContain('<h2>Apa yang dikirim</h2>');
    expect(html).toContain('<h2>What is sent</h2>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!kinerja\.bkn\.go\.id)/);
  });
});

describe('the privacy page in Chromium', () => {
  const browser = useExtension();

  it('is linked from the options page and opens inside the extension', async () => {
    const options = await browser.ext.newPage();
    await options.goto(browser.ext.extensionUrl('src/options/options.html'));
    const link = options.getByRole('link', { name: /Kebijakan privasi/ });
    expect(await link.getAttribute('href')).toBe(browser.ext.extensionUrl(PRIVACY_PAGE));
    const [page] = await Promise.all([browser.ext.context.waitForEvent('page'), link.click()]);
    await page.waitForLoadState();
    expect(page.url()).toBe(browser.ext.extensionUrl(PRIVACY_PAGE));
    expect(await page.locator('h1').first().textContent()).toBe('Kebijakan privasi Nilai Kerja');
    expect(browser.ext.pageErrors).toEqual([]);
  });
});
