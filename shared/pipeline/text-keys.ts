/**
 * Answers about a cell's text that are remembered by what the text says rather than by how it is written,
 * found without building a string for it: the cell's characters are read once into a small buffer (or
 * hashed as they are read) and compared with the texts already kept. A province written in forms of its
 * own on every row (other letter case, other spacing) then builds one key per meaning, not one per cell.
 * Each helper belongs to one reader's run (created by it, dropped with it), like cells.ts' caches, and
 * answers exactly as the robust code it shortcuts: test/shared/pipeline-text-keys.test.ts.
 */

import { type LabelKeys, plainLabelKeys } from '../parse/label-lookup';
import { isLeftover, sameButCase } from '../parse/text';

/** plainLabelKeys' longest cell (PLAIN_LABEL_MAX in parse/label-lookup.ts). */
const PLAIN_LABEL_MAX = 64;
/** Past this many remembered texts a helper starts afresh (as cachedParser does). */
const KEPT_MAX = 50_000;

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** FNV-1a step; hashes are kept to 30 bits so that the Maps keyed by them hold small integers. */
const mix = (hash: number, c: number): number => Math.imul(hash ^ c, 16777619);
const HASH_START = 2166136261 | 0;
const finish = (hash: number): number => hash & 0x3fffffff;

/** LABEL_CODES' marks: a code plainLabelKeys does not read, and one between words. */
const OUTSIDE = 0;
const BETWEEN = 1;
/**
 * For each ASCII code, what it is in a label's words: OUTSIDE (controls, DEL), BETWEEN (printable, not
 * a letter or digit) or itself in lower case. One look-up per character instead of range tests.
 */
const LABEL_CODES = ((): Uint8Array => {
  const codes = new Uint8Array(128);
  for (let c = 32; c < 127; c++) codes[c] = isWordCode(c) ? (c >= 65 && c <= 90 ? c | 32 : c) : BETWEEN;
  return codes;
})();

/** ":" (a label's words are those after its last colon). */
const COLON = 58;

/**
 * The words plainLabelKeys(text) gives (lower-case ASCII letters and digits, one space between runs of
 * them), written into `out`; their length, or -1 when plainLabelKeys(text) is undefined. Builds nothing.
 * `hashed`, when given, receives the FNV-1a hash of the words (hashed[0], 30 bits), read in the same pass.
 *
 * One pass from the start: the words are those after the last colon that is not the text's last
 * character, so every such colon starts them afresh (the last one met is the last one); a text ending
 * in a colon reads its colons as any other mark. Only the characters after that colon must be
 * printable ASCII; a letter or a digit anywhere makes a label (before its colon too: "Polaritas: +").
 */
export function plainLabelWords(text: string, out: Uint16Array, hashed?: Int32Array): number {
  const n = text.length;
  if (n === 0 || n > PLAIN_LABEL_MAX) return -1;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32 || isLeftover(text)) return -1;
  const colonsStart = text.charCodeAt(n - 1) !== COLON;
  let length = 0;
  let hash = HASH_START;
  let gap = false;
  let word = false;
  let outside = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const code = c < 128 ? (LABEL_CODES[c] as number) : OUTSIDE;
    if (code > BETWEEN) {
      if (gap) {
        if (length > 0) {
          out[length++] = 32;
          hash = mix(hash, 32);
        }
        gap = false;
      }
      out[length++] = code;
      hash = mix(hash, code);
      word = true;
    } else if (code === BETWEEN) {
      if (c === COLON && colonsStart) {
        length = 0;
        hash = HASH_START;
        gap = false;
        outside = false;
      } else gap = true;
    } else outside = true;
  }
  if (outside || !word) return -1;
  if (hashed !== undefined) hashed[0] = finish(hash);
  return length;
}

interface Decided<T> {
  /** The label's words as plainLabelWords writes them (a copy of the buffer: compared code by code). */
  words: Uint16Array;
  /** Their hash (plainLabelWords' `hashed`). */
  hash: number;
  value: T | undefined;
  next: Decided<T> | undefined;
}

/** How many recent cells LabelDecisions compares a cell with before reading its words. */
const RECENT_LABELS = 4;

/**
 * A label decision (polarityOfLabel, ratingOfLabel, ...) remembered by the label's words: "Polaritas:
 * POSITIF" and "polaritas: Positif" are decided once. decide(keys) reads only keys.words and keys.compact,
 * and the compact key is the words without their spaces, so equal words get one decision. `of` answers
 * as `decide(plainLabelKeys(text))` does, undefined where plainLabelKeys is; the keys are built only for
 * words not met before. A cell written as one of the last few decided labels' latest cells but for its
 * letter case (a column mostly repeats a handful of labels, one reader reads seven columns of ratings) is
 * answered on that alone; otherwise the words and their hash are read in one pass, and compared code by
 * code only with those of the same hash.
 */
