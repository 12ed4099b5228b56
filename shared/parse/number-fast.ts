/**
 * A fast reader for the plain forms most number and target cells hold: "12", "85,5", "1.234,5",
 * "90 %", "12 Dokumen", "Rp 4.750.000", "80-90", "80 s/d 90 %", "1.500 menit", with words after them
 * that hold no digit ("12 Dokumen per tahun"). One pass over the characters, no regex, and in the usual
 * case no slice and no object: the reading goes into a FastReading the caller owns and reuses. It
 * answers only when the text is one of these forms, and then exactly as parseNumber / parseTarget /
 * parseDuration would (test/shared/parse-number-fast.test.ts proves it on random numbers in every
 * accepted form and on arbitrary text); for anything else (a sign, an exponent, "4.215" that the hints
 * leave open, odd spaces, a second number, a label before it...) it says no, and the caller asks the
 * robust parser, which also explains what is wrong.
 */
import { tidy } from './duration';
import { columnLocale } from './locale';
import { Body, isGroupedRange, scanBody } from './number-scan';
import { unitContext } from './number-words';
import type { NumberContext, NumberHints, ParsedNumber, Target } from './types';
import { SPECIAL_UNIT_WORDS } from './units';

/** Unit and percent after a number, read by readTail. */
class Tail {
  percent = false;
  unitStart = -1;
  unitEnd = -1;
  /**
   * The last character of arithmetic ("%", "+", "-", "*", "/", "^", "=") from where tailAfter began, -1
   * when there is none: whether one stands after a point of the tail is one comparison (operatorIn).
   */
  operator = -1;
}

/**
 * What the fast reader read, and its room to work in. The caller owns one and reuses it (one per run
 * or per column: nothing in it outlives a call but the reading); copy what you need before the next call.
 */
export class FastReading {
  /** A range target ("80-90"): low..value; otherwise a single value (low === value). */
  range = false;
  low = 0;
  value = 0;
  /** A percent sign or word ("%", "persen") after the number (the upper bound of a range). */
  percent = false;
  /** The unit word as written is text.slice(unitStart, unitEnd); unitStart < 0 when there is none. */
  unitStart = -1;
  unitEnd = -1;
  /** Scratch of one call. */
  readonly body = new Body();
  readonly high = new Body();
  readonly tail = new Tail();
}

/** Digits read exactly as one integer (below 2^53), so one division gives what Number() gives. */
const MAX_DIGITS = 15;
/** Longer cells are rare and usually prose: the robust parser reads them. */
const MAX_LENGTH = 80;
const POWERS_OF_TEN: readonly number[] = Array.from({ length: MAX_DIGITS + 1 }, (_, i) => 10 ** i);

