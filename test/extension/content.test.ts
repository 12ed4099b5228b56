/**
 * The overlay end to end, in real Chromium with the built extension, on every fixture page. One file on
 * purpose: one build check and one browser for all pages (parallel files would race to rebuild
 * dist/extension-test), and the final test checks requests and errors across all of them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type BadgeView,
  readBadges,
  useExtension,
  waitForAttribute,
  waitForBadges,
  waitForBadgeTitle,
  waitForPanel,
} from './fixture';
import {
  CARD_LIST_SUPERVISOR,
  clickInShadow,
  evaluateInShadow,
  externalRequests,
  focusInShadow,
  PANEL_HOST,
  resultsPackageFor,
  waitInShadow,
  YOGA_IN_PACKAGE,
} from './harness';

/** A badge with its flags as a list (CONTRACT.md: data-flags is space-separated). */
type Badge = Omit<BadgeView, 'flags'> & { flags: string[] };

async function badges(page: Page, kind?: string): Promise<Badge[]> {
  return (await readBadges(page, { kind })).map((b) => ({ ...b, flags: b.flags.split(' ').filter(Boolean) }));
}

interface PanelView {
  page: string | null;
  rows: string | null;
  text: string;
  expanded: string | null;
  count: number;
}

/**
 * The panel's summary section and toggle (fixture.ts readPanel reads the whole root); only hosts with
 * the overlay's class count, because hostile.html copies the panel's attribute onto its own elements.
 */
async function panel(page: Page, { absent = false }: { absent?: boolean } = {}): Promise<PanelView> {
  // Drawn once the panel module is there (fixture.ts waitForPanel); a test expecting none does not wait.
  if (!absent) await waitForPanel(page);
  return evaluateInShadow(
    page,
    () => {
      const panels = Array.from(document.querySelectorAll('.nk-panel[data-nilai-kerja="panel"]'));
      const host = panels[0] as HTMLElement | undefined;
      const root = host?.shadowRoot;
      return {
        page: host?.getAttribute('data-page') ?? null,
        rows: host?.getAttribute('data-rows') ?? null,
        text: (root?.querySelector('section')?.textContent ?? '').replace(/\s+/g, ' '),
        expanded: root?.querySelector('button')?.getAttribute('aria-expanded') ?? null,
        count: panels.length,
      };
    },
    undefined,
    PANEL_HOST,
  );
}

const browser = useExtension({ build: true, server: true });

const open = (path: string): Promise<Page> =>
  browser.open(path, (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
const dialogs: string[] = [];

const capaianOf = (list: Badge[]): string[] => list.map((b) => b.capaian);
const flagsOf = (list: Badge[]): string[] => list.map((b) => b.flags.join(' '));

/**
 * An extension page to act as the popup/options would (chrome.tabs, chrome.storage). The service
 * worker may be stopped by Chrome when idle, so tests do not rely on its handle.
 */
let extensionPage: Page | undefined;
async function asExtension(): Promise<Page> {
  if (extensionPage && !extensionPage.isClosed()) return extensionPage;
  extensionPage = await browser.ext.newPage();
  await extensionPage.goto(browser.ext.extensionUrl('src/options/options.html'));
  return extensionPage;
}

/** Sends a popup request to the tab showing `page`. */
async function toTab(page: Page, request: object): Promise<unknown> {
  const url = page.url();
  return (await asExtension()).evaluate(
    async ([url, request]) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab?.id) throw new Error(`no tab for ${url}`);
      return chrome.tabs.sendMessage(tab.id, request);
    },
    [url, request] as const,
  );
}

async function setStorage(values: Record<string, unknown>): Promise<void> {
  await (await asExtension()).evaluate((values) => chrome.storage.local.set(values), values);
}

