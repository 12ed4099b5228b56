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

type AggregatePolicy = Pick<CapaianPolicy, 'aggregationCap' | 'useWeights'>;

const isComputable = (c: unknown): c is number => typeof c === 'number' && Number.isFinite(c);
const hasWeight = (w: unknown): w is number => typeof w === 'number' && Number.isFinite(w);
const isRow = (item: unknown): item is object => typeof item === 'object' && item !== null;

/*
 * These run three times per employee on a 20,000-employee province, so they walk the given array in
 * place with indexed loops: no filtered copies, no closures, no spreads. The one shared empty array
 * stands for "no warnings" (frozen, so a caller that pushes into it fails loudly instead of leaking).
 */
const NO_WARNINGS = Object.freeze([]) as unknown as Issue[];

/** Which rows a mean reads: every object row, or only those of one RHK kind. */
type RowPick = 'all' | RhkKind;

const inPick = (item: unknown, pick: RowPick): item is AggregateItem =>
  isRow(item) && (pick === 'all' || (item as { kind?: unknown }).kind === pick);

/** What one mean leaves behind; reused between calls (the core is synchronous and single-threaded). */
const tally = { counted: 0, skipped: 0, damaged: 0, warning: null as Issue | null };

/**
 * Whether to use the given weights for the computable items: only when the policy uses weights and all
 * are valid; equal weights otherwise. Negative, all-zero or partly missing weights fall back to equal
 * weights with a warning (left in tally.warning), so a typo in one Bobot cell never silently distorts
 * the score.
 */
function chooseWeights(
  items: readonly unknown[],
  pick: RowPick,
  computable: number,
  policy: AggregatePolicy,
): boolean {
  if (!policy.useWeights || computable === 0) return false;
  let given = 0;
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!inPick(item, pick) || !isComputable(item.capaian)) continue;
    const weight = item.weight;
    if (!hasWeight(weight)) continue;
    if (weight < 0) {
      tally.warning = { code: 'AGGREGATE_WEIGHT_NEGATIVE', params: { weight }, severity: 'warning' };
      return false;
    }
    given++;
    sum += weight;
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
 * counts and any weight warning in `tally`.
 */
function meanOf(items: readonly unknown[], pick: RowPick, policy: AggregatePolicy): number | null {
  tally.warning = null;
  let picked = 0;
  let computable = 0;
  let damaged = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isRow(item)) {
      damaged++;
      continue;
    }
    if (!inPick(item, pick)) continue;
    picked++;
    if (isComputable(item.capaian)) computable++;
  }
  tally.counted = computable;
  tally.skipped = picked - computable;
  tally.damaged = damaged;
  if (computable === 0) return null;
  const weighted = chooseWeights(items, pick, computable, policy);
  let total = 0;
  let weights = 0;
  let largest = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!inPick(item, pick) || !isComputable(item.capaian)) continue;
    const weight = weighted ? (item.weight as number) : 1;
    total += weight * capAchievement(item.capaian, policy);
    weights += weight;
    largest = Math.max(largest, weight);
  }
  const mean = total / weights;
  if (Number.isFinite(mean)) return mean;
  // Huge Bobot values or an uncapped 1e308 capaian overflow the plain sum: then sum shares of the
  // weight instead (scaled by the largest), which stays finite. Otherwise keep the plain mean's digits.
  let share = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!inPick(item, pick) || !isComputable(item.capaian)) continue;
    share += (weighted ? (item.weight as number) : 1) / largest;
  }
  let shared = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!inPick(item, pick) || !isComputable(item.capaian)) continue;
    const weight = weighted ? (item.weight as number) : 1;
    shared += (weight / largest / share) * capAchievement(item.capaian, policy);
  }
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
  const capaian = meanOf(itemsOf(indicators), 'all', policy);
  // A damaged row (null, a bare number) is not an item: skipped, never counted.
  return {
    capaian,
    counted: tally.counted,
    skipped: tally.skipped + tally.damaged,
    warnings: warningsOf(tally.warning),
  };
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
  const items = itemsOf(rhks);
  const utama = meanOf(items, 'utama', policy);
  const tambahan = meanOf(items, 'tambahan', policy);
  // Warnings come from the mean that decides the score, so a weight problem is reported once.
  const capaian = policy.includeTambahan ? meanOf(items, 'all', policy) : meanOf(items, 'utama', policy);
  return {
    capaian,
    counted: tally.counted,
    skipped: tally.skipped,
    warnings: warningsOf(tally.warning),
    utama,
    tambahan,
  };
}
