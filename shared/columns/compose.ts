import { isBlank, normalizeLabel, numberingValue } from './normalize';

/** Header text as the user sees it: tags removed, whitespace (line breaks too) collapsed. */
export function displayText(cell: string | undefined): string {
  let text = cell ?? '';
  if (text.indexOf('<') >= 0) text = text.replace(/<[^>]*>/g, ' ');
  if (text.indexOf('&') >= 0) text = text.replace(/&nbsp;/g, ' ');
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** A numbering row under the header: "(1) (2) (3)..." or "1 2 3...", repeated over colspans. */
export function isNumberingRow(row: readonly string[] | undefined): boolean {
  if (!row) return false;
  let previous: number | undefined;
  let cells = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    const value = numberingValue(cell);
    if (value === undefined) return false;
    if (previous === undefined ? value > 1 : value !== previous && value !== previous + 1) return false;
    previous = value;
    cells++;
  }
  return cells >= 2;
}

/**
 * The header text of each column, top row first, one entry per header row that says something new
 * (at most two: the nearest group label and the column's own label).
 * A sheet leaves merged cells blank except the first, so a blank cell in an upper row above a
 * labelled sub-column inherits the group label on its left ("Target" over Kuantitas | Kualitas);
 * an HTML grid repeats spanned cells, which the de-duplication absorbs.
 */
export function columnParts(rows: readonly (readonly string[])[]): string[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const last = rows.length - 1;
  const filled: string[][] = rows.map((row) => Array.from({ length: width }, (_, i) => displayText(row[i])));
  for (let r = 0; r < last; r++) {
    const row = filled[r]!;
    for (let i = 1; i < width; i++) {
      const below = filled[last]![i]!;
      if (row[i] !== '' || below === '') continue;
      const left = row[i - 1]!;
      const leftBelow = filled[last]![i - 1]!;
      const leftIsGroup =
        left !== '' && leftBelow !== '' && normalizeLabel(leftBelow) !== normalizeLabel(left);
      if (leftIsGroup) row[i] = left;
    }
  }
  return Array.from({ length: width }, (_, i) => {
    const parts: string[] = [];
    for (const row of filled) {
      const text = row[i]!;
      const previous = parts[parts.length - 1];
      if (text !== '' && (previous === undefined || normalizeLabel(previous) !== normalizeLabel(text)))
        parts.push(text);
    }
    // A three-row header ("Capaian Kinerja" over "Target" over "Kuantitas"): the column means what its
    // own label says under its nearest group; an outer band would blur "Target" into "Capaian ...".
    return parts.length > 2 ? parts.slice(-2) : parts;
  });
}
