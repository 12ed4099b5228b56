import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/core/issue';
import type { RawRow, RawTable } from '../../shared/model/input';
import { parseDuration, parseNumber, parseTarget } from '../../shared/parse';
import { plainLabelKeys } from '../../shared/parse/label-lookup';
import { parsePolarity, parseRhkKind, polarityOfLabel, rhkKindOfLabel } from '../../shared/parse/labels';
import {
  FastReading,
  parsedNumberOf,
  readMinutesFast,
  readNumberFast,
  readTargetFast,
  targetOf,
} from '../../shared/parse/number-fast';
import { parseRating, ratingOfLabel } from '../../shared/parse/ratings';
import { isLeftover, sameButCase } from '../../shared/parse/text';
import { compareUnitKinds, compareUnits, sameUnitWritten } from '../../shared/parse/units';
import {
  CollapsedTexts,
  collapseSpaces,
  collapsesTo,
  labelParser,
  unitKey,
} from '../../shared/pipeline/cells';
import { readEmployees } from '../../shared/pipeline/people';
import { LabelDecisions, plainLabelWords } from '../../shared/pipeline/text-keys';

/*
 * The shortcuts that read a province whose every text is written in a form of its own (other letter
 * case, other spacing; shared/sample/province.ts makeDistinct) answer exactly as the robust code they
 * spare, on Indonesian texts written every way offices write them: runs of spaces, non-breaking spaces,
 * tabs and line breaks, letter case, punctuation, colons, JavaScript leftovers, words after numbers.
 */

/** Every kind of white space a cell may hold, and none. */
const SPACES = [
  ' ',
  ' ',
  '  ',
  '\u00a0',
  ' \u00a0 ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\v',
  '\f',
  '\u2003',
  '\u3000',
  '\ufeff',
];
/** Words of RHK texts, with the punctuation and letters other than ASCII they carry. */
const WORDS = [
  'Meningkatnya',
  'kualitas',
  'PELAYANAN',
  'administrasi',
  'kepegawaian',
  'OPD',
  '(SKP)',
  'Dinas',
  'Kesehatan,',
  '2025',
  'pengelolaan',
  'keuangan.',
  'Tersedianya',
  'dokumen',
  'Perencanaan',
  'perencanaan',
  'é',
  '\u200b',
  '-',
];
/** Each letter of a text in the case one bit asks for. */
const flipCase = (text: string, bits: number): string =>
  [...text].map((ch, i) => ((bits >> (i % 30)) & 1 ? ch.toUpperCase() : ch.toLowerCase())).join('');

/** An RHK as offices type it: words and the spaces between them, at the ends too, in any letter case. */
const spacedText = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { minLength: 1, maxLength: 7 }),
    fc.constantFrom('', ' ', '\u00a0', '\t'),
    fc.nat(),
    fc.boolean(),
  )
  .map(([words, lead, bits, flip]) => {
    const text = lead + words.map(([w, s]) => w + s).join('');
    return flip ? flipCase(text, bits) : text;
  });
const anyText = fc.oneof(
  spacedText,
  fc.string({ unit: fc.constantFrom(...'aA .\u00a0\t\n\u2003'.split('')), maxLength: 10 }),
  fc.string({ maxLength: 16 }),
);

describe('collapsesTo (one pass)', () => {
  it('says a text collapses to another exactly when collapseSpaces gives it', () => {
    fc.assert(
      fc.property(spacedText, spacedText, (a, b) => {
        expect(collapsesTo(a, collapseSpaces(b))).toBe(collapseSpaces(a) === collapseSpaces(b));
        expect(collapsesTo(a, collapseSpaces(a))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for any second text, collapsed or not (a lone wide space stays unless something else collapses)', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(collapsesTo(a, b)).toBe(collapseSpaces(a) === b);
      }),
      { numRuns: 3000 },
    );
    expect(collapsesTo('Dinas\u2003Kesehatan', 'Dinas\u2003Kesehatan')).toBe(true);
    expect(collapsesTo('Dinas\u2003Kesehatan', 'Dinas Kesehatan')).toBe(false);
    expect(collapsesTo('Dinas\u2003Kesehatan  Kota', 'Dinas Kesehatan Kota')).toBe(true);
    expect(collapsesTo('Dinas  Kesehatan\u2003', 'Dinas Kesehatan ')).toBe(true);
  });

  it('gives CollapsedTexts the answers of collapseSpaces, cell after cell', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 60 }), (texts) => {
        const collapsed = new CollapsedTexts();
        for (const text of texts) expect(collapsed.of(text)).toBe(collapseSpaces(text));
      }),
      { numRuns: 500 },
    );
  });
});

