import type { Issue } from '../../../../shared/core';
import type { Lang, MessageCode, MessageParams } from '../../../../shared/messages';
import { catalog, t } from '../../../../shared/messages';

/**
 * Sheets calls a custom function with a plain value for one cell and a 2D array for a range, and
 * spills an array result into the cells below and to the right. Every Nilai Kerja function therefore
 * accepts either, applies a single value to every row (broadcast), and returns the shape it was given.
 */
export type Cell = unknown;
export type Arg = Cell | Cell[][];

/**
 * A range as Sheets passes it: an array of row arrays. Checked once per argument (it reads every row):
 * done per cell, it made every function quadratic in the size of its ranges (10,000 rows of =CAPAIAN
 * took 42 s, past the 30 s Sheets allows a custom function).
 */
const isGrid = (v: unknown): v is Cell[][] => Array.isArray(v) && v.every((row) => Array.isArray(row));

const shapeOf = (v: Cell[][]): string => `${v.length}x${v[0]?.length ?? 0}`;

/** A blank cell: Sheets passes "" for empty cells in a range. */
export const isEmpty = (v: Cell): boolean => v === '' || v === null || v === undefined;

/** A Date from any realm (the sandbox's vm, or Apps Script's): a brand check, not instanceof. */
export const isDate = (v: unknown): v is Date => {
  if (typeof v !== 'object' || v === null) return false;
  try {
    Date.prototype.getTime.call(v);
    return true;
  } catch {
    return false;
  }
};

/**
 * What Sheets can put in a cell: a number, text, a boolean, a date, or nothing. Anything else (an
 * object, a function, a nested or one-dimensional array, a symbol, a bigint) comes only from a script
 * calling the function directly, and gets SHEETS_CF_BAD_ARGUMENT instead of being read as text.
 */
export function isCellValue(v: unknown): boolean {
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'object':
      return v === null || (!Array.isArray(v) && isDate(v));
    default:
      return false;
  }
}

/** The "#ARGUMEN_TIDAK_SAH" text for the argument at `index` (0-based) of the formula. */
export const badArgument = (index: number): string =>
  t('SHEETS_CF_BAD_ARGUMENT', { position: String(index + 1) });

/** "#CODE reason" texts Sheets users read as an error they can filter on ("#TARGET_NOL ..."). */
export type CellResult = string | number;

/**
 * The heads of the "#CODE reason" texts these functions write ("#TARGET_NOL", "#AMBIGU", ...), in both
 * languages: taken from the catalog, so a code added there is recognised without a list to keep.
 */
const OWN_HEADS: ReadonlySet<string> = new Set(
  Object.entries(catalog)
    .filter(([code]) => code.startsWith('SHEETS_CF_'))
    .flatMap(([, m]) => [m.id, m.en])
    .filter((text) => text.startsWith('#'))
    .map((text) => text.split(' ', 1)[0] as string),
);

/**
 * A cell holding what one of these functions wrote for a cell it could not compute: =KATEGORI_CAPAIAN(
 * CAPAIAN(...)) passes "#TARGET_NOL ..." on as it is, instead of calling it a number it cannot read
 * ("#BUKAN_ANGKA "#TARGET_NOL ...""), which hid the reason behind a second one.
 */
export const isOwnError = (cell: Cell): cell is string => {
  if (typeof cell !== 'string' || cell.charCodeAt(0) !== 35 /* # */) return false;
  const space = cell.indexOf(' ');
  return OWN_HEADS.has(space < 0 ? cell : cell.slice(0, space));
};

/** One argument, classified once per call: a value for every row, or a range read by position. */
interface Source {
  /** A range of more than one cell: it decides the output's shape and which rows are empty. */
  ranged: boolean;
  at(r: number, c: number): Cell;
}

