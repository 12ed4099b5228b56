/**
 * One verdict on a page: a sample of the generated indicator rows, shown on an SKP appraisal page as an
 * e-kinerja app prints them, gets from the BUILT extension in real Chromium the same capaian (4 decimals),
 * category and flags as =CAPAIAN / =KATEGORI_CAPAIAN in the built add-on for the same cells.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { expectedFlags, type IndicatorCase, indicatorCase } from './cases';
import { html, round4, type ServedPages, servePages } from './pages';

const SAMPLE = 40;
const cases: IndicatorCase[] = fc.sample(indicatorCase, { numRuns: SAMPLE, seed: 20261206 });

/** The appraisal page of one employee, as BKN-like apps print it (one RHK per indicator row). */
function page(rows: readonly IndicatorCase[]): string {
  const body = rows
    .map(
      (c, i) => `<tr><td>${i + 1}</td><td>Tersusunnya dokumen perencanaan ${i + 1}</td><td>Jumlah dokumen</td>
        <td>${html(c.polaritas)}</td><td>${html(c.target.shown)}</td><td>${html(c.realisasi.shown)}</td>
        <td>${html(c.bukti.text)}</td><td>${html(c.umpanBalik.text)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Penilaian SKP</title></head><body>
    <h1>Penilaian SKP</h1><p>Nama : Rina Marlina, S.E.</p><p>NIP : 198501012010011001</p>
    <table id="skp"><thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th>
    <th>Polaritas</th><th>Target</th><th>Realisasi</th><th>Bukti Dukung</th><th>Umpan Balik</th></tr></thead>
    <tbody>${body}</tbody></table></body></html>`;
}

let served: ServedPages;
let box: Sandbox;

beforeAll(async () => {
  served = await servePages({ 'skp.html': page(cases) });
  box = loadSandbox({ withUi: false });
});

afterAll(async () => {
  await served?.close();
});

describe('one verdict on a page, in Chromium', () => {
  it('gives every sampled row the capaian, category and flags the add-on gives', async () => {
    const tab = await served.ext.newPage();
    await tab.goto(served.url('skp.html'));
    await tab.waitForFunction(
      (n) => document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="indikator"]').length >= n,
      SAMPLE,
      { timeout: 20_000 },
    );
    const badges = await tab.evaluate(() =>
      Array.from(document.querySelectorAll('#skp tbody tr')).map((tr) => {
        const b = tr.querySelector('[data-nilai-kerja="badge"][data-kind="indikator"]');
        return {
          capaian: b?.getAttribute('data-capaian') ?? null,
          kategori: b?.getAttribute('data-kategori') ?? null,
          flags: (b?.getAttribute('data-flags') ?? '').split(' ').filter(Boolean).sort(),
        };
      }),
    );
    expect(badges).toHaveLength(SAMPLE);

    cases.forEach((c, i) => {
      const where = `row ${i + 1}: target ${JSON.stringify(c.target)}, realisasi ${JSON.stringify(c.realisasi)}, ${c.polaritas}`;
      const badge = badges[i]!;
      // What the add-on's cell formulas say for the same cells (Sheets passes raw values), told the row's
      // Satuan as the formula's satuan argument (a percent cell reaches it as a bare fraction).
      const cf = box.call('CAPAIAN', c.target.v, c.realisasi.v, c.polaritas, '', '', c.satuan ?? '');
      const flags = expectedFlags(c);
      if (typeof cf === 'number') {
        expect(round4(Number(badge.capaian)), where).toBe(round4(cf));
        const label = box.call('KATEGORI_CAPAIAN', cf) as string;
        expect(badge.kategori, where).toBe(label.toLowerCase().replace(/ /g, '_'));
      } else {
        expect(badge.capaian, where).toBe('');
        if (c.realisasi.shown !== '') flags.push('tidak_terhitung');
      }
      expect(badge.flags, where).toEqual(flags.sort());
    });
  });
});
