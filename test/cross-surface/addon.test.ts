/**
 * One verdict in the BUILT add-on: generated indicator rows give the same capaian, category, proposed
 * rating and flags through the custom functions (=CAPAIAN, =KATEGORI_CAPAIAN, =RATING_HASIL, fed the raw
 * cell values as Sheets passes them) and through Hitung nilai (which reads the same cells with their
 * formats). One indicator per employee, so the employee's verdict is the indicator's (capped at the
 * policy's aggregation cap of 120 %, which the categories and rating bands sit below).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../shared';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { expectedFlags, type IndicatorCase, indicatorCase, nipOf } from './cases';
import { round4, seedCell } from './pages';

beforeAll(ensureBuilt);

const AGGREGATION_CAP = 1.2;

function workbook(cases: readonly IndicatorCase[]) {
  const pegawai: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']];
  const indikator: SeedCell[][] = [
    ['NIP', 'RHK', 'Indikator', 'Target', 'Realisasi', 'Polaritas', 'Bukti Dukung', 'Umpan Balik', 'Satuan'],
  ];
  cases.forEach((c, i) => {
    pegawai.push([nipOf(i), `Pegawai ${i + 1}`, 'Analis Kebijakan', 'Bidang Perencanaan']);
    indikator.push([
      nipOf(i),
      'Tersusunnya dokumen perencanaan',
      'Jumlah dokumen',
      seedCell(c.target),
      seedCell(c.realisasi),
      c.polaritas,
      c.bukti.text,
      c.umpanBalik.text,
      c.satuan ?? '',
    ]);
  });
  return [
    { name: 'Pegawai', rows: pegawai },
    { name: 'Indikator', rows: indikator },
  ];
}

/** A custom function answers a 1x1 range with a single value, as Sheets does. */
const grid = (v: unknown): unknown[][] => (Array.isArray(v) ? (v as unknown[][]) : [[v]]);