export class LabelDecisions<T> {
  private readonly words = new Uint16Array(PLAIN_LABEL_MAX);
  private readonly hashed = new Int32Array(1);
  private readonly decided = new Map<number, Decided<T>>();

  constructor(private readonly decide: (label: LabelKeys) => T | undefined) {}

  /** The last few labels decided or met, each once, with the latest cell read as each ('': none yet). */
  private readonly recent: (Decided<T> | undefined)[] = new Array(RECENT_LABELS).fill(undefined);
  private readonly recentTexts: string[] = new Array(RECENT_LABELS).fill('');
  /** The slot the next label not among the recent ones takes. */
  private nextRecent = 0;

  of(text: string): T | undefined {
    const recent = this.recent;
    const recentTexts = this.recentTexts;
    for (let i = 0; i < RECENT_LABELS; i++) {
      const entry = recent[i];
      if (entry === undefined) break;
      if (sameButCase(text, recentTexts[i] as string)) {
        if (isLeftover(text)) break;
        return entry.value;
      }
    }
    const length = plainLabelWords(text, this.words, this.hashed);
    if (length < 0) return undefined;
    const hash = this.hashed[0] as number;
    for (let entry = this.decided.get(hash); entry !== undefined; entry = entry.next)
      if (this.holds(entry.words, length)) {
        this.met(entry, text);
        return entry.value;
      }
    const keys = plainLabelKeys(text);
    if (keys === undefined) return undefined;
    const value = this.decide(keys);
    if (this.decided.size >= KEPT_MAX) this.decided.clear();
    const entry: Decided<T> = {
      words: this.words.slice(0, length),
      hash,
      value,
      next: this.decided.get(hash),
    };
    this.decided.set(hash, entry);
    this.met(entry, text);
    return value;
  }

  /** Keeps `text` as the latest cell of `entry` among the recent labels. */
  private met(entry: Decided<T>, text: string): void {
    const recent = this.recent;
    for (let i = 0; i < RECENT_LABELS; i++)
      if (recent[i] === entry) {
        this.recentTexts[i] = text;
        return;
      }
    const slot = this.nextRecent;
    recent[slot] = entry;
    this.recentTexts[slot] = text;
    this.nextRecent = (slot + 1) % RECENT_LABELS;
  }

  /** Whether the buffer's first `length` codes are `words`. */
  private holds(words: Uint16Array, length: number): boolean {
    if (words.length !== length) return false;
    const buffer = this.words;
    for (let i = 0; i < length; i++) if (words[i] !== buffer[i]) return false;
    return true;
  }
}

/** Whether a UTF-16 code is one RegExp's \s matches (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters attendanceCodeKey drops: white space (RegExp \s), ".", "-", "_" and "/". */
const isCodeGap = (c: number): boolean => isSpaceCode(c) || c === 46 || c === 45 || c === 95 || c === 47;

/** The code of `c` in attendanceCodeKey's upper case, for ASCII. */
const upperAscii = (c: number): number => (c >= 97 && c <= 122 ? c - 32 : c);

interface KnownKey {
  key: string;
  next: KnownKey | undefined;
}

/**
 * attendanceCodeKey(written) for the keys a vocabulary knows, without building it: the key of ASCII
 * text (with any white space) is its characters upper-cased, less white space, dots, dashes, underscores
 * and slashes, so its hash is read off the text and the key found among the known ones is checked
 * character by character. `of` gives that known key, or undefined (another key, or other letters than
 * ASCII ones, whose upper case attendanceCodeKey knows). A sheet writing "tl 1", "TL-1" and "t.l.1" builds no key for any of them.
 */
export class KnownCodeKeys {
  private readonly byHash = new Map<number, KnownKey>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      let hash = HASH_START;
      for (let i = 0; i < key.length; i++) hash = mix(hash, key.charCodeAt(i));
      hash = finish(hash);
      this.byHash.set(hash, { key, next: this.byHash.get(hash) });
    }
  }

  of(written: string): string | undefined {
    let hash = HASH_START;
    let length = 0;
    for (let i = 0; i < written.length; i++) {
      const c = written.charCodeAt(i);
      if (isCodeGap(c)) continue;
      if (c > 126) return undefined;
      hash = mix(hash, upperAscii(c));
      length++;
    }
    for (let known = this.byHash.get(finish(hash)); known !== undefined; known = known.next)
      if (known.key.length === length && codeKeyIs(written, known.key)) return known.key;
    return undefined;
  }
}

/** Whether attendanceCodeKey(written) is `key`, for `written` as `of` reads it, with as many kept characters. */
function codeKeyIs(written: string, key: string): boolean {
  let j = 0;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (isCodeGap(c)) continue;
    if (upperAscii(c) !== key.charCodeAt(j++)) return false;
  }
  return true;
}
