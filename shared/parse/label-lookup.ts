/**
 * Lookup of a label cell in a small vocabulary, tolerant of case, spacing, punctuation, a leading
 * "PREDIKAT KINERJA :" and one-letter typos. Shared by the rating, predikat and status parsers.
 */
import { fail, type Result } from '../core/issue';
import type { MessageCode } from '../messages/catalog';
import {
  type ClassifiedInput,
  classifyInput,
  describeInput,
  editDistance,
  isLeftover,
  labelWords,
  shownValue,
} from './text';

/** Shortest compact key for which a one-letter typo is forgiven ("Disetuju", "Butuh Perbaikn"). */
const FUZZY_MIN_LENGTH = 6;

/** The keys a label parser decides on. */
export type LabelKeys = Pick<LabelText, 'words' | 'compact'>;

export interface LabelText {
  /** Lowercase words after the last ":" ("PREDIKAT KINERJA : BAIK" -> "baik"). */
  words: string;
  /** The words without spaces ("di atas" -> "diatas"), so "Diatas" and "Di Atas" meet. */
  compact: string;
  /** The cell as shown in messages. */
  shown: string;
}

/** Lookup keys of a label; the cell as shown in messages is made only when a message asks for it. */
class Label implements LabelText {
  constructor(
    readonly words: string,
    readonly compact: string,
    private readonly text: string,
  ) {}
  get shown(): string {
    return shownValue(this.text);
  }
}

/**
 * labelWords and the compact key of text[from..] for printable ASCII (what label cells hold): lower
 * case, every run of other characters one space, none at the ends. The usual label ("Di Atas
 * Ekspektasi", "Positif" after "Polaritas:") is words and single spaces: one lower-case copy and one
 * without spaces; other ASCII is read word by word. Undefined when the text holds anything else
 * (toLowerCase of other letters can give ASCII ones): labelWords reads those.
 */
function asciiWords(text: string, from: number): { words: string; compact: string } | undefined {
  let start = from;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  let plain = true;
  let spaces = false;
  let previousSpace = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c < 32) return undefined;
    if (i < start || i >= end) continue;
    if (c === 32) {
      if (previousSpace) plain = false;
      previousSpace = spaces = true;
    } else {
      previousSpace = false;
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90))) plain = false;
    }
  }
  if (plain) {
    const words = (start === 0 && end === text.length ? text : text.slice(start, end)).toLowerCase();
    return { words, compact: spaces ? words.replace(/ /g, '') : words };
  }
  let words = '';
  let compact = '';
  let wordStart = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (word) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      const piece = text.slice(wordStart, i).toLowerCase();
      words = words === '' ? piece : `${words} ${piece}`;
      compact += piece;
      wordStart = -1;
    }
  }
  return { words, compact };
}

/** Longer label cells are rare (notes, not labels): labelInput reads them. */
const PLAIN_LABEL_MAX = 64;

/**
 * The lookup keys labelInput gives for a label cell written plainly: printable ASCII, nothing to trim,
 * a letter or a digit in it, not a JavaScript leftover ("null", "NaN"). No cell classification, no
 * Label, no shown value: for a reader of many rows that then decides as the parser does (the label
 * parsers' decisions on keys are shared: polarityOfLabel, rhkKindOfLabel, ratingOfLabel, statusOfLabel).
 * Undefined otherwise: the parser reads the cell, and says what is wrong with it.
 */
export function plainLabelKeys(text: string): LabelKeys | undefined {
  const n = text.length;
  if (n === 0 || n > PLAIN_LABEL_MAX) return undefined;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32 || isLeftover(text)) return undefined;
  const colon = text.lastIndexOf(':');
  const keys = asciiWords(text, colon >= 0 && colon < n - 1 ? colon + 1 : 0);
  return keys !== undefined && hasWord(text) ? keys : undefined;
}

/** Whether the text holds an ASCII letter or digit (a symbol alone, "+" or "-", is read by the parser). */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** Reduces a text cell to lookup keys; the part before a colon is a label and is dropped. */
export function labelText(text: string): LabelText {
  const colon = text.lastIndexOf(':');
  const from = colon >= 0 && colon < text.length - 1 ? colon + 1 : 0;
  const ascii = asciiWords(text, from);
  if (ascii !== undefined) return new Label(ascii.words, ascii.compact, text);
  const words = labelWords(from === 0 ? text : text.slice(from));
  return new Label(words, words.split(' ').join(''), text);
}

/** The one entry of `table` within one edit of `key`, if exactly one is. */
export function fuzzyLookup<T>(key: string, table: ReadonlyMap<string, T>): T | undefined {
  if (key.length < FUZZY_MIN_LENGTH) return undefined;
  let found: T | undefined;
  let matches = 0;
  for (const [candidate, value] of table) {
    if (Math.abs(candidate.length - key.length) > 1) continue;
    if (editDistance(candidate, key) <= 1) {
      if (matches > 0 && found !== value) return undefined;
      found = value;
      matches++;
    }
  }
  return found;
}

/** Strips the first matching prefix ("predikatkinerja", "status") from a compact key. */
export function withoutPrefix(compact: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (compact.length > prefix.length && compact.startsWith(prefix)) return compact.slice(prefix.length);
  }
  return compact;
}

/** Builds a lookup map from groups of compact keys. */
export function vocabulary<T>(groups: ReadonlyArray<readonly [T, string]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, keys] of groups) for (const key of keys.split(' ')) map.set(key, value);
  return map;
}

/**
 * Common front of every label parser: empty -> LABEL_EMPTY with the choices; non-text -> the
 * parser's unknown-value message; text -> the lookup keys.
 */
export function labelInput(
  input: unknown,
  unknownCode: MessageCode,
  choices: string,
): { ok: true; label: LabelText; cell: ClassifiedInput } | { ok: false; result: Result<never> } {
  const cell = classifyInput(input);
  if (cell.kind === 'empty') return { ok: false, result: fail('LABEL_EMPTY', { choices }) };
  if (cell.kind === 'text') return { ok: true, label: labelText(cell.text), cell };
  if (cell.kind === 'number' || cell.kind === 'boolean') {
    return { ok: true, label: labelText(describeInput(cell)), cell };
  }
  return { ok: false, result: fail(unknownCode, { value: describeInput(cell) }) };
}
