/**
 * Print-ready sheets: the A4 geometry in one place, and the layout of a paper (columns with relative
 * widths, rows grouped in records that never split across pages, page breaks) into the rows to write and
 * the format ops that make Sheets' own print/PDF give clean pages.
 *
 * SpreadsheetApp has no page-setup API: paper size, orientation, scaling, margins and page breaks cannot
 * be set by a script (the Apps Script Sheet class offers setHiddenGridlines, setFrozenRows, setColumnWidth
 * and setRowHeightsForced, and nothing for printing: developers.google.com/apps-script/reference/spreadsheet/sheet;
 * the Sheets API's GridProperties likewise has hideGridlines and frozenRowCount only). So the layout works
 * with what can be set:
 * - the column widths add up to the printable width of A4 at our margins, so "fit to width" prints at 100 %;
 * - every row has the same forced height and a page holds exactly `rowsPerPage` of them, so the pages
 *   break where the layout says (a record or a letter that would straddle a page starts on the next one);
 * - the header rows are frozen, which Sheets repeats at the top of every printed page;
 * - the paper size, orientation, margins and "no gridlines" go in the PDF link (pdfExportUrl), which the
 *   user opens: Sheets' own export with these settings.
 * Text is wrapped here, line by line, at an estimated character width, because a forced row height does
 * not grow with wrapped text.
 */

import { type FormatOp, type PrintLayout, type RangeRef, rangeRef, type SheetCell } from '../port/types';
import type { OutputSheet } from './sheet';
import { HEADER_BACKGROUND } from './sheet';
import type { OutputRole } from './sheet-names';

export type Orientation = PrintLayout['orientation'];

/** ISO 216 A4 in millimetres. */
export const A4_MM = { width: 210, height: 297 } as const;

/** Margins we print with, in millimetres (15 mm all round, a common office setting for A4 letters). */
export const PRINT_MARGINS_MM = { top: 15, bottom: 15, left: 15, right: 15 } as const;

/** Sheets measures columns and rows in CSS pixels: 96 per inch, 25.4 mm per inch. */
export const PX_PER_MM = 96 / 25.4;

/** One row's height: Sheets' default (21 px) for 10 pt Arial. */
export const ROW_HEIGHT_PX = 21;

/**
 * Estimated width of one character of 10 pt Arial, a little above its average (about 6.5 px) so that a
 * line of capitals or wide letters still fits: text is wrapped at this estimate.
 */
export const CHAR_WIDTH_PX = 7;

/** Space Sheets keeps inside a cell on each side. */
const CELL_PADDING_PX = 3;

export interface PrintableArea {
  widthPx: number;
  heightPx: number;
}

/** The area inside the margins of an A4 page, in pixels. */
export function printableArea(orientation: Orientation): PrintableArea {
  const [w, h] = orientation === 'portrait' ? [A4_MM.width, A4_MM.height] : [A4_MM.height, A4_MM.width];
  const m = PRINT_MARGINS_MM;
  return { widthPx: (w - m.left - m.right) * PX_PER_MM, heightPx: (h - m.top - m.bottom) * PX_PER_MM };
}

/** How many rows of ROW_HEIGHT_PX fill one printable page: 48 portrait, 32 landscape. */
export const rowsPerPage = (orientation: Orientation): number =>
  Math.floor(printableArea(orientation).heightPx / ROW_HEIGHT_PX);

/** Relative widths to whole pixels that add up to the printable width (the last column takes the rest). */
export function columnWidthsPx(relative: readonly number[], orientation: Orientation): number[] {
  const total = Math.floor(printableArea(orientation).widthPx);
  const sum = relative.reduce((a, b) => a + Math.max(0, b), 0);
  if (relative.length === 0 || sum <= 0) return [total];
  const widths = relative.map((r) => Math.max(1, Math.floor((Math.max(0, r) / sum) * total)));
  const rest = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = Math.max(1, rest);
  return widths;
}

