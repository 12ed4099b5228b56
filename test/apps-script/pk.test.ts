import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { sampleWorkbook } from '../../shared/sample';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { type Row, rowsOf } from './fixtures/sandbox-run';

/*
 * The units' Perjanjian Kinerja through the BUILT add-on: in the template's layout and in an office's own
 * (a merged two-row header with Target | Realisasi | Capaian per triwulan), the capaian PK and the predikat
 * it proposes in "Hasil Unit", a typed predikat winning with the difference in "Masalah Data", and the
 * SE 3/2023 line naming the predikat it used.
 */

beforeAll(ensureBuilt);

const unitRow = (box: Sandbox, unit: string): Row | undefined =>
  rowsOf(box, 'Hasil Unit').find((r) => r['Unit Kerja'] === unit);

const problems = (box: Sandbox): string[] =>
  rowsOf(box, 'Masalah Data').map((r) => Object.values(r).map(String).join(' | '));

/** The sample Dinas Kesehatan with its units' predikat typed as given ('' = none typed). */
function sample(typed: Record<string, string>, pk?: RawTable): WorkbookInput {
  const input = sampleWorkbook();
  for (const row of (input.units as RawTable).rows) {
    const name = String(row.values.unit);
    if (name in typed) {
      if (typed[name] === '') delete row.values.predikat_organisasi;
      else row.values.predikat_organisasi = typed[name] as string;
    }
  }
  return pk ? { ...input, pk } : input;
}

const seeds = (input: WorkbookInput): SheetSeed[] =>
  workbookGrids(input).map((g) => ({ name: g.name, rows: g.rows }));

const SASARAN = {
  sekretariat: 'Meningkatnya akuntabilitas kinerja Dinas Kesehatan',
  yankes: 'Meningkatnya mutu pelayanan kesehatan dasar',
  p2p: 'Menurunnya angka kesakitan penyakit menular',
};

/** The template layout: one row per IKU, the unit written on each row. */
const templatePk: RawTable = {
  sheet: 'Perjanjian Kinerja',
  columns: {},
  rows: [
    ['Sekretariat', SASARAN.sekretariat, 'Nilai SAKIP Dinas Kesehatan', '70', '71,5', 'Nilai'],
    ['Sekretariat', SASARAN.sekretariat, 'Persentase laporan keuangan tepat waktu', '100 %', '95 %', '%'],
    ['Bidang Pelayanan Kesehatan', SASARAN.yankes, 'Persentase puskesmas terakreditasi', '80 %', '92 %', '%'],
    [
      'Bidang Pelayanan Kesehatan',
      SASARAN.yankes,
      'Cakupan pelayanan kesehatan rujukan',
      '95',
      '100',
      'Persen',
    ],
    [
      'Bidang Pencegahan dan Pengendalian Penyakit',
      SASARAN.p2p,
      'Cakupan imunisasi dasar lengkap',
      '95 %',
      '57 %',
      '%',
    ],
  ].map(([unit, sasaran_strategis, indikator, target, realisasi, satuan], i) => ({
    row: i + 2,
    values: { unit, sasaran_strategis, indikator, target, realisasi, satuan } as Record<string, string>,
  })),
};

