import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import type { RawTable } from '../../shared/model/input';
import { blankBehaviour, readBehaviour } from '../../shared/pipeline/behaviour';
import { readEmployees } from '../../shared/pipeline/people';
import { BERAKHLAK, type BerakhlakValue, RATINGS, type Rating } from '../../shared/policy/sections/rating';

/*
 * Each BerAKHLAK judgement a supervisor writes reaches the employee's values under its own name, in
 * BERAKHLAK order (the values object is shared by every employee judged alike: issue 7, point 7).
 */

const LABEL: Record<Rating, string> = {
  di_atas: 'Di Atas Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  di_bawah: 'Di Bawah Ekspektasi',
};
const judgementArb = fc.constantFrom<Rating | null>(null, ...RATINGS);

describe('readBehaviour values', () => {
  it('keeps each judgement under its own value, in BERAKHLAK order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(judgementArb, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const nips = rows.map((_, i) => `19800101200501${1001 + i}`);
          const employees: RawTable = {
            sheet: 'Pegawai',
            columns: { nip: 'A', nama: 'B', unit: 'C' },
            rows: nips.map((nip, i) => ({
              row: i + 2,
              values: { nip, nama: `Pegawai ${i + 1}`, unit: 'Bidang Pelayanan' },
            })),
          };
          const behaviour: RawTable = {
            sheet: 'Perilaku',
            columns: Object.fromEntries([
              ['nip', 'A'],
              ...BERAKHLAK.map((v, k) => [v, String.fromCharCode(66 + k)]),
            ]),
            rows: rows.map((judged, i) => ({
              row: i + 2,
              values: {
                nip: nips[i] as string,
                ...Object.fromEntries(
                  BERAKHLAK.map((v, k) => [v, judged[k] ? LABEL[judged[k] as Rating] : '']),
                ),
              },
            })),
          };
          const issues: Issue[] = [];
          const roster = readEmployees(employees, issues);
          const columns = readBehaviour(behaviour, roster, 'Pegawai', issues);
          expect(issues).toEqual([]);
          rows.forEach((judged, i) => {
            const expected: Partial<Record<BerakhlakValue, Rating>> = {};
            BERAKHLAK.forEach((v, k) => {
              if (judged[k]) expected[v] = judged[k] as Rating;
            });
            const values = columns.of(i, blankBehaviour())?.values;
            expect(values).toEqual(expected);
            expect(Object.keys(values ?? {})).toEqual(Object.keys(expected));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
