import { describe, expect, it } from 'vitest';
import { recognizeColumns, recognizeTable } from '../../shared/columns';
import { formatIssue } from '../../shared/messages/format';
import type { RawNumber, RawTable, WorkbookInput } from '../../shared/model/input';
import { EmployeeResultSchema, scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, PolicySchema } from '../../shared/policy/schema';
import { sheetTable } from '../../shared/sample/table';

/*
 * Results already computed per employee (a regional TPP file's productivity table): an employee with
 * indicators is scored from them, one with only a results row from its % capaian SKP, ratings and
 * BerAKHLAK scores; both levels are compared, never averaged (docs/sheets.md#computed-results).
 */

const NIP = {
  rina: '198503142010012003',
  agus: '197911052006041011',
  dewi: '199002202015032002',
  bambang: '198207172009011005',
  sri: '198809302014022001',
  hendra: '199105122019031007',
  stranger: '198612252011011004',
};

const employees = sheetTable(
  'Pegawai',
  ['nip', 'nama', 'jabatan', 'unit'],
  [
    { nip: NIP.rina, nama: 'Rina Wulandari, S.KM.', jabatan: 'Epidemiolog Ahli Muda', unit: 'Bidang P2P' },
    { nip: NIP.agus, nama: 'Agus Salim, S.E.', jabatan: 'Analis Keuangan', unit: 'Sekretariat' },
    { nip: NIP.dewi, nama: 'Dewi Lestari, A.Md.Keb.', jabatan: 'Bidan Terampil', unit: 'Bidang P2P' },
    { nip: NIP.bambang, nama: 'Bambang Sutrisno', jabatan: 'Pengadministrasi Umum', unit: 'Sekretariat' },
    { nip: NIP.sri, nama: 'Sri Wahyuni, S.Farm.', jabatan: 'Apoteker Ahli Pertama', unit: 'Bidang P2P' },
    { nip: NIP.hendra, nama: 'Hendra Kurniawan', jabatan: 'Pengemudi', unit: 'Sekretariat' },
  ],
);

const indicators = sheetTable(
  'Indikator',
  ['nip', 'rhk', 'jenis_rhk', 'indikator', 'target', 'realisasi', 'satuan'],
  [
    {
      nip: NIP.rina,
      rhk: 'Terlaksananya surveilans penyakit menular',
      jenis_rhk: 'Utama',
      indikator: 'Jumlah laporan surveilans mingguan',
      target: '4',
      realisasi: '4',
      satuan: 'Laporan',
    },
    {
      nip: NIP.rina,
      rhk: 'Terlaksananya penyelidikan epidemiologi',
      jenis_rhk: 'Utama',
      indikator: 'Persentase KLB yang diselidiki < 24 jam',
      target: '100%',
      realisasi: '100%',
      satuan: '%',
    },
    {
      nip: NIP.agus,
      rhk: 'Tersusunnya laporan keuangan bulanan',
      jenis_rhk: 'Utama',
      indikator: 'Jumlah SPJ yang diverifikasi',
      target: '20',
      realisasi: '19',
      satuan: 'Dokumen',
    },
  ],
);

const seven = (score: string) => ({
  berorientasi_pelayanan: score,
  akuntabel: score,
  kompeten: score,
  harmonis: score,
  loyal: score,
  adaptif: score,
  kolaboratif: score,
});

/** A percent cell as Sheets hands it over: the fraction, with its displayed text. */
const percentCell = (fraction: number, text: string): RawNumber => ({
  number: fraction,
  percent: true,
  text,
});