const DOT = 46;
const COMMA = 44;
const SPACE = 32;
const PERCENT = 37;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether text[from, to) is `word` (lowercase ASCII), ignoring the case of the text. */
function wordIs(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++)
    if (lowerCode(text.charCodeAt(from + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Lower-case ASCII words, each of a kind (a positive number), found by the length of the text's word
 * first: the word after a number is looked up once on every cell, and most lengths hold none or a few.
 */
class WordsByLength {
  private readonly byLength: string[][] = [];
  private readonly kinds: number[][] = [];
  /**
   * Per length, one bit per first character of the words of that length (its code modulo 32, the same
   * in either case): a unit word ("Dokumen", "laporan") is mostly told apart without comparing letters.
   */
  private readonly firsts: number[] = [];
  /** Lists of words and their kinds; a word in several lists is of the first list's kind. */
  constructor(lists: ReadonlyArray<readonly [number, readonly string[]]>) {
    for (const [kind, words] of lists)
      for (const word of words) {
        if (this.kindOf(word, 0, word.length) !== 0) continue;
        // Filled up to the length first, so the arrays stay packed (no holes to look past).
        while (this.byLength.length <= word.length) {
          this.byLength.push([]);
          this.kinds.push([]);
          this.firsts.push(0);
        }
        (this.byLength[word.length] as string[]).push(word);
        (this.kinds[word.length] as number[]).push(kind);
        this.firsts[word.length] = (this.firsts[word.length] as number) | (1 << (word.charCodeAt(0) & 31));
      }
  }

  /** The kind of text[from, to) as one of the words, ignoring the case of the text; 0 when it is none. */
  kindOf(text: string, from: number, to: number): number {
    const bucket = this.byLength[to - from];
    if (bucket === undefined) return 0;
    // A letter's last five bits are those of its other case: a text whose first character's bits are
    // no word's first is no word (other characters may share the bits: the words are then compared).
    if ((((this.firsts[to - from] as number) >>> (text.charCodeAt(from) & 31)) & 1) === 0) return 0;
    for (let k = 0; k < bucket.length; k++)
      if (wordIs(text, from, to, bucket[k] as string))
        return (this.kinds[to - from] as number[])[k] as number;
    return 0;
  }
}

/** Tail words' kinds: they change the value or its unit, they say percent, or they are no unit. */
const SPECIAL_WORD = 1;
const PERCENT_WORD = 2;
const NOT_UNIT_WORD = 3;

/** Percent words after a number (number-words PERCENT_WORDS). */
const PERCENT_WORDS = ['persen', 'prosen', 'percent', 'pct'];

/** The letter-only words of number-words NOT_UNIT_WORDS: after a number, they are not its unit. */
const NOT_UNIT_WORDS = [
  'berdasarkan',
  'dari',
  'dengan',
  'sesuai',
  'per',
  'atau',
  'dan',
  'sampai',
  'hingga',
  'to',
  'sd',
];

/**
 * The word after a number: unit words that change the value or its unit (money magnitudes, durations,
 * "x": the parser reads them) before percent words, before words that are no unit.
 */
const TAIL_WORDS = new WordsByLength([
  [SPECIAL_WORD, SPECIAL_UNIT_WORDS],
  [PERCENT_WORD, PERCENT_WORDS],
  [NOT_UNIT_WORD, NOT_UNIT_WORDS],
]);

/**
 * Whether text[from..] holds a character of arithmetic ("%", "+", "-", "*", "/", "^", "="), for `from`
 * at or after where tailAfter began reading `tail`: after the number's tail, "12%%", "80 -" or
 * "12 Dokumen * 2" are for the parser, which refuses them.
 */
const operatorIn = (tail: Tail, from: number): boolean => tail.operator >= from;

/**
 * Whether the fast path may read the text at all: not empty, not too long, no space at either end
 * (normalizeText would trim it). Its characters are checked as they are read: the currency, body and
 * connector readers take only printable ASCII, and tailAfter checks the rest.
 */
const fits = (text: string): boolean =>
  text.length > 0 && text.length <= MAX_LENGTH && text.charCodeAt(text.length - 1) !== SPACE;

/** tailAfter: a character normalizeText would change (odd spaces, zero-width, controls, non-ASCII). */
const NOT_PLAIN = -2;

/**
 * The rest of the text from `from`, up to its first digit: NOT_PLAIN when it holds anything but
 * printable ASCII (the robust parser reads that), else the index of that digit, or -1 when it has none.
 * Without a digit, the last character of arithmetic in it is left in tail.operator (operatorIn). What
 * follows a digit is another number's, read by its own scanBody and tailAfter.
 */
function tailAfter(text: string, from: number, tail: Tail): number {
  let operator = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Letters (most of a tail) and what follows them in ASCII: only "^" is arithmetic.
    if (c >= 65) {
      if (c > 0x7e) return NOT_PLAIN;
      if (c === 94) operator = i;
    } else if (c >= 48) {
      if (c <= 57) return i;
      if (c === 61) operator = i;
    } else if (c < 32) return NOT_PLAIN;
    else if (c === PERCENT || c === 43 || c === 45 || c === 42 || c === 47) operator = i;
  }
  tail.operator = operator;
  return -1;
}

const WHOLE: ReadonlySet<NumberContext | undefined> = new Set(['minutes', 'money', 'count']);

/**
 * number.ts resolveAmbiguity for "4.215" / "5,700": 1 thousands, 0 decimal, -1 undecided (the robust
 * parser then reports PARSE_NUMBER_AMBIGUOUS).
 */
function ambiguity(
  separator: number,
  percent: boolean,
  fromUnit: NumberContext | undefined,
  context: NumberContext | undefined,
  hints: NumberHints | undefined,
): number {
  if (percent || context === 'percent') return 0;
  if (WHOLE.has(context) || WHOLE.has(fromUnit)) return 1;
  let locale: 'id' | 'en' | undefined = columnLocale(hints);
  if (locale === undefined && (hints?.locale === 'id' || hints?.locale === 'en')) locale = hints.locale;
  if (locale === undefined) return -1;
  return (locale === 'id') === (separator === DOT) ? 1 : 0;
}

/**
 * The value of a body as number-scan readBody and number.ts tokenValue give it (no sign, no exponent);
 * NaN when they would not give a number (inconsistent separators, an undecided "4.215", too many digits).
 * Without `fromUnit`, the context of `unitTail`'s unit word stands for it, looked up only when the body
 * is ambiguous.
 */
function bodyValue(
  text: string,
  body: Body,
  percent: boolean,
  fromUnit: NumberContext | undefined,
  context: NumberContext | undefined,
  hints: NumberHints | undefined,
  unitTail?: Tail,
): number {
  if (body.digits > MAX_DIGITS) return Number.NaN;
  const { start, end, dots, commas } = body;
  const whole = body.whole;
  if (dots === 0 && commas === 0) return whole;
  if (dots > 0 && commas > 0) {
    // The last separator is the decimal mark, written once; the other groups thousands.
    const decimalIsDot = body.lastDot > body.lastComma;
    if ((decimalIsDot ? dots : commas) !== 1) return Number.NaN;
    const at = decimalIsDot ? body.lastDot : body.lastComma;
    if (!isGroupedRange(text, start, at, decimalIsDot ? COMMA : DOT)) return Number.NaN;
    return whole / (POWERS_OF_TEN[end - at - 1] as number);
  }
  const separator = dots > 0 ? DOT : COMMA;
  if (dots + commas > 1) return isGroupedRange(text, start, end, separator) ? whole : Number.NaN;
  const at = dots > 0 ? body.lastDot : body.lastComma;
  const fraction = end - at - 1;
  const decimal = whole / (POWERS_OF_TEN[fraction] as number);
  if (fraction !== 3 || at - start > 3 || text.charCodeAt(start) === 48) return decimal;
  const unit = fromUnit ?? (unitTail === undefined ? undefined : contextOf(text, unitTail));
  const choice = ambiguity(separator, percent, unit, context, hints);
  return choice < 0 ? Number.NaN : choice === 1 ? whole : decimal;
}

/**
 * What follows a number body at `from` when no digit follows it (so no range, time or second number):
 * the end, "%" or a unit word (letters only, then the end or a space), after spaces; anything may follow
 * the unit word. False when something else stands there (the robust parser reads it).
 */
function readTail(text: string, from: number, tail: Tail): boolean {
  tail.percent = false;
  tail.unitStart = -1;
  tail.unitEnd = -1;
  const n = text.length;
  if (from === n) return true;
  const first = text.charCodeAt(from);
  // An exponent ("1,5E3") or a letter right after the digits ("12Dokumen"): the robust parser decides.
  if (first !== SPACE && first !== PERCENT) return false;
  let pos = from;
  while (text.charCodeAt(pos) === SPACE) pos++;
  const c = text.charCodeAt(pos);
  if (c === PERCENT) {
    tail.percent = true;
    return !operatorIn(tail, pos + 1);
  }
  if (!isAsciiLetter(c)) return false;
  let end = pos;
  while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
  // readUnitWord also takes digits, "/", "." and Latin letters into the word: only a space may end it here.
  if (end < n && text.charCodeAt(end) !== SPACE) return false;
  const kind = TAIL_WORDS.kindOf(text, pos, end);
  if (kind === SPECIAL_WORD || operatorIn(tail, end)) return false;
  if (kind === PERCENT_WORD) tail.percent = true;
  else if (kind !== NOT_UNIT_WORD) {
    tail.unitStart = pos;
    tail.unitEnd = end;
  }
  return true;
}

/** The context a unit word gives (unitContext), looked up only for an ambiguous body. */
const contextOf = (text: string, tail: Tail): NumberContext | undefined =>
  tail.unitStart < 0 ? undefined : unitContext(text.slice(tail.unitStart, tail.unitEnd));

/**
 * "Rp 4.750.000", "rp4.750.000", "Rp. 4.750.000", "IDR 4.750.000": the index of the first digit after a
 * currency, or -1 when the text does not start so ("Rp.4" would read ".4" as 0,4: not here).
 */
function afterCurrency(text: string): number {
  let i: number;
  if (wordIs(text, 0, 2, 'rp')) i = 2;
  else if (wordIs(text, 0, 3, 'idr')) i = 3;
  else return -1;
  if (text.charCodeAt(i) === DOT) {
    i++;
    if (text.charCodeAt(i) !== SPACE) return -1;
  }
  while (text.charCodeAt(i) === SPACE) i++;
  return isDigitCode(text.charCodeAt(i)) ? i : -1;
}

/** One number from a digit at `start` (after a currency when `money`), its tail and nothing else. */
function single(
  text: string,
  start: number,
  money: boolean,
  hints: NumberHints | undefined,
  out: FastReading,
): boolean {
  scanBody(text, start, out.body);
  return tailAfter(text, out.body.end, out.tail) === -1 && singleScanned(text, money, hints, out);
}

/** single once out.body is scanned and tailAfter found no digit after it (reading out.tail). */
function singleScanned(
  text: string,
  money: boolean,
  hints: NumberHints | undefined,
  out: FastReading,
): boolean {
  const { body, tail } = out;
  if (!readTail(text, body.end, tail)) return false;
  // The unit word's context is looked up (a slice and a lower-case copy) only for an ambiguous body.
  const value = bodyValue(text, body, tail.percent, money ? 'money' : undefined, hints?.context, hints, tail);
  if (Number.isNaN(value)) return false;
  out.range = false;
  out.low = value;
  out.value = value;
  out.percent = tail.percent;
  out.unitStart = tail.unitStart;
  out.unitEnd = tail.unitEnd;
  return true;
}

/**
 * A number cell in a plain form, read as parseNumber(text, hints) reads it: true and the reading in
 * `out` (never a range), or false when the text is not in a form this reader knows.
 */
export function readNumberFast(text: string, hints: NumberHints | undefined, out: FastReading): boolean {
  if (!fits(text)) return false;
  const first = text.charCodeAt(0);
  if (isDigitCode(first)) return single(text, 0, false, hints, out);
  const start = afterCurrency(text);
  return start >= 0 && single(text, start, true, hints, out);
}

/**
 * "-", "–", "~", "s/d", "sd", "sampai", "hingga" (any case) between spaces at `from`, then a digit: the
 * digit's index; -1 otherwise ("sampai dengan", "to" and anything else: the robust parser reads them).
 */
function connector(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === SPACE) i++;
  const c = text.charCodeAt(i);
  let after: number;
  if (c === 45 || c === 126) after = i + 1;
  else {
    let end = i;
    while (end < text.length && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 47)) end++;
    const word =
      wordIs(text, i, end, 's/d') ||
      wordIs(text, i, end, 'sd') ||
      wordIs(text, i, end, 'sampai') ||
      wordIs(text, i, end, 'hingga');
    // A word connector must stand apart: "80 sd90" would make "sd90" the first number's unit.
    if (!word || text.charCodeAt(end) !== SPACE) return -1;
    after = end;
  }
  while (text.charCodeAt(after) === SPACE) after++;
  return isDigitCode(text.charCodeAt(after)) ? after : -1;
}

