import { t } from '../messages/format';
import { daysInMonth, monthOfWord } from './calendar';

/**
 * Reporting periods written in titles, meta lines and sheet names: "Periode : Mei 2024", "TW II 2024",
 * "Semester 1 Tahun 2024", "05/2024". PermenPANRB 6/2022 evaluates by quarter (Triwulan I-IV) and
 * many regions by month (SHEETS-IN-THE-WILD.md, family 7), so both are read. A range such as
 * "Januari s.d. Maret 2024" is reported as such, never turned into one period by guessing; two dates
 * spanning exactly one month or one year ("1 Januari 2025 s/d 31 Desember 2025") are that period.
 */

export type PeriodKind = 'month' | 'quarter' | 'semester' | 'year';

/** index: 1-12 for a month, 1-4 for a quarter, 1-2 for a semester, 1 for a year. */
export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

/** What a text says about its period: nothing, one period, or a range / several periods. */
export type PeriodReading =
  | { status: 'none' }
  | { status: 'one'; period: Period }
  | { status: 'ambiguous'; reason: 'range' | 'several'; periods: Period[] };

const QUARTER_WORDS = new Set(['triwulan', 'tw', 'kuartal', 'quarter', 'q']);
const SEMESTER_WORDS = new Set(['semester', 'smt', 'sem']);
const YEAR_WORDS = new Set(['tahun', 'ta', 'year', 'thn']);
const RANGE_WORDS = new Set(['sd', 'sampai', 'hingga', 'to', 'until', 'through']);
/** Words a meta line may put before or around the period ("Periode Penilaian : Bulan Mei 2024"). */
const KEY_WORDS = new Set([
  'periode',
  'bulan',
  'masa',
  'penilaian',
  'laporan',
  'month',
  'period',
  'anggaran',
]);
const ROMAN = new Map<string, number>([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
]);

type Token = { text: string; kind: 'word' | 'number' | 'mark' };

/** Lowercase words, digit runs and single marks; "s.d." / "s/d" become the word "sd". */
function tokenize(text: string): Token[] {
  const lower = text
    .toLowerCase()
    .replace(/\bs\s*[./]\s*d\b\.?/g, ' sd ')
    .replace(/[–—]/g, ' ~ ');
  const tokens: Token[] = [];
  for (const match of lower.matchAll(/[a-z]+|\d+|[^\sa-z\d]/g)) {
    const piece = match[0];
    tokens.push({ text: piece, kind: /^\d/.test(piece) ? 'number' : /^[a-z]/.test(piece) ? 'word' : 'mark' });
  }
  return tokens;
}

const yearOf = (token: Token | undefined): number | undefined => {
  if (token?.kind !== 'number' || token.text.length !== 4) return undefined;
  const year = Number(token.text);
  return year >= 1900 && year <= 2100 ? year : undefined;
};

const smallNumber = (token: Token | undefined, max: number): number | undefined => {
  if (token?.kind !== 'number' || token.text.length > 2) return undefined;
  const value = Number(token.text);
  return value >= 1 && value <= max ? value : undefined;
};

/** A period found at a token position; `year` undefined for "Januari" before "s.d. Maret 2024". */
interface Found {
  kind: PeriodKind;
  index: number;
  year?: number;
  /** A day-level date ("12 Juni 2024"): the date of a signature, not a period, unless in a range. */
  date?: boolean;
  /** A date's day of the month. */
  day?: number;
  start: number;
  end: number;
}

/** Skips "tahun" / "ta" / "anggaran" and separators before a year: "Semester 1 Tahun Anggaran 2024". */
function yearAfter(tokens: readonly Token[], from: number): { year: number; end: number } | undefined {
  let i = from;
  while (i < tokens.length && i < from + 4) {
    const token = tokens[i]!;
    const year = yearOf(token);
    if (year !== undefined) return { year, end: i + 1 };
    const filler =
      (token.kind === 'mark' && /[-/.,:]/.test(token.text)) ||
      YEAR_WORDS.has(token.text) ||
      token.text === 'anggaran';
    if (!filler) return undefined;
    i++;
  }
  return undefined;
}

