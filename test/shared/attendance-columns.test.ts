import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import type { RawNumber, RawRow, RawTable, RawValue } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { type DatedAttendanceEvent, readAttendanceColumns } from '../../shared/pipeline/attendance';
import { readEmployees } from '../../shared/pipeline/people';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * The attendance reader keeps a table's events as columns (shared/pipeline/attendance.ts AttendanceColumns):
 * the scorer reads an employee's events as slots refilled employee after employee (`eventsOf`), the tests
 * and surfaces as each employee's record (`records`). Both must be the same events, in the same order, for
 * any table of any shape: what the record tests check is then what the deduction is computed from. All
 * data invented.
 */

const STAFF = [
  { nip: '198411142005121355', nama: 'Ani Lestari' },
  { nip: '199504022020061612', nama: 'Budi Santoso' },
  { nip: '197903212006042013', nama: 'Citra Wulandari' },
];
const roster = readEmployees(
  {
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C' },
    rows: STAFF.map((s, i) => ({ row: i + 2, values: { nip: s.nip, nama: s.nama, unit: 'Bidang Umum' } })),
  },
  [],
);
const num = (n: number): RawNumber => ({ number: n, percent: false, text: String(n) });
const MAY_2024: Period = { kind: 'month', year: 2024, index: 5 };

const cellOf = (values: readonly RawValue[]) => fc.constantFrom(...values);
const eventRow = fc.record({
  nip: fc.constantFrom(...STAFF.map((s) => s.nip)),
  tanggal: cellOf(['', '02/05/2024', '03/05/2024', '2024-05-06', 'Mei 2024', '02/06/2024', num(45415)]),
  kode_absen: cellOf(['', 'TK', 'Alpa', 'TMK1', 'tl 2', 'PSW1', 'H', 'S', 'C', 'XX']),
  menit_telat: cellOf(['', '45', '1 jam', num(95)]),
  jumlah: cellOf(['', '1', '2', '0', num(3)]),
  hari_kerja: cellOf(['', '20', '21']),
  jam_masuk: cellOf(['', '07.45', '08:20']),
  jam_pulang: cellOf(['', '15.30', '16:05']),
  pola_kerja: cellOf(['', '07.30-16.00']),
});
const recapRow = fc.record({
  nip: fc.constantFrom(...STAFF.map((s) => s.nip)),
  codes: fc.dictionary(fc.constantFrom('TMK1', 'S', 'TK', 'Alpa', 'H'), cellOf(['', '1', '2', num(4)])),
  days: fc.array(fc.constantFrom<RawValue | undefined>(undefined, '', 'H', 'TK', 'S', 'L', 'A'), {
    maxLength: 31,
  }),
  matrix: fc.boolean(),
});
const table = fc
  .array(fc.oneof({ weight: 3, arbitrary: eventRow }, { weight: 1, arbitrary: recapRow }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((cells): RawTable => {
    const rows: RawRow[] = cells.map((c, i) => {
      if ('codes' in c) {
        const { nip, codes, days, matrix } = c;
        return matrix ? { row: i + 5, values: { nip }, days } : { row: i + 5, values: { nip }, codes };
      }
      return { row: i + 5, values: c };
    });
    return {
      sheet: 'Absensi Mei',
      columns: {
        nip: 'A',
        tanggal: 'B',
        kode_absen: 'C',
        menit_telat: 'D',
        jumlah: 'E',
        hari_kerja: 'F',
        jam_masuk: 'G',
        jam_pulang: 'H',
        pola_kerja: 'I',
      },
      rows,
    };
  });

/** An event as the deduction and the TK dates read it. */
const read = (e: DatedAttendanceEvent) => [e.code, e.count, e.row, e.written, e.day, e.date];

describe('attendance events as columns', () => {
  it('gives the scorer the same events as the records, employee after employee', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<Period | null>(null, MAY_2024), (t, period) => {
        const issues: Issue[] = [];
        const columns = readAttendanceColumns(t, roster, 'Pegawai', defaultPolicy(), issues, period);
        const records = columns.records();
        for (let e = 0; e < STAFF.length; e++) {
          const scored = columns.eventsOf(e).map(read);
          expect(scored).toEqual((records[e]?.events ?? []).map(read));
          expect(columns.workingDaysOf(e)).toBe(records[e]?.workingDays);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the day of a matrix cell past the 255th (a row is never cut to a byte)', () => {
    const days: (RawValue | undefined)[] = new Array(300).fill('');
    days[255] = 'TK';
    days[299] = 'TK';
    const matrix: RawTable = {
      sheet: 'Absensi Harian',
      columns: { nip: 'A' },
      rows: [{ row: 5, values: { nip: STAFF[0]?.nip ?? '' }, days }],
    };
    const columns = readAttendanceColumns(matrix, roster, 'Pegawai', defaultPolicy(), [], null);
    expect(columns.eventsOf(0).map((e) => e.day)).toEqual([256, 300]);
  });
});
