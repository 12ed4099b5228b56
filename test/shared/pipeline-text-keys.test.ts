import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/core/issue';
import { codeVocabulary } from '../../shared/discipline/vocabulary';
import type { RawTable } from '../../shared/model/input';
import type { LabelKeys } from '../../shared/parse/label-lookup';
import { plainLabelKeys } from '../../shared/parse/label-lookup';
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
import { scoreOrganisation } from '../../shared/pipeline';
import { CollapsedTexts, collapseSpaces, labelParser, RecentForms } from '../../shared/pipeline/cells';
import { type EmployeeRecord, rosterNeighbourOf, rosterNipOf } from '../../shared/pipeline/people';
import { isSpaceCode, KnownCodeKeys, LabelDecisions, plainLabelWords } from '../../shared/pipeline/text-keys';
import { defaultPolicy } from '../../shared/policy/schema';
import { attendanceCodeKey } from '../../shared/policy/sections/discipline';

/*
 * The pipeline's text keys answer exactly as the robust code they spare: plainLabelWords as the words of
 * plainLabelKeys, LabelDecisions as a decision on plainLabelKeys, a labelParser as its parser, CollapsedTexts
 * as collapseSpaces, rosterNeighbourOf as rosterNipOf. Each property feeds one helper many cells in turn,
 * so that what it remembered from earlier cells is what answers the later ones.
 */

/** The labels offices write, in every letter case, with prefixes, colons, punctuation and typos. */
const LABELS = [
  'Positif',
  'Negatif',
  'Polaritas: Positif',
  'Polaritas Indikator: Negatif',
  'Semakin tinggi semakin baik',
  'lebih kecil lebih baik',
  'Maksimal',
  'Minimalkan',
  'Utama',
  'RHK Utama',
  'Tugas Tambahan',
  'A. KINERJA UTAMA',
  'Utama / Tambahan',
  'Di Atas Ekspektasi',
  'Diatas Ekspetasi',
  'Rating: Sesuai Ekspektasi',
  'Di Bawah Harapan',
  'Sudah Disetujui',
  'Status: Menunggu Verifikasi',
  'Disetuju',
  'Ya',
  'Tidak ada',
  'Kepala Unit: Ya',
  'null',
  'NaN',
  '+',
  'Polaritas: +',
  '-',
];
const flipCase = (text: string, bits: number): string =>
  [...text].map((ch, i) => ((bits >> (i % 30)) & 1 ? ch.toUpperCase() : ch.toLowerCase())).join('');
const labelCell = fc.oneof(
  fc.tuple(fc.constantFrom(...LABELS), fc.nat()).map(([label, bits]) => flipCase(label, bits)),
  fc
    .tuple(
      fc.constantFrom('', 'Status', 'Polaritas', 'Predikat Kinerja ', 'x'),
      fc.constantFrom('', ':', ' : ', '::', ': '),
      fc.constantFrom(...LABELS),
      fc.constantFrom('', ' ', '  ', '.', '-', '\u00a0', '\t', '!'),
    )
    .map(([head, colon, label, tail]) => `${head}${colon}${label}${tail}`),
  fc.string({ unit: fc.constantFrom(...'aAuU tT:.-+é\u00a0 '.split('')), maxLength: 20 }),
  fc.string({ maxLength: 70 }),
);

describe('plainLabelWords', () => {
  it('writes the words plainLabelKeys gives, and -1 exactly where it gives none', () => {
    const out = new Uint16Array(64);
    fc.assert(
      fc.property(labelCell, (text) => {
        const length = plainLabelWords(text, out);
        const keys = plainLabelKeys(text);
        if (keys === undefined) expect(length).toBe(-1);
        else {
          expect(String.fromCharCode(...out.subarray(0, length))).toBe(keys.words);
          expect(keys.compact).toBe(keys.words.split(' ').join(''));
        }
      }),
      { numRuns: 5000 },
    );
  });
});

const DECISIONS: ReadonlyArray<readonly [string, (label: LabelKeys) => unknown]> = [
  ['polarity', polarityOfLabel],
  ['rhk kind', rhkKindOfLabel],
  ['rating', ratingOfLabel],
  ['status', statusOfLabel],
  ['yes/no', yesNoOfLabel],
];

