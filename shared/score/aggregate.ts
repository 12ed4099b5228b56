import type { Issue } from '../core/issue';
import type { RhkKind } from '../parse/types';
import type { CapaianPolicy } from '../policy/schema';
import { capAchievement } from './capaian';

/*
 * Aggregation of capaian: indicators into an RHK, RHK into an employee. PermenPANRB 6/2022 leaves the
 * arithmetic to the region; the defaults (policy.capaian) are a mean of capped capaian, weighted by the
 * Bobot column when every counted item has a weight, and RHK utama only.
 */

export interface AggregateItem {
  /** null (or a non-finite number) = not computable; such items are skipped, never counted as 0. */
  capaian: number | null;
  weight?: number | null;
}

export interface RhkAggregate {
  /** null when no indicator is computable (never NaN). */
  capaian: number | null;
  counted: number;
  skipped: number;
  /** Weight problems that made the mean fall back to equal weights. */
  warnings: Issue[];
}

export interface EmployeeAggregate extends RhkAggregate {
  /** Mean of the RHK utama alone, for display. */
  utama: number | null;
  /** Mean of the RHK tambahan alone, for display (counted in `capaian` only if the policy says so). */
  tambahan: number | null;
}

export type AggregatePolicy = Pick<CapaianPolicy, 'aggregationCap' | 'useWeights'>;

const isRow = (item: unknown): item is object => typeof item === 'object' && item !== null;
/** A number as the rows keep it: itself, or NaN for anything else (both read as "none" when not finite). */
const numberOr = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

/*
 * These run several times per employee on a 20,000-employee province, so they walk the given rows in
 * place with indexed loops: no filtered copies, no closures, no spreads. The one shared empty array
 * stands for "no warnings" (frozen, so a caller that pushes into it fails loudly instead of leaking).
 */
const NO_WARNINGS = Object.freeze([]) as unknown as Issue[];

/** A row's kind in MeanRows.kind: RHK utama, tambahan, another kind (counted only by a mean of all), or no row. */
export const ROW_UTAMA = 0;
export const ROW_TAMBAHAN = 1;
const ROW_OTHER = 2;
/** Not a row (null, a bare number): skipped, never counted, said as damaged. */
const ROW_DAMAGED = 3;
/** The pick of a mean of every row, whatever its kind (else the kind it reads). */
const PICK_ALL = -1;

/**
 * The property naming a row's RHK kind: `kind` on aggregateEmployee's input, `jenis` on the RHK rows the
 * pipeline keeps.
 */
type KindKey = 'kind' | 'jenis';

/** The kind of a row under `key`. */
const kindOf = (item: object, key: KindKey): unknown =>
  key === 'kind' ? (item as { kind?: unknown }).kind : (item as { jenis?: unknown }).jenis;

/**
 * Rows as every mean and every grouping reads them, one slot per row: its kind (ROW_UTAMA, ROW_TAMBAHAN,
 * ...), capaian and Bobot (NaN, or any number that is not finite, for none) and, for a grouping, its RHK
 * text; as a grouping's output, one slot per RHK with the count of its rows. The scorer fills them from
 * the indicator columns (no record and no number box per row); the functions on records copy their rows
 * in first, so that both answer by the same code. Refilled: `length` says how many slots are the rows'.
 */
export class MeanRows {
  length = 0;
  kind: Uint8Array;
  capaian: Float64Array;
  weight: Float64Array;
  /** For a grouping's output: how many indicator rows each RHK has. */
  count: Int32Array;
  rhk: string[] = [];

  constructor(capacity = 8) {
    this.kind = new Uint8Array(capacity);
    this.capaian = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
    this.count = new Int32Array(capacity);
  }

  /** Room for `n` slots (what they held is not kept when they are made anew). */
  reserve(n: number): void {
    if (this.kind.length >= n) return;
    const size = Math.max(n, 2 * this.kind.length);
    this.kind = new Uint8Array(size);
    this.capaian = new Float64Array(size);
    this.weight = new Float64Array(size);
    this.count = new Int32Array(size);
  }
}

/**
 * What a mean leaves besides its value: the rows counted, skipped and damaged, any weight warning, and the
 * value itself (`mean`, when `counted` is above 0). Each mean refills the tally its caller gives (a scorer
 * keeps one per run, a single call makes its own), and a mean over records copies them into its `rows`.
 */
