/**
 * The user guides (docs/panduan/) cannot drift from the product: every picture they show is one the
 * screenshot step of `npm start` makes (scripts/start-guide.ts, by name, from the list it writes), every
 * source of those pictures is one the extension and add-on parts produce, and the menu items, buttons,
 * panel headings and flags the guides name are the catalog's exact Indonesian texts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MENU } from '../../apps-script/src/menu';
import { OUTPUT_NAMES } from '../../apps-script/src/output/sheet-names';
import {
  CHROMIUM_PATH,
  collapsedShot,
  DEMO_PAGES,
  STORE_OPTIONS_SHOT,
  STORE_PAGES,
} from '../../scripts/start-extension';
import {
  GUIDE_IMAGE_DIR,
  GUIDE_IMAGE_LIST,
  GUIDE_IMAGES,
  guideImageNames,
  makeGuideImages,
  parseCsv,
} from '../../scripts/start-guide';
import { catalog, type MessageCode } from '../../shared/messages/catalog';
import { t } from '../../shared/messages/format';

const ROOT = join(import.meta.dirname, '../..');
const GUIDES = ['docs/panduan/admin-opd.md', 'docs/panduan/atasan.md'] as const;
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** The pictures a guide shows: `![alt](gambar/<file>)`. */
const imagesOf = (markdown: string): string[] =>
  [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');

/** Bold spans: how the guides set a text the user sees on screen. */
const boldOf = (markdown: string): string[] =>
  [...markdown.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ' '));

const id = (code: MessageCode): string => t(code, undefined, 'id');

/** The sheets the add-on writes (the add-on part of `npm start` saves each as CSV: scripts/start-addon.ts). */
const ADDON_SHEETS = new Set(Object.values(OUTPUT_NAMES));

/** UI texts each guide must name, in bold, exactly as the catalog has them. */
const REQUIRED: Record<(typeof GUIDES)[number], MessageCode[]> = {
  'docs/panduan/admin-opd.md': [
    ...MENU.flatMap((item) => (item ? [item.label] : [])),
    'SHEETS_UI_SAVE',
    'SHEETS_UI_IGNORE_SHEET',
    'SHEETS_UI_IGNORE_COLUMN',
    'SHEETS_CHECK_LINK',
    'SHEETS_CHECK_KIND_ERROR',
    'SHEETS_CHECK_KIND_WARNING',
    'ADDON_UI_PRESET',
    'ADDON_UI_APPLY_PRESET',
    'ADDON_UI_SAVE',
    'ADDON_UI_CONFIRM_YES',
    'ADDON_UI_CONFIRM_RESTORE_YES',
    'ADDON_UI_RESTORE',
    'ADDON_UI_RESET',
    'ADDON_UI_EXPORT',
    'ADDON_UI_IMPORT',
    'ADDON_UI_DOWNLOAD',
    'ADDON_UI_COPY',
    'ADDON_RP_RECAP',
    'ADDON_RP_EMPLOYEES',
    'ADDON_RP_SUPERVISORS',
    'ADDON_COL_CEK_DISTRIBUSI',
  ],
  'docs/panduan/atasan.md': [
    'SHEETS_MENU_EXPORT',
    'EXT_POPUP_OPTIONS',
    'EXT_POPUP_ENABLE_SITE',
    'EXT_POPUP_DISABLE_SITE',
    'EXT_POPUP_RUN_ONCE',
    'EXT_POPUP_OVERLAY',
    'EXT_MANAGED_GRANT_SITES',
    'EXT_OPTIONS_USER',
    'EXT_OPTIONS_USER_NIP',
    'EXT_OPTIONS_USER_SAVE',
    'EXT_OPTIONS_IMPORT',
    'EXT_OPTIONS_CONFIRM_APPLY',
    'EXT_OPTIONS_CONFIRM_CANCEL',
    'EXT_OPTIONS_PACKAGE',
    'EXT_OPTIONS_REMOVE_PACKAGE',
    'EXT_OPTIONS_SITES',
    'EXT_OPTIONS_RESET',
    'OVERLAY_PANEL_OPEN',
    'OVERLAY_PANEL_CLOSE',
    'OVERLAY_PANEL_REPRIMAND',
    'OVERLAY_PANEL_APPRECIATION',
    'OVERLAY_PANEL_AWAITING',
    'FLAG_TANPA_BUKTI',
    'FLAG_TANPA_UMPAN_BALIK',
    'FLAG_REALISASI_KOSONG',
    'FLAG_RATING_BERBEDA',
    'FLAG_KESIBUKAN_SEMU',
    'FLAG_AKTIVITAS_TANPA_OUTPUT',
    'FLAG_BELUM_DINILAI',
    'FLAG_TARGET_SAJA',
    'FLAG_TIDAK_TERHITUNG',
  ],
};

