/**
 * The output sheets say the period they hold, through the BUILT Code.js (review s7b run E): the reply of
 * Hitung nilai names it, "Hasil Pegawai" and "Hasil Unit" open every row with a Periode column (its note
 * saying it in full; copies of either layout: output-period-copies.test.ts), "Reward & Punishment" opens its
 * recap with it, and the Dasbor names it in every chart's title and below its tables, with the time of
 * the run it was built from in that line's note. A workbook that names no period says so.
 */
import { describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';
import { employees, skp } from './output-period-workbook';
import { sheetNamed } from './output-state';

await ensureBuilt();

describe('the period an output sheet holds (built Code.js)', () => {
  it('is named in the reply, the result sheets, the reward list and the Dasbor', () => {
    const box = loadSandbox({
      sheets: [
        employees,
        skp('SKP Maret 2025', ['Bulan', ':', 'Maret 2025']),
        skp('SKP TW I', ['Triwulan', ':', 'Triwulan I 2025']),
      ],
    });
    const text = compute(box, ['Pegawai', 'SKP Maret 2025', 'SKP TW I']);
    expect(text).toContain(
      '2 pegawai dinilai untuk Triwulan I 2025 di sheet "Hasil Pegawai", 1 unit di sheet "Hasil Unit".',
    );
    for (const name of ['Hasil Pegawai', 'Hasil Unit']) {
      const sheet = sheetNamed(box, name);
      // The period opens every row, seen on screen and in print (before: a note on A1 only), its note
      // saying it in full; the table's own columns follow it.
      expect(sheet.peek(1, 1)?.v, name).toBe('Periode');
      expect(sheet.peek(1, 1)?.note, name).toBe('Periode penilaian: Triwulan I 2025.');
      expect(sheet.peek(1, 2)?.v, name).toBe(name === 'Hasil Pegawai' ? 'NIP' : 'Unit Kerja');
      const rows = rowsOf(box, name);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const r of rows) expect(r.Periode, name).toBe('Triwulan I 2025');
    }
    expect(rowsOf(box, 'Hasil Pegawai')).toHaveLength(2);
    // The columns after it keep their looks: NIP as text, Capaian as a percentage.
    const hasil = sheetNamed(box, 'Hasil Pegawai');
    expect(hasil.peek(2, 2)?.format).toBe('@');
    expect(hasil.peek(2, 6)?.format).toBe('0.0%');
    expect(hasil.frozenRows).toBe(1);

    box.call('daftarRewardPunishment');
    const reward = plain(sheetNamed(box, 'Reward & Punishment').snapshot()) as unknown[][];
    expect(reward[3]?.[0]).toBe('Periode penilaian: Triwulan I 2025.');

    const before = Date.now();
    box.call('buatDasbor');
    const dasbor = sheetNamed(box, 'Dasbor');
    const titles = (plain(dasbor.charts) as { options: { title?: string } }[]).map((c) => c.options.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/ \(Triwulan I 2025\)$/);
    const grid = plain(dasbor.snapshot()) as unknown[][];
    const last = grid[grid.length - 1] ?? [];
    expect(String(last[0])).toContain('Periode penilaian: Triwulan I 2025.');
    expect(String(last[0])).toContain('buat Dasbor lagi');
    // The time of the run, in the line's note (the Dasbor's values stay the same for the same data).
    const note = String(dasbor.peek(grid.length, 1)?.note);
    const time = /pada (\d{4}-\d\d-\d\d \d\d:\d\d) UTC\.$/.exec(note)?.[1];
    expect(time, note).toBeDefined();
    expect(Date.parse(`${time?.replace(' ', 'T')}:59.999Z`)).toBeGreaterThanOrEqual(before);
  });

  it('says when the data names no period', () => {
    const box = loadSandbox({ sheets: [employees, skp('SKP', null)] });
    const text = compute(box, ['Pegawai', 'SKP']);
    expect(text).toContain('2 pegawai dinilai di sheet "Hasil Pegawai"');
    for (const name of ['Hasil Pegawai', 'Hasil Unit']) {
      expect(sheetNamed(box, name).peek(1, 1)?.note, name).toContain('Periode penilaian: tidak diketahui');
      for (const r of rowsOf(box, name)) expect(r.Periode, name).toBe('Tidak diketahui');
    }
    box.call('buatDasbor');
    const grid = plain(sheetNamed(box, 'Dasbor').snapshot()) as unknown[][];
    expect(String(grid[grid.length - 1]?.[0])).toContain('Periode penilaian: tidak diketahui');
  });
});
