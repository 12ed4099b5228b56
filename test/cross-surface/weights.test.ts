/**
 * One weight rule (issue 7: one verdict): a Bobot column written two ways (0,4 beside "20%", 40 beside 0,2)
 * takes the form most of its weights are written in, and a weight in the other form is reported and not
 * used (docs/rules.md#aggregation, shared/score/weight-forms.ts). Hitung nilai (the built Code.js) applied it
 * and the overlay (the built extension in Chromium) weighed such a weight as written: an employee with 0,4
 * beside "20%" got 100 % in the sheet and 119,22 % on the page. Written once as a sheet and once as a page
 * (one table, so one column on both), every employee must get the same capaian (4 decimals) and proposed
 * rating, and each weight in the other form must be reported on both: in Masalah Data at its cell, and on
 * the employee's badge.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCase, nipOf } from './cases';
import { round4, type ServedPages, servePages } from './pages';
import {
  type Bobot,
  pageVerdicts as badgesOn,
  expectSameVerdict,
  fixed,
  NONE,
  page,
  type Rhk,
  type Row,
  rowsOf,
  hitungNilai as scoreSheet,
  twoRhk,
  typed,
} from './teams';

/**
 * The reviewer's case (out/review-verdict/t5.ts) among employees writing percentages: 0,4 beside "20%"
 * (a fraction in a column of percentages), a number cell 0.4 beside a percent cell, and employees whose
 * weights are all in the column's form.
 */
const PERCENT_COLUMN: Rhk[][] = [
  twoRhk(typed('0,4'), typed('20%')),
  twoRhk(typed('40%'), typed('20%')),
  twoRhk({ sheet: 0.4, shown: '0,4' }, { sheet: { v: 0.2, d: '20.00%' }, shown: '20%' }),
  twoRhk(typed('30'), typed('70 %')),
];
/** Fractions are the column's form: 40 beside 0,2 is the one reported. */
const FRACTION_COLUMN: Rhk[][] = [
  twoRhk(typed('0,4'), typed('0,6')),
  twoRhk(typed('0,3'), typed('0,7')),
  twoRhk(typed('40'), typed('0,2')),
];