describe('LabelDecisions', () => {
  for (const [name, decide] of DECISIONS)
    it(`decides a ${name} label as the decision on plainLabelKeys, remembered by its words`, () => {
      fc.assert(
        fc.property(fc.array(labelCell, { minLength: 1, maxLength: 60 }), (cells) => {
          const decisions = new LabelDecisions(decide);
          for (const text of cells) {
            const keys = plainLabelKeys(text);
            expect(decisions.of(text)).toEqual(keys === undefined ? undefined : decide(keys));
          }
        }),
        { numRuns: 400 },
      );
    });

  it('decides each label once for all its letter cases and spacings after the colon', () => {
    let calls = 0;
    const decisions = new LabelDecisions((label) => {
      calls++;
      return polarityOfLabel(label);
    });
    for (const text of [
      'Polaritas: Positif',
      'POLARITAS:  positif',
      'polaritas indikator:POSITIF',
      'pOsItIf',
    ])
      expect(decisions.of(text)).toBe('positif');
    expect(calls).toBe(1);
    expect(decisions.of('Negatif')).toBe('negatif');
    expect(calls).toBe(2);
  });

  it('answers a column of a few labels in letter cases of their own as their decisions, each decided once', () => {
    // A handful of labels, more or fewer than the recent ones it compares with, leftovers ("NaN") among them.
    const column = fc
      .uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 7 })
      .chain((labels) =>
        fc.array(
          fc.tuple(fc.constantFrom(...labels), fc.nat()).map(([label, bits]) => flipCase(label, bits)),
          { minLength: 1, maxLength: 200 },
        ),
      );
    // The words themselves too: no label decision reads "nan", but a leftover's words must stay unread.
    const words = (label: LabelKeys): unknown => label.words;
    for (const [name, decide] of [...DECISIONS, ['words', words] as const])
      fc.assert(
        fc.property(column, (cells) => {
          const decided = new Map<string, number>();
          const decisions = new LabelDecisions((label) => {
            decided.set(label.words, (decided.get(label.words) ?? 0) + 1);
            return decide(label);
          });
          for (const text of cells) {
            const keys = plainLabelKeys(text);
            expect(decisions.of(text), `${name}: ${text}`).toEqual(
              keys === undefined ? undefined : decide(keys),
            );
          }
          for (const [words, times] of decided) expect(times, `${name}: ${words}`).toBe(1);
        }),
        { numRuns: 150 },
      );
  });
});

/** A labelParser and its parser, typed apart from the value they read. */
interface LabelColumn {
  name: string;
  parse: (text: string) => unknown;
  read: () => (text: string) => unknown;
}
const column = <T>(
  name: string,
  parse: (text: string) => Result<T>,
  decide: (label: LabelKeys) => T | undefined,
): LabelColumn => ({ name, parse, read: () => labelParser(parse, decide) });

