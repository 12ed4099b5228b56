/**
 * Background service worker. It owns no state: sites the user enabled are optional host permissions,
 * and webext-dynamic-content-scripts turns each granted origin into a registered content script
 * (persisting across sessions, injected at once into tabs already open there) and unregisters it when
 * the permission is removed. We only mirror the granted origins into storage for the options page
 * and the overlay. No network requests: nothing here fetches anything.
 */
import 'webext-dynamic-content-scripts';
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
