/**
 * The user guides' pictures (docs/panduan/): the last part of `npm start`. It copies the overlay and
 * options-page screenshots the extension part has just taken (out/screenshots, out/store) and draws the
 * add-on's result sheets (out/sheets/*.csv) as HTML tables in headless Chromium, all into
 * docs/panduan/gambar/ under the names the guides use. That folder is git-ignored: the repository holds
 * no binary images, so a reader runs `npm start` once to see the guides with their pictures.
 *
 * GUIDE_IMAGES is the one list of names: the guides may only reference these (test/scripts/guide.test.ts),
 * and the script writes the list of what it made to docs/panduan/gambar/daftar.txt.
 *
 * Run alone, after `npm start` has filled out/: `npx tsx scripts/start-guide.ts [--en]`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Lang } from '../shared/messages/catalog';
import { CHROMIUM_PATH } from '../tools/browser/chromium';
import { collapsedShot } from './start-extension';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the guides' pictures go (git-ignored), relative to the repository root. */
export const GUIDE_IMAGE_DIR = 'docs/panduan/gambar';
/** The list of the pictures made, one file name a line, written beside them. */
export const GUIDE_IMAGE_LIST = 'daftar.txt';

/** A picture of the guides and where it comes from (a path relative to the `npm start` output folder). */
type GuideImage =
  | { file: string; copy: string; fallback?: string }
  | { file: string; sheet: string; maxRows?: number; columns?: readonly string[] };

/**
 * Every picture the guides may reference. Copies come from the extension part of `npm start`
 * (scripts/start-extension.ts: DEMO_PAGES into out/screenshots, the options page into out/store); sheets
 * are drawn from the add-on part's CSV files (scripts/start-addon.ts).
 */
export const GUIDE_IMAGES: readonly GuideImage[] = [
  { file: 'atasan-penilaian-skp.png', copy: 'screenshots/01-skp-bkn.png' },
  // The same page with the panel collapsed, taken only when the open panel covers badges.
  {
    file: 'atasan-lencana.png',
    copy: `screenshots/${collapsedShot('01-skp-bkn.png')}`,
    fallback: 'screenshots/01-skp-bkn.png',
  },
  { file: 'atasan-rencana-skp.png', copy: 'screenshots/03-skp-rencana.png' },
  { file: 'atasan-aktivitas-harian.png', copy: 'screenshots/04-aktivitas-harian.png' },
  { file: 'atasan-daftar-pegawai.png', copy: 'screenshots/06-daftar-pegawai.png' },
  { file: 'atasan-kartu-bawahan.png', copy: 'screenshots/08-kartu-bawahan.png' },
  { file: 'atasan-panel.png', copy: 'store/screenshot-2-daftar-pegawai.png' },
  { file: 'atasan-opsi.png', copy: 'store/screenshot-4-opsi.png' },
  {
    file: 'admin-masalah-data.png',
    sheet: 'Masalah Data',
    columns: ['Sheet', 'Baris', 'Kolom', 'Nilai', 'Masalah', 'Jenis'],
  },
  {
    file: 'admin-hasil-pegawai.png',
    sheet: 'Hasil Pegawai',
    maxRows: 15,
    columns: [
      'Nama',
      'Unit Kerja',
      'Capaian',
      'Kategori Capaian',
      'Rating Hasil (usulan)',
      'Rating Hasil (akhir)',
      'Rating Perilaku',
      'Predikat Kinerja',
      'Kesibukan Semu',
      'Tanpa Bukti Dukung',
      'Tanpa Umpan Balik',
      'Potongan Disiplin',
      'Rekomendasi',
      'Alasan',
    ],
  },
  { file: 'admin-hasil-unit.png', sheet: 'Hasil Unit' },
];

/** The names only, in order: what the guides may reference. */
export const guideImageNames = (): string[] => GUIDE_IMAGES.map((image) => image.file);

/** Parses RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks), as start-addon writes it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const TEXTS = {
  title: { id: 'Gambar panduan pengguna (docs/panduan/)', en: 'User guide pictures (docs/panduan/)' },
  saved: { id: '{count} gambar disimpan di {dir}', en: '{count} pictures saved in {dir}' },
  missing: {
    id: 'Tidak dibuat (sumbernya belum ada, jalankan npm start): {files}',
    en: 'Not made (source missing; run npm start): {files}',
  },
  noChromium: {
    id: 'Chromium tidak ditemukan di {path}: tabel sheet tidak digambar.',
    en: 'Chromium not found at {path}: sheet tables not drawn.',
  },
  failed: { id: 'Gambar sheet gagal: {reason}', en: 'Drawing the sheets failed: {reason}' },
  more: { id: '{count} baris lagi di sheet', en: '{count} more rows in the sheet' },
} as const;

function say(key: keyof typeof TEXTS, params: Record<string, string | number>, lang: Lang): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Fractions shown as the sheet formats them: percentages with a decimal comma. */
const PERCENT_COLUMNS = new Set(['Capaian', 'Potongan Disiplin', 'Rata-rata Capaian']);

function displayCell(header: string, value: string): string {
  if (PERCENT_COLUMNS.has(header) && value !== '' && Number.isFinite(Number(value)))
    return `${(Number(value) * 100).toFixed(1).replace('.', ',')}%`;
  // A formula cell (the links of Masalah Data) shows its label, as Sheets would.
  const link = /^=HYPERLINK\(".*","(.*)"\)$/.exec(value);
  return link?.[1] ?? value;
}

