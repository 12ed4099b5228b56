import { fillMerges } from '../columns/merges';
import type { SakipWorkbookPolicy } from '../policy/sections/sakip-workbook';

/**
 * Where things are in an LKE/KKE sheet as offices keep it: the header row (a numbering row "1 2 3 ..."
 * may sit above it; the criteria sheet has a second header row under merged round groups), the
 * Komponen, Sub-Komponen and Bobot columns, and one column per evaluation round.
 */

/** One sheet of the workbook: display text per cell, raw values when the surface has them. */
export interface SakipWorkbookSheet {
  name: string;
  /** What each cell shows ("10,60%"), row by row. */
  grid: readonly (readonly string[])[];
  /** Raw values, same shape as grid (0.106 for a cell showing 10,60%). */
  values?: readonly (readonly unknown[])[];
  /** 1-based merged areas: a round's name merged over its columns in a two-row header. */
  merges?: readonly { row: number; column: number; numRows: number; numColumns: number }[];
}

export type SakipRoundDef = SakipWorkbookPolicy['rounds'][number];

export interface RoundColumns {
  round: SakipRoundDef;
  /** The header as the workbook writes it ("VERVAL (BAPPEDA;BAGOR;INSPEKTORAT)"). */
  header: string;
  /** 0-based column of the round's score (NILAI), when the sheet has one. */
  score?: number;
  /** 0-based column of the round's answers (KRITERIA PENILAIAN), in a criteria sheet. */
  answer?: number;
}

