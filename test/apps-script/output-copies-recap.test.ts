/**
 * Through the BUILT Code.js: copies of the add-on's output sheets that no header row identifies (the
 * Sekda's recap sheets, the meeting papers) are known by the name Sheets gives a copy ("Salinan dari Rekap
 * OPD", "Kertas Rapat Koordinasi (1)"): never read as input, each named once in "Masalah Data". Before,
 * "Salinan dari Kandidat Lintas OPD" was read as the OPD's results table in place of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeSheet, SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { OPDS, opdListSheet, opdWorkbook } from './fixtures/opd-workbooks';
import { compute, rowsOf } from './fixtures/sandbox-run';

beforeAll(ensureBuilt);

const copyOf = (sheet: FakeSheet, name: string): SheetSeed => ({
  name,
  rows: sheet.cells.map((row) => row.map((c): SeedCell => (c.d === undefined ? c.v : { v: c.v, d: c.d }))),
});

/** The Sekda's workbook with the four sample OPDs' March packages imported: every recap sheet built. */
function sekda(): Sandbox {
  const files = (['dinsos', 'dishub', 'utara', 'selatan'] as const).flatMap((k) => {
    const box = loadSandbox({ sheets: opdWorkbook(OPDS[k], 'Maret 2025') });
    const reply = plain(box.call('ambilPaketOpd')) as { files: { fileName: string; json: string }[] };
    return reply.files.map((f) => ({ name: f.fileName, text: f.json }));
  });
  const box = loadSandbox({ sheets: [opdListSheet()] });
  expect((plain(box.call('imporPaketOpd', files)) as { ok: boolean }).ok).toBe(true);
  return box;
}

const NOTE = (sheet: string, output: string) =>
  `Sheet "${sheet}" bernama seperti salinan sheet "${output}" yang dibuat Nilai Kerja, jadi tidak dibaca sebagai data: isinya hasil penghitungan atau rekap sebelumnya, bukan data periode ini. Bila sheet ini memang berisi data Anda, ganti namanya (tanpa "Salinan", "Copy of" atau "(1)") atau pilih jenis datanya di Petakan kolom, lalu periksa lagi.`;

describe('copies of the recap sheets and meeting papers in an OPD workbook', () => {
  let box: Sandbox;
  let copies: { name: string; output: string }[] = [];
  beforeAll(() => {
    const recap = sekda();
    const outputs = recap.book.sheets.map((s) => s.name).filter((n) => n !== 'Daftar OPD');
    expect(outputs).toContain('Kandidat Lintas OPD');
    expect(outputs).toContain('Kertas Rapat Koordinasi');
    // Each as Sheets names a copy: "Salinan dari", "Salinan", "Copy of", and "(1)" when the name is taken.
    const names = ['Salinan dari {n}', 'Salinan {n}', 'Copy of {n}', '{n} (1)'];
    copies = outputs.map((output, i) => ({
      output,
      name: (names[i % names.length] as string).replace('{n}', output),
    }));
    const seeds = copies.map((c) =>
      copyOf(recap.book.sheets.find((s) => s.name === c.output) as FakeSheet, c.name),
    );
    box = loadSandbox({ sheets: [...opdWorkbook(OPDS.dinsos, 'Maret 2025'), ...seeds], withUi: false });
  });

  it('reads none of them, names each once, and scores the OPD from its own tables', () => {
    compute(
      box,
      copies.map((c) => c.name),
    );
    const tables = rowsOf(box, 'Tabel Terbaca').map((r) => String(r.Sheet));
    for (const c of copies) expect(tables, c.name).not.toContain(c.name);
    const problems = rowsOf(box, 'Masalah Data');
    for (const c of copies)
      expect(
        problems.filter((p) => p.Sheet === c.name).map((p) => p.Masalah),
        c.name,
      ).toEqual([NOTE(c.name, c.output)]);
    // The results come from the OPD's own Rekap Capaian, not from a copied candidates list.
    const source = problems.map((p) => String(p.Masalah)).filter((m) => m.includes('hasil per pegawai di'));
    expect(source).toHaveLength(1);
    expect(source[0]).toContain('hasil per pegawai di Rekap Capaian!');
  });

  it('a sheet of the admin’s own named exactly like a recap sheet is still read as before', () => {
    const own: SheetSeed = {
      name: 'Rekap OPD',
      rows: [
        ['NIP', 'Nama', 'Catatan'],
        ['198507122010011003', 'Ahmad', 'catatan saya'],
      ],
    };
    const mine = loadSandbox({ sheets: [...opdWorkbook(OPDS.dinsos, 'Maret 2025'), own], withUi: false });
    mine.call('periksaData');
    expect(rowsOf(mine, 'Tabel Terbaca').map((r) => r.Sheet)).toContain('Rekap OPD');
  });
});
