import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ColumnMapping, recognizeColumns, recognizeTable } from '../../shared/columns';
import type { Issue } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';
import type { FieldId } from '../../shared/model/fields';
import type { RawRow, RawTable } from '../../shared/model/input';
import { readEmployees, rosterFromPeople } from '../../shared/pipeline/people';
import { siasnRosterHeader } from './wild-headers';

/*
 * Rosters as offices keep them (SHEETS-IN-THE-WILD family 1): SIASN (BKN) exports with NIP BARU, NIP
 * LAMA, degrees apart from the name, STATUS ASN, golongan, jenis jabatan and the unit tree (UNOR 1 is the
 * OPD); and a roster built from the people other tables name when the workbook has no employee list.
 * Names, NIPs and units are invented.
 */

const letter = (index: number): string =>
  String.fromCharCode(65 + (index % 26)).padStart(index < 26 ? 1 : 2, 'A');

/** A RawTable from a header row and data rows, mapped by what recognizeColumns reads in the header. */
function tableFrom(sheet: string, header: readonly string[], data: readonly (readonly string[])[]): RawTable {
  const { mapping } = recognizeColumns([header]);
  return rawTable(sheet, mapping, data, 2);
}

function rawTable(
  sheet: string,
  mapping: ColumnMapping,
  data: readonly (readonly string[])[],
  firstRow: number,
): RawTable {
  const entries = Object.entries(mapping) as [FieldId, number][];
  const rows: RawRow[] = data.map((cells, i) => {
    const values: RawRow['values'] = {};
    for (const [field, index] of entries) {
      const cell = cells[index];
      if (cell !== undefined && cell !== '') values[field] = cell;
    }
    return { row: firstRow + i, values };
  });
  return { sheet, columns: Object.fromEntries(entries.map(([f, i]) => [f, letter(i)])), rows };
}

const SIASN_ROSTER_HEADER = siasnRosterHeader();

const KECAMATAN_A = 'KECAMATAN BANJAR SELATAN';
const KECAMATAN_B = 'KECAMATAN BANJAR UTARA';
const SIASN_ROSTER_ROWS = [
  [
    '199003152015031002',
    '',
    'AGUS SALIM',
    '',
    'S.STP, M.Si',
    'PNS',
    'IV/a',
    'Jabatan Struktural',
    'CAMAT',
    '',
    KECAMATAN_A,
  ],
  [
    '198507222010012003',
    '',
    'SRI WAHYUNI',
    '',
    'SE',
    'PNS',
    'III/c',
    'Jabatan Struktural',
    'KEPALA SEKSI',
    'SEKSI PEMERINTAHAN',
    KECAMATAN_A,
  ],
  [
    '197603122001121002',
    '420021345',
    'BAMBANG HARTONO',
    'Ir.',
    '',
    'PNS',
    'III/d',
    'Jabatan Struktural',
    'KEPALA SEKSI',
    'SEKSI PEMERINTAHAN',
    KECAMATAN_B,
  ],
  [
    '199205172019032011',
    '',
    'RINA KURNIAWATI',
    'dr.',
    '',
    'CPNS',
    'III/b',
    'Jabatan Fungsional',
    'DOKTER AHLI PERTAMA',
    'PUSKESMAS PEKAUMAN',
    'DINAS KESEHATAN',
  ],
  [
    '198811042014021003',
    '',
    'YOHANES RONDONUWU',
    '',
    'A.Md',
    'PPPK PARUH WAKTU',
    'V',
    'Jabatan Pelaksana',
    'PENGADMINISTRASI PERKANTORAN',
    '',
    'DINAS KESEHATAN',
  ],
];