/** The sheet as a page: the tab name above a spreadsheet-like grid with the header row frozen in grey. */
function sheetHtml(
  sheet: string,
  rows: readonly (readonly string[])[],
  image: GuideImage,
  lang: Lang = 'id',
): string {
  const header = rows[0] ?? [];
  const wanted = 'columns' in image && image.columns ? image.columns : header;
  const indexes = wanted.map((name) => header.indexOf(name)).filter((i) => i >= 0);
  const body = rows.slice(1, 1 + ('maxRows' in image && image.maxRows ? image.maxRows : rows.length));
  const more = rows.length - 1 - body.length;
  const th = indexes.map((i) => `<th>${escapeHtml(header[i] ?? '')}</th>`).join('');
  const trs = body
    .map(
      (r, n) =>
        `<tr><td class="n">${n + 2}</td>${indexes
          .map((i) => `<td>${escapeHtml(displayCell(header[i] ?? '', r[i] ?? ''))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8" /><style>
body { margin: 0; padding: 12px; font: 12px/1.35 system-ui, sans-serif; color: #202124; background: #fff; }
.tab { display: inline-block; padding: 4px 12px; border: 1px solid #dadce0; border-bottom: 2px solid #1b7f4b;
  font-weight: 600; color: #1b7f4b; margin-bottom: 6px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #e0e0e0; padding: 3px 6px; vertical-align: top; text-align: left; max-width: 320px; }
th { background: #f1f3f4; font-weight: 600; }
td.n { background: #f8f9fa; color: #5f6368; text-align: right; }
.more { margin-top: 6px; color: #5f6368; }
</style></head><body>
<div class="tab">${escapeHtml(sheet)}</div>
<table><thead><tr><th></th>${th}</tr></thead><tbody>
${trs}
</tbody></table>
${more > 0 ? `<div class="more">… ${say('more', { count: more }, lang)}</div>` : ''}
</body></html>`;
}

interface GuideOptions {
  lang?: Lang;
  chromiumPath?: string;
}

/**
 * Makes the guides' pictures from what `npm start` wrote in outDir, into imageDir, and writes the list
 * of what it made. Returns the lines to print; never throws (a missing source is named, not fatal).
 */
export async function makeGuideImages(
  outDir: string,
  imageDir: string,
  options: GuideOptions = {},
): Promise<string[]> {
  const lang = options.lang ?? 'id';
  const chromiumPath = options.chromiumPath ?? CHROMIUM_PATH;
  const lines = [say('title', {}, lang)];
  const made: string[] = [];
  const missing: string[] = [];
  mkdirSync(imageDir, { recursive: true });
  for (const image of GUIDE_IMAGES) {
    if (!('copy' in image)) continue;
    const source = [image.copy, image.fallback]
      .flatMap((path) => (path ? [join(outDir, path)] : []))
      .find((path) => existsSync(path));
    if (source) {
      copyFileSync(source, join(imageDir, image.file));
      made.push(image.file);
    } else missing.push(image.file);
  }
  const sheets = GUIDE_IMAGES.filter((image) => 'sheet' in image);
  const drawable = sheets.filter((image) =>
    existsSync(join(outDir, 'sheets', `${(image as { sheet: string }).sheet}.csv`)),
  );
  missing.push(...sheets.filter((image) => !drawable.includes(image)).map((image) => image.file));
  if (drawable.length > 0 && !existsSync(chromiumPath)) {
    lines.push(say('noChromium', { path: chromiumPath }, lang));
    missing.push(...drawable.map((image) => image.file));
  } else if (drawable.length > 0) {
    const browser = await chromium
      .launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
      .catch((error: unknown) => {
        lines.push(
          say(
            'failed',
            { reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) },
            lang,
          ),
        );
        return undefined;
      });
    if (!browser) missing.push(...drawable.map((image) => image.file));
    else
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 400 } });
        for (const image of drawable) {
          if (!('sheet' in image)) continue;
          const rows = parseCsv(readFileSync(join(outDir, 'sheets', `${image.sheet}.csv`), 'utf8'));
          await page.setContent(sheetHtml(image.sheet, rows, image, lang));
          // The grid's own size, so a narrow sheet is not padded with white and a wide one not cut.
          const width = await page.evaluate(() => Math.ceil(document.body.scrollWidth));
          await page.setViewportSize({ width: Math.max(640, width), height: 400 });
          await page.screenshot({ path: join(imageDir, image.file), fullPage: true });
          made.push(image.file);
        }
      } catch (error) {
        lines.push(
          say(
            'failed',
            { reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) },
            lang,
          ),
        );
      } finally {
        await browser.close();
      }
  }
  const ordered = guideImageNames().filter((name) => made.includes(name));
  writeFileSync(join(imageDir, GUIDE_IMAGE_LIST), `${ordered.join('\n')}\n`);
  lines.push(
    say('saved', { count: ordered.length, dir: relative(REPO_ROOT, resolve(imageDir)) || imageDir }, lang),
  );
  const notMade = guideImageNames().filter((name) => !made.includes(name));
  if (notMade.length > 0) lines.push(say('missing', { files: notMade.join(', ') }, lang));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lang: Lang = process.argv.includes('--en') ? 'en' : 'id';
  void makeGuideImages(join(REPO_ROOT, 'out'), join(REPO_ROOT, GUIDE_IMAGE_DIR), { lang }).then((lines) =>
    process.stdout.write(`${lines.join('\n')}\n`),
  );
}
