import type { Issue } from '../core/issue';

/**
 * The reasons that name a hukuman disiplin beside a recommendation (shared/pipeline/pembinaan.ts
 * applyHukuman), by how the hukuman stands in the period: listed for it (a list without dates), with no end,
 * still running at the duty date, or served within the period. One place, so that a recommendation rebuilt
 * later (the year's TK ladder, pp94.ts withYearDiscipline) says the same hukuman the same way.
 */
export type HukumanStanding = 'listed' | 'permanent' | 'running' | 'served';

/** The award withheld because of the hukuman. */
export const AWARD_BLOCKED: Readonly<Record<HukumanStanding, Issue['code']>> = {
  listed: 'REC_AWARD_BLOCKED_HUKUMAN_LISTED',
  permanent: 'REC_AWARD_BLOCKED_HUKUMAN_PERMANENT',
  running: 'REC_AWARD_BLOCKED_HUKUMAN',
  served: 'REC_AWARD_BLOCKED_HUKUMAN_SERVED',
};

/** A teguran or sanksi kept beside the hukuman, for the official deciding it to know of it. */
export const UNDER_HUKUMAN: Readonly<Record<HukumanStanding, Issue['code']>> = {
  listed: 'REC_UNDER_HUKUMAN_LISTED',
  permanent: 'REC_UNDER_HUKUMAN',
  running: 'REC_UNDER_HUKUMAN',
  served: 'REC_UNDER_HUKUMAN_SERVED',
};

/**
 * The reason a teguran or sanksi carries beside the hukuman that `reasons` name (as applyHukuman wrote them,
 * for an award withheld or a proposal kept), or null when they name none: the same hukuman, said as a
 * proposal kept beside it.
 */
export function underHukumanReason(reasons: readonly Issue[]): Issue | null {
  for (const reason of reasons)
    for (const standing of Object.keys(UNDER_HUKUMAN) as HukumanStanding[])
      if (reason.code === UNDER_HUKUMAN[standing] || reason.code === AWARD_BLOCKED[standing])
        return { ...reason, code: UNDER_HUKUMAN[standing] };
  return null;
}
