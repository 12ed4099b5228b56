import { defaultPolicy as coreDefaultPolicy, type Policy } from '../../../../shared';

/**
 * The national default policy, as the core gives it (shared/policy: `PolicySchema.parse({})`).
 *
 * Here it is the core's own function. The content-script build (extension/build.ts) loads this module
 * as the JSON that the same function returned when the build ran, so the overlay does not run (or
 * carry) zod to rebuild the defaults on every page: the value is the core's, computed once, never a
 * second copy of a rule. test/extension/build.test.ts checks the built value equals defaultPolicy().
 */
export const defaultPolicy = (): Policy => coreDefaultPolicy();
