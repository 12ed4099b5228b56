import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * Each supervisor gets their direct subordinates in roster order, supervisors in the order their staff
 * first name them, and an atasan NIP the roster does not know is said on every row that writes it (the
 * run groups subordinates by counting first and reuses the row above's atasan: issue 7, point 7).
 */

const HEADS = ['197001011995031001', '197202021996032002', '197303031997031003'];
const UNKNOWN = '196912121990031009';
const staffNip = (i: number): string => `19900101201501${String(1001 + i)}`;

function workbook(atasan: readonly number[]): WorkbookInput {
  const rows = [
    ...HEADS.map((nip, h) => ({ nip, nama: `Kepala ${h + 1}`, unit: 'Bidang Umum', atasan_nip: '' })),
    ...atasan.map((a, i) => ({
      nip: staffNip(i),
      nama: `Staf ${i + 1}`,
      unit: 'Bidang Umum',
      atasan_nip: a < HEADS.length ? (HEADS[a] as string) : UNKNOWN,
    })),
  ];
  const employees: RawTable = {
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C', atasan_nip: 'D' },
    rows: rows.map((values, r) => ({ row: r + 2, values })),
  };
  const indicators: RawTable = { sheet: 'Indikator', columns: { nip: 'A' }, rows: [] };
  return { employees, indicators };
}

describe('supervisors of a run', () => {
  it('lists direct subordinates in roster order and says each unknown atasan on its own row', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: HEADS.length }), { maxLength: 40 }), (atasan) => {
        const result = scoreOrganisation(workbook(atasan), defaultPolicy());
        const firstMet: number[] = [];
        for (const a of atasan) if (a < HEADS.length && !firstMet.includes(a)) firstMet.push(a);
        expect(result.supervisors.map((s) => s.nip)).toEqual(firstMet.map((a) => HEADS[a]));
        for (const s of result.supervisors) {
          const head = HEADS.indexOf(s.nip);
          expect(s.subordinates).toBe(atasan.filter((a) => a === head).length);
        }
        const unknownRows = atasan.flatMap((a, i) => (a === HEADS.length ? [HEADS.length + i + 2] : []));
        expect(
          result.issues
            .filter((i) => i.code === 'PIPE_UNKNOWN_ATASAN')
            .map((i) => [i.params?.nip, i.at?.row]),
        ).toEqual(unknownRows.map((row) => [UNKNOWN, row]));
      }),
      { numRuns: 100 },
    );
  });
});
