/**
 * A single-page app whose period filter re-renders only the page's period line ("Periode : November 2025"
 * becomes "Periode : Mei 2025") while the table's rows stay as they are (two months with the same figures,
 * or before the table's own re-render arrives), in real Chromium through the built extension: the verdicts
 * that depend on the period follow the line the page now shows, never the period it named when the table
 * was first scored. A text outside the tables that names no period (a clock ticking in the header) reads
 * no table again.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_CHECKED_KEY } from '../../extension/src/managed';
import { readBadges, useExtension, waitForBadges } from './fixture';
import { readStorage } from './harness';

const browser = useExtension({ build: true, server: true });

beforeAll(async () => {
  // The background's first write after install (its copy of the managed policy, managed.ts) changes the
  // settings every open tab listens to, and the overlay then scores the page again from scratch: it is
  // waited for here, so only the page's own change can move a verdict below.
  const deadline = Date.now() + 20_000;
  while (!(MANAGED_CHECKED_KEY in (await readStorage(browser.ext)))) {
    if (Date.now() > deadline) throw new Error('the background never mirrored the managed policy');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

const ANDI = '199107242019031004';
const BUDI = '198811032014021001';

/** The people flagged kesibukan semu, by NIP. */
const busy = async (page: Page): Promise<string[]> =>
  (await readBadges(page, { kind: 'pegawai' }))
    .filter((b) => b.flags.split(' ').includes('kesibukan_semu'))
    .map((b) => b.nip ?? '')
    .sort();

/** The overlay's done marks so far (overlay.ts markDone): rows read from the page in each batch. */
const doneMarks = (page: Page): Promise<{ read: number }[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByName('nilai-kerja:done')
      .map((m) => ({ read: ((m as PerformanceMark).detail as { read: number }).read })),
  );

/** Sets the text of the element `selector` (the page's own script re-rendering it), as a text node edit. */
const setText = (page: Page, selector: string, text: string): Promise<void> =>
  page.evaluate(
    ([selector, text]) => {
      const element = document.querySelector(selector) as Element;
      (element.firstChild as Text).nodeValue = text;
    },
    [selector, text] as const,
  );

describe('the overlay follows a page period line changed alone', () => {
  it('a recap list with minutes gets the May verdict when only its period line moves to May 2025', async () => {
    const page = await browser.open('periode-rekap-menit.html');
    await waitForBadges(page, 3, { kind: 'pegawai' });
    // November 2025: 20 working days, 6.000 minutes expected: only Andi's 5.500 is busy.
    await page.waitForFunction(
      (nip) =>
        document
          .querySelector(`[data-kind="pegawai"][data-nip="${nip}"]`)
          ?.getAttribute('title')
          ?.includes('November 2025'),
      ANDI,
    );
    expect(await busy(page)).toEqual([ANDI]);

    // A clock in the header ticks: a change outside the tables that names no period reads no table.
    const before = (await doneMarks(page)).length;
    await setText(page, '#jam', '08:00:01');
    await page.waitForFunction(
      (count) => performance.getEntriesByName('nilai-kerja:done').length > count,
      before,
    );
    // Two frames later nothing more has been read either (no rescan asked for by the tick).
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect((await doneMarks(page)).slice(before).map((m) => m.read)).toEqual([0]);
    expect(await busy(page)).toEqual([ANDI]);

    // A stamp written on the period's own line moves nothing either: the period read is still November 2025.
    const stamped = (await doneMarks(page)).length;
    await setText(page, '#periode', 'Periode : November 2025 (diperbarui 08:00:01)');
    await page.waitForFunction(
      (count) => performance.getEntriesByName('nilai-kerja:done').length > count,
      stamped,
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect((await doneMarks(page)).slice(stamped).map((m) => m.read)).toEqual([0]);
    expect(await busy(page)).toEqual([ANDI]);

    // The month filter re-renders the period line only: May 2025 has 17 working days (5.100 minutes).
    await setText(page, '#periode', 'Periode : Mei 2025');
    await page.waitForFunction(
      (nip) =>
        document
          .querySelector(`[data-kind="pegawai"][data-nip="${nip}"]`)
          ?.getAttribute('data-flags')
          ?.includes('kesibukan_semu'),
      BUDI,
      { timeout: 10_000 },
    );
    expect(await busy(page)).toEqual([BUDI, ANDI].sort());
    const budi = (await readBadges(page, { kind: 'pegawai' })).find((b) => b.nip === BUDI);
    expect(budi?.title).toContain('Hari kerja Mei 2025: 17 hari dari kalender kerja kebijakan');
    expect(browser.ext.pageErrors).toEqual([]);
    await page.close();
  });

  it('an SKP table with "Target Tahunan" is prorated again when only the period moves to Triwulan II', async () => {
    const page = await browser.open('periode-skp-tahunan.html');
    await waitForBadges(page, 2, { kind: 'indikator' });
    // Up to March: 12 x 1/4 = 3 Laporan and 24 x 1/4 = 6 Dokumen, both met.
    let shown = await readBadges(page, { kind: 'indikator' });
    expect(shown.map((b) => b.capaian)).toEqual(['1', '1']);
    expect(shown[0]?.title).toContain('Triwulan I 2025');

    // The identity table's period cell is re-rendered alone; the SKP rows stay as they are.
    await setText(page, '#periode', 'Triwulan II 2025');
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-kind="indikator"]')).every(
          (b) => b.getAttribute('data-capaian') === '0.5',
        ),
      undefined,
      { timeout: 10_000 },
    );
    // Up to June: 12 x 2/4 = 6, so 3 Laporan is 50% (not 100% against the first quarter).
    shown = await readBadges(page, { kind: 'indikator' });
    expect(shown.map((b) => b.capaian)).toEqual(['0.5', '0.5']);
    expect(shown[0]?.title).toContain('Triwulan II 2025');
    expect(shown[0]?.title).not.toContain('Triwulan I 2025');
    expect(browser.ext.pageErrors).toEqual([]);
    await page.close();
  });
});