/** "ke-2", "II", "2", ". II" after Triwulan/Semester. */
function ordinalAfter(
  tokens: readonly Token[],
  from: number,
  max: number,
): { value: number; end: number } | undefined {
  let i = from;
  if (tokens[i]?.kind === 'mark' && /[-.:]/.test(tokens[i]!.text)) i++;
  if (tokens[i]?.text === 'ke') i++;
  if (tokens[i]?.kind === 'mark' && tokens[i]!.text === '-') i++;
  const token = tokens[i];
  const value = token?.kind === 'word' ? ROMAN.get(token.text) : smallNumber(token, max);
  return value !== undefined && value <= max ? { value, end: i + 1 } : undefined;
}

function withYear(found: Omit<Found, 'year' | 'end'>, tokens: readonly Token[], at: number): Found {
  const year = yearAfter(tokens, at);
  return year ? { ...found, year: year.year, end: year.end } : { ...found, end: at };
}

/** The period expression starting at token i, if any. */
function periodAt(tokens: readonly Token[], i: number): Found | undefined {
  const token = tokens[i]!;
  const month = monthOfWord(token.text);
  if (month !== undefined) return withYear({ kind: 'month', index: month, start: i }, tokens, i + 1);
  if (QUARTER_WORDS.has(token.text) || SEMESTER_WORDS.has(token.text)) {
    const kind = QUARTER_WORDS.has(token.text) ? 'quarter' : 'semester';
    const ordinal = ordinalAfter(tokens, i + 1, kind === 'quarter' ? 4 : 2);
    if (ordinal) return withYear({ kind, index: ordinal.value, start: i }, tokens, ordinal.end);
    return undefined;
  }
  if (YEAR_WORDS.has(token.text)) {
    const year = yearAfter(tokens, i + 1);
    return year ? { kind: 'year', index: 1, year: year.year, start: i, end: year.end } : undefined;
  }
  const day = smallNumber(token, 31);
  const next = tokens[i + 1];
  // "12 Juni 2024": a date, kept only so that "1 Januari s.d. 31 Maret 2026" reads as a range.
  const dayMonth = next ? monthOfWord(next.text) : undefined;
  if (day !== undefined && dayMonth !== undefined)
    return withYear({ kind: 'month', index: dayMonth, start: i, date: true, day }, tokens, i + 2);
  return numericAt(tokens, i);
}

const isMark = (token: Token | undefined, marks: string): boolean =>
  token?.kind === 'mark' && marks.includes(token.text);

/**
 * A numeric date, "31/05/2024", "31-05-2024", "31.5.2024" (day first, as Indonesian sheets write it) or
 * "2024-05-31": a day-level date like "12 Juni 2024" (a signature, a print date), not a period, kept
 * only so that "01/01/2024 s.d. 31/03/2024" reads as a range.
 */
function numericDateAt(tokens: readonly Token[], i: number): Found | undefined {
  const [a, sep, b, sep2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!isMark(sep, '/-.') || !isMark(sep2, '/-.')) return undefined;
  const month = smallNumber(b, 12);
  if (month === undefined) return undefined;
  const dayFirst = smallNumber(a, 31) !== undefined ? yearOf(c) : undefined;
  const year = dayFirst ?? (smallNumber(c, 31) !== undefined ? yearOf(a) : undefined);
  const day = dayFirst !== undefined ? smallNumber(a, 31) : smallNumber(c, 31);
  return year === undefined
    ? undefined
    : { kind: 'month', index: month, year, date: true, day, start: i, end: i + 5 };
}

