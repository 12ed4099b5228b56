import { type Action, done, failed } from '../../action';
import { gas } from '../../gas/env';
import { ownershipOf } from '../../output/ownership';
import { pdfExportUrl } from '../../output/print';
import { PAPER_SHEETS, type RECAP_SHEETS } from '../../output/sheet-names';
import { PRINT_LAYOUT_MARK, type PrintLayout, type SheetPort } from '../../port/types';
import { say } from './context';

interface Paper {
  sheet: SheetPort;
  layout: PrintLayout;
}

/** The A4 papers: the meeting papers of an OPD's workbook and the Sekda's Kertas Rapat Koordinasi. */
const RECAP_PAPER: keyof typeof RECAP_SHEETS = 'recapPaper';
const PAPER_ROLES: readonly string[] = [...Object.keys(PAPER_SHEETS), RECAP_PAPER];

/** The layout a paper keeps as metadata, or null when it is missing or not what this version writes. */
function layoutOf(sheet: SheetPort): PrintLayout | null {
  const json = sheet.metadata(PRINT_LAYOUT_MARK);
  if (json === null) return null;
  try {
    const layout = JSON.parse(json) as Partial<PrintLayout>;
    const ok =
      layout.paper === 'A4' &&
      (layout.orientation === 'portrait' || layout.orientation === 'landscape') &&
      Array.isArray(layout.pageStarts) &&
      typeof layout.marginsMm === 'object';
    return ok ? (layout as PrintLayout) : null;
  } catch {
    return null;
  }
}

/** Every finished paper of ours (marked with a paper role, not being written) with its layout. */
function papersOf(sheets: readonly SheetPort[]): Paper[] {
  return sheets.flatMap((sheet) => {
    const own = ownershipOf(sheet);
    if (!own || own.staging || own.role === null || !PAPER_ROLES.includes(own.role)) return [];
    const layout = layoutOf(sheet);
    return layout ? [{ sheet, layout }] : [];
  });
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const linkLabel = (p: Paper): string =>
  say('PAPERS_PRINT_LINK', {
    sheet: p.sheet.name,
    orientation: say(p.layout.orientation === 'portrait' ? 'PAPERS_PORTRAIT' : 'PAPERS_LANDSCAPE'),
    pages: p.layout.pageStarts.length,
  });

/** The dialog: the help line, a note when the open sheet is not a paper, and one link per paper. */
function dialogHtml(lines: readonly string[], links: readonly { label: string; url: string }[]): string {
  const items = links
    .map(
      (l) =>
        `<li><a href="${escapeHtml(l.url)}" target="_blank" rel="noopener">${escapeHtml(l.label)}</a></li>`,
    )
    .join('');
  const paragraphs = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<div style="font:14px Arial,sans-serif">${paragraphs}<ul>${items}</ul></div>`;
}

/**
 * "Cetak kertas (PDF A4)": for the open paper (or every paper when the open sheet is not one), the link
 * to Sheets' own PDF export with A4, the orientation, fit to width, our margins, no gridlines and the
 * frozen title rows repeated (output/print.ts pdfExportUrl). The user opens the link; the add-on makes no
 * request. Without a Ui (a trigger), the links are logged.
 */
export const printPapers: Action = ({ book, ui }) => {
  const id = book.spreadsheetId?.() ?? '';
  if (id === '') return failed(say('PAPERS_PRINT_NO_ID'));
  const papers = papersOf(book.listSheets());
  if (papers.length === 0) return failed(say('PAPERS_PRINT_NONE'));
  const active = book.activeSheet?.() ?? null;
  const open = active ? papers.find((p) => p.sheet.id === active.id) : undefined;
  const chosen = open ? [open] : papers;
  const lines = [say('PAPERS_PRINT_HELP')];
  if (active && !open) lines.push(say('PAPERS_PRINT_OTHER_SHEET', { sheet: active.name }));
  const links = chosen.map((p) => ({ label: linkLabel(p), url: pdfExportUrl(id, p.sheet.id, p.layout) }));
  const html = ui ? gas().HtmlService?.createHtmlOutput(dialogHtml(lines, links)) : undefined;
  if (ui && html) {
    ui.showModalDialog(html.setWidth(560).setHeight(160 + 40 * links.length), say('PAPERS_PRINT_TITLE'));
    return done();
  }
  return done(...lines, ...links.map((l) => say('PAPERS_PRINT_LINE', { label: l.label, url: l.url })));
};
