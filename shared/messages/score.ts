import type { MessageSection } from './types';

/** Messages owned by the score part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const scoreMessages = {} satisfies MessageSection;
