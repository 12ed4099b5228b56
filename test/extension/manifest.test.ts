import { describe, expect, it } from 'vitest';
import { BKN_MATCH, MINIMUM_CHROME_VERSION, OPTIONAL_HOSTS } from '../../extension/manifest';
import { t } from '../../shared/messages/format';
import { useExtension } from './fixture';
import { externalRequests, TEST_MATCHES } from './harness';

const browser = useExtension();

describe('manifest, as Chromium loaded it', () => {
  it('starts the background service worker of an MV3 extension', async () => {
    expect(browser.ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.ext.worker.url()).toBe(browser.ext.extensionUrl('service-worker-loader.js'));
    expect(await browser.ext.worker.evaluate(() => chrome.runtime.getManifest().manifest_version)).toBe(3);
  });

  it('asks only for storage, activeTab and scripting, and only the BKN host (plus the build-time sites)', async () => {
    const m = await browser.ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect(m.host_permissions).toEqual([BKN_MATCH, TEST_MATCHES]);
    expect(m.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(m.content_scripts?.[0]?.matches).toEqual([BKN_MATCH, TEST_MATCHES]);
    // Same-origin frames too (docs/pages.md#pattern-17); granted sites are registered from this entry.
    expect(m.content_scripts?.[0]?.all_frames).toBe(true);
    expect(m.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
  });

  it('declares a strict CSP for extension pages and exposes no file to web pages', async () => {
    const m = await browser.ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('resolves its name from _locales in the browser language', async () => {
    const name = await browser.ext.worker.evaluate(() => chrome.i18n.getMessage('extName'));
    expect([t('EXT_NAME', undefined, 'id'), t('EXT_NAME', undefined, 'en')]).toContain(name);
    const description = await browser.ext.worker.evaluate(() => chrome.i18n.getMessage('extDescription'));
    expect(description).toContain('PermenPANRB 6/2022');
  });

  it('makes no network request of its own', async () => {
    const page = await browser.ext.newPage();
    await page.goto(browser.ext.extensionUrl('src/options/options.html'));
    await page.locator('#policy').waitFor();
    // The worker loads its own modules from chrome-extension://, and nothing else.
    const fromWorker = browser.ext.requests.filter((r) => r.from === 'service-worker');
    expect(fromWorker.filter((r) => !r.url.startsWith(browser.ext.extensionUrl('')))).toEqual([]);
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(browser.ext.consoleErrors).toEqual([]);
  });
});