describe('BKN-style SKP appraisal (Vue-like SPA)', () => {
  it('scores the list route, follows the pushState route change and scores every indicator exactly', async () => {
    const page = await open('skp-penilaian-bkn.html');
    await waitForBadges(page, 2, { kind: 'pegawai' });
    const list = await badges(page, 'pegawai');
    expect(list.map((b) => [b.nip, b.capaian, b.kategori, b.flags.join(' ')])).toEqual([
      ['199003152015031002', '', '', 'belum_dinilai'],
      ['198811072014021001', '1.045', 'sangat_tinggi', ''],
    ]);
    expect((await panel(page)).page).toBe('daftar-pegawai');

    await page.click('.btn-nilai[data-id="17"]');
    await waitForBadges(page, 5, { kind: 'indikator' });
    expect(page.url()).toContain('?skp=17');
    const indicators = await badges(page, 'indikator');
    // 12/12 Dokumen; 92,5 % of 100 %; 1.000 of 1.250 Data (the hidden "999" copy ignored);
    // empty realisasi; Tambahan 3 of 2 Kegiatan (layout b: indicator on the row after its RHK).
    expect(capaianOf(indicators)).toEqual(['1', '0.925', '0.8', '', '1.5']);
    expect(indicators.map((b) => b.kategori)).toEqual([
      'sangat_tinggi',
      'sangat_tinggi',
      'tinggi',
      '',
      'sangat_tinggi',
    ]);
    expect(flagsOf(indicators)).toEqual([
      '',
      'tanpa_umpan_balik',
      'tanpa_bukti',
      'realisasi_kosong tanpa_umpan_balik',
      '',
    ]);
    expect(indicators[1]!.title).toContain('Capaian 92,5%');
    // The list route's badges went with the route.
    expect(await badges(page, 'pegawai')).toHaveLength(1);
    // The closed modal holds a look-alike table: it is not scored.
    expect(await page.locator('#modal-umpan-balik [data-nilai-kerja]').count()).toBe(0);

    const [employee] = await badges(page, 'pegawai');
    expect(employee).toMatchObject({ nip: '199003152015031002', capaian: '0.8813', kategori: 'di_bawah' });
    expect(employee!.flags).toContain('rating_berbeda');
    expect(employee!.title).toContain('Di Bawah Ekspektasi');
    expect(employee!.title).toContain('Di Atas Ekspektasi');
    const besideDropdown = await page.evaluate(
      () =>
        document.getElementById('rating-hasil-kerja')?.nextElementSibling?.getAttribute('data-kind') ?? null,
    );
    expect(besideDropdown).toBe('pegawai');

    const summary = await panel(page);
    // Collapsed at first: open, it would cover the table's right-hand columns (overlay-fixes finding 1).
    expect(summary).toMatchObject({ page: 'skp-penilaian', rows: '5', count: 1, expanded: 'false' });
    expect(summary.text).toContain('88,13%');
    expect(summary.text).toContain('Siti Rahmawati, S.E. (199003152015031002)');

    // The page's own button still works, and the page's text is untouched.
    await page.click('#btn-simpan');
    expect(await page.textContent('#status-simpan')).toBe('Tersimpan (1)');
    expect(
      await page
        .locator('#tabel-hasil-kerja td', { hasText: 'Menjadi narasumber sosialisasi SAKIP' })
        .count(),
    ).toBe(1);

    await page.goBack();
    await waitForBadges(page, 2, { kind: 'pegawai' });
    expect(await badges(page, 'indikator')).toHaveLength(0);
    expect((await panel(page)).page).toBe('daftar-pegawai');
    await page.close();
  });

  it('collapses and expands the panel from the keyboard', async () => {
    const page = await open('skp-penilaian-bkn.html');
    await waitForBadges(page, 2, { kind: 'pegawai' });
    await waitForPanel(page);
    await focusInShadow(page, '.nk-panel', 'button');
    const before = (await panel(page)).expanded;
    await page.keyboard.press('Enter');
    expect((await panel(page)).expanded).toBe(before === 'true' ? 'false' : 'true');
    await page.keyboard.press('Space');
    expect((await panel(page)).expanded).toBe(before);
    await page.keyboard.press('Enter');
    const shown = (await panel(page)).expanded === 'true';
    const bodyHidden = await evaluateInShadow(page, () => {
      const body = document.querySelector('.nk-panel')?.shadowRoot?.querySelector('#nk-panel-body');
      return !body?.checkVisibility();
    });
    expect(bodyHidden).toBe(!shown);
    await page.close();
  });

  it('keeps the panel off the table: collapsed beside a wide table, a chevron, room to scroll past it', async () => {
    const page = await open('skp-penilaian-bkn.html?skp=17');
    await page.setViewportSize({ width: 1280, height: 900 });
    await waitForBadges(page, 1, { kind: 'pegawai' });
    await waitInShadow(page, () => {
      const button = document.querySelector('.nk-panel')?.shadowRoot?.querySelector('button');
      return button?.querySelector('.chev')?.textContent !== '';
    });
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const geometry = () =>
      evaluateInShadow(page, () => {
        const root = document.querySelector('.nk-panel')!.shadowRoot!;
        const box = (e: Element | null) => {
          const r = e!.getBoundingClientRect();
          return {
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            width: r.width,
            height: r.height,
          };
        };
        const section = root.querySelector('section')!;
        return {
          expanded: root.querySelector('button')!.getAttribute('aria-expanded'),
          chevron: root.querySelector('.chev')!.textContent,
          panel: box(section),
          maxHeight: getComputedStyle(section).maxHeight,
          table: box(document.querySelector('table')),
          footer: box(document.getElementById('rating-hasil')),
        };
      });
    type Box = { left: number; right: number; top: number; bottom: number };
    const overlaps = (a: Box, b: Box): boolean =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // Findings 1 and 3: the open panel would cover Realisasi/Bukti/Umpan Balik, so it starts closed, and
    // says so with a visible chevron, not only aria-expanded.
    const closed = await geometry();
    expect(closed.expanded).toBe('false');
    expect(closed.chevron).toBe('\u25B4');
    expect(closed.panel.width).toBeLessThan(200);
    // Finding 4: scrolled to the end, the collapsed panel sits below the table and the card footer.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const atEnd = await geometry();
    expect(overlaps(atEnd.panel, atEnd.table)).toBe(false);
    expect(overlaps(atEnd.panel, atEnd.footer)).toBe(false);
    // Finding 2: open, it is at most 340 px wide and as tall as the window allows, not a fixed 60vh.
    await clickInShadow(page, '.nk-panel', 'button');
    const opened = await geometry();
    expect(opened.expanded).toBe('true');
    expect(opened.chevron).toBe('\u25BE');
    expect(opened.panel.width).toBeLessThanOrEqual(340);
    expect(opened.maxHeight).toBe('876px');
    await page.close();
  });
});

