import { isOwnedOutput } from '../output/ownership';
import type { CellValue, RangeRef, SpreadsheetPort } from '../port/types';

/** One input sheet as the core's workbook readers take it: what each cell shows, its raw value, its merges. */
export interface SheetGrid {
  name: string;
  grid: string[][];
  values: CellValue[][];
  merges: RangeRef[];
}

/**
 * Every sheet but the add-on's own outputs, each read once through the port and never written: what
 * the LKE/KKE readers (Evaluasi SAKIP, Evaluasi RB) take to find their sheets by content.
 */
export function inputSheetGrids(book: SpreadsheetPort): SheetGrid[] {
  return book
    .listSheets()
    .filter((s) => !isOwnedOutput(s))
    .map((sheet) => {
      const snapshot = sheet.read();
      return { name: sheet.name, grid: snapshot.display, values: snapshot.values, merges: snapshot.merges };
    });
}
