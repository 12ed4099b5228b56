import type { Issue } from '../core/issue';
import { RB_ACTION_FIELDS, type RbActionField, type RbActionsPolicy } from '../policy/sections/rb-actions';
import type { RbActionSheet } from './rb-actions-types';
import { letterOf, plainWords, startsWithWords } from './sakip-workbook-layout';

/**
 * Where the action-plan table is in a sheet as offices keep it: title rows above, a header of one row
 * or two (a group such as "Pelaksanaan" merged over Status, Progres and Bukti Dukung; "Rekomendasi"
 * merged over No and Uraian), a numbering row "(1) (2) (3)" under it, and a signature block after.
 */

export interface RbActionLayout {
  sheet: RbActionSheet;
  /** 0-based index of the last header row. */
  headerRow: number;
  firstDataRow: number;
  columns: Partial<Record<RbActionField, number>>;
  issues: Issue[];
}

/** How far down the header may sit (title rows, a meta line, an empty row). */
const HEADER_SCAN_ROWS = 25;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A clean copy of whatever was handed over: text cells, whole-number merges, a text name. */
export function cleanActionSheet(sheet: unknown, position: number): RbActionSheet {
  const raw = isRecord(sheet) ? sheet : {};
  const name =
    typeof raw.name === 'string'
      ? raw.name
      : typeof raw.name === 'number' && Number.isFinite(raw.name)
        ? String(raw.name)
        : `#${position}`;
  const grid = (Array.isArray(raw.grid) ? Array.from(raw.grid) : []).map((row) =>
    Array.isArray(row) ? Array.from(row, (c) => (typeof c === 'string' ? c : '')) : [],
  );
  const merges = (Array.isArray(raw.merges) ? raw.merges : []).filter(
    (m): m is { row: number; column: number; numRows: number; numColumns: number } =>
      isRecord(m) && [m.row, m.column, m.numRows, m.numColumns].every((n) => Number.isSafeInteger(n)),
  );
  return { name, grid: fillMerged(grid, merges), merges };
}

/** Each merged area's top-left text copied into the cells it covers, bounded by the grid itself. */
function fillMerged(grid: string[][], merges: NonNullable<RbActionSheet['merges']>): string[][] {
  for (const m of merges) {
    const text = grid[m.row - 1]?.[m.column - 1] ?? '';
    const lastRow = Math.min(grid.length, m.row - 1 + m.numRows);
    for (let r = Math.max(0, m.row - 1); r < lastRow; r++) {
      const row = grid[r];
      if (!row) continue;
      const lastColumn = Math.min(row.length, m.column - 1 + m.numColumns);
      for (let c = Math.max(0, m.column - 1); c < lastColumn; c++) row[c] = text;
    }
  }
  return grid;
}

/** Sub-labels that make a column under "Rekomendasi" its number. */
const NUMBER_WORDS = new Set(['no', 'nomor', 'kode', 'no urut', 'nomor urut']);

/** The field a header label names: the longest policy label its words start with. */
function fieldOf(label: string, policy: RbActionsPolicy): RbActionField | undefined {
  const words = plainWords(label);
  if (words === '') return undefined;
  let best: { field: RbActionField; length: number } | undefined;
  for (const field of RB_ACTION_FIELDS)
    for (const name of policy.headers[field]) {
      const w = plainWords(name);
      if (startsWithWords(words, name) && (!best || w.length > best.length))
        best = { field, length: w.length };
    }
  return best?.field;
}

/** Column -> field for a header of one row, or two (the lower row's label first, else its group's). */
function headerFields(
  top: readonly string[],
  below: readonly string[] | undefined,
  policy: RbActionsPolicy,
): (RbActionField | undefined)[] {
  const width = Math.max(top.length, below?.length ?? 0);
  return Array.from({ length: width }, (_, c) => {
    const group = fieldOf(top[c] ?? '', policy);
    const sub = below?.[c] ?? '';
    if (below === undefined || sub === (top[c] ?? '')) return group;
    if (group === 'recommendation' && NUMBER_WORDS.has(plainWords(sub))) return 'recommendationNo';
    return fieldOf(sub, policy) ?? group;
  });
}

const isTable = (fields: readonly (RbActionField | undefined)[]) => {
  const found = new Set(fields.filter((f): f is RbActionField => f !== undefined));
  return (
    found.has('action') && (found.has('recommendation') || found.has('recommendationNo')) && found.size >= 3
  );
};

const mapped = (fields: readonly (RbActionField | undefined)[]) =>
  fields.filter((f) => f !== undefined).length;

/** "(1)", "1", "2.": a numbering row printed under a header. */
const isNumberingRow = (row: readonly string[] | undefined): boolean => {
  const cells = (row ?? []).map((c) => c.trim()).filter((c) => c !== '');
  return cells.length >= 2 && cells.every((c) => /^\(?\d{1,2}[.)]?$/.test(c));
};

/**
 * A header over two rows shows it: a group label merged over columns (the same text side by side) or a
 * label merged down over both rows (the same text above and below). A data row under a one-row header
 * does neither.
 */
function looksGrouped(top: readonly string[], below: readonly string[] | undefined): boolean {
  if (!below) return false;
  const filled = (c: string | undefined) => (c ?? '').trim() !== '';
  return top.some((cell, c) => filled(cell) && (cell === top[c + 1] || cell === below[c]));
}

/** The layout of the tracker in a sheet, or undefined when no row of its top is a tracker header. */
export function actionLayout(sheet: RbActionSheet, policy: RbActionsPolicy): RbActionLayout | undefined {
  const grid = sheet.grid;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const top = grid[r] ?? [];
    const one = headerFields(top, undefined, policy);
    if (!isTable(one)) continue;
    const two = headerFields(top, grid[r + 1], policy);
    const twoRows = looksGrouped(top, grid[r + 1]) && mapped(two) > mapped(one);
    const fields = twoRows ? two : one;
    const headerRow = r + (twoRows ? 1 : 0);
    const columns: Partial<Record<RbActionField, number>> = {};
    const issues: Issue[] = [];
    fields.forEach((field, c) => {
      if (!field) return;
      const first = columns[field];
      if (first === undefined) columns[field] = c;
      else
        issues.push({
          code: 'RB_ACT_COLUMN_TWICE',
          params: { column: (top[c] ?? '').trim() || field, first: letterOf(first), second: letterOf(c) },
          severity: 'warning',
          at: { sheet: sheet.name, row: headerRow + 1, column: letterOf(c) },
        });
    });
    let firstDataRow = headerRow + 1;
    if (isNumberingRow(grid[firstDataRow])) firstDataRow++;
    return { sheet, headerRow, firstDataRow, columns, issues };
  }
  return undefined;
}
