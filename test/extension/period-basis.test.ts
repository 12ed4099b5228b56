// @vitest-environment happy-dom
/**
 * The overlay and the period module (extension/src/content/period/): an SKP table whose target column
 * is "Target Tahunan" waits for the module, then meets the page's period by the core's rule; when the
 * module cannot come, its targets are compared as written and the panel says so. (In Chromium, through
 * the background's injection: test/cross-surface/period.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
// The panel module, as the background injects it into a frame that has a summary (panel/api.ts).
import '../../extension/src/content/panel/module';
import { shadowOf } from '../../extension/src/content/dom/owned';
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

const panelText = (): string =>
  shadowOf(document.querySelector('[data-nilai-kerja="panel"]')!)?.textContent ?? '';

const capaian = (): string[] =>
  Array.from(document.querySelectorAll('[data-kind="indikator"]')).map(
    (b) => b.getAttribute('data-capaian') ?? '',
  );

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

function appraisal(periodLine: string): void {
  document.body.innerHTML = `<div class="card"><p>Nama : Siti Rahmawati, S.E.</p><p>NIP : 199003152015031002</p>
    ${periodLine}</div>
    <table><thead><tr><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target Tahunan</th>
    <th>Realisasi</th><th>Bukti Dukung</th><th>Umpan Balik</th></tr></thead><tbody>
    <tr><td>Tersusunnya laporan keuangan tepat waktu</td><td>Jumlah laporan keuangan</td><td>12 Dokumen</td>
        <td>3 Dokumen</td><td><a href="#b1">Lihat bukti</a></td><td>Sudah sesuai</td></tr>
    <tr><td>Tersusunnya laporan keuangan tepat waktu</td><td>Persentase laporan tepat waktu</td><td>100 %</td>
        <td>90 %</td><td><a href="#b2">Lihat bukti</a></td><td>Sudah sesuai</td></tr>
    </tbody></table>`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** The overlay started on the page as it stands, the period module's answer awaited and its writes made. */
async function overlaid(): Promise<ReturnType<typeof createOverlay>> {
  const overlay = createOverlay(document, settings(), FEATURES);
  overlay.start();
  await settle();
  overlay.flush();
  return overlay;
}

describe('annual targets on a page', () => {
  it('without the module (no extension runtime): compared as written, and the panel says why', async () => {
    appraisal('<p>Periode Penilaian : Triwulan I 2025</p>');
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    // Nothing is written while the module is on its way.
    expect(capaian()).toEqual([]);
    await settle();
    overlay.flush();
    expect(capaian()).toEqual(['0.25', '0.9']);
    expect(panelText()).toContain(
      'Target tahunan tabel ini dibandingkan apa adanya (aturan periode gagal dimuat)',
    );
    overlay.stop();
  });

  it('with the module: the annual target prorated to the page period, a level target kept, both said', async () => {
    await import('../../extension/src/content/period/module');
    appraisal('<p>Periode Penilaian : Triwulan I 2025</p>');
    const overlay = await overlaid();
    expect(capaian()).toEqual(['1', '0.9']);
    const tips = Array.from(document.querySelectorAll('[data-kind="indikator"]')).map((b) =>
      b.getAttribute('title'),
    );
    expect(tips[0]).toContain(
      'target tahunan 12 Dokumen, realisasi Triwulan I 2025 dibandingkan dengan 3 Dokumen',
    );
    expect(tips[1]).toContain('tidak diprorata');
    overlay.stop();
  });

  it('with the module but no period on the page: compared as written, the panel names the column', async () => {
    appraisal('');
    const overlay = await overlaid();
    expect(capaian()).toEqual(['0.25', '0.9']);
    expect(panelText()).toContain(
      'Kolom "Target Tahunan" berisi target tahunan, tetapi halaman tidak menyebut periode penilaian',
    );
    overlay.stop();
  });

  it('a page naming two periods is not narrowed to one', async () => {
    appraisal('<p>Periode : Januari 2025</p><p>Bulan : Februari 2025</p>');
    const overlay = await overlaid();
    expect(capaian()).toEqual(['0.25', '0.9']);
    const panel = panelText();
    expect(panel).toContain('periode di halaman ("Januari 2025 / Februari 2025") tidak tunggal');
    // One reason, not two that contradict each other.
    expect(panel).not.toContain('halaman tidak menyebut periode');
    overlay.stop();
  });

  it('reads the period from the page heading when no key/value line names one, as a sheet title is read', async () => {
    appraisal('');
    document.body.insertAdjacentHTML('afterbegin', '<h2>Penilaian SKP Periode Triwulan I 2025</h2>');
    const overlay = await overlaid();
    expect(capaian()).toEqual(['1', '0.9']);
    overlay.stop();
  });
});
