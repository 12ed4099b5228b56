/**
 * The civil calendar the parsers share: month names as offices write them, leap years, days per month.
 * Arithmetic only: no Date object, no time zone, so a date read in Apps Script and in the extension is
 * the same day.
 */

/** Indonesian and English month names and the abbreviations offices write (Agt, Sept, Nop), lower case. */
const MONTH_WORDS = new Map<string, number>(
  [
    ['januari', 'january', 'jan'],
    ['februari', 'pebruari', 'february', 'feb', 'peb'],
    ['maret', 'march', 'mar'],
    ['april', 'apr'],
    ['mei', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['agustus', 'august', 'agu', 'agt', 'ags', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nopember', 'nov', 'nop'],
    ['desember', 'december', 'des', 'dec'],
  ].flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])),
);

/** The month (1-12) a lower-case word names, or undefined. */
export const monthOfWord = (word: string): number | undefined => MONTH_WORDS.get(word);

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
