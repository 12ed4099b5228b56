import {
  isSakipWorkbookSheet,
  type RbActionSheet,
  type SakipPolicy,
  type SakipWorkbookSheet,
} from '../../../shared';
import { isOwnedOutput } from '../output/ownership';
import type { CellValue, RangeRef, SpreadsheetPort } from '../port/types';
import { cellText, fillMerges } from './cells';
import { copiedOutputRole, copyNamedOutput } from './copied-output';

/** One input sheet as the core's workbook readers take it: what each cell shows, its raw value, its merges. */
export interface SheetGrid {
  name: string;
  grid: string[][];
  values: CellValue[][];
  merges: RangeRef[];
}

/**
 * Every sheet but the add-on's own outputs (and unmarked copies of them), each read once through the port and never written: what
 * the LKE/KKE readers (Evaluasi SAKIP, Evaluasi RB) take to find their sheets by content.
 */
export function inputSheetGrids(book: SpreadsheetPort): SheetGrid[] {
  return (
    book
      .listSheets()
      // A copy of a paper or a recap sheet, known by its name (copied-output.ts), is never read either.
      .filter((s) => !isOwnedOutput(s) && copyNamedOutput(s.name) === null)
      .map((sheet) => {
        const snapshot = sheet.read();
        return { name: sheet.name, grid: snapshot.display, values: snapshot.values, merges: snapshot.merges };
      })
      // A copy of an output without its mark ("Salinan Evaluasi SAKIP") is no input either (copied-output.ts).
      .filter((s) => copiedOutputRole(s.grid) === null)
  );
}

const isTemplateSakip = (sheet: SakipWorkbookSheet): boolean =>
  sheet.grid.slice(0, 5).some((row) => {
    const words = row.map((c) => String(c).trim().toLowerCase());
    return words.includes('jawaban') && words.some((w) => w.startsWith('kriteria'));
  });

/**
 * The workbook's LKE/KKE sheets, or null when it has none or keeps the add-on's SAKIP template (then
 * the template path evaluates it). The add-on's own output sheets are never read as input.
 */
export function sakipWorkbookSheets(
  book: SpreadsheetPort,
  policy: SakipPolicy,
  grids: readonly SheetGrid[] = inputSheetGrids(book),
): SakipWorkbookSheet[] | null {
  const sheets: SakipWorkbookSheet[] = [...grids];
  if (sheets.some(isTemplateSakip)) return null;
  const found = sheets.filter((s) => isSakipWorkbookSheet(s, policy));
  return found.length > 0 ? found : null;
}

/**
 * The workbook's sheets as the tracker reader expects them: each cell as the text a person reads (a date
 * cell as ISO yyyy-mm-dd in the spreadsheet's time zone, a percent cell as "75%"), merged cells filled
 * with their value. From the grids already read (inputSheetGrids: every sheet but the add-on's outputs,
 * read once and never written), so an action that needs several readers reads each sheet once.
 */
export function trackerSheets(
  book: SpreadsheetPort,
  grids: readonly SheetGrid[] = inputSheetGrids(book),
): RbActionSheet[] {
  const isoDate = (d: Date) => book.isoDate(d);
  return grids.map((g) => ({
    name: g.name,
    grid: fillMerges(
      g.values.map((row, r) => row.map((raw, c) => cellText(raw, g.grid[r]?.[c] ?? '', isoDate))),
      g.merges,
    ),
  }));
}
