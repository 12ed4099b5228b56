import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FoundTable, findTables } from '../../shared/columns';

/*
 * Fixtures shaped like the office workbooks of SHEETS-IN-THE-WILD.md (invented names, NIPs and units).
 * Grids are filled as the add-on's fillMerges leaves them: a merged cell repeats its text over its span.
 */

const W = 8;
const row = (...cells: string[]): string[] => [
  ...cells,
  ...Array.from({ length: Math.max(0, W - cells.length) }, () => ''),
];
const merged = (text: string, n = 3): string[] => row(...Array.from({ length: n }, () => text));
const blank = (): string[] => row();

const OPD = 'Dinas Kependudukan dan Pencatatan Sipil';
const EMPLOYEES = [
  ['Rina Maharani, S.E.', '198703122010012004'],
  ['Agus Setiawan, S.Kom', '199001052015031001'],
  ['Dewi Lestari', '198911232014022003'],
  ['Bambang Hidayat, S.H., M.H.', '197604181999031002'],
];

/** The signature block Manado-style TPP files put under every table. */
const signature = (): string[][] => [
  row('Kepala Dinas Kependudukan dan Pencatatan Sipil,'),
  row('Mengetahui,'),
  row('Drs. Hendra Wijaya, M.Si'),
  row('Pembina Utama Muda, IV/c'),
  row('NIP. 196805141994031006'),
  row('', 'Bendahara Pengeluaran,', '', '', '', 'Bitung, 5 Juni 2024'),
  row('', 'Sri Wahyuni, A.Md'),
  row('', 'Penata Muda, III/a'),
  row('', 'NIP. 199208172019032007'),
];

/** A discipline recap: title, OPD and period meta, a two-row header with codes under "Keterangan". */
const disciplineTable = (): string[][] => [
  merged('REKAPITULASI PENILAIAN DISIPLIN KERJA'),
  row('SKPD', ':', OPD),
  row('Periode', ':', 'Mei 2024'),
  blank(),
  row('No', 'Nama Pegawai', 'JHK', 'Keterangan', 'Keterangan', 'Keterangan', 'Keterangan', '% H'),
  row('No', 'Nama Pegawai', 'JHK', 'TMK1', 'PKSW2', 'TK', 'MTTI', '% H'),
  ...EMPLOYEES.map(([name, nip], i) =>
    row(String(i + 1), `${name}\nNIP. ${nip}`, '20', '1', '0', '0', '0', '95,00%'),
  ),
  merged('RATA-RATA PRESENTASE KEHADIRAN', 7).map((c, i) => (i === 7 ? '96,25 %' : c)),
  ...signature(),
];

/** A productivity recap with "Penilaian SKP" and "BerAKHLAK" groups over known sub-columns. */
const productivityTable = (): string[][] => [
  merged('REKAPITULASI PRODUKTIVITAS KERJA'),
  row(`OPD : ${OPD}`),
  row('Bulan : Mei 2024'),
  row(
    'No',
    'Nama / NIP',
    'Penilaian SKP',
    'Penilaian SKP',
    'BerAKHLAK',
    'BerAKHLAK',
    'BerAKHLAK',
    'Capaian Bobot',
  ),
  row('No', 'Nama / NIP', '% Capaian', 'Bobot', 'Akuntabel', 'Kompeten', 'Loyal', 'Capaian Bobot'),
  ...EMPLOYEES.map(([name, nip], i) =>
    row(String(i + 1), `${name}\nNIP. ${nip}`, '90%', '27%', '95', '95', '95', '57%'),
  ),
  ...signature(),
];

