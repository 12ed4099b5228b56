import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { t } from '../../shared/messages/format';
import type { RawNumber, RawRow, RawTable, RawValue } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { type ActivityTotals, readActivities } from '../../shared/pipeline/attendance';
import { readEmployees } from '../../shared/pipeline/people';
import { defaultPolicy } from '../../shared/policy/schema';
import { MAX_DAY_MINUTES } from '../../shared/score';
import { readAttendanceRecords } from './attendance-records';

/*
 * What activity rows may not do silently (shared/pipeline/attendance.ts readActivities), since kesibukan
 * semu and its Pembinaan rest on the minutes: rows dated outside the period scored are left out with one
 * note; an unreadable or impossible date is an error at its cell; a row pasted twice counts once; a day
 * over 24 hours counts not at all. A date the sheet holds as a number (its serial) is its day, in the
 * activity and the attendance reader alike. All data invented.
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
const MARCH_2025: Period = { kind: 'month', year: 2025, index: 3 };
/** Sheets' serial of 6 March 2025 (days from 1899-12-30). */
const SERIAL_6_MARCH_2025 = 45722;

type Cells = [nip: string, tanggal: RawValue, aktivitas: string, menit: RawValue, output?: string];
const log = (rows: Cells[], sheet = 'Aktivitas'): RawTable => ({
  sheet,
  columns: { nip: 'A', tanggal: 'B', aktivitas: 'C', menit: 'D', output: 'E' },
  rows: rows.map(
    ([nip, tanggal, aktivitas, menit, output = 'Berkas'], i): RawRow => ({
      row: i + 4,
      values: { nip, tanggal, aktivitas, menit, output },
    }),
  ),
});

function read(table: RawTable, period: Period | null = MARCH_2025) {
  const issues: Issue[] = [];
  const columns = readActivities(table, roster, 'Pegawai', defaultPolicy(), issues, period);
  const minutes = (nip: string): number | undefined => {
    const into: ActivityTotals = { minutes: 0, withoutOutputMinutes: 0 };
    return columns.of(
      STAFF.findIndex((s) => s.nip === nip),
      into,
    )?.minutes;
  };
  const said = (code: string) =>
    issues
      .filter((i) => i.code === code)
      .map((i) => ({ at: `${i.at?.column}${i.at?.row}`, severity: i.severity, text: t(i.code, i.params) }));
  return { issues, minutes, said };
}

