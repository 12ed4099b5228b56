import type { MessageSection } from './types';

/** Messages owned by the sheets part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const sheetsMessages = {} satisfies MessageSection;
