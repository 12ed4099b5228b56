/**
 * Background service worker. It owns no state: sites the user enabled are optional host permissions,
 * and webext-dynamic-content-scripts turns each granted origin into a registered content script
 * (persisting across sessions, injected at once into tabs already open there) and unregisters it when
 * the permission is removed. We only mirror the granted origins into storage for the options page
 * and the overlay. No network requests: nothing here fetches anything.
 */
import 'webext-dynamic-content-scripts';
import * as z from '../../../shared/core/zod';
import { ENGLISH_TEXTS_FILE, LOAD_ENGLISH_TEXTS } from '../content/light/english';
import { LOAD_PANEL_MODULE, PANEL_MODULE_FILE } from '../content/panel/api';
import { LOAD_PERIOD_MODULE, PERIOD_MODULE_FILE } from '../content/period/api';
import { LOAD_WORKING_DAYS_MODULE, WORKING_DAYS_MODULE_FILE } from '../content/period/days-api';
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

/** The scripts a content script may ask for, by the runtime message that asks. */
const ON_DEMAND_FILES = {
  [LOAD_PERIOD_MODULE]: PERIOD_MODULE_FILE,
  [LOAD_ENGLISH_TEXTS]: ENGLISH_TEXTS_FILE,
  [LOAD_WORKING_DAYS_MODULE]: WORKING_DAYS_MODULE_FILE,
  [LOAD_PANEL_MODULE]: PANEL_MODULE_FILE,
} as const;

/**
 * The runtime messages the background answers, checked like every boundary (the content script's side
 * sends only `{ type }`; anything more or else is not ours and is left to other listeners).
 */
const LoadOnDemandSchema = z.strictObject({
  type: z.enum([LOAD_PERIOD_MODULE, LOAD_ENGLISH_TEXTS, LOAD_WORKING_DAYS_MODULE, LOAD_PANEL_MODULE]),
});

/**
 * The period module (content/period/api.ts), the working-days module (content/period/days-api.ts), the
 * panel module (content/panel/api.ts) or the overlay's English texts (content/light/english.ts),
 * injected into the frame whose content script asks for it: only our own content scripts can send
 * runtime messages here, and the script injected is a file of this package (no remote code). Answers
 * whether it ran.
 */
chrome.runtime.onMessage.addListener((message: unknown, sender, reply) => {
  const request = LoadOnDemandSchema.safeParse(message);
  if (!request.success) return false;
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
      files: [ON_DEMAND_FILES[request.data.type]],
    })
    .then(
      () => reply({ ok: true }),
      () => reply({ ok: false }),
    );
  return true;
});