describe('findTables: stacked tables with titles, meta lines and signature blocks', () => {
  const grid = [
    row(
      '.kop_surat{ font-family: Tahoma; font-weight: bold; } span{ font-size: 16px !important; }',
      'PEMERINTAH KOTA BITUNG',
    ),
    blank(),
    blank(),
    ...disciplineTable(),
    blank(),
    blank(),
    blank(),
    ...productivityTable(),
  ];
  const tables = findTables(grid);

  it('finds both tables with their title, OPD and period', () => {
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.title)).toEqual([
      'REKAPITULASI PENILAIAN DISIPLIN KERJA',
      'REKAPITULASI PRODUKTIVITAS KERJA',
    ]);
    for (const t of tables) {
      expect(t.meta.opd).toBe(OPD);
      expect(t.meta.period).toEqual({ kind: 'month', year: 2024, index: 5 });
      expect(t.meta.periodText).toBe('Mei 2024');
    }
    expect(tables[0]!.meta.rows).toEqual([4, 5]);
  });

  it('reads two-row headers whose sub-labels are unknown codes (TMK1, PKSW2) under a merged group', () => {
    const [discipline, productivity] = tables as [FoundTable, FoundTable];
    expect([discipline.headerStart, discipline.headerRowCount, discipline.firstDataRow]).toEqual([7, 2, 9]);
    expect(productivity.headerRowCount).toBe(2);
    expect(productivity.recognition.mapping.nama_nip).toBe(1);
  });

  it('keeps employees as data, the RATA-RATA row as a total and the signature block apart', () => {
    const [discipline, productivity] = tables as [FoundTable, FoundTable];
    expect(discipline.dataRows).toEqual([9, 10, 11, 12]);
    expect(discipline.totalRows).toEqual([13]);
    expect(discipline.end).toBe(14);
    expect(discipline.signatureRows).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(productivity.dataRows).toHaveLength(EMPLOYEES.length);
    for (const t of tables) for (const r of t.signatureRows) expect(t.dataRows).not.toContain(r);
  });

  it('never takes the stray CSS in A1, a title or a meta line for a table', () => {
    expect(tables.every((t) => t.headerStart > 5)).toBe(true);
  });
});

describe('findTables: header shapes', () => {
  it('reads a three-row merged header (Capaian over Target/Realisasi over the aspects)', () => {
    const grid = [
      row(
        'No',
        'Nama',
        'NIP',
        'Capaian Kinerja',
        'Capaian Kinerja',
        'Capaian Kinerja',
        'Capaian Kinerja',
        'Predikat',
      ),
      row('No', 'Nama', 'NIP', 'Target', 'Target', 'Realisasi', 'Realisasi', 'Predikat'),
      row('No', 'Nama', 'NIP', 'Kuantitas', 'Waktu', 'Kuantitas', 'Waktu', 'Predikat'),
      row('1', 'Rina Maharani, S.E.', '198703122010012004', '12', '12', '12', '11', 'Baik'),
      row('2', 'Agus Setiawan, S.Kom', '199001052015031001', '10', '12', '8', '12', 'Butuh Perbaikan'),
    ];
    const [table] = findTables(grid);
    expect([table?.headerStart, table?.headerRowCount, table?.firstDataRow]).toEqual([0, 3, 3]);
    expect(table?.dataRows).toEqual([3, 4]);
    expect(table?.recognition.mapping.target).toBe(3);
    expect(table?.recognition.mapping.realisasi).toBe(5);
  });

  it('reads a numbering row below the header and a numbering row above it (KKE SAKIP)', () => {
    const below = findTables([
      row('No', 'Nama Pegawai', 'NIP', 'Jabatan'),
      row('(1)', '(2)', '(3)', '(4)'),
      row('1', 'Dewi Lestari', '198911232014022003', 'Analis Kepegawaian Ahli Muda'),
    ]);
    expect(below[0]).toMatchObject({ headerStart: 0, numberingRow: 1, firstDataRow: 2, dataRows: [2] });

    const above = findTables([
      row('1', '2', '3', '4', '5', '6'),
      blank(),
      row('KODE', 'NO', 'KOMPONEN', 'SUB KOMPONEN', 'BOBOT', 'NILAI'),
      row('PK01', 'A', 'Perencanaan Kinerja', '', '30,00%', '21,45%'),
      row('PK011', 'A.1', '', 'Pemenuhan', '6,00%', '5,40%'),
    ]);
    expect(above).toHaveLength(1);
    expect(above[0]).toMatchObject({ headerStart: 2, numberingRow: 0, firstDataRow: 3, dataRows: [3, 4] });
  });

  it('skips a field-name row under a legacy PP 46/2011 header', () => {
    const [table] = findTables([
      merged('REKAPITULASI PENILAIAN PRESTASI KERJA PNS TAHUN 2023'),
      row('No', 'NIP', 'Nama', 'SKP', 'Orientasi Pelayanan', 'Integritas', 'Nilai Prestasi Kerja'),
      row('no', 'nip', 'nama', 'skp_nilai', 'orientasi_pelayanan', 'integritas', 'npk'),
      row('1', '197604181999031002', 'Bambang Hidayat, S.H., M.H.', '88,50', '80', '82', '85,10'),
    ]);
    expect(table).toMatchObject({ headerStart: 1, fieldNameRow: 2, firstDataRow: 3, dataRows: [3] });
    expect(table?.meta.period).toEqual({ kind: 'year', year: 2023, index: 1 });
  });

  it('reads a daily attendance matrix with day columns 1..31 under a "Tanggal" group', () => {
    const days = Array.from({ length: 31 }, (_, d) => String(d + 1));
    const width = 3 + days.length;
    const wide = (...cells: string[]): string[] => [
      ...cells,
      ...Array.from({ length: width - cells.length }, () => ''),
    ];
    const grid = [
      wide('DAFTAR HADIR PEGAWAI BULAN JULI 2024'),
      wide(`Unit Kerja : ${OPD}`),
      wide('No', 'Nama', 'NIP', ...days.map(() => 'Tanggal')),
      wide('No', 'Nama', 'NIP', ...days),
      ...EMPLOYEES.map(([name, nip], i) =>
        wide(String(i + 1), name!, nip!, ...days.map((d) => (d === '6' ? 'S' : 'H'))),
      ),
    ];
    const [table] = findTables(grid);
    expect(table).toMatchObject({
      headerStart: 2,
      headerRowCount: 2,
      firstDataRow: 4,
      dataRows: [4, 5, 6, 7],
    });
    expect(table?.meta).toMatchObject({ opd: OPD, period: { kind: 'month', year: 2024, index: 7 } });
  });

  it('returns a header naming no known field as kind "unknown" when data stands under it', () => {
    const [table] = findTables([
      row('Merek', 'Kondisi', 'Lokasi', 'Keadaan Fisik'),
      row('Lenovo', 'Baik', 'Ruang Arsip', 'Layak pakai'),
      row('Epson', 'Rusak Ringan', 'Ruang Pelayanan', 'Perlu servis'),
    ]);
    expect(table?.kind).toBe('unknown');
    expect(table?.dataRows).toEqual([1, 2]);
  });

  it('finds no table in a letter or a signature block alone', () => {
    expect(
      findTables([
        row('Nomor', ':', '800/123/DKPS/2024'),
        row('Hal', ':', 'Permintaan pembayaran TPP'),
        row('', 'Bitung, 5 Juni 2024'),
        row('Dengan hormat,'),
        row('Bersama ini kami sampaikan permintaan pembayaran TPP bulan Mei 2024 untuk 55 pegawai.'),
        ...signature(),
      ]),
    ).toEqual([]);
  });
});

