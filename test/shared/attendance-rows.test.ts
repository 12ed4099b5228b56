import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { t } from '../../shared/messages/format';
import type { RawNumber, RawRow, RawTable, RawValue } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { readEmployees } from '../../shared/pipeline/people';
import { defaultPolicy } from '../../shared/policy/schema';
import { readAttendanceRecords } from './attendance-records';

/*
 * What attendance rows may not do silently (shared/pipeline/attendance.ts): a second recap or matrix row
 * for an employee is reported and not added; an event pasted twice is counted once; an unreadable count
 * says the employee's deduction is incomplete; event dates are read, wrong ones reported, other months
 * left out with one note. All data invented.
 */

const ANI = { nip: '198411142005121355', nama: 'Ani Lestari' };
const BUDI = { nip: '199504022020061612', nama: 'Budi Santoso' };
const STAFF = [ANI, BUDI];
const roster = readEmployees(
  {
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C' },
    rows: STAFF.map((s, i) => ({ row: i + 2, values: { nip: s.nip, nama: s.nama, unit: 'Bidang A' } })),
  },
  [],
);
const num = (n: number): RawNumber => ({ number: n, percent: false, text: String(n) });
const MAY_2024: Period = { kind: 'month', year: 2024, index: 5 };

function read(table: RawTable, period: Period | null = null) {
  const issues: Issue[] = [];
  const records = readAttendanceRecords(table, roster, 'Pegawai', defaultPolicy(), issues, period);
  const of = (nip: string) => records[STAFF.findIndex((s) => s.nip === nip)];
  const codes = (nip: string) => (of(nip)?.events ?? []).map((e) => `${e.count ?? 1}x${e.code}`);
  const said = (code: string) =>
    issues
      .filter((i) => i.code === code)
      .map((i) => ({ at: `${i.at?.column}${i.at?.row}`, severity: i.severity, text: t(i.code, i.params) }));
  return { records, issues, of, codes, said };
}

describe('a monthly recap of code counts: one row per employee', () => {
  const recapRow = (row: number, nip: string, counts: Record<string, RawValue>, jhk = 21): RawRow => ({
    row,
    values: { nip, hari_kerja: num(jhk) },
    codes: counts,
  });
  const recap = (rows: RawRow[]): RawTable => ({
    sheet: 'Rekap Absensi',
    columns: { nip: 'A', hari_kerja: 'C' },
    codeColumns: { TMK1: 'D', TMK3: 'E', TK: 'F' },
    rows,
  });

  it('a revision pasted under the first: reported naming the first row, never added to it', () => {
    const { codes, of, said } = read(
      recap([
        recapRow(4, ANI.nip, { TMK3: num(6) }),
        recapRow(5, BUDI.nip, { TMK1: num(1), TK: num(1) }),
        recapRow(10, ANI.nip, { TMK3: num(6) }),
        recapRow(11, BUDI.nip, { TMK1: num(1), TK: num(2) }),
      ]),
    );
    // Counts and JHK as the first row says them, not doubled (TMK3 x6 stays 6, JHK 21 stays 21).
    expect(codes(ANI.nip)).toEqual(['6xTL3']);
    expect(of(ANI.nip)?.workingDays).toBe(21);
    expect(codes(BUDI.nip)).toEqual(['1xTL1', '1xTK']);
    expect(of(BUDI.nip)).toMatchObject({ workingDays: 21, tkDays: 1 });
    expect(said('PIPE_DUPLICATE_ROW')).toEqual([
      {
        at: 'A10',
        severity: 'warning',
        text: `NIP ${ANI.nip} sudah ada di baris 4 sheet ini dengan isi yang sama. Baris ini diabaikan: hapus baris gandanya.`,
      },
    ]);
    // The code column that differs is named: a revision that changes a count is an error to settle.
    expect(said('PIPE_DUPLICATE_ROW_CONFLICT')).toEqual([
      {
        at: 'A11',
        severity: 'error',
        text: expect.stringContaining('dengan isi berbeda: F: "1" / "2" (baris 5 / baris ini)'),
      },
    ]);
  });

  it('an unreadable count: the employee’s deduction is said to be incomplete, naming the cell', () => {
    const { codes, said } = read(recap([recapRow(4, ANI.nip, { TMK1: num(2), TMK3: 'enam', TK: '-3' })]));
    expect(codes(ANI.nip)).toEqual(['2xTL1']);
    expect(said('DISC_DEDUCTION_INCOMPLETE')).toEqual([
      {
        at: 'E4',
        severity: 'error',
        text: `Potongan disiplin ${ANI.nama} (NIP ${ANI.nip}) tidak lengkap: kolom E, F pada baris ini tidak terbaca, jadi isinya tidak ikut dihitung dan potongan yang tampil bisa lebih kecil dari seharusnya. Jangan pakai potongan pegawai ini untuk pembayaran sebelum sel itu diperbaiki dan nilai dihitung ulang.`,
      },
    ]);
  });
});

