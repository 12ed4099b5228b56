import type { Issue } from '../core/issue';
import { type RankedUnit, rankUnits, type UnitRanking } from '../org/ranking';
import type { PredikatOrganisasi } from '../policy/sections/rating';
import type { RewardPolicy } from '../policy/sections/reward';
import { predikatOrganisasiLabel } from '../score/predikat';
import type { UnitRecommendationKind } from './flags';

export interface UnitSummary {
  unit: string;
  predikat: PredikatOrganisasi | null;
  /** This period's SAKIP score (0-100), when the unit's worksheet was evaluated. */
  sakipScore: number | null;
  /** Last period's SAKIP score, for the most improved award. */
  previousSakipScore: number | null;
  /** Mean employee capaian as a fraction, when any was computable. */
  averageCapaian: number | null;
}

export interface UnitRecommendation {
  unit: string;
  kind: UnitRecommendationKind;
  /** Rank among the units (1 = best), null when the unit could not be ranked. */
  rank: number | null;
  reasons: Issue[];
}

export interface UnitRecommendations {
  /** What the units were ranked on: SAKIP when every unit has a score, otherwise average capaian. */
  basis: 'sakip' | 'capaian' | 'none';
  ranking: UnitRanking | null;
  units: UnitRecommendation[];
  /** Why the units could not be ranked, if so. */
  issues: Issue[];
}

const pct = (fraction: number): number => Math.round(fraction * 1000) / 10;

function scoresFor(units: readonly UnitSummary[]): { basis: 'sakip' | 'capaian' | 'none'; scores: number[] } {
  if (units.length > 0 && units.every((u) => u.sakipScore !== null))
    return { basis: 'sakip', scores: units.map((u) => u.sakipScore ?? 0) };
  if (units.length > 0 && units.every((u) => u.averageCapaian !== null))
    // rankUnits takes 0-100 scores; capaian above 100% counts as 100 (units then share the top rank).
    return {
      basis: 'capaian',
      scores: units.map((u) => Math.min(100, Math.max(0, pct(u.averageCapaian ?? 0)))),
    };
  return { basis: 'none', scores: [] };
}

/**
 * Reward and punishment for units at the Sekda's coordination meeting (docs/rules.md#unit-ranking): the best unit and the
 * most improved one are named for an award, units with a poor predikat organisasi or the lowest score for
 * pembinaan. Ranks by SAKIP (PermenPANRB 88/2021) when every unit was evaluated, else by average capaian.
 */
export function recommendForUnits(units: readonly UnitSummary[], policy: RewardPolicy): UnitRecommendations {
  const { basis, scores } = scoresFor(units);
  const issues: Issue[] = [];
  let ranking: UnitRanking | null = null;
  if (basis !== 'none') {
    // Employees whose unit is unknown were reported as such (PIPE_UNIT_EMPTY); they are not a unit to rank.
    const ranked = rankUnits(
      units.flatMap((u, i) =>
        u.unit.trim() === ''
          ? []
          : [
              {
                unit: u.unit,
                score: scores[i] ?? 0,
                previous: basis === 'sakip' ? u.previousSakipScore : null,
              },
            ],
      ),
      policy,
    );
    if (ranked.ok) ranking = ranked.value;
    else issues.push(ranked.issue);
  }

  const byUnit = new Map<string, RankedUnit>((ranking?.ranking ?? []).map((r) => [r.unit, r]));
  const names = (list: readonly RankedUnit[]) => new Set(list.map((r) => r.unit));
  const best = names(ranking?.best ?? []);
  const improved = names(ranking?.mostImproved ?? []);
  const lowest = names(ranking?.lowest ?? []);
  const total = units.length;

  const result = units.map((u): UnitRecommendation => {
    const ranked = byUnit.get(u.unit.trim());
    const rank = ranked?.rank ?? null;
    const reasons: Issue[] = [];
    const poor = u.predikat !== null && policy.unitPembinaanPredikat.includes(u.predikat);
    if (poor && u.predikat)
      reasons.push({ code: 'REC_UNIT_PEMBINAAN', params: { predikat: predikatOrganisasiLabel(u.predikat) } });
    if (ranked && best.has(ranked.unit))
      reasons.push(
        basis === 'sakip'
          ? { code: 'REC_UNIT_BEST_SAKIP', params: { total, score: ranked.score } }
          : { code: 'REC_UNIT_BEST_CAPAIAN', params: { total, capaian: ranked.score } },
      );
    if (ranked && improved.has(ranked.unit) && ranked.delta !== null && ranked.previous !== null)
      reasons.push({
        code: 'REC_UNIT_MOST_IMPROVED',
        params: { delta: ranked.delta, previous: ranked.previous, score: ranked.score },
      });
    if (ranked && lowest.has(ranked.unit))
      reasons.push({ code: 'REC_UNIT_LAST', params: { rank: ranked.rank, total } });

    let kind: UnitRecommendationKind = 'tidak_ada';
    if (poor) kind = 'pembinaan_unit';
    else if (ranked && best.has(ranked.unit)) kind = 'unit_terbaik';
    else if (ranked && improved.has(ranked.unit)) kind = 'paling_meningkat';
    else if (ranked && lowest.has(ranked.unit)) kind = 'pembinaan_unit';
    if (reasons.length === 0 && rank !== null)
      reasons.push({ code: 'REC_UNIT_NONE', params: { rank, total } });
    return { unit: u.unit, kind, rank, reasons };
  });
  return { basis, ranking, units: result, issues };
}