/** Generated teams: weights of both forms, blanks and 0, RHK tambahan, any indicator of the generator. */
const bobot = fc.constantFrom<Bobot>(
  NONE,
  typed('0,4'),
  typed('0,25'),
  typed('0.3'),
  typed('0'),
  typed('40%'),
  typed('20 %'),
  typed('25'),
  typed('60'),
  { sheet: 0.5, shown: '0,5' },
  { sheet: 35, shown: '35' },
  { sheet: { v: 0.3, d: '30.00%' }, shown: '30%' },
);
const employee = fc.array(
  fc.record({
    jenis: fc.constantFrom<Rhk['jenis']>('Utama', 'Utama', 'Tambahan'),
    bobot,
    indicators: fc.array(indicatorCase, { minLength: 1, maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 4 },
);
const GENERATED: Rhk[][][] = fc.sample(fc.array(employee, { minLength: 3, maxLength: 6 }), {
  numRuns: 4,
  seed: 20261207,
});
/**
 * A Bobot spanning its RHK's rows (rowspan on the page, a merged cell in the sheet) counts once: the
 * three-row RHK's "0,4" is one fraction against two percentages, so the column is in percent on both.
 */
const SPANNED: Rhk[][] = [
  [
    { jenis: 'Utama', bobot: typed('0,4'), indicators: [fixed(10, 8), fixed(10, 9), fixed(10, 10)] },
    { jenis: 'Utama', bobot: typed('20%'), indicators: [fixed(12, 15)] },
  ],
  twoRhk(typed('50%'), NONE),
];
const TEAMS: Rhk[][][] = [PERCENT_COLUMN, FRACTION_COLUMN, SPANNED, ...GENERATED];
/** Teams whose page spans each Bobot over its RHK's rows. */
const SPANNING = new Set([SPANNED]);

/** The two messages' Indonesian openings after the value ("Bobot "0,4" ditulis ..."), in either catalog. */
const FORM_SAID = /ditulis sebagai pecahan|ditulis dalam persen/;

/** Hitung nilai's verdicts, and the weights it reported in the other form, by employee. */
function hitungNilai(team: Rhk[][], rows: readonly Row[]) {
  const { verdicts, problems } = scoreSheet(team, rows);
  // Masalah Data: sheet, row, column, value, message, severity. A weight in the other form, by employee.
  const reported = new Map<string, string[]>();
  for (const [sheetName, row, , , message] of problems) {
    if (sheetName !== 'Indikator' || !FORM_SAID.test(String(message))) continue;
    const nip = rows[Number(row) - 2]!.nip;
    reported.set(nip, [...(reported.get(nip) ?? []), String(message)]);
  }
  return { verdicts, reported };
}

let served: ServedPages;

beforeAll(async () => {
  served = await servePages(
    Object.fromEntries(TEAMS.map((team, i) => [`bobot-${i}.html`, page(rowsOf(team), SPANNING.has(team))])),
  );
});

afterAll(async () => {
  await served?.close();
});

/** The employees' badges on team i's page. */
const pageVerdicts = (i: number, people: number) => badgesOn(served, `bobot-${i}.html`, people);

describe('one weight rule across the sheet and the page', () => {
  it('weighs, sets aside and reports the same Bobot cells in Hitung nilai and on the page', async () => {
    let setAside = 0;
    for (const [i, team] of TEAMS.entries()) {
      const rows = rowsOf(team);
      const sheet = hitungNilai(team, rows);
      const badges = await pageVerdicts(i, team.length);
      for (const [e] of team.entries()) {
        const nip = nipOf(e);
        const where = `team ${i}, ${nip}: ${JSON.stringify(team[e])}`;
        const onPage = badges.find((b) => b.nip === nip);
        const inSheet = sheet.verdicts.get(nip);
        expectSameVerdict(onPage, inSheet, where);
        // Each weight set aside is said on both, and only those.
        const saidOnPage = onPage!.title.split('\n').filter((line) => FORM_SAID.test(line));
        expect(saidOnPage.length, where).toBe(sheet.reported.get(nip)?.length ?? 0);
        setAside += saidOnPage.length;
      }
    }
    // The generated teams are not all written one way (else this proves nothing).
    expect(setAside).toBeGreaterThan(4);
  });

  it('gives 0,4 beside "20%" equal weights on both, never 0,4 against 20, and says what to write', async () => {
    const rows = rowsOf(PERCENT_COLUMN);
    const sheet = hitungNilai(PERCENT_COLUMN, rows);
    const badges = await pageVerdicts(0, PERCENT_COLUMN.length);
    const siti = nipOf(0);
    // (80 % + 120 %) / 2, not (0,8 x 0,4 + 1,2 x 20) / 20,4 = 119,22 % (the page said so before).
    expect(sheet.verdicts.get(siti)?.capaian).toBeCloseTo(1, 6);
    const badge = badges.find((b) => b.nip === siti)!;
    expect(round4(Number(badge.capaian))).toBe(1);
    expect(badge.title).toContain(
      'Bobot "0,4" (RHK "Terlaksananya kegiatan 1 pegawai 1") ditulis sebagai pecahan, sedangkan bobot lain di tabel ini dalam persen (mis. "20%"): bobot ini tidak dipakai dan baris yang ditimbang bersamanya dihitung dengan bobot sama. Tulis "40%" (atau "0,4%" bila memang sekecil itu).',
    );
    expect(sheet.reported.get(siti)).toEqual([
      expect.stringContaining('Bobot "0,4" ditulis sebagai pecahan'),
    ]);
    // Weights in the column's form are weighed as written on both: (0,8 x 40 + 1,2 x 20) / 60.
    expect(round4(Number(badges.find((b) => b.nip === nipOf(1))!.capaian))).toBe(0.9333);
    expect(badges.find((b) => b.nip === nipOf(1))!.title).not.toMatch(FORM_SAID);

    const fractions = hitungNilai(FRACTION_COLUMN, rowsOf(FRACTION_COLUMN));
    const onPage = await pageVerdicts(1, FRACTION_COLUMN.length);
    const budi = onPage.find((b) => b.nip === nipOf(2))!;
    expect(budi.title).toContain(
      'Bobot "40" (RHK "Terlaksananya kegiatan 1 pegawai 3") ditulis dalam persen',
    );
    expect(budi.title).toContain('Tulis "0,4".');
    expect(fractions.reported.get(nipOf(2))).toHaveLength(1);
    expect(round4(Number(budi.capaian))).toBe(1);
  });

  it('counts a Bobot spanning its RHK once, as the merged cell of a sheet', async () => {
    const sheet = hitungNilai(SPANNED, rowsOf(SPANNED));
    const badges = await pageVerdicts(2, SPANNED.length);
    const siti = badges.find((b) => b.nip === nipOf(0))!;
    // The column is in percent (one fraction, two percentages): the "0,4" is the one set aside, on both.
    expect(siti.title).toContain(
      'Bobot "0,4" (RHK "Terlaksananya kegiatan 1 pegawai 1") ditulis sebagai pecahan',
    );
    expect(siti.title.split('\n').filter((line) => FORM_SAID.test(line))).toHaveLength(1);
    expect(sheet.reported.get(nipOf(0))).toHaveLength(1);
    // RHK 1: (80 % + 90 % + 100 %) / 3; RHK 2: 120 %; equal weights: 105 %.
    expect(round4(Number(siti.capaian))).toBe(1.05);
    expect(sheet.verdicts.get(nipOf(0))?.capaian).toBeCloseTo(1.05, 6);
  });
});