const resultsTable = (): RawTable => {
  const table = sheetTable(
    'Produktivitas',
    [
      'nip',
      'nama',
      'capaian',
      'nilai_skp',
      'berorientasi_pelayanan',
      'akuntabel',
      'kompeten',
      'harmonis',
      'loyal',
      'adaptif',
      'kolaboratif',
      'predikat',
    ],
    [
      // Agrees with the indicators (100%).
      { nip: NIP.rina, nama: 'Rina Wulandari, S.KM.', capaian: '100,00%', ...seven('85') },
      // The sheet says 80%, the indicators 95%: reported with both figures, the indicators count.
      {
        nip: NIP.agus,
        nama: 'Agus Salim, S.E.',
        capaian: '80,00%',
        ...seven('92'),
        loyal: '80',
        adaptif: '80',
        kolaboratif: '80',
      },
      // Only a results row: 112% and every value 97.
      { nip: NIP.dewi, nama: 'Dewi Lestari, A.Md.Keb.', ...seven('97') },
      // Only a results row, 85%, every value 80, and a predikat written by the office.
      { nip: NIP.bambang, nama: 'Bambang Sutrisno', capaian: '85%', ...seven('80'), predikat: 'Baik' },
      // Only a score on the region's own scale: never read as a capaian.
      { nip: NIP.sri, nama: 'Sri Wahyuni, S.Farm.', nilai_skp: '88,5', ...seven('Sesuai Ekspektasi') },
      // Not in the employees sheet.
      { nip: NIP.stranger, nama: 'Yusuf Maulana, S.H.', capaian: '90%', ...seven('90') },
    ],
  );
  // Dewi's capaian is a percent-formatted cell (Sheets hands over the fraction).
  const dewi = table.rows[2];
  if (dewi) dewi.values.capaian = percentCell(1.12, '112,00%');
  return table;
};

const workbook = (results: RawTable = resultsTable()): WorkbookInput => ({ employees, indicators, results });

const policy = defaultPolicy();
const scored = scoreOrganisation(workbook(), policy);
const person = (nip: string) => {
  const found = scored.employees.find((e) => e.nip === nip);
  if (!found) throw new Error(`${nip} not scored`);
  return found;
};
const issuesOf = (code: string) => scored.issues.filter((i) => i.code === code);