export class MeanTally {
  counted = 0;
  skipped = 0;
  damaged = 0;
  warning: Issue | null = null;
  /** The mean: meaningful only when `counted` is above 0 (NaN otherwise). */
  mean = Number.NaN;
  /** Rows copied from records for a mean or a grouping (made at the first). */
  rows: MeanRows | null = null;
  /** The groups of a grouping over records (made at the first). */
  groups: MeanRows | null = null;
  /** A scattered RHK's rows gathered for its mean (made at the first such RHK). */
  gathered: MeanRows | null = null;
}

/**
 * Whether to use the given weights: only when the policy uses weights and every computable item has a
 * valid one; equal weights otherwise. Negative, all-zero or partly missing weights fall back to equal
 * weights with a warning (left in `tally.warning`), so a typo in one Bobot cell never silently distorts the
 * score. The first negative weight (in row order; NaN: none) is the one the warning names.
 */
function chooseWeights(
  computable: number,
  given: number,
  sum: number,
  negative: number,
  policy: AggregatePolicy,
  tally: MeanTally,
): boolean {
  if (!policy.useWeights || computable === 0) return false;
  if (!Number.isNaN(negative)) {
    tally.warning = { code: 'AGGREGATE_WEIGHT_NEGATIVE', params: { weight: negative }, severity: 'warning' };
    return false;
  }
  if (given === 0) return false;
  if (given < computable) {
    tally.warning = {
      code: 'AGGREGATE_WEIGHT_PARTIAL',
      params: { given, total: computable },
      severity: 'warning',
    };
    return false;
  }
  if (sum === 0) {
    tally.warning = { code: 'AGGREGATE_WEIGHT_ALL_ZERO', severity: 'warning' };
    return false;
  }
  return true;
}

/**
 * The one mean of every surface: the mean of the capped capaian of the picked (PICK_ALL, or one kind),
 * computable rows `from` (inclusive) `to` (exclusive), left in `tally` with the counts and any weight
 * warning (`tally.counted` 0: none). One pass gathers the counts, the weights and both sums (equal and
 * weighted, in row order); only an overflowing sum takes a second, scaled pass. Nothing is returned: the
 * mean stays a plain number in the tally, never a number box per call.
 */
function meanOf(
  rows: MeanRows,
  pick: number,
  policy: AggregatePolicy,
  tally: MeanTally,
  from: number,
  to: number,
): void {
  tally.warning = null;
  const kinds = rows.kind;
  const capaians = rows.capaian;
  const weights = rows.weight;
  let picked = 0;
  let computable = 0;
  let damaged = 0;
  let given = 0;
  let weightSum = 0;
  let negative = Number.NaN;
  let plainTotal = 0;
  let weightedTotal = 0;
  for (let i = from; i < to; i++) {
    const kind = kinds[i] as number;
    if (kind === ROW_DAMAGED) {
      damaged++;
      continue;
    }
    if (pick !== PICK_ALL && kind !== pick) continue;
    picked++;
    const capaian = capaians[i] as number;
    if (!Number.isFinite(capaian)) continue;
    computable++;
    const capped = capAchievement(capaian, policy);
    plainTotal += capped;
    const weight = weights[i] as number;
    if (!Number.isFinite(weight)) continue;
    if (weight < 0 && Number.isNaN(negative)) negative = weight;
    given++;
    weightSum += weight;
    weightedTotal += weight * capped;
  }
  tally.counted = computable;
  tally.skipped = picked - computable;
  tally.damaged = damaged;
  if (computable === 0) {
    tally.mean = Number.NaN;
    return;
  }
  const weighted = chooseWeights(computable, given, weightSum, negative, policy, tally);
  const mean = weighted ? weightedTotal / weightSum : plainTotal / computable;
  // Two stores, not one of a choice: a choice between this number and scaledMean's would box it.
  if (Number.isFinite(mean)) tally.mean = mean;
  else tally.mean = scaledMean(rows, pick, policy, from, to, weighted);
}

/**
 * The mean when the plain sum overflows (huge Bobot values, an uncapped 1e308 capaian): sums shares of
 * the weight instead, scaled by the largest, which stays finite.
 */
function scaledMean(
  rows: MeanRows,
  pick: number,
  policy: AggregatePolicy,
  from: number,
  to: number,
  weighted: boolean,
): number {
  const counted = (i: number): boolean => {
    const kind = rows.kind[i] as number;
    return (
      kind !== ROW_DAMAGED &&
      (pick === PICK_ALL || kind === pick) &&
      Number.isFinite(rows.capaian[i] as number)
    );
  };
  const weightOf = (i: number): number => (weighted ? (rows.weight[i] as number) : 1);
  let largest = 0;
  for (let i = from; i < to; i++) if (counted(i)) largest = Math.max(largest, weightOf(i));
  let share = 0;
  for (let i = from; i < to; i++) if (counted(i)) share += weightOf(i) / largest;
  let shared = 0;
  for (let i = from; i < to; i++)
    if (counted(i))
      shared += (weightOf(i) / largest / share) * capAchievement(rows.capaian[i] as number, policy);
  return shared;
}