describe('SKP plan with targets only', () => {
  it('recognises the plan: every indicator target_saja, nothing computed, the panel says so', async () => {
    const page = await open('skp-rencana.html');
    await waitForBadges(page, 4, { kind: 'indikator' });
    const list = await badges(page, 'indikator');
    expect(capaianOf(list)).toEqual(['', '', '', '']);
    expect(flagsOf(list)).toEqual(['target_saja', 'target_saja', 'target_saja', 'target_saja']);
    expect(list.map((b) => b.context)).toEqual(['4 Dokumen', '80 - 90 %', '4 Laporan', '6 Kegiatan']);
    const summary = await panel(page);
    expect(summary).toMatchObject({ page: 'skp-rencana', rows: '4' });
    expect(summary.text).toContain('target saja');
    await page.click('#btn-ajukan');
    expect(await page.textContent('#status')).toBe('Diajukan');
    await page.close();
  });
});

describe('regional activity log in minutes', () => {
  it('reads every duration form and flags activities without output or evidence', async () => {
    const page = await open('aktivitas-harian.html');
    await waitForBadges(page, 5, { kind: 'aktivitas' });
    const list = await badges(page, 'aktivitas');
    expect(list.map((b) => b.kategori)).toEqual([
      'ada_output',
      'tanpa_output',
      'ada_output',
      'tanpa_output',
      'ada_output',
    ]);
    expect(flagsOf(list)).toEqual(['', 'aktivitas_tanpa_output', '', 'aktivitas_tanpa_output', '']);
    expect(list.every((b) => b.capaian === '')).toBe(true);
    // "6j 45m" = 405, "01:30:00" = 90, "5,700 menit" = 5700 (comma = thousands in a minutes column).
    expect(list[2]!.title).toContain('405 menit');
    expect(list[3]!.title).toContain('90 menit');
    expect(list[4]!.title).toContain('5.700 menit');
    // 5.700 minutes on 6 November are 95 hours in one day: set aside by the rule Hitung nilai applies
    // (shared/score/activity-rows.ts), said on the panel; (120 + 405) of the 705 counted minutes produced an
    // output or evidence.
    const text = (await panel(page)).text;
    expect(text).toContain('1 aktivitas tidak dihitung (baris ke-5): hari lebih dari 24 jam');
    expect(text).toContain('74,5% dari 705 menit');
    await page.click('#btn-tambah');
    expect(await page.textContent('#form-status')).toBe('Form aktivitas dibuka');
    await page.close();
  });
});

