import type { Issue, Location, Result } from '../core/issue';
import type { FieldId } from '../model/fields';
import type { RawRow, RawTable } from '../model/input';
import type { LabelKeys } from '../parse/label-lookup';
import { ColumnConvention } from '../parse/locale';
import { isNumberCell } from '../score/indicator';
import { isSpaceCode, LabelDecisions } from './text-keys';

/** Printable ASCII other than a space: a cell that starts and ends with one has nothing to trim. */
const solid = (c: number): boolean => c > 32 && c < 127;

/**
 * A cell value as trimmed text; '' when the column is absent or the cell empty; a number a sheet holds
 * (RawNumber) as its unambiguous text. Most cells need no
 * trimming; checking both ends first keeps trim() off a million cells of a province.
 */
export const text = (v: unknown): string =>
  typeof v === 'string'
    ? v === '' || (solid(v.charCodeAt(0)) && solid(v.charCodeAt(v.length - 1)))
      ? v
      : v.trim()
    : v === undefined || v === null
      ? ''
      : isNumberCell(v)
        ? v.text
        : String(v).trim();

/**
 * The number a sheet holds in a cell (RawNumber), on the scale its text form is read on: a percent cell in
 * points (0.2 shown as "20%" is 20, as the text "20%" reads), rounded to the 12 digits a sheet shows so a
 * fraction's float noise does not leak in. Null for text: the caller parses it. A number is never turned
 * into text to be parsed again.
 */
export function heldNumber(v: unknown): number | null {
  if (!isNumberCell(v) || !Number.isFinite(v.number)) return null;
  if (!v.percent) return v.number;
  const points = v.number * 100;
  return Number.isFinite(points) ? Number(points.toPrecision(12)) : null;
}

/** The raw text of a cell, trimmed; '' when the column is absent or the cell empty. */
export const cell = (row: RawRow, field: FieldId): string => text(row.values[field]);

/** Where a cell is, as the user sees it: sheet, 1-based row, column letter or label. */
export function where(table: RawTable, row: RawRow, field: FieldId): Location {
  const source = row.at ?? table;
  const column = source.columns[field];
  return column !== undefined
    ? { sheet: source.sheet, row: row.row, column }
    : { sheet: source.sheet, row: row.row, field };
}

/** Places a parser's issue in a cell (the parser never knows where its input came from). */
export const placed = (issue: Issue, at: Location): Issue => ({
  ...issue,
  at: { ...issue.at, ...at },
  severity: issue.severity ?? 'error',
});

/** Lookups over which a cache judges whether remembering pays. */
const CACHE_WINDOW = 1024;
/** Below this share of texts seen before in a window, a cache stops remembering (it costs more than it saves). */
const CACHE_MIN_HITS = 0.25;
/** Windows a cache that stopped remembering waits before it tries again (a column may change its habit). */
const CACHE_PAUSE = 16;

/**
 * A parser remembered per distinct text, for one run: the reader that reads a column creates it and drops
 * it when it returns, so nothing one run remembered is there in the next, and a cache never outlives the
 * sheet it learned from. Label columns (polaritas, jenis RHK, status) repeat a few values over 100,000
 * rows and are each read once. A column whose texts do not repeat (a sheet where every cell is written
 * its own way) would only pay for remembering: when fewer than CACHE_MIN_HITS of a window's texts were
 * seen before, the cache forgets what it holds and parses directly, trying again after CACHE_PAUSE
 * windows. Bounded: past `limit` entries it starts afresh. Results are immutable, so sharing them is
 * safe; `parse` never returns undefined. `fast`, when given, is asked first for a text not remembered:
 * it answers as `parse` would for the texts it knows (undefined for the others), at less cost.
 */