/** The tally's mean as records show it: null when no row was counted. */
const meanShown = (tally: MeanTally): number | null => (tally.counted === 0 ? null : tally.mean);

const warningsOf = (warning: Issue | null): Issue[] => (warning ? [warning] : NO_WARNINGS);

const NO_ITEMS: readonly unknown[] = [];
const itemsOf = (items: unknown): readonly unknown[] => (Array.isArray(items) ? items : NO_ITEMS);

/** The tally's rows, room made for `n` (made at the first call). */
function rowsFor(tally: MeanTally, n: number): MeanRows {
  tally.rows ??= new MeanRows(n);
  tally.rows.reserve(n);
  tally.rows.length = n;
  return tally.rows;
}

/**
 * Slot `i` of `rows` from `item`: its capaian and Bobot when numbers (NaN otherwise); anything but an
 * object a damaged row. False for a damaged row (its kind is set; the caller sets an object row's).
 */
function copyNumbers(rows: MeanRows, i: number, item: unknown): item is AggregateItem {
  if (!isRow(item)) {
    rows.kind[i] = ROW_DAMAGED;
    rows.capaian[i] = Number.NaN;
    rows.weight[i] = Number.NaN;
    return false;
  }
  rows.capaian[i] = numberOr((item as AggregateItem).capaian);
  rows.weight[i] = numberOr((item as AggregateItem).weight);
  return true;
}

/**
 * `items` copied into the tally's rows for a mean: each object row's kind under `key` ('utama',
 * 'tambahan' or another), its capaian and Bobot when numbers; anything else a damaged row.
 */
function rowsOfItems(items: readonly unknown[], key: KindKey, tally: MeanTally): MeanRows {
  const rows = rowsFor(tally, items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!copyNumbers(rows, i, item)) continue;
    const kind = kindOf(item, key);
    rows.kind[i] = kind === 'utama' ? ROW_UTAMA : kind === 'tambahan' ? ROW_TAMBAHAN : ROW_OTHER;
  }
  return rows;
}

/**
 * Capaian of one RHK: the mean of the capped capaian of its computable indicators (weighted when the
 * policy uses weights and every computable indicator has one).
 */
export function aggregateRhk(indicators: readonly AggregateItem[], policy: AggregatePolicy): RhkAggregate {
  const tally = new MeanTally();
  const rows = rowsOfItems(itemsOf(indicators), 'kind', tally);
  meanOf(rows, PICK_ALL, policy, tally, 0, rows.length);
  // A damaged row (null, a bare number) is not an item: skipped, never counted.
  return {
    capaian: meanShown(tally),
    counted: tally.counted,
    skipped: tally.skipped + tally.damaged,
    warnings: warningsOf(tally.warning),
  };
}

/** The employee's means over their RHK rows (`groups`: kinds, capaian and Bobot), as aggregateEmployee gives them. */
function employeeMean(
  groups: MeanRows,
  policy: AggregatePolicy & Pick<CapaianPolicy, 'includeTambahan'>,
  into: EmployeeAggregate | undefined,
  tally: MeanTally,
): EmployeeAggregate {
  const n = groups.length;
  // Warnings and counts come from the mean that decides the score (computed last, so `tally` holds
  // them), so a weight problem is reported once.
  meanOf(groups, ROW_TAMBAHAN, policy, tally, 0, n);
  const tambahan = meanShown(tally);
  meanOf(groups, ROW_UTAMA, policy, tally, 0, n);
  const utama = meanShown(tally);
  let capaian = utama;
  if (policy.includeTambahan) {
    meanOf(groups, PICK_ALL, policy, tally, 0, n);
    capaian = meanShown(tally);
  }
  if (into === undefined)
    return {
      capaian,
      counted: tally.counted,
      skipped: tally.skipped,
      warnings: warningsOf(tally.warning),
      utama,
      tambahan,
    };
  into.capaian = capaian;
  into.counted = tally.counted;
  into.skipped = tally.skipped;
  into.warnings = warningsOf(tally.warning);
  into.utama = utama;
  into.tambahan = tambahan;
  return into;
}

/**
 * Capaian of one employee from the RHK capaian (each capped again; capping is idempotent). RHK tambahan
 * count only when policy.includeTambahan; otherwise they are reported apart and neither counted nor
 * skipped. counted/skipped refer to the RHK that make up `capaian`.
 */
