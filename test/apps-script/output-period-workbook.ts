/**
 * A small workbook of one office for the period tests of the output sheets and the Dasbor trend
 * (output-period-sheets.test.ts, dashboard-trend-lengths.test.ts): two employees of one unit, and SKP
 * sheets of one period each.
 */
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';

const OPD = 'Dinas Penanaman Modal dan PTSP Kabupaten Sukamaju';
export const num = (n: number): SeedCell => ({ v: n, d: n.toLocaleString('id-ID') });
export const RATNA = '198605142010012007';
export const BAYU = '199107232019031004';
const PEOPLE = [
  { nip: RATNA, nama: 'Ratna Kusumawati' },
  { nip: BAYU, nama: 'Bayu Aji Nugroho' },
];

export const employees: SheetSeed = {
  name: 'Pegawai',
  rows: [
    ['NIP', 'Nama', 'Jabatan', 'Unit Kerja'],
    ...PEOPLE.map((p) => [p.nip, p.nama, 'Analis', 'Bidang Pelayanan']),
  ],
};

/** One period's SKP: its period line (none: no line), each employee's realisasi of a target of 100. */
export const skp = (name: string, periodLine: SeedCell[] | null, real = 60): SheetSeed => ({
  name,
  rows: [
    ['CAPAIAN SKP'],
    ['SKPD', ':', OPD],
    periodLine ?? [],
    [],
    ['No', 'NIP', 'Indikator Kinerja Individu', 'Satuan', 'Target', 'Realisasi'],
    ...PEOPLE.map((p, i) => [i + 1, p.nip, 'Jumlah izin', 'Dokumen', num(100), num(real)]),
  ],
});