export function cachedParser<T>(
  parse: (text: string) => T,
  limit = 50_000,
  fast?: (text: string) => T | undefined,
): (text: string) => T {
  const seen = new Map<string, T>();
  // Consecutive rows mostly repeat the text (an employee's NIP, polaritas, jenis RHK): answered without a lookup.
  let lastText: string | undefined;
  let lastResult: T | undefined;
  let remembering = true;
  let lookups = 0;
  let hits = 0;
  let paused = 0;
  return (text) => {
    if (text === lastText && lastResult !== undefined) return lastResult;
    let r: T | undefined;
    if (remembering) {
      r = seen.get(text);
      if (r !== undefined) hits++;
      else {
        r = fast?.(text) ?? parse(text);
        if (seen.size >= limit) seen.clear();
        seen.set(text, r);
      }
      if (++lookups === CACHE_WINDOW) {
        if (hits < CACHE_WINDOW * CACHE_MIN_HITS) {
          remembering = false;
          seen.clear();
        }
        lookups = 0;
        hits = 0;
      }
    } else {
      r = fast?.(text) ?? parse(text);
      if (++lookups === CACHE_WINDOW) {
        lookups = 0;
        if (++paused === CACHE_PAUSE) {
          paused = 0;
          remembering = true;
        }
      }
    }
    lastText = text;
    lastResult = r;
    return r;
  };
}

/**
 * A label parser for one run's column: cachedParser, with labels written plainly (plainLabelKeys)
 * decided on their keys by the parser's own decision (once per label's words: LabelDecisions), without
 * classifying the cell or building its Label; one Result per value, shared. Anything else, or a label
 * the decision does not name, goes to the parser, which also says what is wrong.
 */
export function labelParser<T>(
  parse: (text: string) => Result<T>,
  decide: (label: LabelKeys) => T | undefined,
): (text: string) => Result<T> {
  const results = new Map<T, Result<T>>();
  // Decided once per label's words, Result and all: a column writing one label in many letter cases
  // builds no keys for each.
  const decisions = new LabelDecisions((keys): Result<T> | undefined => {
    const value = decide(keys);
    if (value === undefined) return undefined;
    let result = results.get(value);
    if (result === undefined) {
      result = { ok: true, value };
      results.set(value, result);
    }
    return result;
  });
  return cachedParser(parse, undefined, (text) => decisions.of(text));
}

/** Cells whose spaces collapseSpaces rewrites (one RegExp for the module: a literal in a function is one per call). */
const SPACE_RUNS = /\s+/g;

/**
 * Whether collapseSpaces rewrites a text at all: two white-space characters in a row (RegExp \s), or a
 * tab, a line break or a non-breaking space alone. One pass over the codes (the regex /\s\s|[\t\n\r\u00a0]/
 * it replaces was a hot spot on a province whose RHK texts all differ; test/shared/pipeline-speed.test.ts
 * holds the two equal).
 */
export function needsCollapse(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) {
      previousSpace = false;
      continue;
    }
    if (c === 9 || c === 10 || c === 13 || c === 0xa0) return true;
    const space = isSpaceCode(c);
    if (space && previousSpace) return true;
    previousSpace = space;
  }
  return false;
}

/**
 * Whether collapseSpaces(text) is `collapsed`, without building it: consecutive cells mostly write one
 * text (an RHK over its indicator rows) in spacings of their own, and the one already collapsed is kept.
 * One pass: the text is compared with `collapsed` as text.replace(/\s+/g, ' ') would write it (a run of
 * white space is one space), noting on the way whether collapseSpaces rewrites it at all (needsCollapse:
 * a run of two, or a tab, a line break or a non-breaking space); a text it leaves alone (a lone wide
 * space stays) must be `collapsed` itself.
 */
