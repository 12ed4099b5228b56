import type { Issue } from '../core/issue';
import type { MessageCode, MessageParams } from '../messages/catalog';
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

/** The rows that are objects: a damaged row (null, a bare number) is not an item and is not counted. */
const rowsOf = <T>(items: readonly T[]): T[] =>
  Array.isArray(items) ? items.filter((item) => typeof item === 'object' && item !== null) : [];

const warning = (code: MessageCode, params?: MessageParams): Issue => ({
  code,
  ...(params ? { params } : {}),
  severity: 'warning',
});

/**
 * Which weights to use for the computable items: the given weights when the policy uses weights and all
 * are valid; equal weights (null) otherwise. Negative, all-zero or partly missing weights fall back to
 * equal weights with a warning, so a typo in one Bobot cell never silently distorts the score.
 */
function chooseWeights(items: readonly AggregateItem[], policy: AggregatePolicy, warnings: Issue[]): boolean {
  if (!policy.useWeights || items.length === 0) return false;
  let given = 0;
  let sum = 0;
  for (const item of items) {
    if (!hasWeight(item.weight)) continue;
    if (item.weight < 0) {
      warnings.push(warning('AGGREGATE_WEIGHT_NEGATIVE', { weight: item.weight }));
      return false;
    }
    given++;
    sum += item.weight;
  }
  if (given === 0) return false;
  if (given < items.length) {
    warnings.push(warning('AGGREGATE_WEIGHT_PARTIAL', { given, total: items.length }));
    return false;
  }
  if (sum === 0) {
    warnings.push(warning('AGGREGATE_WEIGHT_ALL_ZERO'));
    return false;
  }
  return true;
}

function meanOf(
  items: readonly AggregateItem[],
  policy: AggregatePolicy,
  warnings: Issue[],
): { capaian: number | null; counted: number; skipped: number } {
  const computable = items.filter((item) => isComputable(item.capaian));
  const skipped = items.length - computable.length;
  if (computable.length === 0) return { capaian: null, counted: 0, skipped };
  const weighted = chooseWeights(computable, policy, warnings);
  const weightOf = (item: AggregateItem) => (weighted ? (item.weight as number) : 1);
  let total = 0;
  let weights = 0;
  for (const item of computable) {
    total += weightOf(item) * capAchievement(item.capaian as number, policy);
    weights += weightOf(item);
  }
  let mean = total / weights;
  // Huge Bobot values or an uncapped 1e308 capaian overflow the plain sum: then sum shares of the
  // weight instead (scaled by the largest), which stays finite. Otherwise keep the plain mean's digits.
  if (!Number.isFinite(mean)) {
    const largest = computable.reduce((m, item) => Math.max(m, weightOf(item)), 0);
    const share = computable.reduce((sum, item) => sum + weightOf(item) / largest, 0);
    mean = 0;
    for (const item of computable)
      mean += (weightOf(item) / largest / share) * capAchievement(item.capaian as number, policy);
  }
  return { capaian: mean, counted: computable.length, skipped };
}

/**
 * Capaian of one RHK: the mean of the capped capaian of its computable indicators (weighted when the
 * policy uses weights and every computable indicator has one).
 */
export function aggregateRhk(indicators: readonly AggregateItem[], policy: AggregatePolicy): RhkAggregate {
  const warnings: Issue[] = [];
  const rows = rowsOf(indicators);
  const damaged = (Array.isArray(indicators) ? indicators.length : 0) - rows.length;
  const mean = meanOf(rows, policy, warnings);
  return { ...mean, skipped: mean.skipped + damaged, warnings };
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
  const warnings: Issue[] = [];
  const rows = rowsOf(rhks);
  const utamaItems = rows.filter((r) => r.kind === 'utama');
  const tambahanItems = rows.filter((r) => r.kind === 'tambahan');
  // Warnings come from the mean that decides the score, so a weight problem is reported once.
  const scored = meanOf(policy.includeTambahan ? rows : utamaItems, policy, warnings);
  const utama = meanOf(utamaItems, policy, []).capaian;
  const tambahan = meanOf(tambahanItems, policy, []).capaian;
  return { ...scored, utama, tambahan, warnings };
}