describe('SIASN roster headers', () => {
  it('maps the roster columns, NIP BARU as the NIP and NIP LAMA apart', () => {
    const r = recognizeColumns([SIASN_ROSTER_HEADER]);
    expect(r.mapping).toEqual({
      nip: 0,
      nip_lama: 1,
      nama: 2,
      gelar_depan: 3,
      gelar_belakang: 4,
      status_asn: 5,
      pangkat: 6,
      jenis_jabatan: 7,
      jabatan: 8,
      unor_2: 9,
      unor_1: 10,
    });
    expect(r.tableKind).toBe('employees');
    expect(r.issues).toEqual([]);
  });

  it('leaves the profile columns unmapped: ID codes, birth data, NIK, TMT, contacts, other NAMA columns', () => {
    const profile = [
      'NIP BARU',
      'NAMA',
      'JENIS KELAMIN',
      'TANGGAL LAHIR',
      'TEMPAT LAHIR NAMA',
      'AGAMA ID',
      'AGAMA NAMA',
      'NIK',
      'NOMOR HP',
      'NPWP NOMOR',
      'STATUS CPNS PNS',
      'TANGGAL SK CPNS',
      'NOMOR SK PNS',
      'TMT GOLONGAN',
      'GOL AWAL ID',
      'GOL AWAL NAMA',
      'GOL AKHIR ID',
      'GOL AKHIR NAMA',
      'MK TAHUN',
      'MK BULAN',
      'JENIS JABATAN ID',
      'JENIS JABATAN NAMA',
      'JABATAN ID',
      'JABATAN NAMA',
      'TMT JABATAN',
      'TAHUN LULUS',
      'NAMA SEKOLAH',
      'UNOR ID',
      'UNOR NAMA',
      'UNOR INDUK ID',
      'SATUAN KERJA INDUK NAMA',
      'KEDUDUKAN HUKUM NAMA',
    ];
    const r = recognizeColumns([profile]);
    const at = (label: string) => profile.indexOf(label);
    expect(r.mapping).toEqual({
      nip: at('NIP BARU'),
      nama: at('NAMA'),
      pangkat: at('GOL AKHIR NAMA'),
      jenis_jabatan: at('JENIS JABATAN NAMA'),
      jabatan: at('JABATAN NAMA'),
      unit: at('UNOR NAMA'),
    });
    // Without the columns that name the real fields, the profile columns still claim none of them.
    const rest = profile.filter(
      (label) =>
        !['NIP BARU', 'NAMA', 'GOL AKHIR NAMA', 'JABATAN NAMA', 'UNOR NAMA', 'JENIS JABATAN NAMA'].includes(
          label,
        ),
    );
    const alone = recognizeColumns([rest]);
    // NIK stands in for the NIP where offices use it so (the parser then says a 16-digit NIK is no NIP).
    expect(alone.mapping).toEqual({ nip: rest.indexOf('NIK') });
  });

  it('finds the SIASN header in a sheet with a title above it', () => {
    const grid = [['DATA ASN PEMERINTAH KOTA'], [], SIASN_ROSTER_HEADER, ...SIASN_ROSTER_ROWS];
    const t = recognizeTable(grid);
    expect([t.headerStart, t.firstDataRow, t.dataEnd]).toEqual([2, 3, 8]);
    expect(t.recognition.mapping.nip).toBe(0);
    expect(t.recognition.mapping.unor_1).toBe(10);
  });
});

describe('readEmployees on a SIASN roster', () => {
  const issues: Issue[] = [];
  const roster = readEmployees(tableFrom('Sheet1', SIASN_ROSTER_HEADER, SIASN_ROSTER_ROWS), issues);
  const of = (nip: string) => roster.byNip.get(nip);

  it('reads every employee with the full name composed with the degrees', () => {
    expect(issues).toEqual([]);
    expect(roster.list.map((e) => e.nama)).toEqual([
      'AGUS SALIM, S.STP, M.Si',
      'SRI WAHYUNI, SE',
      'Ir. BAMBANG HARTONO',
      'dr. RINA KURNIAWATI',
      'YOHANES RONDONUWU, A.Md',
    ]);
  });

  it('takes the most specific unit level as the unit and UNOR 1 as the OPD', () => {
    expect([of('199205172019032011')?.unit, of('199205172019032011')?.opd]).toEqual([
      'PUSKESMAS PEKAUMAN',
      'DINAS KESEHATAN',
    ]);
    // Without a lower level the employee belongs to the OPD itself.
    expect([of('199003152015031002')?.unit, of('199003152015031002')?.opd]).toEqual([
      KECAMATAN_A,
      KECAMATAN_A,
    ]);
  });

  it('keeps two kecamatan\'s "SEKSI PEMERINTAHAN" apart', () => {
    const a = of('198507222010012003');
    const b = of('197603122001121002');
    expect([a?.unit, b?.unit]).toEqual(['SEKSI PEMERINTAHAN', 'SEKSI PEMERINTAHAN']);
    expect(a?.unitKey).not.toBe(b?.unitKey);
  });

  it('keeps golongan, status ASN and jenis jabatan on the record, and never NIP LAMA as the NIP', () => {
    const pppk = of('198811042014021003');
    expect([pppk?.pangkat, pppk?.statusAsn, pppk?.jenisJabatan]).toEqual([
      'V',
      'PPPK PARUH WAKTU',
      'Jabatan Pelaksana',
    ]);
    expect(of('197603122001121002')?.nip).toBe('197603122001121002');
    expect(roster.byNip.has('420021345')).toBe(false);
  });
});

