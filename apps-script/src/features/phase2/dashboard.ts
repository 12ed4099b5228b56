import type { Action } from '../../action';
import { pendingFeature } from './pending';

/** Placeholder until phase 2: "Dasbor". */
export const buildDashboard: Action = pendingFeature('SHEETS_MENU_DASHBOARD');