describe('activity rows and the period scored', () => {
  const quarter: Cells[] = [
    [ANI.nip, '2025-01-06', 'Rapat', num(300)],
    [ANI.nip, '03/02/2025', 'Rapat', num(300)],
    [ANI.nip, '2025-03-03', 'Rapat', num(300)],
    [ANI.nip, '4 Maret 2025', 'Rapat', num(240)],
    [BUDI.nip, '2025-03-03', 'Rapat', num(100)],
  ];

  it('leaves out rows dated outside the period, with one note per table naming them', () => {
    const { minutes, said, issues } = read(log(quarter));
    expect(minutes(ANI.nip)).toBe(540);
    expect(minutes(BUDI.nip)).toBe(100);
    expect(said('DISC_ACTIVITY_ROWS_OTHER_PERIOD')).toEqual([
      {
        at: 'B4',
        severity: 'warning',
        text: expect.stringContaining(
          '2 baris aktivitas di sheet "Aktivitas" bertanggal di luar periode yang dinilai (Maret 2025): baris 4, 5.',
        ),
      },
    ]);
    expect(issues).toHaveLength(1);
  });

  it('one note per sheet when the log continues over two sheets', () => {
    const table = log(quarter);
    const second = { sheet: 'Aktivitas 2', columns: table.columns };
    (table.rows[1] as RawRow).at = second;
    const { said } = read(table);
    expect(said('DISC_ACTIVITY_ROWS_OTHER_PERIOD').map((s) => s.text.slice(0, 40))).toEqual([
      '1 baris aktivitas di sheet "Aktivitas" b',
      '1 baris aktivitas di sheet "Aktivitas 2"',
    ]);
  });

  it('counts every dated row when no period is known (nothing to compare with)', () => {
    const { minutes, issues } = read(log(quarter), null);
    expect(minutes(ANI.nip)).toBe(1140);
    expect(issues).toEqual([]);
  });

  it('reads a quarter scored: the months inside it count', () => {
    const { minutes } = read(log(quarter), { kind: 'quarter', year: 2025, index: 1 });
    expect(minutes(ANI.nip)).toBe(1140);
  });

  it('a Tanggal naming a month counts in that month, a week of the log in the period, another month not', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, 'Maret 2025', 'Rekap bulanan', num(2000)],
        [ANI.nip, 'Februari 2025', 'Rekap bulanan', num(2000)],
        [BUDI.nip, 'Minggu 1', 'Rekap mingguan', '1.500 menit'],
        [BUDI.nip, 'Minggu ke-2', 'Rekap mingguan', '1.500 menit'],
      ]),
    );
    // A month's or a week's total is no day: 2000 and 1500 minutes are not "over 24 hours".
    expect(minutes(ANI.nip)).toBe(2000);
    expect(minutes(BUDI.nip)).toBe(3000);
    expect(said('DISC_ACTIVITY_ROWS_OTHER_PERIOD')[0]?.text).toContain('baris 5.');
    expect(said('DISC_ACTIVITY_DAY_TOO_LONG')).toEqual([]);
  });

  it('reports an unreadable or impossible date at its cell and does not count the row', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, 'kemarin', 'Rapat', num(300)],
        [ANI.nip, '31/02/2025', 'Rapat', num(300)],
        [ANI.nip, num(15), 'Rapat', num(300)],
        [ANI.nip, '2025-03-05', 'Rapat', num(120)],
        [BUDI.nip, 'besok', 'Rapat', 'lama'],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(120);
    expect(minutes(BUDI.nip)).toBeUndefined();
    expect(said('DISC_DATE_INVALID').map((s) => `${s.at} ${s.severity}`)).toEqual([
      'B4 error',
      'B5 error',
      'B6 error',
      'B8 error',
    ]);
    expect(said('DISC_DATE_INVALID')[1]?.text).toContain('Tanggal "31/02/2025" tidak terbaca');
  });

  it('reads a date the sheet holds as a number (its serial) as its day', () => {
    const { minutes, issues } = read(
      log([
        [ANI.nip, num(SERIAL_6_MARCH_2025), 'Rapat', num(300)],
        // A date-time serial: the day is its whole part.
        [ANI.nip, num(SERIAL_6_MARCH_2025 + 0.5), 'Rapat lain', num(60)],
        [BUDI.nip, num(SERIAL_6_MARCH_2025 - 30), 'Rapat', num(300)],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(360);
    expect(minutes(BUDI.nip)).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual(['DISC_ACTIVITY_ROWS_OTHER_PERIOD']);
  });
});

describe('a day of activity', () => {
  it('over 24 hours is an error at its largest cell, and none of its minutes count', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, '2025-03-03', 'Rapat', num(300)],
        [ANI.nip, '2025-03-04', 'Rapat', num(3000)],
        [ANI.nip, '2025-03-04', 'Menyusun laporan', num(120)],
        [ANI.nip, '2025-03-05', 'Rapat', num(300)],
        [BUDI.nip, '2025-03-04', 'Rapat', num(300)],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(600);
    expect(minutes(BUDI.nip)).toBe(300);
    expect(said('DISC_ACTIVITY_DAY_TOO_LONG')).toEqual([
      {
        at: 'D5',
        severity: 'error',
        text: `Aktivitas NIP ${ANI.nip} tanggal 2025-03-04 berjumlah 3.120 menit (52 jam), lebih dari 24 jam (1.440 menit) dalam sehari: baris 5, 6. Menit hari itu tidak dihitung sama sekali (tidak dipotong atau ditebak). Periksa menit di baris itu (mis. 3000 yang seharusnya 300), lalu hitung ulang.`,
      },
    ]);
  });

  it('of exactly 24 hours counts; one minute more does not', () => {
    const day = (extra: number) =>
      read(
        log([
          [ANI.nip, '2025-03-03', 'Piket', num(MAX_DAY_MINUTES - 60)],
          [ANI.nip, '2025-03-03', 'Rapat', num(60 + extra)],
        ]),
      );
    expect(day(0).minutes(ANI.nip)).toBe(MAX_DAY_MINUTES);
    expect(day(1).minutes(ANI.nip)).toBeUndefined();
    expect(day(1).said('DISC_ACTIVITY_DAY_TOO_LONG')).toHaveLength(1);
  });

  it('is summed over its rows wherever they stand in the sheet (not in day order)', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, '2025-03-04', 'Rapat', num(800)],
        [ANI.nip, '2025-03-05', 'Rapat', num(300)],
        [BUDI.nip, '2025-03-04', 'Rapat', num(800)],
        [ANI.nip, '2025-03-04', 'Menyusun laporan', '11 jam'],
        [ANI.nip, '2025-03-06', 'Rapat', num(300)],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(600);
    expect(minutes(BUDI.nip)).toBe(800);
    expect(said('DISC_ACTIVITY_DAY_TOO_LONG')[0]?.text).toContain('1.460 menit');
  });

  it('written as a date in two ways is one day', () => {
    const { minutes } = read(
      log([
        [ANI.nip, '04/03/2025', 'Rapat', num(800)],
        [ANI.nip, num(SERIAL_6_MARCH_2025 - 2), 'Menyusun laporan', num(800)],
      ]),
    );
    expect(minutes(ANI.nip)).toBeUndefined();
  });
});

