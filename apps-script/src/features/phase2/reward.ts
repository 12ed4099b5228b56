import type { Action } from '../../action';
import { pendingFeature } from './pending';

/** Placeholder until phase 2: "Daftar reward & punishment". */
export const rewardPunishmentList: Action = pendingFeature('SHEETS_MENU_REWARD');
