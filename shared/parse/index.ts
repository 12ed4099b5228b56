/**
 * Parsers for what people type in sheets and what e-kinerja pages show. Every function accepts
 * `unknown` (Sheets passes numbers, strings, booleans, Dates), never throws, and returns a Result
 * whose issue says what was seen and what to write instead.
 */

export { parseDuration } from './duration';
export { parsePolarity, parseRhkKind, parseSakipAnswer, parseStatus, parseYesNo } from './labels';
export { inferNumberLocale, LOCALE_MAJORITY, LOCALE_SAMPLE_LIMIT } from './locale';
export { findNipInText, type NameAndNip, parseNip, readNipFast, splitNameAndNip } from './nip';
export { parseNumber } from './number';
export { isPercentUnit, PERCENT_FRACTION_MAX, parsePercentAsFraction } from './percent';
export {
  findPeriodInText,
  type Period,
  type PeriodKind,
  type PeriodReading,
  parsePeriod,
  periodEnd,
  periodKey,
  periodLabel,
  readPeriod,
} from './period';
export { evidenceGiven, feedbackGiven, outputGiven } from './presence';
export { parsePredikatOrganisasi, parsePredikatPegawai, parseRating } from './ratings';
export { parseTarget } from './target';
/** A cell value as a message quotes it (trimmed, shortened, never "undefined"). */
export { shownValue } from './text';
export type {
  ApprovalStatus,
  Duration,
  NipInfo,
  NumberContext,
  NumberHints,
  NumberLocale,
  ParsedNumber,
  PercentHints,
  Polarity,
  RhkKind,
  Target,
} from './types';