export interface SheetLayout {
  sheet: SakipWorkbookSheet;
  kind: 'resume' | 'criteria';
  /** 0-based first row below the header. */
  firstDataRow: number;
  component: number;
  sub: number;
  weight: number;
  rounds: RoundColumns[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

/**
 * A sheet's name as messages show it: its text, a finite number as written, else (a name that is not
 * text: damaged input) "#3" for the sheet's 1-based position in the workbook, or "?" when the position
 * is not known. Never "NaN" or "[object Object]".
 */
function sheetName(name: unknown, position: number | undefined): string {
  if (typeof name === 'string') return name;
  if (typeof name === 'number' && Number.isFinite(name)) return String(name);
  return position === undefined ? '?' : `#${position}`;
}

const rowsOf = (value: unknown, limit: number): unknown[][] =>
  Array.isArray(value)
    ? Array.from(value.slice(0, limit), (row) => (Array.isArray(row) ? Array.from(row) : []))
    : [];

const isMerge = (m: unknown): m is NonNullable<SakipWorkbookSheet['merges']>[number] =>
  isRecord(m) && [m.row, m.column, m.numRows, m.numColumns].every((n) => Number.isSafeInteger(n));

/**
 * A sheet as the readers expect it, whatever was handed over (a surface's damaged or stale object): a
 * text name (sheetName), a grid of text rows (a row that is not an array is an empty row, a cell that
 * is not text is blank, as the readers already treat it), raw values as rows of an array, and only the
 * merges whose four fields are whole numbers. `rowLimit` reads only the top rows (header detection).
 */
export function cleanSheet(
  sheet: unknown,
  position?: number,
  rowLimit = Number.POSITIVE_INFINITY,
): SakipWorkbookSheet {
  const raw = isRecord(sheet) ? sheet : {};
  const grid = rowsOf(raw.grid, rowLimit).map((row) => row.map((c) => (typeof c === 'string' ? c : '')));
  const out: SakipWorkbookSheet = { name: sheetName(raw.name, position), grid };
  if (Array.isArray(raw.values)) out.values = rowsOf(raw.values, rowLimit);
  if (Array.isArray(raw.merges)) out.merges = raw.merges.filter(isMerge);
  return out;
}

/** A header or name as compared: lower case, letters and digits only, single spaces. */
export const plainWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "penilaian mandiri opd" starts with the words "penilaian mandiri" (not "penilaian mandirinya"). */
export const startsWithWords = (text: string, words: string): boolean => {
  const w = plainWords(words);
  return w !== '' && (text === w || text.startsWith(`${w} `));
};

/** Column letter of a 0-based column: 0 -> A, 26 -> AA. */
export function letterOf(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** How far down a header may sit (title rows and a numbering row come first). */
const HEADER_SCAN_ROWS = 20;
/** The rows sheetLayout reads: the scanned ones and the second header row under the last of them. */
export const HEADER_ROWS = HEADER_SCAN_ROWS + 1;

const isComponentHeader = (h: string) => h === 'komponen';
const isSubHeader = (h: string) => h === 'sub komponen' || h === 'subkomponen';
const isWeightHeader = (h: string) => startsWithWords(h, 'bobot');
const isScoreSubHeader = (h: string) => h === 'nilai' || startsWithWords(h, 'nilai');
const isAnswerSubHeader = (h: string) =>
  startsWithWords(h, 'kriteria penilaian') || startsWithWords(h, 'jawaban');

/** The header texts with each merged area's top-left text copied into every cell it covers. */
const headerGrid = (sheet: SakipWorkbookSheet, rows: number): string[][] =>
  fillMerges(sheet.grid, sheet.merges, rows);

const roundOf = (header: string, policy: SakipWorkbookPolicy): SakipRoundDef | undefined =>
  policy.rounds.find((r) => [r.label, ...r.aliases].some((name) => startsWithWords(header, name)));

/** Every column whose header names a round, with its score and answer columns. */
function roundColumns(
  top: readonly string[],
  below: readonly string[] | undefined,
  policy: SakipWorkbookPolicy,
): RoundColumns[] {
  const found: RoundColumns[] = [];
  let last: RoundColumns | undefined;
  for (let c = 0; c < top.length; c++) {
    const header = (top[c] ?? '').trim();
    const round = roundOf(plainWords(header), policy);
    if (!round) {
      last = undefined;
      continue;
    }
    // A merged group header repeats its text over its columns: the same round continues.
    if (!last || last.round.id !== round.id || last.header !== header) {
      last = { round, header: header.replace(/\s+/g, ' ') };
      found.push(last);
    }
    const sub = plainWords(below?.[c] ?? '');
    if (below && sub !== plainWords(header)) {
      if (isScoreSubHeader(sub) && last.score === undefined) last.score = c;
      else if (isAnswerSubHeader(sub) && last.answer === undefined) last.answer = c;
    } else if (last.score === undefined) last.score = c;
  }
  return found;
}

/** The layout of an LKE/KKE sheet, or undefined when its header is not one. */
export function sheetLayout(sheet: SakipWorkbookSheet, policy: SakipWorkbookPolicy): SheetLayout | undefined {
  const grid = headerGrid(sheet, HEADER_ROWS);
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const words = (grid[r] ?? []).map((c) => plainWords(c));
    const component = words.findIndex(isComponentHeader);
    const sub = words.findIndex(isSubHeader);
    const weight = words.findIndex(isWeightHeader);
    if (component < 0 || sub < 0 || weight < 0) continue;
    const below = grid[r + 1];
    // A second header row names what each round group holds (KRITERIA PENILAIAN, KOEFISIEN, NILAI).
    const twoRows = (below ?? []).some(
      (c) => isScoreSubHeader(plainWords(c)) || isAnswerSubHeader(plainWords(c)),
    );
    const rounds = roundColumns(grid[r] ?? [], twoRows ? below : undefined, policy);
    if (rounds.length === 0) continue;
    const criterion = words.some(
      (h, c) => startsWithWords(h, 'kriteria') && !rounds.some((x) => x.answer === c || x.score === c),
    );
    return {
      sheet,
      kind: criterion ? 'criteria' : 'resume',
      firstDataRow: r + (twoRows ? 2 : 1),
      component,
      sub,
      weight,
      rounds,
    };
  }
  return undefined;
}
