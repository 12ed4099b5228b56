/**
 * The lowest layer of number parsing: find the digits of one number in a text and read its separators.
 * Hand-written scanning (no regex built per call) because a 100,000-row sheet goes through here.
 */
import { isDigit, isLetter } from './text';
import type { NumberLocale } from './types';

const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const UNICODE_MINUS = 0x2212;
const SPACE = 32;

export interface NumberToken {
  /** Index of the sign or of the first digit (or of the separator of ".5"). */
  start: number;
  /** Index just after the last digit (or after the exponent). */
  end: number;
  /** Digits and separators as written ("4.249.772,73"); ".5" is given as "0.5". */
  body: string;
  negative: boolean;
  /** Exponent of Sheets' scientific display ("1.99003E+17"). */
  exponent: number | undefined;
}

/**
 * The first number in `text` at or after `from`. A "-" directly before the digits is a sign unless a
 * digit precedes it ("80-90" is a range, "-12,5" a negative number). Returns undefined without digits.
 */
export function scanNumberToken(text: string, from: number): NumberToken | undefined {
  let first = from;
  while (first < text.length && !isDigit(text.charCodeAt(first))) first++;
  if (first >= text.length) return undefined;

  let bodyStart = first;
  let leadingZero = '';
  const before = first > from ? text.charCodeAt(first - 1) : 0;
  if ((before === DOT || before === COMMA) && !(first - 2 >= from && isDigit(text.charCodeAt(first - 2)))) {
    bodyStart = first - 1;
    leadingZero = '0';
  }

  let j = first;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === DOT || c === COMMA) && j + 1 < text.length && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  const body = leadingZero + text.slice(bodyStart, j);

  let end = j;
  let exponent: number | undefined;
  const e = text.charCodeAt(j);
  if (e === 101 || e === 69) {
    let k = j + 1;
    let sign = 1;
    if (text.charCodeAt(k) === 43) k++;
    else if (text.charCodeAt(k) === MINUS) {
      sign = -1;
      k++;
    }
    const digitsStart = k;
    while (k < text.length && isDigit(text.charCodeAt(k))) k++;
    // "12E" or "3 Eksemplar" are not exponents: the E must carry 1-3 digits and end the word.
    if (k > digitsStart && k - digitsStart <= 3 && !(k < text.length && isLetter(text.charCodeAt(k)))) {
      exponent = sign * Number(text.slice(digitsStart, k));
      end = k;
    }
  }

  let start = bodyStart;
  let negative = false;
  let signAt = bodyStart - 1;
  // "- 12" (one space after the sign) is still a negative number.
  if (text.charCodeAt(signAt) === SPACE && signAt - 1 >= from) signAt--;
  const signCode = signAt >= from ? text.charCodeAt(signAt) : 0;
  if (signCode === MINUS || signCode === UNICODE_MINUS) {
    let m = signAt - 1;
    while (m >= from && text.charCodeAt(m) === SPACE) m--;
    if (!(m >= from && isDigit(text.charCodeAt(m)))) {
      negative = true;
      start = signAt;
    }
  }
  return { start, end, body, negative, exponent };
}

export type BodyReading =
  | { kind: 'value'; text: string }
  /** One separator followed by exactly three digits: "4.215", "5,700". */
  | { kind: 'ambiguous'; separator: '.' | ','; asThousands: string; asDecimal: string }
  | { kind: 'inconsistent' };

const INCONSISTENT: BodyReading = { kind: 'inconsistent' };

/**
 * text[from, to) as "1.234.567" grouped by `separator`: first group 1-3 digits without a leading zero,
 * then groups of 3.
 */
export function isGroupedRange(text: string, from: number, to: number, separator: number): boolean {
  let groupLength = 0;
  let firstGroup = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === separator) {
      if (firstGroup ? groupLength < 1 || groupLength > 3 : groupLength !== 3) return false;
      if (firstGroup && text.charCodeAt(from) === 48) return false;
      firstGroup = false;
      groupLength = 0;
    } else if (isDigit(c)) groupLength++;
    else return false;
  }
  return firstGroup ? groupLength >= 1 : groupLength === 3;
}

const isGrouped = (body: string, separator: number): boolean =>
  isGroupedRange(body, 0, body.length, separator);

function stripSeparator(text: string, separator: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
    out += text.slice(from, at);
    from = at + 1;
  }
  return out + text.slice(from);
}

interface SeparatorCount {
  dots: number;
  commas: number;
  lastDot: number;
  lastComma: number;
}

function countSeparators(body: string): SeparatorCount {
  const count = { dots: 0, commas: 0, lastDot: -1, lastComma: -1 };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === DOT) {
      count.dots++;
      count.lastDot = i;
    } else if (c === COMMA) {
      count.commas++;
      count.lastComma = i;
    }
  }
  return count;
}

/**
 * Reads the separators of a number body and returns a plain JS numeric string ("1234.5").
 * - Both "." and ",": the last one is the decimal mark, once; the other groups thousands.
 * - One kind repeated ("2,500,000"): thousands.
 * - One separator once: decimal unless exactly three digits follow an integer part of 1-3 digits
 *   without a leading zero; that case is ambiguous and the caller decides from hints.
 * In scientific notation the mantissa's separator is always decimal.
 */
