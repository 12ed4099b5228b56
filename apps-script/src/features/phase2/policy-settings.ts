import type { Action } from '../../action';
import { pendingFeature } from './pending';

/** Placeholder until phase 2: the policy sidebar ("Pengaturan kebijakan..."). Storage lives in settings/policy-store.ts. */
export const openPolicySettings: Action = pendingFeature('SHEETS_MENU_POLICY');
