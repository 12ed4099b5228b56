/**
 * The meeting papers in `npm start`: the BUILT add-on (Code.js in the Apps Script sandbox) runs "Siapkan
 * kertas rapat" on the sample OPD, and each paper is drawn as A4 pages in headless Chromium the way the
 * recorded print layout says Sheets prints it: the column widths, one row height, the page breaks, the
 * frozen title rows repeated at the top of each page, no gridlines. Pictures go to out/kertas/: the first
 * page of each paper (the first page of "Slip Hasil" is the first slip) and the second page of the
 * penghargaan list, to show its repeated header.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { A4_MM, PRINT_MARGINS_MM, PX_PER_MM, printableArea } from '../apps-script/src/output/print';
import type { PrintLayout } from '../apps-script/src/port/types';
import { formatNumberForLang, t } from '../shared/messages/format';
import { sampleWorkbook } from '../shared/sample';
import type { Cell } from '../tools/apps-script-sandbox/fake-gas/range';
import type { FakeSheet } from '../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { DIST, loadSandbox } from '../tools/apps-script-sandbox/sandbox';
import { CHROMIUM_PATH } from '../tools/browser/chromium';
import { workbookGrids } from './sample-sheets';

/** Where the pictures go. */
export const PAPERS_IMAGE_DIR = 'out/kertas';

/** The pictures: a paper, which page (0-based), and the file name. */
const PICTURES = [
  { sheet: 'Daftar Penghargaan', page: 0, file: 'daftar-penghargaan-1.png' },
  { sheet: 'Daftar Penghargaan', page: 1, file: 'daftar-penghargaan-2.png' },
  { sheet: 'Draf Surat', page: 0, file: 'draf-surat-1.png' },
  { sheet: 'Slip Hasil', page: 0, file: 'slip-hasil-1.png' },
] as const;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What Sheets shows in a cell: text without the apostrophe that keeps it text, a percentage in Indonesian. */
function shown(cell: Cell | undefined): string {
  const v = cell?.v;
  if (v === undefined || v === '') return '';
  if (typeof v === 'number' && cell?.format?.includes('%'))
    return `${formatNumberForLang(v * 100, 'id', 1)}%`;
  if (typeof v === 'string') return v.startsWith("'") ? v.slice(1) : v;
  return String(v);
}

/** One sheet row as table cells: a text runs over the empty cells to its right, as in Sheets. */
function rowHtml(sheet: FakeSheet, row: number, layout: PrintLayout): string {
  const width = layout.columnWidths.length;
  const cells: string[] = [];
  for (let c = 1; c <= width; ) {
    const cell = sheet.peek(row, c);
    const text = shown(cell);
    let span = 1;
    if (text !== '' && typeof cell?.v === 'string')
      while (c + span <= width && shown(sheet.peek(row, c + span)) === '') span++;
    const style = [
      cell?.bold ? 'font-weight:bold' : '',
      cell?.background ? `background:${cell.background}` : '',
      typeof cell?.v === 'number' ? 'text-align:right' : '',
    ]
      .filter(Boolean)
      .join(';');
    cells.push(`<td colspan="${span}" style="${style}">${escapeHtml(text)}</td>`);
    c += span;
  }
  return `<tr>${cells.join('')}</tr>`;
}

/** The rows printed on page `page`: the frozen rows again after the first page, then that page's rows. */
function pageRows(layout: PrintLayout, page: number): number[] {
  const start = layout.pageStarts[page] ?? 1;
  const end = (layout.pageStarts[page + 1] ?? layout.rows + 1) - 1;
  const repeated = page === 0 ? [] : Array.from({ length: layout.headerRows }, (_, i) => i + 1);
  const own = Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
  return [...repeated, ...own];
}

/** One A4 page at 96 px per inch, with the paper's margins, widths and row height. */
export function pageHtml(sheet: FakeSheet, layout: PrintLayout, page: number): string {
  const portrait = layout.orientation === 'portrait';
  const widthPx = Math.round((portrait ? A4_MM.width : A4_MM.height) * PX_PER_MM);
  const heightPx = Math.round((portrait ? A4_MM.height : A4_MM.width) * PX_PER_MM);
  const m = PRINT_MARGINS_MM;
  const area = printableArea(layout.orientation);
  const cols = layout.columnWidths.map((w) => `<col style="width:${w}px">`).join('');
  const rows = pageRows(layout, page)
    .map((r) => rowHtml(sheet, r, layout))
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;background:#9aa0a6}
.page{box-sizing:border-box;width:${widthPx}px;height:${heightPx}px;background:#fff;
  padding:${m.top * PX_PER_MM}px ${m.right * PX_PER_MM}px ${m.bottom * PX_PER_MM}px ${m.left * PX_PER_MM}px}
.area{width:${area.widthPx}px;height:${area.heightPx}px;overflow:hidden}
table{border-collapse:collapse;table-layout:fixed;font:10pt Arial,"Liberation Sans",sans-serif}
td{height:${layout.rowHeight}px;padding:0 3px;white-space:nowrap;overflow:hidden;line-height:${layout.rowHeight}px}
</style></head><body><div class="page"><div class="area"><table>${cols}${rows}</table></div></div></body></html>`;
}

/** Runs the papers on the sample, prints what was written and saves the pictures. */
export async function paperLines(imageDir = PAPERS_IMAGE_DIR): Promise<string[]> {
  const lines = [t('PAPERS_START_TITLE')];
  if (!existsSync(join(DIST, 'Code.js'))) return [...lines, t('ADDON_START_NO_BUILD')];
  const box = loadSandbox({
    sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })),
    withUi: false,
  });
  lines.push(
    ...String(box.call('siapkanKertasRapat'))
      .split('\n')
      .map((l) => `  ${l}`),
  );
  const papers = new Map<string, { sheet: FakeSheet; layout: PrintLayout }>();
  for (const sheet of box.book.sheets) {
    const json = sheet.metadata.find((m) => m.getKey() === 'nilaiKerja.print')?.getValue();
    if (!json) continue;
    const layout = JSON.parse(json) as PrintLayout;
    papers.set(sheet.name, { sheet, layout });
    lines.push(
      t('PAPERS_START_LAYOUT', {
        sheet: sheet.name,
        pages: layout.pageStarts.length,
        orientation: t(layout.orientation === 'portrait' ? 'PAPERS_PORTRAIT' : 'PAPERS_LANDSCAPE'),
        rows: layout.rowsPerPage,
        headerRows: layout.headerRows,
        width: layout.columnWidths.reduce((a, b) => a + b, 0),
        printable: Math.floor(printableArea(layout.orientation).widthPx),
      }),
    );
  }
  if (!existsSync(CHROMIUM_PATH)) return [...lines, t('PAPERS_START_NO_BROWSER', { detail: CHROMIUM_PATH })];
  mkdirSync(imageDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const picture of PICTURES) {
      const paper = papers.get(picture.sheet);
      if (!paper || picture.page >= paper.layout.pageStarts.length) continue;
      await page.setContent(pageHtml(paper.sheet, paper.layout, picture.page));
      const file = join(imageDir, picture.file);
      await page.locator('.page').screenshot({ path: file });
      lines.push(t('PAPERS_START_SAVED', { file }));
    }
  } catch (e) {
    lines.push(t('PAPERS_START_NO_BROWSER', { detail: e instanceof Error ? e.message : String(e) }));
  } finally {
    await browser.close();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void paperLines().then((lines) => process.stdout.write(`${lines.join('\n')}\n`));
