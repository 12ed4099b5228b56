import { attendanceCodeKey } from '../parse/attendance-code';
import { ATTENDANCE_VOCABULARY } from '../policy/sections/discipline';

/**
 * The written attendance codes the default policy knows (policy.discipline.codes' defaults), as
 * attendanceCodeKey writes them: the headers a monthly recap's code columns may carry. Its own module so
 * the extension's content build can hold the list the core computed when the build ran (the vocabulary's
 * notes and deductions stay out of the content script: extension/build.ts), never a second copy of it.
 */
export const defaultAttendanceCodeKeys = (): string[] =>
  Object.keys(ATTENDANCE_VOCABULARY).map(attendanceCodeKey);
