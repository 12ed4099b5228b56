/**
 * Lists the overlay could not see before (issue 9 point 1, docs/pages.md patterns 17 and 18), each a
 * fixture of our own markup, in real Chromium through the built extension: a list inside a
 * same-origin <iframe> (the manifest's content script enters frames: all_frames), and lists drawn
 * with <div>s (ARIA grid roles, or rows of one repeated structure under a header row), read by the
 * same column recognition as a <table>. Badges, flags and the panel are asserted; the page's own
 * controls keep working, and nothing leaves the machine.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BadgeView, readBadges, readPanel, useExtension, waitForBadges } from './fixture';
import { externalRequests } from './harness';

/** The attributes these lists are checked by, all of them compared at once. */
const badgesIn = async (
  scope: Page | Frame,
): Promise<Pick<BadgeView, 'nip' | 'capaian' | 'kategori' | 'flags'>[]> =>
  (await readBadges(scope)).map(({ nip, capaian, kategori, flags }) => ({ nip, capaian, kategori, flags }));

const browser = useExtension({ build: true, server: true });

describe('a list inside a same-origin iframe (pattern 17)', () => {
  it('scores the rows in the frame, with its own panel, and leaves the outer page alone', async () => {
    const page = await browser.open('portal-bingkai.html');
    const frame = page.frame({ url: /portal-bingkai-isi\.html$/ });
    expect(frame).not.toBeNull();
    await waitForBadges(frame!, 3, { within: '#bawahan' });
    expect(await badgesIn(frame!)).toEqual([
      { nip: '198704232010012006', capaian: '0.975', kategori: 'sangat_tinggi', flags: '' },
      { nip: '199109142019031003', capaian: '0.64', kategori: 'rendah', flags: '' },
      { nip: '199506302020122011', capaian: '', kategori: '', flags: 'belum_dinilai' },
    ]);
    // The frame has the list, so the frame has the panel; the outer page (a menu) has neither.
    const panel = await readPanel(page, '#isi');
    expect(panel).toMatchObject({ page: 'daftar-pegawai', rows: '3' });
    expect(panel.text).toContain('Putri Lestari');
    expect(await page.locator('[data-nilai-kerja]').count()).toBe(0);
    // Both pages keep working.
    await page.click('#btn-menu');
    expect(await page.textContent('#klik')).toBe('1');
    await frame!.click('#btn-simpan');
    expect(await frame!.textContent('#pesan')).toBe('Tersimpan');
    await page.close();
  });
});

describe('lists drawn with <div>s (pattern 18)', () => {
  it('reads an ARIA grid like a table, and keeps one badge per row when the page re-sorts it', async () => {
    const page = await browser.open('daftar-aria-grid.html');
    await waitForBadges(page, 3, { within: '#grid-bawahan' });
    const expected = {
      wulan: { nip: '198912032014022005', capaian: '0.8875', kategori: 'tinggi', flags: '' },
      teguh: { nip: '199204172017011002', capaian: '0.525', kategori: 'rendah', flags: '' },
      anisa: { nip: '199711082022032007', capaian: '', kategori: '', flags: 'belum_dinilai' },
    };
    expect(await badgesIn(page)).toEqual([expected.wulan, expected.teguh, expected.anisa]);
    // Each badge sits in its own row's capaian cell.
    const cells = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]')).map(
        (b) => b.closest('[role="row"]')?.querySelector('[role="gridcell"]:nth-child(2)')?.textContent,
      ),
    );
    expect(cells).toEqual(['198912032014022005', '199204172017011002', '199711082022032007']);
    const { page: kind, rows } = await readPanel(page);
    expect({ page: kind, rows }).toEqual({ page: 'daftar-pegawai', rows: '3' });
    // The page's own sort still works; the rows move with their badges, one each.
    await page.click('#urut-capaian');
    expect(await page.textContent('#urutan')).toBe('Urutan: capaian naik');
    await page.waitForTimeout(300);
    expect(await badgesIn(page)).toEqual([expected.anisa, expected.teguh, expected.wulan]);
    await page.close();
  });

  it('reads a CSS grid of <div> rows filled after "Memuat data...", and follows the page’s filter', async () => {
    const page = await browser.open('daftar-css-grid.html');
    await waitForBadges(page, 4, { within: '#daftar' });
    expect(await badgesIn(page)).toEqual([
      { nip: '198306112009021004', capaian: '1.0125', kategori: 'sangat_tinggi', flags: '' },
      { nip: '199008222015032003', capaian: '0.764', kategori: 'tinggi', flags: '' },
      { nip: '199402142019031001', capaian: '', kategori: '', flags: 'belum_dinilai' },
      { nip: '198712292012122002', capaian: '0.92', kategori: 'sangat_tinggi', flags: '' },
    ]);
    // The header row is not a person, and the rows are not read as cards as well.
    expect(await page.locator('#daftar > .kepala [data-nilai-kerja]').count()).toBe(0);
    expect(await page.locator('#daftar > .baris > [data-nilai-kerja]').count()).toBe(0);
    const panel = await readPanel(page);
    expect(panel).toMatchObject({ page: 'daftar-pegawai', rows: '4' });
    expect(panel.text).toContain('Agus Salim Harahap');
    // The page's filter still works; hidden rows keep their badges hidden with them.
    await page.check('#saring');
    expect(await page.locator('#daftar > .baris:visible').count()).toBe(1);
    expect(await page.textContent('#memuat')).toBe('Menampilkan 4 pegawai');
    await page.close();
  });
});

describe('safety', () => {
  it('made no request outside the machine and raised no page error', () => {
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(browser.ext.consoleErrors).toEqual([]);
  });
});
