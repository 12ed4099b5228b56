/**
 * Hitung nilai through the BUILT Code.js on periods that text order gets wrong ("2025" before "2025-10",
 * "2025-Q1" after "2025-04"), on a Riwayat edited by hand (never converted, never dropped unsaid), and on
 * a period line that names no single period (said at the line, never scored as if it had one).
 */
import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { unitMonthRecap } from './fixtures/families';
import { compute, rowsOf } from './fixtures/sandbox-run';
import { sheetNamed, sheetState } from './output-state';

await ensureBuilt();

const OPD = 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju';
const PEOPLE = [
  { nip: '198403122009011004', nama: 'Rahmat Hidayat', unit: 'Bidang A' },
  { nip: '199001252015032006', nama: 'Sari Dewi', unit: 'Bidang A' },
];
const CHANGE = 'Perubahan capaian sejak periode lalu';

/** A recap of the two employees whose period line reads `period`. */
function recap(name: string, period: string, capaian: readonly number[]): SheetSeed {
  const sheet = unitMonthRecap(OPD, 'X', PEOPLE, (i) => capaian[i] ?? 0);
  (sheet.rows as unknown[][])[2] = ['Periode', ':', period];
  return { ...sheet, name };
}

const problems = (box: ReturnType<typeof loadSandbox>) =>
  rowsOf(box, 'Masalah Data').map((r) => Object.values(r).map(String));

describe('periods in time order', () => {
  it('scores April, not Triwulan I, as the latest of "Triwulan I 2025" and "April 2025"', () => {
    const sheets = [
      recap('SKP TW I', 'Triwulan I 2025', [0.8, 1]),
      recap('Rekap April', 'April 2025', [0.9, 1.2]),
    ];
    const box = loadSandbox({ sheets });
    const text = compute(
      box,
      sheets.map((s) => s.name),
    );
    expect(text).toContain('Riwayat diperbarui untuk Triwulan I 2025, April 2025');
    const employees = rowsOf(box, 'Hasil Pegawai');
    expect(employees.map((r) => r.Capaian)).toEqual([0.9, 1.2]);
    // April is measured from March (none here), never from the quarter that ends with March.
    expect(employees.map((r) => r[CHANGE])).toEqual(['', '']);
    expect(rowsOf(box, 'Riwayat').map((r) => r['Kode periode'])).toEqual([
      '2025-Q1',
      '2025-Q1',
      '2025-04',
      '2025-04',
    ]);
    expect(problems(box).some((r) => r.includes('SKP TW I') && r.join(' ').includes('Triwulan I 2025'))).toBe(
      true,
    );
  });

  it('keeps the year after its months, and never measures it from Desember', () => {
    const months = [
      recap('Rekap Desember 2024', 'Desember 2024', [0.5, 0.6]),
      recap('Rekap Oktober', 'Oktober 2025', [0.7, 1]),
      recap('Rekap Desember', 'Desember 2025', [0.75, 1.1]),
    ];
    const box = loadSandbox({ sheets: months });
    compute(
      box,
      months.map((s) => s.name),
    );
    for (const s of months) box.book.deleteSheet(box.book.sheets.find((x) => x.name === s.name)!);
    const annual = recap('Data SKP Tahun 2025', 'Tahun 2025', [0.95, 1.12]);
    box.book.addSheet(annual);
    compute(box, [annual.name]);
    expect(rowsOf(box, 'Riwayat').map((r) => r['Kode periode'])).toEqual(
      ['2024-12', '2025-10', '2025-12', '2025'].flatMap((k) => [k, k]),
    );
    // The year's capaian against the months inside it, or Desember 2024, is no change since last period.
    expect(rowsOf(box, 'Hasil Pegawai').map((r) => r[CHANGE])).toEqual(['', '']);
  });
});

