import { describe, expect, it } from 'vitest';
import type { GasGlobals } from '../../apps-script/src/gas/types';
import { GasSpreadsheetPort } from '../../apps-script/src/port/gas-adapter';
import { AddOnFormula, rangeRef } from '../../apps-script/src/port/types';
import { Recorder } from '../../tools/apps-script-sandbox/fake-gas/recorder';
import {
  FakeConditionalBuilder,
  FakeSpreadsheet,
  FakeValidationBuilder,
} from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';

/** The SpreadsheetApp adapter over the fake services, without the bundle: what each port call becomes. */
function setup() {
  const rec = new Recorder();
  const book = new FakeSpreadsheet(rec);
  const sheet = book.addSheet({
    name: 'Pegawai',
    rows: [
      ['NIP', 'Nama', 'Tanggal'],
      ['199003152015031002', 'Siti Rahmawati', new Date(Date.UTC(2025, 2, 14, 17, 0))],
    ],
    hiddenRows: [2],
  });
  const gas: GasGlobals = {
    SpreadsheetApp: {
      getActive: () => book,
      getUi: () => {
        throw new Error('no ui');
      },
      newDataValidation: () => new FakeValidationBuilder(),
      newConditionalFormatRule: () => new FakeConditionalBuilder(),
    },
    Utilities: {
      formatDate: (d, tz, pattern) => {
        const shifted = new Date(d.getTime() + (tz === 'Asia/Jakarta' ? 7 : 0) * 3600_000);
        return pattern === 'yyyy-MM-dd' ? shifted.toISOString().slice(0, 10) : '';
      },
    },
  };
  return { rec, book, sheet, port: new GasSpreadsheetPort(book, gas) };
}

describe('SpreadsheetApp adapter', () => {
  it('reads values, display values and merges in three range calls; hidden rows only when asked', () => {
    const { rec, port } = setup();
    const snapshot = port.getSheet('Pegawai')!.read();
    expect(snapshot.values[1]?.[0]).toBe('199003152015031002');
    expect(snapshot.hiddenRows).toEqual([]);
    expect(rec.calls.filter((c) => c.name.startsWith('Range.')).map((c) => c.name)).toEqual([
      'Range.getValues',
      'Range.getDisplayValues',
      'Range.getMergedRanges',
    ]);
    expect(port.getSheet('Pegawai')!.read({ hiddenRows: true }).hiddenRows).toEqual([2]);
  });

  it("turns a date cell into the spreadsheet's calendar day (Asia/Jakarta), not UTC's", () => {
    const { port } = setup();
    // 14 March 17:00 UTC is midnight 15 March in Jakarta, which is what the cell shows.
    expect(port.isoDate(new Date(Date.UTC(2025, 2, 14, 17, 0)))).toBe('2025-03-15');
  });

  it('applies batched formats: one call per op, conditional rules appended in one call', () => {
    const { rec, sheet, port } = setup();
    port.getSheet('Pegawai')!.format([
      { kind: 'numberFormat', range: rangeRef(2, 1, 100, 1), format: '@' },
      {
        kind: 'validationList',
        range: rangeRef(2, 2, 100, 1),
        values: ['Ya', 'Tidak'],
        helpText: 'Pilih',
        strict: true,
      },
      {
        kind: 'conditional',
        range: rangeRef(2, 3, 100, 1),
        rule: { when: 'textEquals', value: 'Kurang', background: '#f4cccc' },
      },
      {
        kind: 'conditional',
        range: rangeRef(2, 3, 100, 1),
        rule: { when: 'numberAtLeast', value: 1.1, background: '#d9ead3' },
      },
      { kind: 'filter', range: rangeRef(1, 1, 2, 3) },
      { kind: 'frozenRows', rows: 1 },
    ]);
    expect(sheet.peek(50, 1)?.format).toBe('@');
    expect(sheet.peek(2, 2)?.validation).toMatchObject({
      values: ['Ya', 'Tidak'],
      allowInvalid: false,
      helpText: 'Pilih',
    });
    expect(sheet.conditionalRules).toHaveLength(2);
    expect(rec.count('Sheet.setConditionalFormatRules')).toBe(1);
    expect(sheet.filter).not.toBeNull();
    expect(sheet.frozenRows).toBe(1);
  });

  it('writes a table in one setValues, text as text and only a built formula as a formula', () => {
    const { rec, book, port } = setup();
    const out = port.createSheet('Masalah Data');
    out.writeTable(1, 1, [
      ['Sheet', 'Baris', 'Tautan'],
      ['=1+1', 2, AddOnFormula.built('=HYPERLINK("#gid=0&range=A2","Buka")')],
      [' @SUM(A1)', -1, '+62 812'],
    ]);
    expect(rec.count('Range.setValues')).toBe(1);
    const fake = book.sheets.find((s) => s.name === 'Masalah Data')!;
    expect(fake.snapshot()).toEqual([
      ['Sheet', 'Baris', 'Tautan'],
      ["'=1+1", 2, '=HYPERLINK("#gid=0&range=A2","Buka")'],
      ["' @SUM(A1)", -1, "'+62 812"],
    ]);
    expect(() => port.createSheet('Masalah Data')).toThrow(/already exists/);
  });

  it('marks, renames and deletes a sheet: the mark survives the rename, nothing is cleared', () => {
    const { rec, book, port } = setup();
    const out = port.createSheet('Dasbor (sedang ditulis)');
    expect(out.metadata('nilaiKerja.output')).toBeNull();
    out.setMetadata('nilaiKerja.output', 'staging:dashboard');
    out.rename('Dasbor');
    out.setMetadata('nilaiKerja.output', 'dashboard');
    expect(out.name).toBe('Dasbor');
    expect(port.getSheet('Dasbor')!.metadata('nilaiKerja.output')).toBe('dashboard');
    expect(rec.count('Sheet.addDeveloperMetadata')).toBe(1);
    expect(rec.count('DeveloperMetadata.setValue')).toBe(1);
    expect(port.getSheet('Pegawai')!.position()).toBe(0);
    expect(out.position()).toBe(1);
    port.deleteSheet(out);
    expect(book.sheets.map((s) => s.name)).toEqual(['Pegawai']);
    expect(rec.count('Sheet.clear')).toBe(0);
  });

  it('keeps document properties and toasts working headless', () => {
    const { port, book } = setup();
    expect(port.getProperty('x')).toBeNull();
    port.toast('Memeriksa data...', 'Periksa data');
    expect(book.toasts).toEqual(['Memeriksa data...']);
  });
});
