import type { Issue } from '../core/issue';
import type { BusyPolicy } from '../policy/sections/busy';
import type { BusyFlag } from './flags';

export interface BusyInput {
  /** Activity minutes logged in the period (rejected activities already left out by the caller). */
  minutes: number;
  /** Working days in the period; the policy default when absent or not a positive number. */
  workingDays?: number;
  /** Employee's aggregated capaian as a fraction, or null when no indicator could be computed. */
  capaian: number | null;
  /** Of `minutes`, those logged without an output or bukti dukung. */
  activityMinutesWithoutOutput: number;
}

export interface BusyVerdict {
  /** Shared and frozen when empty (most employees): read them, never add to them. */
  readonly flags: readonly BusyFlag[];
  readonly reasons: readonly Issue[];
  /** Minutes the period asks for (working days x minutes per day), for display. */
  expectedMinutes: number;
}

/** A verdict a caller refills for each employee (the pipeline's run: one record for 20,000 employees). */
export type BusyVerdictRecord = { -readonly [K in keyof BusyVerdict]: BusyVerdict[K] };

const NO_FLAGS: readonly BusyFlag[] = Object.freeze([]);
const NO_REASONS: readonly Issue[] = Object.freeze([]);
/** The flags a verdict can raise, each combination one frozen list (in BUSY_FLAGS order, as always raised). */
const BUSY_ONLY: readonly BusyFlag[] = Object.freeze(['kesibukan_semu']);
const NO_OUTPUT_ONLY: readonly BusyFlag[] = Object.freeze(['aktivitas_tanpa_output']);
const BUSY_AND_NO_OUTPUT: readonly BusyFlag[] = Object.freeze(['kesibukan_semu', 'aktivitas_tanpa_output']);

const finiteOr = (value: number, fallback: number): number => (Number.isFinite(value) ? value : fallback);
const percent = (fraction: number): number => Math.round(fraction * 1000) / 10;

/**
 * Busy but no results (kesibukan semu, docs/rules.md#kesibukan-semu): the employee logged at least the policy share of the
 * expected minutes (working days x 300 in regional apps) while the results stayed below the policy's
 * capaian. Also flags a period where most logged minutes produced no output or evidence.
 * Never judges an employee whose results could not be computed (capaian null): that is a data issue.
 */
export function detectBusyWithoutResults(
  input: BusyInput,
  policy: BusyPolicy,
  into?: BusyVerdictRecord,
): BusyVerdict {
  const days =
    input.workingDays !== undefined && Number.isFinite(input.workingDays) && input.workingDays > 0
      ? input.workingDays
      : policy.defaultWorkingDays;
  const expectedMinutes = days * policy.minutesPerWorkingDay;
  const minutes = Math.max(0, finiteOr(input.minutes, 0));
  const withoutOutput = Math.min(minutes, Math.max(0, finiteOr(input.activityMinutesWithoutOutput, 0)));
  if (minutes <= 0) return verdict(NO_FLAGS, NO_REASONS, expectedMinutes, into);

  // Most employees get no flag. The flags come from the four lists there can be (shared, frozen), and the
  // reasons in a list of exactly their number, made once both are known.
  const minutesShare = minutes / expectedMinutes;
  const capaian = input.capaian;
  const busy =
    capaian !== null &&
    Number.isFinite(capaian) &&
    minutesShare >= policy.minMinutesShare &&
    capaian < policy.maxCapaian
      ? busyReason(minutes, minutesShare, expectedMinutes, capaian, policy)
      : undefined;

  const noOutputShare = withoutOutput / minutes;
  const noOutput =
    withoutOutput > 0 && noOutputShare >= policy.noOutputMinutesShare
      ? noOutputReason(withoutOutput, minutes, noOutputShare, policy)
      : undefined;
  if (busy === undefined)
    return noOutput === undefined
      ? verdict(NO_FLAGS, NO_REASONS, expectedMinutes, into)
      : verdict(NO_OUTPUT_ONLY, [noOutput], expectedMinutes, into);
  return noOutput === undefined
    ? verdict(BUSY_ONLY, [busy], expectedMinutes, into)
    : verdict(BUSY_AND_NO_OUTPUT, [busy, noOutput], expectedMinutes, into);
}

function busyReason(
  minutes: number,
  minutesShare: number,
  expectedMinutes: number,
  capaian: number,
  policy: BusyPolicy,
): Issue {
  return {
    code: 'REC_BUSY_NO_RESULTS',
    severity: 'warning',
    params: {
      minutes: Math.round(minutes),
      share: Math.round(minutesShare * 100),
      expected: Math.round(expectedMinutes),
      capaian: percent(capaian),
      threshold: percent(policy.maxCapaian),
    },
  };
}

function noOutputReason(
  withoutOutput: number,
  minutes: number,
  noOutputShare: number,
  policy: BusyPolicy,
): Issue {
  return {
    code: 'REC_ACTIVITY_NO_OUTPUT',
    severity: 'warning',
    params: {
      withoutOutput: Math.round(withoutOutput),
      minutes: Math.round(minutes),
      share: Math.round(noOutputShare * 100),
      threshold: Math.round(policy.noOutputMinutesShare * 100),
    },
  };
}

/** The verdict, in `into` when the caller gives a record to refill (read before the next call). */
function verdict(
  flags: readonly BusyFlag[],
  reasons: readonly Issue[],
  expectedMinutes: number,
  into: BusyVerdictRecord | undefined,
): BusyVerdict {
  if (into === undefined) return { flags, reasons, expectedMinutes };
  into.flags = flags;
  into.reasons = reasons;
  into.expectedMinutes = expectedMinutes;
  return into;
}