describe('supervisor approval queue filled after load', () => {
  it('scores rows that arrive late, and re-scores only the row whose status changed', async () => {
    const page = await open('antrian-persetujuan.html');
    await waitForBadges(page, 3, { kind: 'pegawai' });
    const list = await badges(page, 'pegawai');
    expect(list.map((b) => [b.nip, b.capaian, b.flags.join(' ')])).toEqual([
      ['199107242019031004', '0.625', 'belum_dinilai kesibukan_semu'],
      ['199512012020122011', '0.95', ''],
      ['198302142009011002', '', 'belum_dinilai'],
    ]);
    await page.evaluate(() => {
      (window as unknown as { __before: Element[] }).__before = Array.from(
        document.querySelectorAll('[data-nilai-kerja="badge"]'),
      );
    });
    // The supervisor approves Andi's activities with the page's own button.
    await page.locator('#antrian tbody tr').nth(0).locator('.btn-setujui').click();
    expect(await page.locator('#antrian tbody tr').nth(0).locator('.status').textContent()).toBe('Disetujui');
    await waitForAttribute(page, '[data-nip="199107242019031004"]', 'data-flags', 'kesibukan_semu');
    const same = await page.evaluate(() => {
      const before = (window as unknown as { __before: Element[] }).__before;
      const after = Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]'));
      return after.length === before.length && after.every((b, i) => b === before[i]);
    });
    expect(same).toBe(true);
    await page.close();
  });
});

describe('paginated DataTables-like list', () => {
  it('follows the paginator when it swaps the tbody', async () => {
    const page = await open('daftar-pegawai-datatables.html');
    await waitForBadges(page, 10, { kind: 'pegawai' });
    const first = await badges(page, 'pegawai');
    expect(first[0]).toMatchObject({ nip: '198801102012011001', capaian: '0.7', kategori: 'sedang' });
    expect(first[3]).toMatchObject({
      nip: '198804102012012004',
      capaian: '0.915',
      kategori: 'sangat_tinggi',
    });
    await page.click('#paginate button[data-page="1"]');
    await waitForAttribute(page, '#tabel-kinerja tbody [data-nilai-kerja]', 'data-nip', '198811102012011011');
    expect(await badges(page, 'pegawai')).toHaveLength(10);
    await page.click('#paginate button[data-page="2"]');
    await waitForBadges(page, 5, { kind: 'pegawai' });
    await waitForAttribute(page, '.nk-panel', 'data-rows', '5');
    const summary = await panel(page);
    expect(summary.text).toContain('Sebaran predikat tim (5 pegawai)');
    await page.close();
  });
});

describe('card list of subordinates', () => {
  it('reads "Nama : ..." / "NIP : ..." cards, ignores the hidden card and lists who needs what', async () => {
    const page = await open('kartu-bawahan.html');
    await waitForBadges(page, 3, { kind: 'pegawai' });
    const list = await badges(page, 'pegawai');
    expect(list.map((b) => [b.nip, b.capaian, b.kategori, b.flags.join(' ')])).toEqual([
      ['198907122015031001', '0.965', 'sangat_tinggi', ''],
      ['199304052018012003', '0.5825', 'rendah', ''],
      ['199601182022031002', '', '', 'belum_dinilai'],
    ]);
    const summary = await panel(page);
    expect(summary).toMatchObject({ page: 'kartu-pegawai', rows: '3' });
    expect(summary.text).toContain('Perlu teguran atau pembinaanSri Wahyuni, S.Pd. (199304052018012003)');
    expect(summary.text).toContain('Menunggu umpan balik atau penilaianYoga Pratama (199601182022031002)');
    await page.click('#btn-refresh');
    expect(await page.textContent('#msg')).toBe('Diperbarui');
    await page.close();
  });

  it('uses the imported results package, matched by NIP, where the page shows no capaian', async () => {
    // A package is used only when it is for the user's NIP (the options page says who the user is).
    await setStorage({
      userNip: CARD_LIST_SUPERVISOR.nip,
      resultsPackage: resultsPackageFor(CARD_LIST_SUPERVISOR, [YOGA_IN_PACKAGE]),
    });
    try {
      const page = await open('kartu-bawahan.html');
      await waitForAttribute(page, '[data-nip="199601182022031002"]', 'data-capaian', '0.72');
      const yoga = (await badges(page, 'pegawai')).find((b) => b.nip === '199601182022031002');
      expect(yoga).toMatchObject({ kategori: 'sedang' });
      expect(yoga!.flags).toContain('kesibukan_semu');
      expect(yoga!.title).toContain('paket hasil');
      // Its predikat from the package counts in the team distribution and the reprimand list.
      expect((await panel(page)).text).toContain(
        'Perlu teguran atau pembinaanSri Wahyuni, S.Pd. (199304052018012003)Yoga Pratama',
      );
      await page.close();
    } finally {
      await setStorage({ userNip: null, resultsPackage: null });
    }
  });
});

