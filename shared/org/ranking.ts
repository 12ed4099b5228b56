import { fail, ok, type Result } from '../core/issue';
import type { RewardPolicy } from '../policy/sections/reward';
import { cellText } from '../score/shown';
import { round2, shownValue } from './names';

/** One unit's score this period and, when known, last period's (SAKIP or any 0-100 score). */
export interface UnitScore {
  unit: string;
  score: number;
  previous?: number | null;
}

export interface RankedUnit {
  unit: string;
  score: number;
  previous: number | null;
  /** score - previous, two decimals; null when last period's score is unknown. */
  delta: number | null;
  /** 1-based competition rank: tied units share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
}

/** What a Sekda announces at the coordination meeting (reward and punishment for units). */
export interface UnitRanking {
  ranking: RankedUnit[];
  /** Units at rank 1 (several when tied). */
  best: RankedUnit[];
  /** Units with the largest improvement, if it reaches reward.mostImprovedMinDelta (several when tied). */
  mostImproved: RankedUnit[];
  /** Units with the lowest score; empty when every unit shares the same score. */
  lowest: RankedUnit[];
}

const validScore = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** Deterministic by name without locale data (Apps Script and browsers sort locale strings differently). */
const byName = (a: RankedUnit, b: RankedUnit) => {
  const x = a.unit.toLowerCase();
  const y = b.unit.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0;
};

/**
 * `text.replace(/\s+/g, ' ')`: each run of white space as one space. A name with only single plain
 * spaces (every unit name of a run, nearly) is its own answer, with no match or string made for it.
 */
export function oneSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Tabs, line ends and every white space beyond ASCII, or two spaces together: the regular expression.
    if ((c >= 9 && c <= 13) || c >= 0x80 || (c === 32 && text.charCodeAt(i + 1) === 32))
      return text.replace(/\s+/g, ' ');
  }
  return text;
}

/**
 * Ranks units by score, highest first; ties (equal at two decimals, as scores are published) share a
 * rank and are listed by name. Names the best, the most improved and the lowest units.
 */
export function rankUnits(units: readonly UnitScore[], policy: RewardPolicy): Result<UnitRanking> {
  const seen = new Set<string>();
  const rows: RankedUnit[] = [];
  const list: readonly UnitScore[] = Array.isArray(units) ? units : [];
  for (let index = 0; index < list.length; index++) {
    const row = list[index];
    // A damaged row (not an object) has no name: reported as such, at its position.
    const u: Partial<UnitScore> = typeof row === 'object' && row !== null ? row : {};
    const unit = cellText(u.unit).trim();
    if (unit === '') return fail('RANK_UNIT_NAME_EMPTY', { position: String(index + 1) });
    const key = oneSpaced(unit.toLowerCase());
    if (seen.has(key)) return fail('RANK_UNIT_DUPLICATE', { unit });
    seen.add(key);
    if (!validScore(u.score)) return fail('RANK_SCORE_INVALID', { unit, score: shownValue(u.score) });
    const previous = u.previous ?? null;
    if (previous !== null && !validScore(previous))
      return fail('RANK_SCORE_INVALID', { unit, score: shownValue(previous) });
    const score = round2(u.score);
    const delta = previous === null ? null : round2(score - round2(previous));
    rows.push({ unit, score, previous: previous === null ? null : round2(previous), delta, rank: 0 });
  }

  rows.sort((a, b) => b.score - a.score || byName(a, b));
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    row.rank = before && before.score === row.score ? before.rank : i + 1;
  });

  const top = rows[0]?.score;
  const bottom = rows[rows.length - 1]?.score;
  const best = rows.filter((r) => r.score === top);
  const lowest = bottom !== undefined && bottom !== top ? rows.filter((r) => r.score === bottom) : [];

  const improving = rows.filter((r): r is RankedUnit & { delta: number } => r.delta !== null);
  const bestDelta = improving.reduce((m, r) => Math.max(m, r.delta), Number.NEGATIVE_INFINITY);
  const mostImproved =
    improving.length > 0 && bestDelta >= policy.mostImprovedMinDelta && bestDelta > 0
      ? improving.filter((r) => r.delta === bestDelta).sort(byName)
      : [];

  return ok({ ranking: rows, best, mostImproved, lowest });
}
