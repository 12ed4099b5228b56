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
import { unitContext } from './number-words';
import type { NumberContext, NumberHints, ParsedNumber, Target } from './types';
import { SPECIAL_UNIT_WORDS } from './units';

/** Where one number body ends and what its separators are; filled by scanBody. */
class Body {
  start = 0;
  end = 0;
  digits = 0;
  /** The digits as one integer (exact up to MAX_DIGITS digits). */
  whole = 0;
  dots = 0;
  commas = 0;
  lastDot = -1;
  lastComma = -1;
}

/** Unit and percent after a number, read by readTail. */
class Tail {
  percent = false;
  unitStart = -1;
  unitEnd = -1;
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
 * Lower-case ASCII words, found by the length of the text's word first: a unit word after a number is
 * checked against three lists on every cell, and most lengths hold none or one of their words.
 */
class WordsByLength {
  private readonly byLength: string[][] = [];
  constructor(words: readonly string[]) {
    for (const word of words) {
      let bucket = this.byLength[word.length];
      if (bucket === undefined) {
        bucket = [];
        // Filled up to the length first, so the array stays packed (no holes to look past).
        while (this.byLength.length < word.length) this.byLength.push([]);
        this.byLength[word.length] = bucket;
      }
      bucket.push(word);
    }
  }

  /** Whether text[from, to) is one of the words, ignoring the case of the text. */
  has(text: string, from: number, to: number): boolean {
    const bucket = this.byLength[to - from];
    if (bucket === undefined) return false;
    for (let k = 0; k < bucket.length; k++) if (wordIs(text, from, to, bucket[k] as string)) return true;
    return false;
  }
}

/** Percent words after a number (number-words PERCENT_WORDS). */
const PERCENT_WORDS = new WordsByLength(['persen', 'prosen', 'percent', 'pct']);
const isPercentWord = (text: string, from: number, to: number): boolean => PERCENT_WORDS.has(text, from, to);

/** The letter-only words of number-words NOT_UNIT_WORDS: after a number, they are not its unit. */
const NOT_UNIT = new WordsByLength([
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
]);
const isNotUnitWord = (text: string, from: number, to: number): boolean => NOT_UNIT.has(text, from, to);

/** Unit words that change the value or its unit (money magnitudes, durations, "x"): the parser reads them. */
const SPECIAL_UNITS = new WordsByLength(SPECIAL_UNIT_WORDS);
const isSpecialUnitWord = (text: string, from: number, to: number): boolean =>
  SPECIAL_UNITS.has(text, from, to);

/**
 * Whether text[from..] holds a character of arithmetic ("%", "+", "-", "*", "/", "^", "="): after the
 * number's tail, "12%%", "80 -" or "12 Dokumen * 2" are for the parser, which refuses them.
 */
function operatorIn(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === PERCENT || c === 43 || c === 45 || c === 42 || c === 47 || c === 94 || c === 61) return true;
  }
  return false;
}

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
 * The rest of the text from `from`: NOT_PLAIN when it holds anything but printable ASCII (the robust
 * parser reads that), else the index of its first digit, or -1 when it has none.
 */
function tailAfter(text: string, from: number): number {
  let digit = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 0x7e) return NOT_PLAIN;
    if (digit < 0 && isDigitCode(c)) digit = i;
  }
  return digit;
}

/** Scans digits and separators each followed by a digit (scanNumberToken's body) from a digit at `from`. */
function scanBody(text: string, from: number, body: Body): void {
  body.start = from;
  body.digits = 0;
  body.whole = 0;
  body.dots = 0;
  body.commas = 0;
  body.lastDot = -1;
  body.lastComma = -1;
  const n = text.length;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigitCode(c)) {
      body.digits++;
      body.whole = body.whole * 10 + (c - 48);
    } else if ((c === DOT || c === COMMA) && j + 1 < n && isDigitCode(text.charCodeAt(j + 1))) {
      if (c === DOT) {
        body.dots++;
        body.lastDot = j;
      } else {
        body.commas++;
        body.lastComma = j;
      }
    } else break;
    j++;
  }
  body.end = j;
}

