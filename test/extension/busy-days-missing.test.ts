/**
 * A recap of subordinates' activity minutes whose working-day rules cannot load (the background answers
 * that the working-days script did not run: here a copy of the test build without that script, so the
 * background's injection fails as it would for a frame the extension may not script), in real Chromium:
 * the panel says so, in the catalog's words, and no kesibukan semu is judged against days never counted
 * (never a silent 21 days), while each person still gets their badge.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKING_DAYS_MODULE_FILE } from '../../extension/src/content/period/days-api';
import { t } from '../../shared/messages';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';
import { REPO_ROOT, TEST_EXTENSION_DIR } from './harness';

/** The test build without its working-days script. */
const WITHOUT_DAYS = mkdtempSync(join(tmpdir(), 'nilai-kerja-no-days-'));

const browser = useExtension({
  build: true,
  // After the build check (`build`): a copy of the fresh test build.
  before: () => {
    cpSync(resolve(REPO_ROOT, TEST_EXTENSION_DIR), WITHOUT_DAYS, { recursive: true });
    rmSync(join(WITHOUT_DAYS, WORKING_DAYS_MODULE_FILE));
  },
  launch: { extensionPath: WITHOUT_DAYS },
  server: true,
});

afterAll(() => rmSync(WITHOUT_DAYS, { recursive: true, force: true }));

describe('a recap with minutes whose working-day rules cannot load', () => {
  it('says so in the panel and judges no kesibukan semu', async () => {
    const page = await browser.open('periode-rekap-menit.html');
    await waitForBadges(page, 3, { kind: 'pegawai' });
    const missing = t('OVERLAY_BUSY_DAYS_MISSING', { table: '#rekap' }, 'id');
    expect(missing).toContain('aturan hari kerja periode gagal dimuat');
    await page.waitForFunction(
      () => document.querySelector('[data-nilai-kerja="panel"]') !== null,
      undefined,
      { timeout: 10_000 },
    );
    const panel = await readPanel(page);
    expect(panel.text).toContain(missing);
    // With its rules the same page flags Andi's 5.500 minutes in November (20 working days:
    // period-line-change.test.ts); without them no one is judged busy, and no badge names working days
    // (neither the period's nor a silent default's).
    const badges = await readBadges(page, { kind: 'pegawai' });
    expect(badges.map((b) => b.nip).sort()).toEqual([
      '198811032014021001',
      '199107242019031004',
      '199204152019032007',
    ]);
    expect(badges.filter((b) => b.flags.split(' ').includes('kesibukan_semu'))).toEqual([]);
    for (const badge of badges) expect(badge.title.toLowerCase()).not.toContain('hari kerja');
    expect(browser.ext.pageErrors).toEqual([]);
    await page.close();
  });
});
