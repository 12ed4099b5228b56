/**
 * Units written after a number in target and realisasi cells, and how two of them compare.
 *
 * - Money magnitudes (Indonesian number words and their office abbreviations): rb/ribu = 10^3,
 *   jt/juta = 10^6, M/miliar/milyar = 10^9, T/triliun = 10^12. "M" is miliar in Indonesian money
 *   (KBBI; APBD documents write "Rp 1,5 M" for 1,5 miliar), never "mega" or the English "million": a
 *   million is "juta". "M" and "T" count as money only after "Rp"/"IDR" (or in a money column): alone,
 *   "500 M" may be meters and "5 T" tons, so the parser asks which is meant. The value is multiplied
 *   exactly (decimal shift, not a float product) and the unit becomes the spelled word ("miliar").
 * - Durations: jam, hari, minggu, bulan, tahun. Bulan <-> tahun is exact (12). Hari <-> minggu and
 *   hari <-> bulan depend on the office (a "minggu kerja" is 5 working days, a calendar week 7): that is
 *   policy data (capaian.units), open by default, and without it the comparison is refused.
 *   "N menit" stays a plain unit word (the fast readers keep reading it): a duration against a number
 *   without a duration unit is refused rather than guessed.
 */

import { sameButCase } from './text';
/** A duration unit a target or realisasi may be written in. */
export type DurationUnit = 'jam' | 'hari' | 'minggu' | 'bulan' | 'tahun';
const DURATION_UNITS: readonly DurationUnit[] = ['jam', 'hari', 'minggu', 'bulan', 'tahun'];

const DURATION_WORDS: ReadonlyMap<string, DurationUnit> = new Map<string, DurationUnit>([
  ['jam', 'jam'],
  ['hari', 'hari'],
  ['minggu', 'minggu'],
  ['mgg', 'minggu'],
  ['pekan', 'minggu'],
  ['bulan', 'bulan'],
  ['bln', 'bulan'],
  ['tahun', 'tahun'],
  ['thn', 'tahun'],
]);

/** The spelled money magnitudes and their power of ten. */
export type MagnitudeWord = 'ribu' | 'juta' | 'miliar' | 'triliun';
const MAGNITUDE_EXPONENT: Readonly<Record<MagnitudeWord, number>> = {
  ribu: 3,
  juta: 6,
  miliar: 9,
  triliun: 12,
};

/** Magnitude words read whatever stands before the number. */
const MAGNITUDE_WORDS: ReadonlyMap<string, MagnitudeWord> = new Map<string, MagnitudeWord>([
  ['rb', 'ribu'],
  ['rbu', 'ribu'],
  ['ribu', 'ribu'],
  ['jt', 'juta'],
  ['jta', 'juta'],
  ['juta', 'juta'],
  ['miliar', 'miliar'],
  ['milyar', 'miliar'],
  ['milyard', 'miliar'],
  ['triliun', 'triliun'],
  ['trilyun', 'triliun'],
]);

/** "M" and "T": miliar and triliun in money, anything (meter, ton) elsewhere. */
const MONEY_ONLY_MAGNITUDES: ReadonlyMap<string, MagnitudeWord> = new Map<string, MagnitudeWord>([
  ['m', 'miliar'],
  ['t', 'triliun'],
]);

export type MagnitudeReading =
  | { kind: 'magnitude'; word: MagnitudeWord; exponent: number }
  /** "500 M" without Rp: miliar or meter? The parser asks. */
  | { kind: 'ambiguous'; word: string }
  | undefined;

