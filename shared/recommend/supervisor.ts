import type { Issue } from '../core/issue';
import type { PredikatPegawai } from '../policy/sections/rating';
import type { RewardPolicy } from '../policy/sections/reward';
import { predikatLabel } from '../score/predikat';
import type { SupervisorFlag } from './flags';
import {
  type DutyWindow,
  type RegisterEntry,
  registerDuties,
  type SupervisorDuty,
} from './supervisor-register';

export interface SubordinateSummary {
  nip: string;
  nama: string;
  predikat: PredikatPegawai | null;
  /** True when the supervisor left any umpan balik (on an indicator or on behaviour). */
  hasFeedback: boolean;
  /** The subordinate's pembinaan register records, when the workbook keeps a register. */
  records?: readonly RegisterEntry[];
}

/** The pembinaan register's part: when present, teguran and apresiasi are judged from its records. */
export interface SupervisorRegisterContext {
  window: DutyWindow;
  /** Whether the workbook keeps an umpan balik column (feedback is judged only then). */
  feedbackKept: boolean;
}

export interface SupervisorInput {
  nip: string;
  nama: string;
  subordinates: readonly SubordinateSummary[];
  /** Present when the workbook keeps a pembinaan register (Catatan Pembinaan). */
  register?: SupervisorRegisterContext;
}

export interface SupervisorRecommendation {
  nip: string;
  nama: string;
  flags: SupervisorFlag[];
  reasons: Issue[];
  subordinateCount: number;
  withFeedbackCount: number;
  /** Each undone duty with the subordinate's name (and, from a register, the dates). */
  duties: SupervisorDuty[];
}

/** The list of subordinates without umpan balik when every one has it (read, never written). */
const NO_SUBORDINATES: readonly SubordinateSummary[] = Object.freeze([]);

const names = (list: readonly SubordinateSummary[]): string => list.map((s) => s.nama).join('; ');

/** A duty found without a register: who, with no window and no record. */
const undated = (duty: SupervisorDuty['duty'], s: SubordinateSummary): SupervisorDuty => ({
  duty,
  nip: s.nip,
  nama: s.nama,
  predikat: s.predikat,
  from: null,
  to: null,
  lastRecord: null,
});

/**
 * Makes the supervisor's duty visible (docs/rules.md#supervisor-duties; PermenPANRB 6/2022 asks for continuous umpan balik):
 * subordinates without feedback, a poor predikat with no reprimand recorded, an excellent one with no
 * praise recorded. With a pembinaan register (input.register) the teguran and apresiasi duties are judged
 * from its records (supervisor-register.ts). Without one, the data holds no separate reprimand or praise
 * record, so a subordinate without any umpan balik counts as neither reprimanded nor praised.
 */
export function recommendForSupervisor(
  input: SupervisorInput,
  policy: RewardPolicy,
): SupervisorRecommendation {
  const subs = input.subordinates;
  if (input.register) {
    const judged = registerDuties(
      subs.map((s) => ({ ...s, records: s.records ?? [] })),
      input.register.window,
      policy,
      input.register.feedbackKept,
    );
    return {
      nip: input.nip,
      nama: input.nama,
      ...judged,
      subordinateCount: subs.length,
      withFeedbackCount: subs.filter((s) => s.hasFeedback).length,
    };
  }
  const duties: SupervisorDuty[] = [];
  const flags: SupervisorFlag[] = [];
  const reasons: Issue[] = [];
  let withFeedbackCount = 0;
  for (let i = 0; i < subs.length; i++) if ((subs[i] as SubordinateSummary).hasFeedback) withFeedbackCount++;
  // Most supervisors left umpan balik to everyone: no list of those without is made for them.
  const withoutFeedback =
    withFeedbackCount === subs.length ? NO_SUBORDINATES : subs.filter((s) => !s.hasFeedback);

  if (subs.length > 0 && withFeedbackCount / subs.length < policy.supervisorMinFeedbackShare) {
    flags.push('umpan_balik_kurang');
    reasons.push({
      code: 'REC_SUP_NO_FEEDBACK',
      severity: 'warning',
      params: { count: withoutFeedback.length, total: subs.length, names: names(withoutFeedback) },
    });
    for (const sub of withoutFeedback) duties.push(undated('umpan_balik', sub));
  }
  if (withoutFeedback.length === 0)
    return result(input, flags, reasons, subs.length, withFeedbackCount, duties);

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
    for (const sub of unreprimanded) duties.push(undated('teguran', sub));
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
    for (const sub of unpraised) duties.push(undated('apresiasi', sub));
  }
  return result(input, flags, reasons, subs.length, withFeedbackCount, duties);
}

/** The recommendation, its fields in the order surfaces have always seen them. */
function result(
  input: SupervisorInput,
  flags: SupervisorFlag[],
  reasons: Issue[],
  subordinateCount: number,
  withFeedbackCount: number,
  duties: SupervisorDuty[],
): SupervisorRecommendation {
  return {
    nip: input.nip,
    nama: input.nama,
    flags,
    reasons,
    subordinateCount,
    withFeedbackCount,
    duties,
  };
}
