import { defaultPolicy, type WorkCalendar } from '../../../../shared';

/**
 * The national default policy's working calendar (`periods.calendar` of PolicySchema.parse({})), for the
 * working-days module when the stored policy has none (the built-in defaults of the content script leave
 * the calendar out: default-policy.ts). The build (extension/build.ts) loads this module as the value the
 * same function returned when the build ran, so the module carries no zod; build.test.ts checks they match.
 */
export const defaultCalendar = (): WorkCalendar => defaultPolicy().periods.calendar;
