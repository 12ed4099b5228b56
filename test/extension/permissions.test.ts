import { describe, expect, it } from 'vitest';
import { BKN_MATCH } from '../../extension/manifest';
import { useExtension } from './fixture';
import { askTab, externalRequests, readStorage, TEST_MATCHES, tabIdFor } from './harness';

const browser = useExtension({ server: true });

const STATUS = { type: 'nilai-kerja/status' };

describe('permissions in a real browser', () => {
  it('holds, after install, exactly the manifest hosts and no optional site', async () => {
    const granted = await browser.ext.worker.evaluate(() => chrome.permissions.getAll());
    expect([...(granted.origins ?? [])].sort()).toEqual([BKN_MATCH, TEST_MATCHES].sort());
    expect([...(granted.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    const regional = await browser.ext.worker.evaluate(() =>
      chrome.permissions.contains({ origins: ['https://ekinerja.tulangbawangkab.go.id/*'] }),
    );
    expect(regional).toBe(false);
    expect(await browser.ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual(
      [],
    );
    await expect.poll(async () => (await readStorage(browser.ext)).sites ?? []).toEqual([]);
  });

  it('runs the content script on a declared host and answers the popup', async () => {
    await browser.open('shell-skp.html');
    const tabId = await tabIdFor(browser.ext, browser.server.url('shell-skp.html'));
    const status = (await askTab(browser.ext, tabId, STATUS)) as { rows: number; overlay: boolean };
    expect(typeof status.rows).toBe('number');
    expect(status.overlay).toBe(true);
  });

  it('stays out of sites the user has not enabled (same page served as localhost)', async () => {
    const url = `http://localhost:${browser.server.port}/shell-skp.html`;
    const tabId = await browser.ext.worker.evaluate(
      (u) =>
        new Promise<number>((done) => {
          chrome.tabs.create({ url: u }, (tab) => {
            const id = tab.id as number;
            const loaded = (): void => {
              chrome.tabs.onUpdated.removeListener(listener);
              done(id);
            };
            const listener = (updated: number, info: chrome.tabs.OnUpdatedInfo) => {
              if (updated === id && info.status === 'complete') loaded();
            };
            chrome.tabs.onUpdated.addListener(listener);
            // A page that finished loading before the listener was added sends no more 'complete'.
            chrome.tabs.get(id, (current) => {
              if (current.status === 'complete') loaded();
            });
          });
        }),
      url,
    );
    await expect(askTab(browser.ext, tabId, STATUS)).rejects.toThrow(/Receiving end does not exist/);
    // Without activeTab or a grant the extension cannot even read the tab's address.
    const visible = await browser.ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId);
    expect(visible).toBeUndefined();
  });

  it('does not let web pages load the content script file', async () => {
    const page = await browser.open('shell-skp.html');
    const fetched = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'blocked';
      }
    }, browser.ext.extensionUrl('src/content/main.js'));
    expect(fetched).toBe('blocked');
  });

  it('sent nothing beyond this computer', () => {
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
  });
});
