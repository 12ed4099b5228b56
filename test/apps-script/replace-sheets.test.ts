/** Where replaceSheets puts an output, on the in-memory port: the admin's sheets are never a slot. */
import { describe, expect, it } from 'vitest';
import { isOwnedOutput, OUTPUT_MARK, ownershipOf } from '../../apps-script/src/output/ownership';
import { replaceSheets } from '../../apps-script/src/output/replace-sheets';
import type { OutputSheet } from '../../apps-script/src/output/sheet';
import { MemorySpreadsheet } from '../../apps-script/src/port/memory';

const dashboard = (): OutputSheet => ({
  role: 'dashboard',
  name: 'Dasbor',
  rows: [
    ['Unit Kerja', 'Sangat Baik'],
    ['Sekretariat', 3],
  ],
  formats: [],
});

const notes = (name: string) => ({ name, values: [[`Catatan di ${name}`]] });
const contents = (book: MemorySpreadsheet) => book.sheets.map((s) => [s.name, JSON.stringify(s.values)]);

describe('the slot of an output', () => {
  it('is the next free name when the admin has sheets named like the output and its first alternate', () => {
    const book = new MemorySpreadsheet([notes('Dasbor'), notes('Dasbor (Nilai Kerja)')]);
    const written = replaceSheets(book, [dashboard()]);
    if (!written.ok) throw new Error(written.lines.join('\n'));
    expect(written.names.dashboard).toBe('Dasbor (Nilai Kerja) 2');
    expect(written.notes).toEqual([
      'Sheet "Dasbor" bukan buatan Nilai Kerja, jadi tidak diubah; hasilnya ditulis di sheet "Dasbor (Nilai Kerja) 2".',
    ]);
    expect(book.getSheet('Dasbor')?.values).toEqual([['Catatan di Dasbor']]);
    expect(book.getSheet('Dasbor (Nilai Kerja) 2')?.metadata(OUTPUT_MARK)).toBe('dashboard');
  });

  it('is refused, with nothing written, when every name it may take is the admin’s', () => {
    const taken = ['Dasbor', 'Dasbor (Nilai Kerja)', 2, 3, 4, 5].map((n) =>
      notes(typeof n === 'string' ? n : `Dasbor (Nilai Kerja) ${n}`),
    );
    const book = new MemorySpreadsheet(taken);
    const before = contents(book);
    const written = replaceSheets(book, [dashboard()]);
    expect(written).toEqual({
      ok: false,
      lines: [
        'Tidak ada nama yang bebas untuk sheet "Dasbor": sheet Anda sudah memakai nama itu dan nama-nama penggantinya. Ganti nama salah satunya lalu coba lagi. Tidak ada sheet yang diubah.',
      ],
    });
    expect(contents(book)).toEqual(before);
  });

  it('never is a sheet a newer version marked for an output this one does not know', () => {
    const book = new MemorySpreadsheet([notes('Dasbor')]);
    book.getSheet('Dasbor')?.marks.set(OUTPUT_MARK, 'forecast');
    const written = replaceSheets(book, [dashboard()]);
    expect(written.ok && written.names.dashboard).toBe('Dasbor (Nilai Kerja)');
    expect(book.getSheet('Dasbor')?.values).toEqual([['Catatan di Dasbor']]);
    // Still the add-on's: never read as input.
    expect(isOwnedOutput(book.getSheet('Dasbor')!)).toBe(true);
  });
});

describe('ownership of an unmarked sheet named like an output', () => {
  it('is the admin’s when its top cannot be read (a sheet cut down to a few columns)', () => {
    const book = new MemorySpreadsheet([{ name: 'Hasil Unit', values: [['Unit Kerja']] }]);
    const sheet = book.getSheet('Hasil Unit')!;
    sheet.readTop = () => {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    };
    expect(ownershipOf(sheet)).toBeNull();
  });

  it('is the add-on’s only with exactly the header it writes', () => {
    const header = ['Sheet', 'Baris', 'Kolom', 'Nilai', 'Masalah', 'Jenis', 'Tautan'];
    const ours = new MemorySpreadsheet([{ name: 'Masalah Data', values: [header, ['Pegawai', 2]] }]);
    expect(ownershipOf(ours.getSheet('Masalah Data')!)).toEqual({
      role: 'problems',
      staging: false,
      legacy: true,
    });
    const renamed = new MemorySpreadsheet([{ name: 'Masalah Data 2024', values: [header] }]);
    expect(ownershipOf(renamed.getSheet('Masalah Data 2024')!)).toBeNull();
    const shorter = new MemorySpreadsheet([{ name: 'Masalah Data', values: [header.slice(0, 6)] }]);
    expect(ownershipOf(shorter.getSheet('Masalah Data')!)).toBeNull();
  });
});

describe('a failure while swapping', () => {
  it('puts the previous sheet back even when the new one cannot give its name back', () => {
    const book = new MemorySpreadsheet([notes('Pegawai')]);
    expect(replaceSheets(book, [dashboard()]).ok).toBe(true);
    const before = contents(book);
    const create = book.createSheet.bind(book);
    book.createSheet = (name, index) => {
      const sheet = create(name, index);
      const rename = sheet.rename.bind(sheet);
      sheet.setMetadata = (_key, value) => {
        if (value === 'dashboard') throw new Error('Service Spreadsheets failed');
      };
      sheet.rename = (to) => {
        if (sheet.name === 'Dasbor') throw new Error('Service Spreadsheets timed out');
        rename(to);
      };
      return sheet;
    };
    const written = replaceSheets(book, [{ ...dashboard(), rows: [['baru']] }]);
    expect(written).toEqual({
      ok: false,
      lines: [
        'Memasang sheet "Dasbor" yang baru gagal (Service Spreadsheets failed).',
        'Sheet baru yang belum selesai sudah dihapus; hasil sebelumnya tetap utuh di sheet "Dasbor".',
      ],
    });
    expect(contents(book)).toEqual(before);
  });
});
