import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  PROMO_TILE,
  PROMO_TILE_FILE,
  runExtensionDemo,
  STORE_OPTIONS_SHOT,
  STORE_PAGES,
  STORE_SCREENSHOT,
} from '../../scripts/start-extension';

const out = mkdtempSync(join(tmpdir(), 'nilai-kerja-store-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const size = (file: string): [number, number] => {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe("npm start's screenshot step: images for the stores", () => {
  it('writes 1280x800 screenshots and a 440x280 promo tile into the store folder', async () => {
    expect(existsSync(CHROMIUM_PATH), `Chromium not found at ${CHROMIUM_PATH}`).toBe(true);
    const store = join(out, 'store');
    const lines = await runExtensionDemo(join(out, 'screenshots'), { pages: [], storeDir: store });
    expect(lines.join('\n')).not.toMatch(/gagal|galat/);
    expect(lines).toContain(
      `Gambar untuk toko ekstensi (4 tangkapan layar 1280x800 dan ubin promosi 440x280) tersimpan di ${store}`,
    );
    for (const shot of [...STORE_PAGES.map((p) => p.shot), STORE_OPTIONS_SHOT]) {
      expect(size(join(store, shot)), shot).toEqual([STORE_SCREENSHOT.width, STORE_SCREENSHOT.height]);
      expect(readFileSync(join(store, shot)).length, shot).toBeGreaterThan(10_000);
    }
    expect(size(join(store, PROMO_TILE_FILE))).toEqual([PROMO_TILE.width, PROMO_TILE.height]);
  }, 300_000);
});
