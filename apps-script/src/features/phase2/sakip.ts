import type { Action } from '../../action';
import { pendingFeature } from './pending';

/** Placeholder until phase 2: "Evaluasi SAKIP". */
export const sakipEvaluation: Action = pendingFeature('SHEETS_MENU_SAKIP');
