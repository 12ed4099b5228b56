import { type Failure, fail, type Issue, type Result } from '../core/issue';
import type { RawNumber } from '../model/input';
import { parseNumber } from '../parse/number';
import { PERCENT_FRACTION_MAX } from '../parse/percent';
import { parseTarget } from '../parse/target';
import type { NumberHints, ParsedNumber, Polarity, Target } from '../parse/types';
import {
  compareUnits,
  durationUnitOf,
  isMagnitudeWord,
  magnitudeExponent,
  sameUnitWritten,
  type UnitComparison,
  type UnitsPolicy,
} from '../parse/units';
import type { Policy } from '../policy/schema';
import type { Rating } from '../policy/sections/rating';
import { CapaianSlot, capaianBetweenInto, capaianValue } from './capaian';
import { type Category, categorize } from './category';
import type { TargetForPeriod } from './prorate';
import { proposeHasilRating } from './rating';
import { isFiniteNumber } from './shown';

/*
 * The verdict on one indicator (IKI), decided once for every surface: Hitung nilai (through the pipeline),
 * the custom functions CAPAIAN / KATEGORI_CAPAIAN / RATING_HASIL, and the overlay's badges. Reading a
 * cell gives an Amount or a Measure (numbers on one scale, percentages as fractions); deciding turns
 * those facts into capaian, category, proposed rating and flags. See docs/rules.md#capaian.
 */

/** A number a sheet holds with its format (model/input RawNumber), as opposed to text to parse. */
export const isNumberCell = (value: unknown): value is RawNumber =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RawNumber).number === 'number' &&
  typeof (value as RawNumber).percent === 'boolean';

export type { Amount, AmountScale, Measure } from './measure';

import type { Amount, AmountScale, Measure } from './measure';

/** The scale of a parsed value: points for a percent, the duration unit for "2 minggu", else bare. */
const scaleOf = (percent: boolean, unit: string | undefined): AmountScale =>
  percent ? 'points' : (durationUnitOf(unit) ?? 'bare');

/** The unit word kept on an Amount or Measure: none for a percent (its scale says it). */
const wordOf = (percent: boolean, unit: string | undefined): { unit?: string } =>
  !percent && typeof unit === 'string' && unit !== '' ? { unit } : {};

/** A parsed number as an Amount: "85 %" is 85 points, "2 minggu" 2 on the scale minggu. */
export const amountOf = (n: ParsedNumber): Amount => ({
  value: n.value,
  scale: scaleOf(n.percent, n.unit),
  ...wordOf(n.percent, n.unit),
});

/** A parsed target as a Measure: "80 - 90 %" is 80..90 points. */
export const measureOf = (t: Target): Measure =>
  t.kind === 'single'
    ? { kind: 'single', value: t.value, scale: scaleOf(t.percent, t.unit), ...wordOf(t.percent, t.unit) }
    : {
        kind: 'range',
        low: t.low,
        high: t.high,
        scale: scaleOf(t.percent, t.unit),
        ...wordOf(t.percent, t.unit),
      };

/**
 * A realisasi cell read once: a number the sheet holds (RawNumber, or a plain number as custom functions
 * receive it) is taken as it is; text is parsed with the column's hints.
 */
export function readAmount(cell: unknown, hints?: NumberHints): Result<Amount> {
  if (isNumberCell(cell)) {
    if (!Number.isFinite(cell.number)) return parseNumber(cell.text, hints) as Failure;
    return { ok: true, value: { value: cell.number, scale: cell.percent ? 'fraction' : 'bare' } };
  }
  const parsed = parseNumber(cell, hints);
  return parsed.ok ? { ok: true, value: amountOf(parsed.value) } : parsed;
}

