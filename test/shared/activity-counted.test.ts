import { describe, expect, it } from 'vitest';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * EmployeeResult.activity.counted: whether the employee had a counted activity row. Without one their 0
 * minutes are no rows (no log, none of theirs, or only rows left out), not zero minutes worked, and the
 * surfaces leave them blank (the Dasbor's busy chart).
 */

const policy = defaultPolicy();
const table = (sheet: string, columns: string[], rows: Record<string, string>[]): RawTable => ({
  sheet,
  columns: Object.fromEntries(columns.map((c, i) => [c, String.fromCharCode(65 + i)])),
  rows: rows.map((values, i) => ({ row: i + 2, values })),
});

const SITI = '198704122010012005';
const AGUS = '199002202015031003';
const DEWI = '199205302019022001';
const base: WorkbookInput = {
  employees: table(
    'Pegawai',
    ['nip', 'nama', 'unit'],
    [
      { nip: SITI, nama: 'Siti Aminah, S.Sos.', unit: 'Bidang Pelayanan' },
      { nip: AGUS, nama: 'Agus Prasetyo', unit: 'Bidang Pelayanan' },
      { nip: DEWI, nama: 'Dewi Lestari, S.H.', unit: 'Bidang Pelayanan' },
    ],
  ),
  indicators: table(
    'SKP',
    ['nip', 'target', 'realisasi'],
    [SITI, AGUS, DEWI].map((nip) => ({ nip, target: '12', realisasi: '12' })),
  ),
};
const activity = (r: ReturnType<typeof scoreOrganisation>) =>
  r.employees.map((e) => [e.nama, e.activity.minutes, e.activity.counted]);

describe('EmployeeResult.activity.counted', () => {
  it('is true for an employee with counted rows, false for one without any in the log', () => {
    const r = scoreOrganisation(
      {
        ...base,
        activities: table(
          'Aktivitas',
          ['nip', 'aktivitas', 'menit', 'output'],
          [
            { nip: SITI, aktivitas: 'Memverifikasi berkas izin', menit: '120', output: '5 Berkas' },
            { nip: SITI, aktivitas: 'Rapat koordinasi', menit: '60', output: '' },
            // Agus's only row is unreadable (too large): left out, so nothing of his is counted.
            { nip: AGUS, aktivitas: 'Menyusun laporan', menit: '1e308', output: '1 Laporan' },
          ],
        ),
      },
      policy,
    );
    expect(activity(r)).toEqual([
      ['Siti Aminah, S.Sos.', 180, true],
      ['Agus Prasetyo', 0, false],
      ['Dewi Lestari, S.H.', 0, false],
    ]);
  });

  it('is false for everyone when the workbook has no activity log', () => {
    expect(activity(scoreOrganisation(base, policy)).map((row) => row[2])).toEqual([false, false, false]);
  });
});