describe('a daily matrix: one row per employee', () => {
  it('a second row for the same NIP is reported naming the day column that differs, and not added', () => {
    const { codes, of, said } = read({
      sheet: 'Absensi Mei',
      columns: { nip: 'B' },
      dayColumns: { 1: 'C', 2: 'D', 3: 'E' },
      rows: [
        { row: 6, values: { nip: ANI.nip }, days: ['H', 'TK', 'H'] },
        { row: 7, values: { nip: ANI.nip }, days: ['H', 'TK', 'S'] },
      ],
    });
    expect(codes(ANI.nip)).toEqual(['1xTK']);
    expect(of(ANI.nip)).toMatchObject({ tkDays: 1, markedDays: 3, awayDays: 1 });
    expect(said('PIPE_DUPLICATE_ROW_CONFLICT').map((i) => [i.at, i.severity])).toEqual([['B7', 'error']]);
    expect(said('PIPE_DUPLICATE_ROW_CONFLICT')[0]?.text).toContain('E: "H" / "S"');
  });
});

describe('one row per event', () => {
  const event = (row: number, nip: string, tanggal: string, kode: string, jumlah?: RawValue): RawRow => ({
    row,
    values: { nip, tanggal, kode_absen: kode, ...(jumlah === undefined ? {} : { jumlah }) },
  });
  const events = (rows: RawRow[]): RawTable => ({
    sheet: 'Absensi',
    columns: { nip: 'A', tanggal: 'B', kode_absen: 'C', jumlah: 'D' },
    rows,
  });

  it('many rows per employee are read; a row repeating an earlier one (NIP, date, code) is counted once', () => {
    const { codes, of, said } = read(
      events([
        event(2, ANI.nip, '2024-05-02', 'TK', num(1)),
        event(3, ANI.nip, '2024-05-03', 'TL1', num(1)),
        event(4, ANI.nip, '2024-05-10', 'TK', num(1)),
        event(5, ANI.nip, '2024-05-10', 'TK', num(1)),
        event(6, BUDI.nip, '2024-05-13', 'TL2', num(1)),
        event(7, BUDI.nip, '2024-05-13', 'TL2', num(2)),
      ]),
    );
    expect(codes(ANI.nip)).toEqual(['1xTK', '1xTL1', '1xTK']);
    expect(of(ANI.nip)?.tkDays).toBe(2);
    expect(codes(BUDI.nip)).toEqual(['1xTL2']);
    expect(said('DISC_EVENT_DUPLICATE')).toEqual([
      {
        at: 'B5',
        severity: 'warning',
        text: `Kejadian TK tanggal 2024-05-10 untuk NIP ${ANI.nip} sudah ada di baris 4 sheet ini dengan isi yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.`,
      },
    ]);
    expect(said('DISC_EVENT_DUPLICATE_CONFLICT')).toEqual([
      {
        at: 'B7',
        severity: 'error',
        text: expect.stringContaining('dengan isi berbeda: D: "1" / "2" (baris 6 / baris ini)'),
      },
    ]);
  });

  it('events without a date are not taken for repeats (two lateness rows of a month recap)', () => {
    const { codes, issues } = read(events([event(2, ANI.nip, '', 'TL1'), event(3, ANI.nip, '', 'TL1')]));
    expect(codes(ANI.nip)).toEqual(['1xTL1', '1xTL1']);
    expect(issues).toEqual([]);
  });

  it('a date that cannot be read or does not exist is reported at its cell and the row not counted', () => {
    const { codes, said } = read(
      events([
        event(2, ANI.nip, '2024-05-02', 'TK', num(1)),
        event(3, ANI.nip, '31/02/2024', 'TK', num(1)),
        event(4, ANI.nip, 'kemarin', 'TL1', num(1)),
      ]),
    );
    expect(codes(ANI.nip)).toEqual(['1xTK']);
    expect(said('DISC_DATE_INVALID').map((i) => [i.at, i.severity])).toEqual([
      ['B3', 'error'],
      ['B4', 'error'],
    ]);
    expect(said('DISC_DATE_INVALID')[0]?.text).toBe(
      'Tanggal "31/02/2024" tidak terbaca atau tidak ada di kalender, jadi baris ini tidak dihitung. Tulis tanggal seperti 15/05/2024 (hari dulu) atau 15 Mei 2024.',
    );
    expect(said('DISC_DEDUCTION_INCOMPLETE').map((i) => i.at)).toEqual(['B3', 'B4']);
  });

  it('with the period scored known, rows dated outside it are left out with one note per table', () => {
    const table = events([
      event(2, ANI.nip, '2024-05-02', 'TK', num(1)),
      event(3, BUDI.nip, '05/06/2024', 'TK', num(1)), // day first: 5 June
      event(4, BUDI.nip, '2024-04-30', 'TK', num(1)),
      event(5, BUDI.nip, '06/05/2024', 'TL1', num(1)), // day first: 6 May
      event(6, ANI.nip, 'Mei 2024', 'TL2', num(2)), // the month itself
    ]);
    const may = read(table, MAY_2024);
    expect(may.codes(ANI.nip)).toEqual(['1xTK', '2xTL2']);
    expect(may.codes(BUDI.nip)).toEqual(['1xTL1']);
    expect(may.of(ANI.nip)?.events[0]?.date).toBe('2024-05-02');
    expect(may.said('DISC_ROWS_OTHER_PERIOD')).toEqual([
      {
        at: 'B3',
        severity: 'warning',
        text: '2 baris absensi di sheet "Absensi" bertanggal di luar periode yang dinilai (Mei 2024): baris 3, 4. Periode tidak pernah digabung: baris itu tidak dihitung. Bila tanggalnya salah, perbaiki; bila periode lain yang ingin dinilai, pilih periodenya di Petakan kolom.',
      },
    ]);
    // Without a period every readable row counts, each TK keeping its day (read day first).
    const any = read(table);
    expect(any.codes(BUDI.nip)).toEqual(['1xTK', '1xTK', '1xTL1']);
    expect(any.of(BUDI.nip)?.events.map((e) => e.date)).toEqual(['2024-06-05', '2024-04-30', undefined]);
    expect(any.issues).toEqual([]);
  });
});