export function aggregateEmployee(
  rhks: readonly (AggregateItem & { kind: RhkKind })[],
  policy: AggregatePolicy & Pick<CapaianPolicy, 'includeTambahan'>,
): EmployeeAggregate {
  const tally = new MeanTally();
  return employeeMean(rowsOfItems(itemsOf(rhks), 'kind', tally), policy, undefined, tally);
}

/** An RHK as groupByRhk returns it and aggregateEmployeeRhk reads it. */
export interface RhkGroup {
  rhk: string;
  jenis: RhkKind;
  /** The first Bobot written on the RHK's rows (usually its first row), null when none. */
  weight: number | null;
  /** Mean of the RHK's computable indicators (aggregateRhk), null when none is computable. */
  capaian: number | null;
  /** Indicator rows of the RHK, computable or not. */
  indicators: number;
}

/** An indicator row as groupByRhk reads it: its RHK text and kind, capaian and Bobot. */
export interface RhkIndicator extends AggregateItem {
  rhk: string;
  jenis: RhkKind;
}

/**
 * aggregateEmployee over RHK rows that name their kind `jenis` (groupByRhk's output, the results
 * package's RHK rows): the same numbers. With `into`, the figures are written into that record and it is
 * returned: a caller of many employees refills one record it reads at once and keeps none of
 * (test/shared/score-aggregate-fast.test.ts), and gives the `tally` it refills too.
 */
export function aggregateEmployeeRhk(
  rhks: readonly Pick<RhkGroup, 'jenis' | 'capaian' | 'weight'>[],
  policy: AggregatePolicy & Pick<CapaianPolicy, 'includeTambahan'>,
  into?: EmployeeAggregate,
  tally: MeanTally = new MeanTally(),
): EmployeeAggregate {
  return employeeMean(rowsOfItems(itemsOf(rhks), 'jenis', tally), policy, into, tally);
}

/**
 * aggregateEmployeeRhk over RHK already in rows (groupRows' output): the scorer's path, the same code.
 * The figures are written into `into`, refilled for each employee.
 */
export function aggregateEmployeeRows(
  groups: MeanRows,
  policy: AggregatePolicy & Pick<CapaianPolicy, 'includeTambahan'>,
  into: EmployeeAggregate,
  tally: MeanTally,
): EmployeeAggregate {
  return employeeMean(groups, policy, into, tally);
}

/**
 * An employee's indicator rows copied into the tally's rows for a grouping: each object row's RHK text
 * ('' when it is not text), its kind ('tambahan', else 'utama'), capaian and Bobot when numbers;
 * anything else a damaged row.
 */
function rowsOfIndicators(items: readonly unknown[], tally: MeanTally): MeanRows {
  const rows = rowsFor(tally, items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!copyNumbers(rows, i, item)) {
      rows.rhk[i] = '';
      continue;
    }
    const indicator = item as RhkIndicator;
    rows.rhk[i] = typeof indicator.rhk === 'string' ? indicator.rhk : '';
    rows.kind[i] = indicator.jenis === 'tambahan' ? ROW_TAMBAHAN : ROW_UTAMA;
  }
  return rows;
}

/** Group `k` of a grouping's output as an RHK record (new, or `into` refilled in place). */
function groupAt(groups: MeanRows, k: number, into: RhkGroup | undefined): RhkGroup {
  const rhk = groups.rhk[k] as string;
  const jenis: RhkKind = groups.kind[k] === ROW_TAMBAHAN ? 'tambahan' : 'utama';
  const w = groups.weight[k] as number;
  const weight = Number.isNaN(w) ? null : w;
  const c = groups.capaian[k] as number;
  const capaian = Number.isNaN(c) ? null : c;
  const indicators = groups.count[k] as number;
  if (into === undefined) return { rhk, jenis, weight, capaian, indicators };
  into.rhk = rhk;
  into.jenis = jenis;
  into.weight = weight;
  into.capaian = capaian;
  into.indicators = indicators;
  return into;
}

/**
 * An employee's indicator rows grouped by RHK (text and kind), in order of first appearance, each with
 * its capaian as aggregateRhk computes it (groupRows). Never throws; anything but an object row is
 * skipped. `tally`: one a caller of many employees refills (a single call makes its own).
 */
export function groupByRhk(
  indicators: readonly RhkIndicator[],
  policy: AggregatePolicy,
  tally: MeanTally = new MeanTally(),
): RhkGroup[] {
  tally.groups ??= new MeanRows();
  const groups = groupRows(rowsOfIndicators(itemsOf(indicators), tally), policy, tally.groups, tally);
  // An array of exactly their number: the pipeline keeps one per employee in its results.
  const list: RhkGroup[] = new Array(groups.length);
  for (let k = 0; k < groups.length; k++) list[k] = groupAt(groups, k, undefined);
  return list;
}