/** What a unit word after a number does to its value; `money`: Rp/IDR before it or a money column. */
export function magnitudeOf(unit: string | undefined, money: boolean): MagnitudeReading {
  if (typeof unit !== 'string') return undefined;
  const lower = unit.toLowerCase();
  const spelled = MAGNITUDE_WORDS.get(lower);
  if (spelled !== undefined)
    return { kind: 'magnitude', word: spelled, exponent: MAGNITUDE_EXPONENT[spelled] };
  const moneyOnly = MONEY_ONLY_MAGNITUDES.get(lower);
  if (moneyOnly === undefined) return undefined;
  if (money) return { kind: 'magnitude', word: moneyOnly, exponent: MAGNITUDE_EXPONENT[moneyOnly] };
  // Lower-case "m"/"t" alone are meters/minutes/tons as people write them; only the capital is doubtful.
  return unit === 'M' || unit === 'T' ? { kind: 'ambiguous', word: unit } : undefined;
}

/** MAGNITUDE_EXPONENT's words. */
const MAGNITUDE_LIST = Object.keys(MAGNITUDE_EXPONENT) as MagnitudeWord[];

/**
 * Whether a unit word is a spelled magnitude the parser has already applied ("miliar" after "Rp 1,5 M").
 * Compared with each word, not looked up as a key: a unit read from a cell is a string of its own, and
 * a key look-up first hashes all of it to find it among the engine's strings (every indicator asks).
 */
export function isMagnitudeWord(unit: unknown): unit is MagnitudeWord {
  if (typeof unit !== 'string') return false;
  for (const word of MAGNITUDE_LIST) if (unit === word) return true;
  return false;
}

/** The power of ten a spelled magnitude stands for. */
export const magnitudeExponent = (word: MagnitudeWord): number => MAGNITUDE_EXPONENT[word];

/** The duration unit a word names ("Minggu", "bln"), or undefined. */
export function durationUnitOf(unit: unknown): DurationUnit | undefined {
  if (typeof unit !== 'string') return undefined;
  return DURATION_WORDS.get(unit.toLowerCase());
}

/**
 * Words after a number that the fast readers leave to the parser because they change the value or its
 * unit (lower-case ASCII): magnitudes, durations, and the doubtful "x" of "5 x 3".
 */
export const SPECIAL_UNIT_WORDS: readonly string[] = [
  ...MAGNITUDE_WORDS.keys(),
  ...MONEY_ONLY_MAGNITUDES.keys(),
  ...DURATION_WORDS.keys(),
  'x',
];

/** The policy part that converts durations (policy capaian.units). */
export interface DurationPolicy {
  daysPerWeek: number | null;
  daysPerMonth: number | null;
  hoursPerDay: number | null;
}

const MONTHS_PER_YEAR = 12;

/** Size of one unit in the next smaller unit, or null when the policy leaves it open. */
function stepDown(unit: DurationUnit, policy: DurationPolicy): { to: DurationUnit; factor: number | null } {
  switch (unit) {
    case 'tahun':
      return { to: 'bulan', factor: MONTHS_PER_YEAR };
    case 'bulan':
      return { to: 'hari', factor: policy.daysPerMonth };
    case 'minggu':
      return { to: 'hari', factor: policy.daysPerWeek };
    case 'hari':
      return { to: 'jam', factor: policy.hoursPerDay };
    case 'jam':
      return { to: 'jam', factor: 1 };
  }
}

/** Rank from the largest unit down; a unit converts only into a smaller one (an exact multiplication). */
const RANK: Readonly<Record<DurationUnit, number>> = { tahun: 4, bulan: 3, minggu: 2, hari: 1, jam: 0 };

/**
 * How many `to` are in one `from`, following the exact steps (tahun -> bulan) and the policy's open ones;
 * null when a step is open (the comparison is refused) or the path does not exist (minggu -> bulan goes
 * through days: both policy numbers are needed).
 */
