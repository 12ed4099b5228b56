import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../apps-script/src/action';
import { prepareTemplate } from '../../apps-script/src/features/template/template';
import { MemorySpreadsheet } from '../../apps-script/src/port/memory';
import { columnLetter } from '../../apps-script/src/port/types';
import {
  canonicalNumber,
  cellText,
  fillMerges,
  isNipStoredAsNumber,
  isSubtotalRow,
} from '../../apps-script/src/workbook/cells';
import { readSheetTables, toRawTable } from '../../apps-script/src/workbook/read-table';
import { parseSavedMapping } from '../../apps-script/src/workbook/saved-mapping';
import { rawText } from '../../shared/model';
import { parseNumber } from '../../shared/parse';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('cell values handed to the core parsers', () => {
  it('a raw number survives the trip through text and the Indonesian-aware parser', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const parsed = parseNumber(canonicalNumber(n));
        return parsed.ok && Math.abs(parsed.value.value - n) <= Math.abs(n) * 1e-11 + 1e-12;
      }),
    );
  });

  it('keeps three-decimal fractions from reading as thousands (4.215 stays four point two)', () => {
    expect(canonicalNumber(4.215)).toBe('4.2150');
    const parsed = parseNumber(canonicalNumber(4.215));
    expect(parsed.ok && parsed.value.value).toBe(4.215);
    expect(canonicalNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('keeps the percent of a percent-formatted cell, dates as ISO, text as shown', () => {
    expect(cellText(0.875, '87,5%', iso)).toBe('87.5%');
    expect(cellText(12, '12', iso)).toBe('12');
    expect(cellText(new Date(Date.UTC(2025, 2, 15)), '15/03/2025', iso)).toBe('2025-03-15');
    expect(cellText('  3 Dokumen ', '  3 Dokumen ', iso)).toBe('3 Dokumen');
  });

  it('recognises NIPs that Sheets stored as numbers', () => {
    expect(isNipStoredAsNumber(199003152015031000, '1.99003E+17')).toBe(true);
    expect(isNipStoredAsNumber(199003152015031000, '199003152015031000')).toBe(true);
    expect(isNipStoredAsNumber('1,99003E+17', '1,99003E+17')).toBe(true);
    expect(isNipStoredAsNumber('199003152015031002', '199003152015031002')).toBe(false);
  });

  it('fills merged header cells and spots total rows', () => {
    const grid = fillMerges(
      [
        ['Pegawai', '', 'Jabatan'],
        ['Nama', 'NIP', ''],
      ],
      [
        { row: 1, column: 1, numRows: 1, numColumns: 2 },
        { row: 1, column: 3, numRows: 2, numColumns: 1 },
      ],
    );
    expect(grid).toEqual([
      ['Pegawai', 'Pegawai', 'Jabatan'],
      ['Nama', 'NIP', 'Jabatan'],
    ]);
    expect(isSubtotalRow(['', 'Jumlah', '12'])).toBe(true);
    expect(isSubtotalRow(['TOTAL'])).toBe(true);
    expect(isSubtotalRow(['Rata-rata', '85'])).toBe(true);
    expect(isSubtotalRow(['Jumlah laporan kinerja', '12'])).toBe(false);
  });

  it('names columns as Sheets does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('reading a sheet through the in-memory port', () => {
  const book = () =>
    new MemorySpreadsheet([
      {
        name: 'Indikator',
        values: [
          ['NIP', 'Indikator Kinerja Individu', 'Target', 'Realisasi'],
          ['199003152015031002', 'Persentase dokumen tepat waktu', 0.9, 0.875],
          ['', '', '', ''],
          ['198507122010011003', 'Jumlah aduan', '8', 9],
        ],
        display: [[], [undefined, undefined, '90%', '87,5%']],
      },
    ]);

  it('reads the sheet once and keeps rows numbered as the user sees them', () => {
    const b = book();
    const [table, ...others] = readSheetTables(b.getSheet('Indikator')!);
    expect(others).toEqual([]);
    if (!table) throw new Error('no table found');
    expect(b.counter.calls).toEqual(['read:Indikator']);
    expect(table.role).toBe('indicators');
    expect(table.dataRows).toEqual([2, 4]);
    expect(table.blankRows).toEqual([3]);
    const raw = toRawTable(table, iso);
    expect(raw.columns).toMatchObject({ nip: 'A', target: 'C', realisasi: 'D' });
    // Numbers reach the core as the numbers the sheet holds (a percent cell as its fraction), with the
    // text form that readers of other fields still take; nothing is turned into text to be parsed again.
    expect(raw.rows[0]).toEqual({
      row: 2,
      values: {
        nip: '199003152015031002',
        indikator: 'Persentase dokumen tepat waktu',
        target: { number: 0.9, percent: true, text: '90%' },
        realisasi: { number: 0.875, percent: true, text: '87.5%' },
      },
    });
    expect(rawText(raw.rows[0]?.values.target)).toBe('90%');
    expect(rawText(raw.rows[0]?.values.realisasi)).toBe('87.5%');
    expect(raw.rows[1]?.values.realisasi).toEqual({ number: 9, percent: false, text: '9' });
  });
});

describe('Siapkan templat on the in-memory port', () => {
  it('creates the missing sheets with batched formatting and skips existing ones', () => {
    const b = new MemorySpreadsheet([
      {
        name: 'Absensi',
        values: [
          ['NIP', 'Tanggal'],
          ['199003152015031002', 'x'],
        ],
      },
    ]);
    const outcome = prepareTemplate({ book: b, ui: null, progress: (m) => b.toast(m) });
    expect(outcome.ok).toBe(true);
    expect(outcome.lines.join('\n')).toContain('Sheet sudah ada dan tidak diubah: Absensi.');
    expect(b.getSheet('Absensi')!.values).toEqual([
      ['NIP', 'Tanggal'],
      ['199003152015031002', 'x'],
    ]);
    const pegawai = b.getSheet('Pegawai')!;
    expect(pegawai.values[0]).toEqual([
      'NIP',
      'Nama',
      'Jabatan',
      'Unit Kerja',
      'NIP Atasan',
      'Kepala Unit',
      'TPP Dasar',
    ]);
    expect(
      pegawai
        .opsOf('numberFormat')
        .filter((f) => f.format === '@')
        .map((f) => f.range.column),
    ).toEqual([1, 5]);
    expect(b.counter.calls.filter((c) => c.endsWith(':Pegawai'))).toEqual([
      'write:Pegawai',
      'format:Pegawai',
    ]);
    expect(b.toasts.length).toBeGreaterThan(0);
  });
});

describe('running an action', () => {
  const lock = (free: boolean) => {
    const state = { released: 0 };
    return {
      state,
      lock: { tryLock: () => free, waitLock: () => {}, releaseLock: () => void state.released++ },
    };
  };

  it('releases the lock even when the action throws, and explains in Indonesian', () => {
    const l = lock(true);
    const text = runAction(
      'SHEETS_MENU_CHECK',
      () => {
        throw new Error('Service Spreadsheets failed');
      },
      { book: new MemorySpreadsheet(), ui: null, lock: l.lock },
    );
    expect(text).toBe(
      'Periksa data\nTerjadi kesalahan tak terduga (Service Spreadsheets failed). Data Anda tidak diubah; coba lagi atau laporkan.',
    );
    expect(l.state.released).toBe(1);
  });

  it('does not run while another run holds the lock', () => {
    let ran = false;
    const text = runAction(
      'SHEETS_MENU_TEMPLATE',
      () => {
        ran = true;
        return { ok: true, lines: [] };
      },
      { book: new MemorySpreadsheet(), ui: null, lock: lock(false).lock },
    );
    expect(ran).toBe(false);
    expect(text).toContain('sedang berjalan');
  });
});

describe('saved mapping validation', () => {
  it('accepts the sidebar JSON and refuses malformed input without throwing', () => {
    const good = {
      version: 1,
      sheets: [{ sheet: 'Pegawai', role: 'employees', headerRow: 1, headerRowCount: 1, columns: { nip: 0 } }],
    };
    expect(parseSavedMapping(JSON.stringify(good)).ok).toBe(true);
    for (const bad of [
      null,
      undefined,
      '',
      '[]',
      { version: 2, sheets: [] },
      { version: 1, sheets: [{ ...good.sheets[0], headerRow: 0 }] },
    ])
      expect(parseSavedMapping(bad).ok).toBe(false);
  });
});
