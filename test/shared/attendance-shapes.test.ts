import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../shared/columns';
import type { Issue } from '../../shared/core/issue';
import { disciplineDeduction } from '../../shared/discipline/deduction';
import { codeVocabulary, lookupCode } from '../../shared/discipline/vocabulary';
import { formatIssue } from '../../shared/messages/format';
import type { RawNumber, RawRow, RawTable, RawValue } from '../../shared/model/input';
import { readEmployees } from '../../shared/pipeline/people';
import {
  ATTENDANCE_VOCABULARY,
  attendanceCodeKey,
  defaultPolicy,
  PERMENTAN_68_2012,
  type Policy,
  PolicySchema,
} from '../../shared/policy/schema';
import { readAttendance, readAttendanceRecords } from './attendance-records';

/*
 * Attendance as offices keep it (docs/sheets.md, family 3): a monthly recap of code counts with JHK and
 * % H, a daily matrix, check-in/out times with a work pattern, and one row per event. All data invented.
 */

const STAFF = [
  { nip: '198703152010012003', nama: 'Ratna Wulandari, S.E.' },
  { nip: '199011222015031001', nama: 'Yohanes Tumbelaka, S.Kom' },
  { nip: '198512012009022004', nama: 'Dewi Lestari Paputungan' },
  { nip: '199206302019031002', nama: 'Rizal Mokodompit, S.H.' },
] as const;
const [RATNA, YOHANES, DEWI, RIZAL] = STAFF;

const employeesTable: RawTable = {
  sheet: 'Pegawai',
  columns: { nip: 'A', nama: 'B', unit: 'C' },
  rows: STAFF.map((s, i) => ({
    row: i + 2,
    values: { nip: s.nip, nama: s.nama, unit: 'Badan Kepegawaian Daerah' },
  })),
};
const roster = readEmployees(employeesTable, []);
const indexOf = (nip: string) => STAFF.findIndex((s) => s.nip === nip);
const num = (n: number, shown = String(n)): RawNumber => ({ number: n, percent: false, text: shown });
const pct = (fraction: number, shown: string): RawNumber => ({
  number: fraction,
  percent: true,
  text: shown,
});

function read(table: RawTable, policy: Policy = defaultPolicy()) {
  const issues: Issue[] = [];
  const records = readAttendanceRecords(table, roster, 'Pegawai', policy, issues);
  return { records, issues, of: (nip: string) => records[indexOf(nip)] };
}

const codesOf = (events: readonly { code: string; count?: number }[] | undefined) =>
  (events ?? []).map((e) => `${e.count ?? 1}x${e.code}`);

describe('attendance code vocabulary (policy discipline.codes)', () => {
  const vocabulary = codeVocabulary(defaultPolicy().discipline);

  it('reads codes however they are written: "tl 1", "T K", "Alpa", "pksw-3", "Tanpa Keterangan"', () => {
    expect(attendanceCodeKey('tl 1')).toBe('TL1');
    expect(lookupCode(vocabulary, 'tl 1')?.code).toBe('TL1');
    expect(lookupCode(vocabulary, 'T K')?.code).toBe('TK');
    expect(lookupCode(vocabulary, 'Alpa')?.code).toBe('TK');
    expect(lookupCode(vocabulary, 'alpha')?.code).toBe('TK');
    expect(lookupCode(vocabulary, 'Tanpa Keterangan')?.code).toBe('TK');
    expect(lookupCode(vocabulary, 'tmk2')?.code).toBe('TL2');
    expect(lookupCode(vocabulary, 'pksw-3')?.code).toBe('PSW3');
    expect(lookupCode(vocabulary, ' Sakit ')).toMatchObject({ code: 'S', day: 'away' });
    expect(lookupCode(vocabulary, 'Hadir')).toMatchObject({ code: null, day: 'present' });
    expect(lookupCode(vocabulary, 'TMK4')).toBeUndefined();
  });

  it('says which reading of a bare "TL" is the default: tugas luar (present), with the reason, open', () => {
    expect(lookupCode(vocabulary, 'TL')).toMatchObject({ code: 'DL', day: 'present', open: true });
    expect(lookupCode(vocabulary, 'TL')?.note).toMatch(/tugas luar/);
  });

  it('marks every code whose deduction no built-in table names as open, so no deduction is invented', () => {
    for (const [written, entry] of Object.entries(ATTENDANCE_VOCABULARY)) {
      if (entry.code === null) continue;
      const rated = PERMENTAN_68_2012.perOccurrence[entry.code] !== undefined;
      expect({ written, open: rated || entry.open }).toEqual({ written, open: true });
    }
  });

  it('normalises any spacing, case or separator of a known code to the same key (property)', () => {
    const codes = Object.keys(ATTENDANCE_VOCABULARY);
    const separators = fc.constantFrom('', ' ', '.', '-', '  ');
    fc.assert(
      fc.property(fc.constantFrom(...codes), separators, fc.boolean(), (code, sep, lower) => {
        const written = code.split('').join(sep);
        const cased = lower ? written.toLowerCase() : written;
        expect(lookupCode(vocabulary, cased)).toEqual(ATTENDANCE_VOCABULARY[code]);
      }),
    );
  });
});

