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
import { ratingLabel, t } from '../../shared';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { type IndicatorCase, indicatorCase, nipOf } from './cases';
import { html, round4, type ServedPages, seedCell, servePages } from './pages';

/** A Bobot as the sheet holds it (text, a number, a percent cell) and as the page prints it. */
interface Bobot {
  sheet: SeedCell;
  shown: string;
}
const typed = (text: string): Bobot => ({ sheet: text, shown: text });
const NONE = typed('');

interface Rhk {
  jenis: 'Utama' | 'Tambahan';
  /** On the RHK's first row only (a merged cell in a sheet). */
  bobot: Bobot;
  indicators: IndicatorCase[];
}

/** Fixed indicators: RHK A scores 80 %, RHK B 125 % (120 % once capped). */
const fixed = (target: number, realisasi: number): IndicatorCase => ({
  target: { v: target, shown: String(target) },
  realisasi: { v: realisasi, shown: String(realisasi) },
  polaritas: 'Positif',
  bukti: { text: 'Laporan.pdf', given: true },
  umpanBalik: { text: 'Sudah sesuai', given: true },
});
const twoRhk = (a: Bobot, b: Bobot): Rhk[] => [
  { jenis: 'Utama', bobot: a, indicators: [fixed(10, 8)] },
  { jenis: 'Utama', bobot: b, indicators: [fixed(12, 15)] },
];

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

interface Row {
  nip: string;
  nama: string;
  rhk: string;
  jenis: string;
  bobot: Bobot;
  c: IndicatorCase;
}
function rowsOf(team: Rhk[][]): Row[] {
  return team.flatMap((rhks, e) =>
    rhks.flatMap((r, k) =>
      r.indicators.map((c, i) => ({
        nip: nipOf(e),
        nama: `Pegawai ${e + 1}`,
        rhk: `Terlaksananya kegiatan ${k + 1} pegawai ${e + 1}`,
        jenis: r.jenis,
        bobot: i === 0 ? r.bobot : NONE,
        c,
      })),
    ),
  );
}

function page(rows: readonly Row[], spanning = false): string {
  const bobotCell = (r: Row, i: number): string => {
    if (!spanning) return `<td>${html(r.bobot.shown)}</td>`;
    if (i > 0 && rows[i - 1]!.rhk === r.rhk) return '';
    const span = rows.filter((o) => o.rhk === r.rhk).length;
    return `<td rowspan="${span}">${html(r.bobot.shown)}</td>`;
  };
  const body = rows
    .map(
      (
        r,
        i,
      ) => `<tr><td>${html(r.nama)}<br><small>${r.nip}</small></td><td>${html(r.rhk)}</td><td>${r.jenis}</td>
      ${bobotCell(r, i)}<td>Jumlah keluaran</td><td>${html(r.c.polaritas)}</td><td>${html(r.c.target.shown)}</td>
      <td>${html(r.c.realisasi.shown)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Rekap SKP Bawahan</title></head>
    <body><h1>Rekap Realisasi SKP Bawahan</h1><table id="rekap"><thead><tr><th>Nama / NIP</th>
    <th>Rencana Hasil Kerja</th><th>Jenis RHK</th><th>Bobot</th><th>Indikator Kinerja Individu</th><th>Polaritas</th>
    <th>Target</th><th>Realisasi</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
}

const values = (box: Sandbox, name: string): unknown[][] => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as unknown[][]) : [];
};

/** The two messages' Indonesian openings after the value ("Bobot "0,4" ditulis ..."), in either catalog. */
const FORM_SAID = /ditulis sebagai pecahan|ditulis dalam persen/;

function hitungNilai(team: Rhk[][], rows: readonly Row[]) {
  const pegawai: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja']];
  team.forEach((_, e) => {
    pegawai.push([nipOf(e), `Pegawai ${e + 1}`, 'Analis Kebijakan', 'Bidang Perencanaan']);
  });
  const indikator: SeedCell[][] = [
    ['NIP', 'RHK', 'Jenis RHK', 'Bobot', 'Indikator', 'Polaritas', 'Target', 'Realisasi'],
    ...rows.map((r) => [
      r.nip,
      r.rhk,
      r.jenis,
      r.bobot.sheet,
      'Jumlah keluaran',
      r.c.polaritas,
      seedCell(r.c.target),
      seedCell(r.c.realisasi),
    ]),
  ];
  const box = loadSandbox({
    sheets: [
      { name: 'Pegawai', rows: pegawai },
      { name: 'Indikator', rows: indikator },
    ],
  });
  box.call('hitungNilai');
  const sheet = values(box, 'Hasil Pegawai');
  const header = sheet[0] as string[];
  const capaian = header.indexOf(t('ADDON_COL_CAPAIAN'));
  const usulan = header.indexOf(t('ADDON_COL_RATING_USULAN'));
  const nipColumn = header.indexOf(t('ADDON_COL_NIP'));
  // Masalah Data: sheet, row, column, value, message, severity. A weight in the other form, by employee.
  const reported = new Map<string, string[]>();
  for (const [sheetName, row, , , message] of values(box, 'Masalah Data').slice(1)) {
    if (sheetName !== 'Indikator' || !FORM_SAID.test(String(message))) continue;
    const nip = rows[Number(row) - 2]!.nip;
    reported.set(nip, [...(reported.get(nip) ?? []), String(message)]);
  }
  return {
    verdicts: new Map(
      sheet.slice(1).map((r) => [String(r[nipColumn]), { capaian: r[capaian], usulan: r[usulan] }]),
    ),
    reported,
  };
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

async function pageVerdicts(i: number, people: number) {
  const tab = await served.ext.newPage();
  await tab.goto(served.url(`bobot-${i}.html`));
  await tab.waitForFunction(
    (n) => document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]').length >= n,
    people,
    { timeout: 20_000 },
  );
  const badges = await tab.evaluate(() =>
    Array.from(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]')).map((b) => ({
      nip: b.getAttribute('data-nip'),
      capaian: b.getAttribute('data-capaian') ?? '',
      usulan: b.getAttribute('data-kategori') ?? '',
      title: b.getAttribute('title') ?? '',
    })),
  );
  await tab.close();
  return badges;
}

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
        expect(onPage, where).toBeDefined();
        expect(inSheet, where).toBeDefined();
        if (typeof inSheet!.capaian === 'number') {
          expect(round4(Number(onPage!.capaian)), where).toBe(round4(inSheet!.capaian));
          expect(ratingLabel(onPage!.usulan as never), where).toBe(inSheet!.usulan);
        } else {
          expect(onPage!.capaian, where).toBe('');
          expect(inSheet!.capaian, where).toBe('');
        }
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
