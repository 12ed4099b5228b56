import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { confirmedSheets, proposalOf } from './confirm-proposal';
import {
  awkwardIdentity,
  BAPPEDA,
  checkInOut,
  clockPeople,
  DINKES,
  DISHUB,
  DPUPR,
  dailyMatrix,
  flatPeople,
  flatSheet,
  importTemplate,
  lkeWorkbook,
  matrixPeople,
  monthColumn,
  pct,
  periodPeople,
  pp46Npk,
  pp46People,
  pp46Recap,
  resultsRecap,
  siasnRoster,
  TPP_CODES,
  TPP_DEDUCTIONS,
  TPP_VERDICTS,
  tppPeople,
  tppWorkbook,
  twoMonths,
} from './fixtures/families';
import { type Row, rowsOf } from './fixtures/sandbox-run';

/*
 * The families of ../shared/SHEETS-IN-THE-WILD.md, each kept the way offices keep it (fixtures/families.ts),
 * run through the BUILT add-on: what "Periksa data" recognised ("Tabel Terbaca") and reported ("Masalah
 * Data"), what "Hitung nilai" decided ("Hasil Pegawai"), and that no input cell was touched.
 */

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

/** Every cell of the input sheets (raw value, display, format, note) and their merges. */
function inputState(box: Sandbox, names: readonly string[]): string {
  return JSON.stringify(
    names.map((name) => {
      const sheet = box.book.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return { name, cells: sheet.cells, merges: sheet.merges, hidden: [...sheet.hiddenRows] };
    }),
  );
}

interface Run {
  box: Sandbox;
  checkText: string;
  computeText: string;
  tables: Row[];
  /** "Masalah Data" as Periksa data wrote it, and as Hitung nilai rewrote it. */
  checked: Row[];
  computed: Row[];
  results: Row[];
}

/** Periksa data then Hitung nilai on a fresh workbook; the input sheets must come out identical. */
function run(sheets: SheetSeed[], prepare?: (box: Sandbox) => void): Run {
  const box = loadSandbox({ sheets });
  prepare?.(box);
  const names = sheets.map((s) => s.name);
  const before = inputState(box, names);
  const checkText = String(box.call('periksaData'));
  const tables = rowsOf(box, 'Tabel Terbaca');
  const checked = rowsOf(box, 'Masalah Data');
  expect(inputState(box, names), 'input cells after Periksa data').toBe(before);
  const computeText = String(box.call('hitungNilai'));
  expect(inputState(box, names), 'input cells after Hitung nilai').toBe(before);
  return {
    box,
    checkText,
    computeText,
    tables,
    checked,
    computed: rowsOf(box, 'Masalah Data'),
    results: rowsOf(box, 'Hasil Pegawai'),
  };
}

const COL = {
  sheet: 'Sheet',
  range: 'Rentang',
  kind: 'Jenis data',
  title: 'Judul tabel',
  period: 'Periode',
  opd: 'OPD',
  rows: 'Baris data',
  fields: 'Kolom dikenali (isian: kolom, keyakinan)',
  codes: 'Kolom kode absensi / tanggal',
  unused: 'Kolom tidak dipakai',
  read: 'Dibaca Hitung nilai',
  notes: 'Catatan',
} as const;

const KIND = {
  attendance: 'Absensi',
  results: 'Hasil kinerja per pegawai (capaian SKP, nilai, predikat)',
  employees: 'Data pegawai',
  indicators: 'Indikator SKP (target dan realisasi)',
  lke: 'Lembar kerja evaluasi SAKIP (LKE/KKE), dibaca Evaluasi SAKIP',
} as const;

/** The "Tabel Terbaca" row of the table at `range` of `sheet`. */
function tableAt(r: Run, sheet: string, range: string): Row {
  const row = r.tables.find((t) => t[COL.sheet] === sheet && t[COL.range] === range);
  expect(
    row,
    `table ${sheet}!${range} in ${JSON.stringify(r.tables.map((t) => [t.Sheet, t.Rentang]))}`,
  ).toBeDefined();
  return row as Row;
}

/** The fields of a table as "nip: C (100%)" entries. */
const fieldsOf = (table: Row): string[] =>
  String(table[COL.fields])
    .split('; ')
    .filter((f) => f !== '');

/** The "Hasil Pegawai" row of an employee. */
function resultOf(r: Run, nip: string): Row {
  const row = r.results.find((e) => e.NIP === nip);
  expect(row, `Hasil Pegawai row of ${nip}`).toBeDefined();
  return row as Row;
}

