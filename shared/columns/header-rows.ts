import { displayText, isNumberingRow } from './compose';
import { aspectOfLabel, matchLabel } from './matcher';
import { isBlank, normalizeLabel } from './normalize';
import { MIN_CONFIDENCE } from './recognize';

/** Where the header of a grid is. All indices are 0-based rows of the grid. */
export interface HeaderRows {
  /** First row of the header (title rows such as "SASARAN KINERJA PEGAWAI" come before it). */
  headerStart: number;
  /** 1, or 2 for a group row over sub-columns ("Target" over "Kuantitas | Kualitas"). */
  headerRowCount: number;
  /** Row of "(1) (2) (3)..." right below the header (or right above it, see headerBlockAt). */
  numberingRow?: number;
  firstDataRow: number;
}

/** Header cells are short labels, not "Periode: Januari 2026" key/value lines nor numbers. */
const MAX_HEADER_LENGTH = 80;
const SETTLED_SCORE = 2;

export function isHeaderLike(cell: string): boolean {
  const text = displayText(cell);
  if (text === '' || text.length > MAX_HEADER_LENGTH) return false;
  if (/:\s*\S/.test(text)) return false;
  return !/^[\d\s.,%()/-]+$/.test(text);
}

/** Sum, over the distinct fields the row's labels name, of the best confidence for each. */
export function headerScore(row: readonly string[]): number {
  const bestPerField = new Map<string, number>();
  const seen = new Set<string>();
  for (const cell of row) {
    if (!isHeaderLike(cell)) continue;
    const key = normalizeLabel(cell);
    if (seen.has(key)) continue;
    seen.add(key);
    const best = matchLabel(cell)[0];
    if (best && best.score >= MIN_CONFIDENCE && best.score > (bestPerField.get(best.field) ?? 0))
      bestPerField.set(best.field, best.score);
  }
  let score = 0;
  for (const value of bestPerField.values()) score += value;
  return score;
}

/**
 * True when `bottom` holds sub-columns of `top`: some cell of `bottom` sits under a horizontally
 * spanned group label (repeated by an HTML grid, or blank to its right in a sheet) and every new
 * label in `bottom` is itself a known header or an SKP aspect. A title row above the header has a
 * single label, and metadata rows ("Periode: Januari 2026") are key/value lines, so neither qualifies.
 */
function isSubHeader(top: readonly string[] | undefined, bottom: readonly string[] | undefined): boolean {
  if (!top || !bottom || isNumberingRow(bottom)) return false;
  const topLabels = new Set<string>();
  for (const cell of top) {
    if (isBlank(cell)) continue;
    if (!isHeaderLike(cell)) return false;
    topLabels.add(normalizeLabel(cell));
  }
  if (topLabels.size < 2) return false;
  let spanned = false;
  let newLabels = 0;
  for (let i = 0; i < bottom.length; i++) {
    const cell = bottom[i] ?? '';
    if (isBlank(cell)) continue;
    const above = normalizeLabel(top[i] ?? '');
    if (normalizeLabel(cell) === above) continue;
    const known = aspectOfLabel(cell) !== undefined || (matchLabel(cell)[0]?.score ?? 0) >= MIN_CONFIDENCE;
    if (!isHeaderLike(cell) || !known) return false;
    newLabels++;
    const leftAbove = i > 0 ? normalizeLabel(top[i - 1] ?? '') : '';
    const rightAbove = normalizeLabel(top[i + 1] ?? '');
    if (above === '' || above === leftAbove || above === rightAbove) spanned = true;
  }
  return newLabels > 0 && spanned;
}

/**
 * Finds the header of a sheet or table grid: the row (within the first `maxScan`) whose labels name
 * the most known fields, a group row above or sub-column row below it, and a numbering row under
 * it. Without any known label the first non-blank row is taken as the header; an empty grid has none.
 */
export function findHeaderRows(grid: readonly (readonly string[])[], maxScan = 10): HeaderRows {
  if (grid.length === 0) return { headerStart: 0, headerRowCount: 0, firstDataRow: 0 };
  const scan = Math.min(maxScan, grid.length);
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < scan; r++) {
    // A clear header (two fields or more) followed by a group row and a numbering row is settled:
    // scoring the data rows below it costs time on long pages and cannot beat it in practice.
    if (bestScore >= SETTLED_SCORE && r > best + 2) break;
    const score = headerScore(grid[r] ?? []);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  let headerStart = best;
  let headerRowCount = 1;
  if (best < 0) {
    const firstNonBlank = grid.findIndex((row) => row.some((cell) => !isBlank(cell)));
    headerStart = Math.max(0, firstNonBlank);
  } else if (isSubHeader(grid[best], grid[best + 1])) {
    headerRowCount = 2;
  } else if (best > 0 && isSubHeader(grid[best - 1], grid[best])) {
    headerStart = best - 1;
    headerRowCount = 2;
  }
  let next = headerStart + headerRowCount;
  const numberingRow = isNumberingRow(grid[next]) ? next : undefined;
  if (numberingRow !== undefined) next++;
  while (next < grid.length && (grid[next] ?? []).every((cell) => isBlank(cell))) next++;
  return {
    headerStart,
    headerRowCount,
    ...(numberingRow !== undefined ? { numberingRow } : {}),
    firstDataRow: Math.min(next, grid.length),
  };
}

/** A rendered number, percent, amount or date ("12", "77.77%", "216.523.000", "12/05/2024"). */
export function isNumberLike(cell: string): boolean {
  return /^[\s([]*[-+]?(?:rp\.?\s*)?[\d.,\s/:-]*\d[\d.,\s/:-]*%?[\s)\]]*$/i.test(cell);
}