/*
 * What event and check-in/out rows repeat: the JHK written on every row of an employee is read once, never
 * summed, and rows that disagree on it are reported, never averaged or picked; an H row, or a check-in/out
 * row without a code, pasted twice is reported and its day counted once (as a repeated TK is).
 */
describe('JHK written on every event row of an employee', () => {
  const event = (row: number, nip: string, tanggal: string, kode: string, jhk: RawValue): RawRow => ({
    row,
    values: { nip, tanggal, kode_absen: kode, jumlah: num(1), hari_kerja: jhk },
  });
  const events = (rows: RawRow[]): RawTable => ({
    sheet: 'Absensi',
    columns: { nip: 'A', tanggal: 'B', kode_absen: 'C', jumlah: 'D', hari_kerja: 'E' },
    rows,
  });

  it('is read once per employee, not summed over the rows', () => {
    const { of, codes, issues } = read(
      events([
        event(2, ANI.nip, '2024-05-02', 'TK', num(21)),
        event(3, ANI.nip, '2024-05-03', 'TL1', num(21)),
        event(4, ANI.nip, '2024-05-06', 'S', '21'),
        event(5, BUDI.nip, '2024-05-02', 'TL2', num(20)),
      ]),
    );
    expect(codes(ANI.nip)).toEqual(['1xTK', '1xTL1', '1xS']);
    // 21, not 63: the presence is (21 - 2 away days) / 21.
    expect(of(ANI.nip)?.workingDays).toBe(21);
    expect(of(ANI.nip)?.presence).toBeCloseTo(19 / 21, 12);
    expect(of(BUDI.nip)?.workingDays).toBe(20);
    expect(issues).toEqual([]);
  });

  it('rows that disagree are reported once at the first differing cell, and no JHK is taken', () => {
    const { of, codes, said } = read(
      events([
        event(2, ANI.nip, '2024-05-02', 'TL1', num(20)),
        event(3, ANI.nip, '2024-05-03', 'TL1', num(21)),
        event(4, ANI.nip, '2024-05-06', 'TL1', num(20)),
        event(5, ANI.nip, '2024-05-07', 'TL1', num(22)),
        event(6, BUDI.nip, '2024-05-02', 'TK', num(21)),
        event(7, BUDI.nip, '2024-05-03', 'TK', num(21)),
      ]),
    );
    // Never averaged (20,75), summed (83) nor one of them picked: the period's working days apply.
    expect(of(ANI.nip)?.workingDays).toBeUndefined();
    expect(of(ANI.nip)?.presence).toBeUndefined();
    // The events themselves are all counted.
    expect(codes(ANI.nip)).toEqual(['1xTL1', '1xTL1', '1xTL1', '1xTL1']);
    expect(of(BUDI.nip)?.workingDays).toBe(21);
    expect(said('DISC_HARI_KERJA_CONFLICT')).toEqual([
      {
        at: 'E3',
        severity: 'error',
        text: `JHK NIP ${ANI.nip} berbeda antarbaris: 20 di baris 2 sheet "Absensi", 21 di baris ini (2 baris pegawai ini menulis JHK selain 20). JHK dibaca sekali per pegawai, tidak dijumlahkan, dirata-rata atau dipilih salah satu: hari kerja pegawai ini diambil dari periode, bukan dari sheet. Tulis JHK yang sama di semua baris pegawai ini, lalu hitung ulang.`,
      },
    ]);
  });

  it('a JHK that cannot be read is reported at its cell; the rows that can be read still give it once', () => {
    const { of, said } = read(
      events([
        event(2, ANI.nip, '2024-05-02', 'TL1', 'dua puluh'),
        event(3, ANI.nip, '2024-05-03', 'TL1', num(20)),
        event(4, ANI.nip, '2024-05-06', 'TL1', num(20)),
      ]),
    );
    expect(of(ANI.nip)?.workingDays).toBe(20);
    expect(said('DISC_HARI_KERJA_INVALID').map((i) => i.at)).toEqual(['E2']);
    expect(said('DISC_HARI_KERJA_CONFLICT')).toEqual([]);
  });
});

