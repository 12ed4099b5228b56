/**
 * One employee verdict: several employees, each with several RHK (utama and tambahan) of one to three
 * indicators, written once as a sheet (Hitung nilai in the built Code.js) and once as a page that lists every
 * indicator row with its person and its RHK text repeated (the built extension in Chromium). The employee's
 * capaian and proposed hasil rating must be the same on both, with RHK weights (Bobot on an RHK's first row)
 * and tambahan RHK that the default policy leaves out of the capaian.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingLabel, t } from '../../shared';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { type IndicatorCase, indicatorCase, nipOf } from './cases';
import { html, round4, type ServedPages, seedCell, servePages } from './pages';

interface Rhk {
  jenis: 'Utama' | 'Tambahan';
  /** Bobot of the RHK, written on its first row only (a merged cell in a sheet); '' for none. */
  bobot: string;
  indicators: IndicatorCase[];
}
const employee = fc.array(
  fc.record({
    jenis: fc.constantFrom<Rhk['jenis']>('Utama', 'Utama', 'Tambahan'),
    bobot: fc.constantFrom('', '10', '20%', '25', '40 %'),
    indicators: fc.array(indicatorCase, { minLength: 1, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 4 },
);
const PAGES = 4;
const teams: Rhk[][][] = fc.sample(fc.array(employee, { minLength: 2, maxLength: 6 }), {
  numRuns: PAGES,
  seed: 61206,
});

interface Row {
  nip: string;
  nama: string;
  rhk: string;
  jenis: string;
  bobot: string;
  c: IndicatorCase;
}
function rowsOf(team: Rhk[][]): Row[] {
  return team.flatMap((rhks, e) =>
    rhks.flatMap((r, k) =>
      r.indicators.map((c, i) => ({
        nip: nipOf(e),
        nama: `Pegawai ${e + 1}`,
        rhk: `Terlaksananya kegiatan ${k + 1} pegawai ${e + 1}`,
        jenis: r.jenis,
        bobot: i === 0 ? r.bobot : '',
        c,
      })),
    ),
  );
}

function page(rows: readonly Row[]): string {
  const body = rows
    .map(
      (
        r,
      ) => `<tr><td>${html(r.nama)}<br><small>${r.nip}</small></td><td>${html(r.rhk)}</td><td>${r.jenis}</td>
      <td>${html(r.bobot)}</td><td>Jumlah keluaran</td><td>${html(r.c.polaritas)}</td><td>${html(r.c.target.shown)}</td>
      <td>${html(r.c.realisasi.shown)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rekap SKP Bawahan</title></head>
    <body><h1>Rekap Realisasi SKP Bawahan</h1><table id="rekap"><thead><tr><th>Nama / NIP</th>
    <th>Rencana Hasil Kerja</th><th>Jenis RHK</th><th>Bobot</th><th>Indikator Kinerja Individu</th><th>Polaritas</th>
    <th>Target</th><th>Realisasi</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

function hitungNilai(team: Rhk[][], rows: readonly Row[]) {
  const pegawai: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']];
  team.forEach((_, e) => {
    pegawai.push([nipOf(e), `Pegawai ${e + 1}`, 'Analis Kebijakan', 'Bidang Perencanaan']);
  });
  const indikator: SeedCell[][] = [
    ['NIP', 'RHK', 'Jenis RHK', 'Bobot', 'Indikator', 'Polaritas', 'Target', 'Realisasi'],
    ...rows.map((r) => [
      r.nip,
      r.rhk,
      r.jenis,
      r.bobot,
      'Jumlah keluaran',
      r.c.polaritas,
      seedCell(r.c.target),
      seedCell(r.c.realisasi),
    ]),
  ];
  const box = loadSandbox({
    sheets: [
      { name: 'Pegawai', rows: pegawai },
      { name: 'Indikator', rows: indikator },
    ],
  });
  box.call('hitungNilai');
  const sheet = plain(box.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot()) as unknown[][];
  const header = sheet[0] as string[];
  const capaian = header.indexOf(t('ADDON_COL_CAPAIAN'));
  const usulan = header.indexOf(t('ADDON_COL_RATING_USULAN'));
  return new Map(sheet.slice(1).map((r) => [String(r[0]), { capaian: r[capaian], usulan: r[usulan] }]));
}

let served: ServedPages;

beforeAll(async () => {
  served = await servePages(
    Object.fromEntries(teams.map((team, i) => [`rekap-${i}.html`, page(rowsOf(team))])),
  );
});

afterAll(async () => {
  await served?.close();
});

describe('one employee verdict across the sheet and the page', () => {
  it('gives each employee the same capaian and proposed rating in Hitung nilai and on the page', async () => {
    for (const [i, team] of teams.entries()) {
      const rows = rowsOf(team);
      const sheet = hitungNilai(team, rows);
      const tab = await served.ext.newPage();
      await tab.goto(served.url(`rekap-${i}.html`));
      await tab.waitForFunction(
        (n) => document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]').length >= n,
        team.length,
        { timeout: 20_000 },
      );
      const badges = await tab.evaluate(() =>
        Array.from(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]')).map((b) => ({
          nip: b.getAttribute('data-nip'),
          capaian: b.getAttribute('data-capaian') ?? '',
          usulan: b.getAttribute('data-kategori') ?? '',
        })),
      );
      await tab.close();
      for (const [e] of team.entries()) {
        const nip = nipOf(e);
        const where = `page ${i}, ${nip}: ${JSON.stringify(team[e])}`;
        const onPage = badges.find((b) => b.nip === nip);
        const inSheet = sheet.get(nip);
        expect(onPage, where).toBeDefined();
        expect(inSheet, where).toBeDefined();
        if (typeof inSheet!.capaian === 'number') {
          expect(round4(Number(onPage!.capaian)), where).toBe(round4(inSheet!.capaian));
          expect(ratingLabel(onPage!.usulan as never), where).toBe(inSheet!.usulan);
        } else {
          expect(onPage!.capaian, where).toBe('');
          expect(inSheet!.capaian, where).toBe('');
        }
      }
    }
  });
});
