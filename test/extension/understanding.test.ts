/**
 * Pages the overlay had never understood (docs/pages.md patterns 11-16, issue 9 point 1), each a fixture
 * of our own markup and scripts, in real Chromium through the built extension: status words and "n/m
 * dinilai" decide who is assessed; score columns stay scores; a DataTables scrollX list whose header
 * and body are two tables, loaded server-side and re-drawn per page; TOTAL/PENGURANGAN rows and rows
 * written without <tr>; a client-rendered list that says "Memuat data..." first, with people without NIP.
 * Every page keeps its own behaviour, and nothing leaves the machine.
 */
import { describe, expect, it } from 'vitest';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';
import { externalRequests, waitInShadow } from './harness';

const browser = useExtension({ build: true, server: true });

describe('status words and "n/m dinilai" (pattern 11)', () => {
  it('flags only who is not assessed, never scores nothing-assessed as 0 %, and follows the page’s approval', async () => {
    const page = await browser.open('status-penilaian.html');
    await waitForBadges(page, 6, { within: '#bawahan' });
    const list = await readBadges(page, { within: '#bawahan' });
    expect(list.map((b) => [b.row, b.capaian, b.kategori, b.flags])).toEqual([
      ['1', '0.625', 'rendah', ''], // Disetujui, 5/5
      ['2', '', '', ''], // Disetujui without a figure: approved is not belum dinilai
      ['3', '', '', 'belum_dinilai'], // "0 %" with 0/4 dinilai: nothing assessed, not 0 %
      ['4', '', '', 'belum_dinilai'], // "0,00" while Menunggu verifikasi, 0/5
      ['5', '0.8', 'tinggi', 'belum_dinilai'], // 3/5 dinilai: the figure stands, the rest awaits
      ['6', '0.45', 'sangat_rendah', ''], // Ditolak: assessed (and rejected), not belum dinilai
    ]);
    expect(list[2]!.title).toContain('bukan 0%');
    expect(list[2]!.title).toContain('Sudah dinilai 0 dari 4.');
    expect(list[4]!.title).toContain('Status di halaman: Menunggu verifikasi.');
    const before = await readPanel(page);
    const awaiting = before.text.split('Menunggu umpan balik atau penilaian')[1] ?? '';
    expect(awaiting).toContain('Hendra Gunawan');
    expect(awaiting).toContain('Rudi Hartono');
    expect(awaiting).not.toContain('Andi Pratama');
    expect(awaiting).not.toContain('Nur Aisyah');

    // The page's own button still works; its approval lifts the flag on that row, one badge per row.
    await page.click('tr:nth-child(4) .btn-setujui');
    expect(await page.textContent('#pesan')).toBe('SKP Sari Wulandari, S.E. disetujui');
    await page.waitForFunction(
      () =>
        document
          .querySelector('#bawahan tr:nth-child(4) [data-nilai-kerja="badge"]')
          ?.getAttribute('data-flags') === '',
    );
    const after = await readBadges(page, { within: '#bawahan' });
    expect(after).toHaveLength(6);
    // Approved with nothing assessed: still no capaian of 0 %.
    expect(after[3]).toMatchObject({ capaian: '', flags: '' });
    await page.close();
  });
});

describe('score columns (pattern 12) and TOTAL rows, rows without <tr> (pattern 14)', () => {
  it('reads Nilai SKP / Nilai Akhir / Nilai Prestasi Kerja as scores, never as capaian, and skips totals', async () => {
    const page = await browser.open('nilai-skp.html');
    await waitForBadges(page, 3, { within: '#nilai' });
    await waitForBadges(page, 2, { within: '#prestasi' });
    const nilai = await readBadges(page, { within: '#nilai' });
    // Nilai Akhir first (the final score), Nilai SKP where it is empty; never a capaian fraction.
    expect(nilai.map((b) => [b.nip, b.capaian, b.nilai, b.flags])).toEqual([
      ['199107242019031004', '', '86.2', ''],
      ['199512012020122011', '', '110.5', ''],
      ['198302142009011002', '', '65', ''],
    ]);
    expect(nilai[0]!.title).toContain('bukan capaian');
    const prestasi = await readBadges(page, { within: '#prestasi' });
    expect(prestasi.map((b) => [b.nip, b.capaian, b.nilai])).toEqual([
      ['199001052015032003', '', '84.62'],
      ['198807172010011005', '', '76'],
    ]);
    const summary = await readPanel(page);
    expect(summary).toMatchObject({ page: 'daftar-pegawai', rows: '5', count: 1 });
    expect(summary.text).not.toContain('TOTAL');
    expect(summary.text).not.toContain('PENGURANGAN');
    await page.click('#cetak');
    expect(await page.textContent('#hasil')).toBe('Siap dicetak');
    await page.close();
  });
});

