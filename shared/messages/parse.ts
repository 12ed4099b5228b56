import type { MessageSection } from './types';

/** Messages owned by the parse part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const parseMessages = {} satisfies MessageSection;
