/** A merged area of a sheet, 1-based as Sheets gives it (getMergedRanges). */
export interface MergedArea {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/**
 * The first `rows` rows of a displayed grid (all by default) with each merged area's top-left text copied
 * into every cell it covers, as the user sees a merged header ("Target" over Kuantitas | Kualitas). Cells
 * that are not text are blank. Bounded by the grid itself: a merge spanning 1e9 (or Infinity) columns
 * walks only the row's cells. One rule for the add-on's tables and the LKE/KKE readers.
 */
export function fillMerges(
  grid: readonly (readonly unknown[])[],
  merges: readonly MergedArea[] = [],
  rows: number = grid.length,
): string[][] {
  const out = grid.slice(0, rows).map((row) => row.map((c) => (typeof c === 'string' ? c : '')));
  for (const m of merges) {
    const text = out[m.row - 1]?.[m.column - 1] ?? '';
    const lastRow = Math.min(out.length, m.row - 1 + m.numRows);
    for (let r = Math.max(0, m.row - 1); r < lastRow; r++) {
      const row = out[r];
      if (!row) continue;
      const lastColumn = Math.min(row.length, m.column - 1 + m.numColumns);
      for (let c = Math.max(0, m.column - 1); c < lastColumn; c++) row[c] = text;
    }
  }
  return out;
}
