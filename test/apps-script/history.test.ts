/**
 * Periods and history through the BUILT Code.js: a workbook holding three months gives one verdict per
 * month (never their average as one), kept in "Riwayat"; a later workbook holding February again
 * replaces only February's rows there; the change since the previous period and stagnation are shown in
 * "Hasil Pegawai". Input cells are only read.
 */
import { describe, expect, it } from 'vitest';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { unitMonthRecap } from './fixtures/families';
import { compute, type Row, rowsOf } from './fixtures/sandbox-run';
import { sheetNamed, sheetState } from './output-state';

// The workbooks are computed while the tests are collected: the add-on must be built before that.
await ensureBuilt();

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
  return unitMonthRecap(OPD, MONTHS[month]!, PEOPLE, capaian);
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

/** Hitung nilai's summary on these month sheets, under a policy that names one most improved. */
function computeNamingOne(sheets: SheetSeed[]): string {
  const box = loadSandbox({ sheets });
  const reply = plain(box.call('simpanKebijakan', JSON.stringify({ recap: { mostImprovedCount: 1 } }))) as {
    ok: boolean;
  };
  expect(reply.ok).toBe(true);
  return compute(
    box,
    sheets.map((s) => s.name),
  );
}

describe('how many most improved employees are named: the policy (recap.mostImprovedCount)', () => {
  it('names one when the region asks for one, the largest rise', () => {
    const text = computeNamingOne([monthSheet(0), monthSheet(1), monthSheet(2)]);
    expect(text).toContain(
      'Paling meningkat (Januari 2025 - Maret 2025): Sari Dewi Lestari, S.T. (+20 poin).',
    );
    expect(text).not.toContain('Rahmat Hidayat, S.Kom. (+10 poin)');
  });

  it('names one unit too (the field says "OPD dan pegawai paling meningkat")', () => {
    // Both units rise: Sekretariat by 20 points, Bidang Aplikasi Informatika by 15 on average.
    const rising = [
      [0.8, 0.85, 0.9],
      [1.0, 1.1, 1.2],
      [0.9, 1.0, 1.1],
    ];
    const text = computeNamingOne([0, 1, 2].map((m) => monthSheet(m, (p) => rising[p]![m]!)));
    expect(text).toContain('Sekretariat (+20 poin)');
    expect(text).not.toContain('Bidang Aplikasi Informatika (+');
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

describe('the annual verdict, units trends and the trend charts', () => {
  const sheets = [monthSheet(0), monthSheet(1), monthSheet(2)];
  const box = loadSandbox({ sheets });
  const inputs = sheets.map((s) => s.name);
  const text = compute(box, inputs);

  it('gives the annual verdict by the default rule: the last period, said so, never the mean', () => {
    const riwayat = rowsOf(box, 'Riwayat');
    const annual = rowsOf(box, 'Rekap Tahunan');
    expect(annual).toHaveLength(3);
    const rahmat = annual.find((r) => r.NIP === PEOPLE[0].nip);
    const march = riwayat.find((r) => r.NIP === PEOPLE[0].nip && r['Kode periode'] === '2025-03');
    expect(rahmat).toMatchObject({
      Tahun: '2025',
      'Periode tercatat': 'Januari 2025, Februari 2025, Maret 2025',
      'Capaian tahunan': 0.9,
      'Kategori Capaian': march?.['Kategori Capaian'],
      'Predikat tahunan': march?.['Predikat Kinerja'],
      'Aturan predikat tahunan': 'Data tahunan, jika tidak ada periode terakhir',
    });
    // The mean of 80, 85 and 90 % would be 85 %: the annual verdict is March's 90 %, and says why.
    expect(String(rahmat?.Dasar)).toBe(
      'Predikat tahunan 2025 = predikat periode terakhir (Maret 2025) karena belum ada data tahunan; periode tidak dirata-ratakan. Periode tercatat: Januari 2025, Februari 2025, Maret 2025.',
    );
    expect(annual.find((r) => r.NIP === PEOPLE[2].nip)?.['Capaian tahunan']).toBe(0.95);
    expect(text).toContain(
      'Predikat tahunan 2025 untuk 3 pegawai di sheet "Rekap Tahunan", aturan: Data tahunan, jika tidak ada periode terakhir.',
    );
  });

  it('names the most improved unit next to the employees', () => {
    // Bidang Aplikasi Informatika: mean 90 % in January, 105 % in March; Sekretariat fell (105 % to 95 %).
    expect(text).toContain(
      'Unit paling meningkat (Januari 2025 - Maret 2025, rata-rata capaian): Bidang Aplikasi Informatika (+15 poin).',
    );
  });

  it('draws the trend per unit and the stagnant employees per unit on the dashboard, from tables in it', () => {
    const before = inputs.map((n) => sheetState(sheetNamed(box, n)));
    const done = String(box.call('buatDasbor'));
    expect(inputs.map((n) => sheetState(sheetNamed(box, n)))).toEqual(before);
    expect(done).toContain('dengan 5 grafik');
    const dasbor = sheetNamed(box, 'Dasbor');
    const charts = plain(dasbor.charts) as { type: string; ranges: string[] }[];
    expect(charts.map((c) => c.type)).toEqual(['combo', 'bar', 'scatter', 'line', 'column']);
    const grid = plain(dasbor.snapshot()) as unknown[][];
    const tables = grid
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r[0] === 'Periode')
      .map(({ i }) => grid.slice(i, i + 4).map((r) => r.slice(0, 3)));
    expect(tables).toEqual([
      [
        ['Periode', 'Bidang Aplikasi Informatika', 'Sekretariat'],
        ['Januari 2025', 0.9, 1.05],
        ['Februari 2025', 0.975, 1],
        ['Maret 2025', 1.05, 0.95],
      ],
      [
        ['Periode', 'Bidang Aplikasi Informatika', 'Sekretariat'],
        ['Januari 2025', 0, 0],
        ['Februari 2025', 0, 0],
        ['Maret 2025', 1, 1],
      ],
    ]);
    // Each chart reads exactly its table: the header row and one row per period, the units as series.
    const top = (n: number) => grid.findIndex((r, i) => r[0] === 'Periode' && i >= n) + 1;
    const first = top(0);
    expect(charts[3]?.ranges).toEqual([`R${first}C1:4x3`]);
    expect(charts[4]?.ranges).toEqual([`R${top(first)}C1:4x3`]);
    expect(JSON.stringify(grid)).not.toMatch(/"=/);
  });
});
