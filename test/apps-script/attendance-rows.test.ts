import { describe, expect, it } from 'vitest';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';

/*
 * Attendance rows through the BUILT Code.js, where pay rests on them: a revised recap pasted under the
 * first is reported and not added (deductions never double); an unreadable count says the employee's
 * deduction is incomplete; event rows of another month, unreadable dates and rows pasted twice are
 * reported, never counted silently. All data invented.
 */

await ensureBuilt();

const ANI = '198411142005121355';
const BUDI = '199504022020061612';
const roster: SheetSeed = {
  name: 'Pegawai',
  rows: [
    ['NIP', 'Nama', 'Unit Kerja'],
    [ANI, 'Ani Lestari', 'Bidang A'],
    [BUDI, 'Budi Santoso', 'Bidang A'],
  ],
};
const blank = (): SeedCell[] => ['', '', '', '', '', '', ''];
const pct = (fraction: number): SeedCell => ({ v: fraction, d: `${(fraction * 100).toFixed(2)}%` });
const HEADER: SeedCell[] = ['NIP', 'Nama', 'JHK', 'TMK1', 'TMK3', 'TK', '% H'];

const values = (box: Sandbox, name: string): string[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return (plain(sheet.snapshot()) as unknown[][]).map((r) => r.map((c) => String(c ?? '')));
};
/** Masalah Data rows: sheet, row, column, message, kind. */
const problems = (box: Sandbox) => values(box, 'Masalah Data').map((r) => [r[0], r[1], r[2], r[4], r[5]]);
const deductionOf = (box: Sandbox, nip: string) => {
  const [header = [], ...rows] = values(box, 'Hasil Pegawai');
  const row = rows.find((r) => r[header.indexOf('NIP')] === nip);
  return Number(row?.[header.indexOf('Potongan Disiplin')]);
};
const run = (sheets: SheetSeed[]) => {
  const box = loadSandbox({ sheets, withUi: false });
  const checked = String(box.call('periksaData'));
  box.call('hitungNilai');
  return { box, checked };
};

describe('a monthly recap with its revision pasted under it', () => {
  const recap: SheetSeed = {
    name: 'Rekap Absensi',
    rows: [
      ['REKAPITULASI KEHADIRAN BULAN MEI 2024', '', '', '', '', '', ''],
      blank(),
      HEADER,
      [ANI, 'Ani Lestari', 21, 0, 6, 0, pct(1)],
      [BUDI, 'Budi Santoso', 21, 1, 0, 1, pct(20 / 21)],
      blank(),
      ['REKAPITULASI KEHADIRAN BULAN MEI 2024 (REVISI)', '', '', '', '', '', ''],
      blank(),
      HEADER,
      [ANI, 'Ani Lestari', 21, 0, 6, 0, pct(1)],
      [BUDI, 'Budi Santoso', 21, 1, 0, 2, pct(19 / 21)],
    ],
  };

  it('reads each employee once: deductions are not doubled, and Periksa data reports the repeat', () => {
    const { box, checked } = run([roster, recap]);
    // Ani: TMK3 x6 (1,5 % each) = 9 %, not 18 %. Budi: TMK1 (0,5 %) + TK (4 %) from the first row.
    expect(deductionOf(box, ANI)).toBeCloseTo(0.09, 10);
    expect(deductionOf(box, BUDI)).toBeCloseTo(0.045, 10);
    expect(checked).toContain('1 galat');
    expect(problems(box)).toContainEqual([
      'Rekap Absensi',
      '10',
      'A',
      `NIP ${ANI} sudah ada di baris 4 sheet ini dengan isi yang sama. Baris ini diabaikan: hapus baris gandanya.`,
      'Peringatan',
    ]);
    const budi = problems(box).find((p) => p[1] === '11');
    expect(budi?.[3]).toContain(`NIP ${BUDI} sudah ada di baris 5 sheet ini dengan isi berbeda:`);
    expect(budi?.[3]).toContain('F: "1" / "2"');
    expect(budi?.[4]).toBe('Galat');
  });

  it('an unreadable count: the cell is reported and the employee’s deduction said to be incomplete', () => {
    const rows = (recap.rows as SeedCell[][]).slice(0, 5).map((r) => [...r]);
    (rows[3] as SeedCell[])[4] = 'enam';
    const { box } = run([roster, { name: 'Rekap Absensi', rows }]);
    const atCell = problems(box).filter((p) => p[0] === 'Rekap Absensi' && p[1] === '4' && p[2] === 'E');
    expect(atCell.map((p) => p[4])).toEqual(['Galat', 'Galat']);
    expect(atCell[1]?.[3]).toBe(
      `Potongan disiplin Ani Lestari (NIP ${ANI}) tidak lengkap: kolom E pada baris ini tidak terbaca, jadi isinya tidak ikut dihitung dan potongan yang tampil bisa lebih kecil dari seharusnya. Jangan pakai potongan pegawai ini untuk pembayaran sebelum sel itu diperbaiki dan nilai dihitung ulang.`,
    );
  });
});