/** "05/2024", "2024-05", "2024-Q2"; "31/05/2024" and "2024-05-31" are dates, not periods. */
function numericAt(tokens: readonly Token[], i: number): Found | undefined {
  const date = numericDateAt(tokens, i);
  if (date) return date;
  const [a, sep, b, sep2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  const year = yearOf(a);
  const dateFollows = isMark(sep2, '/-.') && c?.kind === 'number';
  if (year !== undefined) {
    if (isMark(sep, '-/') && b?.text === 'q') {
      const quarter = smallNumber(tokens[i + 3], 4);
      if (quarter) return { kind: 'quarter', index: quarter, year, start: i, end: i + 4 };
    }
    const month = isMark(sep, '-/.') ? smallNumber(b, 12) : undefined;
    if (month !== undefined && !dateFollows)
      return { kind: 'month', index: month, year, start: i, end: i + 3 };
    return { kind: 'year', index: 1, year, start: i, end: i + 1 };
  }
  const month = smallNumber(a, 12);
  const monthYear = yearOf(b);
  if (month !== undefined && isMark(sep, '/-.') && monthYear !== undefined && !isMark(tokens[i - 1], '/-.'))
    return { kind: 'month', index: month, year: monthYear, start: i, end: i + 3 };
  return undefined;
}

/** Every period expression in order, and the tokens that belong to none. */
function scan(tokens: readonly Token[]): { found: Found[]; rest: Token[] } {
  const found: Found[] = [];
  const rest: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = periodAt(tokens, i);
    if (hit && hit.end > i) {
      found.push(hit);
      i = hit.end;
    } else {
      rest.push(tokens[i]!);
      i++;
    }
  }
  return { found, rest };
}

const isRangeLink = (tokens: readonly Token[], from: number, to: number): boolean => {
  const between = tokens.slice(from, to).filter((token) => token.text !== 'dengan');
  return between.length === 1 && (RANGE_WORDS.has(between[0]!.text) || isMark(between[0], '-~'));
};

/** Words and marks that list periods: "Mei dan Juni 2024", "Mei, Juni 2024", "Mei/Juni 2024". */
const LIST_WORDS = new Set(['dan', 'and', 'serta']);

/** Nothing but list words and marks between two periods (nothing at all: "Mei Juni 2024"). */
const isListLink = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).every((token) => LIST_WORDS.has(token.text) || isMark(token, ',&+/;'));

/**
 * Each period's year: its own, else (a month listed before another, "Mei dan Juni 2024") the year of
 * the period it is listed with, so the list reads as the several periods it names, never as its last.
 */
function yearsOf(tokens: readonly Token[], found: readonly Found[]): (number | undefined)[] {
  const years: (number | undefined)[] = found.map((f) => f.year);
  for (let k = found.length - 2; k >= 0; k--) {
    const [here, next] = [found[k]!, found[k + 1]!];
    if (years[k] === undefined && isListLink(tokens, here.end, next.start)) years[k] = years[k + 1];
  }
  return years;
}

const RANK: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, semester: 6, year: 12 };

/** First and last month (1-12) a period covers. */
const monthsOf = (p: Period): [number, number] => {
  const size = RANK[p.kind];
  return [(p.index - 1) * size + 1, p.index * size];
};

/** True when `outer` strictly contains `inner` ("Tahun 2024" contains "Mei 2024"). */
export function periodContains(outer: Period, inner: Period): boolean {
  if (outer.year !== inner.year || RANK[outer.kind] <= RANK[inner.kind]) return false;
  const [from, to] = monthsOf(outer);
  const [innerFrom, innerTo] = monthsOf(inner);
  return from <= innerFrom && innerTo <= to;
}

function decide(tokens: readonly Token[], found: readonly Found[]): PeriodReading {
  for (let k = 0; k + 1 < found.length; k++) {
    const [left, right] = [found[k]!, found[k + 1]!];
    if (!isRangeLink(tokens, left.end, right.start) || right.year === undefined) continue;
    const from: Period = { kind: left.kind, index: left.index, year: left.year ?? right.year };
    const to: Period = { kind: right.kind, index: right.index, year: right.year };
    if (periodKey(from) === periodKey(to) && !left.date) return { status: 'one', period: to };
    // Two dates from the first day of a month to the last day of that month, or of its year's December
    // ("01 November 2025 - 30 November 2025", "1 Januari 2025 s/d 31 Desember 2025"): that month, or
    // that year, exactly; any other span of dates stays a range.
    // Only when the two dates are all the text names: a span beside other periods stays ambiguous.
    const whole =
      found.length === 2 && left.date && right.date && left.day === 1 && from.year === to.year
        ? right.day === daysInMonth(to.year, to.index)
        : false;
    if (whole && from.index === to.index) return { status: 'one', period: to };
    if (whole && from.index === 1 && to.index === 12)
      return { status: 'one', period: { kind: 'year', index: 1, year: to.year } };
    return { status: 'ambiguous', reason: 'range', periods: [from, to] };
  }
  const periods: Period[] = [];
  const years = yearsOf(tokens, found);
  found.forEach((f, k) => {
    const year = years[k];
    if (year === undefined || f.date) return;
    const period: Period = { kind: f.kind, index: f.index, year };
    if (!periods.some((p) => periodKey(p) === periodKey(period))) periods.push(period);
  });
  // "Tahun 2024 Bulan Mei 2024" names one month; a year around it adds nothing.
  const specific = periods.filter((p) => !periods.some((q) => periodContains(p, q)));
  if (specific.length === 0) return { status: 'none' };
  if (specific.length === 1) return { status: 'one', period: specific[0]! };
  return { status: 'ambiguous', reason: 'several', periods: specific };
}

