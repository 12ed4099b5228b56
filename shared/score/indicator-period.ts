import type { Policy } from '../policy/schema';
import { decideIndicator, type IndicatorFacts, type IndicatorVerdict } from './indicator';
import { type PeriodBasis, type PeriodTargetCell, targetForPeriod } from './prorate';

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** What a sheet knows beside the cells: how its target meets the period scored (score/prorate.ts). */
export interface PeriodFacts {
  /** Absent: the target is the period's own. */
  basis?: PeriodBasis | undefined;
  /** The Satuan column's word, when the target cell has none (a level unit is never prorated). */
  satuan?: string | undefined;
  /** The indicator's text, named in the basis note. */
  indikator?: string | undefined;
  /** The period's own target cell (basis rule 'periode'), when the table has that column. */
  periodTarget?: PeriodTargetCell | undefined;
}

/**
 * The one indicator verdict (decideIndicator) for an indicator of a period: an annual target is first
 * prorated, or replaced by the period's own target, by the policy's rule (targetForPeriod), the reason on
 * the verdict. Apart from decideIndicator so that a surface that never scores periods (the overlay) does
 * not carry the period rules.
 */
export function decideIndicatorForPeriod(
  facts: IndicatorFacts & PeriodFacts,
  policy: Pick<Policy, 'capaian' | 'rating'>,
): IndicatorVerdict {
  const { basis, satuan, indikator, periodTarget, ...cells } = facts;
  if (!isObject(basis) || !isObject(cells.target) || !cells.target.ok) return decideIndicator(cells, policy);
  const prepared = targetForPeriod(cells.target.value, basis, satuan, indikator ?? '', periodTarget);
  return decideIndicator({ ...cells, prepared }, policy);
}