describe('Perjanjian Kinerja in the template layout', () => {
  it('gives the capaian PK and the proposed predikat; without a typed predikat the PK one is used and named', () => {
    const box = loadSandbox({ sheets: seeds(sample({ Sekretariat: '' }, templatePk)) });
    box.call('hitungNilai');
    const sekretariat = unitRow(box, 'Sekretariat');
    // (71,5/70 + 95 %/100 %) / 2 = 98,6 %: Baik (>= 90 %), from the PK since none is typed.
    expect(sekretariat?.['Capaian PK']).toBeCloseTo((71.5 / 70 + 0.95) / 2, 10);
    expect(sekretariat?.['Indikator PK Terhitung']).toBe(2);
    expect(sekretariat?.['Predikat Organisasi']).toBe('Baik');
    expect(sekretariat?.['Sumber Predikat Unit']).toBe('dari PK');
    expect(sekretariat?.['Predikat Usulan dari PK']).toBe('Baik');
    expect(String(sekretariat?.['Cek Sebaran (SE 3/2023)'])).toMatch(
      /^Dicek dengan predikat unit Baik \(dari PK\)\./,
    );
    // Typed Istimewa, the PK proposes Istimewa too ((115 % + 105,3 %) / 2 = 110,1 % > 110 %): no difference.
    const yankes = unitRow(box, 'Bidang Pelayanan Kesehatan');
    expect(yankes?.['Predikat Usulan dari PK']).toBe('Istimewa');
    expect(yankes?.['Sumber Predikat Unit']).toBe('tertulis');
    expect(String(yankes?.['Cek Sebaran (SE 3/2023)'])).toBe(
      'Dicek dengan predikat unit Istimewa (tertulis). OK',
    );
    // Typed Butuh Perbaikan wins over the PK's Kurang (57/95 = 60 %); the difference is in Masalah Data.
    const p2p = unitRow(box, 'Bidang Pencegahan dan Pengendalian Penyakit');
    expect(p2p?.['Capaian PK']).toBeCloseTo(0.6, 10);
    expect(p2p?.['Predikat Organisasi']).toBe('Butuh Perbaikan');
    expect(p2p?.['Sumber Predikat Unit']).toBe('tertulis');
    expect(p2p?.['Predikat Usulan dari PK']).toBe('Kurang');
    expect(String(p2p?.['Cek Sebaran (SE 3/2023)'])).toMatch(
      /^Dicek dengan predikat unit Butuh Perbaikan \(tertulis\)\./,
    );
    const differs = problems(box).filter((p) => p.includes('berbeda dengan usulan dari Perjanjian Kinerja'));
    expect(differs).toHaveLength(1);
    expect(differs[0]).toContain('Butuh Perbaikan');
    expect(differs[0]).toContain('Kurang');
    expect(differs[0]).toContain('60 %');
  });

  it('reports a unit the PK names that no sheet knows, at its cell', () => {
    const pk: RawTable = {
      ...templatePk,
      rows: [
        ...templatePk.rows,
        {
          row: 7,
          values: {
            unit: 'Bidang Kesehatan Masyarakat',
            sasaran_strategis: 'Meningkatnya status gizi masyarakat',
            indikator: 'Prevalensi balita stunting',
            target: '14 %',
            realisasi: '15,2 %',
            satuan: '%',
          },
        },
      ],
    };
    const box = loadSandbox({ sheets: seeds(sample({}, pk)) });
    box.call('hitungNilai');
    const unknown = problems(box).find((p) => p.includes('Bidang Kesehatan Masyarakat'));
    expect(unknown).toContain('Perjanjian Kinerja | 7 | A');
    expect(rowsOf(box, 'Hasil Unit')).toHaveLength(3);
  });

  it('the template creates the Perjanjian Kinerja sheet with its example in the header note, not as rows', () => {
    const box = loadSandbox();
    box.call('siapkanTemplat');
    const pk = box.book.sheets.find((s) => s.name === 'Perjanjian Kinerja');
    const rows = plain(pk!.snapshot());
    expect(rows[0]).toEqual([
      'Unit Kerja',
      'Sasaran Strategis',
      'Indikator',
      'Target',
      'Realisasi',
      'Satuan',
    ]);
    // An example row left in place was scored as the unit's own PK: the example is a note (A1) instead.
    expect(rows.slice(1)).toEqual([]);
    expect(pk!.peek(1, 1)?.note).toContain('Sekretariat');
    expect(pk!.peek(1, 3)?.note).toContain('IKU');
  });
});

