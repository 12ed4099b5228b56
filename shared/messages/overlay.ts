import type { MessageSection } from './types';

/** Messages of the extension's page overlay (badges, tooltips, summary panel). Keys are stable codes. */
export const overlayMessages = {} satisfies MessageSection;