describe('DataTables scrollX, server-side (pattern 13)', () => {
  it('joins the detached header to the body, follows each page the script draws, and counts what it has seen', async () => {
    const page = await browser.open('datatables-scrollx.html');
    await waitForBadges(page, 10, { within: '#tabel-pegawai' });
    const first = await readBadges(page, { within: '#tabel-pegawai' });
    expect(first[0]).toMatchObject({ nip: '199001012015011001', capaian: '0.605', flags: '' });
    expect(first[1]).toMatchObject({ nip: '199001012015011002', capaian: '0.625', flags: 'belum_dinilai' });
    expect((await readPanel(page)).text).toContain('10 dari 23 pegawai');
    // The header table gets nothing.
    expect(await page.locator('.dataTables_scrollHead [data-nilai-kerja]').count()).toBe(0);

    await page.click('.paginate_button[data-page="1"]');
    await page.waitForFunction(() => document.querySelector('#tabel-pegawai td')?.textContent === '11');
    await waitForBadges(page, 10, { within: '#tabel-pegawai' });
    const second = await readBadges(page, { within: '#tabel-pegawai' });
    expect(second[0]).toMatchObject({ nip: '199001012015011011', capaian: '0.805' });
    expect(await page.textContent('#tabel-pegawai_info')).toBe('Menampilkan 11 sampai 20 dari 23 data');
    await waitInShadow(page, () =>
      document
        .querySelector('[data-nilai-kerja="panel"]')
        ?.shadowRoot?.textContent?.includes('20 dari 23 pegawai'),
    );

    await page.click('.paginate_button[data-page="2"]');
    await page.waitForFunction(() => document.querySelector('#tabel-pegawai td')?.textContent === '21');
    await waitForBadges(page, 3, { within: '#tabel-pegawai' });
    // Every page seen: nothing left to say about the rest.
    await waitInShadow(
      page,
      () =>
        !document
          .querySelector('[data-nilai-kerja="panel"]')
          ?.shadowRoot?.textContent?.includes('dari 23 pegawai'),
    );
    await page.close();
  });
});

describe('client-rendered app (pattern 15), people without NIP (pattern 16)', () => {
  it('sees the list when it is rendered after "Memuat data...", and names people by name', async () => {
    const page = await browser.open('memuat-data.html');
    await waitForBadges(page, 3, { within: '#root' });
    const list = await readBadges(page, { within: '#root' });
    expect(list.map((b) => [b.nip, b.capaian, b.flags])).toEqual([
      [null, '0.92', ''],
      [null, '0.715', ''],
      [null, '', 'belum_dinilai'],
    ]);
    const summary = await readPanel(page);
    expect(summary.page).toBe('daftar-pegawai');
    const awaiting = summary.text.split('Menunggu umpan balik atau penilaian')[1] ?? '';
    expect(awaiting).toContain('Hendra Gunawan');
    expect(awaiting).not.toContain('Pengadministrasi Umum');
    expect(awaiting).not.toMatch(/(^|\s)-(\s|$)/);
    await page.click('#muat-ulang');
    expect(await page.textContent('#muat-ulang')).toBe('Muat ulang (1)');
    await page.close();
  });
});

describe('safety on these pages', () => {
  it('made no request outside the machine and raised no page error', () => {
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(browser.ext.consoleErrors).toEqual([]);
  });
});
