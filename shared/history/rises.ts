/**
 * Who rose most between two periods, one rule for employees and units alike (the Sekda's "most improved"
 * reward, DOMAIN.md Units): only those with a capaian in both periods, only rises, the largest first, ties
 * by name so the list is the same on every run.
 */
export interface Rise {
  from: number;
  to: number;
  /** `to - from` in points of a fraction, rounded to 12 significant digits (0.9 - 0.8 is 0.1). */
  change: number;
}

export function largestRises<T extends { from: number; to: number }>(
  candidates: readonly T[],
  nameOf: (candidate: T) => string,
  count: number,
): (T & Rise)[] {
  return candidates
    .map((c) => ({ ...c, change: Number((c.to - c.from).toPrecision(12)) }))
    .filter((c) => c.change > 0)
    .sort((a, b) => b.change - a.change || (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0))
    .slice(0, Math.max(0, count));
}