function sourceOf(arg: Arg): Source & { grid?: Cell[][] } {
  if (!isGrid(arg)) return { ranged: false, at: () => arg };
  // Sheets may pass a 1x1 range as [[v]]: treat it as a value.
  if (arg.length === 1 && arg[0]?.length === 1) {
    const value = arg[0][0];
    return { ranged: false, at: () => value };
  }
  return { ranged: true, grid: arg, at: (r, c) => arg[r]?.[c] };
}

/**
 * Applies `fn` cell by cell over arguments that are single values or same-shaped ranges.
 * A row whose arguments are all empty gives "" (ranges usually run past the last filled row).
 * A cell holding something Sheets never passes gives "#ARGUMEN_TIDAK_SAH" naming its argument.
 * Ranges of different shapes are a misuse of the formula: thrown, so Sheets shows "#ERROR!" with the
 * message, as it does for its own functions. Returns a plain value when every argument is one.
 * Linear in the cells: each argument is classified once, then each cell is read once.
 */
export function broadcast(
  args: readonly Arg[],
  fn: (cells: Cell[]) => CellResult,
): CellResult | CellResult[][] {
  const sources = args.map(sourceOf);
  const real = sources.flatMap((s) => (s.grid ? [s.grid] : []));
  const shapes = [...new Set(real.map(shapeOf))];
  if (shapes.length > 1) throw new Error(t('SHEETS_CF_SHAPE_MISMATCH', { shapes: shapes.join(', ') }));
  const apply = (cells: Cell[]): CellResult => {
    const bad = cells.findIndex((cell) => !isCellValue(cell));
    if (bad >= 0) return badArgument(bad);
    // An argument that is already one of our "#..." texts (a nested formula): its reason, unchanged.
    const passed = cells.find(isOwnError);
    return passed ?? fn(cells);
  };
  const shape = real[0];
  if (!shape) {
    const cells = sources.map((s) => s.at(0, 0));
    return cells.every(isEmpty) ? '' : apply(cells);
  }
  // A row is empty when every range argument is empty there; a broadcast value does not fill it.
  const n = sources.length;
  return shape.map((row, r) =>
    row.map((_, c) => {
      const cells: Cell[] = new Array(n);
      let empty = true;
      for (let i = 0; i < n; i++) {
        const source = sources[i] as Source;
        const cell = source.at(r, c);
        cells[i] = cell;
        if (source.ranged && !isEmpty(cell)) empty = false;
      }
      return empty ? '' : apply(cells);
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
  // Both readings and what to write, as the core says them: an ambiguous number is not "not a number".
  ['PARSE_NUMBER_AMBIGUOUS', 'SHEETS_CF_NUMBER_AMBIGUOUS'],
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

/**
 * The params a short text takes: an ambiguous number's decimal reading, and how to write it so that it is
 * no longer ambiguous ("4.215" -> "4,2150"), in the language of the cell, from the core's readings.
 */
function shortParams(issue: Issue, lang: Lang): MessageParams | undefined {
  const p = issue.params;
  if (issue.code !== 'PARSE_NUMBER_AMBIGUOUS' || !p) return p;
  const id = lang === 'id';
  return {
    value: p.value ?? '',
    thousands: p.thousandsPlain ?? '',
    decimal: (id ? p.decimalId : p.decimalEn) ?? '',
    decimalWritten: (id ? p.decimalIdPadded : p.decimalEnPadded) ?? '',
  };
}

/** The "#CODE reason" text of a cell that cannot be computed, from the catalog (cells speak Indonesian). */
export function cellError(issue: Issue, lang: Lang = 'id'): string {
  const code = issue.code as string;
  const hit = SHORT_CODES.find(
    ([prefix]) => code === prefix || (prefix.endsWith('_') && code.startsWith(prefix)),
  );
  if (hit) return t(hit[1] ?? issue.code, shortParams(issue, lang), lang);
  return t('SHEETS_CF_ERROR', { detail: t(issue.code, issue.params, lang) }, lang);
}
