/**
 * A region whose policy compares each period with its own target (periods.annualTarget 'periode'), in
 * real Chromium through the built extension: the row with a "Target TW I" uses it, the row whose TW I
 * cell is empty says so on its badge, as Hitung nilai says it on its cell. The period's failure words live
 * in the period module's catalog, not the content script's: the module words them (it stopped the
 * indicator feature on the whole page before).
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/policy/schema';
import { readBadges, useExtension, waitForBadges } from './fixture';
import { externalRequests, writeRawStorage } from './harness';

const browser = useExtension({ build: true, server: true });

describe("an annual target against the period's own target (policy: periode)", () => {
  it('uses the TW I target where it is written and says why a row without one is not computed', async () => {
    const policy = defaultPolicy();
    policy.periods.annualTarget = 'periode';
    await writeRawStorage(browser.ext, { policy });
    const page = await browser.open('skp-target-triwulan.html');
    await waitForBadges(page, 2, { kind: 'indikator' });
    const [own, missing] = await readBadges(page, { kind: 'indikator' });
    // 3 Laporan against the quarter's own 4.
    expect(Number(own?.capaian)).toBeCloseTo(0.75, 10);
    expect(own?.title).toContain('Target TW I');
    expect(missing?.capaian).toBe('');
    expect(missing?.title).toContain('Capaian belum dapat dihitung');
    expect(missing?.title).toContain('Target TW I');
    expect(browser.ext.consoleErrors).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(externalRequests(browser.ext.requests)).toEqual([]);
  });
});