export function readBody(body: string, scientific: boolean): BodyReading {
  const { dots, commas, lastDot, lastComma } = countSeparators(body);
  if (dots === 0 && commas === 0) return { kind: 'value', text: body };
  if (dots > 0 && commas > 0) {
    const decimalIsDot = lastDot > lastComma;
    if ((decimalIsDot ? dots : commas) !== 1) return INCONSISTENT;
    const at = decimalIsDot ? lastDot : lastComma;
    const intPart = body.slice(0, at);
    if (!isGrouped(intPart, decimalIsDot ? COMMA : DOT)) return INCONSISTENT;
    return {
      kind: 'value',
      text: `${stripSeparator(intPart, decimalIsDot ? ',' : '.')}.${body.slice(at + 1)}`,
    };
  }
  const separator = dots > 0 ? '.' : ',';
  if (dots + commas > 1) {
    if (scientific || !isGrouped(body, separator.charCodeAt(0))) return INCONSISTENT;
    return { kind: 'value', text: stripSeparator(body, separator) };
  }
  const at = dots > 0 ? lastDot : lastComma;
  const intPart = body.slice(0, at);
  const fraction = body.slice(at + 1);
  const asDecimal = `${intPart}.${fraction}`;
  if (scientific || fraction.length !== 3 || intPart.length > 3 || intPart.charCodeAt(0) === 48) {
    return { kind: 'value', text: asDecimal };
  }
  return { kind: 'ambiguous', separator, asThousands: intPart + fraction, asDecimal };
}

/** Where one number body ends and what its separators are; filled by scanBody. */
export class Body {
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

/** Scans digits and separators each followed by a digit (scanNumberToken's body) from a digit at `from`. */
export function scanBody(text: string, from: number, body: Body): void {
  // Counted in locals, stored once.
  let digits = 0;
  let whole = 0;
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  const n = text.length;
  let j = from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      digits++;
      whole = whole * 10 + (c - 48);
    } else if ((c === DOT || c === COMMA) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
      if (c === DOT) {
        dots++;
        lastDot = j;
      } else {
        commas++;
        lastComma = j;
      }
    } else break;
    j++;
  }
  body.start = from;
  body.end = j;
  body.digits = digits;
  body.whole = whole;
  body.dots = dots;
  body.commas = commas;
  body.lastDot = lastDot;
  body.lastComma = lastComma;
}

/**
 * Which convention a column sample proves, if any, by the first number written in it: "87,5" and
 * "1.234.567" are Indonesian, "87.50" and "2,500,000" English; "4.215", "12", "1.99E+17" and a body
 * readBody finds inconsistent prove nothing. Read in place, as scanNumberToken and readBody would read the
 * token (test/shared/parse-sample-convention.test.ts): a column's locale reads up to 2,000 samples, and
 * the token and body strings were all it allocated.
 */
export function sampleConvention(sample: string, body: Body): NumberLocale | undefined {
  const n = sample.length;
  let first = 0;
  while (first < n && !isDigit(sample.charCodeAt(first))) first++;
  if (first >= n) return undefined;
  const before = first > 0 ? sample.charCodeAt(first - 1) : 0;
  // ".5" is read as "0.5": its separator is the body's first.
  const leadingZero =
    (before === DOT || before === COMMA) && !(first >= 2 && isDigit(sample.charCodeAt(first - 2)));
  scanBody(sample, first, body);
  const j = body.end;
  const e = sample.charCodeAt(j);
  if (e === 101 || e === 69) {
    let k = j + 1;
    const signCode = sample.charCodeAt(k);
    if (signCode === 43 || signCode === MINUS) k++;
    const digitsStart = k;
    while (k < n && isDigit(sample.charCodeAt(k))) k++;
    if (k > digitsStart && k - digitsStart <= 3 && !(k < n && isLetter(sample.charCodeAt(k))))
      return undefined;
  }
  const { dots, commas, lastDot, lastComma } = body;
  // "0" + a separator + more separators is never a grouped whole part: only a lone separator proves one.
  if (leadingZero) return dots + commas === 0 ? (before === DOT ? 'en' : 'id') : undefined;
  if (dots === 0 && commas === 0) return undefined;
  if (dots > 0 && commas > 0) {
    const decimalIsDot = lastDot > lastComma;
    if ((decimalIsDot ? dots : commas) !== 1) return undefined;
    const at = decimalIsDot ? lastDot : lastComma;
    if (!isGroupedRange(sample, first, at, decimalIsDot ? COMMA : DOT)) return undefined;
    return decimalIsDot ? 'en' : 'id';
  }
  if (dots + commas > 1)
    return isGroupedRange(sample, first, j, dots > 0 ? DOT : COMMA) ? (dots > 0 ? 'id' : 'en') : undefined;
  const at = dots > 0 ? lastDot : lastComma;
  // "4.215": three digits after one separator and at most three before, not led by 0, prove nothing.
  const ambiguous = j - at - 1 === 3 && at - first <= 3 && sample.charCodeAt(first) !== 48;
  return ambiguous ? undefined : dots > 0 ? 'en' : 'id';
}