describe('one row per event, for a month', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const events: SheetSeed = {
    name: 'Absensi',
    rows: [
      ['Periode', ':', 'Mei 2024', ''],
      ['', '', '', ''],
      ['NIP', 'Tanggal', 'Kode Absen', 'Jumlah'],
      [ANI, day('2024-05-02'), 'TK', 1],
      [ANI, 'kemarin', 'TK', 1],
      [BUDI, '05/06/2024', 'TK', 1],
      [BUDI, day('2024-04-30'), 'TK', 1],
      [BUDI, day('2024-05-10'), 'TK', 3],
      [BUDI, day('2024-05-10'), 'TK', 3],
    ],
  };

  it('leaves out other months with one note, reports a wrong date and a row pasted twice', () => {
    const { box } = run([roster, events]);
    // Ani: one TK (4 %); Budi: the 10 May row once (3 x 4 % = 12 %), not June's, April's nor the copy.
    expect(deductionOf(box, ANI)).toBeCloseTo(0.04, 10);
    expect(deductionOf(box, BUDI)).toBeCloseTo(0.12, 10);
    const found = problems(box).filter((p) => p[0] === 'Absensi');
    expect(found).toContainEqual([
      'Absensi',
      '5',
      'B',
      'Tanggal "kemarin" tidak terbaca atau tidak ada di kalender, jadi baris ini tidak dihitung. Tulis tanggal seperti 15/05/2024 (hari dulu) atau 15 Mei 2024.',
      'Galat',
    ]);
    expect(found).toContainEqual([
      'Absensi',
      '6',
      'B',
      '2 baris absensi di sheet "Absensi" bertanggal di luar periode yang dinilai (Mei 2024): baris 6, 7. Periode tidak pernah digabung: baris itu tidak dihitung. Bila tanggalnya salah, perbaiki; bila periode lain yang ingin dinilai, pilih periodenya di Petakan kolom.',
      'Peringatan',
    ]);
    expect(found).toContainEqual([
      'Absensi',
      '9',
      'B',
      `Kejadian TK tanggal 2024-05-10 untuk NIP ${BUDI} sudah ada di baris 8 sheet ini dengan isi yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.`,
      'Peringatan',
    ]);
  });
});

/*
 * What event and check-in/out rows repeat: a JHK written on every event row is read once (the working days
 * behind kesibukan semu are not multiplied), rows disagreeing on it are an error at the cell; an H row and
 * a scan row pasted twice are reported and their day counted once (a scan row's lateness never twice).
 */
const resultOf = (box: Sandbox, nip: string, column: string): string => {
  const [header = [], ...rows] = values(box, 'Hasil Pegawai');
  return rows.find((r) => r[header.indexOf('NIP')] === nip)?.[header.indexOf(column)] ?? '';
};

