/**
 * Durations in minutes, as regional e-kinerja pages and activity sheets write them: "395 menit",
 * "5,700 menit", "7j 30m", "7 jam 30 menit", "01:30:00", and clock ranges "07.30 - 08.00".
 * Regional apps pay TPP by minutes (Waktu Efektif x Volume; monthly target = working days x 300).
 */
import { fail, ok, type Result } from '../core/issue';
import { formatNumberForLang } from '../messages/format';
import { compoundDuration, tokenValue } from './number';
import { scanNumberToken } from './number-scan';
import { skipSpaces } from './number-words';
import {
  classifyInput,
  describeInput,
  isDashOnly,
  isDigit,
  isLetter,
  isSheetsError,
  shownValue,
} from './text';
import type { Duration, NumberContext } from './types';
import { durationUnitOf } from './units';

/** "07.30 - 08.00", "10:00 s/d 11:30", "13.00-15.30", optionally with seconds and a time zone. */
const CLOCK_RANGE =
  /^(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?\s*(?:-|\u2013|\u2014|~|s\s*[./]?\s*d\.?|sampai(?:\s+dengan)?|hingga|to)\s*(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?(?:\s*(?:wib|wita|wit))?$/i;
/** "01:30" (h:mm) or "01:30:00" (h:mm:ss); hours may exceed 23 in a duration. */
const CLOCK_DURATION = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;
/** "07.30" alone: hours.minutes or a decimal number of minutes? */
const DOTTED_CLOCK = /^(\d{1,2})\.(\d{2})$/;

const HOUR_WORDS = new Set(['j', 'jm', 'jam', 'h', 'hr', 'hrs', 'hour', 'hours']);
const MINUTE_WORDS = new Set(['m', 'mn', 'mnt', 'menit', 'min', 'mins', 'minute', 'minutes']);
const SECOND_WORDS = new Set(['s', 'dt', 'dtk', 'detik', 'sec', 'secs', 'second', 'seconds']);
const JOINING_WORDS = new Set(['dan', 'and']);

const HOURS = 0;
const MINUTES = 1;
const SECONDS = 2;
const MINUTES_PER: readonly number[] = [60, 1, 1 / 60];

/**
 * Minutes rounded to a microminute, so 1,1 jam is 66 and not 66.00000000000001. Beyond about 1e302 the
 * scaling would overflow to Infinity: such a number has no fraction left to round and stays as it is.
 */
export const tidy = (minutes: number): number => {
  const scaled = Math.round(minutes * 1e6);
  return Number.isFinite(scaled) ? scaled / 1e6 : minutes;
};

/** Drops a label such as "Total :" or "Waktu :" (no digits before the colon). */
function withoutLabel(text: string): string {
  const colon = text.indexOf(':');
  if (colon <= 0) return text;
  for (let i = 0; i < colon; i++) if (isDigit(text.charCodeAt(i))) return text;
  return text.slice(colon + 1).trim();
}

function clockMinutes(h: string, m: string, s: string | undefined, maxHour: number): number | undefined {
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > maxHour || minutes > 59 || seconds > 59) return undefined;
  if (hours === 24 && (minutes > 0 || seconds > 0)) return undefined;
  return hours * 60 + minutes + seconds / 60;
}

function parseClockRange(text: string, match: RegExpExecArray): Result<Duration> {
  const [, h1 = '', m1 = '', s1, h2 = '', m2 = '', s2] = match;
  const start = clockMinutes(h1, m1, s1, 23);
  const end = clockMinutes(h2, m2, s2, 24);
  if (start === undefined || end === undefined)
    return fail('DURATION_CLOCK_INVALID', { value: shownValue(text) });
  if (end < start) return fail('DURATION_ACROSS_MIDNIGHT', { value: shownValue(text) });
  return ok({ minutes: tidy(end - start) });
}

function readWord(text: string, pos: number): string {
  let j = pos;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return text.slice(pos, j).toLowerCase();
}

/** "7 jam 30 menit", "7j30m", "1,5 jam", "395 menit", "1 jam 15": components in order h, m, s. */
function parseComponents(text: string, shown: string): Result<Duration> {
  let pos = 0;
  let total = 0;
  let lastRank = -1;
  while (pos < text.length) {
    pos = skipSpaces(text, pos);
    const c = text.charCodeAt(pos);
    if (c === 44 || c === 43) {
      pos++;
      continue;
    }
    const joining = readWord(text, pos);
    if (lastRank >= 0 && JOINING_WORDS.has(joining)) {
      pos += joining.length;
      continue;
    }
    if (!(isDigit(c) || ((c === 45 || c === 46 || c === 44) && isDigit(text.charCodeAt(pos + 1))))) break;
    const token = scanNumberToken(text, pos);
    if (token === undefined) break;
    const unitStart = skipSpaces(text, token.end);
    const word = readWord(text, unitStart);
    // "2 hari" is not 2 minutes: how many minutes a day holds depends on the office's hours.
    const dayBased = durationUnitOf(word);
    if (dayBased !== undefined && dayBased !== 'jam')
      return fail('DURATION_NOT_MINUTES', { value: shown, unit: word });
    let rank = HOUR_WORDS.has(word)
      ? HOURS
      : MINUTE_WORDS.has(word)
        ? MINUTES
        : SECOND_WORDS.has(word)
          ? SECONDS
          : -1;
    // A bare number is minutes: alone ("395"), or after hours ("1 jam 15").
    if (rank < 0 && (lastRank < 0 || lastRank === HOURS)) rank = MINUTES;
    if (rank < 0) return fail('DURATION_INVALID', { value: shown });
    if (rank <= lastRank) return fail('DURATION_REPEATED_UNIT', { value: shown });
    if (token.negative) return fail('DURATION_NEGATIVE', { value: shown });
    const context: NumberContext = rank === MINUTES ? 'minutes' : 'generic';
    const value = tokenValue(text, token, false, context, undefined);
    if (!value.ok) return value;
    total += value.value * (MINUTES_PER[rank] ?? 1);
    lastRank = rank;
    const known = HOUR_WORDS.has(word) || MINUTE_WORDS.has(word) || SECOND_WORDS.has(word);
    pos = known ? unitStart + word.length : token.end;
  }
  if (lastRank < 0) return fail('DURATION_INVALID', { value: shown });
  // Words may follow ("395 menit efektif"), but not more numbers we did not understand.
  for (let i = pos; i < text.length; i++) {
    if (isDigit(text.charCodeAt(i))) return fail('DURATION_INVALID', { value: shown });
  }
  return ok({ minutes: tidy(total) });
}

/** Sheets stores a duration cell as a Date counted from 1899-12-30 (its day zero). */
function durationFromDate(date: Date, shown: string): Result<Duration> {
  const dayZero = new Date(1899, 11, 30).getTime();
  const time = date.getTime();
  if (!Number.isFinite(time) || date.getFullYear() > 1900) return fail('DURATION_DATE', { value: shown });
  const minutes = Math.round((time - dayZero) / 1000) / 60;
  if (minutes < 0) return fail('DURATION_NEGATIVE', { value: shown });
  return ok({ minutes: tidy(minutes) });
}

/**
 * Minutes from a duration cell. A JS number is minutes. Clock ranges give their difference and may
 * not cross midnight (an error asks to split the row). "07.30" alone is an error: 7 hours 30 minutes
 * and 7,3 minutes are both plausible, so the message asks for "7:30" or "7,3 menit".
 */
export function parseDuration(input: unknown): Result<Duration> {
  const cell = classifyInput(input);
  switch (cell.kind) {
    case 'empty':
      return fail('DURATION_EMPTY');
    case 'number':
      if (!Number.isFinite(cell.value)) return fail('DURATION_INVALID', { value: describeInput(cell) });
      if (cell.value < 0) return fail('DURATION_NEGATIVE', { value: describeInput(cell) });
      return ok({ minutes: cell.value === 0 ? 0 : cell.value });
    case 'date':
      return durationFromDate(cell.value, describeInput(cell));
    case 'boolean':
    case 'other':
      return fail('DURATION_INVALID', { value: describeInput(cell) });
    case 'text':
      break;
  }
  if (isSheetsError(cell.text)) return fail('PARSE_FORMULA_ERROR', { value: cell.text });
  if (isDashOnly(cell.text)) return fail('DURATION_EMPTY');
  const text = withoutLabel(cell.text);
  const range = CLOCK_RANGE.exec(text);
  if (range) return parseClockRange(cell.text, range);
  const clock = CLOCK_DURATION.exec(text);
  if (clock) {
    const [, h = '', m = '', s] = clock;
    const minutes = clockMinutes(h, m, s, 999);
    if (minutes === undefined) return fail('DURATION_CLOCK_INVALID', { value: shownValue(cell.text) });
    return ok({ minutes: tidy(minutes) });
  }
  const dotted = DOTTED_CLOCK.exec(text);
  if (dotted && Number(dotted[1]) <= 23 && Number(dotted[2]) <= 59) {
    const [, hours = '', minutes = ''] = dotted;
    const asMinutes = Number(`${hours}.${minutes}`);
    return fail('DURATION_AMBIGUOUS', {
      value: shownValue(cell.text),
      hours: String(Number(hours)),
      minutes,
      minutesId: formatNumberForLang(asMinutes, 'id', 2),
      minutesEn: formatNumberForLang(asMinutes, 'en', 2),
    });
  }
  // "2 x 24 jam": a service standard, 48 hours in practice (number.ts compoundDuration).
  const compound = compoundDuration(text);
  if (compound?.ok) {
    const { value, unit } = compound.value;
    if (unit !== 'jam')
      return fail('DURATION_NOT_MINUTES', { value: shownValue(cell.text), unit: unit ?? '' });
    return ok({ minutes: tidy(value * 60) });
  }
  return parseComponents(text, shownValue(cell.text));
}