/** Case, spaces and trailing punctuation removed: what a reworded-by-hand copy of a text still matches. */
const loose = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.:…]+$/, '')
    .trim();

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('user guides (docs/panduan)', () => {
  it('show only pictures the screenshot step makes, and each guide shows some', () => {
    const names = new Set(guideImageNames());
    for (const guide of GUIDES) {
      const images = imagesOf(read(guide));
      expect(images.length, guide).toBeGreaterThan(0);
      for (const image of images) {
        expect(image, guide).toMatch(/^gambar\/[a-z0-9-]+\.png$/);
        expect(names.has(image.slice('gambar/'.length)), `${guide}: ${image}`).toBe(true);
      }
    }
    // The pictures land where the guides look for them.
    expect(GUIDE_IMAGE_DIR).toBe('docs/panduan/gambar');
    expect(read('.gitignore')).toMatch(/^docs\/panduan\/gambar\/$/m);
  });

  it('take every picture from something npm start produces', () => {
    const screenshots = new Set(
      DEMO_PAGES.flatMap((page) => [`screenshots/${page.shot}`, `screenshots/${collapsedShot(page.shot)}`]),
    );
    const store = new Set(
      [...STORE_PAGES.map((page) => page.shot), STORE_OPTIONS_SHOT].map((f) => `store/${f}`),
    );
    for (const image of GUIDE_IMAGES) {
      if ('copy' in image)
        expect(screenshots.has(image.copy) || store.has(image.copy), image.file).toBe(true);
      else expect(ADDON_SHEETS.has(image.sheet), image.file).toBe(true);
    }
    expect(new Set(guideImageNames()).size).toBe(GUIDE_IMAGES.length);
  });

  it('name menu items, buttons, panel headings and flags with the exact catalog texts', () => {
    const catalogTexts = Object.values(catalog).map((m) => m.id);
    const exact = new Set(catalogTexts);
    const byLoose = new Map(
      catalogTexts.filter((text) => !text.includes('{')).map((text) => [loose(text), text]),
    );
    for (const guide of GUIDES) {
      const bold = boldOf(read(guide));
      for (const code of REQUIRED[guide]) expect(bold, `${guide}: ${code}`).toContain(id(code));
      // A bold text that is a catalog text up to case or punctuation must be the catalog text itself
      // (sheet names excepted: they are the add-on's, e.g. "Masalah Data" beside the recap's heading).
      for (const text of bold) {
        if (ADDON_SHEETS.has(text)) continue;
        const near = byLoose.get(loose(text));
        if (near !== undefined && !exact.has(text)) expect(text, guide).toBe(near);
      }
    }
  });

  /** A fake `npm start` output folder: the copies' sources, and the sheets as small CSV files in its format. */
  const fakeOut = (): string => {
    const out = mkdtempSync(join(tmpdir(), 'nilai-kerja-guide-out-'));
    dirs.push(out);
    mkdirSync(join(out, 'sheets'), { recursive: true });
    for (const image of GUIDE_IMAGES) {
      if ('copy' in image) {
        mkdirSync(join(out, image.copy, '..'), { recursive: true });
        writeFileSync(join(out, image.copy), `picture ${image.file}`);
      } else
        writeFileSync(
          join(out, 'sheets', `${image.sheet}.csv`),
          'Nama,Capaian,Alasan\r\n"Sari, S.E.",0.925,"Predikat ""Baik"""\r\n',
        );
    }
    return out;
  };
  const imageDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'nilai-kerja-guide-img-'));
    dirs.push(dir);
    return dir;
  };
  const listed = (dir: string): string[] =>
    readFileSync(join(dir, GUIDE_IMAGE_LIST), 'utf8').split('\n').filter(Boolean);

  it('reference only pictures on the list the script writes, which it made (sheets drawn in Chromium)', async () => {
    expect(
      existsSync(CHROMIUM_PATH),
      `Chromium not found at ${CHROMIUM_PATH}: sudo apt-get install chromium`,
    ).toBe(true);
    const dir = imageDir();
    const lines = await makeGuideImages(fakeOut(), dir);
    const made = listed(dir);
    expect(made, lines.join('\n')).toEqual(guideImageNames());
    for (const file of made) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      if (!GUIDE_IMAGES.some((image) => image.file === file && 'copy' in image))
        expect(readFileSync(join(dir, file)).subarray(1, 4).toString(), file).toBe('PNG');
    }
    for (const guide of GUIDES)
      for (const image of imagesOf(read(guide))) expect(made, guide).toContain(image.slice('gambar/'.length));
  });

  it('without Chromium, lists only what it made and names the rest', async () => {
    const dir = imageDir();
    const lines = await makeGuideImages(fakeOut(), dir, { chromiumPath: '/nonexistent/chromium' });
    const copies = GUIDE_IMAGES.filter((image) => 'copy' in image).map((image) => image.file);
    expect(listed(dir)).toEqual(copies);
    expect(lines.join('\n')).toContain('/nonexistent/chromium');
    for (const image of GUIDE_IMAGES)
      if ('sheet' in image) expect(lines[lines.length - 1], image.file).toContain(image.file);
  });

  it('reads the CSV files the add-on part writes', () => {
    expect(parseCsv('a,b\r\n"x, ""y""",\r\n"two\nlines",z\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', ''],
      ['two\nlines', 'z'],
    ]);
  });
});
