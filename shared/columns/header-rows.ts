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
  /** Row of "(1) (2) (3)..." right below the header, when there is one. */
  numberingRow?: number;
  firstDataRow: number;
}

/** Header cells are short labels, not "Periode: Januari 2026" key/value lines nor numbers. */
const MAX_HEADER_LENGTH = 80;
const SETTLED_SCORE = 2;

function isHeaderLike(cell: string): boolean {
  const text = displayText(cell);
  if (text === '' || text.length > MAX_HEADER_LENGTH) return false;
  if (/:\s*\S/.test(text)) return false;
  return !/^[\d\s.,%()/-]+$/.test(text);
}

/** Sum, over the distinct fields the row's labels name, of the best confidence for each. */
function headerScore(row: readonly string[]): number {
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
