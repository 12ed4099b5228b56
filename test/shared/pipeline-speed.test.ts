import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nipDigits } from '../../shared/parse/nip';
import { collapseSpaces, collapsesTo, needsCollapse } from '../../shared/pipeline/cells';
import { sameNip } from '../../shared/pipeline/people';
import { groupByRhk, type RhkIndicator } from '../../shared/score/aggregate';

/*
 * The shortcuts the pipeline takes on every row must answer exactly as the helpers they spare:
 * sameNip as comparing nipDigits with the roster NIP, collapsesTo as comparing collapseSpaces with the
 * text already collapsed, and groupByRhk's array made to measure as the groups themselves.
 */

/** 19880412 201001 2 004 and its neighbours: a birth date, an appointment, the sex digit, a sequence. */
const NIP = '198804122010012004';
const OTHER_NIP = '199105172015031002';

/** A NIP cell as offices type it: separators between the groups, or between any digits, or junk. */
const nipCell = fc.oneof(
  fc.constantFrom(
    NIP,
    '19880412 201001 2 004',
    '19880412.201001.2.004',
    '19880412-201001-2-004',
    '19880412  201001   2 004',
    ' 19880412 201001 2 004',
    '19880412 201001 2 004 ',
    '19880412 201001 2 0041',
    '19880412 201001 2 00',
    'NIP. 19880412 201001 2 004',
    '19880412/201001/2/004',
    OTHER_NIP,
    '19910517 201503 1 002',
  ),
  fc
    .array(fc.constantFrom(' ', '.', '-', '  ', ''), { minLength: 17, maxLength: 17 })
    .map((gaps) => [...NIP].map((d, i) => d + (gaps[i] ?? '')).join('')),
  fc.string({ unit: fc.constantFrom('1', '9', '8', '0', ' ', '.', '-', 'a', '\u00a0'), maxLength: 80 }),
);

describe('sameNip', () => {
  it('says a cell names a roster NIP exactly when nipDigits gives that NIP', () => {
    fc.assert(
      fc.property(nipCell, fc.constantFrom(NIP, OTHER_NIP), (cell, nip) => {
        expect(sameNip(cell, nip)).toBe(nipDigits(cell) === nip);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the usual separators and refuses a label or an extra digit', () => {
    expect(sameNip('19880412 201001 2 004', NIP)).toBe(true);
    expect(sameNip('19880412.201001.2.004', NIP)).toBe(true);
    expect(sameNip('NIP. 19880412 201001 2 004', NIP)).toBe(false);
    expect(sameNip('19880412 201001 2 0041', NIP)).toBe(false);
    expect(sameNip('19880412 201001 2 004', OTHER_NIP)).toBe(false);
  });
});

/** RHK texts with runs of spaces, tabs, line breaks and other Unicode spaces between their words. */
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', ' \u00a0', '\u2003', '\u3000', '\ufeff', '\u200b'];
const rhkText = fc
  .array(
    fc.tuple(
      fc.constantFrom('Meningkatnya', 'kualitas', 'Pelayanan', 'administrasi', 'kepegawaian', 'OPD', '(SKP)'),
      fc.constantFrom(...SPACES),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => words.map(([w, s]) => w + s).join(''));

describe('needsCollapse', () => {
  it('answers as the regex /\\s\\s|[\\t\\n\\r\\u00a0]/ on any text, white space of every kind included', () => {
    const spaces = [
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u2028',
      '\u202f',
      '\u3000',
      '\ufeff',
    ];
    const piece = fc.oneof(
      fc.constantFrom(...spaces),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('a', 'Z', '9', '.'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(needsCollapse(text)).toBe(/\s\s|[\t\n\r\u00a0]/.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('collapsesTo', () => {
  it('says a text collapses to a given one exactly when collapseSpaces gives it', () => {
    fc.assert(
      fc.property(rhkText, rhkText, (a, b) => {
        const collapsed = collapseSpaces(b);
        expect(collapsesTo(a, collapsed)).toBe(collapseSpaces(a) === collapsed);
        expect(collapsesTo(b, collapsed)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows a lone wide space stays when nothing else asks for collapsing', () => {
    const lone = 'Meningkatnya\u2003kualitas pelayanan';
    expect(collapseSpaces(lone)).toBe(lone);
    expect(collapsesTo(lone, 'Meningkatnya kualitas pelayanan')).toBe(false);
    expect(collapsesTo('Meningkatnya\u2003kualitas  pelayanan', 'Meningkatnya kualitas pelayanan')).toBe(
      true,
    );
  });
});

describe('groupByRhk', () => {
  const policy = { aggregationCap: 1.2, useWeights: false } as const;
  const row = (rhk: string, jenis: 'utama' | 'tambahan', capaian: number | null): RhkIndicator => ({
    rhk,
    jenis,
    capaian,
  });

  it('returns an array of exactly its groups, in runs or scattered', () => {
    const inRuns = groupByRhk(
      [row('Layanan SKP', 'utama', 0.9), row('Layanan SKP', 'utama', 1.1), row('Arsip', 'tambahan', 1)],
      policy,
    );
    expect(inRuns.map((g) => [g.rhk, g.indicators, g.capaian])).toEqual([
      ['Layanan SKP', 2, 1],
      ['Arsip', 1, 1],
    ]);
    expect(inRuns.length).toBe(2);
    expect(Object.keys(inRuns)).toEqual(['0', '1']);
    const scattered = groupByRhk(
      [row('Layanan SKP', 'utama', 0.8), row('Arsip', 'utama', 1), row('Layanan SKP', 'utama', 1)],
      policy,
    );
    expect(scattered.map((g) => [g.rhk, g.indicators, g.capaian])).toEqual([
      ['Layanan SKP', 2, 0.9],
      ['Arsip', 1, 1],
    ]);
    expect(Object.keys(scattered)).toEqual(['0', '1']);
    expect(groupByRhk([], policy)).toEqual([]);
  });
});
