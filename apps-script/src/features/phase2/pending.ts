import type { MessageCode } from '../../../../shared/messages/catalog';
import { type Action, done, say } from '../../action';

/**
 * Phase-2 features (results, dashboard, reward & punishment, SAKIP, policy, export) are registered in
 * the menu and in globals.ts already, each pointing at a placeholder built here. Phase 2 replaces the
 * placeholder module with the real feature and keeps the exported name.
 */
export const pendingFeature =
  (label: MessageCode): Action =>
  () =>
    done(say('SHEETS_PHASE2_PENDING', { feature: say(label).replace(/\.+$/, '') }));
