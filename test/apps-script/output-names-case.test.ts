/**
 * Sheets compares sheet names regardless of letter case: an admin's "dasbor" or "masalah data" holds the
 * name "Dasbor" or "Masalah Data" as much as the same name written alike. Through the BUILT Code.js (the fake
 * spreadsheet refuses such a name as Sheets does): every writing action leaves the admin's sheet as it is and
 * writes its output beside it, never failing on the name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const NOTES = [
  { name: 'dasbor', rows: [['Dasbor rapat pimpinan', 'disusun manual']] },
  { name: 'MASALAH DATA', rows: [['Catatan dari inspektorat', 'tindak lanjut']] },
];

describe('an admin sheet named like an output in another letter case', () => {
  it('is left as it is, and Hitung nilai writes beside it', () => {
    const box = loadSandbox({
      sheets: [...workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })), ...NOTES],
      withUi: false,
    });
    const before = NOTES.map((n) => sheetState(sheetNamed(box, n.name)));
    const text = String(box.call('hitungNilai'));
    expect(text).not.toMatch(/gagal|already exists/i);
    expect(NOTES.map((n) => sheetState(sheetNamed(box, n.name)))).toEqual(before);
    const names = box.book.sheets.map((s) => s.name);
    expect(names).toContain('Masalah Data (Nilai Kerja)');
    expect(names).toContain('Hasil Pegawai');
    // Run again: the outputs are found by their mark in their new places, the admin's sheets untouched.
    expect(String(box.call('hitungNilai'))).not.toMatch(/gagal|already exists/i);
    expect(NOTES.map((n) => sheetState(sheetNamed(box, n.name)))).toEqual(before);
  });
});
