/**
 * Numbers as people type them in sheets and as e-kinerja pages print them: "1.234,5", "2,500,000",
 * "87.50", "Rp 1.500.000", "12 Dokumen", "92,5 % berdasarkan Berita acara", "(1.234,5)".
 */
import { type Failure, fail, ok, type Result } from '../core/issue';
import { columnLocale } from './locale';
import { type NumberToken, readBody, scanNumberToken } from './number-scan';
import {
  arithmeticIn,
  followerAt,
  NO_LEADING,
  NOT_UNIT_WORDS,
  PERCENT_WORDS,
  readLeading,
  readUnitWord,
  skipSpaces,
  skipSpelledOut,
  unitContext,
} from './number-words';
import { classifyInput, describeInput, isDashOnly, isLetter, isSheetsError, shownValue } from './text';
import type { NumberContext, NumberHints, NumberLocale, ParsedNumber } from './types';
import { magnitudeOf } from './units';

export interface NumberReading extends ParsedNumber {
  /** Index just after the number token. */
  tokenEnd: number;
  /** Index just after the number and its unit. */
  end: number;
}

const WHOLE_CONTEXTS: ReadonlySet<NumberContext | undefined> = new Set(['minutes', 'money', 'count']);

/**
 * How to read "4.215"/"5,700", in this order: a percent reads it as a decimal (percentages rarely
 * exceed 1000); minutes, money and counted units read it as thousands; then the column's own
 * convention (hints.column, else columnSamples); then the locale hint. Undefined = the user must say.
 */
function resolveAmbiguity(
  separator: '.' | ',',
  percent: boolean,
  fromUnit: NumberContext | undefined,
  hints: NumberHints | undefined,
): 'thousands' | 'decimal' | undefined {
  if (percent || hints?.context === 'percent') return 'decimal';
  if (WHOLE_CONTEXTS.has(hints?.context) || WHOLE_CONTEXTS.has(fromUnit)) return 'thousands';
  let locale: NumberLocale | undefined = columnLocale(hints);
  if (locale === undefined && (hints?.locale === 'id' || hints?.locale === 'en')) locale = hints.locale;
  if (locale === undefined) return undefined;
  return (locale === 'id') === (separator === '.') ? 'thousands' : 'decimal';
}

/** `shift`: a money magnitude's power of ten ("1,5 M" is 1,5e9), applied as a decimal shift, exactly. */
const toNumber = (plain: string, token: NumberToken, shift: number): number => {
  const exponent = (token.exponent ?? 0) + shift;
  const magnitude = Number(exponent === 0 ? plain : `${plain}e${exponent}`);
  const value = token.negative ? -magnitude : magnitude;
  return value === 0 ? 0 : value;
};

function ambiguityParams(text: string, plainThousands: string, plainDecimal: string, negative: boolean) {
  const sign = negative ? '-' : '';
  const [int = '', fraction = ''] = plainDecimal.split('.');
  // The decimal reading as one would write it unambiguously: "5,700" -> "5,7", "4.215" -> "4,2150",
  // "4.000" -> "4" (a fraction of exactly three digits would be ambiguous again).
  let shortest = fraction;
  while (shortest.endsWith('0')) shortest = shortest.slice(0, -1);
  const written = shortest.length === 3 ? `${shortest}0` : shortest;
  const decimal = (mark: string, digits: string) => sign + int + (digits === '' ? '' : mark + digits);
  return {
    value: shownValue(text),
    thousandsPlain: sign + plainThousands,
    thousandsId: `${sign}${int}.${fraction},0`,
    thousandsEn: `${sign}${int},${fraction}.0`,
    decimalId: decimal(',', shortest),
    decimalEn: decimal('.', shortest),
    decimalIdPadded: decimal(',', written),
    decimalEnPadded: decimal('.', written),
  };
}

/**
 * Reads one number (with its unit) starting at `from`. `leadingAllowed`: whether words such as
 * "Rp" or "Target :" may precede it (only at the start of a cell).
 */