describe('monthly recap with English number formats', () => {
  it('reads "87.50" and "83.333333333333" as percentages and leaves the TPP column alone', async () => {
    const page = await open('rekap-bulanan.html');
    await waitForBadges(page, 4, { kind: 'pegawai' });
    const list = await badges(page, 'pegawai');
    expect(capaianOf(list)).toEqual(['1', '0.875', '0.4525', '0.8333']);
    expect(list.map((b) => b.context)).toEqual(['100.00', '87.50', '45.25', '83.333333333333']);
    expect((await panel(page)).text).toContain('Desi Ratnasari (199010102015032001)');
    await page.close();
  });

  it('speaks English when the settings say so, and switches back without a reload', async () => {
    const page = await open('rekap-bulanan.html');
    await waitForBadges(page, 4, { kind: 'pegawai' });
    await setStorage({ lang: 'en' });
    try {
      await waitForBadgeTitle(page, 'Achievement');
      expect((await panel(page)).text).toContain('Needs a reprimand or coaching');
    } finally {
      await setStorage({ lang: 'id' });
    }
    await waitForBadgeTitle(page, 'Capaian');
    await page.close();
  });
});

describe('popup messages', () => {
  it('reports status and removes every badge and the panel when the overlay is switched off', async () => {
    const page = await open('rekap-bulanan.html');
    await waitForBadges(page, 4, { kind: 'pegawai' });
    const status = (await toTab(page, { type: 'nilai-kerja/status' })) as Record<string, unknown>;
    expect(status).toMatchObject({ pageType: 'daftar-pegawai', rows: 4, overlay: true });
    expect(status.recognised).toEqual(expect.arrayContaining(['nip', 'nama', 'capaian']));
    const off = (await toTab(page, { type: 'nilai-kerja/set-overlay', on: false })) as Record<
      string,
      unknown
    >;
    expect(off).toMatchObject({ overlay: false, rows: 0 });
    expect(await page.locator('[data-nilai-kerja]').count()).toBe(0);
    await toTab(page, { type: 'nilai-kerja/set-overlay', on: true });
    await waitForBadges(page, 4, { kind: 'pegawai' });
    expect((await panel(page)).count).toBe(1);
    // The options page's switch (overlayEnabled in storage) does the same in every open tab.
    await setStorage({ overlayEnabled: false });
    try {
      await waitForBadges(page, 0);
      expect((await panel(page, { absent: true })).count).toBe(0);
    } finally {
      await setStorage({ overlayEnabled: true });
    }
    await waitForBadges(page, 4, { kind: 'pegawai' });
    await page.close();
  });
});

describe('hostile page', () => {
  it('never runs page text as code, never throws into the page, and bounds a 20,000-row table', async () => {
    const page = await open('hostile.html');
    await page.waitForFunction(
      () => document.querySelector('.nk-panel[data-nilai-kerja="panel"]') !== null,
      undefined,
      {
        timeout: 60_000,
      },
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    // The script-like text is still text, and nothing the overlay added is markup from the page.
    expect(await page.locator('#berbahaya img, #berbahaya svg, #berbahaya script').count()).toBe(0);
    // Scoring yields to the page between slices: wait for the last slice of the big table.
    await waitForBadges(page, 5000, { within: '#besar', timeout: 60_000 });
    const summary = await panel(page);
    expect(summary.text).toContain('Hanya 5000 baris pertama tabel "#besar"');
    expect(await page.locator('#besar [data-nilai-kerja="badge"]').count()).toBe(5000);
    expect(await page.locator('#spoof').textContent()).toBe('palsu');
    await page.click('#btn-aman');
    expect(await page.textContent('#hasil')).toBe('Tombol berfungsi');
    await page.close();
  }, 180_000);
});

describe('safety across every fixture', () => {
  it('made no request outside the machine and raised no page error', () => {
    expect(externalRequests(browser.ext.requests)).toEqual([]);
    expect(browser.ext.pageErrors).toEqual([]);
    expect(browser.ext.consoleErrors).toEqual([]);
  });
});