/**
 * A target cell in a plain form, read as parseTarget(text, hints) reads it: a single value as
 * readNumberFast, or a range of two plain numbers joined by a connector ("80-90", "80 s/d 90 %"), the
 * unit after the upper bound. False when the text is not in a form this reader knows.
 */
export function readTargetFast(text: string, hints: NumberHints | undefined, out: FastReading): boolean {
  if (!fits(text)) return false;
  const first = text.charCodeAt(0);
  if (!isDigitCode(first)) {
    const start = afterCurrency(text);
    return start >= 0 && single(text, start, true, hints, out);
  }
  const { body, high, tail } = out;
  scanBody(text, 0, body);
  const next = tailAfter(text, body.end, tail);
  if (next === NOT_PLAIN) return false;
  if (next < 0) return singleScanned(text, false, hints, out);
  // A second number: only "<number> <connector> <number><tail>".
  const c = text.charCodeAt(body.end);
  if (c !== SPACE && c !== 45 && c !== 126) return false;
  const second = connector(text, body.end);
  if (second < 0) return false;
  scanBody(text, second, high);
  if (tailAfter(text, high.end, tail) !== -1 || !readTail(text, high.end, tail)) return false;
  const highUnit = tail.unitStart < 0 ? undefined : contextOf(text, tail);
  const highValue = bodyValue(text, high, tail.percent, highUnit, hints?.context, hints);
  if (Number.isNaN(highValue)) return false;
  // The unit is written once, after the upper bound: it decides how an ambiguous lower bound reads.
  const context = tail.percent ? 'percent' : (highUnit ?? hints?.context);
  const lowValue = bodyValue(text, body, false, undefined, context, hints);
  if (Number.isNaN(lowValue) || lowValue > highValue) return false;
  out.range = true;
  out.low = lowValue;
  out.value = highValue;
  out.percent = tail.percent;
  out.unitStart = tail.unitStart;
  out.unitEnd = tail.unitEnd;
  return true;
}

