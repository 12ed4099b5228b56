import type { MessageSection } from './types';

/** Messages owned by the columns part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const columnsMessages = {} satisfies MessageSection;
