import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_PATH,
  canOfferVisible,
  collapsedShot,
  DEMO_PAGES,
  failureReason,
  runExtensionDemo,
} from '../../scripts/start-extension';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The overlay's page type for each sample page (data-page on the panel). */
const EXPECTED_PAGE: Record<string, string> = {
  '01-skp-bkn.png': 'skp-penilaian',
  '02-skp-bkn-daftar.png': 'daftar-pegawai',
  '03-skp-rencana.png': 'skp-rencana',
  '04-aktivitas-harian.png': 'aktivitas',
  '05-antrian-persetujuan.png': 'daftar-pegawai',
  '06-daftar-pegawai.png': 'daftar-pegawai',
  '07-rekap-bulanan.png': 'daftar-pegawai',
  '08-kartu-bawahan.png': 'kartu-pegawai',
};

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'nilai-kerja-demo-test-'));
  dirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm start: extension demo in headless Chromium', () => {
  it('saves a PNG per sample page and names each page type with its rows, badges and flags', async () => {
    // Never skipped: without Chromium (above all under CI) this test fails and says how to install it.
    expect(
      existsSync(CHROMIUM_PATH),
      `${process.env.CI ? 'CI: ' : ''}Chromium not found at ${CHROMIUM_PATH}; install it with: sudo apt-get install chromium`,
    ).toBe(true);
    const out = tempDir();
    const lines = await runExtensionDemo(out, { visible: false });

    expect(lines.join('\n')).not.toMatch(/gagal|tidak muncul|galat/);
    for (const page of DEMO_PAGES) {
      const png = readFileSync(join(out, page.shot));
      expect(png.length, page.shot).toBeGreaterThan(10_000);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), page.shot).toBe(true);
      // IHDR width: the demo's 1280-pixel desktop viewport.
      expect(png.readUInt32BE(16), page.shot).toBe(1280);

      const line = lines.find((l) => l.startsWith(`${page.shot}:`));
      expect(line, page.shot).toContain(`(data-page=${EXPECTED_PAGE[page.shot]})`);
      const [, rows, badges] = /, (\d+) baris dinilai, (\d+) lencana, tanda: /.exec(line ?? '') ?? [];
      expect(Number(rows), page.shot).toBeGreaterThan(0);
      expect(Number(badges), page.shot).toBeGreaterThan(0);
    }
    // What the sample pages are known to raise (content.test.ts checks the same fixtures badge by badge).
    const line = (shot: string) => lines.find((l) => l.startsWith(`${shot}:`)) ?? '';
    expect(line('03-skp-rencana.png')).toContain('4 baris dinilai, 4 lencana, tanda: target_saja ×4');
    expect(line('04-aktivitas-harian.png')).toContain('aktivitas_tanpa_output ×2');
    expect(line('06-daftar-pegawai.png')).toContain('10 baris dinilai, 10 lencana, tanda: tidak ada');

    // A second picture exists exactly when the line says the panel covered badges.
    const extra = readdirSync(out).filter((f) => f.endsWith('-panel-tertutup.png'));
    const mentioned = lines.filter((l) => l.includes('panel menutupi'));
    expect(extra).toHaveLength(mentioned.length);
    for (const file of extra) expect(readFileSync(join(out, file)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(lines.at(-1)).toBe(`Tangkapan layar tersimpan di ${out}`);
  }, 300_000);

  it('without Chromium returns the install hint instead of throwing, and writes nothing', async () => {
    const out = tempDir();
    const lines = await runExtensionDemo(join(out, 'shots'), {
      chromiumPath: '/nonexistent/chromium',
      visible: false,
    });
    expect(lines).toEqual([
      'Chromium tidak ditemukan di /nonexistent/chromium: demo ekstensi dilewati. Pasang dengan: sudo apt-get install chromium',
    ]);
    expect(existsSync(join(out, 'shots'))).toBe(false);
    const english = await runExtensionDemo(out, { chromiumPath: '/nonexistent/chromium', lang: 'en' });
    expect(english[0]).toContain('Install it with: sudo apt-get install chromium');
  });

  it('offers a visible browser only with a display, a terminal and no CI', () => {
    expect(canOfferVisible({ DISPLAY: ':0' }, true)).toBe(true);
    expect(canOfferVisible({ DISPLAY: ':0', CI: 'true' }, true)).toBe(false);
    expect(canOfferVisible({ DISPLAY: ':0' }, false)).toBe(false);
    expect(canOfferVisible({}, true)).toBe(false);
    expect(collapsedShot('01-skp-bkn.png')).toBe('01-skp-bkn-panel-tertutup.png');
  });

  it('reports a failed demo build by its own last error line, other failures by their first line', () => {
    const build = Object.assign(new Error('Command failed: node tsx extension/build.ts'), {
      stderr: 'Extension build rejected:\n- src/content/main.js: contains eval(\n\n',
    });
    expect(failureReason(build)).toBe('- src/content/main.js: contains eval(');
    expect(
      failureReason(
        new Error('browserType.launchPersistentContext: Target closed\nCall log:\n  - <launching>'),
      ),
    ).toBe('browserType.launchPersistentContext: Target closed');
    expect(failureReason('ENOSPC')).toBe('ENOSPC');
    expect(failureReason(new Error(''))).toBe('-');
  });
});