describe('a Riwayat edited by hand', () => {
  function edited() {
    const sheets = [
      recap('Rekap Januari', 'Januari 2025', [0.7, 1]),
      recap('Rekap Februari', 'Februari 2025', [0.72, 1.05]),
    ];
    const box = loadSandbox({ sheets });
    box.call('hitungNilai');
    for (const s of sheets) box.book.deleteSheet(box.book.sheets.find((x) => x.name === s.name)!);
    const riwayat = box.book.sheets.find((s) => s.name === 'Riwayat')!;
    riwayat.getRange(2, 1, 1, 1).setValues([['Jan 2025']]);
    riwayat.getRange(4, 10, 1, 1).setValues([['4 hari']]);
    riwayat.getRange(5, 6, 1, 1).setValues([['1,05']]);
    box.book.addSheet(recap('Rekap Maret', 'Maret 2025', [0.75, 1.1]));
    return box;
  }

  it('lists each row it cannot read with sheet, row and column, never reading text as 0 or blank', () => {
    const box = edited();
    const text = String(box.call('hitungNilai'));
    expect(text).toContain('masalah');
    const rows = problems(box);
    const at = (row: string, column: string) =>
      rows.find((r) => r[0] === 'Riwayat' && r[1] === row && r[2] === column)?.join(' ') ?? '';
    expect(at('2', 'A')).toContain('Kode periode "Jan 2025" tidak dapat dibaca');
    expect(at('4', 'J')).toContain('"4 hari" bukan angka');
    expect(at('5', 'F')).toContain('Capaian "1,05" bukan angka');
    expect(rows.some((r) => r.join(' ').includes('Sheet "Riwayat" memuat 3 baris yang tidak terbaca'))).toBe(
      true,
    );
  });

  it('leaves Riwayat and Rekap Tahunan exactly as they were, says why, and still scores the period', () => {
    const box = edited();
    const before = ['Riwayat', 'Rekap Tahunan'].map((n) => sheetState(sheetNamed(box, n)));
    const text = compute(box, ['Rekap Maret']);
    expect(['Riwayat', 'Rekap Tahunan'].map((n) => sheetState(sheetNamed(box, n)))).toEqual(before);
    expect(text).toContain('Riwayat tidak diperbarui: sheet "Riwayat" memuat 3 baris yang tidak terbaca');
    expect(text).not.toContain('Riwayat diperbarui untuk');
    expect(text).not.toContain('Predikat tahunan');
    expect(rowsOf(box, 'Hasil Pegawai').map((r) => r.Capaian)).toEqual([0.75, 1.1]);
  });

  it('reports an employee twice in one period at the second row', () => {
    const sheets = [recap('Rekap Januari', 'Januari 2025', [0.7, 1])];
    const box = loadSandbox({ sheets });
    box.call('hitungNilai');
    const riwayat = box.book.sheets.find((s) => s.name === 'Riwayat')!;
    const first = (rowsOf(box, 'Riwayat')[0] ?? {}) as Record<string, unknown>;
    riwayat
      .getRange(4, 1, 1, 11)
      .setValues([Object.values(first).map((v) => (typeof v === 'number' ? v : String(v ?? '')))]);
    box.call('hitungNilai');
    const twice = problems(box).find((r) => r[0] === 'Riwayat' && r[1] === '4' && r[2] === 'C');
    expect(twice?.join(' ')).toContain('tercatat dua kali untuk periode 2025-01 (baris 2 dan baris ini)');
  });
});

describe('a period line that names no single period', () => {
  for (const [value, says] of [
    ['TW 1', 'Periode "TW 1" tidak menyebut tahunnya'],
    ['Jan-25', 'Periode "Jan-25" tidak dapat dibaca'],
    ['Mei dan Juni 2025', 'Periode "Mei dan Juni 2025" tidak tunggal'],
  ] as const)
    it(`says so at the line for "${value}" and that Riwayat is not updated`, () => {
      const sheet = { ...recap('Data', value, [0.9, 1]) };
      sheet.rows = sheet.rows.map((r, i) => (i === 2 ? ['Bulan', ':', value] : r));
      const box = loadSandbox({ sheets: [sheet] });
      const text = compute(box, ['Data']);
      expect(text).not.toContain('Riwayat diperbarui');
      const rows = problems(box);
      expect(rows.find((r) => r[0] === 'Data' && r[1] === '3')?.join(' ')).toContain(says);
      expect(
        rows.some((r) =>
          r.join(' ').includes('Periode yang dinilai tidak diketahui, jadi Riwayat tidak diperbarui'),
        ),
      ).toBe(true);
      expect(box.book.sheets.some((s) => s.name === 'Riwayat')).toBe(false);
    });

  it('says in the reply, not only in Masalah Data, that Riwayat was not updated', () => {
    const box = loadSandbox({ sheets: [recap('Data', 'TW 1', [0.9, 1])] });
    expect(compute(box, ['Data'])).toContain(
      'Periode yang dinilai tidak diketahui, jadi Riwayat tidak diperbarui',
    );
  });

  it('says nothing for a period it reads', () => {
    const box = loadSandbox({ sheets: [recap('Data', 'Triwulan I 2025', [0.9, 1])] });
    compute(box, ['Data']);
    const said = problems(box).map((r) => r.join(' '));
    expect(said.some((r) => r.includes('Periode yang dinilai tidak diketahui'))).toBe(false);
    expect(said.some((r) => r.includes('Periode "'))).toBe(false);
    expect(rowsOf(box, 'Riwayat').map((r) => r['Kode periode'])).toEqual(['2025-Q1', '2025-Q1']);
  });
});
