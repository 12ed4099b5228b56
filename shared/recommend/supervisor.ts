import type { Issue } from '../core/issue';
import type { PredikatPegawai } from '../policy/sections/rating';
import type { RewardPolicy } from '../policy/sections/reward';
import { predikatLabel } from '../score/predikat';
import type { SupervisorFlag } from './flags';

export interface SubordinateSummary {
  nip: string;
  nama: string;
  predikat: PredikatPegawai | null;
  /** True when the supervisor left any umpan balik (on an indicator or on behaviour). */
  hasFeedback: boolean;
}

export interface SupervisorInput {
  nip: string;
  nama: string;
  subordinates: readonly SubordinateSummary[];
}

export interface SupervisorRecommendation {
  nip: string;
  nama: string;
  flags: SupervisorFlag[];
  reasons: Issue[];
  subordinateCount: number;
  withFeedbackCount: number;
}

const names = (list: readonly SubordinateSummary[]): string => list.map((s) => s.nama).join('; ');

/**
 * Makes the supervisor's duty visible (docs/rules.md#supervisor-duties; PermenPANRB 6/2022 asks for continuous umpan balik):
 * subordinates without feedback, a poor predikat with no reprimand recorded, an excellent one with no
 * praise recorded. The data holds no separate reprimand or praise register, so a subordinate without any
 * umpan balik counts as neither reprimanded nor praised.
 */
export function recommendForSupervisor(
  input: SupervisorInput,
  policy: RewardPolicy,
): SupervisorRecommendation {
  const subs = input.subordinates;
  const flags: SupervisorFlag[] = [];
  const reasons: Issue[] = [];
  const withoutFeedback = subs.filter((s) => !s.hasFeedback);
  const withFeedbackCount = subs.length - withoutFeedback.length;

  if (subs.length > 0 && withFeedbackCount / subs.length < policy.supervisorMinFeedbackShare) {
    flags.push('umpan_balik_kurang');
    reasons.push({
      code: 'REC_SUP_NO_FEEDBACK',
      severity: 'warning',
      params: { count: withoutFeedback.length, total: subs.length, names: names(withoutFeedback) },
    });
  }

  const poor = new Set<PredikatPegawai>([...policy.teguranPredikat, ...policy.sanksiPredikat]);
  const unreprimanded = withoutFeedback.filter((s) => s.predikat !== null && poor.has(s.predikat));
  if (unreprimanded.length > 0) {
    flags.push('teguran_belum_diberikan');
    reasons.push({
      code: 'REC_SUP_NO_REPRIMAND',
      severity: 'warning',
      params: {
        count: unreprimanded.length,
        names: unreprimanded.map((s) => `${s.nama} (${predikatLabel(s.predikat!)})`).join('; '),
      },
    });
  }

  const excellent = new Set<PredikatPegawai>(policy.apresiasiPredikat);
  const unpraised = withoutFeedback.filter((s) => s.predikat !== null && excellent.has(s.predikat));
  if (unpraised.length > 0) {
    flags.push('apresiasi_belum_diberikan');
    reasons.push({
      code: 'REC_SUP_NO_PRAISE',
      params: {
        count: unpraised.length,
        names: unpraised.map((s) => `${s.nama} (${predikatLabel(s.predikat!)})`).join('; '),
      },
    });
  }
  return {
    nip: input.nip,
    nama: input.nama,
    flags,
    reasons,
    subordinateCount: subs.length,
    withFeedbackCount,
  };
}
