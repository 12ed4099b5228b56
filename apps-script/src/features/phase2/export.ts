import type { Action } from '../../action';
import { pendingFeature } from './pending';

/** Placeholder until phase 2: "Ekspor untuk ekstensi". */
export const exportForExtension: Action = pendingFeature('SHEETS_MENU_EXPORT');