export function readNumberAt(
  text: string,
  from: number,
  hints: NumberHints | undefined,
  leadingAllowed: boolean,
): Result<NumberReading> {
  const token = scanNumberToken(text, from);
  if (token === undefined) return fail('PARSE_NUMBER_INVALID', { value: shownValue(text) });
  const leading = token.start === from ? NO_LEADING : readLeading(text.slice(from, token.start));
  if (
    leading === undefined ||
    (!leadingAllowed && leading !== NO_LEADING && text.slice(from, token.start).trim() !== '')
  ) {
    return fail('PARSE_NUMBER_TEXT_BEFORE', { value: shownValue(text) });
  }

  let negative = token.negative;
  let pos = skipSpaces(text, token.end);
  if (leading.parenthesis && text.charCodeAt(pos) === 41) {
    // Accounting negative "(1.234,5)", only when the parenthesis closes right after the number.
    negative = true;
    pos = skipSpaces(text, pos + 1);
  }
  pos = skipSpelledOut(text, pos);
  let percent = false;
  let unit: string | undefined;
  let end = token.end;
  if (text.charCodeAt(pos) === 37) {
    percent = true;
    unit = '%';
    end = pos + 1;
  } else if (isLetter(text.charCodeAt(pos))) {
    const word = readUnitWord(text, pos);
    const lower = word.toLowerCase();
    if (PERCENT_WORDS.has(lower)) {
      percent = true;
      unit = '%';
      end = pos + word.length;
    } else if (!NOT_UNIT_WORDS.has(lower)) {
      unit = word;
      end = pos + word.length;
    }
  }

  // Money magnitudes: "Rp 1,5 M", "1.200 jt", "Rp 500 rb" (units.ts: M is miliar, never mega).
  const magnitude = magnitudeOf(unit, leading.money || hints?.context === 'money');
  if (magnitude?.kind === 'ambiguous')
    return fail('PARSE_UNIT_MONEY_AMBIGUOUS', { value: shownValue(text), unit: magnitude.word });
  if (magnitude !== undefined) unit = magnitude.word;
  const fromUnit = leading.money || magnitude !== undefined ? 'money' : unitContext(unit);
  token.negative = negative;
  const value = tokenValue(text, token, percent, fromUnit, hints, magnitude?.exponent ?? 0);
  if (!value.ok) return value;
  const reading: NumberReading = { value: value.value, percent, tokenEnd: token.end, end };
  if (unit !== undefined) reading.unit = unit;
  return ok(reading);
}

/**
 * The value of a scanned token: separators read, ambiguity resolved from the percent sign, the
 * unit's context and the hints, sign and exponent applied. `text` is the whole cell, for messages.
 */
export function tokenValue(
  text: string,
  token: NumberToken,
  percent: boolean,
  fromUnit: NumberContext | undefined,
  hints: NumberHints | undefined,
  shift = 0,
): Result<number> {
  const reading = readBody(token.body, token.exponent !== undefined);
  let plain: string;
  if (reading.kind === 'inconsistent') return fail('PARSE_NUMBER_SEPARATORS', { value: shownValue(text) });
  if (reading.kind === 'ambiguous') {
    const choice = resolveAmbiguity(reading.separator, percent, fromUnit, hints);
    if (choice === undefined) {
      return fail(
        'PARSE_NUMBER_AMBIGUOUS',
        ambiguityParams(text, reading.asThousands, reading.asDecimal, token.negative),
      );
    }
    plain = choice === 'thousands' ? reading.asThousands : reading.asDecimal;
  } else plain = reading.text;
  const value = toNumber(plain, token, shift);
  if (!Number.isFinite(value)) return fail('PARSE_NUMBER_NOT_FINITE', { value: shownValue(text) });
  return ok(value);
}

/** Issue for a cell that holds something other than text or a number. */
export function nonTextNumberIssue(kind: 'boolean' | 'date' | 'other', shown: string): Result<never> {
  if (kind === 'boolean') return fail('PARSE_NUMBER_BOOLEAN', { value: shown });
  if (kind === 'date') return fail('PARSE_NUMBER_DATE', { value: shown });
  return fail('PARSE_NUMBER_INVALID', { value: shown });
}

/**
 * One number from a cell. A JS number passes through (finite only). Text may carry a unit or a
 * percent sign after the number and a currency or label before it; a second number right after it
 * ("80-90", "07:30", "12 15") is an error, because picking one of them would be a silent guess.
 * "4.215" and "5,700" are decided by hints (see resolveAmbiguity) or returned as an error that
 * shows both readings.
 */