describe('rosterFromPeople: a roster from the people other tables name', () => {
  const recap = tableFrom(
    'Rekap Kinerja',
    ['NIP', 'Nama', 'Unit Kerja', 'Jabatan', 'Capaian (%)'],
    [
      ['199003152015031002', 'Agus Salim, S.STP', 'Bidang Mutasi', 'Kepala Bidang', '102'],
      ['198507222010012003', 'Sri Wahyuni', 'Bidang Mutasi', 'Analis SDM', '98'],
    ],
  );
  const attendance = tableFrom(
    'Rekap Kehadiran',
    ['No', 'Nama Pegawai', 'Gol/Ruang', 'Jabatan', 'Kode Absen'],
    [
      ['1', 'AGUS SALIM, S.STP, M.Si\nNIP. 199003152015031002', 'IV', 'Kepala Bidang', 'TL1'],
      ['2', 'Rina Kurniawati, SH \n 199205172019032011 \n', 'III', 'Analis SDM', 'TK'],
    ],
  );
  const indicators = tableFrom(
    'Indikator',
    ['NIP', 'Nama', 'Unit Kerja', 'Indikator', 'Target', 'Realisasi'],
    [
      [
        '199205172019032011',
        'Rina Kurniawati',
        'Bidang Pengembangan',
        'Dokumen analisis jabatan',
        '12',
        '12',
      ],
      ['199205172019032011', 'Rina Kurniawati', 'Bidang Pengembangan', 'Laporan evaluasi', '4', '3'],
      [
        '198507222010012003',
        'Sri Wahyuni Lestari',
        'Bidang Penilaian Kinerja',
        'Laporan penilaian',
        '6',
        '6',
      ],
      ['198507222010012003', 'Sri Wahyuni Lestari', 'Bidang Penilaian Kinerja', 'Rekap SKP', '1', '1'],
      ['123', 'Contoh', 'Contoh', 'Contoh', '1', '1'],
    ],
  );
  const issues: Issue[] = [];
  const roster = rosterFromPeople([recap, attendance, indicators], issues);

  it('makes one employee of one NIP named in several tables, in the order first met', () => {
    expect(roster.list.map((e) => [e.nip, e.index])).toEqual([
      ['199003152015031002', 0],
      ['198507222010012003', 1],
      ['199205172019032011', 2],
    ]);
    expect(roster.list.map((e) => [e.sheet, e.row])).toEqual([
      ['Rekap Kinerja', 2],
      ['Rekap Kinerja', 3],
      ['Rekap Kehadiran', 3],
    ]);
  });

  it('treats a name with more degrees or in capitals as the same name, kept in its fuller form', () => {
    expect(roster.byNip.get('199003152015031002')?.nama).toBe('AGUS SALIM, S.STP, M.Si');
    expect(roster.byNip.get('199205172019032011')?.nama).toBe('Rina Kurniawati, SH');
  });

  it('fills a unit the first table left empty from a later table', () => {
    expect(roster.byNip.get('199205172019032011')?.unit).toBe('Bidang Pengembangan');
    expect(roster.byNip.get('199003152015031002')?.pangkat).toBe('IV');
  });

  it('reports a different name or unit for one NIP once, keeping the first, never picking silently', () => {
    expect(issues.map((i) => [i.code, i.at])).toEqual([
      ['PIPE_PERSON_NAME_CONFLICT', { sheet: 'Indikator', row: 4, column: 'B' }],
      ['PIPE_PERSON_UNIT_CONFLICT', { sheet: 'Indikator', row: 4, column: 'C' }],
    ]);
    expect(formatIssue(issues[0] as Issue)).toContain(
      'NIP 198507222010012003 bernama "Sri Wahyuni" di sheet "Rekap Kinerja" baris 3, tetapi "Sri Wahyuni Lestari" di sini',
    );
    expect(formatIssue(issues[1] as Issue)).toContain('"Bidang Mutasi"');
    expect(roster.byNip.get('198507222010012003')).toMatchObject({
      nama: 'Sri Wahyuni',
      unit: 'Bidang Mutasi',
    });
  });

  it("leaves rows without a valid NIP to the table's own reader", () => {
    expect(roster.byNip.size).toBe(3);
    expect(issues.some((i) => i.code.startsWith('NIP_'))).toBe(false);
  });

  it('takes a unit written without its OPD as the same unit, and one in another OPD as a conflict', () => {
    const siasn = tableFrom('Data ASN', SIASN_ROSTER_HEADER, SIASN_ROSTER_ROWS);
    const recapOfSeksi = tableFrom(
      'Rekap',
      ['NIP', 'Nama', 'Unit Kerja', 'UNOR 1'],
      [
        ['198507222010012003', 'Sri Wahyuni, SE', 'Seksi Pemerintahan', ''],
        ['197603122001121002', 'Bambang Hartono', 'SEKSI PEMERINTAHAN', KECAMATAN_A],
      ],
    );
    const found: Issue[] = [];
    const both = rosterFromPeople([recapOfSeksi, siasn], found);
    // The recap named Sri Wahyuni's seksi without its kecamatan: SIASN's writing, with its OPD, completes it.
    expect(both.byNip.get('198507222010012003')).toMatchObject({
      opd: KECAMATAN_A,
      unit: 'SEKSI PEMERINTAHAN',
    });
    // Bambang's seksi is in another kecamatan according to SIASN.
    expect(found.map((i) => [i.code, i.params?.nip, i.at?.column])).toEqual([
      ['PIPE_PERSON_UNIT_CONFLICT', '197603122001121002', 'J'],
    ]);
  });

  it('completes golongan, status ASN and jenis jabatan from a later table, and keeps what the first wrote', () => {
    const siasn = tableFrom('Data ASN', SIASN_ROSTER_HEADER, SIASN_ROSTER_ROWS);
    const recap = tableFrom(
      'Rekap',
      ['NIP', 'Nama', 'Unit Kerja', 'Golongan'],
      [
        ['198811042014021003', 'Pegawai PPPK', 'Seksi Pemerintahan', ''],
        ['197603122001121002', 'Bambang Hartono', 'SEKSI PEMERINTAHAN', 'III/b'],
      ],
    );
    const both = rosterFromPeople([recap, siasn], []);
    const pppk = both.byNip.get('198811042014021003');
    expect([pppk?.pangkat, pppk?.statusAsn, pppk?.jenisJabatan]).toEqual([
      'V',
      'PPPK PARUH WAKTU',
      'Jabatan Pelaksana',
    ]);
    // The recap's golongan stands; SIASN gives the fields it left empty.
    const fromSiasn = readEmployees(siasn, []).byNip.get('197603122001121002');
    const bambang = both.byNip.get('197603122001121002');
    expect([bambang?.pangkat, bambang?.statusAsn, bambang?.jenisJabatan]).toEqual([
      'III/b',
      fromSiasn?.statusAsn,
      fromSiasn?.jenisJabatan,
    ]);
    expect(fromSiasn?.statusAsn).not.toBe('');
  });

  it('says once that no table names units, and takes the OPD of a table title as the unit', () => {
    const found: Issue[] = [];
    const alone = rosterFromPeople([attendance], found);
    expect(alone.list).toHaveLength(2);
    // No table has a unit column nor an OPD in its title: one warning for the workbook, not one per employee.
    expect(found.map((i) => [i.code, i.params])).toEqual([
      ['PIPE_UNITS_UNKNOWN', { count: 2, sheets: 'Rekap Kehadiran' }],
    ]);
    const titled: Issue[] = [];
    const withOpd = rosterFromPeople([{ ...attendance, opd: 'Dinas Kesehatan' }], titled);
    expect(withOpd.list.map((e) => [e.unit, e.opd])).toEqual([
      ['Dinas Kesehatan', 'Dinas Kesehatan'],
      ['Dinas Kesehatan', 'Dinas Kesehatan'],
    ]);
    expect(titled).toEqual([]);
  });

  it('reports each employee without a unit when other rows do name units', () => {
    const found: Issue[] = [];
    const withUnits = { ...attendance, columns: { ...attendance.columns, unit: 'Z' } };
    rosterFromPeople([withUnits], found);
    expect(found.map((i) => [i.code, i.at])).toEqual([
      ['PIPE_UNIT_EMPTY', { sheet: 'Rekap Kehadiran', row: 2, field: 'unit' }],
      ['PIPE_UNIT_EMPTY', { sheet: 'Rekap Kehadiran', row: 3, field: 'unit' }],
    ]);
  });
});