/** A target cell read once, like readAmount; text may hold a range ("80-90", "80 s/d 90 %"). */
export function readMeasure(cell: unknown, hints?: NumberHints): Result<Measure> {
  if (isNumberCell(cell)) {
    if (!Number.isFinite(cell.number)) return parseTarget(cell.text, hints) as Failure;
    return {
      ok: true,
      value: { kind: 'single', value: cell.number, scale: cell.percent ? 'fraction' : 'bare' },
    };
  }
  const parsed = parseTarget(cell, hints);
  return parsed.ok ? { ok: true, value: measureOf(parsed.value) } : parsed;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

const upper = (m: Measure): number => (m.kind === 'single' ? m.value : m.high);

/**
 * Whether a side is in percentage points once the other side is known: "85 %" always is; a bare number
 * next to a percentage is points above PERCENT_FRACTION_MAX (85 next to "90 %") and a fraction at or
 * below it (0.85 next to "90 %"): the rule of parsePercentAsFraction. Two bare numbers compare as written.
 */
const inPoints = (scale: AmountScale, magnitude: number, other: AmountScale): boolean =>
  scale === 'points' || (scale === 'bare' && other !== 'bare' && Math.abs(magnitude) > PERCENT_FRACTION_MAX);

const asTarget = (m: Measure, by: number): Target =>
  m.kind === 'single'
    ? { kind: 'single', value: by === 1 ? m.value : m.value / by, percent: m.scale !== 'bare' }
    : {
        kind: 'range',
        low: by === 1 ? m.low : m.low / by,
        high: by === 1 ? m.high : m.high / by,
        percent: m.scale !== 'bare',
      };

/**
 * Target and realisasi on one scale, so that a sheet formatted as percent, the same values typed as
 * text, and the same cells passed to a custom function give the same capaian. Sides written alike are
 * compared as written (no division, so no rounding noise); otherwise the side in points is divided by 100.
 * Null when a side is not a well-formed fact (capaianOf then names what is wrong).
 */
export function alignScales(
  target: Measure,
  realisasi: Amount,
  policy?: Pick<Policy, 'capaian'>,
): { target: Target; realisasi: number } | null {
  if (!wellFormedMeasure(target) || !wellFormedAmount(realisasi)) return null;
  const units = unitComparison(target.scale, unitWord(target), realisasi.scale, unitWord(realisasi), policy);
  // Units that cannot be compared: no aligned pair (capaianOf says why).
  if (units.kind === 'refuse') return null;
  if (units.kind === 'convert') {
    const by = units.target;
    const converted: Measure =
      target.kind === 'single'
        ? { kind: 'single', value: target.value * by, scale: 'bare' }
        : { kind: 'range', low: target.low * by, high: target.high * by, scale: 'bare' };
    return { target: asTarget(converted, 1), realisasi: realisasi.value * units.realisasi };
  }
  const targetPoints = inPoints(target.scale, upper(target), realisasi.scale);
  const realisasiPoints = inPoints(realisasi.scale, realisasi.value, target.scale);
  if (targetPoints === realisasiPoints) return { target: asTarget(target, 1), realisasi: realisasi.value };
  return targetPoints
    ? { target: asTarget(target, 100), realisasi: realisasi.value }
    : { target: asTarget(target, 1), realisasi: realisasi.value / 100 };
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const wellFormedAmount = (a: unknown): a is Amount => isObject(a) && finite((a as Amount).value);
function wellFormedMeasure(m: unknown): m is Measure {
  if (!isObject(m)) return false;
  const x = m as Measure;
  return x.kind === 'single' ? finite(x.value) : x.kind === 'range' && finite(x.low) && finite(x.high);
}

/** Capaian from a target and a realisasi read from cells, on one scale (see alignScales). */
export function capaianOf(
  target: Measure,
  realisasi: Amount,
  polarity: Polarity,
  policy: Pick<Policy, 'capaian'>,
): number | Failure {
  if (!wellFormedMeasure(target) || !wellFormedAmount(realisasi))
    return capaianValue(
      target as unknown as Target,
      (realisasi as Amount | null)?.value as number,
      polarity,
      policy.capaian,
    );
  return target.kind === 'single'
    ? capaianOfMeasured(
        false,
        target.value,
        target.value,
        target.scale,
        realisasi.value,
        realisasi.scale,
        polarity,
        policy,
        unitWord(target),
        unitWord(realisasi),
      )
    : capaianOfMeasured(
        true,
        target.low,
        target.high,
        target.scale,
        realisasi.value,
        realisasi.scale,
        polarity,
        policy,
        unitWord(target),
        unitWord(realisasi),
      );
}

/** The unit word of a side, when it is text (facts built elsewhere may carry anything). */
const unitWord = (side: Measure | Amount): string | undefined => {
  const unit = (side as { unit?: unknown }).unit;
  return typeof unit === 'string' && unit !== '' ? unit : undefined;
};

const PLAIN_SCALES: ReadonlySet<unknown> = new Set(['bare', 'fraction', 'points']);

/** Two sides written without units beyond percent (most rows): compared by scales alone. */
const UNITS_PLAIN: UnitComparison = { kind: 'same', wordsDiffer: false };

/** How the units of a target and a realisasi compare (parse/units.ts compareUnits), under the policy. */
function unitComparison(
  targetScale: AmountScale,
  targetUnit: string | undefined,
  realisasiScale: AmountScale,
  realisasiUnit: string | undefined,
  policy: Pick<Policy, 'capaian'> | undefined,
): UnitComparison {
  // Sides written alike (one scale, the same word or none, "Dokumen" and "DOKUMEN" too): compareUnits' own
  // answer, asked before its sides are built, so most rows make no side records and no lower-cased copies.
  if (
    typeof targetScale === 'string' &&
    typeof realisasiScale === 'string' &&
    sameUnitWritten(targetScale, targetUnit, realisasiScale, realisasiUnit)
  )
    return UNITS_PLAIN;
  if (
    targetUnit === undefined &&
    realisasiUnit === undefined &&
    PLAIN_SCALES.has(targetScale) &&
    PLAIN_SCALES.has(realisasiScale)
  )
    return UNITS_PLAIN;
  const units =
    isObject(policy) && isObject(policy.capaian) ? (policy.capaian as { units?: unknown }).units : undefined;
  return compareUnits(
    { scale: typeof targetScale === 'string' ? targetScale : '', unit: targetUnit },
    { scale: typeof realisasiScale === 'string' ? realisasiScale : '', unit: realisasiUnit },
    isObject(units) ? (units as Partial<UnitsPolicy>) : undefined,
  );
}

/**
 * capaianOf on plain fields, for a caller that reads many rows (no Measure, Amount or aligned Target per
 * row): a range target low..high when `range`, else the single value `high`, each side on its scale.
 * alignScales's rule: sides written alike compare as written; otherwise the side in points is divided
 * by 100.
 */
export function capaianOfMeasured(
  range: boolean,
  low: number,
  high: number,
  targetScale: AmountScale,
  realisasi: number,
  realisasiScale: AmountScale,
  polarity: Polarity,
  policy: Pick<Policy, 'capaian'>,
  targetUnit?: string,
  realisasiUnit?: string,
): number | Failure {
  const out = new CapaianSlot();
  const failure = capaianOfSides(
    out,
    { range, low, value: high, scale: targetScale, unit: targetUnit },
    { range: false, low: realisasi, value: realisasi, scale: realisasiScale, unit: realisasiUnit },
    polarity,
    policy,
  );
  return failure ?? out.value;
}

/**
 * A side of a capaian in plain fields, as a reader of many rows keeps it (the pipeline's target and
 * realisasi columns): a range low..value when `range` (a target only), else the single `value`, on its
 * scale, with its unit word.
 */
export interface MeasuredSide {
  range: boolean;
  low: number;
  value: number;
  scale: AmountScale;
  unit: string | undefined;
}

/**
 * capaianOfMeasured on the two sides' fields, into `out` (score/capaian.ts CapaianSlot): the failure,
 * or null when the capaian is in `out.value`. The pipeline's path: its sides are read where they are and
 * its 100,000 capaian reach the columns as plain numbers, none boxed on the way.
 */
export function capaianOfSides(
  out: CapaianSlot,
  target: MeasuredSide,
  realisasiSide: MeasuredSide,
  polarity: Polarity,
  policy: Pick<Policy, 'capaian'>,
): Failure | null {
  const range = target.range;
  const low = target.low;
  const high = target.value;
  const targetScale = target.scale;
  const realisasi = realisasiSide.value;
  const realisasiScale = realisasiSide.scale;
  const units = unitComparison(targetScale, target.unit, realisasiScale, realisasiSide.unit, policy);
  if (units.kind === 'refuse') return fail(units.code, units.params);
  if (units.kind === 'convert')
    return capaianBetweenInto(
      out,
      range,
      low * units.target,
      high * units.target,
      realisasi * units.realisasi,
      polarity,
      policy.capaian,
    );
  const targetPoints = inPoints(targetScale, high, realisasiScale);
  if (targetPoints === inPoints(realisasiScale, realisasi, targetScale))
    return capaianBetweenInto(out, range, low, high, realisasi, polarity, policy.capaian);
  return targetPoints
    ? capaianBetweenInto(out, range, low / 100, high / 100, realisasi, polarity, policy.capaian)
    : capaianBetweenInto(out, range, low, high, realisasi / 100, polarity, policy.capaian);
}

/** What a supervisor must see on an indicator, besides its capaian. One label each in the catalog (FLAG_*). */
export const INDICATOR_FLAGS = [
  /** A plan: the table has targets and no realisasi column yet. */
  'target_saja',
  /** A target without realisasi: not reported yet. */
  'realisasi_kosong',
  /** A realisasi is there but the capaian cannot be computed (the issue says why). */
  'tidak_terhitung',
  /** A realisasi without bukti dukung (PermenPANRB 6/2022: realisasi rests on evidence). */
  'tanpa_bukti',
  /** A realisasi without umpan balik from the supervisor. */
  'tanpa_umpan_balik',
] as const;
export type IndicatorFlag = (typeof INDICATOR_FLAGS)[number];

/** The facts read from one indicator row; how they were read (sheet cells, page text) does not matter here. */
export interface IndicatorFacts {
  target: Result<Measure>;
  /** 'absent': the table has no realisasi column (a plan); 'empty': the cell is empty. */
  realisasi: Result<Amount> | 'absent' | 'empty';
  polarity: Polarity;
  /** Whether bukti dukung is given; undefined when the table has no such column. */
  evidence?: boolean | undefined;
  /** Whether umpan balik is given; undefined when the table has no such column. */
  feedback?: boolean | undefined;
  /**
   * The target the period's realisasi meets, when an annual target was prorated or replaced by the period's
   * own (score/indicator-period.ts decideIndicatorForPeriod decides it, with its note), or the failure
   * when the period's own target is missing. Absent: the target is the period's.
   */
  prepared?: TargetForPeriod | Failure | undefined;
}

export interface IndicatorVerdict {
  capaian: number | null;
  kategori: Category | null;
  ratingUsulan: Rating | null;
  flags: readonly IndicatorFlag[];
  /** Why the capaian is missing (an unreadable cell or an uncomputable pair), without its location. */
  issue: Issue | null;
  /** The cell the issue is about, for the surface to place it. */
  issueField: 'target' | 'realisasi' | null;
  /**
   * What the capaian rests on beyond the numbers, when there is something to say: a unit converted
   * ("Rp 1,5 M" read as 1.500.000.000 rupiah, "2 minggu" compared in hari) or a warning (unit words
   * differ). Absent when there is nothing to say.
   */
  notes?: readonly Issue[];
}

/**
 * The flags of an indicator, one frozen list per combination (in INDICATOR_FLAGS order, as they are
 * raised), shared by every indicator that has them: 100,000 rows need no list of their own.
 */
const FLAG_LISTS: readonly (readonly IndicatorFlag[])[] = Array.from(
  { length: 1 << INDICATOR_FLAGS.length },
  (_, mask) => Object.freeze(INDICATOR_FLAGS.filter((_, bit) => (mask & (1 << bit)) !== 0)),
);
const TARGET_SAJA = 1;
const REALISASI_KOSONG = 2;
const TIDAK_TERHITUNG = 4;
const TANPA_BUKTI = 8;
const TANPA_UMPAN_BALIK = 16;

/** Capaian failures caused by the target cell rather than the realisasi (so the message points at it). */
const TARGET_FAILURES = new Set<string>([
  'CAPAIAN_TARGET_ZERO',
  'CAPAIAN_TARGET_NEGATIVE',
  'CAPAIAN_TARGET_INVALID',
  'CAPAIAN_RANGE_INVERTED',
]);
/**
 * The period's own target missing or empty (score/prorate.ts, PERIOD_TARGET_COLUMN_MISSING and _CELL_EMPTY)
 * is the target's failure too. Matched by prefix so that the overlay's bundle, which never scores periods,
 * does not carry those messages (extension/build.ts keeps the codes a bundle names).
 */
const isTargetFailure = (code: string): boolean =>
  TARGET_FAILURES.has(code) || code.startsWith('PERIOD_TARGET_');

/** What a realisasi cell held, as IndicatorDecision.decide reads it. */
export type RealisasiRead = 'absent' | 'empty' | 'unreadable' | 'read';

/**
 * The one indicator verdict, decided on facts given as plain values and left in its own fields. Every
 * surface decides through it: decideIndicator (the custom functions, the overlay) with one per call, the
 * pipeline with one per sheet, reused for its 100,000 rows (no facts, verdict or flag list per row).
 * The verdict's fields hold the last decision: read them before the next.
 */
export class IndicatorDecision implements IndicatorVerdict {
  /** Whether the last decision has a capaian (then `measured`; `capaian` reads them). */
  hasCapaian = false;
  /** The last capaian decided, a plain number written in place (read only when `hasCapaian`). */
  measured = 0;
  kategori: Category | null = null;
  ratingUsulan: Rating | null = null;
  flags: readonly IndicatorFlag[] = FLAG_LISTS[0] as readonly IndicatorFlag[];
  issue: Issue | null = null;
  issueField: 'target' | 'realisasi' | null = null;

  /** The capaian decided last, null when none. */
  get capaian(): number | null {
    return this.hasCapaian ? this.measured : null;
  }

  /** The verdict as JSON writes it: its IndicatorVerdict fields, as before the capaian became a plain field. */
  toJSON(): IndicatorVerdict {
    const { capaian, kategori, ratingUsulan, flags, issue, issueField } = this;
    return { capaian, kategori, ratingUsulan, flags, issue, issueField };
  }

  /**
   * Decides. `targetRead`: whether the target cell was read (else `targetIssue` says why not);
   * `realisasi`: what its cell held ('unreadable': `realisasiIssue` says why); `computed`: when both
   * were read, the capaian or why it cannot be computed (capaianOf, capaianOfMeasured). Flags follow
   * decideIndicator's rule.
   */
  decide(
    targetRead: boolean,
    targetIssue: Issue | null | undefined,
    realisasi: RealisasiRead,
    realisasiIssue: Issue | null | undefined,
    computed: number | Failure | null,
    evidence: boolean | undefined,
    feedback: boolean | undefined,
    policy: Pick<Policy, 'capaian' | 'rating'>,
  ): this {
    const measured = isFiniteNumber(computed);
    // Anything but a finite number is passed on as it is: a Failure says why, a non-finite number or junk
    // is a capaian not computed (CAPAIAN_REALISASI_INVALID).
    return this.decideMeasured(
      targetRead,
      targetIssue,
      realisasi,
      realisasiIssue,
      measured ? null : computed === null ? undefined : (computed as Failure),
      measured ? computed : 0,
      evidence,
      feedback,
      policy,
    );
  }

  /**
   * decide with the capaian as capaianOfSides leaves it: `failure` null when the capaian is `value` (its
   * slot's value), the failure otherwise, undefined when nothing was computed (the target or the
   * realisasi not read). The pipeline's path: the capaian stays a plain number (`measured`).
   */
  decideMeasured(
    targetRead: boolean,
    targetIssue: Issue | null | undefined,
    realisasi: RealisasiRead,
    realisasiIssue: Issue | null | undefined,
    failure: Failure | null | undefined,
    value: number,
    evidence: boolean | undefined,
    feedback: boolean | undefined,
    policy: Pick<Policy, 'capaian' | 'rating'>,
  ): this {
    // `failure` null: the capaian computed is `measured` (counted only when it is a finite number);
    // anything else says why none was computed (a Failure's issue, or CAPAIAN_REALISASI_INVALID).
    if (failure === null) this.measured = value;
    const computed: unknown = failure;
    let flags = 0;
    let hasCapaian = false;
    let issue: Issue | null | undefined = null;
    let issueField: IndicatorVerdict['issueField'] = null;
    if (!targetRead) {
      issue = targetIssue;
      issueField = 'target';
    }
    if (realisasi === 'absent') flags |= TARGET_SAJA;
    else if (realisasi === 'empty') flags |= REALISASI_KOSONG;
    else {
      if (realisasi !== 'read') {
        if (issue === null) {
          issue = realisasiIssue;
          issueField = 'realisasi';
        }
      } else if (targetRead) {
        if (computed === null && Number.isFinite(this.measured)) hasCapaian = true;
        else {
          // What capaianOf returns is a number or a failure; anything else is a capaian not computed.
          const failure = isObject(computed) ? (computed as Failure).issue : undefined;
          issue = isObject(failure) ? failure : fail('CAPAIAN_REALISASI_INVALID').issue;
          issueField = isTargetFailure(issue.code) ? 'target' : 'realisasi';
        }
      }
      if (!hasCapaian) flags |= TIDAK_TERHITUNG;
      if (evidence === false) flags |= TANPA_BUKTI;
    }
    if (feedback === false && realisasi !== 'absent') flags |= TANPA_UMPAN_BALIK;
    this.hasCapaian = hasCapaian;
    if (hasCapaian) {
      this.kategori = categorize(this.measured, policy.capaian);
      this.ratingUsulan = proposeHasilRating(this.measured, policy.rating);
    } else {
      // No stale number from an earlier row where there is none.
      this.measured = 0;
      this.kategori = null;
      this.ratingUsulan = null;
    }
    this.flags = FLAG_LISTS[flags] as readonly IndicatorFlag[];
    this.issue = issue as Issue | null;
    this.issueField = issueField;
    return this;
  }
}

/**
 * The verdict on one indicator: capaian (full precision; categories round to four decimals), its band,
 * the proposed hasil rating for that capaian, and the flags. Flags follow one rule everywhere:
 * no realisasi column -> target_saja; an empty realisasi -> realisasi_kosong; a realisasi whose capaian
 * cannot be computed -> tidak_terhitung; a realisasi without evidence (when the table has a bukti dukung
 * column) -> tanpa_bukti; a realisasi column without feedback (when the table has an umpan balik column)
 * -> tanpa_umpan_balik.
 */
export function decideIndicator(
  facts: IndicatorFacts,
  policy: Pick<Policy, 'capaian' | 'rating'>,
): IndicatorVerdict {
  // Facts built by a surface from readMeasure/readAmount; a malformed one reads as an unreadable target.
  const target: Result<Measure> = isObject(facts.target) ? facts.target : fail('CAPAIAN_TARGET_INVALID');
  const { realisasi } = facts;
  let read: RealisasiRead;
  let realisasiIssue: Issue | null | undefined = null;
  let computed: number | Failure | null = null;
  // The target the period's realisasi meets: an annual one prorated, or the period's own (score/prorate.ts).
  let compared: Measure | null = target.ok ? target.value : null;
  let basisNote: Issue | null = null;
  if (target.ok && isObject(facts.prepared)) {
    const chosen = facts.prepared;
    if ('ok' in chosen) computed = chosen;
    else {
      compared = chosen.target;
      basisNote = chosen.note;
    }
  }
  if (realisasi === 'absent' || realisasi === 'empty') read = realisasi;
  else if (!isObject(realisasi)) {
    read = 'unreadable';
    realisasiIssue = fail('CAPAIAN_REALISASI_INVALID').issue;
  } else if (!realisasi.ok) {
    read = 'unreadable';
    realisasiIssue = realisasi.issue;
  } else {
    read = 'read';
    // A target read ok is compared whatever it holds: capaianOf answers a damaged one (or a damaged polarity)
    // with its failure, the same a formula or a page gets, rather than leaving the capaian unexplained.
    if (target.ok && computed === null)
      computed = capaianOf(compared as Measure, realisasi.value, facts.polarity, policy);
  }
  const d = new IndicatorDecision().decide(
    Boolean(target.ok),
    target.ok ? null : target.issue,
    read,
    realisasiIssue,
    computed,
    facts.evidence,
    facts.feedback,
    policy,
  );
  const verdict: IndicatorVerdict = {
    capaian: d.capaian,
    kategori: d.kategori,
    ratingUsulan: d.ratingUsulan,
    flags: d.flags,
    issue: d.issue,
    issueField: d.issueField,
  };
  if (d.capaian !== null && compared !== null && isObject(realisasi) && realisasi.ok) {
    const notes = unitNotes(compared, realisasi.value, policy);
    if (basisNote !== null) notes.unshift(basisNote);
    if (notes.length > 0) verdict.notes = notes;
  }
  return verdict;
}

/** A side's money note: "Rp 1,5 M" read as 1.500.000.000 rupiah. */
function moneyNote(side: 'Target' | 'Realisasi', unit: string | undefined, value: number): Issue[] {
  if (!isMagnitudeWord(unit)) return [];
  const original = Number((value / 10 ** magnitudeExponent(unit)).toPrecision(15));
  return [{ code: 'UNIT_MONEY_CONVERTED', params: { side, original, unit, amount: value } }];
}

/**
 * The notes of a computed capaian (IndicatorVerdict.notes): money magnitudes applied, durations
 * converted into one unit, unit words that differ (a warning: computed on the numbers as the policy allows).
 */
function unitNotes(target: Measure, realisasi: Amount, policy: Pick<Policy, 'capaian'>): Issue[] {
  if (!wellFormedMeasure(target) || !wellFormedAmount(realisasi)) return [];
  const notes = [
    ...moneyNote('Target', unitWord(target), upper(target)),
    ...moneyNote('Realisasi', unitWord(realisasi), realisasi.value),
  ];
  const units = unitComparison(target.scale, unitWord(target), realisasi.scale, unitWord(realisasi), policy);
  if (units.kind === 'convert')
    notes.push({
      code: 'UNIT_DURATION_CONVERTED',
      params: { unit: units.unit, from: units.from, factor: units.factor },
    });
  if (units.kind === 'same' && units.wordsDiffer)
    notes.push({
      code: 'UNIT_WORDS_DIFFER_WARNING',
      params: { targetUnit: unitWord(target) ?? '', realisasiUnit: unitWord(realisasi) ?? '' },
      severity: 'warning',
    });
  return notes;
}