describe('findTables: a daily attendance matrix with day numbers as columns', () => {
  const DAYS = Array.from({ length: 30 }, (_, d) => String(d + 1));
  const WIDTH = 3 + DAYS.length;
  const wide = (...cells: string[]): string[] => [
    ...cells,
    ...Array.from({ length: WIDTH - cells.length }, () => ''),
  ];
  /** April 2025 starts on a Tuesday. */
  const WEEKEND = new Set([5, 6, 12, 13, 19, 20, 26, 27]);
  const PEOPLE: [string, string, Record<number, string>][] = [
    ['Yulianti Rahayu, S.Sos.', '198104172006042011', { 3: 'TK', 4: 'S', 9: 'I', 22: 'TK', 24: 'A' }],
    ['Bayu Setiawan', '199309092020121003', { 2: 'C', 3: 'C', 14: 'DL', 15: 'DL' }],
    ['Eko Prasetyo, S.T., M.T.', '198212122008011005', { 10: 'I', 28: 'TK' }],
  ];
  const codesOf = (marks: Record<number, string>): string[] =>
    DAYS.map((d) => marks[Number(d)] ?? (WEEKEND.has(Number(d)) ? 'L' : 'H'));
  const employee = ([name, nip, marks]: [string, string, Record<number, string>], i: number): string[] =>
    wide(String(i + 1), name, nip, ...codesOf(marks));
  const titles = (): string[][] => [
    wide('REKAPITULASI KEHADIRAN HARIAN'),
    wide('OPD : Dinas Pekerjaan Umum'),
    wide('Unit : Sekretariat'),
    wide('Bulan : April 2025'),
    wide(),
  ];
  const dayHeader = (): string[] => wide('No', 'Nama', 'NIP', ...DAYS);
  const groupHeader = (): string[] => wide('No', 'Nama', 'NIP', ...DAYS.map(() => 'Tanggal'));
  const heading = { title: 'REKAPITULASI KEHADIRAN HARIAN', opd: 'Dinas Pekerjaan Umum' };
  const april = { kind: 'month', year: 2025, index: 4 };

  it('takes the row of day numbers beside No, Nama and NIP as the header, keeping title, period and OPD', () => {
    const tables = findTables([...titles(), dayHeader(), ...PEOPLE.map(employee)]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      headerStart: 5,
      headerRowCount: 1,
      firstDataRow: 6,
      dataRows: [6, 7, 8],
      title: heading.title,
    });
    expect(tables[0]?.numberingRow).toBeUndefined();
    expect(tables[0]?.meta).toMatchObject({ period: april, opd: heading.opd });
  });

  it('reads "Tanggal" merged over the day numbers as a two-row header', () => {
    const [table, ...rest] = findTables([...titles(), groupHeader(), dayHeader(), ...PEOPLE.map(employee)]);
    expect(rest).toEqual([]);
    expect(table).toMatchObject({
      headerStart: 5,
      headerRowCount: 2,
      firstDataRow: 7,
      dataRows: [7, 8, 9],
      title: heading.title,
    });
    expect(table?.meta).toMatchObject({ period: april, opd: heading.opd });
  });

  it('keeps the first employee as data when the row holds many different codes', () => {
    const first = employee(PEOPLE[0]!, 0);
    expect(new Set(first.slice(3))).toEqual(new Set(['H', 'TK', 'S', 'I', 'A', 'L']));
    for (const header of [[dayHeader()], [groupHeader(), dayHeader()]]) {
      const grid = [...titles(), ...header, ...PEOPLE.map(employee)];
      const tables = findTables(grid);
      expect(tables).toHaveLength(1);
      expect(tables[0]?.headerStart).toBe(5);
      expect(tables[0]?.dataRows).toEqual(PEOPLE.map((_, i) => 5 + header.length + i));
    }
  });

  it('never takes a row of codes for a header, with or without the NIP', () => {
    expect(findTables(PEOPLE.map(employee))).toEqual([]);
    const noNip = PEOPLE.map(([name, , marks]) => [name, ...codesOf(marks)]);
    expect(findTables(noNip)).toEqual([]);
  });

  it('still reads a row numbering every column from the first one as a numbering row', () => {
    const numbering = Array.from({ length: WIDTH }, (_, i) => String(i + 1));
    const [table] = findTables([...titles(), dayHeader(), numbering, ...PEOPLE.map(employee)]);
    expect(table).toMatchObject({ headerStart: 5, numberingRow: 6, firstDataRow: 7, dataRows: [7, 8, 9] });
  });

  it('skips the header of days printed again on a page and ends at the next matrix', () => {
    const [a, b, c] = PEOPLE;
    const grid = [
      ...titles(),
      dayHeader(),
      employee(a!, 0),
      dayHeader(),
      employee(b!, 1),
      wide(),
      wide(),
      wide('REKAPITULASI KEHADIRAN HARIAN'),
      wide('Bulan : Mei 2025'),
      dayHeader(),
      employee(c!, 0),
    ];
    const tables = findTables(grid);
    expect(tables.map((t) => [t.headerStart, t.dataRows])).toEqual([
      [5, [6, 8]],
      [13, [14]],
    ]);
    expect(tables[1]?.meta.period).toEqual({ kind: 'month', year: 2025, index: 5 });
  });

  it('ends the data at a header of days right under it', () => {
    const [a, b] = PEOPLE;
    const tables = findTables([
      dayHeader(),
      employee(a!, 0),
      wide('No', 'Nama Pegawai', 'NIP', ...DAYS),
      employee(b!, 0),
    ]);
    expect(tables.map((t) => [t.headerStart, t.dataRows])).toEqual([
      [0, [1]],
      [2, [3]],
    ]);
  });
});

