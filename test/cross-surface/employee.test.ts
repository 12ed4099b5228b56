/**
 * One employee verdict: several employees, each with several RHK (utama and tambahan) of one to three
 * indicators, written once as a sheet (Hitung nilai in the built Code.js) and once as a page that lists every
 * indicator row with its person and its RHK text repeated (the built extension in Chromium). The employee's
 * capaian and proposed hasil rating must be the same on both, with RHK weights (Bobot on an RHK's first row)
 * and tambahan RHK that the default policy leaves out of the capaian.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { indicatorCase, nipOf } from './cases';
import { type ServedPages, servePages } from './pages';
import { expectSameVerdict, hitungNilai, page, pageVerdicts, type Rhk, rowsOf, typed } from './teams';

const employee = fc.array(
  fc.record({
    jenis: fc.constantFrom<Rhk['jenis']>('Utama', 'Utama', 'Tambahan'),
    // Typed as text: the sheet holds what the page prints ('' for none).
    bobot: fc.constantFrom('', '10', '20%', '25', '40 %').map(typed),
    indicators: fc.array(indicatorCase, { minLength: 1, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 4 },
);
const PAGES = 4;
const teams: Rhk[][][] = fc.sample(fc.array(employee, { minLength: 2, maxLength: 6 }), {
  numRuns: PAGES,
  seed: 61206,
});

let served: ServedPages;

beforeAll(async () => {
  served = await servePages(
    Object.fromEntries(teams.map((team, i) => [`rekap-${i}.html`, page(rowsOf(team))])),
  );
});

afterAll(async () => {
  await served?.close();
});

describe('one employee verdict across the sheet and the page', () => {
  it('gives each employee the same capaian and proposed rating in Hitung nilai and on the page', async () => {
    for (const [i, team] of teams.entries()) {
      const sheet = hitungNilai(team, rowsOf(team)).verdicts;
      const badges = await pageVerdicts(served, `rekap-${i}.html`, team.length);
      for (const [e] of team.entries()) {
        const nip = nipOf(e);
        const where = `page ${i}, ${nip}: ${JSON.stringify(team[e])}`;
        expectSameVerdict(
          badges.find((b) => b.nip === nip),
          sheet.get(nip),
          where,
        );
      }
    }
  });
});
