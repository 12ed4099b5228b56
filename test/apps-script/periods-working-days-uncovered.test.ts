/**
 * Kesibukan semu for a quarter of a year the policy's calendar does not cover, through the BUILT Code.js
 * (review s7b run F): the expected minutes are the quarter's days on the work week (66 in Triwulan IV
 * 2024), not a month's default of 21, and the warning says so. Bayu logs 150 minutes a weekday (half the
 * expectation) and is not flagged; Ratna logs 300 a weekday with the same low capaian and is.
 */
import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';
import { BAYU, employees, num, RATNA, skp as skpOf } from './output-period-workbook';

await ensureBuilt();

const skp = skpOf('SKP TW IV', ['Triwulan', ':', 'Triwulan IV 2024']);

/** Every weekday of October to December 2024. */
function weekdays(): string[] {
  const out: string[] = [];
  for (let d = Date.UTC(2024, 9, 1); d <= Date.UTC(2024, 11, 31); d += 86_400_000) {
    const day = new Date(d);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) out.push(day.toISOString().slice(0, 10));
  }
  return out;
}

const activities: SheetSeed = {
  name: 'Aktivitas TW IV',
  rows: [
    ['LAPORAN AKTIVITAS'],
    ['Triwulan', ':', 'Triwulan IV 2024'],
    [],
    ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Menit', 'Output'],
    ...weekdays().flatMap((d) => [
      [RATNA, d, 'Memverifikasi berkas', num(300), 'Berkas'],
      [BAYU, d, 'Memverifikasi berkas', num(150), 'Berkas'],
    ]),
  ],
};

describe('working days of a quarter the calendar does not cover (built Code.js)', () => {
  it("expects the quarter's work-week days, flags only who logged them, and says why", () => {
    const box = loadSandbox({ sheets: [employees, skp, activities] });
    compute(box, ['Pegawai', 'SKP TW IV', 'Aktivitas TW IV']);
    const byNip = new Map(rowsOf(box, 'Hasil Pegawai').map((r) => [String(r.NIP), r]));
    expect(weekdays()).toHaveLength(66);
    // Before the fix Bayu's 66 x 150 minutes passed 90 % of 21 x 300 and he was flagged.
    expect(byNip.get(BAYU)?.['Kesibukan Semu']).toBe('');
    expect(byNip.get(RATNA)?.['Kesibukan Semu']).not.toBe('');
    const warnings = rowsOf(box, 'Masalah Data')
      .map((r) => Object.values(r).join(' | '))
      .filter((r) => r.includes('tidak memuat libur tahun 2024'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('dipakai 66 hari kerja');
    expect(warnings[0]).toContain('tanpa dikurangi libur');
  });
});