describe('findTables: data rows', () => {
  it('keeps a single blank row inside the data and stops at two blanks before the next title', () => {
    const grid = [
      row('No', 'NIP', 'Nama', 'Jabatan'),
      row('1', '198703122010012004', 'Rina Maharani, S.E.', 'Pengelola Data'),
      blank(),
      row('2', '199001052015031001', 'Agus Setiawan, S.Kom', 'Pranata Komputer'),
      row('JUMLAH', 'JUMLAH', '2 orang'),
      blank(),
      blank(),
      merged('DAFTAR PEGAWAI HONORER'),
      row('No', 'NIK', 'Nama', 'Jabatan'),
      row('1', '7172011203900001', 'Yanti Paputungan', 'Petugas Kebersihan'),
    ];
    const tables = findTables(grid);
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({ dataRows: [1, 3], blankRows: [2], totalRows: [4], end: 5 });
    expect(tables[1]).toMatchObject({ title: 'DAFTAR PEGAWAI HONORER', headerStart: 8, dataRows: [9] });
  });

  it('skips a header repeated on each printed page and ends at the next header', () => {
    const header = row('No', 'NIP', 'Nama', 'Unit Kerja');
    const grid = [
      header,
      row('1', '198703122010012004', 'Rina Maharani, S.E.', 'Bidang Dafduk'),
      [...header],
      row('2', '199001052015031001', 'Agus Setiawan, S.Kom', 'Bidang Capil'),
      row('No', 'Nama', 'Target', 'Realisasi', 'Capaian'),
      row('1', 'Dewi Lestari', '12', '12', '100%'),
    ];
    const tables = findTables(grid);
    expect(tables.map((t) => t.dataRows)).toEqual([[1, 3], [5]]);
  });

  it('reads a 20,000-row roster as one table in a few milliseconds', () => {
    const roster = [row('NIP BARU', 'NAMA', 'STATUS ASN', 'GOL AKHIR NAMA', 'JABATAN NAMA', 'UNOR 1')];
    for (let i = 0; i < 20_000; i++)
      roster.push(
        row(
          `19${80 + (i % 20)}0${1 + (i % 9)}1${i % 10}20${10 + (i % 15)}0${1 + (i % 9)}1${String(1 + (i % 999)).padStart(3, '0')}`,
          `PEGAWAI ${i}`,
          'PNS',
          'III/b',
          'Pelaksana',
          OPD,
        ),
      );
    findTables(roster.slice(0, 200));
    const tables = findTables(roster);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.dataRows).toHaveLength(20_000);
    expect(tables[0]?.kind).toBe('employees');
  });
});