describe('check-in/out rows repeated on a day', () => {
  const COLUMNS = {
    nip: 'A',
    tanggal: 'B',
    kode_absen: 'C',
    jam_masuk: 'D',
    jam_pulang: 'E',
    pola_kerja: 'F',
    hari_kerja: 'G',
  };
  const scan = (
    row: number,
    nip: string,
    tanggal: string,
    kode: string,
    masuk: string,
    pulang: string,
    jhk?: number,
  ): RawRow => ({
    row,
    values: {
      nip,
      tanggal,
      kode_absen: kode,
      jam_masuk: masuk,
      jam_pulang: pulang,
      pola_kerja: '07.30-16.00',
      ...(jhk === undefined ? {} : { hari_kerja: num(jhk) }),
    },
  });
  const scans = (rows: RawRow[]): RawTable => ({ sheet: 'Absen Harian', columns: COLUMNS, rows });

  it('an H row pasted twice: its day counts once toward the days present, with a warning', () => {
    const { of, said, issues } = read(
      scans([
        scan(2, ANI.nip, '2024-05-02', 'H', '07.20', '16.05'),
        scan(3, ANI.nip, '2024-05-02', 'H', '07.20', '16.05'),
        scan(4, ANI.nip, '2024-05-03', 'TK', '', ''),
        scan(5, ANI.nip, '2024-05-06', 'H', '07.25', '16.10'),
      ]),
    );
    // 3 days marked (2 present, 1 TK), not 4: presence 2/3, not 3/4.
    expect(of(ANI.nip)).toMatchObject({ markedDays: 3, awayDays: 1, tkDays: 1 });
    expect(of(ANI.nip)?.presence).toBeCloseTo(2 / 3, 12);
    expect(said('DISC_EVENT_DUPLICATE')).toEqual([
      {
        at: 'B3',
        severity: 'warning',
        text: `Kejadian H tanggal 2024-05-02 untuk NIP ${ANI.nip} sudah ada di baris 2 sheet ini dengan isi yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.`,
      },
    ]);
    expect(issues).toHaveLength(1);
  });

  it('an H row repeated out of day order is found; H on different days is no repeat', () => {
    const { of, said } = read(
      scans([
        scan(2, ANI.nip, '2024-05-02', 'H', '07.20', '16.05'),
        scan(3, ANI.nip, '2024-05-06', 'H', '07.20', '16.05'),
        scan(4, ANI.nip, '2024-05-03', 'H', '07.20', '16.05'),
        scan(5, ANI.nip, '2024-05-02', 'H', '07.20', '16.05'),
        scan(6, BUDI.nip, '2024-05-02', 'H', '07.20', '16.05'),
      ]),
    );
    expect(of(ANI.nip)?.markedDays).toBe(3);
    expect(of(BUDI.nip)?.markedDays).toBe(1);
    expect(said('DISC_EVENT_DUPLICATE').map((i) => i.at)).toEqual(['B5']);
    expect(said('DISC_EVENT_DUPLICATE')[0]?.text).toContain('sudah ada di baris 2 sheet ini');
  });

  it('a scan row without a code pasted twice: the lateness counts once, with a warning', () => {
    const { of, codes, said } = read(
      scans([
        scan(2, BUDI.nip, '2024-05-02', '', '08.20', '16.05'),
        scan(3, BUDI.nip, '2024-05-02', '', '08:20', '16.05'),
      ]),
    );
    expect(codes(BUDI.nip)).toEqual(['1xTL2']);
    expect(of(BUDI.nip)?.markedDays).toBe(1);
    expect(said('DISC_SCAN_DUPLICATE')).toEqual([
      {
        at: 'B3',
        severity: 'warning',
        text: `Absen tanggal 2024-05-02 untuk NIP ${BUDI.nip} sudah ada di baris 2 sheet "Absen Harian" dengan jam masuk, jam pulang dan pola kerja yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.`,
      },
    ]);
  });

  it('two scan rows of one day with different times: an error naming the cells, the first counted', () => {
    const { codes, said } = read(
      scans([
        scan(2, BUDI.nip, '2024-05-02', '', '08.20', '16.05'),
        scan(3, BUDI.nip, '2024-05-02', '', '09.10', '16.05'),
      ]),
    );
    expect(codes(BUDI.nip)).toEqual(['1xTL2']);
    expect(said('DISC_SCAN_DUPLICATE_CONFLICT')).toEqual([
      {
        at: 'B3',
        severity: 'error',
        text: `Absen tanggal 2024-05-02 untuk NIP ${BUDI.nip} sudah ada di baris 2 sheet "Absen Harian" dengan isi berbeda: D: "08.20" / "09.10" (baris 2 / baris ini). Yang dihitung baris 2; baris ini tidak dihitung. Hapus baris yang tidak berlaku atau samakan isinya.`,
      },
    ]);
  });

  it('a check-in export with JHK on every row reads it once', () => {
    const { of, issues } = read(
      scans([
        scan(2, ANI.nip, '2024-05-02', 'H', '07.20', '16.05', 21),
        scan(3, ANI.nip, '2024-05-03', '', '07.25', '16.05', 21),
        scan(4, ANI.nip, '2024-05-06', 'S', '', '', 21),
      ]),
    );
    expect(of(ANI.nip)?.workingDays).toBe(21);
    expect(of(ANI.nip)?.presence).toBeCloseTo(20 / 21, 12);
    expect(issues).toEqual([]);
  });
});
