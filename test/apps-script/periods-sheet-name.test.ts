/**
 * A sheet named for one period over a table whose period line names another (review s7 run H1: "SKP Maret
 * 2025" over "Bulan : Februari 2025"), through the BUILT Code.js: the period line wins, as documented, and
 * Masalah Data warns at that line naming both (before: scored as Februari without a word).
 */
import { describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';
import { employees, skp } from './output-period-workbook';

await ensureBuilt();

const run = (name: string, line: string) => {
  const box = loadSandbox({ sheets: [employees, skp(name, ['Bulan', ':', line])], withUi: false });
  const text = compute(box, ['Pegawai', name]);
  return { box, text, problems: rowsOf(box, 'Masalah Data') };
};

describe('a sheet name naming another period than its period line (built Code.js)', () => {
  it('scores the period line and warns at it, naming both', () => {
    const { box, text, problems } = run('SKP Maret 2025', 'Februari 2025');
    expect(text).toContain('dinilai untuk Februari 2025');
    expect(rowsOf(box, 'Hasil Pegawai').map((r) => r.Periode)).toEqual(['Februari 2025', 'Februari 2025']);
    const said = problems.filter((p) => String(p.Masalah).includes('Nama sheet'));
    expect(said.map((p) => [p.Sheet, p.Baris, p.Jenis])).toEqual([['SKP Maret 2025', 3, 'Peringatan']]);
    expect(said[0]?.Masalah).toBe(
      'Nama sheet "SKP Maret 2025" menyebut Maret 2025, tetapi baris periode tabelnya menyebut Februari 2025: tabel ini dinilai sebagai Februari 2025, sesuai baris periodenya. Bila periodenya Maret 2025, perbaiki baris periode lalu hitung ulang; bila Februari 2025, ganti nama sheet agar keduanya sama.',
    );
  });

  it("keeps a second table without its own line in the lines' period, not the name's (review s7e)", () => {
    // The Manado TPP shape: a sheet renamed "Juni 2024" (May's TPP is paid in June) whose period lines
    // say Mei 2024, and a small table further down without a line. It took the name's period, the workbook
    // then held two periods and scored June: every table refused, against the warning's own words.
    const sheet = skp('Juni 2024', ['Bulan', ':', 'Mei 2024']);
    const behaviour = [
      [],
      [],
      ['NIP', 'Nama', 'Rating Perilaku'],
      ['198605142010012007', 'Ratna Kusumawati', 'Sesuai Ekspektasi'],
      ['199107232019031004', 'Bayu Aji Nugroho', 'Sesuai Ekspektasi'],
    ];
    const box = loadSandbox({
      sheets: [employees, { ...sheet, rows: [...sheet.rows, ...behaviour] }],
      withUi: false,
    });
    const text = compute(box, ['Pegawai', 'Juni 2024']);
    expect(text).toContain('dinilai untuk Mei 2024');
    expect(rowsOf(box, 'Hasil Pegawai').map((r) => r.Periode)).toEqual(['Mei 2024', 'Mei 2024']);
    box.call('periksaData');
    const read = rowsOf(box, 'Tabel Terbaca').filter((r) => r.Sheet === 'Juni 2024');
    expect(read.length).toBeGreaterThan(1);
    expect(read.map((r) => r.Periode)).not.toContain('Juni 2024');
    const problems = rowsOf(box, 'Masalah Data');
    expect(problems.filter((p) => String(p.Masalah).includes('tidak dibaca'))).toEqual([]);
  });

  it('says nothing when the name names the same period, or a span around it', () => {
    for (const [name, line] of [
      ['SKP Maret 2025', 'Maret 2025'],
      ['SKP 2025', 'Maret 2025'],
      ['SKP TW I 2025', 'Maret 2025'],
      ['SKP', 'Maret 2025'],
    ] as const) {
      const { problems } = run(name, line);
      expect(
        problems.filter((p) => String(p.Masalah).includes('Nama sheet')),
        name,
      ).toEqual([]);
    }
  });
});