/** A day of the month or a short index as a sub-column label under a group ("Tanggal" over 1..31). */
const isDayLabel = (text: string): boolean =>
  /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 31;

/** A month has 28 to 31 days: a daily matrix names each of them as a column, 1 first. */
const MIN_MONTH_DAYS = 28;
const MAX_MONTH_DAYS = 31;

/**
 * The columns [from, to) of a run of day numbers 1, 2, 3 ... up to 28..31 in adjacent columns (the
 * day columns of a daily attendance matrix), or undefined. One pass over the row.
 */
export function dayRunOf(row: readonly string[] | undefined): { from: number; to: number } | undefined {
  if (!row) return undefined;
  let from = -1;
  let next = 1;
  for (let i = 0; i <= row.length; i++) {
    const cell = i < row.length ? row[i]! : '';
    const value = cell !== '' && /^\s*\d{1,2}\s*$/.test(cell) ? Number(cell) : undefined;
    if (value === next) {
      if (next === 1) from = i;
      next++;
      continue;
    }
    if (from >= 0 && next - 1 >= MIN_MONTH_DAYS && next - 1 <= MAX_MONTH_DAYS) return { from, to: i };
    from = value === 1 ? i : -1;
    next = value === 1 ? 2 : 1;
  }
  return undefined;
}

/**
 * True when column i of `top` is a label spanning several columns: repeated to its left or right in a
 * filled grid (merged cells carry the merged text), or followed by blank cells over labelled ones in a
 * sheet that leaves merged cells blank; a blank cell right of such a group belongs to it.
 */
function isSpannedGroup(top: readonly string[], bottom: readonly string[], i: number): boolean {
  let g = i;
  while (g > 0 && displayText(top[g]) === '') g--;
  const label = normalizeLabel(displayText(top[g]));
  if (label === '') return false;
  if (g < i) return displayText(bottom[g]) !== '';
  const left = i > 0 ? normalizeLabel(displayText(top[i - 1])) : '';
  const right = normalizeLabel(displayText(top[i + 1]));
  if (left === label || right === label) return true;
  return displayText(top[i + 1]) === '' && displayText(bottom[i + 1]) !== '';
}

/**
 * True when `bottom` is a further header row under `top`, judged by the merge structure rather than by
 * the vocabulary: every labelled cell of `bottom` either repeats the text above it (a vertically merged
 * header cell in a filled grid) or sits under a spanned group label, where sub-labels may be unknown
 * codes (TMK1, PKSW2), a percent sign or day numbers 1..31. A data row fails at its first value under
 * an ungrouped column ("1" under "No", a name under "Nama").
 */
export function isGroupSubHeader(
  top: readonly string[] | undefined,
  bottom: readonly string[] | undefined,
): boolean {
  if (!top || !bottom) return false;
  let underGroup = 0;
  const width = Math.max(top.length, bottom.length);
  for (let i = 0; i < width; i++) {
    const cell = displayText(bottom[i]);
    if (cell === '') continue;
    if (normalizeLabel(cell) === normalizeLabel(displayText(top[i])) && !isNumberLike(cell)) continue;
    if (!isSpannedGroup(top, bottom, i)) return false;
    if (cell.length > MAX_HEADER_LENGTH || (isNumberLike(cell) && !isDayLabel(cell))) return false;
    underGroup++;
  }
  return underGroup > 0;
}

/** A row of machine field names under the header ("nama", "nip", "skp_nilai"), as import templates have. */
export function isFieldNameRow(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  let names = 0;
  let snake = false;
  for (const cell of row) {
    const text = cell.trim();
    if (text === '') continue;
    if (!/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/.test(text)) return false;
    if (text.includes('_')) snake = true;
    names++;
  }
  return names >= 2 && snake;
}

/** The header of one table whose first header row is known, and what sits right around it. */
export interface HeaderBlock extends HeaderRows {
  fieldNameRow?: number;
}

const MAX_HEADER_ROWS = 3;

/**
 * The header block starting at row `start`: up to three header rows (group rows over sub-columns,
 * found by their merge structure or by known sub-labels), a numbering row below it (or above it,
 * as KKE SAKIP sheets put it, possibly across one blank row), a field-name row, then the first data
 * row after blank rows.
 */
export function headerBlockAt(grid: readonly (readonly string[])[], start: number): HeaderBlock {
  let rowCount = 1;
  while (rowCount < MAX_HEADER_ROWS) {
    const top = grid[start + rowCount - 1];
    const bottom = grid[start + rowCount];
    if (isNumberingRow(bottom) && !isGroupSubHeader(top, bottom)) break;
    if (!isGroupSubHeader(top, bottom) && !isSubHeader(top, bottom)) break;
    rowCount++;
  }
  let next = start + rowCount;
  let numberingRow: number | undefined;
  if (isNumberingRow(grid[next])) numberingRow = next++;
  else if (start > 0 && isNumberingRow(grid[start - 1])) numberingRow = start - 1;
  else if (start > 1 && isBlankRow(grid[start - 1]) && isNumberingRow(grid[start - 2]))
    numberingRow = start - 2;
  const fieldNameRow = isFieldNameRow(grid[next]) ? next++ : undefined;
  while (next < grid.length && isBlankRow(grid[next])) next++;
  return {
    headerStart: start,
    headerRowCount: rowCount,
    ...(numberingRow !== undefined ? { numberingRow } : {}),
    ...(fieldNameRow !== undefined ? { fieldNameRow } : {}),
    firstDataRow: Math.min(next, grid.length),
  };
}

export const isBlankRow = (row: readonly string[] | undefined): boolean =>
  !row || row.every((cell) => isBlank(cell));
