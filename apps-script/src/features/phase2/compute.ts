import type { Action } from '../../action';
import { pendingFeature } from './pending';

/** Placeholder until phase 2: "Hitung nilai". */
export const computeScores: Action = pendingFeature('SHEETS_MENU_COMPUTE');
