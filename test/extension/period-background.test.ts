/**
 * The background's answer to a content script asking for the period module (extension/src/background/
 * main.ts): the module goes into the document that asked and no other. A frame that navigated between
 * the ask and the injection (its frameId now another document), or a sender without a frame id, never
 * gets the script in another document or in the top frame; every ask of ours is answered.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_PANEL_MODULE, PANEL_MODULE_FILE } from '../../extension/src/content/panel/api';
import { LOAD_PERIOD_MODULE, PERIOD_MODULE_FILE } from '../../extension/src/content/period/api';
import {
  LOAD_WORKING_DAYS_MODULE,
  WORKING_DAYS_MODULE_FILE,
} from '../../extension/src/content/period/days-api';

vi.mock('webext-dynamic-content-scripts', () => ({}));
vi.mock('../../extension/src/managed', () => ({ keepManagedMirror: () => undefined }));
vi.mock('../../extension/src/storage', () => ({ migrateStoredPolicies: async () => undefined }));
vi.mock('../../extension/src/background/sites', () => ({ syncSitesFromPermissions: async () => undefined }));

type Listener = (
  message: unknown,
  sender: chrome.runtime.MessageSender,
  reply: (r: unknown) => void,
) => unknown;

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
let onMessage: Listener | undefined;
const injected: unknown[] = [];

beforeEach(async () => {
  injected.length = 0;
  onMessage = undefined;
  const event = () => ({ addListener: () => undefined });
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      id: EXTENSION_ID,
      onInstalled: event(),
      onStartup: event(),
      onMessage: { addListener: (listener: Listener) => (onMessage = listener) },
    },
    permissions: { onAdded: event(), onRemoved: event() },
    scripting: {
      executeScript: async (injection: unknown) => {
        injected.push(injection);
        return [];
      },
    },
  };
  vi.resetModules();
  await import('../../extension/src/background/main');
});

function ask(sender: Partial<chrome.runtime.MessageSender>, type = LOAD_PERIOD_MODULE): Promise<unknown> {
  return new Promise((resolve) => {
    const kept = onMessage?.({ type }, sender as chrome.runtime.MessageSender, resolve);
    if (kept !== true) setTimeout(() => resolve('no answer'), 20);
  });
}

const tab = { id: 41 } as chrome.tabs.Tab;

describe('the background injects the period module', () => {
  it('into the very document of the frame that asked', async () => {
    const answer = await ask({ id: EXTENSION_ID, tab, frameId: 3, documentId: 'DOC-IFRAME-SKP' });
    expect(answer).toEqual({ ok: true });
    expect(injected).toEqual([
      { target: { tabId: 41, documentIds: ['DOC-IFRAME-SKP'] }, files: [PERIOD_MODULE_FILE] },
    ]);
  });

  it('and the working-days module, the same way, when a recap with activity minutes asks', async () => {
    const sender = { id: EXTENSION_ID, tab, frameId: 3, documentId: 'DOC-REKAP' };
    expect(await ask(sender, LOAD_WORKING_DAYS_MODULE)).toEqual({ ok: true });
    expect(injected).toEqual([
      { target: { tabId: 41, documentIds: ['DOC-REKAP'] }, files: [WORKING_DAYS_MODULE_FILE] },
    ]);
  });

  it('and the panel module, the same way, when a page first has something to summarise', async () => {
    const sender = { id: EXTENSION_ID, tab, frameId: 0, documentId: 'DOC-SKP' };
    expect(await ask(sender, LOAD_PANEL_MODULE)).toEqual({ ok: true });
    expect(injected).toEqual([
      { target: { tabId: 41, documentIds: ['DOC-SKP'] }, files: [PANEL_MODULE_FILE] },
    ]);
  });

  it('never into the top frame for a sender without a frame id', async () => {
    const answer = await ask({ id: EXTENSION_ID, tab });
    expect(answer).toEqual({ ok: false });
    expect(injected).toEqual([]);
  });

  it('by frame when the browser gives no document id', async () => {
    const answer = await ask({ id: EXTENSION_ID, tab, frameId: 0 });
    expect(answer).toEqual({ ok: true });
    expect(injected).toEqual([{ target: { tabId: 41, frameIds: [0] }, files: [PERIOD_MODULE_FILE] }]);
  });

  it('not for another extension, answered', async () => {
    expect(await ask({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba', tab, frameId: 0 })).toEqual({ ok: false });
    expect(injected).toEqual([]);
  });

  it('leaves every message that is not exactly the ask to other listeners, injecting nothing', async () => {
    const sender = { id: EXTENSION_ID, tab, frameId: 0 } as chrome.runtime.MessageSender;
    for (const message of [
      null,
      'nilai-kerja/load-period-module',
      {},
      { type: 'nilai-kerja/status' },
      { type: LOAD_PERIOD_MODULE, files: ['evil.js'] },
      { type: [LOAD_PERIOD_MODULE] },
      { type: LOAD_PANEL_MODULE, file: 'src/content/main.js' },
    ]) {
      const replies: unknown[] = [];
      expect(onMessage?.(message, sender, (r) => replies.push(r))).toBe(false);
      expect(replies).toEqual([]);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(injected).toEqual([]);
  });
});