/** A problem at an exact place whose message holds `says`. */
function problemAt(rows: Row[], sheet: string, row: number | '', column: string, says: string): Row {
  const found = rows.find(
    (p) => p.Sheet === sheet && p.Baris === row && p.Kolom === column && String(p.Masalah).includes(says),
  );
  expect(
    found,
    `problem at ${sheet} ${column}${row} saying "${says}" in ${JSON.stringify(rows.map((p) => [p.Sheet, p.Baris, p.Kolom, String(p.Masalah).slice(0, 80)]))}`,
  ).toBeDefined();
  return found as Row;
}

const errorsOf = (rows: Row[]) => rows.filter((p) => p.Jenis === 'Galat');

/* ---------------------------------------------------------------------------------------------- */

describe('family 1: a TPP workbook with three tables stacked in one sheet', () => {
  const sheet = 'TPP Maret 2025';
  const r = run([tppWorkbook()]);

  it('finds the three tables under their titles, with SKPD and period, past the stray CSS in A1', () => {
    expect(r.tables.map((t) => t[COL.range])).toEqual(['A6:O12', 'A25:O31', 'A44:O50']);
    const attendance = tableAt(r, sheet, 'A6:O12');
    expect(attendance).toMatchObject({
      [COL.kind]: KIND.attendance,
      [COL.title]: 'REKAPITULASI KEHADIRAN PEGAWAI',
      [COL.period]: 'Maret 2025',
      [COL.opd]: DISHUB,
      [COL.rows]: 4,
      [COL.read]: 'Ya',
    });
    expect(fieldsOf(attendance)).toEqual(
      expect.arrayContaining(['nama: B (100%)', 'hari_kerja: C (100%)', 'persen_hadir: O (100%)']),
    );
    // The codes under the merged "Keterangan", one column each.
    expect(String(attendance[COL.codes]).split('; ')).toEqual(
      TPP_CODES.map((code, i) => `${String.fromCharCode(68 + i)}: ${code}`),
    );
    expect(attendance[COL.notes]).toContain('baris 12');

    const productivity = tableAt(r, sheet, 'A25:O31');
    expect(productivity).toMatchObject({
      [COL.kind]: KIND.results,
      [COL.title]: 'REKAPITULASI PRODUKTIVITAS KERJA',
      [COL.period]: 'Maret 2025',
      [COL.opd]: DISHUB,
      [COL.rows]: 4,
      [COL.read]: 'Ya',
    });
    expect(fieldsOf(productivity)).toEqual(
      expect.arrayContaining([
        'nip: C (100%)',
        'capaian: E (100%)',
        'berorientasi_pelayanan: G (100%)',
        'kolaboratif: M (100%)',
      ]),
    );
    expect(productivity[COL.notes]).toContain('baris 31');

    const payment = tableAt(r, sheet, 'A44:O50');
    expect(payment).toMatchObject({
      [COL.title]: 'DAFTAR PEMBAYARAN TPP',
      [COL.period]: 'Maret 2025',
      [COL.rows]: 4,
    });
  });

  it('never takes the signature block (Mengetahui, Kepala Dinas, NIP) for an employee', () => {
    expect(r.results.map((e) => e.NIP)).toEqual(tppPeople.map((p) => p.nip));
    for (const rows of [r.checked, r.computed])
      expect(rows.some((p) => JSON.stringify(p).includes('196809151994031007'))).toBe(false);
    // No data row inside the signature blocks was read: every table has exactly the 4 employees.
    expect(r.tables.map((t) => t[COL.rows])).toEqual([4, 4, 4]);
  });

  it('scores each employee at employee level from % capaian and the seven BerAKHLAK numbers', () => {
    tppPeople.forEach((p, i) => {
      const e = resultOf(r, p.nip);
      expect(e.Nama).toBe(p.nama);
      expect(e.Capaian).toBe(TPP_VERDICTS[i]!.capaian);
      expect(e['Predikat Kinerja']).toBe(TPP_VERDICTS[i]!.predikat);
      expect(e['Dinilai dari']).toBe(`Hasil per pegawai (baris ${27 + i} tabel hasil)`);
      expect(e['Unit Kerja']).toBe(DISHUB);
      expect(e['Nilai Prestasi Kerja (PP 46/2011)']).toBe('');
    });
  });

  it('deducts discipline from the code counts (TMK as TL, PKSW as PSW, TK per day)', () => {
    tppPeople.forEach((p, i) => {
      expect(resultOf(r, p.nip)['Potongan Disiplin']).toBeCloseTo(TPP_DEDUCTIONS[i]!, 6);
    });
    expect(String(resultOf(r, tppPeople[2].nip).Alasan)).toContain('3 hari');
  });

  it('reports no error, says the roster came from the tables and that the payment list was left out', () => {
    expect(errorsOf(r.checked)).toEqual([]);
    expect(errorsOf(r.computed)).toEqual([]);
    problemAt(r.checked, '', '', '', 'Tidak ada daftar pegawai');
    problemAt(r.checked, sheet, 44, '', 'Tabel A44:O50');
    expect(r.checkText).toContain('3 tabel ditemukan');
    expect(r.computeText).toContain('4 pegawai dinilai');
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 2: a SIASN roster and a results recap', () => {
  const r = run([siasnRoster(), resultsRecap()]);

  it('recognises the SIASN export as the employee list and the recap as results', () => {
    const roster = tableAt(r, 'Data ASN', 'A1:K5');
    expect(roster).toMatchObject({ [COL.kind]: KIND.employees, [COL.rows]: 4, [COL.read]: 'Ya' });
    expect(fieldsOf(roster)).toEqual([
      'nip: A (100%)',
      'nip_lama: B (100%)',
      'nama: C (100%)',
      'gelar_depan: D (100%)',
      'gelar_belakang: E (100%)',
      'status_asn: F (100%)',
      'pangkat: G (100%)',
      'jenis_jabatan: H (100%)',
      'jabatan: I (100%)',
      'unor_2: J (100%)',
      'unor_1: K (100%)',
    ]);
    const recap = tableAt(r, 'Rekap Capaian Maret', 'A3:F7');
    expect(recap).toMatchObject({
      [COL.kind]: KIND.results,
      [COL.period]: 'Maret 2025',
      [COL.rows]: 4,
      [COL.read]: 'Ya',
    });
    expect(fieldsOf(recap)).toEqual(
      expect.arrayContaining([
        'nip: B (100%)',
        'capaian: D (100%)',
        'rating_perilaku: E (100%)',
        'predikat: F (100%)',
      ]),
    );
  });

  it('takes names with their degrees, the jabatan, and the unit from UNOR 2', () => {
    expect(resultOf(r, '197702142003121002')).toMatchObject({
      Nama: 'dr. HENDRA WIJAYA, M.Kes',
      Jabatan: 'Kepala Bidang Pelayanan Kesehatan',
      'Unit Kerja': 'Bidang Pelayanan Kesehatan',
    });
    expect(resultOf(r, '199612302022032004')).toMatchObject({
      Nama: 'SITI NURHALIZA, A.Md.Keb.',
      'Unit Kerja': 'Sekretariat',
    });
    const units = rowsOf(r.box, 'Hasil Unit').map((u) => [u['Unit Kerja'], u['Jumlah Pegawai']]);
    expect(units).toEqual([
      ['Bidang Pelayanan Kesehatan', 2],
      ['Sekretariat', 2],
    ]);
  });

  it('scores from the recap and keeps the predikat the office wrote, naming the matrix one', () => {
    expect(resultOf(r, '197702142003121002')).toMatchObject({
      Capaian: 1.15,
      'Predikat Kinerja': 'Sangat Baik',
      'Dinilai dari': 'Hasil per pegawai (baris 4 tabel hasil)',
    });
    const fajar = resultOf(r, '199205102019031006');
    expect(fajar.Capaian).toBe(0.85);
    expect(fajar['Rating Hasil (akhir)']).toBe('Di Bawah Ekspektasi');
    expect(fajar['Predikat Kinerja']).toBe('Baik');
    expect(fajar['Dinilai dari']).toBe(
      'Hasil per pegawai (baris 6 tabel hasil); predikat tertulis di sheet; matriks: Butuh Perbaikan',
    );
    expect(errorsOf(r.computed)).toEqual([]);
    problemAt(r.checked, '', '', '', 'Tidak ada target dan realisasi per indikator');
  });

  // Two OPDs both have a "Sekretariat" (UNOR 2): each is its own unit of its OPD (UNOR 1).
  it('keeps two OPDs\u2019 units of the same name apart instead of calling them a duplicate', () => {
    const roster = siasnRoster();
    roster.rows.push([
      '198001012005011001',
      '',
      'BUDI HARTONO',
      '',
      'S.Sos.',
      'PNS',
      'III/d',
      'Jabatan Struktural',
      'Sekretaris Dinas',
      'Sekretariat',
      'Dinas Sosial Kota Lestari',
    ]);
    const recap = resultsRecap();
    recap.rows.push([
      5,
      '198001012005011001',
      'Budi Hartono, S.Sos.',
      pct(0.92),
      'Sesuai Ekspektasi',
      'Baik',
    ]);
    const two = run([roster, recap]);
    expect(two.computed.filter((p) => String(p.Masalah).includes('tercantum lebih dari sekali'))).toEqual([]);
    const names = rowsOf(two.box, 'Hasil Unit').map((u) => String(u['Unit Kerja']));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.includes('Sekretariat') && n.includes('Dinas Sosial'))).toHaveLength(1);
    expect(names.filter((n) => n.includes('Sekretariat') && n.includes(DINKES))).toHaveLength(1);
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 3: a daily attendance matrix continued over three sheets', () => {
  const r = run(dailyMatrix());
  const sheets = ['Sekretariat', 'Bina Marga', 'Cipta Karya'];

  it('reads the three tables together, every day column mapped', () => {
    expect(r.tables.map((t) => [t[COL.sheet], t[COL.range], t[COL.kind], t[COL.rows], t[COL.read]])).toEqual([
      ['Sekretariat', 'A5:AG7', KIND.attendance, 2, 'Ya'],
      ['Bina Marga', 'A5:AG7', KIND.attendance, 2, 'Ya'],
      ['Cipta Karya', 'A5:AG6', KIND.attendance, 1, 'Ya'],
    ]);
    for (const t of r.tables) {
      expect(fieldsOf(t)).toEqual(['nomor: A (100%)', 'nama: B (100%)', 'nip: C (100%)']);
      const days = String(t[COL.codes]).split('; ');
      expect(days).toHaveLength(30);
      expect(days[0]).toBe('D: 1');
      expect(days[29]).toBe('AG: 30');
    }
    expect(r.checked.some((p) => String(p.Masalah).includes('kolomnya berbeda'))).toBe(false);
  });

  it('sums TK days (TK and A alike) over the month and deducts 4 % each', () => {
    const [yulianti, bayu] = matrixPeople.sekretariat;
    const [dodi, lina] = matrixPeople.binaMarga;
    const [eko] = matrixPeople.ciptaKarya;
    expect(resultOf(r, yulianti!.nip)['Potongan Disiplin']).toBeCloseTo(0.12, 6);
    expect(String(resultOf(r, yulianti!.nip).Alasan)).toContain('3 hari');
    expect(resultOf(r, bayu!.nip)['Potongan Disiplin']).toBe(0);
    expect(resultOf(r, dodi!.nip)['Potongan Disiplin']).toBeCloseTo(0.04, 6);
    expect(resultOf(r, lina!.nip)['Potongan Disiplin']).toBe(0);
    expect(resultOf(r, eko!.nip)['Potongan Disiplin']).toBeCloseTo(0.04, 6);
    for (const e of r.results) expect(e['Dinilai dari']).toBe('Belum ada data hasil kerja');
  });

  it('reports the unknown code once, with its count and places over the sheets', () => {
    const unknown = r.checked.filter((p) => String(p.Masalah).includes('tidak dikenal'));
    expect(unknown).toHaveLength(1);
    const p = problemAt(r.checked, 'Sekretariat', 7, 'J', 'Kode absensi "X" tidak dikenal (3 sel');
    expect(p.Jenis).toBe('Galat');
    expect(p.Masalah).toContain("'Bina Marga'!L7");
    expect(r.computed.filter((q) => String(q.Masalah).includes('tidak dikenal'))).toHaveLength(1);
    expect(sheets.every((s) => r.tables.some((t) => t[COL.sheet] === s))).toBe(true);
  });

  // A month with varied codes on the first employee's row (H, TK, S, I, A, L) is still data under the
  // header of days, not a header itself.
  it('keeps the header of days when the first data row holds many different codes', () => {
    const matrix = dailyMatrix();
    const first = matrix[0]!.rows[5]!;
    first[3 + 8] = 'I'; // 9 April
    first[3 + 23] = 'A'; // 24 April
    const varied = run(matrix);
    expect(tableAt(varied, 'Sekretariat', 'A5:AG7')).toMatchObject({
      [COL.kind]: KIND.attendance,
      [COL.rows]: 2,
      [COL.read]: 'Ya',
    });
    expect(errorsOf(varied.checked).filter((p) => String(p.Masalah).includes('Judul kolom'))).toEqual([]);
    // TK on the 3rd, 22nd and 23rd and A on the 24th: four days without notice.
    expect(resultOf(varied, matrixPeople.sekretariat[0]!.nip)['Potongan Disiplin']).toBeCloseTo(0.16, 6);
  });

  // The title rows name the OPD and the month ("SKPD : ...", "Bulan : April 2025") above the header of days.
  it('takes each table\u2019s title, period and OPD from the rows above a header of days', () => {
    for (const t of r.tables)
      expect(t).toMatchObject({
        [COL.title]: 'REKAPITULASI ABSENSI HARIAN PEGAWAI',
        [COL.period]: 'April 2025',
        [COL.opd]: DPUPR,
      });
    expect(r.checked.some((p) => String(p.Masalah).includes('judulnya tidak menyebut OPD'))).toBe(false);
    for (const e of r.results) expect(e['Unit Kerja']).toBe(DPUPR);
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 4: check-in and check-out times with a work pattern', () => {
  const withDateTime = (): SheetSeed => {
    const sheet = checkInOut();
    const p = clockPeople[0]!;
    // An export with the date and time in one cell: 07:52 is 22 minutes late (TL1).
    sheet.rows.push([
      9,
      p.nip,
      p.nama,
      '08/04/2025',
      '07.30-16.00',
      '2025-04-08 07:52:10',
      '2025-04-08 16:01:00',
    ]);
    return sheet;
  };
  const r = run([withDateTime()]);

  it('recognises the clock columns and the work pattern', () => {
    const t = tableAt(r, 'Log Presensi', 'A1:G10');
    expect(t).toMatchObject({ [COL.kind]: KIND.attendance, [COL.rows]: 9, [COL.read]: 'Ya' });
    expect(fieldsOf(t)).toEqual(
      expect.arrayContaining(['pola_kerja: E (100%)', 'jam_masuk: F (100%)', 'jam_pulang: G (100%)']),
    );
  });

  it('applies the lateness and early-leave bands against 07.30-16.00', () => {
    const [andi, mega] = clockPeople;
    // Andi: TL1 (15 min) + TL2 (40 min) + PSW2 (40 min early) + TL1 (22 min) = 0,5 + 1 + 1 + 0,5 %.
    expect(resultOf(r, andi!.nip)['Potongan Disiplin']).toBeCloseTo(0.03, 6);
    // Mega: TL4 (105 min) + PSW3 (75 min early) + PSW4 (no check-out); the malformed day is not counted.
    expect(resultOf(r, mega!.nip)['Potongan Disiplin']).toBeCloseTo(0.055, 6);
  });

  it('reports the malformed time at its cell', () => {
    const p = problemAt(r.checked, 'Log Presensi', 8, 'F', 'Jam "7.3O" tidak terbaca');
    expect(p.Nilai).toBe('7.3O');
    expect(p.Jenis).toBe('Galat');
    expect(errorsOf(r.checked)).toHaveLength(1);
    problemAt(r.computed, 'Log Presensi', 8, 'F', 'Jam "7.3O" tidak terbaca');
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 5: a PP 46/2011 recap with a field-name row under the header', () => {
  const r = run([pp46Recap()]);

  it('finds the header in row 6, skips the field-name row and maps the recap\u2019s columns', () => {
    const t = tableAt(r, 'Rekap PK 2023', 'A6:O10');
    expect(t).toMatchObject({
      [COL.kind]: KIND.results,
      [COL.title]:
        'PEMERINTAH KABUPATEN SUKAMAJU / REKAPITULASI PENILAIAN PRESTASI KERJA PEGAWAI NEGERI SIPIL',
      [COL.opd]: BAPPEDA,
      [COL.rows]: 3,
      [COL.read]: 'Ya',
    });
    expect(fieldsOf(t)).toEqual([
      'nomor: A (100%)',
      'nama: B (100%)',
      'nip: C (100%)',
      'nilai_skp: D (100%)',
      'skp_tertimbang: E (100%)',
      'orientasi_pelayanan: F (100%)',
      'integritas: G (100%)',
      'komitmen: H (100%)',
      'disiplin: I (100%)',
      'kerjasama: J (100%)',
      'kepemimpinan: K (100%)',
      'jumlah: L (100%)',
      'rata_rata_perilaku: M (100%)',
      'perilaku_tertimbang: N (100%)',
      'nilai_prestasi_kerja: O (100%)',
    ]);
  });

  it('computes and shows the Nilai Prestasi Kerja (SKP x 60 % + perilaku x 40 %)', () => {
    expect(r.results.map((e) => e.NIP)).toEqual(pp46People.map((p) => p.nip));
    pp46People.forEach((p, i) => {
      const e = resultOf(r, p.nip);
      expect(e['Nilai Prestasi Kerja (PP 46/2011)']).toBeCloseTo(pp46Npk[i]!, 4);
      // A PP 46/2011 recap is not a PermenPANRB 6/2022 capaian: no capaian, no predikat guessed.
      expect(e.Capaian).toBe('');
      expect(e['Predikat Kinerja']).toBe('');
    });
    expect(pp46Npk.map((n) => Math.round(n * 100) / 100)).toEqual([87.47, 81.66, 76]);
  });

  it('reports the wrong Jumlah at its cell and nothing else of the recap\u2019s own figures', () => {
    const p = problemAt(
      r.checked,
      'Rekap PK 2023',
      10,
      'L',
      'Jumlah di sheet tertulis 390, hasil hitung 380',
    );
    expect(p.Nilai).toBe('390');
    expect(r.checked.filter((q) => String(q.Masalah).includes('di sheet tertulis'))).toHaveLength(1);
    expect(errorsOf(r.checked)).toEqual([]);
  });

  // The verdict came from a PP 46/2011 recap: there is no capaian SKP on that row to point at.
  it('says the verdict came from the PP 46/2011 recap, not from a capaian SKP', () => {
    pp46People.forEach((p, i) => {
      const from = String(resultOf(r, p.nip)['Dinilai dari']);
      expect(from).not.toContain('capaian SKP');
      expect(from).toContain(`baris ${8 + i}`);
    });
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 6: identity in awkward places', () => {
  const r = run([awkwardIdentity()]);

  it('reads "Nama\\nNIP." cells and names glued to degrees and NIP', () => {
    const t = tableAt(r, 'Kinerja Pegawai', 'A4:F7');
    expect(t).toMatchObject({ [COL.opd]: 'Dinas Pendidikan Kota Lestari', [COL.rows]: 3 });
    expect(fieldsOf(t)).toEqual(expect.arrayContaining(['nama_nip: B (100%)', 'nip: C (100%)']));
    expect(resultOf(r, '197908232005011009')).toMatchObject({
      Nama: 'Bambang Hermawan, S.Pd.',
      'Unit Kerja': 'Bidang Pembinaan SD',
    });
    expect(resultOf(r, '198509172010012015')).toMatchObject({
      Nama: 'Sri Wahyuni, S.E., M.M.',
      'Unit Kerja': 'Sekretariat',
    });
  });

  it('reports the NIP stored as a number (rounded) at its cell and does not score a made-up NIP', () => {
    const p = problemAt(r.checked, 'Kinerja Pegawai', 7, 'C', 'tersimpan sebagai angka');
    expect(p.Nilai).toBe('1.98509E+17');
    expect(p.Jenis).toBe('Galat');
    expect(r.results.map((e) => e.NIP)).toEqual(['197908232005011009', '198509172010012015']);
  });

  // The table holds "% Capaian SKP" and "Predikat" (mapped: capaian E, predikat F): they must be scored.
  it('scores the % capaian and predikat the same table holds, at employee level', () => {
    expect(resultOf(r, '197908232005011009')).toMatchObject({ Capaian: 1.02, 'Predikat Kinerja': 'Baik' });
    expect(resultOf(r, '198509172010012015')).toMatchObject({ Capaian: 0.96, 'Predikat Kinerja': 'Baik' });
    expect(String(resultOf(r, '198509172010012015')['Dinilai dari'])).toContain('Hasil per pegawai');
    expect(r.checked.some((q) => String(q.Masalah).includes('Tidak ada data hasil kerja'))).toBe(false);
  });

  it('reports the import template\u2019s sample NIP "123" even when the workbook holds nothing else', () => {
    const t = run([importTemplate()]);
    expect(t.tables.map((x) => [x[COL.sheet], x[COL.range], x[COL.kind]])).toEqual([
      ['Template Import Pegawai', 'A1:D2', KIND.employees],
    ]);
    const p = problemAt(t.checked, 'Template Import Pegawai', 2, 'A', 'NIP "123" berisi 3 angka');
    expect(p.Jenis).toBe('Galat');
    problemAt(t.checked, 'Template Import Pegawai', '', '', 'tidak berisi pegawai dengan NIP yang sah');
    expect(t.computeText).toContain('Tidak ada pegawai yang dapat dinilai');
    expect(t.results).toEqual([]);
    problemAt(t.computed, 'Template Import Pegawai', 2, 'A', 'NIP "123"');
  });
});

/* ---------------------------------------------------------------------------------------------- */

/** Saves the proposed mapping with a chosen period, the way the mapping sidebar sends it. */
function choosePeriod(box: Sandbox, period: string): void {
  expect(proposalOf(box).periods.map((p) => p.key)).toContain(period);
  const sheets = confirmedSheets(box);
  const saved = plain(box.call('simpanPemetaan', JSON.stringify({ version: 1, sheets, period }))) as {
    ok: boolean;
  };
  expect(saved.ok).toBe(true);
}

describe('family 7: periods never combined', () => {
  const [ahmad, ratna] = periodPeople as [(typeof periodPeople)[0], (typeof periodPeople)[0]];

  it('scores the latest month and names the other month\u2019s table', () => {
    const r = run(twoMonths());
    expect(
      r.tables.map((t) => [t[COL.sheet], t[COL.range], t[COL.kind], t[COL.period], t[COL.read]]),
    ).toEqual([
      ['Rekap Jan', 'A5:E7', KIND.results, 'Januari 2025', 'Tidak'],
      ['Rekap Feb', 'A5:E7', KIND.results, 'Februari 2025', 'Ya'],
    ]);
    const p = problemAt(
      r.checked,
      'Rekap Jan',
      5,
      '',
      'periode Januari 2025, sedangkan yang dinilai Februari 2025',
    );
    expect(p.Jenis).toBe('Peringatan');
    expect(resultOf(r, ahmad.nip)).toMatchObject({ Capaian: 0.95, 'Predikat Kinerja': 'Baik' });
    expect(resultOf(r, ratna.nip)).toMatchObject({ Capaian: 0.97, 'Predikat Kinerja': 'Baik' });
  });

  it('scores January once the admin chooses 2025-01 in the mapping', () => {
    const r = run(twoMonths(), (box) => choosePeriod(box, '2025-01'));
    expect(r.tables.map((t) => [t[COL.sheet], t[COL.read]])).toEqual([
      ['Rekap Jan', 'Ya'],
      ['Rekap Feb', 'Tidak'],
    ]);
    problemAt(r.checked, 'Rekap Feb', 5, '', 'periode Februari 2025, sedangkan yang dinilai Januari 2025');
    expect(r.checkText).not.toContain('usulan otomatis');
    expect(resultOf(r, ahmad.nip)).toMatchObject({
      Capaian: 0.8,
      'Rating Hasil (akhir)': 'Di Bawah Ekspektasi',
      'Predikat Kinerja': 'Butuh Perbaikan',
      'Dinilai dari': 'Hasil per pegawai (baris 6 tabel hasil)',
    });
    expect(resultOf(r, ratna.nip)).toMatchObject({ Capaian: 1.12, 'Predikat Kinerja': 'Baik' });
  });

  it('reads only the chosen month\u2019s rows of a table with a Bulan column', () => {
    const r = run([monthColumn()]);
    const t = tableAt(r, 'Capaian Bulanan', 'A1:F5');
    expect(t[COL.kind]).toBe(KIND.results);
    expect(fieldsOf(t)).toEqual(expect.arrayContaining(['periode: B (80%)', 'capaian: E (100%)']));
    const p = problemAt(r.checked, 'Capaian Bulanan', 2, 'B', '2 baris berisi periode lain');
    expect(p.Masalah).toContain('yang dinilai Februari 2025');
    expect(r.results).toHaveLength(2);
    expect(resultOf(r, ahmad.nip)).toMatchObject({
      Capaian: 0.95,
      'Dinilai dari': 'Hasil per pegawai (baris 4 tabel hasil)',
    });
    expect(resultOf(r, ratna.nip)).toMatchObject({
      Capaian: 0.97,
      'Dinilai dari': 'Hasil per pegawai (baris 5 tabel hasil)',
    });
  });

  // Its February rows are what Hitung nilai scores: the recognition report must say the table is read.
  it('marks the Bulan-column table as read in "Tabel Terbaca"', () => {
    const r = run([monthColumn()]);
    expect(tableAt(r, 'Capaian Bulanan', 'A1:F5')[COL.read]).toBe('Ya');
  });

  // The admin reads months ("Januari 2025"), as in the other-period table message, not keys ("2025-01").
  it('names the left-out rows\u2019 month as the admin writes it', () => {
    const r = run([monthColumn()]);
    const p = problemAt(r.checked, 'Capaian Bulanan', 2, 'B', '2 baris berisi periode lain');
    expect(p.Masalah).toContain('Januari 2025');
    expect(p.Masalah).not.toContain('2025-01');
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 8: one flat sheet, a row per indicator with the employee on it', () => {
  const r = run([flatSheet()]);
  const [irwan, maya] = flatPeople as [(typeof flatPeople)[0], (typeof flatPeople)[0]];

  it('serves as roster and indicators at once', () => {
    const t = tableAt(r, 'SKP 2025', 'A1:G5');
    expect(t).toMatchObject({ [COL.kind]: KIND.indicators, [COL.rows]: 4, [COL.read]: 'Ya' });
    expect(fieldsOf(t)).toEqual([
      'nama: A (100%)',
      'nip: B (100%)',
      'unit: C (100%)',
      'rhk: D (100%)',
      'indikator: E (100%)',
      'target: F (100%)',
      'realisasi: G (100%)',
    ]);
    expect(r.tables).toHaveLength(1);
    expect(r.results.map((e) => [e.NIP, e.Nama, e['Unit Kerja'], e['Dinilai dari']])).toEqual([
      [irwan.nip, irwan.nama, irwan.unit, 'Indikator (target dan realisasi)'],
      [maya.nip, maya.nama, maya.unit, 'Indikator (target dan realisasi)'],
    ]);
  });

  it('converts "Rp 1,5 M" against "1.200 jt" (80 %) and scores from the indicators left', () => {
    expect(resultOf(r, irwan.nip)).toMatchObject({
      Capaian: 0.8,
      'Rating Hasil (akhir)': 'Di Bawah Ekspektasi',
    });
    expect(resultOf(r, maya.nip)).toMatchObject({ Capaian: 1, 'Rating Hasil (akhir)': 'Sesuai Ekspektasi' });
    expect(r.checked.some((p) => p.Baris === 2)).toBe(false);
  });

  it('refuses "10+2" and "80%" against "12 Dokumen" with a message at the cell', () => {
    const sum = problemAt(r.checked, 'SKP 2025', 3, 'G', '"10+2" berisi hitungan');
    expect(sum).toMatchObject({ Nilai: '10+2', Jenis: 'Galat' });
    const units = problemAt(
      r.checked,
      'SKP 2025',
      5,
      'G',
      'Target ditulis dalam % sedangkan realisasi dalam Dokumen',
    );
    expect(units).toMatchObject({ Nilai: '12 Dokumen', Jenis: 'Galat' });
    expect(errorsOf(r.checked)).toHaveLength(2);
    expect(errorsOf(r.computed)).toHaveLength(2);
  });
});

/* ---------------------------------------------------------------------------------------------- */

describe('family 9: an LKE workbook alone', () => {
  const r = run([lkeWorkbook()]);

  it('recognises the LKE and leaves it to Evaluasi SAKIP', () => {
    const t = tableAt(r, 'LKE SAKIP 2024', 'A4:G32');
    expect(t).toMatchObject({
      [COL.kind]: KIND.lke,
      [COL.title]: 'LEMBAR KERJA EVALUASI AKIP PERANGKAT DAERAH',
      [COL.opd]: 'Dinas Lingkungan Hidup Kabupaten Sukamaju',
      [COL.read]: 'Tidak',
    });
    // Evaluasi SAKIP reads the sheet whole (components, rounds side by side): no column-by-column mapping.
    expect(fieldsOf(t)).toEqual([]);
  });

  it('Periksa data says to run Evaluasi SAKIP, as a warning and without errors', () => {
    expect(errorsOf(r.checked)).toEqual([]);
    const p = problemAt(r.checked, '', '', '', 'jalankan Evaluasi SAKIP');
    expect(p.Jenis).toBe('Peringatan');
    expect(r.checkText).toContain('0 galat');
  });

  it('Hitung nilai refuses, saying the same, and writes no results', () => {
    expect(r.computeText).toContain('Jalankan Evaluasi SAKIP');
    expect(r.computeText).toContain('tidak ada pegawai untuk dinilai');
    expect(r.box.book.sheets.some((s) => s.name === 'Hasil Pegawai')).toBe(false);
  });

  it('Evaluasi SAKIP decides from the final round', () => {
    const box = loadSandbox({ sheets: [lkeWorkbook()] });
    const text = String(box.call('evaluasiSakip'));
    expect(text).toContain('nilai akhir 66,6');
    expect(text).toContain('putaran penentu PENILAIAN FINAL');
  });

  // Evaluasi SAKIP decides from PENILAIAN FINAL: the recognition report must not call that column unused.
  it('does not list the deciding round (PENILAIAN FINAL) among the unused columns', () => {
    const t = tableAt(r, 'LKE SAKIP 2024', 'A4:G32');
    expect(String(t[COL.unused])).not.toContain('PENILAIAN FINAL');
  });
});