/** The unit parseNumber would give for a reading: "%" for a percent, the word as written, or none. */
export const unitOf = (text: string, reading: FastReading): string | undefined =>
  reading.percent ? '%' : reading.unitStart < 0 ? undefined : text.slice(reading.unitStart, reading.unitEnd);

/** A reading as parseNumber's ParsedNumber (for callers that want the object). */
export function parsedNumberOf(text: string, reading: FastReading): ParsedNumber {
  const unit = unitOf(text, reading);
  const parsed: ParsedNumber = { value: reading.value, percent: reading.percent };
  if (unit !== undefined) parsed.unit = unit;
  return parsed;
}

/** A reading as parseTarget's Target (for callers that want the object). */
export function targetOf(text: string, reading: FastReading): Target {
  const unit = unitOf(text, reading);
  return reading.range
    ? {
        kind: 'range',
        low: reading.low,
        high: reading.value,
        ...(unit !== undefined ? { unit } : {}),
        percent: reading.percent,
      }
    : {
        kind: 'single',
        value: reading.value,
        ...(unit !== undefined ? { unit } : {}),
        percent: reading.percent,
      };
}

/** The minute words of duration.ts MINUTE_WORDS. */
const MINUTE_WORDS = ['menit', 'mnt', 'min', 'mins', 'm', 'mn', 'minute', 'minutes'];

