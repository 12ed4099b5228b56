import { describe, expect, it } from 'vitest';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { compute, rowsOf } from './fixtures/sandbox-run';
import { BAYU, employees, num, RATNA, skp as skpOf } from './output-period-workbook';

/*
 * Activity logs through the BUILT Code.js, where kesibukan semu flags an employee and recommends
 * Pembinaan: a log covering a quarter scored for March counts March only (its title naming March or
 * not), a day typed as 3000 minutes and a row pasted twice are reported, and none of them raises the flag
 * with "Tidak ada masalah data". All data invented.
 */

await ensureBuilt();

/** The office's roster and March 2025's SKP: both at 60 % (low results, so many logged minutes would flag them). */
const roster = employees;
const skp = skpOf('SKP Maret 2025', ['Bulan', ':', 'Maret 2025']);

/** The weekdays of months of 2025, ISO. */
function weekdays(months: number[]): string[] {
  const out: string[] = [];
  for (const m of months)
    for (let d = 1; d <= 31; d++) {
      const day = new Date(Date.UTC(2025, m - 1, d));
      if (day.getUTCMonth() !== m - 1) break;
      if (day.getUTCDay() > 0 && day.getUTCDay() < 6) out.push(day.toISOString().slice(0, 10));
    }
  return out;
}
/** Bayu's activity log: one row per day, `minutes` each. */
const activityLog = (name: string, head: SeedCell[][], days: string[], minutes: number): SheetSeed => ({
  name,
  rows: [
    ...head,
    ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Menit', 'Output'],
    ...days.map((d): SeedCell[] => [BAYU, d, 'Memverifikasi berkas', num(minutes), 'Berkas']),
  ],
});

/** Masalah Data rows: sheet, row, column, message, kind. */
const problems = (box: Sandbox) =>
  rowsOf(box, 'Masalah Data')
    .map((r) => Object.values(r).map(String))
    .map((r) => [r[0], r[1], r[2], r[4], r[5]]);
const resultOf = (box: Sandbox, nip: string) => rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === nip) ?? {};
const bayu = (box: Sandbox) => {
  const row = resultOf(box, BAYU);
  return { busy: row['Kesibukan Semu'], advice: row.Rekomendasi };
};
/** Hitung nilai, the input sheets left exactly as they were. */
const run = (sheets: SheetSeed[]) => {
  const box = loadSandbox({ sheets, withUi: false });
  const computed = compute(
    box,
    sheets.map((s) => s.name),
  );
  return { box, computed };
};

describe('an activity log covering January to March, scored for March', () => {
  // 100 minutes each weekday: 6.400 minutes over the quarter (112 % of March's expected), 2.100 in March.
  for (const [label, head] of [
    ['without a period line', [['LAPORAN AKTIVITAS HARIAN'], []]],
    ['under a title naming March', [['LAPORAN AKTIVITAS HARIAN'], ['Bulan', ':', 'Maret 2025'], []]],
  ] as const)
    it(`${label}: counts March only, says so, and raises no kesibukan semu`, () => {
      const headRows = head.map((r) => [...r]) as SeedCell[][];
      const { box, computed } = run([
        roster,
        skp,
        activityLog('Aktivitas', headRows, weekdays([1, 2, 3]), 100),
      ]);
      expect(computed).not.toContain('Tidak ada masalah data');
      expect(bayu(box)).toEqual({ busy: '', advice: 'Tidak ada tindak lanjut khusus' });
      const note = problems(box).find((p) => p[3]?.includes('baris aktivitas'));
      expect(note?.[0]).toBe('Aktivitas');
      expect(note?.[3]).toContain(
        '43 baris aktivitas di sheet "Aktivitas" bertanggal di luar periode yang dinilai (Maret 2025)',
      );
      expect(note?.[3]).toContain('Tanggal tiap baris yang menentukan periodenya, bukan judul sheet');
      expect(note?.[4]).toBe('Peringatan');
    });
});

describe('an activity log of March with a mistyped day and a pasted row', () => {
  it('leaves the 50-hour day out and counts the pasted row once, both reported at their cells', () => {
    // Twelve days of 300 minutes; 3 March typed 3000; 4 March's row pasted again at the bottom.
    const log = activityLog(
      'Aktivitas Maret',
      [['LAPORAN AKTIVITAS'], ['Bulan', ':', 'Maret 2025'], []],
      weekdays([3]).slice(0, 12),
      300,
    );
    (log.rows[4] as SeedCell[])[3] = num(3000);
    log.rows.push([...(log.rows[5] as SeedCell[])]);
    const { box, computed } = run([roster, skp, log]);
    expect(computed).toContain('1 masalah dan 1 peringatan');
    // 11 days of 300 minutes: 3.300, 58 % of March's 5.700 expected: not busy.
    expect(bayu(box).busy).toBe('');
    expect(problems(box)).toContainEqual([
      'Aktivitas Maret',
      '5',
      'D',
      `Aktivitas NIP ${BAYU} tanggal 2025-03-03 berjumlah 3.000 menit (50 jam), lebih dari 24 jam (1.440 menit) dalam sehari: baris 5. Menit hari itu tidak dihitung sama sekali (tidak dipotong atau ditebak). Periksa menit di baris itu (mis. 3000 yang seharusnya 300), lalu hitung ulang.`,
      'Galat',
    ]);
    expect(problems(box)).toContainEqual([
      'Aktivitas Maret',
      '17',
      'B',
      `Aktivitas "Memverifikasi berkas" tanggal 2025-03-04 untuk NIP ${BAYU} (300 menit) sudah ada di baris 6 sheet "Aktivitas Maret" dengan isi yang sama di setiap kolom (tanggal, uraian, menit, output, bukti dukung, status). Baris ini tidak dihitung dua kali: hapus baris gandanya (bila memang dua kegiatan, bedakan uraian atau jamnya).`,
      'Peringatan',
    ]);
    expect(String(resultOf(box, BAYU).Alasan)).not.toContain('6.600');
  });
});

describe('attendance and activity dates the sheet holds as numbers', () => {
  it('are read as the days they name (45722 is 6 March 2025), not rejected as unreadable', () => {
    const serial = (n: number): SeedCell => ({ v: n, d: '' });
    const attendance: SheetSeed = {
      name: 'Absensi',
      rows: [
        ['Periode', ':', 'Maret 2025', ''],
        ['', '', '', ''],
        ['NIP', 'Tanggal', 'Kode Absen', 'Jumlah'],
        [RATNA, serial(45722), 'TK', num(1)],
      ],
    };
    const log = activityLog('Aktivitas', [['LAPORAN AKTIVITAS'], []], [], 0);
    log.rows.push([BAYU, serial(45722), 'Memverifikasi berkas', num(3000), 'Berkas']);
    const { box } = run([roster, skp, attendance, log]);
    const texts = problems(box).map((p) => p[3] ?? '');
    expect(texts.some((m) => m.includes('tidak terbaca atau tidak ada di kalender'))).toBe(false);
    // The activity's day is known: 3000 minutes on it are over 24 hours.
    expect(texts.some((m) => m.includes('tanggal 06/03/2025 berjumlah 3.000 menit'))).toBe(true);
    expect(Number(resultOf(box, RATNA)['Potongan Disiplin'])).toBeGreaterThan(0);
  });
});