describe('event rows each carrying the employee’s JHK', () => {
  // Both reach half their target (below the 76 % kesibukan semu looks at) and log 20 days of 300 minutes.
  const indicators: SheetSeed = {
    name: 'Indikator',
    rows: [
      ['NIP', 'Indikator Kinerja Individu', 'Satuan', 'Target', 'Realisasi'],
      [ANI, 'Jumlah berkas yang diverifikasi', 'Dokumen', 100, 50],
      [BUDI, 'Jumlah berkas yang diverifikasi', 'Dokumen', 100, 50],
    ],
  };
  const activities: SheetSeed = {
    name: 'Aktivitas',
    rows: [
      ['NIP', 'Tanggal', 'Uraian Aktivitas', 'Menit', 'Output'],
      ...[ANI, BUDI].flatMap((nip) =>
        Array.from({ length: 20 }, (_, i): SeedCell[] => [
          nip,
          `2024-05-${String(i + 2).padStart(2, '0')}`,
          'Memverifikasi berkas permohonan',
          300,
          'Berkas terverifikasi',
        ]),
      ),
    ],
  };
  const absensi: SheetSeed = {
    name: 'Absensi',
    rows: [
      ['NIP', 'Tanggal', 'Kode Absen', 'Jumlah', 'JHK'],
      [ANI, '02/05/2024', 'TL1', 1, 20],
      [ANI, '03/05/2024', 'TL1', 1, 20],
      [ANI, '06/05/2024', 'S', 1, 20],
      [BUDI, '02/05/2024', 'TL1', 1, 20],
      [BUDI, '03/05/2024', 'TL1', 1, 21],
    ],
  };
  const { box } = run([roster, indicators, activities, absensi]);

  it('reads the JHK once: 20 days x 300 minutes expected, so 6.000 minutes is kesibukan semu', () => {
    // Summed over the three rows (60 days, 18.000 minutes) it would be 33 % and not flagged.
    expect(resultOf(box, ANI, 'Kesibukan Semu')).toBe('Ya');
    expect(resultOf(box, ANI, 'Alasan')).toContain(
      'Tercatat 6.000 menit (100% dari 6.000 menit yang diharapkan)',
    );
    expect(deductionOf(box, ANI)).toBeCloseTo(0.01, 10);
  });

  it('rows disagreeing on the JHK: an error at the cell, and the sheet’s JHK is not used for that employee', () => {
    expect(problems(box)).toContainEqual([
      'Absensi',
      '6',
      'E',
      `JHK NIP ${BUDI} berbeda antarbaris: 20 di baris 5 sheet "Absensi", 21 di baris ini (1 baris pegawai ini menulis JHK selain 20). JHK dibaca sekali per pegawai, tidak dijumlahkan, dirata-rata atau dipilih salah satu: hari kerja pegawai ini diambil dari periode, bukan dari sheet. Tulis JHK yang sama di semua baris pegawai ini, lalu hitung ulang.`,
      'Galat',
    ]);
    // Neither 20, 21, their mean nor their sum (41): the default 21 days the period falls back to.
    expect(resultOf(box, BUDI, 'Alasan')).toContain('(95% dari 6.300 menit yang diharapkan)');
  });
});

describe('a check-in/out export with rows pasted twice', () => {
  const absen: SheetSeed = {
    name: 'Absen Harian',
    rows: [
      ['NIP', 'Tanggal', 'Kode Absen', 'Jam Masuk', 'Jam Pulang', 'Pola Kerja'],
      [ANI, '02/05/2024', 'H', '07.20', '16.05', '07.30-16.00'],
      [ANI, '02/05/2024', 'H', '07.20', '16.05', '07.30-16.00'],
      [ANI, '03/05/2024', 'TK', '', '', '07.30-16.00'],
      [BUDI, '02/05/2024', '', '08.20', '16.05', '07.30-16.00'],
      [BUDI, '02/05/2024', '', '08.20', '16.05', '07.30-16.00'],
    ],
  };

  it('reports the repeated H row and the repeated scan row; the lateness is deducted once', () => {
    const { box } = run([roster, absen]);
    const found = problems(box).filter((p) => p[0] === 'Absen Harian');
    expect(found).toContainEqual([
      'Absen Harian',
      '3',
      'B',
      `Kejadian H tanggal 02/05/2024 untuk NIP ${ANI} sudah ada di baris 2 sheet ini dengan isi yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.`,
      'Peringatan',
    ]);
    expect(found).toContainEqual([
      'Absen Harian',
      '6',
      'B',
      `Absen tanggal 02/05/2024 untuk NIP ${BUDI} sudah ada di baris 5 sheet "Absen Harian" dengan jam masuk, jam pulang dan pola kerja yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.`,
      'Peringatan',
    ]);
    // Ani: one TK (4 %). Budi: 50 minutes late once (TL2, 1 %), not twice.
    expect(deductionOf(box, ANI)).toBeCloseTo(0.04, 10);
    expect(deductionOf(box, BUDI)).toBeCloseTo(0.01, 10);
  });
});