/** The real SIASN export of a city (pseudonymised), kept beside the repository, never inside it. */
const REAL_SHEETS = new URL('../../../shared/real-sheets/', import.meta.url);
const realSheetsAbsent = !existsSync(REAL_SHEETS) && !process.env.CI;
if (realSheetsAbsent)
  console.warn(`roster.test.ts: ${REAL_SHEETS.pathname} is absent: the real SIASN roster test is skipped.`);

type RealCell = string | { v: unknown; d: string } | null;
interface RealSheet {
  name: string;
  rows: RealCell[][];
}

const shown = (cell: RealCell | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : cell.d;

describe.skipIf(realSheetsAbsent)('the real Banjarmasin SIASN export', () => {
  const file = readFileSync(new URL('banjarmasin-data-asn.json.gz', REAL_SHEETS));
  const { sheets } = JSON.parse(gunzipSync(file).toString('utf8')) as { sheets: RealSheet[] };
  const grid = (name: string): string[][] =>
    (sheets.find((s) => s.name === name)?.rows ?? []).map((row) => row.map(shown));

  it('maps the roster sheet as a roster: NIP BARU, status, golongan, jenis jabatan, UNOR levels', () => {
    const t = recognizeTable(grid('Sheet1'));
    expect(t.headerStart).toBe(0);
    expect(t.recognition.tableKind).toBe('employees');
    expect(t.recognition.mapping).toEqual({
      nip: 0,
      nama: 1,
      status_asn: 2,
      pangkat: 3,
      jenis_jabatan: 4,
      jabatan: 5,
      unor_2: 6,
      unor_1: 7,
    });
  });

  it('maps the 69-column profile sheet to identity fields only', () => {
    const header = grid('Sheet2')[0] ?? [];
    const r = recognizeColumns([header]);
    const at = (label: string) => header.indexOf(label);
    expect(header).toHaveLength(69);
    expect(r.mapping).toEqual({
      nip: at('NIP BARU'),
      nip_lama: at('NIP LAMA'),
      nama: at('NAMA'),
      gelar_depan: at('GELAR DEPAN'),
      gelar_belakang: at('GELAR BELAKANG'),
      pangkat: at('GOL AKHIR NAMA'),
      jenis_jabatan: at('JENIS JABATAN NAMA'),
      jabatan: at('JABATAN NAMA'),
      unit: at('UNOR NAMA'),
    });
    expect(r.issues).toEqual([]);
  });

  it('reads all 7,979 employees of Sheet1, each with a unit and an OPD', () => {
    const sheet = grid('Sheet1');
    const t = recognizeTable(sheet);
    const table = rawTable(
      'Sheet1',
      t.recognition.mapping,
      sheet.slice(t.firstDataRow, t.dataEnd),
      t.firstDataRow + 1,
    );
    const issues: Issue[] = [];
    const roster = readEmployees(table, issues);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(roster.list).toHaveLength(7979);
    expect(roster.list.every((e) => e.unit !== '' && e.opd !== '')).toBe(true);
    expect(new Set(roster.list.map((e) => e.statusAsn))).toEqual(
      new Set(['PNS', 'CPNS', 'PPPK', 'PPPK PARUH WAKTU']),
    );
    // An employee without UNOR 2 belongs to the OPD itself.
    expect(roster.list.some((e) => e.unit === e.opd)).toBe(true);
  });
});

describe('a unit cell written over two lines beside rows that name their OPD', () => {
  // "Dinas Pendidikan" Alt+Enter "Bidang SD" in one cell, and the same unit written as UNOR 1 + unit on the
  // next row: two different readings, whichever comes first (one cache of units once let them share a key).
  const rows: RawRow[] = [
    {
      row: 2,
      values: { nip: '198501012010011001', nama: 'Andi Wijaya', unit: 'Dinas Pendidikan\nBidang SD' },
    },
    {
      row: 3,
      values: {
        nip: '198601012010012002',
        nama: 'Budi Santoso',
        unit: 'Bidang SD',
        unor_1: 'Dinas Pendidikan',
      },
    },
  ];
  const table = (order: RawRow[]): RawTable => ({
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C', unor_1: 'D' },
    rows: order,
  });
  const units = (order: RawRow[]) =>
    Object.fromEntries(
      readEmployees(table(order), []).list.map((e) => [e.nama, { unit: e.unit, opd: e.opd, key: e.unitKey }]),
    );
  const expected = {
    'Andi Wijaya': { unit: 'Dinas Pendidikan Bidang SD', opd: '', key: 'dinas pendidikan bidang sd' },
    'Budi Santoso': { unit: 'Bidang SD', opd: 'Dinas Pendidikan', key: 'dinas pendidikan / bidang sd' },
  };
  it('reads each row as written, in either order', () => {
    expect(units(rows)).toEqual(expected);
    expect(units([...rows].reverse())).toEqual(expected);
  });
});