export function durationFactor(from: DurationUnit, to: DurationUnit, policy: DurationPolicy): number | null {
  if (from === to) return 1;
  if (RANK[from] < RANK[to]) {
    const back = durationFactor(to, from, policy);
    return back === null ? null : 1 / back;
  }
  let unit = from;
  let factor = 1;
  for (let guard = 0; guard < 5 && unit !== to; guard++) {
    // minggu and bulan both step down to hari: going from bulan to minggu means hari then back up.
    if (unit === 'bulan' && to === 'minggu') {
      const perMonth = durationFactor('bulan', 'hari', policy);
      const perWeek = durationFactor('minggu', 'hari', policy);
      return perMonth === null || perWeek === null ? null : (factor * perMonth) / perWeek;
    }
    const step = stepDown(unit, policy);
    if (step.factor === null) return null;
    factor *= step.factor;
    unit = step.to;
  }
  return unit === to ? factor : null;
}

/** Of two duration units, the smaller one (conversions go into it, by multiplication). */
const smallerDuration = (a: DurationUnit, b: DurationUnit): DurationUnit => (RANK[a] <= RANK[b] ? a : b);

const MONEY_WORDS = new Set(['rp', 'idr', 'rupiah']);
const isDuration = (scale: string): scale is DurationUnit =>
  (DURATION_UNITS as readonly string[]).includes(scale);

/** One side of an indicator as the verdict compares it: its scale (indicator.ts AmountScale) and unit word. */
export interface UnitSide {
  scale: string;
  unit: string | undefined;
}

/**
 * Whether two sides are written alike: one scale, and the same unit word (or none) but for its letter case
 * ("Dokumen", "DOKUMEN"), neither of them a magnitude word (those are written exactly: "M" is not "m").
 * Such sides are one kind and the same unit, whatever the kind: compareUnits answers them without
 * lower-casing anything, and a reader of many rows asks this before it builds the sides.
 */
export function sameUnitWritten(
  targetScale: string,
  targetUnit: string | undefined,
  realisasiScale: string,
  realisasiUnit: string | undefined,
): boolean {
  if (targetScale !== realisasiScale) return false;
  if (targetUnit === realisasiUnit) return true;
  return (
    typeof targetUnit === 'string' &&
    typeof realisasiUnit === 'string' &&
    sameButCase(targetUnit, realisasiUnit) &&
    !isMagnitudeWord(targetUnit) &&
    !isMagnitudeWord(realisasiUnit)
  );
}

/** What a side is measured in, for comparison. */
type UnitKind = 'none' | 'percent' | 'money' | 'duration' | 'word';

function kindOf(side: UnitSide): UnitKind {
  if (side.scale === 'points' || side.scale === 'fraction') return 'percent';
  if (isDuration(side.scale)) return 'duration';
  const unit = side.unit;
  if (typeof unit !== 'string' || unit === '') return 'none';
  if (isMagnitudeWord(unit) || MONEY_WORDS.has(unit.toLowerCase())) return 'money';
  return 'word';
}

/** The unit as a message names it: the word written, "%" for a percentage. */
const named = (side: UnitSide, kind: UnitKind): string =>
  kind === 'percent'
    ? '%'
    : kind === 'duration' && typeof side.unit !== 'string'
      ? side.scale
      : (side.unit ?? '');

/** The policy part units need (capaian.units); absent fields leave every open conversion refused. */
export interface UnitsPolicy extends DurationPolicy {
  differentWords: 'compute' | 'refuse';
}

export type UnitComparison =
  /** Compare as the scales say (percent points against fractions as before); `warning`: words differ. */
  | { kind: 'same'; wordsDiffer: boolean }
  /** Durations in different units: multiply each side's values by its factor to compare in `unit`. */
  | {
      kind: 'convert';
      unit: DurationUnit;
      from: DurationUnit;
      factor: number;
      target: number;
      realisasi: number;
    }
  | {
      kind: 'refuse';
      code: 'UNIT_MISMATCH' | 'UNIT_MISSING' | 'UNIT_NOT_CONVERTIBLE' | 'UNIT_WORDS_DIFFER';
      params: Record<string, string>;
    };

const SAME: UnitComparison = { kind: 'same', wordsDiffer: false };
const SAME_WORDS_DIFFER: UnitComparison = { kind: 'same', wordsDiffer: true };

