import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceGiven, feedbackGiven, outputGiven } from '../../shared/parse';

/*
 * evidenceGiven, feedbackGiven and outputGiven skip the regex for text that is already normalised and
 * for text no "none" phrase can start with; they answer as the plain definition on any text.
 */
const NO_EVIDENCE =
  /^(?:-+|–|—|0|link kosong|no bukti|tidak ada|tidak ada bukti|belum ada|belum ada bukti|kosong|belum upload|belum diunggah|n\/?a)$/i;
const NO_FEEDBACK =
  /^(?:-+|–|—|tambah|\+ ?tambah|belum ada|belum ada umpan balik|tidak ada|kosong|belum diberikan|n\/?a)$/i;
const NO_OUTPUT = /^(?:-+|–|—|0|tidak ada|belum ada|kosong)$/i;

function reference(text: string, none: RegExp): boolean {
  if (text === '') return false;
  if (text.length > 48) return text.trim() !== '';
  const t = text.replace(/\s+/g, ' ').trim();
  return t !== '' && (t.length > 24 || !none.test(t));
}

const PHRASES = [
  '-',
  '---',
  '–',
  '—',
  '0',
  'Link Kosong',
  'no bukti',
  'TIDAK ADA',
  'tidak ada bukti',
  'Belum ada',
  'belum ada umpan balik',
  'kosong',
  'Belum Upload',
  'belum diunggah',
  'N/A',
  'na',
  'Tambah',
  '+ Tambah',
  '+tambah',
  'belum diberikan',
  'Sudah sesuai target.',
  'https://drive.google.com/drive/folders/1x',
  '1 Laporan',
];
const spaced = fc
  .record({
    phrase: fc.constantFrom(...PHRASES),
    before: fc.constantFrom('', ' ', '  ', '\t', '\u00a0'),
    after: fc.constantFrom('', ' ', '\n', '\u00a0 '),
    inner: fc.constantFrom(' ', '  ', '\t'),
  })
  .map(({ phrase, before, after, inner }) => `${before}${phrase.replace(/ /g, inner)}${after}`);
const long = fc.string({
  minLength: 20,
  maxLength: 60,
  unit: fc.constantFrom('a', 'K', '0', '-', ' ', '\t', '\u00a0'),
});
const texts = fc.oneof(
  long,
  spaced,
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'-–—0+ abnkltKTN/\t\u00a0'.split('')) }),
);

describe('whether a cell gives evidence, feedback or an output', () => {
  it('answers as the plain definition on any text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(evidenceGiven(text)).toBe(reference(text, NO_EVIDENCE));
        expect(feedbackGiven(text)).toBe(reference(text, NO_FEEDBACK));
        expect(outputGiven(text)).toBe(reference(text, NO_OUTPUT));
      }),
      { numRuns: 5000 },
    );
  });
});