/** Labels offices write, with colons (several, or one at the end), marks, letters other than ASCII. */
const LABELS = [
  'Positif',
  'Polaritas: Positif',
  'Polaritas Indikator: Negatif',
  'Polaritas:: Positif',
  'Status: Polaritas: Negatif',
  'Positif:',
  'Polaritas: Positif:',
  'Négatif: Positif',
  'Positif: Négatif',
  'Utama',
  'RHK Utama',
  'Rencana Hasil Kerja Utama',
  'Tugas Tambahan',
  'Di Atas Ekspektasi',
  'Di-Atas  Ekspektasi',
  'Dibawah Ekspektasi',
  'Rating: Sesuai Ekspektasi',
  'NaN',
  'nan',
  'Null',
  'null',
  'Infinity',
  '-Infinity',
  'undefined',
  '[object Object]',
  '+',
  'Polaritas: +',
  'A@B',
  'a`b',
  'X[Y',
  'x{y',
];
const labelCell = fc.oneof(
  fc.tuple(fc.constantFrom(...LABELS), fc.nat()).map(([label, bits]) => flipCase(label, bits)),
  fc.constantFrom(...LABELS),
  fc
    .tuple(fc.constantFrom(...LABELS), fc.constantFrom('', ' ', '\u00a0', '\t', '.', ':'))
    .map(([label, end]) => label + end),
  fc.string({ unit: fc.constantFrom(...'aAuUnN :.-+é\u00a0@`[{'.split('')), maxLength: 16 }),
);

/** FNV-1a over the codes of the words, to 30 bits (what LabelDecisions keys its words by). */
function fnv(words: string): number {
  let hash = 2166136261 | 0;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words.charCodeAt(i), 16777619);
  return hash & 0x3fffffff;
}

