/**
 * Input plumbing shared by every parser. Sheets hands scripts numbers, strings, booleans, Dates and
 * empty strings; pages hand the extension text with non-breaking spaces. Everything goes through
 * `classifyInput` first, so no parser ever calls String() on an arbitrary object (which can throw).
 */

export type ClassifiedInput =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'other'; description: string };

/** Spaces that pages and Sheets use besides U+0020: NBSP, figure, thin, narrow NBSP, tabs, newlines. */
const ODD_SPACES = /[\u00A0\u2007\u2009\u202F\t\r\n\f\v]/g;
/** Zero-width characters copied along with page text. */
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\uFEFF/g;

/** Text with every kind of space turned into U+0020 and zero-width characters removed, trimmed. */
export function normalizeText(raw: string): string {
  // Most cells hold plain text: scan once and skip both replacements when nothing odd is there.
  let odd = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32 || c === 0xa0 || (c >= 0x2007 && c <= 0x202f) || c === 0xfeff) {
      odd = true;
      break;
    }
  }
  return odd ? raw.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').trim() : raw.trim();
}

/**
 * What a broken export leaves behind: web apps that compute in JavaScript write "NaN", "Infinity",
 * "undefined", "null" or "[object Object]" into the cell or page instead of a value. They are read as
 * the value they stand for (so a message says "#NUM!" or "kosong"), never echoed as JavaScript words.
 */
const JS_LEFTOVERS: ReadonlyMap<string, ClassifiedInput> = new Map<string, ClassifiedInput>([
  ['NaN', { kind: 'number', value: Number.NaN }],
  ['Infinity', { kind: 'number', value: Number.POSITIVE_INFINITY }],
  ['+Infinity', { kind: 'number', value: Number.POSITIVE_INFINITY }],
  ['-Infinity', { kind: 'number', value: Number.NEGATIVE_INFINITY }],
  ['undefined', { kind: 'empty' }],
  ['null', { kind: 'empty' }],
  ['[object Object]', { kind: 'other', description: '{…}' }],
]);

/** The first characters of JS_LEFTOVERS: N, I, +, -, u, n, [ (a look-up hashes the whole text). */
const LEFTOVER_FIRST = new Set([78, 73, 43, 45, 117, 110, 91]);
/** The lengths of JS_LEFTOVERS (at most 15), one bit each: most labels are told apart by length alone. */
const LEFTOVER_LENGTHS = [...JS_LEFTOVERS.keys()].reduce((bits, key) => bits | (1 << key.length), 0);

/** Whether a (normalised) text is one of JS_LEFTOVERS, which classifyInput reads as what it stands for. */
export const isLeftover = (text: string): boolean =>
  text.length <= 15 &&
  ((LEFTOVER_LENGTHS >> text.length) & 1) === 1 &&
  LEFTOVER_FIRST.has(text.charCodeAt(0)) &&
  JS_LEFTOVERS.has(text);

const isDateObject = (input: object): input is Date =>
  Object.prototype.toString.call(input) === '[object Date]';

/**
 * What kind of value a cell holds. Dates are recognised across realms (Apps Script and node:vm tests
 * hand over Dates made by another global), which `instanceof Date` would miss.
 */
export function classifyInput(input: unknown): ClassifiedInput {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'string') {
    const text = normalizeText(input);
    if (text === '') return { kind: 'empty' };
    return JS_LEFTOVERS.get(text) ?? { kind: 'text', text };
  }
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  if (typeof input === 'bigint') return { kind: 'text', text: input.toString() };
  if (typeof input === 'object' && isDateObject(input)) return { kind: 'date', value: input };
  // Shown as a neutral shape, never via String() (a symbol or a hostile toString would throw).
  return {
    kind: 'other',
    description: Array.isArray(input) ? '[…]' : typeof input === 'object' ? '{…}' : '?',
  };
}

/** Longest {value} shown in a message; longer input is cut so messages stay readable in a cell note. */
export const MAX_SHOWN_VALUE = 40;

/** The user's input as shown inside a message: spaces collapsed, cut to MAX_SHOWN_VALUE characters. */
export function shownValue(text: string): string {
  const flat = normalizeText(text).replace(/ {2,}/g, ' ');
  return flat.length <= MAX_SHOWN_VALUE ? flat : `${flat.slice(0, MAX_SHOWN_VALUE - 1)}…`;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** How a non-text input is shown inside a message. */
export function describeInput(input: ClassifiedInput): string {
  switch (input.kind) {
    case 'empty':
      return '';
    case 'text':
      return shownValue(input.text);
    case 'number':
      // Users never see NaN or Infinity: Sheets calls a broken number #NUM!.
      if (Number.isNaN(input.value)) return '#NUM!';
      if (!Number.isFinite(input.value)) return input.value > 0 ? '∞' : '-∞';
      return String(input.value);
    case 'boolean':
      return input.value ? 'TRUE' : 'FALSE';
    case 'date': {
      const d = input.value;
      if (!Number.isFinite(d.getTime())) return '[tanggal tidak sah]';
      return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
    }
    case 'other':
      return input.description;
  }
}

/** Error values Sheets hands to scripts for a broken formula ("#DIV/0!", "#N/A", "#REF!"...). */
const SHEETS_ERRORS = new Set([
  '#DIV/0!',
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
]);

export const isSheetsError = (text: string): boolean =>
  text.charCodeAt(0) === 35 && SHEETS_ERRORS.has(text.toUpperCase());

/** "-", "–", "—" alone: how many sheets and pages write "nothing here". */
export const isDashOnly = (text: string): boolean => text === '-' || text === '\u2013' || text === '\u2014';

export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** ASCII letters and the Latin-1/Latin Extended letters used in names and units. */
export const isLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);

const NON_WORD = /[^a-z0-9]+/g;

/**
 * A label reduced for lookup: lowercase ASCII words separated by single spaces ("DI ATAS
 * EKSPEKTASI" -> "di atas ekspektasi", "Kurang/Misconduct" -> "kurang misconduct").
 */
export function labelWords(text: string): string {
  return text.toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Damerau-free Levenshtein distance, for short words only (typos such as "Ekspetasi"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j++) previous.push(j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Each ASCII code in lower case (itself when not a letter): compared by a look-up, not by branches. */
const ASCII_FOLDED = ((): Uint8Array => {
  const folded = new Uint8Array(128);
  for (let c = 0; c < 128; c++) folded[c] = c >= 65 && c <= 90 ? c | 32 : c;
  return folded;
})();

/**
 * Whether two texts differ at most in the case of their ASCII letters ("Positif", "pOSITIF"): then
 * every rule that ignores letter case reads them alike (plainLabelWords: unless one is a JavaScript
 * leftover, "NaN" not "nan"; a unit word: unless one is a magnitude word, which is written exactly).
 * Codes are folded by a table: cells written in letter cases of their own differ on every other letter,
 * and a test per difference is a branch the processor cannot foresee.
 */
export function sameButCase(text: string, other: string): boolean {
  const n = text.length;
  if (n !== other.length) return false;
  for (let i = 0; i < n; i++) {
    const a = text.charCodeAt(i);
    const b = other.charCodeAt(i);
    if ((a < 128 ? (ASCII_FOLDED[a] as number) : a) !== (b < 128 ? (ASCII_FOLDED[b] as number) : b))
      return false;
  }
  return true;
}
