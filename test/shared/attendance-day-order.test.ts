import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import type { RawRow, RawTable } from '../../shared/model/input';
import { readEmployees } from '../../shared/pipeline/people';
import { defaultPolicy } from '../../shared/policy/schema';
import { readAttendanceRecords } from './attendance-records';

/*
 * A daily attendance log may come in any row order: fingerprint exports are often sorted newest first,
 * and a revision is pasted under the month. Whatever the order, a dated H or L row, or a check-in/out row
 * without a code, that repeats an earlier row of the same employee, day and kind is reported naming the
 * first such row, and its day is counted once (shared/pipeline/attendance.ts, KeptDays: rows out of day
 * order are found through an index of the employee's days, not by walking every day kept). Checked here
 * against the rule itself, written plainly: the first earlier row with the same NIP, day and kind.
 */

const STAFF = [
  { nip: '198411142005121355', nama: 'Ani Lestari' },
  { nip: '199504022020061612', nama: 'Budi Santoso' },
  { nip: '197702172003122004', nama: 'Citra Wulandari' },
];
const roster = readEmployees(
  {
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C' },
    rows: STAFF.map((s, i) => ({ row: i + 2, values: { nip: s.nip, nama: s.nama, unit: 'Bidang Umum' } })),
  },
  [],
);
const COLUMNS = { nip: 'A', tanggal: 'B', kode_absen: 'C', jam_masuk: 'D', jam_pulang: 'E', pola_kerja: 'F' };

/** One row as generated: who, which day of May 2024, and what it records. */
interface Planned {
  employee: number;
  day: number;
  /** H or L (a code with no event), or a check-in/out row without a code. */
  kind: 'H' | 'L' | 'scan';
}

const planned = fc.record({
  employee: fc.integer({ min: 0, max: STAFF.length - 1 }),
  day: fc.integer({ min: 1, max: 12 }),
  kind: fc.constantFrom<Planned['kind']>('H', 'L', 'scan'),
});

function tableOf(rows: readonly Planned[]): RawTable {
  return {
    sheet: 'Absen Harian',
    columns: COLUMNS,
    rows: rows.map(
      (p, i): RawRow => ({
        row: i + 2,
        values: {
          nip: (STAFF[p.employee] as { nip: string }).nip,
          tanggal: `2024-05-${String(p.day).padStart(2, '0')}`,
          kode_absen: p.kind === 'scan' ? '' : p.kind,
          jam_masuk: p.kind === 'L' ? '' : '07.20',
          jam_pulang: p.kind === 'L' ? '' : '16.05',
          pola_kerja: '07.30-16.00',
        },
      }),
    ),
  };
}

/** The rule as written: each row repeating an earlier one of the same employee, day and kind, with that first row. */
function expectedRepeats(rows: readonly Planned[]): string[] {
  const first = new Map<string, number>();
  const repeats: string[] = [];
  rows.forEach((p, i) => {
    const key = `${p.employee}|${p.day}|${p.kind}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i + 2);
    else repeats.push(`${i + 2}<-${seen}`);
  });
  return repeats;
}

const REPEAT_CODES = new Set(['DISC_EVENT_DUPLICATE', 'DISC_SCAN_DUPLICATE']);

function reportedRepeats(rows: readonly Planned[]): { repeats: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  readAttendanceRecords(tableOf(rows), roster, 'Pegawai', defaultPolicy(), issues);
  const repeats = issues
    .filter((i) => REPEAT_CODES.has(i.code))
    .map((i) => `${i.at?.row}<-${i.params?.firstRow}`);
  return { repeats, issues };
}

describe('attendance rows out of day order', () => {
  it('reports each repeat of an employee, day and kind naming its first row, in any row order', () => {
    fc.assert(
      fc.property(fc.array(planned, { maxLength: 60 }), (rows) => {
        const { repeats, issues } = reportedRepeats(rows);
        expect(repeats).toEqual(expectedRepeats(rows));
        // Nothing else is said about these rows: no repeat is read as a conflict, no day as another's.
        expect(issues.filter((i) => !REPEAT_CODES.has(i.code))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('a month of daily scans sorted newest first: every repeat found, none invented', () => {
    const month: Planned[] = [];
    for (let day = 12; day >= 1; day--)
      for (let employee = 0; employee < STAFF.length; employee++) month.push({ employee, day, kind: 'scan' });
    // The export pasted again for two days, newest first too.
    const again = month.filter((p) => p.day >= 11);
    const rows = [...month, ...again];
    const { repeats } = reportedRepeats(rows);
    expect(repeats).toHaveLength(again.length);
    expect(repeats).toEqual(expectedRepeats(rows));
    expect(repeats[0]).toBe(`${month.length + 2}<-2`);
  });
});
