import { defaultPolicy as coreDefaultPolicy, type Policy } from '../../../../shared';

/**
 * The sections of the policy the overlay reads: capaian bands and aggregation, rating bands and matrix,
 * the SE MenPANRB 3/2023 distribution, kesibukan semu, the reward rules and how annual targets meet a
 * period (the working calendar only as a stored policy has it: OverlayPeriods) (plus `version`, by which a
 * stored policy is recognised). Every overlay function takes an OverlayPolicy, so the type checker
 * proves the overlay reads no other section (SAKIP, RB, discipline, pembinaan, history, legacy): the
 * content script leaves those out of its built-in defaults.
 */
export const OVERLAY_POLICY_SECTIONS = [
  'version',
  'capaian',
  'rating',
  'distribution',
  'busy',
  'reward',
  'periods',
] as const;

/**
 * Of `periods`, the overlay reads how an annual target meets a period (shared/score/prorate.ts), and hands
 * the working calendar of a stored policy, untouched, to the working-days module (period/days-api.ts),
 * which counts the period's working days for kesibukan semu. The built-in defaults leave the calendar out
 * (the module carries the national one): its dates stay out of the content script.
 */
export type OverlayPeriods = Omit<Policy['periods'], 'calendar'> & {
  calendar?: Policy['periods']['calendar'];
};

export type OverlayPolicy = Pick<Policy, Exclude<(typeof OVERLAY_POLICY_SECTIONS)[number], 'periods'>> & {
  periods: OverlayPeriods;
};

/** The overlay's sections of a policy, the same values (nothing copied or changed inside them). */
export function overlayPolicyOf(
  policy: Pick<Policy, (typeof OVERLAY_POLICY_SECTIONS)[number]>,
): OverlayPolicy {
  const picked: Partial<Record<keyof OverlayPolicy, unknown>> = {};
  for (const key of OVERLAY_POLICY_SECTIONS) picked[key] = policy[key];
  const { calendar: _calendar, ...periods } = policy.periods;
  picked.periods = periods;
  return picked as OverlayPolicy;
}

/**
 * The national default policy's overlay sections, as the core gives them (shared/policy:
 * `PolicySchema.parse({})`).
 *
 * Here it is the core's own function. The content-script build (extension/build.ts) loads this module
 * as the JSON that the same function returned when the build ran, so the overlay does not run (or
 * carry) zod to rebuild the defaults on every page: the value is the core's, computed once, never a
 * second copy of a rule. test/extension/build.test.ts checks the built value equals this one.
 */
export const defaultPolicy = (): OverlayPolicy => overlayPolicyOf(coreDefaultPolicy());
