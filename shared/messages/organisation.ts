import type { MessageSection } from './types';

/** Messages owned by the organisation part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const organisationMessages = {} satisfies MessageSection;