export function parseNumber(input: unknown, hints?: NumberHints): Result<ParsedNumber> {
  const cell = classifyInput(input);
  switch (cell.kind) {
    case 'empty':
      return fail('PARSE_NUMBER_EMPTY');
    case 'number':
      if (!Number.isFinite(cell.value))
        return fail('PARSE_NUMBER_NOT_FINITE', { value: describeInput(cell) });
      return ok({ value: cell.value === 0 ? 0 : cell.value, percent: false });
    case 'boolean':
    case 'date':
    case 'other':
      return nonTextNumberIssue(cell.kind, describeInput(cell));
    case 'text':
      break;
  }
  const text = cell.text;
  if (isSheetsError(text)) return fail('PARSE_FORMULA_ERROR', { value: text });
  if (isDashOnly(text)) return fail('PARSE_NUMBER_EMPTY');
  const duration = compoundDuration(text);
  if (duration !== undefined) return duration;
  const arithmetic = arithmeticFailure(text);
  if (arithmetic !== undefined) return arithmetic;
  const read = readNumberAt(text, 0, hints, true);
  if (!read.ok) return read;
  const { tokenEnd, end, value, unit, percent } = read.value;
  const follower = followerAt(text, tokenEnd) ?? (end > tokenEnd ? followerAt(text, end) : undefined);
  if (follower === 'range') return fail('PARSE_NUMBER_RANGE', { value: shownValue(text) });
  if (follower === 'time') return fail('PARSE_NUMBER_INVALID', { value: shownValue(text) });
  if (follower === 'number') return fail('PARSE_NUMBER_MULTIPLE', { value: shownValue(text) });
  const parsed: ParsedNumber = { value, percent };
  if (unit !== undefined) parsed.unit = unit;
  return ok(parsed);
}

/**
 * Arithmetic typed as text ("10+2", "5x3", "=10*2", "80 -", "12%%", "12 / 2", "80/100"): the failure
 * that says what was found and what to write, or undefined. Never read as its first number.
 */
export function arithmeticFailure(text: string): Failure | undefined {
  const found = arithmeticIn(text);
  if (found === undefined) return undefined;
  const value = shownValue(text);
  if (found === '=') return fail('PARSE_NUMBER_FORMULA_TEXT', { value });
  if (found === '/') return fail('PARSE_NUMBER_FRACTION', { value });
  return fail('PARSE_NUMBER_ARITHMETIC', { value, found });
}

/** "2 x 24 jam": a service standard (within 48 hours) in practice, so one duration of 48 jam. */
const TIMES_DURATION =
  /^(\d+(?:[.,]\d{1,2})?) ?[x\u00d7] ?(\d+(?:[.,]\d{1,2})?) ?(jam|hari|minggu|bulan|tahun)(?![a-z])([^0-9]*)$/i;
/** "3 jam 30 menit", "1 jam 15 mnt": one duration in jam. */
const HOURS_MINUTES = /^(\d+(?:[.,]\d{1,2})?) ?jam (\d{1,3}) ?(?:menit|mnt)(?![a-z])([^0-9]*)$/i;

/** A part of a compound duration: digits with at most a decimal mark (never thousands: "1.5" is 1,5). */
const partValue = (digits: string): number => Number(digits.replace(',', '.'));

/**
 * A duration written in two parts, read as one amount in jam (or the unit written): "2 x 24 jam" is
 * 48 jam, "3 jam 30 menit" is 3,5 jam. Undefined when the text is not such a form (or holds more
 * arithmetic after it, which arithmeticFailure then reports).
 */
export function compoundDuration(text: string): Result<ParsedNumber> | undefined {
  const times = TIMES_DURATION.exec(text);
  if (times !== null) {
    const [, a = '', b = '', unit = '', rest = ''] = times;
    if (arithmeticIn(rest) !== undefined) return undefined;
    const value = partValue(a) * partValue(b);
    if (!Number.isFinite(value)) return fail('PARSE_NUMBER_NOT_FINITE', { value: shownValue(text) });
    return ok({ value, unit: unit.toLowerCase(), percent: false });
  }
  const hm = HOURS_MINUTES.exec(text);
  if (hm !== null) {
    const [, h = '', m = '', rest = ''] = hm;
    if (arithmeticIn(rest) !== undefined) return undefined;
    const value = partValue(h) + Number(m) / 60;
    if (!Number.isFinite(value)) return fail('PARSE_NUMBER_NOT_FINITE', { value: shownValue(text) });
    return ok({ value, unit: 'jam', percent: false });
  }
  return undefined;
}
