/**
 * Which sheets are input, through the BUILT Code.js: a copy of one of the add-on's own outputs without its
 * mark ("Salinan Hasil Pegawai" from Sheets' "Salin ke", or last month's results pasted as values into a
 * new tab) is never read as this period's data, and one note in "Masalah Data" names it and says why; a
 * sheet of the admin's named like an output ("Hasil Pegawai", "hasil pegawai") takes no role from that
 * name, so a short NIP | Nama list there never replaces the people the workbook's tables name.
 */
import { describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import type { FakeSheet, SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { unitMonthRecap } from './fixtures/families';
import { compute, type Row, rowsOf } from './fixtures/sandbox-run';
import { runAll, sheetNamed, sheetState } from './output-state';

await ensureBuilt();

/** The sheet as Sheets' "Salin ke" or a paste of values makes it: the same values and display, no mark. */
function copyOf(sheet: FakeSheet, name: string): SheetSeed {
  return {
    name,
    rows: sheet.cells.map((row) => row.map((c): SeedCell => (c.d === undefined ? c.v : { v: c.v, d: c.d }))),
  };
}

const inputs = (leaveOut: readonly string[] = []): SheetSeed[] =>
  workbookGrids(sampleWorkbook())
    .filter((g) => !leaveOut.includes(g.name))
    .map((g) => ({ name: g.name, rows: g.rows }));

const OPD = 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukamaju';
const PEOPLE = [
  { nip: '198207152008011003', nama: 'Agus Salim Nasution, S.T.', unit: 'Bidang Bina Marga' },
  { nip: '199104222016022001', nama: 'Wulan Sari Handayani, S.E.', unit: 'Bidang Bina Marga' },
  { nip: '198612032010011005', nama: 'Dedi Kurniawan, A.Md.', unit: 'Sekretariat' },
] as const;

/** Last period's workbook, every output written: the sample OPD, and a month's recap (Riwayat, Rekap Tahunan). */
const previous = loadSandbox({ sheets: inputs(), withUi: false });
runAll(previous);
const month = loadSandbox({
  sheets: [unitMonthRecap(OPD, 'Desember', PEOPLE, (i) => [0.8, 1.0, 1.1][i] as number)],
  withUi: false,
});
compute(month, []);
const source = (output: string): FakeSheet =>
  previous.book.sheets.find((s) => s.name === output) ?? sheetNamed(month, output);

const noteFor = (sheet: string, output: string, input: string) =>
  `Sheet "${sheet}" berisi hasil Nilai Kerja sendiri (sheet "${output}" dari penghitungan sebelumnya), jadi tidak dibaca sebagai data: angkanya adalah hasil penghitungan itu, bukan data periode ini. Untuk memakai angkanya, salin angka itu ke sheet data (mis. "${input}") dengan judul kolom data.`;

const problems = (box: Sandbox): Row[] => rowsOf(box, 'Masalah Data');
const tablesOn = (box: Sandbox, sheet: string) =>
  rowsOf(box, 'Tabel Terbaca').filter((r) => r.Sheet === sheet);

describe("a copy of the add-on's own output, without its mark", () => {
  it("last period's Hasil Pegawai pasted into this month's workbook does not score anyone, and says so once", () => {
    const copy = copyOf(source('Hasil Pegawai'), 'Salinan Hasil Pegawai');
    // This month's workbook holds the staff list and attendance but no results yet.
    const box = loadSandbox({
      sheets: [...inputs(['Indikator', 'Perilaku', 'Aktivitas']), copy],
      withUi: false,
    });
    compute(box, ['Salinan Hasil Pegawai', 'Pegawai', 'Absensi']);
    const employees = rowsOf(box, 'Hasil Pegawai');
    expect(employees.length).toBeGreaterThan(0);
    // No capaian read from last period's verdicts.
    for (const e of employees) expect(e.Capaian, String(e.NIP)).toBe('');
    const notes = problems(box).filter((p) => p.Sheet === 'Salinan Hasil Pegawai');
    expect(notes.map((p) => [p.Baris, p.Masalah])).toEqual([
      [1, noteFor('Salinan Hasil Pegawai', 'Hasil Pegawai', 'Rekap Kinerja')],
    ]);
  });

  it.each([
    ['Hasil Pegawai', 'Rekap Kinerja'],
    ['Hasil Unit', 'Unit'],
    ['Dasbor', 'Rekap Kinerja'],
    ['Reward & Punishment', 'Rekap Kinerja'],
    ['Evaluasi SAKIP', 'Rekap Kinerja'],
    ['Masalah Data', 'Rekap Kinerja'],
    ['Tabel Terbaca', 'Rekap Kinerja'],
    ['Rekap Tahunan', 'Rekap Kinerja'],
  ])('"Salinan %s" is not read by Periksa data, and one note names it', (output, input) => {
    const name = `Salinan ${output}`;
    const box = loadSandbox({ sheets: [...inputs(), copyOf(source(output), name)], withUi: false });
    const before = sheetState(sheetNamed(box, name));
    box.call('periksaData');
    expect(sheetState(sheetNamed(box, name))).toBe(before);
    expect(tablesOn(box, name)).toEqual([]);
    expect(
      problems(box)
        .filter((p) => p.Sheet === name)
        .map((p) => p.Masalah),
    ).toEqual([noteFor(name, output, input)]);
  });

  it('a copied Riwayat is still read as older history only, without that note', () => {
    const name = 'Salinan dari Riwayat';
    const box = loadSandbox({ sheets: [...inputs(), copyOf(source('Riwayat'), name)], withUi: false });
    box.call('periksaData');
    expect(tablesOn(box, name)).toEqual([]);
    expect(problems(box).filter((p) => String(p.Masalah).includes('berisi hasil Nilai Kerja'))).toEqual([]);
  });

  it("an admin's own table under a header like an output's but not exactly it is read as before", () => {
    const copy = copyOf(source('Hasil Pegawai'), 'Rekap Kinerja Mei');
    const header = copy.rows[0] as SeedCell[];
    header[header.length] = 'Catatan';
    const box = loadSandbox({ sheets: [...inputs(['Indikator', 'Perilaku']), copy], withUi: false });
    box.call('periksaData');
    expect(tablesOn(box, 'Rekap Kinerja Mei').map((t) => t['Dibaca Hitung nilai'])).toEqual(['Ya']);
  });
});

/** The admin's own notes: a one-row NIP | Nama list in a sheet named like the employees output. */
const notes = (name: string): SheetSeed => ({
  name,
  rows: [
    ['NIP', 'Nama', 'Catatan saya'],
    [PEOPLE[0].nip, 'Agus', 'jangan dihapus'],
  ],
});

describe("an admin's sheet named like an output", () => {
  it.each(['Hasil Pegawai', 'hasil pegawai', 'Hasil Pegawai (Nilai Kerja)', 'Salinan dari Hasil Pegawai'])(
    '"%s" holding a NIP | Nama list is not the employee list: everyone in the recap is scored',
    (name) => {
      const recap = unitMonthRecap(OPD, 'Desember', PEOPLE, (i) => [0.8, 1.0, 1.1][i] as number);
      const box = loadSandbox({ sheets: [recap, notes(name)], withUi: false });
      compute(box, [recap.name, name]);
      const output = box.book.sheets.find((s) => s.name !== name && s.name.startsWith('Hasil Pegawai'));
      const scored = rowsOf(box, output?.name ?? '');
      expect(scored.map((e) => e.NIP).sort()).toEqual(PEOPLE.map((p) => p.nip).sort());
      expect(scored.every((e) => e.Capaian !== '')).toBe(true);
      expect(
        problems(box)
          .filter((p) => p.Sheet === name)
          .map((p) => p.Masalah),
      ).toEqual([
        `Sheet "${name}" bernama seperti sheet hasil Nilai Kerja ("Hasil Pegawai"), jadi namanya tidak dipakai untuk menebak jenis datanya, dan kolomnya tidak menunjukkan jenis data: sheet ini tidak dibaca. Bila sheet ini memang tabel "Pegawai", pilih jenis datanya di Petakan kolom atau ganti namanya menjadi "Pegawai".`,
      ]);
    },
  );

  it('another name still says what the list is ("Daftar Pegawai" is the employee list)', () => {
    const recap = unitMonthRecap(OPD, 'Desember', PEOPLE, (i) => [0.8, 1.0, 1.1][i] as number);
    const box = loadSandbox({ sheets: [recap, notes('Daftar Pegawai')], withUi: false });
    box.call('periksaData');
    expect(tablesOn(box, 'Daftar Pegawai').map((t) => t['Jenis data'])).toEqual(['Data pegawai']);
  });
});
