/**
 * Background service worker. It owns no state: sites the user enabled are optional host permissions,
 * and webext-dynamic-content-scripts turns each granted origin into a registered content script
 * (persisting across sessions, injected at once into tabs already open there) and unregisters it when
 * the permission is removed. We only mirror the granted origins into storage for the options page
 * and the overlay. No network requests: nothing here fetches anything.
 */
import 'webext-dynamic-content-scripts';
import * as z from '../../../shared/core/zod';
import { LOAD_PERIOD_MODULE, PERIOD_MODULE_FILE } from '../content/period/api';
import { keepManagedMirror } from '../managed';
import { migrateStoredPolicies } from '../storage';
import { syncSitesFromPermissions } from './sites';

// Group policy (chrome.storage.managed) copied where pages and content scripts read it at once.
keepManagedMirror();

chrome.permissions.onAdded.addListener(() => void syncSitesFromPermissions());
chrome.permissions.onRemoved.addListener(() => void syncSitesFromPermissions());
chrome.runtime.onInstalled.addListener(() => void syncSitesFromPermissions());
chrome.runtime.onStartup.addListener(() => void syncSitesFromPermissions());
// A policy stored by an older version, migrated once for the overlay (which reads storage without zod).
chrome.runtime.onInstalled.addListener(() => void migrateStoredPolicies());
chrome.runtime.onStartup.addListener(() => void migrateStoredPolicies());

/**
 * The one runtime message the background answers, checked like every boundary (the content script's side
 * sends only `{ type }`; anything more or else is not ours and is left to other listeners).
 */
const LoadPeriodModuleSchema = z.strictObject({ type: z.literal(LOAD_PERIOD_MODULE) });

/**
 * The period module (content/period/api.ts), injected into the frame whose content script asks for it:
 * only our own content scripts can send runtime messages here, and the script injected is a file of
 * this package (no remote code). Answers whether it ran.
 */
chrome.runtime.onMessage.addListener((message: unknown, sender, reply) => {
  if (!LoadPeriodModuleSchema.safeParse(message).success) return false;
  const tabId = sender.tab?.id;
  const { frameId, documentId } = sender;
  // Only the frame that asked: never the top frame for a sender without a frame id, and pinned to its
  // document (Chrome 106+), so a frame that navigated meanwhile gets nothing.
  if (sender.id !== chrome.runtime.id || tabId === undefined || typeof frameId !== 'number') {
    reply({ ok: false });
    return false;
  }
  chrome.scripting
    .executeScript({
      target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
      files: [PERIOD_MODULE_FILE],
    })
    .then(
      () => reply({ ok: true }),
      () => reply({ ok: false }),
    );
  return true;
});
