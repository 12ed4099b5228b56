/**
 * A paginated SKP appraisal (DataTables: "Menampilkan 1 sampai 3 dari 6 entri", a page-length choice):
 * each visible row keeps its badge, but the employee's proposal, capaian and the panel's whole-table
 * figures are not computed from part of the indicators; the panel and the employee's badge say how many
 * rows are shown and how to show them all. Choosing "Semua" redraws the table; the overlay scans again and
 * proposes from every indicator.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/policy';
import { proposeHasilRating } from '../../shared/score';
import { readBadges, readPanel, useExtension, waitForBadges } from './fixture';

const browser = useExtension({ build: true, server: true });

describe('an SKP table showing one page of its indicators', () => {
  it('badges the rows shown, proposes nothing from them, says how to show all, then proposes from all', async () => {
    const page = await browser.open('skp-penilaian-datatables.html');
    await waitForBadges(page, 3, { kind: 'indikator' });
    await waitForBadges(page, 1, { kind: 'pegawai' });
    const indicators = await readBadges(page, { kind: 'indikator' });
    expect(indicators.map((b) => b.capaian)).toEqual(['1.05', '1', '1']);
    const [employee] = await readBadges(page, { kind: 'pegawai' });
    // No proposal from 3 of 6 indicators (the three shown would propose a rating the six do not give).
    expect(employee).toMatchObject({ capaian: '', kategori: '', nip: '199005122015032004' });
    expect(employee!.flags).not.toContain('rating_berbeda');
    expect(employee!.title).toContain('Tabel "#tabel-skp" hanya menampilkan 3 dari 6 baris');
    expect(employee!.title).toContain('Pilih "Semua" pada jumlah baris per halaman');
    expect(employee!.title).not.toMatch(/undefined|NaN|Infinity/);
    const panel = await readPanel(page);
    expect(panel.text).toContain('hanya menampilkan 3 dari 6 baris');
    expect(panel.text).not.toContain('usulan rating hasil kerja:');
    expect(panel.text).not.toContain('Capaian RHK utama');

    // The user shows every row: the table is redrawn, scanned again, and the proposal is made from all six.
    await page.selectOption('#panjang', '-1');
    await waitForBadges(page, 6, { kind: 'indikator' });
    await page.waitForFunction(() =>
      Boolean(
        document
          .querySelector('[data-nilai-kerja="badge"][data-kind="pegawai"]')
          ?.getAttribute('data-capaian'),
      ),
    );
    const [all] = await readBadges(page, { kind: 'pegawai' });
    const proposed = proposeHasilRating(0.7, defaultPolicy().rating);
    expect(all).toMatchObject({ capaian: '0.7', kategori: proposed });
    expect(all!.title).not.toContain('hanya menampilkan');
    const after = await readPanel(page);
    expect(after.text).toContain('Capaian RHK utama 70% -> usulan rating hasil kerja');
    expect(after.text).not.toContain('hanya menampilkan');
    await page.close();
  });
});

describe('an SKP appraisal in English (headers "Individual Performance Indicator", "Realization")', () => {
  it('is read as an appraisal with realisasi, not as a plan of targets only', async () => {
    const page = await browser.open('skp-appraisal-english.html');
    await waitForBadges(page, 3, { kind: 'indikator' });
    await waitForBadges(page, 1, { kind: 'pegawai' });
    const indicators = await readBadges(page, { kind: 'indikator' });
    expect(indicators.map((b) => [b.capaian, b.flags])).toEqual([
      ['1', ''],
      ['0.75', ''],
      ['1', ''],
    ]);
    expect(indicators.every((b) => !b.flags.includes('target_saja'))).toBe(true);
    const panel = await readPanel(page);
    expect(panel.page).toBe('skp-penilaian');
    expect(panel.text).not.toContain('target saja');
    const [employee] = await readBadges(page, { kind: 'pegawai' });
    expect(employee!.capaian).toBe('0.9167');
    await page.close();
  });
});
