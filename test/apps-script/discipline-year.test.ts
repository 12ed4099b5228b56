/**
 * Discipline by the calendar year (PP 94/2021) through the BUILT Code.js: daily attendance matrices for
 * January, February and March 2025 in one workbook; TK days are added up over the year, across the
 * months and across workbooks (the "Riwayat" sheet keeps each month's days and dates), and "Hasil
 * Pegawai" proposes the hukuman disiplin the year's days call for, with the dates. Input cells are only read.
 */
import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { dailyAttendance } from './fixtures/families';
import { compute, type Row, rowsOf } from './fixtures/sandbox-run';

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

const OPD = 'Badan Pendapatan Daerah Kabupaten Sukamaju';

/** Days of each month 2025 and its weekend (1 January is a Wednesday). */
const MONTHS = [
  { name: 'Januari', days: 31, weekend: [4, 5, 11, 12, 18, 19, 25, 26] },
  { name: 'Februari', days: 28, weekend: [1, 2, 8, 9, 15, 16, 22, 23] },
  { name: 'Maret', days: 31, weekend: [1, 2, 8, 9, 15, 16, 22, 23, 29, 30] },
] as const;

interface Person {
  nama: string;
  nip: string;
  /** Month index -> days marked TK (every other working day H, weekends L). */
  tk: Partial<Record<0 | 1 | 2, number[]>>;
}

const NUR: Person = {
  nama: 'Nur Aisyah Rahmawati, S.Sos.',
  nip: '198806142014032002',
  tk: { 0: [14, 15], 2: [11, 12] },
};
const BAYU: Person = { nama: 'Bayu Setiawan, A.Md.', nip: '199203082019031005', tk: { 0: [14], 2: [3, 4] } };
const HENDRA: Person = {
  nama: 'Hendra Gunawan Siregar',
  nip: '198511302010011007',
  // Thursday 20 February to Wednesday 5 March: 10 working days in a row over two weekends and two sheets
  // (no national holiday or cuti bersama falls between them in 2025: late January's three would not count
  // as working days in the run).
  tk: { 1: [20, 21, 24, 25, 26, 27, 28], 2: [3, 4, 5] },
};
const RINA: Person = { nama: 'Rina Marpaung, S.E.', nip: '199107252017082001', tk: {} };
const PEOPLE = [NUR, BAYU, HENDRA, RINA];

/** One month's daily matrix, as offices keep it: title rows with the OPD and month, a column per day. */
function matrix(month: 0 | 1 | 2): SheetSeed {
  const { name, days, weekend } = MONTHS[month];
  return dailyAttendance(`Absensi ${name}`, OPD, `${name} 2025`, days, new Set(weekend), PEOPLE, (p, d) =>
    p.tk[month]?.includes(d) ? 'TK' : undefined,
  );
}

const resultOf = (box: Sandbox, person: Person): Row => {
  const row = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === person.nip);
  if (!row) throw new Error(`${person.nama} not in Hasil Pegawai`);
  return row;
};