describe('plainLabelWords (one pass, hashed)', () => {
  it('writes the words of plainLabelKeys, -1 where it gives none, and hashes them in the same pass', () => {
    const out = new Uint16Array(64);
    const hashed = new Int32Array(1);
    fc.assert(
      fc.property(labelCell, (text) => {
        const length = plainLabelWords(text, out, hashed);
        const keys = plainLabelKeys(text);
        if (keys === undefined) expect(length).toBe(-1);
        else {
          expect(String.fromCharCode(...out.subarray(0, length))).toBe(keys.words);
          expect(hashed[0]).toBe(fnv(keys.words));
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sameButCase', () => {
  const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  it('says two texts differ at most in the case of ASCII letters', () => {
    fc.assert(
      fc.property(labelCell, labelCell, fc.nat(), (a, b, bits) => {
        expect(sameButCase(a, b)).toBe(a.length === b.length && asciiLower(a) === asciiLower(b));
        expect(sameButCase(a, flipCase(a, bits))).toBe(asciiLower(a) === asciiLower(flipCase(a, bits)));
      }),
      { numRuns: 3000 },
    );
    expect(sameButCase('Positif', 'pOSITIF')).toBe(true);
    expect(sameButCase('Négatif', 'NÉGATIF')).toBe(false);
    expect(sameButCase('A@B', 'a`b')).toBe(false);
    expect(sameButCase('X[Y', 'x{y')).toBe(false);
  });
});

describe('sides written alike (sameUnitWritten)', () => {
  // What compareUnits (and a reader of many rows before it) answers at once: one scale and the same word but
  // for its case, neither a magnitude word. The comparison by kinds must find them the same unit.
  const words = fc.constantFrom(
    undefined,
    'Dokumen',
    'laporan',
    'Rp',
    'rupiah',
    'IDR',
    'orang',
    'kali',
    'M',
    'miliar',
    'Jt',
    'juta',
    'ribu',
    'triliun',
    'jam',
    'menit',
    'Hari',
    'bulan',
    'persen',
    'unit/kegiatan',
  );
  const scales = fc.constantFrom('bare', 'fraction', 'points', 'money', 'jam', 'hari', 'bulan', '');
  const policies = fc.constantFrom(
    undefined,
    { differentWords: 'refuse' as const },
    {
      differentWords: 'compute' as const,
    },
  );
  it('is the same unit by kinds, whatever kind the word is', () => {
    fc.assert(
      fc.property(words, words, fc.nat(), scales, scales, policies, (a, b, bits, s1, s2, policy) => {
        const other = b === undefined || bits % 3 === 0 ? b : a === undefined ? a : flipCase(a, bits);
        const target = { scale: s1, unit: a };
        const realisasi = { scale: bits % 5 === 0 ? s2 : s1, unit: other };
        if (!sameUnitWritten(target.scale, target.unit, realisasi.scale, realisasi.unit)) return;
        expect(compareUnitKinds(target, realisasi, policy)).toEqual({ kind: 'same', wordsDiffer: false });
        expect(compareUnits(target, realisasi, policy)).toEqual({ kind: 'same', wordsDiffer: false });
      }),
      { numRuns: 5000 },
    );
    expect(sameUnitWritten('bare', 'Dokumen', 'bare', 'DOKUMEN')).toBe(true);
    expect(sameUnitWritten('bare', 'miliar', 'bare', 'Miliar')).toBe(false);
    expect(sameUnitWritten('bare', 'Dokumen', 'points', 'Dokumen')).toBe(false);
  });
});

describe('LabelDecisions and labelParser on a column repeating its label in letter cases of its own', () => {
  /** A column's cells: runs of one label in several letter cases, then another. */
  const column = fc
    .array(fc.tuple(fc.constantFrom(...LABELS), fc.array(fc.nat(), { minLength: 1, maxLength: 5 })), {
      minLength: 1,
      maxLength: 20,
    })
    .map((runs) => runs.flatMap(([label, cases]) => cases.map((bits) => flipCase(label, bits))));
  const cells = fc.oneof(column, fc.array(labelCell, { maxLength: 40 }));

  it('decides each cell as the decision on plainLabelKeys', () => {
    for (const decide of [polarityOfLabel, rhkKindOfLabel, ratingOfLabel] as const)
      fc.assert(
        fc.property(cells, (texts) => {
          const decisions = new LabelDecisions<unknown>(decide);
          for (const text of texts) {
            const keys = plainLabelKeys(text);
            expect(decisions.of(text)).toEqual(keys === undefined ? undefined : decide(keys));
          }
        }),
        { numRuns: 300 },
      );
  });

  it('gives no decision for a leftover written as the label before it but for case ("NaN" after "nan")', () => {
    // A decision that takes any words: what the cell above decided would otherwise answer for "NaN".
    fc.assert(
      fc.property(cells, (texts) => {
        const decisions = new LabelDecisions((keys) => keys.words);
        for (const text of texts) expect(decisions.of(text)).toBe(plainLabelKeys(text)?.words);
      }),
      { numRuns: 300 },
    );
    const decisions = new LabelDecisions((keys) => keys.words);
    expect(decisions.of('nan')).toBe('nan');
    expect(decisions.of('NaN')).toBeUndefined();
    expect(decisions.of('NAN')).toBe('nan');
  });

  it('reads a column as its parser reads each cell, leftovers ("NaN" after "nan") included', () => {
    const columns = [
      [parsePolarity, () => labelParser(parsePolarity, polarityOfLabel)],
      [parseRhkKind, () => labelParser(parseRhkKind, rhkKindOfLabel)],
      [parseRating, () => labelParser(parseRating, ratingOfLabel)],
    ] as const;
    for (const [parse, read] of columns)
      fc.assert(
        fc.property(cells, (texts) => {
          const readColumn = read();
          for (const text of texts) expect(readColumn(text)).toEqual(parse(text));
        }),
        { numRuns: 200 },
      );
    const readColumn = labelParser(parsePolarity, polarityOfLabel);
    for (const text of ['nan', 'NaN', 'nAN', 'Null', 'null', 'Positif', 'pOSITIF'])
      expect(readColumn(text)).toEqual(parsePolarity(text));
  });
});

describe('isLeftover (told apart by length first)', () => {
  const LEFTOVERS = ['NaN', 'Infinity', '+Infinity', '-Infinity', 'undefined', 'null', '[object Object]'];
  it('is true exactly for the words a JavaScript export leaves behind', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...LEFTOVERS, ...LEFTOVERS.map((w) => w.toLowerCase())), labelCell),
        (text) => {
          expect(isLeftover(text)).toBe(LEFTOVERS.includes(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Words after a number: units in any case, percent words, words that are no unit, magnitudes, arithmetic. */
const AFTER = [
  '',
  ' Dokumen',
  '  dOkumen',
  ' LAPORAN',
  ' Berkas',
  ' persen',
  ' PErsen',
  ' pct',
  ' per tahun',
  ' Sesuai Renstra',
  ' berdasarkan perjanjian kinerja',
  ' ribu',
  ' JUTA',
  ' jam',
  ' Hari',
  ' menit',
  ' MNT',
  ' x',
  ' kali',
  ' Orang',
  ' Dokumen * 2',
  ' Dokumen = 12',
  ' Dokumen per tahun - 1',
  ' Dokumen ^2',
  ' Dokumen ^ dua',
  ' Dokumen * dua',
  ' Dokumen = dua',
  ' Dokumen + lain',
  ' Dokumen / hari',
  ' Dokumen - dua',
  ' persen %',
  '%',
  ' %',
  '%%',
  ' Dokumen 2',
  ' Dokumen (dua)',
  ' Dokumen\u00a0per tahun',
  ' Dokumen é',
  ' Dokumen/tahun',
];
const BODIES = ['12', '12,0', '12,00', '85,5', '4.215', '1.250', '1.250,5', '1250', '0,1', '2.400.000', '07'];
const numberCell = fc
  .tuple(
    fc.constantFrom('', '', 'Rp ', 'rp', 'IDR '),
    fc.constantFrom(...BODIES),
    fc.constantFrom('', '', '-90', ' s/d 95', ' - 1.500'),
    fc.constantFrom(...AFTER),
    fc.constantFrom(...AFTER),
  )
  .map(([lead, body, range, unit, tail]) => `${lead}${body}${range}${unit}${tail}`);
const HINTS = [
  undefined,
  { columnSamples: ['85,5'] },
  { context: 'percent' as const },
  { context: 'money' as const },
];

describe('the fast number readers, on numbers with words after them', () => {
  it('answer exactly as the robust parsers whenever they answer, and answer for the plain forms', () => {
    const reading = new FastReading();
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(numberCell, fc.constantFrom(...HINTS), (text, hints) => {
        runs++;
        if (readNumberFast(text, hints, reading))
          expect(ok(parsedNumberOf(text, reading))).toStrictEqual(parseNumber(text, hints));
        if (readTargetFast(text, hints, reading)) {
          answered++;
          expect(ok(targetOf(text, reading))).toStrictEqual(parseTarget(text, hints));
        }
        if (readMinutesFast(text, reading))
          expect(ok({ minutes: reading.value })).toStrictEqual(parseDuration(text));
      }),
      { numRuns: 5000 },
    );
    // Arithmetic, magnitudes and a second number (most cells here) are the robust parser's: the rest is the fast one's.
    expect(answered / runs).toBeGreaterThan(0.08);
  });

  it.each([
    ['12 dOkumen sesuai renstra', 12, undefined],
    ['4.215 Orang', 4.215, { context: 'percent' as const }],
    ['4.215 menit', 4215, undefined],
    ['85,5 PErsen', 85.5, undefined],
  ])('reads %j as %d', (text, value, hints) => {
    const reading = new FastReading();
    expect(readNumberFast(text, hints, reading)).toBe(true);
    expect(reading.value).toBe(value);
    expect(ok(parsedNumberOf(text, reading))).toStrictEqual(parseNumber(text, hints));
  });

  it.each([['12 Dokumen * 2'], ['12 ribu'], ['12 Dokumen 2'], ['12 Dokumen é'], ['12 persen %']])(
    'leaves %j to the robust parser',
    (text) => {
      expect(readNumberFast(text, undefined, new FastReading())).toBe(false);
    },
  );
});

describe('unit cells of a roster writing every unit its own way', () => {
  it('keeps each unit as collapseSpaces writes it and keys it by unitKey, remembered or not', () => {
    const units = ['Dinas Kesehatan 1 - Bidang 1', 'Bidang  Pelayanan kesehatan', 'Sekretariat\u00a0Dinas'];
    const rows: RawRow[] = [];
    // More rows than a cache's window, each unit in a letter case of its own: the cache stops remembering.
    for (let i = 0; i < 3000; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (Math.floor(i / 12) % 28)).padStart(2, '0');
      const sequence = String(1 + Math.floor(i / 336)).padStart(3, '0');
      const unit = flipCase(units[i % units.length] as string, i * 7919);
      rows.push({
        row: i + 2,
        values: { nip: `1986${month}${day}201012${1 + (i % 2)}${sequence}`, nama: `Pegawai ${i}`, unit },
      });
    }
    // Then the same unit cell over and over: remembered again.
    for (let i = 0; i < 3000; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (Math.floor(i / 12) % 28)).padStart(2, '0');
      const sequence = String(20 + Math.floor(i / 336)).padStart(3, '0');
      rows.push({
        row: i + 3002,
        values: {
          nip: `1987${month}${day}201112${1 + (i % 2)}${sequence}`,
          nama: `Staf ${i}`,
          unit: units[1],
        },
      });
    }
    const table: RawTable = { sheet: 'Pegawai', columns: { nip: 'A', nama: 'B', unit: 'C' }, rows };
    const issues: never[] = [];
    const roster = readEmployees(table, issues);
    expect(issues).toEqual([]);
    expect(roster.list.length).toBe(rows.length);
    roster.list.forEach((record, i) => {
      const written = (rows[i] as RawRow).values.unit as string;
      expect(record.unit).toBe(collapseSpaces(written));
      expect(record.unitKey).toBe(unitKey(collapseSpaces(written)));
      expect(record.opd).toBe('');
    });
  });
});
