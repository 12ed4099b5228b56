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

const isComputable = (c: unknown): c is number => typeof c === 'number' && Number.isFinite(c);
const hasWeight = (w: unknown): w is number => typeof w === 'number' && Number.isFinite(w);
const isRow = (item: unknown): item is object => typeof item === 'object' && item !== null;

/*
 * These run several times per employee on a 20,000-employee province, so they walk the given array in
 * place with indexed loops: no filtered copies, no closures, no spreads. The one shared empty array
 * stands for "no warnings" (frozen, so a caller that pushes into it fails loudly instead of leaking).
 */
const NO_WARNINGS = Object.freeze([]) as unknown as Issue[];

/** Which rows a mean reads: every object row, or only those of one RHK kind. */
type RowPick = 'all' | RhkKind;

/**
 * The property naming a row's RHK kind: `kind` on aggregateEmployee's input, `jenis` on the RHK rows the
 * pipeline keeps (so they are read as they are, without a copied list per employee).
 */
type KindKey = 'kind' | 'jenis';

/** The kind of a row under `key`, for the 'utama'/'tambahan' picks. */
const kindOf = (item: object, key: KindKey): unknown =>
  key === 'kind' ? (item as { kind?: unknown }).kind : (item as { jenis?: unknown }).jenis;

/**
 * What a mean leaves besides its value: the rows counted, skipped and damaged, and any weight warning.
 * Each mean refills the tally its caller gives (a scorer keeps one per run, a single call makes its own).
 */
export class MeanTally {
  counted = 0;
  skipped = 0;
  damaged = 0;
  warning: Issue | null = null;
}

/**
 * Whether to use the given weights: only when the policy uses weights and every computable item has a
 * valid one; equal weights otherwise. Negative, all-zero or partly missing weights fall back to equal
 * weights with a warning (left in `tally.warning`), so a typo in one Bobot cell never silently distorts the
 * score. The first negative weight (in row order) is the one the warning names.
 */
