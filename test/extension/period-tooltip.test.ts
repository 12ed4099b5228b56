// @vitest-environment happy-dom
/**
 * The badge's tooltip on a page with annual targets says how the target meets the page's period only on
 * rows whose realisasi was read, as Hitung nilai carries that note only on such rows
 * (shared/pipeline/indicators.ts): an empty realisasi or a plan row says nothing about a realisasi
 * "compared with 3 Dokumen" that is not there.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES } from '../../extension/src/content/features';
import type { OverlaySettings } from '../../extension/src/content/features/registry';
import { createOverlay } from '../../extension/src/content/overlay';
import { defaultPolicy } from '../../shared/policy/schema';

const settings = (): OverlaySettings => ({
  policy: defaultPolicy(),
  lang: 'id',
  results: new Map(),
  revision: 1,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

const tooltips = (): string[] =>
  Array.from(document.querySelectorAll('[data-kind="indikator"]')).map((b) => b.getAttribute('title') ?? '');

beforeAll(async () => {
  // The module as the background would inject it into this frame.
  await import('../../extension/src/content/period/module');
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the period line of an annual-target badge', () => {
  it('is on a row with its realisasi, and not on a row whose realisasi is empty', async () => {
    document.body.innerHTML = `<div class="card"><p>Nama : Dewi Kartika Sari, S.Sos.</p>
      <p>NIP : 198807222012122001</p><p>Periode Penilaian : Triwulan I 2025</p></div>
      <table><thead><tr><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target Tahunan</th>
      <th>Realisasi</th></tr></thead><tbody>
      <tr><td>Terkelolanya arsip dinamis</td><td>Jumlah berkas arsip yang ditata</td><td>400 Berkas</td>
          <td>90 Berkas</td></tr>
      <tr><td>Terkelolanya arsip dinamis</td><td>Jumlah daftar arsip yang disusun</td><td>8 Dokumen</td>
          <td></td></tr>
      </tbody></table>`;
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    await settle();
    overlay.flush();
    const [read, empty] = tooltips();
    expect(read).toContain(
      'target tahunan 400 Berkas, realisasi Triwulan I 2025 dibandingkan dengan 100 Berkas',
    );
    expect(empty).toContain('Realisasi');
    expect(empty).not.toContain('dibandingkan dengan');
    overlay.stop();
  });

  it('is not on a plan (targets only, no realisasi column)', async () => {
    document.body.innerHTML = `<p>Periode : Semester I 2025</p>
      <table><thead><tr><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target Tahunan</th>
      <th>Satuan</th></tr></thead><tbody>
      <tr><td>Meningkatnya layanan perizinan</td><td>Jumlah izin usaha yang diterbitkan</td><td>240</td>
          <td>Izin</td></tr>
      </tbody></table>`;
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    await settle();
    overlay.flush();
    const [plan] = tooltips();
    expect(plan).toBeDefined();
    expect(plan).not.toContain('dibandingkan dengan');
    overlay.stop();
  });
});
