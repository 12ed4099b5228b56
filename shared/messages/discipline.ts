import type { MessageSection } from './types';

/** Messages owned by the discipline part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const disciplineMessages = {} satisfies MessageSection;
