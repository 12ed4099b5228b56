import type { Issue } from '../../../../shared/core';
import type { MessageCode } from '../../../../shared/messages';
import { t } from '../../../../shared/messages';

/**
 * Sheets calls a custom function with a plain value for one cell and a 2D array for a range, and
 * spills an array result into the cells below and to the right. Every Nilai Kerja function therefore
 * accepts either, applies a single value to every row (broadcast), and returns the shape it was given.
 */
export type Cell = unknown;
export type Arg = Cell | Cell[][];

const isGrid = (v: unknown): v is Cell[][] => Array.isArray(v) && v.every((row) => Array.isArray(row));

const shapeOf = (v: Cell[][]): string => `${v.length}x${v[0]?.length ?? 0}`;

/** A blank cell: Sheets passes "" for empty cells in a range. */
export const isEmpty = (v: Cell): boolean => v === '' || v === null || v === undefined;

/** "#TARGET_NOL target 0 tidak dapat dihitung": Sheets users read "#..." as an error they can filter on. */
export type CellResult = string | number;

/**
 * Applies `fn` cell by cell over arguments that are single values or same-shaped ranges.
 * A row whose arguments are all empty gives "" (ranges usually run past the last filled row).
 * Ranges of different shapes are a misuse of the formula: thrown, so Sheets shows "#ERROR!" with the
 * message, as it does for its own functions. Returns a plain value when every argument is one.
 */
export function broadcast(
  args: readonly Arg[],
  fn: (cells: Cell[]) => CellResult,
): CellResult | CellResult[][] {
  const grids = args.filter(isGrid);
  // Sheets may pass a 1x1 range as [[v]]: treat it as a value.
  const real = grids.filter((g) => g.length !== 1 || (g[0]?.length ?? 0) !== 1);
  const shapes = [...new Set(real.map(shapeOf))];
  if (shapes.length > 1) throw new Error(t('SHEETS_CF_SHAPE_MISMATCH', { shapes: shapes.join(', ') }));
  const at = (arg: Arg, r: number, c: number): Cell => {
    if (!isGrid(arg)) return arg;
    if (arg.length === 1 && arg[0]?.length === 1) return arg[0][0];
    return arg[r]?.[c];
  };
  const shape = real[0];
  if (!shape) {
    const cells = args.map((a) => at(a, 0, 0));
    return cells.every(isEmpty) ? '' : fn(cells);
  }
  // A row is empty when every range argument is empty there; a broadcast value does not fill it.
  const ranged = args.map((a) => real.includes(a as Cell[][]));
  return shape.map((row, r) =>
    row.map((_, c) => {
      const cells = args.map((a) => at(a, r, c));
      return cells.every((cell, i) => !ranged[i] || isEmpty(cell)) ? '' : fn(cells);
    }),
  );
}

/**
 * Short "#CODE reason" texts for the core issues a formula cell meets most, by code or code prefix;
 * any other issue shows "#GALAT" and the core's full message.
 */
const SHORT_CODES: ReadonlyArray<readonly [string, MessageCode | null]> = [
  ['CAPAIAN_TARGET_ZERO', 'SHEETS_CF_TARGET_ZERO'],
  ['TARGET_EMPTY', 'SHEETS_CF_TARGET_EMPTY'],
  ['PARSE_NUMBER_EMPTY', 'SHEETS_CF_EMPTY'],
  ['TARGET_RANGE_REVERSED', 'SHEETS_CF_RANGE_REVERSED'],
  ['CAPAIAN_RANGE_INVERTED', 'SHEETS_CF_RANGE_REVERSED'],
  ['CAPAIAN_TARGET_NEGATIVE', 'SHEETS_CF_NEGATIVE'],
  ['CAPAIAN_REALISASI_NEGATIVE', 'SHEETS_CF_NEGATIVE'],
  ['PARSE_NUMBER_', 'SHEETS_CF_NOT_NUMBER'],
  ['TARGET_', 'SHEETS_CF_NOT_NUMBER'],
  ['LABEL_POLARITY_', 'SHEETS_CF_POLARITY'],
  ['LABEL_RATING_', 'SHEETS_CF_RATING'],
  ['LABEL_PREDIKAT_', 'SHEETS_CF_PREDIKAT'],
  ['LABEL_SAKIP_ANSWER_', 'SHEETS_CF_SAKIP_ANSWER'],
  // The add-on's own custom-function issues are already short.
  ['SHEETS_CF_', null],
];

/** The "#CODE reason" text of a cell that cannot be computed, from the catalog. */
export function cellError(issue: Issue): string {
  const code = issue.code as string;
  const hit = SHORT_CODES.find(
    ([prefix]) => code === prefix || (prefix.endsWith('_') && code.startsWith(prefix)),
  );
  if (hit) return t(hit[1] ?? issue.code, issue.params);
  return t('SHEETS_CF_ERROR', { detail: t(issue.code, issue.params) });
}