/** An office's own layout: title rows, a merged two-row header, Target | Realisasi | Capaian per triwulan. */
function officePk(): SheetSeed {
  const quarters = ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'];
  const top: SeedCell[] = [
    'No',
    'Unit Kerja',
    'Sasaran Strategis',
    'Indikator Kinerja Utama',
    'Satuan',
    'Target Tahunan',
  ];
  const sub: SeedCell[] = ['', '', '', '', '', ''];
  for (const q of quarters) {
    top.push(q, '', '');
    sub.push('Target', 'Realisasi', 'Capaian (%)');
  }
  /** Triwulan I, II and IV hold numbers that would give other predikat: only Triwulan III must be read. */
  const quarterCells = (tw3: [string, string]): string[] => [
    '10',
    '1',
    '10 %',
    '20',
    '30',
    '150 %',
    tw3[0],
    tw3[1],
    '',
    '',
    '',
    '',
  ];
  const data: SeedCell[][] = [
    [
      '1',
      'Sekretariat',
      SASARAN.sekretariat,
      'Nilai SAKIP Dinas Kesehatan',
      'Nilai',
      '70',
      ...quarterCells(['70', '71,5']),
    ],
    [
      '2',
      '',
      '',
      'Persentase laporan keuangan tepat waktu',
      '%',
      '100 %',
      ...quarterCells(['100 %', '95 %']),
    ],
    [
      '3',
      'Bidang Pelayanan Kesehatan',
      SASARAN.yankes,
      'Persentase puskesmas terakreditasi',
      '%',
      '80 %',
      ...quarterCells(['80 %', '92 %']),
    ],
    ['4', '', '', 'Cakupan pelayanan kesehatan rujukan', 'Persen', '95', ...quarterCells(['95', '100'])],
    [
      '5',
      'Bidang Pencegahan dan Pengendalian Penyakit',
      SASARAN.p2p,
      'Cakupan imunisasi dasar lengkap',
      '%',
      '95 %',
      ...quarterCells(['95 %', '57 %']),
    ],
  ];
  const rows: SeedCell[][] = [
    ['CAPAIAN INDIKATOR KINERJA UTAMA'],
    ['DINAS KESEHATAN KABUPATEN CONTOH'],
    ['Tahun', ':', '2025'],
    [],
    top,
    sub,
    ...data,
  ];
  const merges: NonNullable<SheetSeed['merges']> = [];
  for (let column = 1; column <= 6; column++) merges.push({ row: 5, column, numRows: 2, numColumns: 1 });
  for (let q = 0; q < 4; q++) merges.push({ row: 5, column: 7 + 3 * q, numRows: 1, numColumns: 3 });
  // Unit and sasaran merged over their IKU rows, as offices print them.
  for (const column of [2, 3]) {
    merges.push({ row: 7, column, numRows: 2, numColumns: 1 });
    merges.push({ row: 9, column, numRows: 2, numColumns: 1 });
  }
  return { name: 'Capaian IKU 2025', rows, merges };
}

/** The sample's employee sheet, titled with the period scored. */
function withPeriod(input: WorkbookInput, period: string): SheetSeed[] {
  return seeds(input).map((s) =>
    s.name === 'Pegawai' ? { ...s, rows: [['Periode', ':', period], [], ...s.rows] } : s,
  );
}

describe('Perjanjian Kinerja in an office layout (merged triwulan headers)', () => {
  it('reads the Target | Realisasi pair of the period scored (Triwulan III) and says which columns', () => {
    const box = loadSandbox({
      sheets: [...withPeriod(sample({ Sekretariat: '' }), 'Triwulan III 2025'), officePk()],
    });
    box.call('hitungNilai');
    const sekretariat = unitRow(box, 'Sekretariat');
    expect(sekretariat?.['Capaian PK']).toBeCloseTo((71.5 / 70 + 0.95) / 2, 10);
    expect(sekretariat?.['Indikator PK Terhitung']).toBe(2);
    expect(sekretariat?.['Predikat Organisasi']).toBe('Baik');
    expect(sekretariat?.['Sumber Predikat Unit']).toBe('dari PK');
    const yankes = unitRow(box, 'Bidang Pelayanan Kesehatan');
    expect(yankes?.['Capaian PK']).toBeCloseTo((0.92 / 0.8 + 100 / 95) / 2, 10);
    expect(yankes?.['Predikat Usulan dari PK']).toBe('Istimewa');
    const p2p = unitRow(box, 'Bidang Pencegahan dan Pengendalian Penyakit');
    expect(p2p?.['Predikat Usulan dari PK']).toBe('Kurang');
    expect(p2p?.['Predikat Organisasi']).toBe('Butuh Perbaikan');
    const read = problems(box).find((p) => p.includes('dibaca dari kolom Triwulan III'));
    expect(read).toContain('Target di kolom M, Realisasi di kolom N');
  });

  it('a period no triwulan names is reported, and no capaian PK is guessed', () => {
    const box = loadSandbox({ sheets: [...withPeriod(sample({}), 'September 2025'), officePk()] });
    box.call('hitungNilai');
    for (const r of rowsOf(box, 'Hasil Unit')) {
      expect(r['Capaian PK']).toBe('');
      expect(r['Sumber Predikat Unit']).toBe('tertulis');
    }
    const refused = problems(box).find((p) => p.includes('tidak untuk periode yang dinilai'));
    expect(refused).toContain('Triwulan I, Triwulan II, Triwulan III, Triwulan IV');
    expect(refused).toContain('September 2025');
  });
});