/** number-scan isGrouped on text[from, to): first group 1-3 digits without a leading zero, then groups of 3. */
function grouped(text: string, from: number, to: number, separator: number): boolean {
  let groupLength = 0;
  let firstGroup = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === separator) {
      if (firstGroup ? groupLength < 1 || groupLength > 3 : groupLength !== 3) return false;
      if (firstGroup && text.charCodeAt(from) === 48) return false;
      firstGroup = false;
      groupLength = 0;
    } else if (isDigitCode(c)) groupLength++;
    else return false;
  }
  return firstGroup ? groupLength >= 1 : groupLength === 3;
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
  let locale: 'id' | 'en' | undefined;
  const samples = hints?.columnSamples;
  if (samples !== undefined && samples.length > 0) locale = columnLocale(samples);
  if (locale === undefined && (hints?.locale === 'id' || hints?.locale === 'en')) locale = hints.locale;
  if (locale === undefined) return -1;
  return (locale === 'id') === (separator === DOT) ? 1 : 0;
}

/**
 * The value of a body as number-scan readBody and number.ts tokenValue give it (no sign, no exponent);
 * NaN when they would not give a number (inconsistent separators, an undecided "4.215", too many digits).
 */
function bodyValue(
  text: string,
  body: Body,
  percent: boolean,
  fromUnit: NumberContext | undefined,
  context: NumberContext | undefined,
  hints: NumberHints | undefined,
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
    if (!grouped(text, start, at, decimalIsDot ? COMMA : DOT)) return Number.NaN;
    return whole / (POWERS_OF_TEN[end - at - 1] as number);
  }
  const separator = dots > 0 ? DOT : COMMA;
  if (dots + commas > 1) return grouped(text, start, end, separator) ? whole : Number.NaN;
  const at = dots > 0 ? body.lastDot : body.lastComma;
  const fraction = end - at - 1;
  const decimal = whole / (POWERS_OF_TEN[fraction] as number);
  if (fraction !== 3 || at - start > 3 || text.charCodeAt(start) === 48) return decimal;
  const choice = ambiguity(separator, percent, fromUnit, context, hints);
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
    return !operatorIn(text, pos + 1);
  }
  if (!isAsciiLetter(c)) return false;
  let end = pos;
  while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
  // readUnitWord also takes digits, "/", "." and Latin letters into the word: only a space may end it here.
  if (end < n && text.charCodeAt(end) !== SPACE) return false;
  if (isSpecialUnitWord(text, pos, end) || operatorIn(text, end)) return false;
  if (isPercentWord(text, pos, end)) tail.percent = true;
  else if (!isNotUnitWord(text, pos, end)) {
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

function single(
  text: string,
  start: number,
  money: boolean,
  hints: NumberHints | undefined,
  out: FastReading,
): boolean {
  const { body, tail } = out;
  scanBody(text, start, body);
  if (tailAfter(text, body.end) !== -1 || !readTail(text, body.end, tail)) return false;
  const fromUnit = money ? 'money' : undefined;
  const fromWord = fromUnit ?? lazyContext(text, body, tail);
  const value = bodyValue(text, body, tail.percent, fromWord, hints?.context, hints);
  if (Number.isNaN(value)) return false;
  out.range = false;
  out.low = value;
  out.value = value;
  out.percent = tail.percent;
  out.unitStart = tail.unitStart;
  out.unitEnd = tail.unitEnd;
  return true;
}

/** The unit's context, looked up only when the body is ambiguous (a slice and a lower-case copy). */
function lazyContext(text: string, body: Body, tail: Tail): NumberContext | undefined {
  const oneSeparator = body.dots + body.commas === 1;
  return oneSeparator ? contextOf(text, tail) : undefined;
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
  const next = tailAfter(text, body.end);
  if (next === NOT_PLAIN) return false;
  if (next < 0) return single(text, 0, false, hints, out);
  // A second number: only "<number> <connector> <number><tail>".
  const c = text.charCodeAt(body.end);
  if (c !== SPACE && c !== 45 && c !== 126) return false;
  const second = connector(text, body.end);
  if (second < 0) return false;
  scanBody(text, second, high);
  if (tailAfter(text, high.end) !== -1 || !readTail(text, high.end, tail)) return false;
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
  if (tailAfter(text, body.end) !== -1) return false;
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