/**
 * A duration cell in a plain form, read as parseDuration(text) reads it: minutes written as a number
 * alone or followed by a minute word ("395", "1.500 menit", "90 Mnt"), words without digits after it.
 * True and the minutes in `out.value`; false otherwise (hours, clocks, "07.30", a sign...).
 */
export function readMinutesFast(text: string, out: FastReading): boolean {
  if (!fits(text) || !isDigitCode(text.charCodeAt(0))) return false;
  const { body } = out;
  scanBody(text, 0, body);
  const n = text.length;
  if (tailAfter(text, body.end, out.tail) !== -1) return false;
  if (text.indexOf(':', body.end) >= 0) return false; // a label or a clock
  if (body.end === n) {
    // "07.30" alone may be a clock: the robust parser asks which is meant.
    if (body.dots + body.commas > 0 && n <= 5) return false;
  } else {
    if (text.charCodeAt(body.end) !== SPACE) return false;
    let pos = body.end;
    while (text.charCodeAt(pos) === SPACE) pos++;
    let end = pos;
    while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
    if (end === pos || (end < n && text.charCodeAt(end) !== SPACE)) return false;
    let minuteWord = false;
    for (let k = 0; k < MINUTE_WORDS.length && !minuteWord; k++)
      minuteWord = wordIs(text, pos, end, MINUTE_WORDS[k] as string);
    if (!minuteWord) return false;
  }
  const value = bodyValue(text, body, false, 'minutes', undefined, undefined);
  if (Number.isNaN(value)) return false;
  out.range = false;
  out.low = out.value = tidy(value);
  out.percent = false;
  out.unitStart = -1;
  out.unitEnd = -1;
  return true;
}
