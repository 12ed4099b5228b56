// @vitest-environment happy-dom
/**
 * A page that moves to another period in place (an SPA re-rendering the same rows: the period line
 * outside the table changes, and the realisasi cells are edited, not replaced) is scored against the
 * period it now names, as Hitung nilai scores a sheet of that period: never against the period the page
 * named when the table was first scored.
 */
import { expect, it } from 'vitest';
import { FEATURES } from '../../extension/src/content/features';
import { createOverlay } from '../../extension/src/content/overlay';
import { defaultPolicy } from '../../shared/policy/schema';

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

const badges = () => Array.from(document.querySelectorAll('[data-kind="indikator"]'));

it('an annual target meets the period the page names after an in-place change', async () => {
  // The module as the background would inject it into this frame.
  await import('../../extension/src/content/period/module');
  document.body.innerHTML = `<p id="periode">Periode Penilaian : Triwulan I 2025</p>
    <table><thead><tr><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target Tahunan</th>
    <th>Realisasi s.d. Triwulan Ini</th></tr></thead><tbody>
    <tr><td>Tersusunnya laporan keuangan</td><td>Jumlah laporan keuangan yang disusun</td><td>12 Laporan</td>
        <td id="realisasi">3 Laporan</td></tr>
    </tbody></table>`;
  const overlay = createOverlay(
    document,
    { policy: defaultPolicy(), lang: 'id', results: new Map(), revision: 1 },
    FEATURES,
  );
  overlay.start();
  await settle();
  overlay.flush();
  // Up to March: 12 x 1/4 = 3.
  expect(badges().map((b) => b.getAttribute('data-capaian'))).toEqual(['1']);

  document.getElementById('periode')!.firstChild!.nodeValue = 'Periode Penilaian : Triwulan II 2025';
  document.getElementById('realisasi')!.firstChild!.nodeValue = '6 Laporan';
  await settle();
  overlay.flush();
  // Up to June: 12 x 2/4 = 6, so 6 Laporan is 100% (not 6 / 3 = 200% against the first quarter).
  expect(badges().map((b) => b.getAttribute('data-capaian'))).toEqual(['1']);
  expect(badges()[0]?.getAttribute('title')).toContain(
    'realisasi s.d. Triwulan II 2025 dibandingkan dengan 6',
  );
  overlay.stop();
});
