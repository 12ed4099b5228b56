// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
// The panel module, as the background injects it into a frame that has a summary (panel/api.ts).
import '../../extension/src/content/panel/module';
import { shadowOf } from '../../extension/src/content/dom/owned';
import { FEATURES } from '../../extension/src/content/features';
import type { OverlaySettings } from '../../extension/src/content/features/registry';
import { createOverlay } from '../../extension/src/content/overlay';
import { defaultPolicy } from '../../shared/policy/schema';

/* Findings from the npm start screenshots (overlay-fixes): what a supervisor sees on the page. */

const settings = (lang: 'id' | 'en' = 'id'): OverlaySettings => ({
  policy: defaultPolicy(),
  lang,
  results: new Map(),
  revision: 1,
});

/** The text of an overlay element's closed shadow root (the page itself gets null for shadowRoot). */
const shadowText = (host: Element | null | undefined): string =>
  (host ? shadowOf(host)?.textContent : undefined) ?? '';

afterEach(() => {
  document.body.innerHTML = '';
});

/** One subordinate's appraisal as BKN renders it: identity block, IKI table, rating footer. */
function appraisal(predikatLine: string, extraRows = ''): void {
  document.body.innerHTML = `<div class="card"><p>Nama : Siti Rahmawati, S.E.</p><p>NIP : 199003152015031002</p></div>
    <table><thead><tr><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th><th>Target</th>
    <th>Realisasi</th><th>Bukti Dukung</th><th>Umpan Balik</th></tr></thead><tbody>
    <tr><td>Tersusunnya laporan keuangan tepat waktu</td><td>Jumlah laporan keuangan</td><td>12 Dokumen</td>
        <td>6 Dokumen</td><td><a href="#b1">Lihat bukti</a></td><td>Perlu dipercepat</td></tr>${extraRows}
    </tbody></table>
    <div class="card-footer"><label for="r">RATING HASIL KERJA</label>
    <select id="r"><option value="">-- Pilih --</option><option value="3" selected>Diatas Ekspetasi</option>
    <option value="1">Dibawah Ekspektasi</option></select>
    <label for="p">RATING PERILAKU KERJA</label>
    <select id="p"><option value="2" selected>Sesuai Ekspektasi</option></select>
    ${predikatLine}</div>`;
}

const panelText = (): string => shadowText(document.querySelector('[data-nilai-kerja="panel"]'));

describe('single-appraisal page (finding 7)', () => {
  it('reports the page’s own predikat, shows the proposal as a disagreement, and draws no one-person chart', () => {
    appraisal('<div>PREDIKAT KINERJA : BAIK</div>');
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const employee = document.querySelector('[data-kind="pegawai"]')!;
    // 6 of 12 documents = 50%: the proposal is Di Bawah, the supervisor chose Di Atas.
    expect(employee.getAttribute('data-kategori')).toBe('di_bawah');
    expect(employee.getAttribute('data-flags')).toContain('rating_berbeda');
    expect(employee.getAttribute('title')).toContain('Predikat kinerja yang tertulis di halaman: Baik');
    const text = panelText();
    expect(text).toContain('predikat Baik');
    expect(text).toContain('Berbeda dari usulan');
    expect(text).not.toContain('Sebaran predikat');
    // Baik on the page: nobody to reprimand on the strength of a proposal the supervisor overruled.
    const reprimand = text.split('Perlu teguran atau pembinaan')[1]!.split('Layak apresiasi')[0]!;
    expect(reprimand).not.toContain('Siti Rahmawati');
    overlay.stop();
  });
});

const pillClass = (badge: Element | null): string =>
  (badge ? shadowOf(badge)?.querySelector('span')?.className : undefined) ?? '';

describe('a disagreeing proposal (finding 6)', () => {
  it('looks like a warning, not like a good result', () => {
    // 11 of 12 documents: 91,67% is Sangat Tinggi (green), proposal Sesuai, the page chose Di Atas.
    appraisal('<div>PREDIKAT KINERJA : SANGAT BAIK</div>');
    document.querySelector('tbody td:nth-child(4)')!.textContent = '11 Dokumen';
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const employee = document.querySelector('[data-kind="pegawai"]');
    expect(employee?.getAttribute('data-flags')).toContain('rating_berbeda');
    expect(pillClass(employee)).toContain('mid');
    expect(pillClass(employee)).not.toContain('good');
    // The indicator itself stays green: only the contradiction is a warning.
    expect(pillClass(document.querySelector('[data-kind="indikator"]'))).toContain('good');
    overlay.stop();
  });
});

/** Everything a person reads: badge pills, tooltips and the panel. */
function visibleOverlayText(): string {
  const badges = Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]'));
  return [...badges.map((b) => `${shadowText(b)}\n${b.getAttribute('title') ?? ''}`), panelText()].join('\n');
}