export function collapsesTo(text: string, collapsed: string): boolean {
  const n = text.length;
  const m = collapsed.length;
  // Collapsing never lengthens a text.
  if (m > n) return false;
  let rewrites = false;
  let j = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Printable ASCII other than the space (most characters of most texts) stands for itself.
    if (c > 32 && c < 127) {
      if (c !== collapsed.charCodeAt(j)) return !rewrites && unchanged(text, collapsed);
      i++;
      j++;
    } else if (isSpaceCode(c)) {
      if (c === 9 || c === 10 || c === 13 || c === 0xa0) rewrites = true;
      i++;
      while (i < n && isSpaceCode(text.charCodeAt(i))) {
        rewrites = true;
        i++;
      }
      if (collapsed.charCodeAt(j) !== 32) return !rewrites && unchanged(text, collapsed);
      j++;
    } else {
      if (c !== collapsed.charCodeAt(j)) return !rewrites && unchanged(text, collapsed);
      i++;
      j++;
    }
  }
  // charCodeAt past the end is NaN, which equals no code: j never passes m unnoticed.
  if (j !== m) return !rewrites && unchanged(text, collapsed);
  return rewrites || text === collapsed;
}

/**
 * collapsesTo once the text with its runs of white space made one space is known not to be `collapsed`:
 * true only when collapseSpaces leaves the text as it is and it is `collapsed`.
 */
const unchanged = (text: string, collapsed: string): boolean => text === collapsed && !needsCollapse(text);

/**
 * Single spaces; the regex replace only runs when a cell has runs of spaces, tabs or line breaks. Most
 * cells are plain ASCII with single spaces: a character scan settles those without running a regex
 * (this runs on every RHK and unit cell of a province); anything else takes the regex path.
 */
export function collapseSpaces(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) previousSpace = false;
    else if (c === 32 && !previousSpace) previousSpace = true;
    else return needsCollapse(text) ? text.replace(SPACE_RUNS, ' ') : text;
  }
  return text;
}

/** One of the texts CollapsedTexts keeps, chained with the others of its hash. */
interface KeptText {
  text: string;
  next: KeptText | undefined;
}

/**
 * The forms of the last four texts a column changed to, found by their text: an employee's RHK texts
 * follow one another, and the next employee of a unit writes the same ones again (staff RHKs cascade
 * from their head's), so a text seen a few rows above is answered without reading its characters. A
 * lookup is at most four comparisons, most of them decided by length.
 */
export class RecentForms {
  private readonly texts = ['', '', '', ''];
  private readonly forms = ['', '', '', ''];
  private next = 0;

  /** The form kept for `text` (never ''), or undefined when it is not among the last four. */
  formOf(text: string): string | undefined {
    const texts = this.texts;
    for (let i = 0; i < 4; i++) if (texts[i] === text) return this.forms[i];
    return undefined;
  }

  /**
   * A recent form that `text` collapses to (collapsesTo), or undefined: the same RHK written in yet another
   * spacing is answered in one pass over its characters, without hashing it. Most recent forms differ
   * from the text within a few characters.
   */
  collapsedFormOf(text: string): string | undefined {
    const forms = this.forms;
    // Newest first (the slot before `next`, then backwards): the row above's RHK is the likeliest.
    for (let k = 0, i = (this.next + 3) & 3; k < 4; k++, i = (i + 3) & 3) {
      const form = forms[i] as string;
      if (form !== '' && collapsesTo(text, form)) return form;
    }
    return undefined;
  }

  keep(text: string, form: string): void {
    this.texts[this.next] = text;
    this.forms[this.next] = form;
    this.next = (this.next + 1) & 3;
  }
}

/**
 * collapseSpaces for one run, with one string per collapsed text: a text rebuilt from cells written in
 * different spacings (an RHK with runs of spaces on every row) is kept once in the results, not once per
 * row, and is built only the first time: a cell whose collapsed form is already kept is found by a hash
 * of that form, read off the cell's characters, and checked with collapsesTo. Bounded like cachedParser.
 * `of(text)` is collapseSpaces(text) (test/shared/pipeline-text-keys.test.ts).
 */
export class CollapsedTexts {
  private readonly kept = new Map<number, KeptText>();
  constructor(private readonly limit = 50_000) {}