describe('labelParser', () => {
  const COLUMNS = [
    column('polarity', parsePolarity, polarityOfLabel),
    column('rhk kind', parseRhkKind, rhkKindOfLabel),
    column('rating', parseRating, ratingOfLabel),
    column('status', parseStatus, statusOfLabel),
    column('yes/no', parseYesNo, yesNoOfLabel),
  ];
  for (const { name, parse, read } of COLUMNS)
    it(`reads a ${name} column as its parser reads each cell, with the same message for a bad one`, () => {
      fc.assert(
        fc.property(fc.array(labelCell, { minLength: 1, maxLength: 60 }), (cells) => {
          const readColumn = read();
          for (const text of cells) expect(readColumn(text)).toEqual(parse(text));
        }),
        { numRuns: 200 },
      );
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

describe('CollapsedTexts', () => {
  it('gives collapseSpaces of every text, one after another', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(rhkText, fc.string({ maxLength: 12 })), { maxLength: 80 }), (texts) => {
        const collapsed = new CollapsedTexts();
        for (const text of texts) expect(collapsed.of(text)).toBe(collapseSpaces(text));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what it has built under its limit, and starts afresh past it', () => {
    const collapsed = new CollapsedTexts(2);
    expect(collapsed.of('Layanan  SKP')).toBe('Layanan SKP');
    expect(collapsed.of('Layanan\u00a0SKP')).toBe('Layanan SKP');
    expect(collapsed.of('Arsip  digital')).toBe('Arsip digital');
    expect(collapsed.of('Rapat\t\tkoordinasi')).toBe('Rapat koordinasi');
    expect(collapsed.of('Layanan \n SKP')).toBe('Layanan SKP');
    expect(collapsed.of('Layanan SKP')).toBe('Layanan SKP');
  });
});

describe('RecentForms', () => {
  // A few texts, each written again and again in spacings of its own (any white space between words), so
  // that a text's form is often among the recent ones, at any of the four places, and often not.
  const recentTexts = fc
    .tuple(
      fc.array(fc.oneof(rhkText, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 7 }),
      fc.array(fc.tuple(fc.nat(), fc.array(fc.constantFrom(...SPACES), { minLength: 6, maxLength: 6 })), {
        maxLength: 60,
      }),
    )
    .map(([pool, picks]) =>
      picks.map(([k, spaces]) => {
        let gap = 0;
        return (pool[k % pool.length] as string).replace(/\s+/g, (run) => spaces[gap++ % 6] ?? run);
      }),
    );
  it('answers a text by the one recent form it collapses to, and nothing else', () => {
    fc.assert(
      fc.property(recentTexts, (texts) => {
        const forms = new RecentForms();
        const kept: string[] = [];
        for (const text of texts) {
          const form = collapseSpaces(text);
          const found = forms.collapsedFormOf(text);
          // Exactly when the text's collapsed form is among the last four kept, and then that very form.
          if (kept.slice(-4).includes(form)) expect(found).toBe(form);
          else expect(found).toBeUndefined();
          if (form !== '') {
            forms.keep(text, form);
            kept.push(form);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds "Layanan  SKP" by the form kept for "Layanan\u00a0SKP", not by a longer one', () => {
    const forms = new RecentForms();
    forms.keep('Layanan\u00a0SKP', 'Layanan SKP');
    forms.keep('Layanan SKP  digital', 'Layanan SKP digital');
    expect(forms.collapsedFormOf('Layanan  SKP')).toBe('Layanan SKP');
    expect(forms.collapsedFormOf('Layanan  SKP  digital')).toBe('Layanan SKP digital');
    expect(forms.collapsedFormOf('Layanan  SKP  daerah')).toBeUndefined();
  });
});

describe('rosterNeighbourOf', () => {
  const NIPS = ['198804122010012004', '199105172015031002', '197512302000121001', '198201052006042003'];
  const record = (nip: string, index: number): EmployeeRecord => ({
    nip,
    nama: `Pegawai ${index + 1}`,
    jabatan: 'Analis Kepegawaian',
    unit: 'Bidang Mutasi',
    unitKey: 'bidang mutasi',
    opd: '',
    pangkat: 'III/c',
    statusAsn: 'PNS',
    jenisJabatan: '',
    atasanNip: null,
    isHead: false,
    tppBase: null,
    sheet: 'Pegawai',
    row: index + 2,
    index,
  });
  const list = NIPS.map(record);
  const roster = { byNip: new Map(list.map((r) => [r.nip, r])), list };
  /** A NIP cell: one of the roster's written with separators, or another number. */
  const nipCell = fc
    .tuple(
      fc.constantFrom(...NIPS, '198804122010012005', '19880412201001200'),
      fc.array(fc.constantFrom('', '', ' ', '.', '-', '  '), { minLength: 17, maxLength: 17 }),
    )
    .map(([nip, gaps]) => [...nip].map((d, i) => d + (gaps[i] ?? '')).join(''));

  it('answers as rosterNipOf whenever it answers, for the row above and the next in the roster', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...list), { nil: undefined }), nipCell, (last, text) => {
        const neighbour = rosterNeighbourOf(roster, last, text);
        if (neighbour !== undefined) expect(neighbour).toBe(rosterNipOf(roster, text));
        const expected = rosterNipOf(roster, text);
        const near = last === undefined ? [list[0]] : [last, list[last.index + 1]];
        if (expected !== undefined && near.includes(expected)) expect(neighbour).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('KnownCodeKeys', () => {
  const keys = [...codeVocabulary(defaultPolicy().discipline).keys()];
  const known = new KnownCodeKeys(keys);
  /** Codes as offices write them: any letter case, spaces, dots, dashes, slashes between the letters. */
  const written = fc
    .tuple(
      fc.constantFrom(...keys, 'TL9', 'XYZ', 'Sakit', 'Tanpa Keterangan', 'Alpa', 'ÇT', 'T\u00a0K', ''),
      fc.array(fc.constantFrom('', '', ' ', '.', '-', '_', '/', '\t', '  ', '\u00a0', ':'), {
        minLength: 24,
        maxLength: 24,
      }),
      fc.nat(),
    )
    .map(([code, gaps, bits]) =>
      [...code].map((ch, i) => ((bits >> (i % 30)) & 1 ? ch.toLowerCase() : ch) + (gaps[i] ?? '')).join(''),
    );

  it('gives the known key attendanceCodeKey gives, for every written form of it in ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(written, fc.string({ maxLength: 12 })), (text) => {
        const key = attendanceCodeKey(text);
        const found = known.of(text);
        if (found !== undefined) expect(found).toBe(key);
        // Written in ASCII letters (any white space), every form of a known code is answered by the fast path.
        if ([...text.replace(/\s/g, '')].every((ch) => ch.charCodeAt(0) <= 126) && keys.includes(key))
          expect(found).toBe(key);
      }),
      { numRuns: 5000 },
    );
  });

  it('matches "tl 1", "TL-1" and "t.l.1" to the key TL1', () => {
    const key = attendanceCodeKey('TL1');
    for (const text of ['tl 1', 'TL-1', 't.l.1', ' TL1 ', 'T\u00a0L 1']) expect(known.of(text)).toBe(key);
    expect(known.of('TL9X')).toBeUndefined();
  });
});

describe('isSpaceCode', () => {
  it('is what RegExp \\s matches, for every UTF-16 code', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('RHK texts of an indicator sheet', () => {
  // A pool of RHKs written in several spacings: the same text comes back a row, a few rows and many rows
  // later (RecentForms answers the last four; the rest is read again).
  const pool = fc.array(rhkText, { minLength: 1, maxLength: 7 });
  it('give each record the RHK as written, its spaces collapsed, wherever it was written before', () => {
    fc.assert(
      fc.property(
        pool.chain((texts) =>
          fc
            .array(fc.array(fc.nat({ max: texts.length - 1 }), { minLength: 1, maxLength: 6 }), {
              minLength: 1,
              maxLength: 12,
            })
            .map((picks) => ({ texts, picks })),
        ),
        ({ texts, picks }) => {
          const nips = picks.map((_, i) => `19850101201001${String(1001 + i)}`);
          const employees: RawTable = {
            sheet: 'Pegawai',
            columns: { nip: 'A', nama: 'B', unit: 'C' },
            rows: nips.map((nip, i) => ({
              row: i + 2,
              values: { nip, nama: `Pegawai ${i + 1}`, unit: 'Bidang Umum' },
            })),
          };
          const rows = picks.flatMap((row, e) =>
            row.map((k) => ({
              nip: nips[e] as string,
              rhk: texts[k] as string,
              indikator: 'Dokumen',
              target: '10',
              realisasi: '9',
            })),
          );
          const indicators: RawTable = {
            sheet: 'Indikator',
            columns: { nip: 'A', rhk: 'B', indikator: 'C', target: 'D', realisasi: 'E' },
            rows: rows.map((values, r) => ({ row: r + 2, values })),
          };
          const result = scoreOrganisation({ employees, indicators }, defaultPolicy());
          const read = result.employees.flatMap((e) => e.indicators.map((i) => i.rhk));
          expect(read).toEqual(rows.map((r) => collapseSpaces(r.rhk.trim())));
        },
      ),
      { numRuns: 300 },
    );
  });
});
