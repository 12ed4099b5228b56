/**
 * Pages the overlay had never understood (docs/pages.md patterns 11-16, issue 9 point 1), each a fixture
 * of our own markup and scripts, in real Chromium through the built extension: status words and "n/m
 * dinilai" decide who is assessed; score columns stay scores; a DataTables scrollX list whose header
 * and body are two tables, loaded server-side and re-drawn per page; TOTAL/PENGURANGAN rows and rows
 * written without <tr>; a client-rendered list that says "Memuat data..." first, with people without NIP.
 * Every page keeps its own behaviour, and nothing leaves the machine.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureFreshBuild,
  evaluateInShadow,
  externalRequests,
  type FixtureServer,
  type LaunchedExtension,
  launchExtension,
  PANEL_HOST,
  startFixtureServer,
  waitInShadow,
} from './harness';

interface Badge {
  nip: string | null;
  capaian: string;
  kategori: string;
  nilai: string | null;
  flags: string;
  title: string;
  /** The first cell of the badge's row (No, or the name). */
  row: string;
}

/** Badges inside `scope`, in document order, as the automation contract exposes them. */
function badges(page: Page, scope: string): Promise<Badge[]> {
  return page.evaluate((scope) => {
    return Array.from(document.querySelectorAll(`${scope} [data-nilai-kerja="badge"]`)).map((b) => ({
      nip: b.getAttribute('data-nip'),
      capaian: b.getAttribute('data-capaian') ?? '',
      kategori: b.getAttribute('data-kategori') ?? '',
      nilai: b.getAttribute('data-nilai'),
      flags: b.getAttribute('data-flags') ?? '',
      title: (b as HTMLElement).title,
      row: (b.closest('tr')?.firstElementChild?.textContent ?? '').trim(),
    }));
  }, scope);
}

function panel(
  page: Page,
): Promise<{ page: string | null; rows: string | null; text: string; count: number }> {
  return evaluateInShadow(
    page,
    () => {
      const panels = document.querySelectorAll('[data-nilai-kerja="panel"]');
      const host = panels[0];
      return {
        page: host?.getAttribute('data-page') ?? null,
        rows: host?.getAttribute('data-rows') ?? null,
        text: (host?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
        count: panels.length,
      };
    },
    undefined,
    PANEL_HOST,
  );
}

const waitForBadges = (page: Page, scope: string, count: number): Promise<unknown> =>
  page.waitForFunction(
    ([scope, count]) => document.querySelectorAll(`${scope} [data-nilai-kerja="badge"]`).length === count,
    [scope, count] as const,
    { timeout: 20_000 },
  );

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  ensureFreshBuild();
  server = await startFixtureServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await ext.newPage();
  await page.goto(server.url(path));
  return page;
}

describe('status words and "n/m dinilai" (pattern 11)', () => {
  it('flags only who is not assessed, never scores nothing-assessed as 0 %, and follows the page’s approval', async () => {
    const page = await open('status-penilaian.html');
    await waitForBadges(page, '#bawahan', 6);
    const list = await badges(page, '#bawahan');
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
    const before = await panel(page);
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
    const after = await badges(page, '#bawahan');
    expect(after).toHaveLength(6);
    // Approved with nothing assessed: still no capaian of 0 %.
    expect(after[3]).toMatchObject({ capaian: '', flags: '' });
    await page.close();
  });
});

describe('score columns (pattern 12) and TOTAL rows, rows without <tr> (pattern 14)', () => {
  it('reads Nilai SKP / Nilai Akhir / Nilai Prestasi Kerja as scores, never as capaian, and skips totals', async () => {
    const page = await open('nilai-skp.html');
    await waitForBadges(page, '#nilai', 3);
    await waitForBadges(page, '#prestasi', 2);
    const nilai = await badges(page, '#nilai');
    // Nilai Akhir first (the final score), Nilai SKP where it is empty; never a capaian fraction.
    expect(nilai.map((b) => [b.nip, b.capaian, b.nilai, b.flags])).toEqual([
      ['199107242019031004', '', '86.2', ''],
      ['199512012020122011', '', '110.5', ''],
      ['198302142009011002', '', '65', ''],
    ]);
    expect(nilai[0]!.title).toContain('bukan capaian');
    const prestasi = await badges(page, '#prestasi');
    expect(prestasi.map((b) => [b.nip, b.capaian, b.nilai])).toEqual([
      ['199001052015032003', '', '84.62'],
      ['198807172010011005', '', '76'],
    ]);
    const summary = await panel(page);
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
    const page = await open('datatables-scrollx.html');
    await waitForBadges(page, '#tabel-pegawai', 10);
    const first = await badges(page, '#tabel-pegawai');
    expect(first[0]).toMatchObject({ nip: '199001012015011001', capaian: '0.605', flags: '' });
    expect(first[1]).toMatchObject({ nip: '199001012015011002', capaian: '0.625', flags: 'belum_dinilai' });
    expect((await panel(page)).text).toContain('10 dari 23 pegawai');
    // The header table gets nothing.
    expect(await page.locator('.dataTables_scrollHead [data-nilai-kerja]').count()).toBe(0);

    await page.click('.paginate_button[data-page="1"]');
    await page.waitForFunction(() => document.querySelector('#tabel-pegawai td')?.textContent === '11');
    await waitForBadges(page, '#tabel-pegawai', 10);
    const second = await badges(page, '#tabel-pegawai');
    expect(second[0]).toMatchObject({ nip: '199001012015011011', capaian: '0.805' });
    expect(await page.textContent('#tabel-pegawai_info')).toBe('Menampilkan 11 sampai 20 dari 23 data');
    await waitInShadow(page, () =>
      document
        .querySelector('[data-nilai-kerja="panel"]')
        ?.shadowRoot?.textContent?.includes('20 dari 23 pegawai'),
    );

    await page.click('.paginate_button[data-page="2"]');
    await page.waitForFunction(() => document.querySelector('#tabel-pegawai td')?.textContent === '21');
    await waitForBadges(page, '#tabel-pegawai', 3);
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
    const page = await open('memuat-data.html');
    await waitForBadges(page, '#root', 3);
    const list = await badges(page, '#root');
    expect(list.map((b) => [b.nip, b.capaian, b.flags])).toEqual([
      [null, '0.92', ''],
      [null, '0.715', ''],
      [null, '', 'belum_dinilai'],
    ]);
    const summary = await panel(page);
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
    expect(externalRequests(ext.requests)).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
    expect(ext.consoleErrors).toEqual([]);
  });
});
