import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNip } from '../../shared/parse';
import { nipDigits, readNipFast } from '../../shared/parse/nip';

/*
 * The fast NIP readers answer only for a NIP written plainly, and then as parseNip does: nipDigits gives
 * the digits parseNip reads whenever parseNip accepts them, and readNipFast gives a NIP exactly when
 * parseNip(text) is ok with that NIP.
 */

const two = (n: number): string => String(n).padStart(2, '0');
/** 18 digits, mostly near valid: real and unreal dates, both sex digits and others, any sequence. */
const nipLike = fc
  .record({
    birthYear: fc.integer({ min: 1890, max: 2010 }),
    birthMonth: fc.integer({ min: 0, max: 13 }),
    birthDay: fc.integer({ min: 0, max: 32 }),
    year: fc.integer({ min: 1890, max: 2030 }),
    month: fc.integer({ min: 0, max: 13 }),
    sex: fc.integer({ min: 0, max: 9 }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(
    (p) =>
      `${p.birthYear}${two(p.birthMonth)}${two(p.birthDay)}${p.year}${two(p.month)}${p.sex}${String(p.sequence).padStart(3, '0')}`,
  );
const separators = fc.constantFrom(' ', '.', '-', '  ', '', ' - ', '\u00a0', '/', "'");
/** A NIP as people write it: groups split by separators, sometimes a label or an apostrophe before it. */
const written = fc
  .record({
    nip: fc.oneof(nipLike, fc.stringMatching(/^\d{16,19}$/)),
    cuts: fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }),
    separator: separators,
    lead: fc.constantFrom('', '', '', "'", 'NIP ', 'NIP. ', ' '),
    tail: fc.constantFrom('', '', '', ' ', 'x', '0'),
  })
  .map(({ nip, cuts, separator, lead, tail }) => {
    const at = [...new Set(cuts)].sort((a, b) => a - b);
    let out = '';
    let from = 0;
    for (const cut of at) {
      out += nip.slice(from, cut) + separator;
      from = cut;
    }
    return `${lead}${out}${nip.slice(from)}${tail}`;
  });
const cells = fc.oneof(
  written,
  nipLike,
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789 .-'.split('')) }),
);

describe('fast NIP readers: parseNip, faster, for a NIP written plainly', () => {
  it('readNipFast gives a NIP exactly when parseNip reads that NIP from the cell', () => {
    fc.assert(
      fc.property(cells, (text) => {
        const fast = readNipFast(text);
        const robust = parseNip(text);
        if (fast !== undefined) expect(robust.ok && robust.value.nip).toBe(fast);
        // Written plainly, the fast reader misses no valid NIP.
        if (nipDigits(text) !== undefined) expect(fast).toBe(robust.ok ? robust.value.nip : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('nipDigits gives the digits parseNip reads, whenever parseNip accepts those digits', () => {
    fc.assert(
      fc.property(cells, (text) => {
        const digits = nipDigits(text);
        if (digits === undefined) return;
        expect(digits).toMatch(/^\d{18}$/);
        const ofDigits = parseNip(digits);
        const ofText = parseNip(text);
        expect(ofText.ok).toBe(ofDigits.ok);
        if (ofText.ok) expect(ofText.value.nip).toBe(digits);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['199003152015031002', '199003152015031002'],
    ['19900315 201503 1 002', '199003152015031002'],
    ['19900315.201503.1.002', '199003152015031002'],
    ['19900315  201503   1     002', '199003152015031002'],
  ])('reads %j', (text, nip) => {
    expect(readNipFast(text)).toBe(nip);
  });

  it.each([
    ["'199003152015031002"],
    ['NIP 199003152015031002'],
    ['199003152015031000'],
    ['19900315201503100'],
  ])('leaves %j to parseNip', (text) => {
    expect(readNipFast(text)).toBeUndefined();
  });
});
