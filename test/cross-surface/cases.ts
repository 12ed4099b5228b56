/**
 * Generated indicator rows for the cross-surface tests ("one verdict"): the same row must get the same
 * capaian, category, flags and proposed rating through =CAPAIAN / =KATEGORI_CAPAIAN / =RATING_HASIL, through
 * Hitung nilai, and through the overlay on a page. Each cell is given as a sheet holds it (a raw value with
 * its number format, or typed text) and as a page shows it (text).
 */
import fc from 'fast-check';

/** A cell as a spreadsheet holds it: `v` raw, `format` its number format; `shown` is what a page prints. */
export interface CaseCell {
  v: string | number;
  format?: string;
  shown: string;
}

export interface IndicatorCase {
  target: CaseCell;
  realisasi: CaseCell;
  /** "Maksimal" alone is ambiguous and "sedang" unknown: every surface leaves the capaian uncomputed. */
  polaritas: 'Positif' | 'Negatif' | '' | 'Maksimal' | 'sedang';
  bukti: { text: string; given: boolean };
  umpanBalik: { text: string; given: boolean };
  /**
   * The Satuan column's word, when the row has one: =CAPAIAN gets it as its satuan argument, since a
   * formula sees a percent cell as a bare fraction and only the unit says it is a percentage.
   */
  satuan?: '%';
}

const twoDecimals = (n: number): string => (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
const indonesian = (n: number): string => twoDecimals(n).replace('.', ',');

/** A percentage p (in points): as a percent-formatted cell, as Indonesian text, as English text. */
const percentCell = (points: number): fc.Arbitrary<CaseCell> =>
  fc.constantFrom<CaseCell>(
    { v: Math.round(points * 100) / 10000, format: '0.00%', shown: `${indonesian(points)}%` },
    { v: `${indonesian(points)} %`, shown: `${indonesian(points)} %` },
    { v: `${twoDecimals(points)}%`, shown: `${twoDecimals(points)}%` },
  );

/** Text typed in a cell, shown on a page as typed. */
const textCell = (text: string): CaseCell => ({ v: text, shown: text });

/** A count with a unit or a plain number ("12 Dokumen", 12). */
const countCell = (n: number): fc.Arbitrary<CaseCell> =>
  fc.constantFrom<CaseCell>(
    { v: n, shown: String(n) },
    { v: `${n} Dokumen`, shown: `${n} Dokumen` },
    { v: `${n} Laporan`, shown: `${n} Laporan` },
  );

const percentPoints = fc.integer({ min: 1, max: 15000 }).map((n) => n / 100);
const count = fc.integer({ min: 0, max: 400 });

/** Target and realisasi of one indicator, written in the formats offices and pages use. */
const quantities: fc.Arbitrary<{ target: CaseCell; realisasi: CaseCell; satuan?: '%' }> = fc.oneof(
  // Percentages on both sides, each in any of its forms (a percent cell next to "85,5 %" text).
  fc.record({ target: percentPoints.chain(percentCell), realisasi: percentPoints.chain(percentCell) }),
  // Counts with units.
  fc.record({ target: count.chain(countCell), realisasi: count.chain(countCell) }),
  // A target written as a fraction next to a realisasi in percent (0,85 next to 90%).
  fc.record({
    target: fc
      .integer({ min: 10, max: 100 })
      .map((n): CaseCell => ({ v: n / 100, shown: indonesian(n / 100) })),
    realisasi: percentPoints.chain(percentCell),
  }),
  // A target typed as text without a unit ("90", "87,5", "80-90": a Target column formatted as text) beside
  // a percent cell: Hitung nilai reads the cell's format (85 % against 90 is 94,4 %), a formula gets a bare
  // 0,85 and reads it as the Satuan "%" says (review s7: it wrote 0,94 %). Percent cells up to 150 %, the
  // percentage rule's fractions.
  fc.record({
    target: fc.oneof(
      fc.integer({ min: 2, max: 150 }).map((n) => textCell(String(n))),
      fc.integer({ min: 200, max: 15000 }).map((n) => textCell(indonesian(n / 100))),
      fc
        .tuple(fc.integer({ min: 2, max: 90 }), fc.integer({ min: 0, max: 20 }))
        .map(([low, width]) => textCell(`${low}-${low + width}`)),
    ),
    realisasi: percentPoints.map(
      (points): CaseCell => ({
        v: Math.round(points * 100) / 10000,
        format: '0.00%',
        shown: `${indonesian(points)}%`,
      }),
    ),
    satuan: fc.constant<'%'>('%'),
  }),
  // Range targets ("80-90", "80 s/d 90 %").
  fc.record({
    target: fc
      .tuple(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 20 }))
      .chain(([low, width]) =>
        fc.constantFrom<CaseCell>(
          { v: `${low}-${low + width}`, shown: `${low}-${low + width}` },
          { v: `${low} s/d ${low + width} %`, shown: `${low} s/d ${low + width} %` },
        ),
      ),
    realisasi: fc.integer({ min: 0, max: 150 }).map((n): CaseCell => ({ v: n, shown: String(n) })),
  }),
  // Units (issue 8): money magnitudes read exactly ("Rp 1,5 M" vs "1.200 jt"), durations converted when
  // exact (bulan/tahun) and refused when the policy leaves them open (minggu/hari), arithmetic text refused.
  fc.record({
    target: fc.constantFrom('Rp 1,5 M', 'Rp 500 rb', '2,5 miliar', 'Rp 4.750.000').map(textCell),
    realisasi: fc.constantFrom('1.200 jt', 'Rp 450 rb', 'Rp 1.250.000', 'Rp 2 M').map(textCell),
  }),
  fc.record({
    target: fc.constantFrom('2 minggu', '3 bulan', '1 tahun', '2 x 24 jam', '10 hari').map(textCell),
    realisasi: fc.constantFrom('10 hari', '9 bulan', '36 jam', '2 minggu').map(textCell),
  }),
  fc.record({
    target: fc.constantFrom('12 Dokumen', '12', '80%').map(textCell),
    realisasi: fc.constantFrom('10+2', '12 / 2', '5x3', '=10*2', '80 -', '12%%', '80/100').map(textCell),
  }),
  // Blanks and target 0.
  fc.record({
    target: fc.constantFrom<CaseCell>({ v: 0, shown: '0' }, { v: '12 Dokumen', shown: '12 Dokumen' }),
    realisasi: fc.constantFrom<CaseCell>({ v: '', shown: '' }, { v: 0, shown: '0' }, { v: 3, shown: '3' }),
  }),
);