/** The groups groupByRhkInto refills: every group made so far, and the list it hands out. */
export interface RhkScratch {
  pool: RhkGroup[];
  groups: RhkGroup[];
  /** The tally the groups' means refill (made at the first use when absent). */
  tally?: MeanTally;
}

/**
 * groupByRhk into groups a caller reuses: the employee's groups, refilled in place from `scratch.pool`
 * (new ones added to it as needed), in `scratch.groups` (its length their number). For a caller that
 * reads the groups at once and keeps none of them; one rule with groupByRhk.
 */
export function groupByRhkInto(
  indicators: readonly RhkIndicator[],
  policy: AggregatePolicy,
  scratch: RhkScratch,
): readonly RhkGroup[] {
  scratch.tally ??= new MeanTally();
  const tally = scratch.tally;
  tally.groups ??= new MeanRows();
  const rows = groupRows(rowsOfIndicators(itemsOf(indicators), tally), policy, tally.groups, tally);
  const { pool, groups } = scratch;
  for (let k = 0; k < rows.length; k++) {
    const group = groupAt(rows, k, pool[k]);
    pool[k] = group;
    groups[k] = group;
  }
  // Shortening the list drops its tail; the pool keeps every group for the next employee to refill.
  groups.length = rows.length;
  return groups;
}

/**
 * The grouping of every surface: indicator `rows` (RHK text, kind ROW_UTAMA or ROW_TAMBAHAN, capaian,
 * Bobot; damaged rows skipped) grouped by RHK text and kind into `groups` from slot 0, in order of first
 * appearance, each with its kind, the first finite Bobot of its rows (NaN: none), its rows' count and the
 * mean of their capaian (NaN: none computable). Sheets keep an RHK's rows together (its cell is merged
 * over them), so the usual case takes each RHK's mean over its run of rows in place; an RHK whose rows are
 * scattered, or a damaged row, has its rows gathered first (`tally.gathered`). Returns `groups`.
 */
export function groupRows(
  rows: MeanRows,
  policy: AggregatePolicy,
  groups: MeanRows,
  tally: MeanTally,
): MeanRows {
  const n = rows.length;
  groups.reserve(n);
  let count = 0;
  let inRuns = true;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const kind = rows.kind[i] as number;
    if (kind === ROW_DAMAGED) {
      inRuns = false;
      continue;
    }
    const rhk = rows.rhk[i] as string;
    let group = last >= 0 && groups.rhk[last] === rhk && groups.kind[last] === kind ? last : -1;
    if (group < 0) {
      // A handful of RHK per SKP: a linear search, no Map and no key strings.
      for (let k = 0; k < count; k++) {
        if (groups.rhk[k] === rhk && groups.kind[k] === kind) {
          group = k;
          inRuns = false;
          break;
        }
      }
    }
    const weight = rows.weight[i] as number;
    if (group < 0) {
      group = count++;
      groups.rhk[group] = rhk;
      groups.kind[group] = kind;
      groups.weight[group] = Number.isFinite(weight) ? weight : Number.NaN;
      groups.count[group] = 0;
    } else if (Number.isNaN(groups.weight[group] as number) && Number.isFinite(weight))
      groups.weight[group] = weight;
    groups.count[group] = (groups.count[group] as number) + 1;
    last = group;
  }
  groups.length = count;
  if (inRuns) {
    let from = 0;
    for (let k = 0; k < count; k++) {
      const to = from + (groups.count[k] as number);
      meanOf(rows, PICK_ALL, policy, tally, from, to);
      groups.capaian[k] = tally.counted === 0 ? Number.NaN : tally.mean;
      from = to;
    }
    return groups;
  }
  tally.gathered ??= new MeanRows();
  const gathered = tally.gathered;
  for (let k = 0; k < count; k++) {
    const rhk = groups.rhk[k] as string;
    const kind = groups.kind[k] as number;
    gathered.reserve(groups.count[k] as number);
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (rows.kind[i] !== kind || rows.rhk[i] !== rhk) continue;
      gathered.kind[m] = kind;
      gathered.capaian[m] = rows.capaian[i] as number;
      gathered.weight[m] = rows.weight[i] as number;
      m++;
    }
    gathered.length = m;
    meanOf(gathered, PICK_ALL, policy, tally, 0, m);
    groups.capaian[k] = tally.counted === 0 ? Number.NaN : tally.mean;
  }
  return groups;
}