describe('findTables: stacked tables (property)', () => {
  const NAMES = [
    'Rina Maharani',
    'Agus Setiawan',
    'Dewi Lestari',
    'Yohanes Mandagi',
    'Siti Aminah',
    'Fransiska Wenas',
  ];
  const TITLES = ['REKAPITULASI KEHADIRAN PEGAWAI', 'DAFTAR NOMINATIF PEGAWAI', 'REKAPITULASI CAPAIAN SKP'];
  const spec = fc.record({
    title: fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
    meta: fc.boolean(),
    rows: fc.integer({ min: 1, max: 6 }),
    total: fc.boolean(),
    sign: fc.boolean(),
    gap: fc.integer({ min: 2, max: 3 }),
  });

  it('stacking N generated tables yields N tables whose data rows are exactly the generated ones', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 5 }), (specs) => {
        const grid: string[][] = [];
        const expected: number[][] = [];
        for (const s of specs) {
          if (s.title) grid.push(merged(s.title));
          if (s.meta) grid.push(row('SKPD', ':', OPD), row('Periode', ':', 'Juni 2024'));
          grid.push(row('No', 'Nama', 'NIP', 'Jabatan', 'Capaian SKP'));
          const data: number[] = [];
          for (let i = 0; i < s.rows; i++) {
            data.push(grid.length);
            grid.push(
              row(
                String(i + 1),
                NAMES[i % NAMES.length]!,
                `19900105201503100${i + 1}`,
                'Pelaksana',
                `${80 + i}%`,
              ),
            );
          }
          expected.push(data);
          if (s.total) grid.push(row('JUMLAH', '', '', '', '85%'));
          if (s.sign) grid.push(...signature());
          for (let g = 0; g < s.gap; g++) grid.push(blank());
        }
        const tables = findTables(grid);
        expect(tables.map((t) => t.dataRows)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