/** A Manado-style monthly recap: JHK, the Keterangan code counts, % H. */
const RECAP_COLUMNS = { TMK1: 'I', TMK2: 'J', PKSW1: 'K', S: 'L', I: 'M', TK: 'N', C: 'O', TL: 'P' };
function recapRow(
  row: number,
  nip: string,
  counts: Partial<Record<keyof typeof RECAP_COLUMNS, RawValue>>,
  persenHadir: RawValue,
  jhk: RawValue = num(20),
): RawRow {
  const codes: Record<string, RawValue> = {};
  for (const code of Object.keys(RECAP_COLUMNS))
    codes[code] = counts[code as keyof typeof RECAP_COLUMNS] ?? num(0);
  return { row, values: { nip, hari_kerja: jhk, persen_hadir: persenHadir }, codes };
}
const recap = (rows: RawRow[], extraColumns: Record<string, string> = {}): RawTable => ({
  sheet: 'Rekap Juni 2024',
  columns: { nip: 'B', hari_kerja: 'G', persen_hadir: 'X' },
  codeColumns: { ...RECAP_COLUMNS, ...extraColumns },
  rows,
});

describe('shape (a): a monthly recap of code counts', () => {
  const table = recap([
    recapRow(5, RATNA.nip, { TMK1: num(3), TK: num(1), S: num(2) }, pct(0.85, '85.00%')),
    recapRow(6, YOHANES.nip, { TL: num(4), PKSW1: '2' }, '100.00%'),
    // C 5 of 20 working days: 75%, but the sheet says 80%.
    recapRow(7, DEWI.nip, { C: num(5) }, '80,00%'),
    // 16 of 18 days (S 2) shown truncated as 88.88%, as Manado's sheet does: no mismatch.
    recapRow(8, RIZAL.nip, { S: num(2) }, '88.88%', '18'),
  ]);
  const { issues, of } = read(table);

  it('counts each code as what it means: TMK1 as TL1, PKSW1 as PSW1, TL as tugas luar', () => {
    expect(codesOf(of(RATNA.nip)?.events)).toEqual(['3xTL1', '2xS', '1xTK']);
    expect(of(RATNA.nip)?.events[0]).toMatchObject({ code: 'TL1', written: 'TMK1', row: 5 });
    expect(codesOf(of(YOHANES.nip)?.events)).toEqual(['2xPSW1', '4xDL']);
  });

  it('deducts per the policy table: 3x TL1 (0,5%) + 1x TK (4%) = 5,5%; sick days deduct nothing', () => {
    const d = disciplineDeduction(of(RATNA.nip)?.events ?? [], defaultPolicy().discipline);
    expect(d.ok && d.value.fraction).toBeCloseTo(0.055, 9);
    expect(d.ok && d.value.byCode.S).toEqual({ count: 2, fraction: 0 });
  });

  it('returns working days (JHK), TK days and the presence the codes give', () => {
    expect(of(RATNA.nip)).toMatchObject({ workingDays: 20, tkDays: 1, awayDays: 3, presence: 0.85 });
    expect(of(YOHANES.nip)).toMatchObject({ workingDays: 20, tkDays: 0, awayDays: 0, presence: 1 });
    expect(of(RIZAL.nip)?.workingDays).toBe(18);
  });

  it('reports a % H that the codes contradict, at its cell, and never replaces it', () => {
    const mismatches = issues.filter((i) => i.code === 'DISC_PRESENCE_MISMATCH');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({
      severity: 'warning',
      at: { sheet: 'Rekap Juni 2024', row: 7, column: 'X' },
      params: { given: 80, computed: 75, present: 15, days: 20, away: 5 },
    });
    expect(formatIssue(mismatches[0]!)).toContain('tidak diganti');
    expect(of(DEWI.nip)?.presence).toBe(0.75);
  });

  it('reports counts that are not whole numbers of 0 or more at their cell, and skips only that cell', () => {
    const bad = read(
      recap([
        recapRow(5, RATNA.nip, { TMK1: '1,5', TK: num(-2), S: num(1) }, ''),
        recapRow(6, YOHANES.nip, { TMK2: 'dua' }, '', 'delapan belas'),
      ]),
    );
    const places = bad.issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.code}@${i.at?.column}${i.at?.row}`);
    expect(places).toContain('DISC_COUNT_INVALID@I5');
    expect(places).toContain('DISC_COUNT_INVALID@N5');
    expect(places.some((p) => p.endsWith('@J6'))).toBe(true);
    expect(codesOf(bad.of(RATNA.nip)?.events)).toEqual(['1xS']);
    expect(bad.issues.find((i) => i.code === 'DISC_HARI_KERJA_INVALID')?.at).toMatchObject({
      column: 'G',
      row: 6,
    });
    expect(bad.of(YOHANES.nip)?.workingDays).toBeUndefined();
  });

  it('lets the admin read a bare TL as late (TL1) instead', () => {
    const policy = PolicySchema.parse({
      discipline: { codes: { ...ATTENDANCE_VOCABULARY, TL: { code: 'TL1', day: 'present' } } },
    });
    const { of: withLate } = read(table, policy);
    expect(codesOf(withLate(YOHANES.nip)?.events)).toEqual(['2xPSW1', '4xTL1']);
  });
});

describe('an unknown code is reported once per code, with where it occurs', () => {
  it('one message for a recap column and one for a code written in 40 matrix cells', () => {
    const recapTable = recap(
      [1, 2, 3].map((i) => ({ ...recapRow(4 + i, STAFF[i]!.nip, {}, ''), codes: { TMK4: num(i) } })),
      { TMK4: 'Q' },
    );
    const matrix: RawTable = {
      sheet: 'Absensi Juni',
      columns: { nip: 'C' },
      dayColumns: Object.fromEntries(
        Array.from({ length: 10 }, (_, d) => [d + 1, String.fromCharCode(68 + d)]),
      ),
      rows: STAFF.map((s, i) => ({ row: 6 + i, values: { nip: s.nip }, days: Array(10).fill('X') })),
    };
    const fromRecap = read(recapTable).issues.filter((i) => i.code === 'DISC_CODE_UNKNOWN_CELLS');
    const fromMatrix = read(matrix).issues.filter((i) => i.code === 'DISC_CODE_UNKNOWN_CELLS');
    expect(fromRecap).toHaveLength(1);
    expect(fromRecap[0]?.params).toMatchObject({
      value: 'TMK4',
      count: 3,
      places: "'Rekap Juni 2024'!Q5, 'Rekap Juni 2024'!Q6, 'Rekap Juni 2024'!Q7",
    });
    expect(fromMatrix).toHaveLength(1);
    expect(fromMatrix[0]).toMatchObject({
      at: { sheet: 'Absensi Juni', row: 6, column: 'D' },
      params: { value: 'X', count: 40 },
    });
    expect(String(fromMatrix[0]?.params?.places)).toBe(
      "'Absensi Juni'!D6, 'Absensi Juni'!E6, 'Absensi Juni'!F6, ...",
    );
    expect(formatIssue(fromMatrix[0]!)).toMatch(/Kode absensi "X" tidak dikenal \(40 sel/);
  });
});

describe('shape (b): a daily matrix', () => {
  // 1-10 Juni 2024: the 1st, 2nd, 8th and 9th are a weekend, left blank or written L.
  const days = (cells: string[]): RawValue[] => cells;
  const table: RawTable = {
    sheet: 'Absensi Juni',
    columns: { nip: 'C', hari_kerja: 'AI' },
    dayColumns: Object.fromEntries(Array.from({ length: 31 }, (_, d) => [d + 1, `D${d}`])),
    rows: [
      { row: 6, values: { nip: RATNA.nip }, days: days(['', '', 'H', 'H', 'A', 'S', 'H', 'L', 'L', 'tl 1']) },
      {
        row: 7,
        values: { nip: YOHANES.nip },
        days: days(['', '', 'DL', 'DL', 'h', 'C', 'C', '', '', 'Hadir']),
      },
      {
        row: 8,
        values: { nip: DEWI.nip, hari_kerja: num(6) },
        days: days(['', '', 'H', 'T K', 'Alpa', 'H', 'H', '', '', 'I']),
      },
    ],
  };
  const { of, issues } = read(table);

  it('makes one event per day with a code; blank, H and L are no events; weekends are not assumed', () => {
    expect(of(RATNA.nip)?.events.map((e) => [e.day, e.code])).toEqual([
      [5, 'TK'],
      [6, 'S'],
      [10, 'TL1'],
    ]);
    expect(of(YOHANES.nip)?.events.map((e) => e.code)).toEqual(['DL', 'DL', 'C', 'C']);
    expect(issues).toEqual([]);
  });

  it('counts TK days from A, "T K" and Alpa, and presence over the marked days or the JHK', () => {
    expect(of(RATNA.nip)).toMatchObject({ tkDays: 1, markedDays: 6, awayDays: 2 });
    expect(of(RATNA.nip)?.presence).toBeCloseTo(4 / 6, 12);
    expect(of(YOHANES.nip)?.presence).toBeCloseTo(4 / 6, 12);
    expect(of(DEWI.nip)).toMatchObject({ tkDays: 2, workingDays: 6, awayDays: 3, presence: 0.5 });
  });
});

describe('shape (c): check-in and check-out times with a work pattern', () => {
  const policy = PolicySchema.parse({
    discipline: { workPatterns: { 'Jumat Pendek': { start: '07:30', end: '11:30' } } },
  });
  const row = (
    r: number,
    masuk: RawValue,
    pulang: RawValue,
    pola: string,
    nip: string = RATNA.nip,
  ): RawRow => ({
    row: r,
    values: {
      nip,
      tanggal: `2024-06-${String(r).padStart(2, '0')}`,
      jam_masuk: masuk,
      jam_pulang: pulang,
      pola_kerja: pola,
    },
  });
  const table: RawTable = {
    sheet: 'Scan Juni',
    columns: { nip: 'A', tanggal: 'B', jam_masuk: 'C', jam_pulang: 'D', pola_kerja: 'E' },
    rows: [
      row(3, '07.45', '16.05', '07.30-16.00'), // 15 min late: TL1
      row(4, '08:35:40', '16:00', '07:30 - 16:00'), // 65 min late: TL3
      row(5, '', '16.10', '07.30-16.00'), // no check-in: TL4 (Permentan 68/2012)
      row(6, '07.20', '15.10', '07.30-16.00'), // 50 min early: PSW2
      row(7, '07.25', '-', '07.30-16.00'), // no check-out: PSW4 (open default)
      row(10, num(0.3229166667, '07:45'), '11.00', 'jumat  pendek'), // a sheet time, 15 min late: TL1; 30 min early: PSW1
      row(11, '7..30', '16.00', '07.30-16.00'), // malformed: reported at its cell
      row(12, '', '', '07.30-16.00'), // no scan, no code
      row(13, '07.50', '16.00', 'Shift Malam', YOHANES.nip),
      row(14, '07.31', '16.00', 'Shift Malam', YOHANES.nip),
      { row: 15, values: { nip: YOHANES.nip, kode_absen: 'S', pola_kerja: '07.30-16.00' } },
    ],
  };
  const { of, issues } = read(table, policy);

  it('classifies lateness and early leave with the policy bands, and a missing scan with its code', () => {
    expect(of(RATNA.nip)?.events.map((e) => `${e.row}:${e.code}`)).toEqual([
      '3:TL1',
      '4:TL3',
      '5:TL4',
      '6:PSW2',
      '7:PSW4',
      '10:TL1',
      '10:PSW1',
    ]);
  });

  it('reports a malformed time at its cell, and an unknown pattern or unrecorded days once', () => {
    const clock = issues.filter((i) => i.code === 'DISC_CLOCK_INVALID');
    expect(clock).toHaveLength(1);
    expect(clock[0]?.at).toEqual({ sheet: 'Scan Juni', row: 11, column: 'C' });
    const pattern = issues.filter((i) => i.code === 'DISC_PATTERN_UNKNOWN');
    expect(pattern).toHaveLength(1);
    expect(pattern[0]).toMatchObject({
      params: { value: 'Shift Malam', count: 2 },
      at: { row: 13, column: 'E' },
    });
    const unrecorded = issues.filter((i) => i.code === 'DISC_DAY_WITHOUT_RECORD');
    expect(unrecorded).toHaveLength(1);
    expect(unrecorded[0]).toMatchObject({ severity: 'warning', params: { count: 1 }, at: { row: 12 } });
  });

  it('lets a written code decide the day, and counts only scanned days as present', () => {
    expect(codesOf(of(YOHANES.nip)?.events)).toEqual(['1xS']);
    // Two scanned days (their pattern unknown, so no lateness) and the sick day.
    expect(of(YOHANES.nip)).toMatchObject({ markedDays: 3, awayDays: 1 });
    expect(of(YOHANES.nip)?.presence).toBeCloseTo(2 / 3, 12);
    expect(of(RATNA.nip)?.markedDays).toBe(6);
  });
});

describe('shape (d): one row per event, as before', () => {
  it('reads codes with counts and late minutes, in the shape the deduction takes', () => {
    const table: RawTable = {
      sheet: 'Absensi',
      columns: { nip: 'A', tanggal: 'B', kode_absen: 'C', menit_telat: 'D', jumlah: 'E' },
      rows: [
        { row: 2, values: { nip: RATNA.nip, kode_absen: 'TL2', jumlah: '2' } },
        { row: 3, values: { nip: RATNA.nip, menit_telat: '45 menit' } },
        { row: 4, values: { nip: RATNA.nip, kode_absen: 'Alpa' } },
        { row: 5, values: { nip: YOHANES.nip, kode_absen: 'TL9' } },
        { row: 6, values: { nip: YOHANES.nip, kode_absen: 'tl9' } },
      ],
    };
    const issues: Issue[] = [];
    const events = readAttendance(table, roster, 'Pegawai', defaultPolicy(), issues);
    expect(codesOf(events[indexOf(RATNA.nip)])).toEqual(['2xTL2', '1xTL2', '1xTK']);
    expect(events[indexOf(YOHANES.nip)]).toBeUndefined();
    expect(issues.map((i) => [i.code, i.params?.count, i.at?.row])).toEqual([
      ['DISC_CODE_UNKNOWN_CELLS', 2, 5],
    ]);
    const d = disciplineDeduction(events[indexOf(RATNA.nip)] ?? [], defaultPolicy().discipline);
    expect(d.ok && d.value.fraction).toBeCloseTo(0.07, 9);
  });
});

describe('recognition of code columns and day columns', () => {
  const CODES = ['TMK1', 'TMK2', 'TMK3', 'PKSW1', 'PKSW2', 'PKSW3', 'HUKDIS', 'S', 'I', 'TK', 'TL', 'C'];
  const left = ['No', 'Nama Pegawai', 'NIP', 'Jabatan', 'JHK'];

  it('reads a two-row recap header with "Keterangan" merged over the codes, blank or filled', () => {
    const blank = [
      [...left, 'Keterangan', ...Array(CODES.length - 1).fill(''), '% H'],
      [...Array(left.length).fill(''), ...CODES, ''],
    ];
    const filled = [
      [...left, ...Array(CODES.length).fill('Keterangan'), '% H'],
      [...left, ...CODES, '% H'],
    ];
    for (const header of [blank, filled]) {
      const r = recognizeColumns(header);
      expect(r.mapping).toMatchObject({ nama: 1, nip: 2, jabatan: 3, hari_kerja: 4, persen_hadir: 17 });
      expect(r.codeColumns).toEqual(CODES.map((code, i) => ({ index: 5 + i, code })));
      expect(r.tableKind).toBe('attendance');
      expect(r.issues).toEqual([]);
      // No code column is claimed by a field, nor listed as meaning nothing.
      expect(r.columns.slice(5, 17).every((c) => c.field === null)).toBe(true);
      expect(r.unmapped).toEqual([]);
    }
  });

  it('does not take a lone "TK" or "S" for a code column, nor for any field', () => {
    const r = recognizeColumns([['Nama', 'NIP', 'TK', 'Jabatan']]);
    expect(r.codeColumns).toEqual([]);
    expect(r.columns[2]?.field).toBeNull();
    const grouped = recognizeColumns([
      ['Nama', 'NIP', 'Keterangan', ''],
      ['', '', 'S', 'TK'],
    ]);
    expect(grouped.codeColumns).toEqual([
      { index: 2, code: 'S' },
      { index: 3, code: 'TK' },
    ]);
  });

  it('reads a daily matrix header: days under "Tanggal" (the day row is no numbering row) or a run 1..31', () => {
    const days = Array.from({ length: 30 }, (_, d) => String(d + 1));
    const twoRows = recognizeColumns([
      ['No', 'Nama', 'NIP', 'Tanggal', ...Array(29).fill(''), 'Jumlah'],
      ['', '', '', ...days, ''],
    ]);
    expect(twoRows.dayColumns).toEqual(days.map((d, i) => ({ index: 3 + i, day: Number(d) })));
    expect(twoRows.mapping).toEqual({ nomor: 0, nama: 1, nip: 2, jumlah: 33 });
    expect(twoRows.tableKind).toBe('attendance');
    const oneRow = recognizeColumns([['NIP', 'Nama', ...days]]);
    expect(oneRow.dayColumns).toHaveLength(30);
    expect(oneRow.tableKind).toBe('attendance');
    // A numbering row under an ordinary header stays a numbering row.
    const numbered = recognizeColumns([
      ['No', 'Nama', 'NIP', 'Jabatan'],
      ['1', '2', '3', '4'],
    ]);
    expect(numbered.dayColumns).toEqual([]);
  });

  it('reads a check-in/out export as attendance', () => {
    const r = recognizeColumns([['NIP', 'Nama', 'Tanggal', 'Scan Masuk', 'Scan Pulang', 'Pola Kerja']]);
    expect(r.mapping).toMatchObject({ jam_masuk: 3, jam_pulang: 4, pola_kerja: 5 });
    expect(r.tableKind).toBe('attendance');
    expect(r.issues).toEqual([]);
  });
});

describe('recognition on the real Manado attendance recap (../shared/real-sheets)', () => {
  const folder = new URL('../../../shared/real-sheets/', import.meta.url);
  const file = new URL('manado-rekap-kehadiran.json', folder);
  const present = existsSync(folder);
  if (!present && process.env.CI) throw new Error(`real sheets missing under CI: ${folder.pathname}`);
  it.skipIf(!present)(
    present
      ? 'finds JHK, 19 code columns, % H and the name'
      : `SKIPPED: ${folder.pathname} is absent (the real workbooks are not in this checkout)`,
    () => {
      const workbook = JSON.parse(readFileSync(file, 'utf8')) as {
        sheets: { rows: (string | { v: unknown; d: string })[][] }[];
      };
      const header = (workbook.sheets[0]?.rows ?? [])
        .slice(0, 2)
        .map((row) => row.map((c) => (typeof c === 'string' ? c : c.d)));
      const r = recognizeColumns(header);
      const labelOf = (i: number | undefined) => (i === undefined ? undefined : header[0]?.[i]);
      expect(labelOf(r.mapping.hari_kerja)).toBe('JHK');
      expect(labelOf(r.mapping.persen_hadir)).toBe('% H');
      expect(labelOf(r.mapping.nama)).toBe('Nama Pegawai');
      expect(r.codeColumns).toHaveLength(19);
      expect(r.codeColumns.map((c) => c.code)).toContain('TMK1');
      expect(r.codeColumns.map((c) => c.code)).toContain('TLS');
      expect(r.tableKind).toBe('attendance');
    },
  );
});