describe('an activity row pasted twice', () => {
  it('is reported at its Tanggal naming the first row, and counted once', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, '2025-03-03', 'Rapat', num(300)],
        [ANI.nip, '2025-03-04', 'Memverifikasi berkas', num(300)],
        [ANI.nip, '2025-03-04', 'Memverifikasi berkas', num(300)],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(600);
    expect(said('DISC_ACTIVITY_DUPLICATE')).toEqual([
      {
        at: 'B6',
        severity: 'warning',
        text: `Aktivitas "Memverifikasi berkas" tanggal 2025-03-04 untuk NIP ${ANI.nip} (300 menit) sudah ada di baris 5 sheet "Aktivitas" dengan isi yang sama di setiap kolom (tanggal, uraian, menit, output, bukti dukung, status). Baris ini tidak dihitung dua kali: hapus baris gandanya (bila memang dua kegiatan, bedakan uraian atau jamnya).`,
      },
    ]);
  });

  it('is found as read: "5 jam" is 300 minutes, a date serial is its day, out of day order too', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, '06/03/2025', 'Rapat', num(300)],
        [ANI.nip, '2025-03-07', 'Rapat', num(300)],
        [ANI.nip, num(SERIAL_6_MARCH_2025), 'Rapat', '5 jam'],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(600);
    expect(said('DISC_ACTIVITY_DUPLICATE')[0]?.text).toContain('tanggal 06/03/2025');
  });

  it('is no repeat when the day, the uraian, the minutes or the employee differ, or without a date', () => {
    const { minutes, issues } = read(
      log([
        [ANI.nip, '2025-03-03', 'Rapat', num(60)],
        [ANI.nip, '2025-03-04', 'Rapat', num(60)],
        [ANI.nip, '2025-03-04', 'Rapat koordinasi', num(60)],
        [ANI.nip, '2025-03-04', 'Rapat', num(90)],
        [BUDI.nip, '2025-03-04', 'Rapat', num(60)],
        [BUDI.nip, '', 'Rapat', num(60)],
        [BUDI.nip, '', 'Rapat', num(60)],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(270);
    expect(minutes(BUDI.nip)).toBe(180);
    expect(issues).toEqual([]);
  });

  it('is no repeat when another cell tells the rows apart: two sessions of one picklist activity', () => {
    // A regression review found the sample's two "Kunjungan lapangan" rows of one day ("3 Laporan",
    // "3 Dokumen") taken for one, and a morning and an afternoon session dropping the one with the output.
    const { minutes, issues } = read(
      log([
        [ANI.nip, '2025-03-04', 'Melayani konsultasi perizinan', num(120), '-'],
        [ANI.nip, '2025-03-04', 'Melayani konsultasi perizinan', num(120), '2 Berita acara'],
        [BUDI.nip, '2025-03-05', 'Kunjungan lapangan', '145 menit', '3 Laporan'],
        [BUDI.nip, '2025-03-05', 'Kunjungan lapangan', '2j 25m', '3 Dokumen'],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(240);
    expect(minutes(BUDI.nip)).toBe(290);
    expect(issues).toEqual([]);
  });

  it('is no repeat when a start time (Waktu beside Menit) tells the sessions apart; the row number may differ', () => {
    const table: RawTable = {
      sheet: 'Aktivitas',
      columns: { nomor: 'A', nip: 'B', tanggal: 'C', waktu: 'D', aktivitas: 'E', menit: 'F' },
      rows: [
        [1, '08:00'],
        [2, '13:00'],
        [3, '13:00'],
      ].map(([no, jam], i) => ({
        row: i + 2,
        values: {
          nomor: String(no),
          nip: ANI.nip,
          tanggal: '2025-03-04',
          waktu: String(jam),
          aktivitas: 'Melayani konsultasi',
          menit: num(120),
        },
      })),
    };
    const { minutes, said } = read(table);
    // 08:00 and 13:00 are two sessions; the third row repeats the second (its number aside).
    expect(minutes(ANI.nip)).toBe(240);
    expect(said('DISC_ACTIVITY_DUPLICATE').map((s) => s.at)).toEqual(['C4']);
  });

  it('a week of the log repeated with the same uraian and minutes counts once', () => {
    const { minutes, said } = read(
      log([
        [ANI.nip, 'Minggu 1', 'Rekap mingguan', '1.500 menit'],
        [ANI.nip, 'Minggu 2', 'Rekap mingguan', '1.500 menit'],
        [ANI.nip, 'Minggu 1', 'Rekap mingguan', num(1500)],
      ]),
    );
    expect(minutes(ANI.nip)).toBe(3000);
    expect(said('DISC_ACTIVITY_DUPLICATE')).toHaveLength(1);
  });
});

describe('attendance event rows with a date the sheet holds as a number', () => {
  it('read the serial as its day, for the period and the TK dates', () => {
    const issues: Issue[] = [];
    const records = readAttendanceRecords(
      {
        sheet: 'Absensi',
        columns: { nip: 'A', tanggal: 'B', kode_absen: 'C', jumlah: 'D' },
        rows: [
          {
            row: 4,
            values: { nip: ANI.nip, tanggal: num(SERIAL_6_MARCH_2025), kode_absen: 'TK', jumlah: num(1) },
          },
          { row: 5, values: { nip: ANI.nip, tanggal: '06/03/2025', kode_absen: 'TK', jumlah: num(1) } },
          { row: 6, values: { nip: BUDI.nip, tanggal: num(SERIAL_6_MARCH_2025 - 30), kode_absen: 'TK' } },
        ],
      },
      roster,
      'Pegawai',
      defaultPolicy(),
      issues,
      MARCH_2025,
    );
    expect(records[0]?.events.map((e) => e.date)).toEqual(['2025-03-06']);
    expect(records[1]?.events ?? []).toEqual([]);
    // The text row repeats the serial's day: counted once; Budi's February row is left out.
    expect(issues.map((i) => i.code)).toEqual(['DISC_EVENT_DUPLICATE', 'DISC_ROWS_OTHER_PERIOD']);
  });
});
