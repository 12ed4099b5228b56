import type { MessageSection } from './types';

/** Messages owned by the recommend part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const recommendMessages = {} satisfies MessageSection;
