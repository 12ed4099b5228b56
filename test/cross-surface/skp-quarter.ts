/**
 * One SKP appraisal of a quarter on both surfaces, for the period tests (period.test.ts,
 * period-target-other-year.test.ts): the page the extension reads and the workbook Hitung nilai reads, the
 * same rows (one indicator per employee in the workbook) under the same headers and period line.
 */
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { nipOf } from './cases';
import { html } from './pages';

/** [indikator, target, realisasi] */
export type SkpRow = readonly [string, string, string];

export interface SkpHeaders {
  target: string;
  realisasi?: string;
}

/** The page: an identity table with `periodLine` (a table row, or '' for none) above the SKP table. */
export function skpPage(rows: readonly SkpRow[], periodLine: string, headers: SkpHeaders): string {
  const body = rows
    .map(
      (
        [indikator, target, realisasi],
        i,
      ) => `<tr><td>${i + 1}</td><td>Terlaksananya tata kelola keuangan ${i + 1}</td>
      <td>${html(indikator)}</td><td>${html(target)}</td><td>${html(realisasi)}</td>
      <td><a href="#bukti-${i}">bukti-${i + 1}.pdf</a></td><td>Sudah sesuai</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Penilaian SKP</title></head><body>
    <h1>Penilaian SKP</h1>
    <table class="identitas"><tr><td>Nama</td><td>:</td><td>Rina Marlina, S.E.</td></tr>
    <tr><td>NIP</td><td>:</td><td>198501012010011001</td></tr>${periodLine}</table>
    <table id="skp"><thead><tr><th>No</th><th>Rencana Hasil Kerja</th><th>Indikator Kinerja Individu</th>
    <th>${html(headers.target)}</th><th>${html(headers.realisasi ?? 'Realisasi')}</th><th>Bukti Dukung</th><th>Umpan Balik</th></tr></thead>
    <tbody>${body}</tbody></table></body></html>`;
}

/** The identity table's period row the page shows ("Periode Penilaian : Triwulan I 2025"). */
export const periodRow = (period: string): string =>
  `<tr><td>Periode Penilaian</td><td>:</td><td>${html(period)}</td></tr>`;

/** The workbook: Pegawai, and the Indikator sheet titled with `period`. */
export function skpWorkbook(rows: readonly SkpRow[], period: string, headers: SkpHeaders) {
  const pegawai: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']];
  const indikator: SeedCell[][] = [
    ['PENILAIAN SKP'],
    ['Periode Penilaian', ':', period],
    [],
    [
      'NIP',
      'RHK',
      'Indikator',
      headers.target,
      headers.realisasi ?? 'Realisasi',
      'Bukti Dukung',
      'Umpan Balik',
    ],
  ];
  rows.forEach(([name, target, realisasi], i) => {
    pegawai.push([nipOf(i), `Pegawai ${i + 1}`, 'Analis Keuangan', 'Bidang Anggaran']);
    indikator.push([
      nipOf(i),
      `Terlaksananya tata kelola keuangan ${i + 1}`,
      name,
      target,
      realisasi,
      'ada',
      'Sudah sesuai',
    ]);
  });
  return [
    { name: 'Pegawai', rows: pegawai },
    { name: 'Indikator', rows: indikator },
  ];
}
