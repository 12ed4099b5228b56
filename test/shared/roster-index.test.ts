import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NipIndex } from '../../shared/pipeline/roster-index';

/*
 * The roster's NIP index answers as a Map of the same records would (issue 7, point 7: the index is sized
 * once instead of a Map rebuilt as it grows). NIPs as offices write them: 18 digits, birth date, TMT,
 * sex, sequence; neighbours that differ in their last digits; other texts that are looked up and absent.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const nipArb = fc
  .record({
    born: fc.date({ min: new Date('1960-01-01'), max: new Date('2003-12-31'), noInvalidDate: true }),
    tmtYear: fc.integer({ min: 1985, max: 2025 }),
    tmtMonth: fc.integer({ min: 1, max: 12 }),
    sex: fc.constantFrom(1, 2),
    seq: fc.integer({ min: 1, max: 999 }),
  })
  .map(
    ({ born, tmtYear, tmtMonth, sex, seq }) =>
      `${born.getUTCFullYear()}${pad(born.getUTCMonth() + 1, 2)}${pad(born.getUTCDate(), 2)}${tmtYear}${pad(tmtMonth, 2)}${sex}${pad(seq, 3)}`,
  );
const probeArb = fc.oneof(nipArb, fc.string({ maxLength: 20 }), fc.constant(''));

describe('NipIndex', () => {
  it('answers get, has and size as a Map of the same records, sized or growing', () => {
    fc.assert(
      fc.property(
        fc.array(nipArb, { maxLength: 300 }),
        fc.array(probeArb, { maxLength: 50 }),
        fc.nat({ max: 400 }),
        (nips, probes, expected) => {
          const list: { nip: string; index: number }[] = [];
          const index = new NipIndex(list, expected);
          const map = new Map<string, { nip: string; index: number }>();
          for (const nip of nips) {
            // As the roster readers do: the first row naming a NIP is the employee; a later one is a duplicate.
            expect(index.get(nip)).toBe(map.get(nip));
            if (map.has(nip)) continue;
            const record = { nip, index: list.length };
            list.push(record);
            index.add(list.length - 1);
            map.set(nip, record);
          }
          expect(index.size).toBe(map.size);
          for (const probe of [...nips, ...probes]) {
            expect(index.get(probe)).toBe(map.get(probe));
            expect(index.has(probe)).toBe(map.has(probe));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds each of 20,000 consecutive NIPs of one office and none of their neighbours outside it', () => {
    // Born the same day, appointed in twenty intakes of a thousand: NIPs a digit apart, as an office's are.
    const unique = Array.from({ length: 20_000 }, (_, i) => ({
      nip: `19850714${2000 + Math.floor(i / 1000)}011${pad(i % 1000, 3)}`,
    }));
    expect(new Set(unique.map((r) => r.nip)).size).toBe(20_000);
    const index = new NipIndex(unique, 100);
    for (let i = 0; i < unique.length; i++) index.add(i);
    expect(index.size).toBe(unique.length);
    for (const record of unique) expect(index.get(record.nip)).toBe(record);
    expect(index.get('198507142010011999x')).toBeUndefined();
    expect(index.get('199001012015012001')).toBeUndefined();
  });
});