describe('TK days added up over the calendar year', () => {
  const sheets = [matrix(0), matrix(1), matrix(2)];
  const box = loadSandbox({ sheets });
  const text = compute(
    box,
    sheets.map((s) => s.name),
  );

  it('keeps each month`s TK days and dates in Riwayat', () => {
    expect(text).toContain('Riwayat diperbarui untuk Januari 2025, Februari 2025, Maret 2025');
    const nur = rowsOf(box, 'Riwayat').filter((r) => r.NIP === NUR.nip);
    expect(nur.map((r) => [r['Kode periode'], r['Hari tanpa keterangan (TK)'], r['Tanggal TK']])).toEqual([
      ['2025-01', 2, '2025-01-14, 2025-01-15'],
      ['2025-02', 0, ''],
      ['2025-03', 2, '2025-03-11, 2025-03-12'],
    ]);
  });

  it('adds 2 days in January and 2 in March up to 4 and proposes a teguran tertulis, listing the dates', () => {
    const nur = resultOf(box, NUR);
    expect(nur.Rekomendasi).toBe('Teguran');
    expect(String(nur.Alasan)).toContain(
      'Tidak masuk kerja tanpa keterangan (TK) 4 hari dalam tahun 2025: Januari 2025 2 hari (tanggal 14/01/2025, 15/01/2025); Maret 2025 2 hari (tanggal 11/03/2025, 12/03/2025). Untuk 4 hari TK setahun, PP 94/2021 Pasal 9-11; Perban BKN 6/2022 menetapkan hukuman disiplin ringan: teguran tertulis.',
    );
    expect(String(nur.Alasan)).toContain(
      'Ini usulan untuk pejabat yang berwenang menghukum, bukan keputusan',
    );
  });

  it('proposes a teguran lisan for 3 days in the year', () => {
    const bayu = resultOf(box, BAYU);
    expect(bayu.Rekomendasi).toBe('Teguran');
    expect(String(bayu.Alasan)).toContain(
      '3 hari dalam tahun 2025: Januari 2025 1 hari (tanggal 14/01/2025); Maret 2025 2 hari (tanggal 03/03/2025, 04/03/2025)',
    );
    expect(String(bayu.Alasan)).toContain('hukuman disiplin ringan: teguran lisan.');
  });

  it('sees 10 working days in a row over a month boundary and proposes a pemberhentian', () => {
    const hendra = resultOf(box, HENDRA);
    expect(hendra.Rekomendasi).toBe('Usulan sanksi');
    expect(String(hendra.Alasan)).toMatch(
      /^Tidak masuk kerja tanpa keterangan 10 hari kerja berturut-turut \(20\/02\/2025 s\.d\. 05\/03\/2025; batas 10 hari kerja\).*pemberhentian dengan hormat tidak atas permintaan sendiri/,
    );
  });

  it('proposes nothing for an employee without TK', () => {
    expect(String(resultOf(box, RINA).Alasan)).not.toContain('tanpa keterangan');
  });

  it('counts a later workbook`s month with the months Riwayat keeps, each once', () => {
    // The office's next file holds March only (corrected: Nur's 12 March was TK, the 11th not).
    for (const name of ['Absensi Januari', 'Absensi Februari', 'Absensi Maret']) {
      const sheet = box.book.sheets.find((s) => s.name === name);
      if (sheet) box.book.deleteSheet(sheet);
    }
    const march = matrix(2);
    const nurRow = march.rows.find((r) => r[2] === NUR.nip)!;
    nurRow[3 + 10] = 'H';
    box.book.addSheet(march);
    const again = compute(box, [march.name]);
    expect(again).toContain('Riwayat diperbarui untuk Maret 2025');
    const nur = resultOf(box, NUR);
    expect(String(nur.Alasan)).toContain(
      '3 hari dalam tahun 2025: Januari 2025 2 hari (tanggal 14/01/2025, 15/01/2025); Maret 2025 1 hari (tanggal 12/03/2025)',
    );
    expect(String(nur.Alasan)).toContain('teguran lisan');
    expect(rowsOf(box, 'Riwayat').filter((r) => r.NIP === NUR.nip)).toHaveLength(3);
  });
});

describe("the year's TK hukuman in what leaves the OPD (policy reward.packageSanctionReasons off)", () => {
  // The months with a roster naming Rina as everyone's atasan: one supervisor package, one OPD package.
  const roster: SheetSeed = {
    name: 'Pegawai',
    rows: [
      ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'NIP Atasan'],
      [RINA.nip, RINA.nama, 'Kepala Bidang', 'Bidang Pendapatan', ''],
      ...[NUR, BAYU, HENDRA].map((p) => [p.nip, p.nama, 'Staf', 'Bidang Pendapatan', RINA.nip]),
    ],
  };
  const box = loadSandbox({ sheets: [roster, matrix(0), matrix(1), matrix(2)], withUi: false });
  /** Every text of a package that could carry the TK days, dates or the hukuman proposed. */
  const leaks =
    /tanpa keterangan|berturut-turut|\d{2}\/\d{2}\/2025|pemberhentian|teguran lisan|teguran tertulis/i;

  it('the supervisor package keeps the kind of recommendation and withholds its TK reasons', () => {
    const reply = plain(box.call('ambilPaketEkspor')) as { ok: boolean; packages: { json: string }[] };
    expect(reply.ok).toBe(true);
    const employees = reply.packages.flatMap(
      (p) =>
        (JSON.parse(p.json) as { employees: { nip: string; recommendation: string; reasons: string[] }[] })
          .employees,
    );
    const hendra = employees.find((e) => e.nip === HENDRA.nip);
    expect(hendra?.recommendation).toBe('sanksi');
    expect(hendra?.reasons[0]).toContain('tidak disertakan');
    for (const e of employees) for (const reason of e.reasons) expect(reason).not.toMatch(leaks);
  });

  it('the OPD package for the Sekda withholds them too', () => {
    const reply = plain(box.call('ambilPaketOpd', { opd: OPD, periode: 'Maret 2025' })) as {
      ok: boolean;
      files: { json: string }[];
    };
    expect(reply.ok).toBe(true);
    const pkg = JSON.parse(reply.files[0]?.json ?? '{}') as {
      employees: { nip: string; recommendation: string; reasons: string[] }[];
    };
    expect(pkg.employees.find((e) => e.nip === HENDRA.nip)?.recommendation).toBe('sanksi');
    for (const e of pkg.employees) for (const reason of e.reasons) expect(reason).not.toMatch(leaks);
  });
});
