/**
 * The Dasbor's "busy vs productive" table through the BUILT Code.js (review s7 OUT2): a workbook without
 * an activity log leaves every employee's minutes blank (no point drawn at 0 minutes, which read as data:
 * "nobody worked"), its header's note saying why; with a log the minutes are those logged, and an employee
 * without a counted row in it is blank too (not "worked zero minutes"), the note counting them.
 */
import { describe, expect, it } from 'vitest';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { employees, RATNA, skp } from './output-period-workbook';
import { sheetNamed } from './output-state';

await ensureBuilt();

const num = (n: number): SeedCell => ({ v: n, d: n.toLocaleString('id-ID') });
const march = skp('SKP Maret 2025', ['Bulan', ':', 'Maret 2025']);

/** Bayu's activity log for March: 120 minutes on each of three days. */
const log: SheetSeed = {
  name: 'Aktivitas',
  rows: [
    ['LAPORAN AKTIVITAS HARIAN'],
    ['Bulan', ':', 'Maret 2025'],
    [],
    ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Menit', 'Output'],
    ...['2025-03-03', '2025-03-04', '2025-03-05'].map((d) => [
      '199107232019031004',
      d,
      'Memverifikasi berkas',
      num(120),
      'Berkas',
    ]),
  ],
};

/** The busy table of the Dasbor (under its "Nama | Menit | Capaian" header) and the header's Menit cell. */
function busyTable(sheets: SheetSeed[]) {
  const box = loadSandbox({ sheets });
  box.call('buatDasbor');
  const dasbor = sheetNamed(box, 'Dasbor');
  const grid = plain(dasbor.snapshot()) as unknown[][];
  const top = grid.findIndex((r) => r[0] === 'Nama' && r[2] === 'Capaian');
  const rows: unknown[][] = [];
  for (let k = top + 1; k < grid.length && grid[k]?.[0] !== ''; k++) rows.push(grid[k]?.slice(0, 3) ?? []);
  return { rows, header: dasbor.peek(top + 1, 2), charts: plain(dasbor.charts) as { type: string }[] };
}

describe('the Dasbor busy vs productive table (built Code.js)', () => {
  it('leaves the minutes blank, never 0, when the workbook has no activity log, and says why', () => {
    const { rows, header, charts } = busyTable([employees, march]);
    // Before the fix: ['Ratna Kusumawati', 0, 0.6], ['Bayu Aji Nugroho', 0, 0.6].
    expect(rows).toEqual([
      ['Ratna Kusumawati', '', 0.6],
      ['Bayu Aji Nugroho', '', 0.6],
    ]);
    expect(header?.v).toBe('Menit Aktivitas');
    expect(String(header?.note)).toContain('tidak memuat log aktivitas harian');
    expect(String(header?.note)).toContain('bukan 0');
    expect(charts.map((c) => c.type)).toContain('scatter');
  });

  it('shows the minutes logged, and leaves blank those of an employee with no row in the log, saying why', () => {
    const { rows, header } = busyTable([employees, march, log]);
    // Before the fix: ['Ratna Kusumawati', 0, 0.6], read as "worked zero minutes" though she has no row.
    expect(rows).toEqual([
      ['Ratna Kusumawati', '', 0.6],
      ['Bayu Aji Nugroho', 360, 0.6],
    ]);
    expect(header?.note).toBe(
      'Menit aktivitas dikosongkan untuk 1 pegawai yang tidak punya baris terhitung di log aktivitas harian: menit kerjanya tidak diketahui (bukan 0). Periksa NIP mereka di sheet aktivitas, atau minta mereka mengisi log, lalu buat Dasbor lagi.',
    );
  });

  it('says nothing when every employee has counted rows in the log', () => {
    const both: SheetSeed = {
      ...log,
      rows: [...log.rows, [RATNA, '2025-03-03', 'Menyusun laporan perizinan', num(90), 'Laporan']],
    };
    const { rows, header } = busyTable([employees, march, both]);
    expect(rows).toEqual([
      ['Ratna Kusumawati', 90, 0.6],
      ['Bayu Aji Nugroho', 360, 0.6],
    ]);
    expect(header?.note ?? '').toBe('');
  });
});
