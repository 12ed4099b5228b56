/**
 * What Hitung nilai writes and says when Riwayat cannot be updated, through the BUILT Code.js: a Riwayat
 * edited by hand is left exactly as it is (never rewritten without its unreadable rows, nor with them
 * converted), and a period line that names no single period says in the reply that Riwayat was not updated.
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

function recap(name: string, period: string, capaian: readonly number[]): SheetSeed {
  const sheet = unitMonthRecap(OPD, 'X', PEOPLE, (i) => capaian[i] ?? 0);
  return { ...sheet, name, rows: sheet.rows.map((r, i) => (i === 2 ? ['Bulan', ':', period] : r)) };
}

describe('a Riwayat edited by hand is kept as it is', () => {
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
  const before = ['Riwayat', 'Rekap Tahunan'].map((n) => sheetState(sheetNamed(box, n)));
  const text = compute(box, ['Rekap Maret']);

  it('leaves Riwayat and Rekap Tahunan exactly as they were, and says why', () => {
    expect(['Riwayat', 'Rekap Tahunan'].map((n) => sheetState(sheetNamed(box, n)))).toEqual(before);
    expect(text).toContain('Riwayat tidak diperbarui: sheet "Riwayat" memuat 3 baris yang tidak terbaca');
    expect(text).not.toContain('Riwayat diperbarui untuk');
    expect(text).not.toContain('Predikat tahunan');
  });

  it('still scores the period in Hasil Pegawai', () => {
    expect(rowsOf(box, 'Hasil Pegawai').map((r) => r.Capaian)).toEqual([0.75, 1.1]);
  });
});

describe('a period that cannot be read', () => {
  it('says in the reply that Riwayat was not updated', () => {
    const box = loadSandbox({ sheets: [recap('Data', 'TW 1', [0.9, 1])] });
    const text = compute(box, ['Data']);
    expect(text).toContain('Periode yang dinilai tidak diketahui, jadi Riwayat tidak diperbarui');
  });
});