describe('scoring from the level an office keeps', () => {
  it('scores an employee with indicators from them, and says so', () => {
    const rina = person(NIP.rina);
    expect(rina.level).toBe('indikator');
    expect(rina.capaian).toBeCloseTo(1, 10);
    expect(rina.employeeLevel).toMatchObject({ row: 2, capaian: 1, nilaiSkp: null });
    // BerAKHLAK scores of 85 are "sesuai" by the default bands (76 <= 85 < 91): sesuai x sesuai.
    expect([rina.ratingHasil, rina.ratingPerilaku, rina.predikat]).toEqual(['sesuai', 'sesuai', 'baik']);
  });

  it('scores an employee with only a results row from its % capaian SKP and BerAKHLAK scores', () => {
    const dewi = person(NIP.dewi);
    expect(dewi.level).toBe('pegawai');
    expect(dewi.indicators).toEqual([]);
    expect(dewi.capaian).toBeCloseTo(1.12, 10);
    expect(dewi.kategori?.label).toBe('Sangat Tinggi');
    expect([dewi.ratingHasilUsulan, dewi.ratingPerilaku, dewi.predikat]).toEqual([
      'di_atas',
      'di_atas',
      'sangat_baik',
    ]);
    expect(dewi.predikatSumber).toBe('matriks');
    expect(scored.counts.employeesScored).toBe(4);
  });

  it('reports a % capaian that disagrees with the indicators, with both figures, and never averages', () => {
    const agus = person(NIP.agus);
    expect(agus.level).toBe('indikator');
    expect(agus.capaian).toBeCloseTo(0.95, 10);
    expect(agus.employeeLevel?.capaian).toBeCloseTo(0.8, 10);
    // Four values of 92 (di atas), none below 76: di atas; 95% is sesuai: Baik.
    expect([agus.ratingHasil, agus.ratingPerilaku, agus.predikat]).toEqual(['sesuai', 'di_atas', 'baik']);
    const differs = issuesOf('RESULTS_CAPAIAN_DIFFERS');
    expect(differs).toHaveLength(1);
    expect(formatIssue(differs[0]!)).toBe(
      'Sheet "Produktivitas", baris 3, kolom C: Agus Salim, S.E. (197911052006041011): % capaian SKP di sheet ini 80%, sedangkan capaian dari indikatornya di sheet "Indikator" 95% (selisih lebih dari 1 poin). Yang dipakai capaian indikator; periksa mana yang benar.',
    );
  });

  it('lets a written predikat win over the matrix, and keeps the difference visible', () => {
    const bambang = person(NIP.bambang);
    expect(bambang.level).toBe('pegawai');
    // 85% proposes di bawah; 80 for every value is sesuai: the matrix gives Butuh Perbaikan.
    expect(bambang.ratingHasil).toBe('di_bawah');
    expect(bambang.predikatUsulan).toBe('butuh_perbaikan');
    expect(bambang.predikat).toBe('baik');
    expect(bambang.predikatSumber).toBe('tertulis');
    expect(bambang.predikatBerbeda).toBe(true);
    // The unit's tally counts the predikat that is used.
    const sekretariat = scored.units.find((u) => u.unit === 'Sekretariat');
    expect(sekretariat?.predikatCounts.baik).toBe(2);
  });

  it('keeps a score on its own scale: a Nilai SKP is shown, not read as a capaian', () => {
    const sri = person(NIP.sri);
    expect(sri.level).toBe('pegawai');
    expect(sri.capaian).toBeNull();
    expect(sri.employeeLevel?.nilaiSkp).toBe(88.5);
    expect([sri.ratingHasil, sri.ratingPerilaku, sri.predikat]).toEqual([null, 'sesuai', null]);
    const noCapaian = issuesOf('RESULTS_NO_CAPAIAN');
    expect(noCapaian.map((i) => i.params?.nip)).toEqual([NIP.sri]);
    expect(formatIssue(noCapaian[0]!)).toMatch(
      /^Sheet "Produktivitas", baris 6, kolom C: Sri Wahyuni, S\.Farm\. \(198809302014022001\) di sheet "Produktivitas" tidak punya % capaian SKP/,
    );
  });

  it('reports an employee found at neither level, and a row whose person is not in the roster', () => {
    const hendra = person(NIP.hendra);
    expect([hendra.level, hendra.employeeLevel, hendra.predikat]).toEqual([null, null, null]);
    expect(issuesOf('RESULTS_NO_ROW').map((i) => i.params?.nip)).toEqual([NIP.hendra]);
    expect(issuesOf('PIPE_NO_INDICATORS')).toEqual([]);
    const unknown = issuesOf('PIPE_UNKNOWN_NIP');
    expect(unknown).toHaveLength(1);
    expect(formatIssue(unknown[0]!)).toBe(
      'Sheet "Produktivitas", baris 7, kolom A: NIP 198612252011011004 (1 baris: 7) tidak ada di sheet "Pegawai". Baris itu diabaikan: tambahkan pegawainya atau perbaiki NIP.',
    );
  });

  it('gives every employee a result the schema accepts, with no NaN or undefined in any message', () => {
    for (const e of scored.employees) expect(EmployeeResultSchema.safeParse(e).success).toBe(true);
    for (const issue of scored.issues) expect(formatIssue(issue, 'en')).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('scores as before without a results sheet: indicator level or nothing', () => {
    const without = scoreOrganisation({ employees, indicators }, policy);
    expect(without.employees.map((e) => e.level)).toEqual(['indikator', 'indikator', null, null, null, null]);
    expect(without.issues.filter((i) => i.code === 'PIPE_NO_INDICATORS')).toHaveLength(4);
    expect(without.issues.some((i) => i.code.startsWith('RESULTS_'))).toBe(false);
  });

  it('judges BerAKHLAK scores by the policy bands, which a region may change', () => {
    const strict = PolicySchema.parse({ rating: { berakhlakScoreBands: { diAtasMin: 98, sesuaiMin: 90 } } });
    const r = scoreOrganisation(workbook(), strict);
    const dewi = r.employees.find((e) => e.nip === NIP.dewi);
    // 97 is now only sesuai: di atas x sesuai = Baik.
    expect([dewi?.ratingPerilaku, dewi?.predikat]).toEqual(['sesuai', 'baik']);
    const rina = r.employees.find((e) => e.nip === NIP.rina);
    expect(rina?.ratingPerilaku).toBe('di_bawah');
  });

  it('widens the tolerance between the two levels from the policy', () => {
    const lenient = PolicySchema.parse({ rating: { levelTolerance: 0.2 } });
    const r = scoreOrganisation(workbook(), lenient);
    expect(r.issues.some((i) => i.code === 'RESULTS_CAPAIAN_DIFFERS')).toBe(false);
  });

  it('reports an unreadable BerAKHLAK cell and derives no perilaku from the rest', () => {
    const table = resultsTable();
    const dewi = table.rows[2];
    if (dewi) dewi.values.loyal = 'baik sekali';
    const r = scoreOrganisation(workbook(table), policy);
    const found = r.employees.find((e) => e.nip === NIP.dewi);
    expect([found?.ratingPerilaku, found?.predikat]).toEqual([null, null]);
    const bad = r.issues.find((i) => i.code === 'RESULTS_BERAKHLAK_SCORE_INVALID');
    expect(bad?.at).toMatchObject({ sheet: 'Produktivitas', row: 4, column: 'I' });
  });
});

describe('recognising a TPP file productivity table (two-row header, merges filled)', () => {
  const group = (label: string, span: number) => Array.from({ length: span }, () => label);
  const grid = [
    ['REKAPITULASI PRODUKTIVITAS KERJA', ...group('', 14)],
    ['SKPD', ':', 'Dinas Kesehatan Kabupaten Minahasa Contoh', ...group('', 12)],
    ['Periode', ':', 'Mei 2025', ...group('', 12)],
    group('', 15),
    [
      'No',
      'Nama Pegawai',
      'Target Bobot Produktivitas Kerja',
      ...group('Penilaian Sasaran Kerja Bulanan Pegawai', 2),
      ...group('Penilaian Komponen Kinerja', 9),
      'Capaian Bobot Produktivitas Kerja',
    ],
    [
      'No',
      'Nama Pegawai',
      'Target Bobot Produktivitas Kerja',
      '% Capaian',
      'Bobot',
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
      'Nilai Capaian',
      'Bobot',
      'Capaian Bobot Produktivitas Kerja',
    ],
    [
      '1',
      'Rina Wulandari, S.KM.\nNIP. 198503142010012003',
      '60%',
      '88,00%',
      '26,40%',
      ...group('97', 7),
      '679',
      '30,00%',
      '56,40%',
    ],
  ];
  const table = recognizeTable(grid);
  const { mapping, tableKind, columns } = table.recognition;

  it('finds the two header rows and the first employee row', () => {
    expect([table.headerStart, table.headerRowCount, table.firstDataRow]).toEqual([4, 2, 6]);
  });

  it('reads % capaian SKP under the SKP group and the seven BerAKHLAK values, as a recap', () => {
    expect(tableKind).toBe('recap');
    expect(mapping).toMatchObject({
      nama: 1,
      capaian: 3,
      berorientasi_pelayanan: 5,
      akuntabel: 6,
      kompeten: 7,
      harmonis: 8,
      loyal: 9,
      adaptif: 10,
      kolaboratif: 11,
    });
  });

  it('never takes the TPP weights for an SKP target or a capaian, nor the behaviour part for SAKIP', () => {
    expect(mapping.target).toBeUndefined();
    expect(mapping.komponen).toBeUndefined();
    expect(mapping.jawaban).toBeUndefined();
    // "Target Bobot ...", the BerAKHLAK total and "Capaian Bobot ..." stay unmapped; a "Bobot" column
    // may only hold the harmless RHK weight, which a recap never reads.
    for (const column of [2, 12, 13, 14]) expect(columns[column]?.field).toBeNull();
    expect(columns[4]?.field).toBe('bobot');
  });
});

describe('a row of zeros, as TPP files show an employee not assessed that month', () => {
  it('is scored as written and reported, so nobody is Sangat Kurang unnoticed', () => {
    const table = sheetTable(
      'Produktivitas',
      ['nip', 'nama', 'capaian', ...(Object.keys(seven('0')) as (keyof ReturnType<typeof seven>)[])],
      [{ nip: NIP.dewi, nama: 'Dewi Lestari, A.Md.Keb.', capaian: '0,00%', ...seven('0') }],
    );
    const r = scoreOrganisation({ employees, indicators, results: table }, policy);
    const dewi = r.employees.find((e) => e.nip === NIP.dewi);
    expect(dewi?.predikat).toBe('sangat_kurang');
    const zero = r.issues.filter((i) => i.code === 'RESULTS_ALL_ZERO');
    expect(zero.map((i) => [i.params?.nip, i.at?.row, i.at?.column])).toEqual([[NIP.dewi, 2, 'C']]);
  });
});

describe("the same TPP file's other tables are not read as SKP results", () => {
  it('leaves the discipline shares, the pay total and the attendance average out of capaian and PP 46/2011', () => {
    const r = recognizeColumns([
      [
        'No',
        'Nama Pegawai',
        'TARGET CAP. PEN. DISIPLIN KERJA',
        'CAPAIAN PENILAIAN DISIPLIN KERJA',
        'CAPAIAN BOBOT PENILAIAN DISIPLIN KERJA',
        'Capaian TPP Prestasi Kerja',
        'Rata-rata Presentase Kehadiran',
      ],
    ]);
    for (const field of [
      'capaian',
      'target',
      'disiplin',
      'rata_rata_perilaku',
      'nilai_prestasi_kerja',
    ] as const)
      expect(r.mapping[field]).toBeUndefined();
  });
});
