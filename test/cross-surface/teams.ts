/**
 * A team of employees as both surfaces see it: each with RHK (utama and tambahan) of one or more indicators
 * and a Bobot on each RHK's first row, written once as a sheet for Hitung nilai (the built Code.js) and once
 * as a page that lists every indicator row with its person and its RHK text repeated (the built extension).
 * One writer of both, so the tests that compare the surfaces compare the same team.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ratingLabel, t } from '../../shared';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { type IndicatorCase, nipOf } from './cases';
import { html, round4, type ServedPages, seedCell } from './pages';

/** A Bobot as the sheet holds it (text, a number, a percent cell) and as the page prints it. */
export interface Bobot {
  sheet: SeedCell;
  shown: string;
}
/** A Bobot typed as text: the sheet holds what the page prints. */
export const typed = (text: string): Bobot => ({ sheet: text, shown: text });
export const NONE = typed('');

export interface Rhk {
  jenis: 'Utama' | 'Tambahan';
  /** On the RHK's first row only (a merged cell in a sheet); NONE for none. */
  bobot: Bobot;
  indicators: IndicatorCase[];
}

/** Fixed indicators: RHK A scores 80 %, RHK B 125 % (120 % once capped). */
export const fixed = (target: number, realisasi: number): IndicatorCase => ({
  target: { v: target, shown: String(target) },
  realisasi: { v: realisasi, shown: String(realisasi) },
  polaritas: 'Positif',
  bukti: { text: 'Laporan.pdf', given: true },
  umpanBalik: { text: 'Sudah sesuai', given: true },
});
export const twoRhk = (a: Bobot, b: Bobot): Rhk[] => [
  { jenis: 'Utama', bobot: a, indicators: [fixed(10, 8)] },
  { jenis: 'Utama', bobot: b, indicators: [fixed(12, 15)] },
];

/** One indicator row: whose, which RHK, the Bobot on the RHK's first row (NONE on the others). */
export interface Row {
  nip: string;
  nama: string;
  rhk: string;
  jenis: string;
  bobot: Bobot;
  c: IndicatorCase;
}

/** A team's indicator rows, employee by employee, RHK by RHK. */
export function rowsOf(team: Rhk[][]): Row[] {
  return team.flatMap((rhks, e) =>
    rhks.flatMap((r, k) =>
      r.indicators.map((c, i) => ({
        nip: nipOf(e),
        nama: `Pegawai ${e + 1}`,
        rhk: `Terlaksananya kegiatan ${k + 1} pegawai ${e + 1}`,
        jenis: r.jenis,
        bobot: i === 0 ? r.bobot : NONE,
        c,
      })),
    ),
  );
}

/**
 * The rows as an SKP recap page. `spanning`: each Bobot spans its RHK's rows (rowspan), as a merged cell
 * spans them in a sheet; else it stands on the RHK's first row and the others are blank.
 */
export function page(rows: readonly Row[], spanning = false): string {
  const bobotCell = (r: Row, i: number): string => {
    if (!spanning) return `<td>${html(r.bobot.shown)}</td>`;
    if (i > 0 && rows[i - 1]!.rhk === r.rhk) return '';
    const span = rows.filter((o) => o.rhk === r.rhk).length;
    return `<td rowspan="${span}">${html(r.bobot.shown)}</td>`;
  };
  const body = rows
    .map(
      (
        r,
        i,
      ) => `<tr><td>${html(r.nama)}<br><small>${r.nip}</small></td><td>${html(r.rhk)}</td><td>${r.jenis}</td>
      ${bobotCell(r, i)}<td>Jumlah keluaran</td><td>${html(r.c.polaritas)}</td><td>${html(r.c.target.shown)}</td>
      <td>${html(r.c.realisasi.shown)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rekap SKP Bawahan</title></head>
    <body><h1>Rekap Realisasi SKP Bawahan</h1><table id="rekap"><thead><tr><th>Nama / NIP</th>
    <th>Rencana Hasil Kerja</th><th>Jenis RHK</th><th>Bobot</th><th>Indikator Kinerja Individu</th><th>Polaritas</th>
    <th>Target</th><th>Realisasi</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as unknown[][]) : [];
};

/**
 * The team as Pegawai and Indikator sheets, scored by Hitung nilai: each employee's capaian and proposed
 * rating from Hasil Pegawai (its columns found by their headers: the layout may grow), and the rows of
 * Masalah Data below its header (sheet, row, column, value, message, severity).
 */
export function hitungNilai(team: Rhk[][], rows: readonly Row[]) {
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
      r.bobot.sheet,
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
  const sheet = values(box, 'Hasil Pegawai');
  const header = sheet[0] as string[];
  const column = (code: 'ADDON_COL_CAPAIAN' | 'ADDON_COL_RATING_USULAN' | 'ADDON_COL_NIP'): number => {
    const at = header.indexOf(t(code));
    if (at < 0) throw new Error(`Hasil Pegawai has no column ${t(code)}: ${header.join(', ')}`);
    return at;
  };
  const capaian = column('ADDON_COL_CAPAIAN');
  const usulan = column('ADDON_COL_RATING_USULAN');
  const nip = column('ADDON_COL_NIP');
  return {
    verdicts: new Map(
      sheet.slice(1).map((r) => [String(r[nip]), { capaian: r[capaian], usulan: r[usulan] }]),
    ),
    problems: values(box, 'Masalah Data').slice(1),
  };
}

/** An employee's badge as the page shows it: NIP, capaian and proposed rating (the badge contract), tooltip. */
export interface ShownVerdict {
  nip: string | null;
  capaian: string;
  usulan: string;
  title: string;
}

/** Every employee badge on an open page, in page order. */
export const employeeBadges = (tab: Page): Promise<ShownVerdict[]> =>
  tab.evaluate(() =>
    Array.from(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]')).map((b) => ({
      nip: b.getAttribute('data-nip'),
      capaian: b.getAttribute('data-capaian') ?? '',
      usulan: b.getAttribute('data-kategori') ?? '',
      title: b.getAttribute('title') ?? '',
    })),
  );

/**
 * The employees' badges on a served page, once the overlay shows at least `people` of them: NIP, capaian
 * and proposed rating (the badge contract's attributes) and the tooltip's text.
 */
export async function pageVerdicts(served: ServedPages, file: string, people: number) {
  const tab = await served.ext.newPage();
  await tab.goto(served.url(file));
  await tab.waitForFunction(
    (n) => document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]').length >= n,
    people,
    { timeout: 20_000 },
  );
  const badges = await employeeBadges(tab);
  await tab.close();
  return badges;
}

/** An employee's verdict on the page's badge and in Hasil Pegawai: the same capaian (4 decimals) and rating. */
export function expectSameVerdict(
  onPage: ShownVerdict | undefined,
  inSheet: { capaian: unknown; usulan: unknown } | undefined,
  where: string,
): void {
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
