/**
 * "Hasil Pegawai" and "Hasil Unit" open with a Periode column (review s7 OUT2); sheets an older version
 * wrote without it, and copies of either layout, are still recognised as the add-on's outputs through the
 * BUILT Code.js: an unmarked sheet of the output's name is adopted and replaced, never left as the admin's,
 * and a copy ("Salinan Hasil Pegawai") is never read as this period's data.
 */
import { describe, expect, it } from 'vitest';
import type { FakeSheet, SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';
import { employees, skp } from './output-period-workbook';
import { sheetNamed } from './output-state';

await ensureBuilt();

const inputs = (): SheetSeed[] => [employees, skp('SKP Maret 2025', ['Bulan', ':', 'Maret 2025'])];

/** A sheet as Sheets' "Salin ke" or a paste of values makes it (no mark); `undated`: without column A. */
function copyOf(sheet: FakeSheet, name: string, undated: boolean): SheetSeed {
  return {
    name,
    rows: sheet.cells.map((row) =>
      row.slice(undated ? 1 : 0).map((c): SeedCell => (c.d === undefined ? c.v : { v: c.v, d: c.d })),
    ),
  };
}

/** The two result sheets as this version writes them, from a run over the same inputs. */
const written = (() => {
  const box = loadSandbox({ sheets: inputs(), withUi: false });
  compute(box, []);
  return { employees: sheetNamed(box, 'Hasil Pegawai'), units: sheetNamed(box, 'Hasil Unit') };
})();

const layouts = [
  ['with the Periode column', false],
  ['of an older version, without it', true],
] as const;

const copyNote = (sheet: string, output: string) =>
  `Sheet "${sheet}" berisi hasil Nilai Kerja sendiri (sheet "${output}" dari penghitungan sebelumnya)`;

describe('result sheets of either layout are recognised as outputs (built Code.js)', () => {
  it('writes the layout the copies below are made of', () => {
    expect(written.employees.peek(1, 1)?.v).toBe('Periode');
    expect(written.employees.peek(2, 1)?.v).toBe('Maret 2025');
    expect(written.units.peek(1, 1)?.v).toBe('Periode');
  });

  it.each(layouts)('an unmarked Hasil Pegawai and Hasil Unit %s are adopted and replaced', (_, undated) => {
    const box: Sandbox = loadSandbox({
      sheets: [
        ...inputs(),
        copyOf(written.employees, 'Hasil Pegawai', undated),
        copyOf(written.units, 'Hasil Unit', undated),
      ],
      withUi: false,
    });
    const text = compute(box, ['Pegawai', 'SKP Maret 2025']);
    expect(text).not.toContain('bukan buatan Nilai Kerja');
    expect(box.book.sheets.map((s) => s.name)).not.toContain('Hasil Pegawai (Nilai Kerja)');
    for (const name of ['Hasil Pegawai', 'Hasil Unit']) {
      expect(sheetNamed(box, name).peek(1, 1)?.v, name).toBe('Periode');
      expect(
        sheetNamed(box, name)
          .metadata.filter((m) => m.getKey() === 'nilaiKerja.output')
          .map((m) => m.getValue()),
        name,
      ).toEqual([name === 'Hasil Pegawai' ? 'employees' : 'units']);
    }
  });

  it.each(layouts)('a copy of Hasil Pegawai and of Hasil Unit %s is never read as input', (_, undated) => {
    const box = loadSandbox({
      sheets: [
        ...inputs(),
        copyOf(written.employees, 'Salinan Hasil Pegawai', undated),
        copyOf(written.units, 'Salinan Hasil Unit', undated),
      ],
      withUi: false,
    });
    compute(box, ['Pegawai', 'SKP Maret 2025', 'Salinan Hasil Pegawai', 'Salinan Hasil Unit']);
    const notes = rowsOf(box, 'Masalah Data').map((r) => `${r.Sheet} | ${r.Masalah}`);
    for (const [copy, output] of [
      ['Salinan Hasil Pegawai', 'Hasil Pegawai'],
      ['Salinan Hasil Unit', 'Hasil Unit'],
    ] as const)
      expect(
        notes.filter((n) => n.startsWith(`${copy} |`)),
        copy,
      ).toEqual([expect.stringContaining(copyNote(copy, output))]);
    // The two employees scored from the SKP alone: nobody from the copies' rows.
    expect(rowsOf(box, 'Hasil Pegawai').map((r) => [r.Periode, r.Capaian])).toEqual([
      ['Maret 2025', 0.6],
      ['Maret 2025', 0.6],
    ]);
  });
});