/**
 * Reads a cell that holds a period and nothing else but its key ("Bulan : Mei 2024",
 * "Periode: Januari 2026", "Triwulan I 2024", "05/2024"), or a range or list of them ("Mei dan Juni
 * 2024": ambiguous). Other words make it 'none'.
 */
export function readPeriod(text: string): PeriodReading {
  const tokens = tokenize(text);
  const { found, rest } = scan(tokens);
  const extra = rest.some(
    (token) =>
      (token.kind === 'word' &&
        !KEY_WORDS.has(token.text) &&
        !RANGE_WORDS.has(token.text) &&
        !LIST_WORDS.has(token.text) &&
        token.text !== 'dengan') ||
      token.kind === 'number',
  );
  return extra ? { status: 'none' } : decide(tokens, found);
}

/** One period, or null when the text names none or a range / several periods (see readPeriod). */
export function parsePeriod(text: string): Period | null {
  const reading = readPeriod(text);
  return reading.status === 'one' ? reading.period : null;
}

/**
 * The period a title or meta line names anywhere in it ("REKAPITULASI KEHADIRAN BULAN MEI 2024").
 * A day-level date alone ("Manado, 12 Juni 2024", "31/05/2024", "2024-05-31") is a signature or print
 * date, not a period; "Mei dan Juni 2024" names several periods (ambiguous, never the last one alone).
 */
export function findPeriodInText(text: string): PeriodReading {
  const tokens = tokenize(text);
  return decide(tokens, scan(tokens).found);
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const ROMAN_OF = ['', 'I', 'II', 'III', 'IV'];

/** A stable key: "2024-05", "2024-Q2", "2024-S1", "2024". */
export function periodKey(p: Period): string {
  if (p.kind === 'month') return `${p.year}-${pad(p.index)}`;
  if (p.kind === 'quarter') return `${p.year}-Q${p.index}`;
  if (p.kind === 'semester') return `${p.year}-S${p.index}`;
  return String(p.year);
}

const MONTH_NAMES: Readonly<Record<'id' | 'en', readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "Mei 2024", "Triwulan II 2024", "Semester I 2024", "Tahun 2024" (English with lang 'en'). */
/** The last day of a period as ISO yyyy-mm-dd (a month's last day, a quarter's, a semester's, 31 December). */
export function periodEnd(p: Period): string {
  const lastMonth =
    p.kind === 'month'
      ? p.index
      : p.kind === 'quarter'
        ? p.index * 3
        : p.kind === 'semester'
          ? p.index * 6
          : 12;
  const days = daysInMonth(p.year, lastMonth);
  return `${String(p.year).padStart(4, '0')}-${String(lastMonth).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

export function periodLabel(p: Period, lang: 'id' | 'en' = 'id'): string {
  const year = String(p.year);
  if (p.kind === 'month')
    return t('PERIOD_LABEL_MONTH', { month: MONTH_NAMES[lang][p.index - 1] ?? '-', year }, lang);
  if (p.kind === 'quarter') return t('PERIOD_LABEL_QUARTER', { roman: ROMAN_OF[p.index] ?? '-', year }, lang);
  if (p.kind === 'semester')
    return t('PERIOD_LABEL_SEMESTER', { roman: ROMAN_OF[p.index] ?? '-', year }, lang);
  return t('PERIOD_LABEL_YEAR', { year }, lang);
}