describe('catalog text in the chosen language (findings 5 and 8)', () => {
  it('speaks English throughout, with singular and plural forms, and never shows a flag id', () => {
    appraisal(
      '<div>PREDIKAT KINERJA : BAIK</div>',
      `<tr><td>Terinventarisasinya aset</td><td>Persentase aset berlabel</td><td>99,5 %</td><td>lengkap</td>
       <td>-</td><td></td></tr>`,
    );
    const overlay = createOverlay(document, settings('en'), FEATURES);
    overlay.start();
    const text = visibleOverlayText();
    expect(text).toContain('1 employee,');
    expect(text).toContain('2 indicators');
    expect(text).not.toMatch(/\b1 employees\b|\b1 rows\b/);
    expect(text).toContain('achievement ?');
    expect(text).not.toMatch(/capaian \?|Sangat Tinggi|Sangat Rendah|\bRendah\b|ditandai|Tidak ada/);
    // Flag ids are for scripts (data-flags); people read their names.
    expect(text).not.toMatch(/tanpa_bukti|tanpa_umpan_balik|realisasi_kosong|tidak_terhitung|rating_berbeda/);
    expect(text).toContain('No supporting evidence');
    overlay.stop();
  });

  it('names the default capaian bands in English', () => {
    appraisal('');
    document.querySelector('tbody td:nth-child(4)')!.textContent = '12 Dokumen';
    const overlay = createOverlay(document, settings('en'), FEATURES);
    overlay.start();
    expect(shadowText(document.querySelector('[data-kind="indikator"]'))).toContain('100% Very high');
    overlay.stop();
  });
});

describe('tooltips that say why (finding 9)', () => {
  it('says which target is waiting for an empty realisasi', () => {
    appraisal(
      '',
      `<tr><td>Terinventarisasinya aset</td><td>Persentase aset berlabel</td><td>99,5 %</td><td></td>
       <td></td><td></td></tr>`,
    );
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const empty = Array.from(document.querySelectorAll('[data-kind="indikator"]')).find((b) =>
      b.getAttribute('data-flags')?.includes('realisasi_kosong'),
    );
    expect(empty?.getAttribute('title')).toContain('Target 99,5 %; realisasi masih kosong');
    expect(shadowText(empty)).toContain('Realisasi kosong');
    overlay.stop();
  });

  it('says what data is missing when a list row has no capaian', () => {
    document.body.innerHTML = `<table><thead><tr><th>NIP</th><th>Nama Pegawai</th><th>Capaian (%)</th></tr></thead>
      <tbody><tr><td>199003152015031002</td><td>Siti Rahmawati</td><td>91,5</td></tr>
      <tr><td>198811072014021001</td><td>Agus Setiawan</td><td>-</td></tr></tbody></table>`;
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const agus = document.querySelector('[data-nip="198811072014021001"]');
    const title = agus?.getAttribute('title') ?? '';
    expect(shadowText(agus)).toContain('belum ada data');
    expect(title).toContain('kolom "Capaian (%)" kosong atau tidak terbaca');
    expect(title).toContain('Impor paket hasil');
    overlay.stop();
  });
});

describe('re-scoring after one row changed (scan speed)', () => {
  it('updates the changed person’s verdict and keeps everyone else’s', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Nama / NIP</th><th>Rencana Hasil Kerja</th>
      <th>Indikator Kinerja Individu</th><th>Target</th><th>Realisasi</th></tr></thead><tbody>
      <tr><td>Siti Rahmawati<br><small>199003152015031002</small></td><td>Laporan keuangan tepat waktu</td>
          <td>Jumlah laporan</td><td>12 Dokumen</td><td><span id="siti">12</span> Dokumen</td></tr>
      <tr><td>Agus Setiawan<br><small>198811072014021001</small></td><td>Aset terinventarisasi</td>
          <td>Jumlah aset</td><td>10 Berkas</td><td>5 Berkas</td></tr></tbody></table>`;
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const person = (nip: string) => document.querySelector(`[data-kind="pegawai"][data-nip="${nip}"]`);
    const agus = person('198811072014021001');
    expect(person('199003152015031002')?.getAttribute('data-capaian')).toBe('1');
    expect(agus?.getAttribute('data-capaian')).toBe('0.5');
    document.getElementById('siti')!.textContent = '6';
    // The page's change reaches the overlay through its mutation observer, batched to a frame.
    await vi.waitFor(() => expect(person('199003152015031002')?.getAttribute('data-capaian')).toBe('0.5'));
    expect(person('198811072014021001')).toBe(agus);
    expect(agus?.getAttribute('data-capaian')).toBe('0.5');
    overlay.stop();
  });
});
