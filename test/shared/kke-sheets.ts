/**
 * The header rows of a SAKIP evaluation worksheet (KKE) as Inspektorat's forms lay them out, shared by the
 * reader's tests here and the add-on's "Evaluasi SAKIP" tests; each test keeps its own rounds and figures.
 */

/** The RESUME header: code, number, component, sub-component, weight, a column per round, notes. */
export const kkeResumeHeader = (rounds: readonly string[]): string[] => [
  'KODE',
  'NO',
  'KOMPONEN',
  'SUB-KOMPONEN',
  'BOBOT',
  ...rounds,
  'KETERANGAN',
];

/** The criteria sheet's (PENILAIAN) two header rows: each round's title over its three answer columns. */
export const kkeCriteriaHeader = (rounds: readonly string[]): string[][] => [
  [
    'KODE',
    'NO',
    'KOMPONEN',
    'SUB-KOMPONEN',
    'BOBOT MAKSIMAL',
    'KRITERIA KOMPONEN',
    ...rounds.flatMap((round) => [round, '', '']),
  ],
  [
    ...Array<string>(6).fill(''),
    ...rounds.flatMap(() => ['KRITERIA PENILAIAN', 'KOEFISIEN KRITERIA', 'NILAI']),
  ],
];

/** The merges of those round titles when the header starts at sheet row `row` (1-based). */
export const kkeCriteriaMerges = (row: number, rounds: number) =>
  Array.from({ length: rounds }, (_, i) => ({ row, column: 7 + 3 * i, numRows: 1, numColumns: 3 }));