describe('one verdict through the built Code.js', () => {
  it('=CAPAIAN, =KATEGORI_CAPAIAN, =RATING_HASIL and Hitung nilai agree on every generated row', () => {
    fc.assert(
      fc.property(fc.array(indicatorCase, { minLength: 1, maxLength: 25 }), (cases) => {
        const box = loadSandbox({ sheets: workbook(cases) });
        box.call('hitungNilai');
        const hasil = box.book.sheets.find((s) => s.name === 'Hasil Pegawai');
        expect(hasil, 'Hitung nilai wrote Hasil Pegawai').toBeDefined();
        const rows = plain(hasil!.snapshot()) as unknown[][];
        const header = rows[0] as string[];
        const col = (name: string) => header.indexOf(name);
        const [cCapaian, cKategori, cUsulan, cBukti, cUmpan] = [
          col(t('ADDON_COL_CAPAIAN')),
          col(t('ADDON_COL_KATEGORI')),
          col(t('ADDON_COL_RATING_USULAN')),
          col(t('ADDON_COL_TANPA_BUKTI')),
          col(t('ADDON_COL_TANPA_UMPAN_BALIK')),
        ];
        expect(
          [cCapaian, cKategori, cUsulan, cBukti, cUmpan].every((c) => c >= 0),
          header.join('|'),
        ).toBe(true);
        const byNip = new Map(rows.slice(1).map((r) => [String(r[col(t('ADDON_COL_NIP'))]), r]));

        // The custom functions get what Sheets passes: raw values, percent cells as fractions.
        const column = (pick: (c: IndicatorCase) => unknown) => cases.map((c) => [pick(c)]);
        const capaian = grid(
          box.call(
            'CAPAIAN',
            column((c) => c.target.v),
            column((c) => c.realisasi.v),
            column((c) => c.polaritas),
            '',
            '',
            column((c) => c.satuan ?? ''),
          ),
        );
        const capped = capaian.map(([v]) => [typeof v === 'number' ? Math.min(v, AGGREGATION_CAP) : v]);
        const kategori = grid(box.call('KATEGORI_CAPAIAN', capped));
        const usulan = grid(box.call('RATING_HASIL', capped));

        cases.forEach((c, i) => {
          const row = byNip.get(nipOf(i));
          const where = `row ${i + 1}: target ${JSON.stringify(c.target)}, realisasi ${JSON.stringify(c.realisasi)}, ${c.polaritas}`;
          expect(row, where).toBeDefined();
          const cf = capaian[i]?.[0];
          if (typeof cf === 'number') {
            expect(round4(row![cCapaian] as number), where).toBe(round4(Math.min(cf, AGGREGATION_CAP)));
            expect(row![cKategori], where).toBe(kategori[i]?.[0]);
            expect(row![cUsulan], where).toBe(usulan[i]?.[0]);
          } else {
            // Not computable in a cell ("#TARGET_NOL ...", an empty realisasi): no capaian in Hitung nilai either.
            expect(String(cf), where).toMatch(/^#|^$/);
            expect(row![cCapaian], where).toBe('');
            expect(row![cKategori], where).toBe('');
          }
          // A text target beside a percent cell: without the satuan the formula cannot tell 0,85 from 85 %,
          // and says so instead of guessing (review s7); with it, it gave Hitung nilai's capaian above.
          if (c.satuan === '%' && c.realisasi.v !== 1)
            expect(plain(box.call('CAPAIAN', c.target.v, c.realisasi.v, c.polaritas)), where).toMatch(
              /^#AMBIGU /,
            );
          const flags = expectedFlags(c);
          expect(row![cBukti] === t('ADDON_YES'), `${where}: tanpa bukti`).toBe(
            flags.includes('tanpa_bukti'),
          );
          expect(row![cUmpan] === t('ADDON_YES'), `${where}: tanpa umpan balik`).toBe(
            flags.includes('tanpa_umpan_balik'),
          );
        });
      }),
      { numRuns: 12 },
    );
  });
});

describe('the drifts this replaced (regression)', () => {
  const single = (
    target: SeedCell,
    realisasi: SeedCell,
    bukti = 'https://drive.google.com/x',
    umpan = 'Baik',
  ) =>
    loadSandbox({
      sheets: workbook([]).map((s) =>
        s.name === 'Pegawai'
          ? { ...s, rows: [...s.rows, [nipOf(0), 'Siti Rahmawati, S.E.', 'Analis', 'Sekretariat']] }
          : {
              ...s,
              rows: [
                ...s.rows,
                [nipOf(0), 'Tersusunnya laporan', 'Persentase', target, realisasi, '', bukti, umpan, ''],
              ],
            },
      ),
    });

  const drifts: [string, SeedCell, SeedCell][] = [
    ['target 0,85 (a number) with realisasi typed "90%"', 0.85, '90%'],
    ['a percent cell showing 85% with realisasi typed "90%"', { v: 0.85, d: '85.00%' }, '90%'],
    ['target typed "85%" with a percent cell showing 90%', '85%', { v: 0.9, d: '90.00%' }],
    ['two percent cells', { v: 0.85, d: '85.00%' }, { v: 0.9, d: '90.00%' }],
  ];
  for (const [name, target, realisasi] of drifts) {
    it(`${name}: Hitung nilai writes 105,9 %, as =CAPAIAN does (it wrote 10 588 %)`, () => {
      const box = single(target, realisasi);
      box.call('hitungNilai');
      const row = plain(box.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot())[1] as unknown[];
      expect(round4(row[5] as number)).toBe(round4(0.9 / 0.85));
      const raw = (c: SeedCell) => (typeof c === 'object' && c !== null && 'v' in c ? c.v : c);
      expect(round4(plain(box.call('CAPAIAN', raw(target), raw(realisasi))) as number)).toBe(
        round4(0.9 / 0.85),
      );
    });
  }

  // A percent cell beside a plain number: Hitung nilai reads the cell's format; =CAPAIAN gets a bare fraction,
  // so its satuan argument says "%" (it wrote 10 588 % and 1,06 %), and without it the cell refuses to guess.
  const mixed: [string, SeedCell, SeedCell, number, number][] = [
    [
      'a percent cell showing 85% with realisasi 90 typed as a number',
      { v: 0.85, d: '85.00%' },
      90,
      0.85,
      90,
    ],
    ['target 85 typed as a number with a percent cell showing 90%', 85, { v: 0.9, d: '90.00%' }, 85, 0.9],
  ];
  for (const [name, target, realisasi, rawTarget, rawRealisasi] of mixed) {
    it(`${name}: Hitung nilai writes 105,9 %, as =CAPAIAN does with satuan "%"`, () => {
      const box = single(target, realisasi);
      box.call('hitungNilai');
      const row = plain(box.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot())[1] as unknown[];
      expect(round4(row[5] as number)).toBe(round4(0.9 / 0.85));
      expect(round4(plain(box.call('CAPAIAN', rawTarget, rawRealisasi, '', '', '', '%')) as number)).toBe(
        round4(0.9 / 0.85),
      );
      expect(plain(box.call('CAPAIAN', rawTarget, rawRealisasi))).toMatch(/^#AMBIGU/);
    });
  }

  it('bukti dukung "-" and umpan balik "Belum ada" are flagged in Hitung nilai, as on the page', () => {
    const box = single(10, 8, '-', 'Belum ada');
    box.call('hitungNilai');
    const rows = plain(box.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot()) as unknown[][];
    const header = rows[0] as string[];
    expect(rows[1]![header.indexOf(t('ADDON_COL_TANPA_BUKTI'))]).toBe(t('ADDON_YES'));
    expect(rows[1]![header.indexOf(t('ADDON_COL_TANPA_UMPAN_BALIK'))]).toBe(t('ADDON_YES'));
  });
});

describe('numbers a sheet holds are read as numbers, never as text made from them', () => {
  const run = (bobot: [SeedCell, SeedCell], tpp: SeedCell) => {
    const nip = nipOf(0);
    const box = loadSandbox({
      sheets: [
        {
          name: 'Pegawai',
          rows: [
            ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'TPP Dasar'],
            [nip, 'Siti Rahmawati, S.E.', 'Analis', 'Sekretariat', tpp],
          ],
        },
        {
          name: 'Indikator',
          rows: [
            ['NIP', 'RHK', 'Bobot', 'Indikator', 'Target', 'Realisasi'],
            [nip, 'Tersusunnya laporan keuangan', bobot[0], 'Jumlah laporan', 10, 8],
            [nip, 'Terlaksananya rekonsiliasi', bobot[1], 'Jumlah rekonsiliasi', 12, 15],
          ],
        },
      ],
    });
    box.call('hitungNilai');
    const rows = plain(box.book.sheets.find((s) => s.name === 'Hasil Pegawai')!.snapshot()) as unknown[][];
    const header = rows[0] as string[];
    return {
      capaian: rows[1]![header.indexOf(t('ADDON_COL_CAPAIAN'))],
      tpp: rows[1]![header.indexOf(t('ADDON_COL_TPP'))],
    };
  };

  it('Bobot in percent cells weighs as the same percentages typed, and a TPP base held as a number is read as it is', () => {
    const typed = run(['40%', '20%'], 'Rp 4.750.000');
    const held = run(
      [
        { v: 0.4, d: '40.00%' },
        { v: 0.2, d: '20.00%' },
      ],
      { v: 4750000, d: '4,750,000' },
    );
    // (40 x 80 % + 20 x 120 %) / 60: the weights count, whichever way they are written.
    expect(round4(typed.capaian as number)).toBe(round4((40 * 0.8 + 20 * 1.2) / 60));
    expect(typeof typed.tpp === 'number' && typed.tpp > 0).toBe(true);
    expect(held).toEqual(typed);
  });
});
