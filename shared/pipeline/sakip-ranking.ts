import { rankUnits } from '../org/ranking';
import type { Policy } from '../policy/schema';
import type { SakipRanking, UnitResult } from './schema';

/**
 * Units with a SAKIP evaluation ranked by score (competition ranks), with the best and the most improved
 * against last period's score: the ranking the "Evaluasi SAKIP" sheet and the Sekda's recap show.
 */
export function sakipRankingOf(
  units: readonly Pick<UnitResult, 'unit' | 'sakip'>[],
  policy: Policy,
): SakipRanking | null {
  const scored = units.flatMap((u) =>
    u.sakip ? [{ unit: u.unit, score: u.sakip.score, previous: u.sakip.previous }] : [],
  );
  if (scored.length === 0) return null;
  const ranked = rankUnits(scored, policy.reward);
  if (!ranked.ok) return null;
  const names = (list: readonly { unit: string }[]) => list.map((u) => u.unit);
  return {
    ranking: ranked.value.ranking,
    best: names(ranked.value.best),
    mostImproved: names(ranked.value.mostImproved),
  };
}
