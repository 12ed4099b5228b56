/**
 * Periods and history through the BUILT Code.js: a workbook holding three months gives one verdict per
 * month (never their average as one), kept in "Riwayat"; a later workbook holding February again
 * replaces only February's rows there; the change since the previous period and stagnation are shown in
 * "Hasil Pegawai". Input cells are only read.
 */
import { describe, expect, it } from 'vitest';
import type { SeedCell, SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

const pct = (fraction: number): SeedCell => ({ v: fraction, d: `${(fraction * 100).toFixed(2)}%` });

const OPD = 'Dinas Komunikasi dan Informatika Kabupaten Sukamaju';

/** Three employees: Rahmat below target every month, Sari rising, Yudi falling. */
const PEOPLE = [
  {
    nip: '198403122009011004',
    nama: 'Rahmat Hidayat, S.Kom.',
    unit: 'Bidang Aplikasi Informatika',
    capaian: [0.8, 0.85, 0.9],
  },
  {
    nip: '199001252015032006',
    nama: 'Sari Dewi Lestari, S.T.',
    unit: 'Bidang Aplikasi Informatika',
    capaian: [1.0, 1.1, 1.2],
  },
  { nip: '198711052011011002', nama: 'Yudi Pratama, S.E.', unit: 'Sekretariat', capaian: [1.05, 1.0, 0.95] },
] as const;

const MONTHS = ['Januari', 'Februari', 'Maret'] as const;

/** One month's recap of results per employee, as a regional TPP file keeps it, with its period in the title. */
function monthSheet(
  month: number,
  capaian: (person: number) => number = (p) => PEOPLE[p]!.capaian[month]!,
): SheetSeed {
  return {
    name: `Rekap ${MONTHS[month]}`,
    rows: [
      ['REKAPITULASI CAPAIAN KINERJA PEGAWAI'],
      ['SKPD', ':', OPD],
      ['Bulan', ':', `${MONTHS[month]} 2025`],
      [],
      ['No', 'NIP', 'Nama Pegawai', 'Unit Kerja', '% Capaian SKP'],
      ...PEOPLE.map((p, i) => [i + 1, p.nip, p.nama, p.unit, pct(capaian(i))]),
    ],
  };
}

type Row = Record<string, unknown>;

function rowsOf(box: Sandbox, name: string): Row[] {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const [header = [], ...rows] = plain(sheet.snapshot()) as unknown[][];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function compute(box: Sandbox, inputs: readonly string[]): string {
  const before = inputs.map((n) => sheetState(sheetNamed(box, n)));
  const text = String(box.call('hitungNilai'));
  expect(inputs.map((n) => sheetState(sheetNamed(box, n)))).toEqual(before);
  return text;
}

describe('three months in one workbook', () => {
  const sheets = [monthSheet(0), monthSheet(1), monthSheet(2)];
  const box = loadSandbox({ sheets });
  const text = compute(
    box,
    sheets.map((s) => s.name),
  );

  it('scores each month on its own and keeps every month in Riwayat, never one averaged verdict', () => {
    expect(text).toContain('Riwayat diperbarui untuk Januari 2025, Februari 2025, Maret 2025');
    const history = rowsOf(box, 'Riwayat');
    expect(history).toHaveLength(9);
    const rahmat = history.filter((r) => r.NIP === PEOPLE[0].nip);
    expect(rahmat.map((r) => [r['Kode periode'], r.Periode, r.Capaian])).toEqual([
      ['2025-01', 'Januari 2025', 0.8],
      ['2025-02', 'Februari 2025', 0.85],
      ['2025-03', 'Maret 2025', 0.9],
    ]);
  });

  it('shows the latest month in Hasil Pegawai with the change since the previous month', () => {
    const results = rowsOf(box, 'Hasil Pegawai');
    const sari = results.find((r) => r.NIP === PEOPLE[1].nip);
    expect(sari?.Capaian).toBe(1.2);
    expect(sari?.['Perubahan capaian sejak periode lalu']).toBeCloseTo(0.1, 10);
    const yudi = results.find((r) => r.NIP === PEOPLE[2].nip);
    expect(yudi?.['Perubahan capaian sejak periode lalu']).toBeCloseTo(-0.05, 10);
  });

  it('flags stagnation with its reason: below target three months in a row, or never rising', () => {
    const results = rowsOf(box, 'Hasil Pegawai');
    const trend = (nip: string) => String(results.find((r) => r.NIP === nip)?.Tren ?? '');
    expect(trend(PEOPLE[0].nip)).toBe(
      'Stagnan: capaian 3 periode berturut-turut di bawah 100% (Januari 2025 80%, Februari 2025 85%, Maret 2025 90%). Tinjau penempatan dan beri pembinaan.',
    );
    expect(trend(PEOPLE[1].nip)).toBe('');
    expect(trend(PEOPLE[2].nip)).toContain('Stagnan: capaian tidak naik selama 3 periode');
    expect(text).toContain('2 pegawai stagnan');
    expect(text).toContain(
      'Paling meningkat (Januari 2025 - Maret 2025): Sari Dewi Lestari, S.T. (+20 poin), Rahmat Hidayat, S.Kom. (+10 poin).',
    );
  });

  it('a later workbook holding February again replaces only February in Riwayat', () => {
    const before = rowsOf(box, 'Riwayat');
    // The office's next file: February corrected (Sari 115 %), January and March no longer in it.
    for (const name of ['Rekap Januari', 'Rekap Maret', 'Rekap Februari']) {
      const sheet = box.book.sheets.find((s) => s.name === name);
      if (sheet) box.book.deleteSheet(sheet);
    }
    const corrected = monthSheet(1, (p) => (p === 1 ? 1.15 : PEOPLE[p]!.capaian[1]!));
    box.book.addSheet(corrected);
    const again = compute(box, [corrected.name]);
    expect(again).toContain('Riwayat diperbarui untuk Februari 2025');
    const after = rowsOf(box, 'Riwayat');
    const other = (rows: Row[]) => rows.filter((r) => r['Kode periode'] !== '2025-02');
    expect(other(after)).toEqual(other(before));
    const february = after.filter((r) => r['Kode periode'] === '2025-02');
    expect(february).toHaveLength(3);
    expect(february.find((r) => r.NIP === PEOPLE[1].nip)?.Capaian).toBe(1.15);
  });
});

describe('a workbook that names no period', () => {
  it('writes no history: a verdict without a period cannot be placed in it', () => {
    const sheet = monthSheet(0);
    sheet.rows.splice(2, 1);
    const box = loadSandbox({ sheets: [sheet] });
    const text = compute(box, [sheet.name]);
    expect(text).not.toContain('Riwayat');
    expect(box.book.sheets.some((s) => s.name === 'Riwayat')).toBe(false);
  });
});