const policyOrOpen = (policy: Partial<UnitsPolicy> | undefined): UnitsPolicy => ({
  daysPerWeek: typeof policy?.daysPerWeek === 'number' ? policy.daysPerWeek : null,
  daysPerMonth: typeof policy?.daysPerMonth === 'number' ? policy.daysPerMonth : null,
  hoursPerDay: typeof policy?.hoursPerDay === 'number' ? policy.hoursPerDay : null,
  differentWords: policy?.differentWords === 'refuse' ? 'refuse' : 'compute',
});

/**
 * Whether a target and a realisasi can be compared, and how. Converted when exact (bulan/tahun) or
 * when the policy sets the open conversions (minggu/bulan/hari/jam); refused, naming both units, when
 * a percentage meets a count or money, a duration meets anything else, or the policy leaves it open.
 * A side with no unit takes the other's (a count, money), except next to a duration: "8" beside
 * "10 hari" may be minutes or days, so it is refused. Different words ("Dokumen", "Laporan") follow
 * policy.differentWords.
 */
export function compareUnits(
  target: UnitSide,
  realisasi: UnitSide,
  policy: Partial<UnitsPolicy> | undefined,
): UnitComparison {
  if (sameUnitWritten(target.scale, target.unit, realisasi.scale, realisasi.unit)) return SAME;
  return compareUnitKinds(target, realisasi, policy);
}

/** compareUnits by the sides' kinds alone, without the written-alike answer (test/shared/speed-distinct-texts.test.ts). */
export function compareUnitKinds(
  target: UnitSide,
  realisasi: UnitSide,
  policy: Partial<UnitsPolicy> | undefined,
): UnitComparison {
  const t = kindOf(target);
  const r = kindOf(realisasi);
  if (t === 'none' && r === 'none') return SAME;
  const targetUnit = named(target, t);
  const realisasiUnit = named(realisasi, r);
  if (t === 'duration' && r === 'duration') {
    const from = target.scale as DurationUnit;
    const to = realisasi.scale as DurationUnit;
    if (from === to) return SAME;
    const rules = policyOrOpen(policy);
    const unit = smallerDuration(from, to);
    const larger = unit === from ? to : from;
    const factor = durationFactor(larger, unit, rules);
    if (factor === null)
      return {
        kind: 'refuse',
        code: 'UNIT_NOT_CONVERTIBLE',
        params: { targetUnit, realisasiUnit, larger, smaller: unit },
      };
    return {
      kind: 'convert',
      unit,
      from: larger,
      factor,
      target: from === larger ? factor : 1,
      realisasi: to === larger ? factor : 1,
    };
  }
  if (t === 'none' || r === 'none') {
    const other = t === 'none' ? r : t;
    if (other !== 'duration') return SAME;
    return t === 'none'
      ? {
          kind: 'refuse',
          code: 'UNIT_MISSING',
          params: { unit: realisasiUnit, withUnit: 'Realisasi', without: 'Target' },
        }
      : {
          kind: 'refuse',
          code: 'UNIT_MISSING',
          params: { unit: targetUnit, withUnit: 'Target', without: 'Realisasi' },
        };
  }
  if (t === 'word' && r === 'word') {
    if (sameWord(targetUnit, realisasiUnit)) return SAME;
    if (policyOrOpen(policy).differentWords === 'compute') return SAME_WORDS_DIFFER;
    return { kind: 'refuse', code: 'UNIT_WORDS_DIFFER', params: { targetUnit, realisasiUnit } };
  }
  if (t === r) return SAME; // percent and percent, money and money
  return { kind: 'refuse', code: 'UNIT_MISMATCH', params: { targetUnit, realisasiUnit } };
}

/** Whether two unit words name the same thing ("Dokumen" and "dokumen" do; "Dokumen" and "Laporan" do not). */
const sameWord = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
