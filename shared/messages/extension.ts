import type { MessageSection } from './types';

/** Messages owned by the extension part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const extensionMessages = {} satisfies MessageSection;