function chooseWeights(
  computable: number,
  given: number,
  sum: number,
  negative: number | null,
  policy: AggregatePolicy,
  tally: MeanTally,
): boolean {
  if (!policy.useWeights || computable === 0) return false;
  if (negative !== null) {
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
 * The mean of the capped capaian of the picked, computable rows (null when there is none). Leaves the
 * counts and any weight warning in `tally`. Reads the rows `from` (inclusive) `to` (exclusive), by
 * default all of them, and their kind under `key`. One pass gathers the counts, the weights and both
 * sums (equal and weighted, in row order); only an overflowing sum takes a second, scaled pass.
 */
function meanOf(
  items: readonly unknown[],
  pick: RowPick,
  policy: AggregatePolicy,
  tally: MeanTally,
  key: KindKey = 'kind',
  from = 0,
  to = items.length,
): number | null {
  tally.warning = null;
  let picked = 0;
  let computable = 0;
  let damaged = 0;
  let given = 0;
  let weightSum = 0;
  let negative: number | null = null;
  let plainTotal = 0;
  let weightedTotal = 0;
  for (let i = from; i < to; i++) {
    const item = items[i];
    if (!isRow(item)) {
      damaged++;
      continue;
    }
    if (pick !== 'all' && kindOf(item, key) !== pick) continue;
    picked++;
    const capaian = (item as AggregateItem).capaian;
    if (!isComputable(capaian)) continue;
    computable++;
    const capped = capAchievement(capaian, policy);
    plainTotal += capped;
    const weight = (item as AggregateItem).weight;
    if (!hasWeight(weight)) continue;
    if (weight < 0 && negative === null) negative = weight;
    given++;
    weightSum += weight;
    weightedTotal += weight * capped;
  }
  tally.counted = computable;
  tally.skipped = picked - computable;
  tally.damaged = damaged;
  if (computable === 0) return null;
  const weighted = chooseWeights(computable, given, weightSum, negative, policy, tally);
  const mean = weighted ? weightedTotal / weightSum : plainTotal / computable;
  if (Number.isFinite(mean)) return mean;
  return scaledMean(items, pick, policy, key, from, to, weighted);
}

/**
 * The mean when the plain sum overflows (huge Bobot values, an uncapped 1e308 capaian): sums shares of
 * the weight instead, scaled by the largest, which stays finite.
 */
function scaledMean(
  items: readonly unknown[],
  pick: RowPick,
  policy: AggregatePolicy,
  key: KindKey,
  from: number,
  to: number,
  weighted: boolean,
): number {
  const weightOf = (item: AggregateItem): number => (weighted ? (item.weight as number) : 1);
  const counted: AggregateItem[] = [];
  for (let i = from; i < to; i++) {
    const item = items[i];
    if (!isRow(item) || (pick !== 'all' && kindOf(item, key) !== pick)) continue;
    if (isComputable((item as AggregateItem).capaian)) counted.push(item as AggregateItem);
  }
  let largest = 0;
  for (const item of counted) largest = Math.max(largest, weightOf(item));
  let share = 0;
  for (const item of counted) share += weightOf(item) / largest;
  let shared = 0;
  for (const item of counted)
    shared += (weightOf(item) / largest / share) * capAchievement(item.capaian as number, policy);
  return shared;
}

const warningsOf = (warning: Issue | null): Issue[] => (warning ? [warning] : NO_WARNINGS);

const NO_ITEMS: readonly unknown[] = [];
const itemsOf = (items: unknown): readonly unknown[] => (Array.isArray(items) ? items : NO_ITEMS);

/**
 * Capaian of one RHK: the mean of the capped capaian of its computable indicators (weighted when the
 * policy uses weights and every computable indicator has one).
 */
export function aggregateRhk(indicators: readonly AggregateItem[], policy: AggregatePolicy): RhkAggregate {
  const tally = new MeanTally();
  const capaian = meanOf(itemsOf(indicators), 'all', policy, tally);
  // A damaged row (null, a bare number) is not an item: skipped, never counted.
  return {
    capaian,
    counted: tally.counted,
    skipped: tally.skipped + tally.damaged,
    warnings: warningsOf(tally.warning),
  };
}

function employeeMean(
  rhks: unknown,
  policy: AggregatePolicy & Pick<CapaianPolicy, 'includeTambahan'>,
  key: KindKey,
  into: EmployeeAggregate | undefined,
  tally: MeanTally,
): EmployeeAggregate {
  const items = itemsOf(rhks);
  // Warnings and counts come from the mean that decides the score (computed last, so `tally` holds
  // them), so a weight problem is reported once.
  const tambahan = meanOf(items, 'tambahan', policy, tally, key);
  const utama = meanOf(items, 'utama', policy, tally, key);
  const capaian = policy.includeTambahan ? meanOf(items, 'all', policy, tally, key) : utama;
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
  return employeeMean(rhks, policy, 'kind', undefined, new MeanTally());
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
 * package's RHK rows): the same numbers, read in place. With `into`, the figures are written into that
 * record and it is returned: a scorer of 20,000 employees refills one record it reads at once and keeps
 * none of (test/shared/score-aggregate-fast.test.ts), and gives the `tally` it refills too.
 */
export function aggregateEmployeeRhk(
  rhks: readonly Pick<RhkGroup, 'jenis' | 'capaian' | 'weight'>[],
  policy: AggregatePolicy & Pick<CapaianPolicy, 'includeTambahan'>,
  into?: EmployeeAggregate,
  tally: MeanTally = new MeanTally(),
): EmployeeAggregate {
  return employeeMean(rhks, policy, 'jenis', into, tally);
}

/**
 * The groups in an array of exactly their number: an array grown by push keeps room for 17, and the
 * pipeline keeps one such array per employee in its results. `groups` holds `count` groups, in order.
 */
function exactly(groups: RhkGroup[], count: number): RhkGroup[] {
  if (groups.length === count) return groups;
  return count === 0 ? [] : groups.slice(0, count);
}

/**
 * How many RHK an employee's rows name when each RHK's rows follow one another (one per run of rows with
 * the same RHK text and kind): the room groupByRhk makes for its groups. A scattered RHK counts once per
 * run, so this is an upper bound, never too few.
 */
function runsOf(rows: readonly unknown[]): number {
  let runs = 0;
  let rhk: unknown;
  let jenis: unknown;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isRow(row)) continue;
    const indicator = row as RhkIndicator;
    if (runs === 0 || indicator.rhk !== rhk || indicator.jenis !== jenis) runs++;
    rhk = indicator.rhk;
    jenis = indicator.jenis;
  }
  return runs;
}

/** A group for the RHK of `row`, new or (`into`) a group refilled in place. */
function groupOf(row: RhkIndicator, into: RhkGroup | undefined): RhkGroup {
  const rhk = typeof row.rhk === 'string' ? row.rhk : '';
  const jenis = row.jenis === 'tambahan' ? 'tambahan' : 'utama';
  const weight = hasWeight(row.weight) ? row.weight : null;
  if (into === undefined) return { rhk, jenis, weight, capaian: null, indicators: 0 };
  into.rhk = rhk;
  into.jenis = jenis;
  into.weight = weight;
  into.capaian = null;
  into.indicators = 0;
  return into;
}

/**
 * An employee's indicator rows grouped by RHK (text and kind), in order of first appearance, each with
 * its capaian as aggregateRhk computes it. Sheets keep an RHK's rows together (its cell is merged over
 * them), so the usual case reads each RHK as a run of rows in place; an RHK whose rows are scattered, or
 * a damaged row, takes the slower path with a list per RHK. Never throws; anything but an object row is
 * skipped.
 */
export function groupByRhk(indicators: readonly RhkIndicator[], policy: AggregatePolicy): RhkGroup[] {
  const rows = itemsOf(indicators);
  // Room for every group made once (a run per RHK, the usual case, fills it exactly).
  const groups: RhkGroup[] = new Array(runsOf(rows));
  return exactly(groups, groupInto(rows, policy, groups, null, new MeanTally()));
}

/** The groups groupByRhkInto refills: every group made so far, and the list it hands out. */
export interface RhkScratch {
  pool: RhkGroup[];
  groups: RhkGroup[];
  /** The tally the groups' means refill (made at the first use when absent). */
  tally?: MeanTally;
}

/**
 * groupByRhk into groups a scorer reuses: the employee's groups, refilled in place from `scratch.pool`
 * (new ones added to it as needed), in `scratch.groups` (its length their number). For a scorer that
 * reads the groups at once and keeps none of them; one rule with groupByRhk.
 */
export function groupByRhkInto(
  indicators: readonly RhkIndicator[],
  policy: AggregatePolicy,
  scratch: RhkScratch,
): readonly RhkGroup[] {
  const groups = scratch.groups;
  // Shortening the list drops its tail; the pool keeps every group for the next employee to refill.
  scratch.tally ??= new MeanTally();
  groups.length = groupInto(itemsOf(indicators), policy, groups, scratch.pool, scratch.tally);
  return groups;
}

/**
 * The grouping of groupByRhk and groupByRhkInto: fills `groups` from 0 and returns how many it holds.
 * With a `pool`, the k-th group is the pool's k-th, refilled (made and added when the pool is shorter).
 */
function groupInto(
  rows: readonly unknown[],
  policy: AggregatePolicy,
  groups: RhkGroup[],
  pool: RhkGroup[] | null,
  tally: MeanTally,
): number {
  let count = 0;
  let inRuns = true;
  let last: RhkGroup | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isRow(row)) {
      inRuns = false;
      continue;
    }
    const indicator = row as RhkIndicator;
    const rhk = typeof indicator.rhk === 'string' ? indicator.rhk : '';
    const jenis = indicator.jenis === 'tambahan' ? 'tambahan' : 'utama';
    let group = last !== undefined && last.rhk === rhk && last.jenis === jenis ? last : undefined;
    if (group === undefined) {
      // A handful of RHK per SKP: a linear search, no Map and no key strings.
      for (let k = 0; k < count; k++) {
        const g = groups[k] as RhkGroup;
        if (g.rhk === rhk && g.jenis === jenis) {
          group = g;
          inRuns = false;
          break;
        }
      }
    }
    if (group === undefined) {
      group = groupOf(indicator, pool === null ? undefined : pool[count]);
      if (pool !== null) pool[count] = group;
      groups[count++] = group;
    } else if (group.weight === null && hasWeight(indicator.weight)) group.weight = indicator.weight;
    group.indicators++;
    last = group;
  }
  if (inRuns) {
    let from = 0;
    for (let k = 0; k < count; k++) {
      const group = groups[k] as RhkGroup;
      const to = from + group.indicators;
      group.capaian = meanOf(rows, 'all', policy, tally, 'kind', from, to);
      from = to;
    }
    return count;
  }
  for (let k = 0; k < count; k++) {
    const group = groups[k] as RhkGroup;
    const list: unknown[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!isRow(row)) continue;
      const indicator = row as RhkIndicator;
      const rhk = typeof indicator.rhk === 'string' ? indicator.rhk : '';
      const jenis = indicator.jenis === 'tambahan' ? 'tambahan' : 'utama';
      if (rhk === group.rhk && jenis === group.jenis) list.push(row);
    }
    group.capaian = meanOf(list, 'all', policy, tally);
  }
  return count;
}