/** Characters of the estimated width that fit in `widthPx`. */
const charsIn = (widthPx: number): number =>
  Math.max(1, Math.floor((widthPx - 2 * CELL_PADDING_PX) / CHAR_WIDTH_PX));

/**
 * Breaks text into lines that fit `widthPx`, at spaces, and inside a word only when the word alone is
 * longer than a line. Line breaks in the text are kept. Never returns an empty list.
 */
export function wrapText(text: string, widthPx: number): string[] {
  const max = charsIn(widthPx);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      let rest = word;
      while (rest.length > max) {
        if (line !== '') {
          lines.push(line);
          line = '';
        }
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
      if (line === '') line = rest;
      else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** How a row looks: a title, a section heading, a table header, a bold line, or plain. */
export type PaperStyle = 'title' | 'heading' | 'header' | 'strong' | 'plain';

/**
 * One row of a paper as the feature sees it: cells from column 1. A text cell runs over the empty cells
 * to its right (as Sheets shows overflowing text) and is wrapped to that width, so a row may take
 * several sheet rows. `numberFormats` maps a 1-based column to a number format for that cell.
 */
export interface PaperRow {
  cells: SheetCell[];
  style?: PaperStyle;
  numberFormats?: Readonly<Record<number, string>>;
}

/** Rows kept together on one page; `newPage` starts them on a fresh page (a letter, a slip). */
export interface PaperRecord {
  rows: PaperRow[];
  newPage?: boolean;
}

export interface PaperSpec {
  orientation: Orientation;
  /** Relative column widths; they are scaled to the printable width. */
  columns: readonly number[];
  /** Rows at the top, frozen and so repeated on every printed page (a title and a table header). */
  header?: PaperRow[];
  records: PaperRecord[];
  /** Columns whose cells are text as written (target "12 Dokumen", "85,5"): formatted "@" before values. */
  textColumns?: readonly number[];
}

export interface LaidOutPaper {
  rows: SheetCell[][];
  /** Applied before the values: number formats, bold, backgrounds. */
  formats: FormatOp[];
  /** Applied after the values: the print layout (row heights need the rows). */
  after: FormatOp[];
  layout: PrintLayout;
  /** The first sheet row of each record, in order. */
  recordStarts: number[];
  /** Records taller than one page (they continue on the next page). */
  overfull: number;
}

const isBlank = (cell: SheetCell | undefined): boolean => cell === undefined || cell === '';

/** A paper row as sheet rows: each text cell wrapped to the width it may run over. */
function linesOf(row: PaperRow, widths: readonly number[]): SheetCell[][] {
  const width = widths.length;
  const pieces: { column: number; lines: SheetCell[] }[] = [];
  row.cells.slice(0, width).forEach((cell, c) => {
    if (isBlank(cell)) return;
    if (typeof cell !== 'string') {
      pieces.push({ column: c, lines: [cell] });
      return;
    }
    let end = c + 1;
    while (end < width && isBlank(row.cells[end])) end++;
    const spanPx = widths.slice(c, end).reduce((a, b) => a + b, 0);
    pieces.push({ column: c, lines: wrapText(cell, spanPx) });
  });
  const count = Math.max(1, ...pieces.map((p) => p.lines.length));
  return Array.from({ length: count }, (_, i) => {
    const line: SheetCell[] = Array<SheetCell>(width).fill('');
    for (const p of pieces) line[p.column] = p.lines[i] ?? '';
    return line;
  });
}

/** Collects ranges by style and by number format, so each becomes one batched op. */
class StyleRanges {
  private readonly byStyle = new Map<PaperStyle, RangeRef[]>();
  private readonly byFormat = new Map<string, RangeRef[]>();

  add(row: PaperRow, first: number, lines: number, width: number): void {
    if (row.style && row.style !== 'plain') {
      const list = this.byStyle.get(row.style) ?? [];
      list.push(rangeRef(first, 1, lines, width));
      this.byStyle.set(row.style, list);
    }
    for (const [column, format] of Object.entries(row.numberFormats ?? {})) {
      const list = this.byFormat.get(format) ?? [];
      list.push(rangeRef(first, Number(column), 1, 1));
      this.byFormat.set(format, list);
    }
  }

  ops(): FormatOp[] {
    const ops: FormatOp[] = [];
    const bold = [...this.byStyle.values()].flat();
    if (bold.length > 0) ops.push({ kind: 'styleRanges', ranges: bold, bold: true });
    const shaded = [...(this.byStyle.get('heading') ?? []), ...(this.byStyle.get('header') ?? [])];
    if (shaded.length > 0) ops.push({ kind: 'styleRanges', ranges: shaded, background: HEADER_BACKGROUND });
    for (const [format, ranges] of this.byFormat)
      ops.push({ kind: 'styleRanges', ranges, numberFormat: format });
    return ops;
  }
}

/**
 * Lays out a paper on A4 pages. The header rows come first (frozen, so repeated on every page); each page
 * then holds `rowsPerPage - headerRows` rows of records. A record that does not fit in what is left of a
 * page starts on the next page (blank rows fill the rest), a record with `newPage` always does, and a
 * record taller than a page continues on the next one (counted in `overfull`). The number of format ops
 * does not depend on the records: every style and number format is one batched op.
 */
export function layOutPaper(spec: PaperSpec): LaidOutPaper {
  const widths = columnWidthsPx(spec.columns, spec.orientation);
  const width = widths.length;
  const perPage = rowsPerPage(spec.orientation);
  const rows: SheetCell[][] = [];
  const styles = new StyleRanges();
  const put = (row: PaperRow) => {
    const lines = linesOf(row, widths);
    styles.add(row, rows.length + 1, lines.length, width);
    rows.push(...lines);
  };
  for (const row of spec.header ?? []) put(row);
  const headerRows = rows.length;
  // At least half a page for the body, whatever the header: a header that tall is a layout mistake.
  const body = perPage - headerRows;
  if (body < perPage / 2) throw new Error(`print header of ${headerRows} rows leaves no room on a page`);
  const blank = (): SheetCell[] => Array<SheetCell>(width).fill('');
  const used = () => (rows.length - headerRows) % body;

  const recordStarts: number[] = [];
  let overfull = 0;
  for (const record of spec.records) {
    const lines = record.rows.flatMap((r) => linesOf(r, widths));
    const left = body - used();
    const atPageStart = used() === 0 && rows.length > headerRows;
    const moveOn = !atPageStart && rows.length > headerRows && (record.newPage || lines.length > left);
    if (moveOn && (record.newPage || lines.length <= body)) for (let i = 0; i < left; i++) rows.push(blank());
    if (lines.length > body) overfull++;
    recordStarts.push(rows.length + 1);
    for (const row of record.rows) put(row);
  }

  const pages = Math.max(1, Math.ceil((rows.length - headerRows) / body));
  const pageStarts = Array.from({ length: pages }, (_, k) => (k === 0 ? 1 : headerRows + 1 + k * body));
  const layout: PrintLayout = {
    paper: 'A4',
    orientation: spec.orientation,
    fitToWidth: true,
    marginsMm: { ...PRINT_MARGINS_MM },
    headerRows,
    rowHeight: ROW_HEIGHT_PX,
    rowsPerPage: perPage,
    rows: rows.length,
    columnWidths: widths,
    pageStarts,
  };
  const formats: FormatOp[] = (spec.textColumns ?? []).map((column) => ({
    kind: 'numberFormat',
    range: rangeRef(1, column, Math.max(1, rows.length), 1),
    format: '@',
  }));
  formats.push(...styles.ops());
  return { rows, formats, after: [{ kind: 'print', layout }], layout, recordStarts, overfull };
}

/** A laid-out paper as an output sheet for output/replace-sheets.ts. */
export const paperSheet = (role: OutputRole, name: string, paper: LaidOutPaper): OutputSheet => ({
  role,
  name,
  rows: paper.rows,
  formats: paper.formats,
  after: paper.after,
});

/** One part of a printable sheet: a heading, lines of text, and/or a table. */
export interface PrintSection {
  heading?: string;
  lines?: string[];
  table?: {
    header: string[];
    rows: SheetCell[][];
    /** A number format per column (index 0 = column 1), e.g. '0.0%' for a capaian. */
    numberFormats?: readonly (string | undefined)[];
  };
  /** Start this section on a new page. */
  newPage?: boolean;
}

export interface PrintableSheetInput {
  role: OutputRole;
  name: string;
  title: string;
  /** Lines under the title (period, source); repeated with the title on every page. */
  subtitle?: string[];
  orientation?: Orientation;
  /** Relative column widths of the tables; text lines run over all of them. */
  columns: readonly number[];
  sections: PrintSection[];
}

/**
 * A titled list of sections (headings, text lines, tables) as a print-ready sheet: A4, fit to width, the
 * title repeated on every page, each table row kept on one page, a section's heading kept with its first
 * row. Write it with output/replace-sheets.ts; print it with the PDF link (pdfExportUrl).
 */
export function printableSheet(input: PrintableSheetInput): OutputSheet {
  const header: PaperRow[] = [
    { cells: [input.title], style: 'title' },
    ...(input.subtitle ?? []).map((line): PaperRow => ({ cells: [line] })),
    { cells: [] },
  ];
  const records: PaperRecord[] = [];
  for (const section of input.sections) {
    const lead: PaperRow[] = [];
    if (section.heading) lead.push({ cells: [section.heading], style: 'heading' });
    for (const line of section.lines ?? []) lead.push({ cells: [line] });
    const table = section.table;
    if (table) lead.push({ cells: table.header, style: 'header' });
    const formatsOf = (): Record<number, string> => {
      const out: Record<number, string> = {};
      (table?.numberFormats ?? []).forEach((f, i) => {
        if (f) out[i + 1] = f;
      });
      return out;
    };
    const rows: PaperRow[] = (table?.rows ?? []).map((cells) => ({ cells, numberFormats: formatsOf() }));
    // The heading (and the table header) go with the first row, so neither ends a page alone.
    records.push({ rows: [...lead, ...rows.slice(0, 1)], newPage: section.newPage });
    for (const row of rows.slice(1)) records.push({ rows: [row] });
    records.push({ rows: [{ cells: [] }] });
  }
  const paper = layOutPaper({
    orientation: input.orientation ?? 'portrait',
    columns: input.columns,
    header,
    records,
  });
  return paperSheet(input.role, input.name, paper);
}

/** Millimetres to inches, as Sheets' PDF export takes margins. */
const inches = (mm: number): string => String(Math.round((mm / 25.4) * 1000) / 1000);

/**
 * The link to Sheets' own PDF export of one sheet with the paper's settings: A4, the orientation, fit to
 * width, our margins (in inches), no gridlines, frozen rows repeated on every page, no sheet name or page
 * number added. These are the parameters of the export endpoint that Sheets' "Download > PDF" uses; the
 * add-on only shows the link (it makes no request and keeps the spreadsheets.currentonly scope).
 */
export function pdfExportUrl(spreadsheetId: string, sheetId: number, layout: PrintLayout): string {
  const m = layout.marginsMm;
  const params = [
    'format=pdf',
    `gid=${sheetId}`,
    'size=A4',
    `portrait=${layout.orientation === 'portrait'}`,
    'fitw=true',
    'gridlines=false',
    'fzr=true',
    'sheetnames=false',
    'printtitle=false',
    'pagenum=UNDEFINED',
    `top_margin=${inches(m.top)}`,
    `bottom_margin=${inches(m.bottom)}`,
    `left_margin=${inches(m.left)}`,
    `right_margin=${inches(m.right)}`,
  ];
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${params.join('&')}`;
}
