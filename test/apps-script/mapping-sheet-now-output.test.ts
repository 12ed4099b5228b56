/**
 * A sheet named in the saved column mapping that has since become one of the add-on's outputs (it carries
 * the add-on's mark: the admin deleted the input sheet and renamed a result sheet to its name) is never
 * read as input, and is no longer skipped without a word: through the BUILT Code.js, Periksa data lists it
 * in Masalah Data naming the sheet and saying to map the input sheet again, and Hitung nilai stops as for a
 * mapped sheet gone, leaving Hasil Pegawai and Riwayat as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { confirmedSheets } from './confirm-proposal';

beforeAll(ensureBuilt);

type Box = ReturnType<typeof loadSandbox>;

const RAHMAT = '197803122005011004';
const DEWI = '198906172014022003';
const FAJAR = '199305242019031002';

const pegawai = {
  name: 'Pegawai',
  rows: [
    ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'NIP Atasan'],
    [RAHMAT, 'Ir. Rahmat Hidayat, M.T.', 'Kepala Bidang Lalu Lintas', 'Bidang Lalu Lintas', ''],
    [DEWI, 'Dewi Anggraini, S.T.', 'Analis Transportasi', 'Bidang Lalu Lintas', RAHMAT],
    [FAJAR, 'Fajar Nugroho, A.Md.', 'Pengelola Data', 'Bidang Lalu Lintas', RAHMAT],
  ],
};

const indikator = {
  name: 'Indikator',
  rows: [
    ['DINAS PERHUBUNGAN KABUPATEN SUKAMAJU', '', '', '', ''],
    ['Capaian Kinerja Pegawai Mei 2025', '', '', '', ''],
    ['', '', '', '', ''],
    ['NIP', 'Indikator', 'Target', 'Realisasi', 'Satuan'],
    [RAHMAT, 'Dokumen rencana manajemen lalu lintas', '4', '4', 'Dokumen'],
    [DEWI, 'Laporan kajian simpang', '12', '9', 'Laporan'],
    [FAJAR, 'Data pelanggaran terverifikasi', '100', '112', 'Data'],
  ],
};

const grid = (box: Box, name: string): string[][] | null => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as string[][]) : null;
};

const problems = (box: Box): string => (grid(box, 'Masalah Data') ?? []).map((r) => r.join(' | ')).join('\n');

/** Mapping confirmed as proposed, through the sidebar's own calls, then scored once. */
function scoredBook(): Box {
  const box = loadSandbox({ sheets: [pegawai, indikator] });
  const sheets = confirmedSheets(box);
  expect(sheets.map((s) => [s.sheet, s.role])).toEqual([
    ['Pegawai', 'employees'],
    ['Indikator', 'indicators'],
  ]);
  const saved = plain(box.call('simpanPemetaan', JSON.stringify({ version: 1, sheets }))) as { ok: boolean };
  expect(saved.ok).toBe(true);
  expect(String(box.call('hitungNilai'))).toContain('3 pegawai dinilai');
  return box;
}

const NOTE =
  'Sheet "Indikator" ada di pemetaan kolom yang disimpan (sebagai "Indikator SKP (target dan realisasi)"), tetapi kini adalah hasil yang dibuat Nilai Kerja, bukan data input, jadi tidak dibaca. Buka Petakan kolom, petakan lagi sheet data input Anda, lalu simpan ulang.';

describe('a mapped sheet that is now an add-on output', () => {
  it('is named in Masalah Data with what to do, and Hitung nilai stops leaving the results', () => {
    const box = scoredBook();
    // The admin deletes the input sheet and renames the add-on's "Hasil Unit" to its name: the sheet
    // keeps the add-on's mark (developer metadata survives a rename).
    const book = box.book;
    book.deleteSheet(book.getSheetByName('Indikator')!);
    book.getSheetByName('Hasil Unit')!.setName('Indikator');

    box.call('periksaData');
    const list = problems(box);
    expect(list).toContain(NOTE);
    expect(list.split('\n').find((r) => r.includes(NOTE))).toMatch(/^Indikator \|.*\| Galat \|/);

    const hasil = grid(box, 'Hasil Pegawai');
    const riwayat = grid(box, 'Riwayat');
    const reply = String(box.call('hitungNilai'));
    expect(reply).toContain('Hitung nilai dihentikan: pemetaan kolom yang disimpan tidak cocok lagi');
    expect(grid(box, 'Hasil Pegawai')).toEqual(hasil);
    expect(grid(box, 'Riwayat')).toEqual(riwayat);
    expect(problems(box)).toContain(NOTE);

    // The actions that score too say it in their own message.
    expect(String(box.call('daftarRewardPunishment'))).toContain(NOTE);
  });
});
