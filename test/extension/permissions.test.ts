import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BKN_MATCH } from '../../extension/manifest';
import {
  askTab,
  externalRequests,
  type FixtureServer,
  type LaunchedExtension,
  launchExtension,
  readStorage,
  startFixtureServer,
  TEST_MATCHES,
  tabIdFor,
} from './harness';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const STATUS = { type: 'nilai-kerja/status' };

describe('permissions in a real browser', () => {
  it('holds, after install, exactly the manifest hosts and no optional site', async () => {
    const granted = await ext.worker.evaluate(() => chrome.permissions.getAll());
    expect([...(granted.origins ?? [])].sort()).toEqual([BKN_MATCH, TEST_MATCHES].sort());
    expect([...(granted.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    const regional = await ext.worker.evaluate(() =>
      chrome.permissions.contains({ origins: ['https://ekinerja.tulangbawangkab.go.id/*'] }),
    );
    expect(regional).toBe(false);
    expect(await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await expect.poll(async () => (await readStorage(ext)).sites ?? []).toEqual([]);
  });

  it('runs the content script on a declared host and answers the popup', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('shell-skp.html'));
    const tabId = await tabIdFor(ext, server.url('shell-skp.html'));
    const status = (await askTab(ext, tabId, STATUS)) as { rows: number; overlay: boolean };
    expect(typeof status.rows).toBe('number');
    expect(status.overlay).toBe(true);
  });

  it('stays out of sites the user has not enabled (same page served as localhost)', async () => {
    const url = `http://localhost:${server.port}/shell-skp.html`;
    const tabId = await ext.worker.evaluate(
      (u) =>
        new Promise<number>((done) => {
          chrome.tabs.create({ url: u }, (tab) => {
            const listener = (id: number, info: chrome.tabs.OnUpdatedInfo) => {
              if (id === tab.id && info.status === 'complete') {
                chrome.tabs.onUpdated.removeListener(listener);
                done(id);
              }
            };
            chrome.tabs.onUpdated.addListener(listener);
          });
        }),
      url,
    );
    await expect(askTab(ext, tabId, STATUS)).rejects.toThrow(/Receiving end does not exist/);
    // Without activeTab or a grant the extension cannot even read the tab's address.
    const visible = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId);
    expect(visible).toBeUndefined();
  });

  it('does not let web pages load the content script file', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('shell-skp.html'));
    const fetched = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'blocked';
      }
    }, ext.extensionUrl('src/content/main.js'));
    expect(fetched).toBe('blocked');
  });

  it('sent nothing beyond this computer', () => {
    expect(externalRequests(ext.requests)).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
