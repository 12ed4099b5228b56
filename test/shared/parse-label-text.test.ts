import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/core/issue';
import { type LabelKeys, labelText, plainLabelKeys } from '../../shared/parse/label-lookup';
import {
  parsePolarity,
  parseRhkKind,
  parseStatus,
  parseYesNo,
  polarityOfLabel,
  rhkKindOfLabel,
  statusOfLabel,
  yesNoOfLabel,
} from '../../shared/parse/labels';
import { parseRating, ratingOfLabel } from '../../shared/parse/ratings';
import { editDistance, isLeftover, labelWords, shownValue } from '../../shared/parse/text';

/*
 * labelText reads a label cell in one pass when it is printable ASCII and makes the shown value only
 * when a message asks for it; the keys are those of the plain definition (labelWords after the last
 * colon, the same without spaces, shownValue of the cell), on any text.
 */
function reference(text: string) {
  const colon = text.lastIndexOf(':');
  const value = colon >= 0 && colon < text.length - 1 ? text.slice(colon + 1) : text;
  const words = labelWords(value);
  return { words, compact: words.split(' ').join(''), shown: shownValue(text) };
}

const LABEL_CHARS = 'aAbBdDeEiIkKpPsStTuU :-/._,()0123456789\u00a0\u0130\u212a\t'.split('');
const labels = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...LABEL_CHARS), maxLength: 30 }),
  fc.constantFrom(
    'Di Atas Ekspektasi',
    'Rating: Sesuai Ekspektasi',
    'PREDIKAT KINERJA : BAIK',
    'Kurang/Misconduct',
  ),
);

describe('labelText: the keys of a label cell', () => {
  it('are those of the plain definition, on any text', () => {
    fc.assert(
      fc.property(labels, (text) => {
        const label = labelText(text);
        expect({ words: label.words, compact: label.compact, shown: label.shown }).toStrictEqual(
          reference(text),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('parseRating reads an expectation word written exactly as it reads it within two letters', () => {
    const heads = ['Di Atas', 'Sesuai', 'Dibawah', 'Melebihi', 'Below'];
    const words = ['Ekspektasi', 'Harapan', 'Expectations', 'Ekspetasi', 'Harapn', 'Xyz'];
    for (const head of heads)
      for (const word of words) {
        const r = parseRating(`${head} ${word}`);
        const near = ['ekspektasi', 'expectations', 'expectation', 'harapan'].some(
          (w) => editDistance(word.toLowerCase(), w) <= 2,
        );
        expect(r.ok).toBe(near);
      }
  });
});

/** Labels as sheets write them, with odd case, labels before them, prefixes, typos and junk. */
const WORDS = [
  'Positif',
  'negatif',
  'Maksimalkan',
  'maksimal',
  'semakin tinggi semakin baik',
  'Utama',
  'RHK Tambahan',
  'Kinerja Utama Tambahan',
  'U',
  'Di Atas Ekspektasi',
  'Dibawah Ekspetasi',
  'Sesuai Harapan',
  'Melebihi Ekspektasi',
  'Disetujui',
  'Sudah Disetujui',
  'Status: Ditolak',
  'Disetuju',
  'Ya',
  'Tidak',
  'null',
  'NaN',
  'Infinity',
  '+',
  '-',
  'Ya ',
  ' Ya',
  'Kepala Unit: Ya',
  'Polaritas Indikator: Negatif',
  'Rating: Sesuai',
  'x:',
];
const cased = (text: string, bits: number): string =>
  [...text].map((c, i) => ((bits >> i) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
const written = fc
  .record({
    word: fc.constantFrom(...WORDS),
    bits: fc.integer({ min: 0, max: 2 ** 20 }),
    lead: fc.constantFrom('', 'Label: ', 'a. '),
  })
  .map(({ word, bits, lead }) => `${lead}${cased(word, bits)}`);

const DECISIONS: [string, (text: string) => Result<unknown>, (keys: LabelKeys) => unknown][] = [
  ['polaritas', parsePolarity, polarityOfLabel],
  ['jenis RHK', parseRhkKind, rhkKindOfLabel],
  ['rating', parseRating, ratingOfLabel],
  ['status', parseStatus, statusOfLabel],
  ['ya/tidak', parseYesNo, yesNoOfLabel],
];

describe('label decisions on the keys of a label written plainly', () => {
  it.each(DECISIONS)(
    '%s: whenever the decision on plainLabelKeys names a value, the parser reads that value',
    (_, parse, decide) => {
      fc.assert(
        fc.property(fc.oneof(written, labels), (text) => {
          const keys = plainLabelKeys(text);
          if (keys === undefined) return;
          // The keys are labelText's.
          const label = labelText(text);
          expect(keys).toStrictEqual({ words: label.words, compact: label.compact });
          const value = decide(keys);
          if (value !== undefined) expect(parse(text)).toStrictEqual({ ok: true, value });
        }),
        { numRuns: 3000 },
      );
    },
  );
});

describe('isLeftover', () => {
  // A first-character gate spares the look-up's hash of every label cell: it must answer as the look-up does.
  const leftovers = ['NaN', 'Infinity', '+Infinity', '-Infinity', 'undefined', 'null', '[object Object]'];
  it('knows what a broken export leaves behind, and nothing else', () => {
    for (const text of leftovers) expect(isLeftover(text), text).toBe(true);
    for (const text of ['Nan', 'nulll', 'Positif', 'Negatif', 'Infinity ', '[object]'])
      expect(isLeftover(text), text).toBe(false);
    fc.assert(fc.property(fc.string(), (text) => isLeftover(text) === leftovers.includes(text)));
  });
});