  of(text: string): string {
    // One pass: FNV-1a over the collapsed form (a run of spaces counts as one space), and whether
    // collapseSpaces rewrites the text at all (needsCollapse: two spaces in a row, a tab, a line break
    // or a non-breaking space).
    let hash = 2166136261 | 0;
    let rewritten = false;
    const n = text.length;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      // Printable ASCII other than the space (most characters of most texts) is no space of any kind.
      if (c > 32 && c < 127) {
        hash = Math.imul(hash ^ c, 16777619);
        i++;
      } else if (isSpaceCode(c)) {
        if (c === 9 || c === 10 || c === 13 || c === 0xa0) rewritten = true;
        const run = i;
        while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
        if (i - run > 1) rewritten = true;
        hash = Math.imul(hash ^ 32, 16777619);
      } else {
        hash = Math.imul(hash ^ c, 16777619);
        i++;
      }
    }
    if (!rewritten) return text;
    hash &= 0x3fffffff;
    const first = this.kept.get(hash);
    for (let kept = first; kept !== undefined; kept = kept.next)
      if (collapsesTo(text, kept.text)) return kept.text;
    const collapsed = text.replace(SPACE_RUNS, ' ');
    if (this.kept.size >= this.limit) this.kept.clear();
    this.kept.set(hash, { text: collapsed, next: this.kept.get(hash) });
    return collapsed;
  }
}

/**
 * Up to `limit` non-empty values of a column: the number parsers read a column's decimal convention
 * from them ("87,5" makes "4.215" mean 4215). Built once per column (columnConvention).
 */
export function columnSamples(table: RawTable | undefined, field: FieldId, limit = 2000): string[] {
  const samples: string[] = [];
  if (!table) return samples;
  // An indexed loop: a column mostly empty (Bobot left blank) is read to its last row.
  const rows = table.rows;
  for (let r = 0; r < rows.length && samples.length < limit; r++) {
    const v = cell(rows[r] as RawRow, field);
    if (v !== '') samples.push(v);
  }
  return samples;
}

/**
 * A column's decimal convention as the named cache a reader passes as NumberHints.column for every cell
 * of the column: its samples gathered and read at most once for this run, and only when a cell of the
 * column is ambiguous ("4.215").
 */
export const columnConvention = (table: RawTable | undefined, field: FieldId): ColumnConvention =>
  new ColumnConvention(() => columnSamples(table, field));

/** Unit names as typed differ in case and spacing ("Bidang  Pelayanan kesehatan "). */
export const unitKey = (name: string): string => collapseSpaces(name.toLowerCase()).trim();

/** How many rows a list of rows names before its ", ...". */
const ROWS_SHOWN = 8;

/** "12, 13, 14 dan 2 lainnya" would need a language; rows are listed compactly as "12, 13, 14, ...". */
export function rowList(rows: readonly number[], max = ROWS_SHOWN): string {
  const n = Math.min(rows.length, max);
  let shown = n > 0 ? String(rows[0]) : '';
  for (let i = 1; i < n; i++) shown += `, ${rows[i]}`;
  return rows.length > max ? `${shown}, ...` : shown;
}

/**
 * rowList's text written as the rows come, no list of them made: the text of the rows before (`before`
 * of them) followed by `row`. rowListEnd closes it; together they write rowList(rows) (a property test).
 */
export function rowListWith(shown: string, before: number, row: number): string {
  if (before === 0) return String(row);
  return before < ROWS_SHOWN ? `${shown}, ${row}` : shown;
}

/** The text of `count` rows written by rowListWith, as rowList writes it. */
export const rowListEnd = (shown: string, count: number): string =>
  count > ROWS_SHOWN ? `${shown}, ...` : shown;

/** A table without a sheet, columns or rows: what the exemplars of readers are made from (core/shapes.ts). */
export const emptyTable = (): RawTable => ({ sheet: '', columns: {}, rows: [] });