/** bukti dukung as offices fill it, with whether it names evidence. */
const bukti = fc.constantFrom(
  { text: 'https://drive.google.com/file/d/1aB2cD3eF4/view', given: true },
  { text: 'Laporan_Triwulan_I.pdf', given: true },
  { text: '', given: false },
  { text: '-', given: false },
  { text: 'Link Kosong', given: false },
  { text: 'Belum ada', given: false },
);

/** umpan balik as supervisors leave it, with whether it is feedback. */
const umpanBalik = fc.constantFrom(
  { text: 'Sudah sesuai target, pertahankan', given: true },
  { text: 'Perlu percepatan input data', given: true },
  { text: '', given: false },
  { text: 'Belum ada', given: false },
  { text: '-', given: false },
);

export const indicatorCase: fc.Arbitrary<IndicatorCase> = fc
  .record({
    quantities,
    polaritas: fc.constantFrom<IndicatorCase['polaritas']>('Positif', 'Negatif', '', 'Maksimal', 'sedang'),
    bukti,
    umpanBalik,
  })
  .map(({ quantities: q, ...rest }) => ({ ...q, ...rest }));

/** A valid 18-digit NIP for the i-th generated employee (born 1985, appointed 2010, male). */
export const nipOf = (i: number): string => `19850101201001${String(1001 + i).padStart(4, '0')}`;

/** The flags every surface must raise for a case, from what the generator wrote (not from the code). */
export function expectedFlags(c: IndicatorCase): string[] {
  const flags: string[] = [];
  const realisasiGiven = c.realisasi.shown !== '';
  if (!realisasiGiven) flags.push('realisasi_kosong');
  if (realisasiGiven && !c.bukti.given) flags.push('tanpa_bukti');
  if (!c.umpanBalik.given) flags.push('tanpa_umpan_balik');
  return flags;
}
