import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { evaluateSakip, readSakipWorkbook, type SakipWorkbookSheet, sakipGrade } from '../../shared/org';
import { defaultPolicy } from '../../shared/policy/schema';
import { kkeCriteriaHeader, kkeCriteriaMerges, kkeResumeHeader } from './kke-sheets';

const policy = defaultPolicy().sakip;

type Cell = string | { v: unknown; d: string };

/** A percent cell as Sheets holds it: the fraction, shown "6.00%" (English locale). */
const pct = (points: number): Cell => ({ v: points / 100, d: `${points.toFixed(2)}%` });
/** The same cell shown by Sheets in the Indonesian locale, read from its display only. */
const pctId = (points: number): Cell => `${points.toFixed(2).replace('.', ',')}%`;

function sheetOf(name: string, rows: Cell[][], merges?: SakipWorkbookSheet['merges']): SakipWorkbookSheet {
  return {
    name,
    grid: rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.d))),
    values: rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.v))),
    ...(merges ? { merges } : {}),
  };
}

interface Sub {
  name: string;
  weight: number;
  scores: (number | null)[];
}
interface Component {
  code: string;
  label: string;
  weight: number;
  subs: Sub[];
  /** The component row's own figures; by default the sum of its subs. */
  shown?: (number | null)[];
}

const sumOf = (subs: Sub[], i: number) =>
  subs.every((s) => s.scores[i] === null) ? null : subs.reduce((t, s) => t + (s.scores[i] ?? 0), 0);

/** A RESUME sheet as the KKE keeps it: a numbering row above the header, then component and sub rows. */
function resume(
  rounds: string[],
  components: Component[],
  tail: Cell[][] = [],
  cell: (points: number) => Cell = pct,
): Cell[][] {
  const at = (n: number | null) => (n === null ? '' : cell(n));
  const rows: Cell[][] = [
    Array.from({ length: 5 + rounds.length }, (_, i) => ({ v: i + 1, d: String(i + 1) })),
    kkeResumeHeader(rounds),
  ];
  for (const c of components) {
    const shown = c.shown ?? rounds.map((_, i) => sumOf(c.subs, i));
    rows.push([`${c.code}01`, c.code, c.label, '', cell(c.weight), ...shown.map(at), '']);
    c.subs.forEach((s, i) => {
      rows.push([`${c.code}00${i + 1}`, '', '', s.name, cell(s.weight), ...s.scores.map(at), '']);
    });
  }
  return [...rows, ...tail];
}

const subs = (names: [string, string, string], weights: number[], scores: (number | null)[][]): Sub[] =>
  names.map((name, i) => ({ name, weight: weights[i] ?? 0, scores: scores[i] ?? [] }));

/** Dinas Pendidikan Kabupaten Temanggung, four rounds side by side (mandiri, verval, penjaminan, final). */
function temanggung(first = 'Pemenuhan'): Component[] {
  const n: [string, string, string] = [first, 'Kualitas', 'Pemanfaatan'];
  return [
    {
      code: 'A',
      label: 'Perencanaan Kinerja',
      weight: 30,
      subs: subs(
        n,
        [6, 9, 15],
        [
          [6, 5.5, 5.5, 5.4],
          [8.1, 7.2, 7, 7],
          [13.5, 11, 10.5, 10.5],
        ],
      ),
    },
    {
      code: 'B',
      label: 'Pengukuran Kinerja',
      weight: 30,
      subs: subs(
        n,
        [6, 9, 15],
        [
          [5.7, 5.1, 5.1, 5.1],
          [8.1, 6.3, 6.3, 6.3],
          [12, 9, 9, 9.75],
        ],
      ),
    },
    {
      code: 'C',
      label: 'Pelaporan Kinerja',
      weight: 15,
      subs: subs(
        n,
        [3, 4.5, 7.5],
        [
          [3, 3, 2.7, 2.7],
          [4.05, 3.6, 3.6, 3.6],
          [6.75, 5.25, 5.25, 5.25],
        ],
      ),
    },
    {
      code: 'D',
      label: 'Evaluasi Akuntabilitas Kinerja Internal',
      weight: 25,
      subs: subs(
        n,
        [5, 7.5, 12.5],
        [
          [4.5, 4, 4, 4],
          [6.75, 5.25, 5.25, 5.25],
          [10, 7.5, 7.5, 7.5],
        ],
      ),
    },
  ];
}

const FOUR_ROUNDS = [
  'PENILAIAN MANDIRI (OPD)',
  'VERVAL (BAPPEDA;BAGOR;INSPEKTORAT)',
  'PENJAMINAN KUALITAS\n(INSPEKTORAT)',
  'PENILAIAN FINAL\n(INSPEKTORAT)',
];

const totalRow = (cells: Cell[]): Cell[] => ['', 'Nilai Akuntabilitas Kinerja', '', '', pct(100), ...cells];
const predikatRow = (cells: Cell[]): Cell[] => ['', 'Predikat', '', '', '', ...cells];

const warningsOf = (r: { warnings?: unknown[] }) =>
  ((r.warnings ?? []) as Parameters<typeof formatIssue>[0][]).map((w) => formatIssue(w));

describe('readSakipWorkbook: a KKE with four rounds side by side', () => {
  const sheets = [
    sheetOf(
      'RESUME',
      resume(FOUR_ROUNDS, temanggung(), [
        totalRow([pct(88.45), pct(72.7), pct(71.7), pct(72.35)]),
        predikatRow(['A', 'BB', 'BB', 'BB (Sangat Baik)']),
      ]),
    ),
  ];

  it('reads every round per sub-component and lets the final round decide', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const e = r.value;
    expect(e.rounds.map((x) => x.id)).toEqual(['mandiri', 'verifikasi', 'penjaminan', 'final']);
    expect(e.rounds[e.deciding]?.id).toBe('final');
    expect(e.decidedBy).toBe('final');
    expect(e.score).toBe(72.35);
    expect(`${e.grade} ${e.gradeLabel}`).toBe('BB Sangat Baik');
    const perencanaan = e.components[0]!;
    expect(perencanaan.id).toBe('perencanaan');
    expect(perencanaan.subs.map((s) => s.kind)).toEqual(['keberadaan', 'kualitas', 'pemanfaatan']);
    expect(perencanaan.subs[0]!.label).toBe('Pemenuhan');
    expect(perencanaan.subs[0]!.weight).toBeCloseTo(6, 9);
    expect(perencanaan.subs[2]!.scores.map((s) => s?.toFixed(2))).toEqual([
      '13.50',
      '11.00',
      '10.50',
      '10.50',
    ]);
    expect(perencanaan.decided).toBeCloseTo(22.9, 9);
    expect(e.totals.map((t) => t?.toFixed(2))).toEqual(['88.45', '72.70', '71.70', '72.35']);
    expect(e.grades).toEqual(['A', 'BB', 'BB', 'BB']);
  });

  it('measures the gap between the OPD’s own round and the deciding round', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const pemanfaatan = r.value.components[1]!.subs[2]!;
    expect(pemanfaatan.gap).toBeCloseTo(12 - 9.75, 9);
    expect(r.value.gap).toBe(16.1);
  });

  it('states that the workbook’s own total and predikat match', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    expect(r.value.checks).toEqual([
      expect.objectContaining({
        kind: 'total',
        shown: 72.35,
        match: true,
        at: { sheet: 'RESUME', row: 19, column: 'I' },
      }),
      expect.objectContaining({ kind: 'predikat', shown: 'BB (Sangat Baik)', computed: 'BB', match: true }),
    ]);
    expect(warningsOf(r)).toEqual([]);
  });
});

describe('readSakipWorkbook: the final round not filled yet', () => {
  const rounds = ['PENILAIAN MANDIRI', 'VERIFIKASI DAN VALIDASI (BAPPEDA)', 'PENILAIAN FINAL'];
  // Keberadaan (the regulation's word) instead of Pemenuhan; the final column is still empty.
  const components = temanggung('Keberadaan').map((c) => ({
    ...c,
    subs: c.subs.map((s) => ({ ...s, scores: [s.scores[0] ?? null, s.scores[1] ?? null, null] })),
  }));
  const sheets = [sheetOf('Resume LKE', resume(rounds, components))];

  it('lets the last filled round decide and says which', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    expect(r.value.rounds[r.value.deciding]?.id).toBe('verifikasi');
    expect(r.value.decidedBy).toBe('latest');
    expect(r.value.score).toBe(72.7);
    expect(r.value.components[0]!.subs[0]!.kind).toBe('keberadaan');
    expect(warningsOf(r)).toContain(
      'Sheet "Resume LKE": Putaran PENILAIAN FINAL belum berisi nilai, jadi yang menentukan adalah putaran terakhir yang terisi: VERIFIKASI DAN VALIDASI (BAPPEDA).',
    );
  });

  it('says the workbook shows no total or predikat to compare with', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    expect(r.value.checks.map((c) => [c.kind, c.shown, c.match])).toEqual([
      ['total', null, null],
      ['predikat', null, null],
    ]);
  });
});

describe('readSakipWorkbook: Capaian, Indonesian display and a total that does not add up', () => {
  // Evaluasi Akuntabilitas Kinerja Internal with a fourth sub-component Capaian, as some KKE forms have.
  const components: Component[] = [
    ...temanggung()
      .slice(0, 3)
      .map((c) => ({
        ...c,
        subs: c.subs.map((s) => ({ ...s, scores: [s.scores[0] ?? null, s.scores[2] ?? null] })),
      })),
    {
      code: 'D',
      label: 'Evaluasi Akuntabilitas Kinerja Internal',
      weight: 25,
      subs: [
        { name: 'Pemenuhan', weight: 5, scores: [5, 4] },
        { name: 'Kualitas', weight: 7.5, scores: [6, 5.25] },
        { name: 'Pemanfaatan', weight: 5, scores: [4, 3] },
        { name: 'Capaian', weight: 7.5, scores: [7.5, 6] },
      ],
    },
  ];
  const rows = resume(
    ['PENILAIAN MANDIRI (OPD)', 'PENJAMINAN KUALITAS'],
    components,
    [
      ['', 'Nilai Akuntabilitas Kinerja', '', '', '100,00%', '90,55%', '75,00%'],
      ['', 'Predikat', '', '', '', 'AA', 'A (Memuaskan)'],
    ],
    pctId,
  );
  const sheets = [sheetOf('RESUME', rows)];

  it('reads Capaian as its own sub-component and percent text as points', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const evaluasi = r.value.components[3]!;
    expect(evaluasi.subs.map((s) => s.kind)).toEqual(['keberadaan', 'kualitas', 'pemanfaatan', 'capaian']);
    expect(evaluasi.weight).toBe(25);
    expect(evaluasi.decided).toBeCloseTo(18.25, 9);
    // 5.5 + 7 + 10.5 + 5.1 + 6.3 + 9 + 2.7 + 3.6 + 5.25 + 18.25
    expect(r.value.score).toBe(73.2);
  });

  it('reports the mismatch with both figures, total and predikat', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const [total, predikat] = r.value.checks;
    expect(total).toMatchObject({ kind: 'total', shown: 75, match: false });
    expect(predikat).toMatchObject({
      kind: 'predikat',
      shown: 'A (Memuaskan)',
      computed: 'BB',
      match: false,
    });
    const lines = warningsOf(r);
    expect(lines).toContain(
      'Sheet "RESUME", baris 20, kolom G: Nilai akhir di kertas kerja 75, sedangkan jumlah sub-komponen pada putaran PENJAMINAN KUALITAS 73,2. Periksa rumus sel itu.',
    );
    expect(lines.some((l) => l.includes('"A (Memuaskan)"') && l.includes('BB (Sangat Baik)'))).toBe(true);
  });

  it('lets a region read Capaian as the first sub-component through its policy', () => {
    const regional = structuredClone(policy);
    regional.workbook.subComponents = regional.workbook.subComponents
      .filter((s) => s.id !== 'capaian')
      .map((s) => (s.id === 'keberadaan' ? { ...s, aliases: [...s.aliases, 'Capaian'] } : s));
    const capaianFirst = temanggung('Capaian');
    const r = readSakipWorkbook([sheetOf('RESUME', resume(FOUR_ROUNDS, capaianFirst))], regional);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    expect(r.value.components.map((c) => c.subs[0]!.kind)).toEqual(Array(4).fill('keberadaan'));
  });
});

describe('readSakipWorkbook: a criteria sheet alone (PENILAIAN), answers under merged round groups', () => {
  const answerCols = (a: Cell, nilai: Cell, b: Cell, nilaiB: Cell): Cell[] => [a, '', nilai, b, '', nilaiB];
  const rows: Cell[][] = [
    Array.from({ length: 12 }, (_, i) => ({ v: i + 1, d: String(i + 1) })),
    ...kkeCriteriaHeader(['PENILAIAN MANDIRI', 'PENILAIAN FINAL']),
    ['AREN01', 'A', 'Perencanaan Kinerja', '', pct(30), '', '', '', '', '', '', ''],
    ['AREN001', 'A.1', '', 'Pemenuhan', pct(6), '', ...answerCols('', pct(4.5), '', pct(3))],
    [
      'AREN001.1',
      'A.1.1',
      '',
      '',
      '',
      'Renstra Perangkat Daerah telah ditetapkan',
      ...answerCols('Y', pct(1.5), 'Y', pct(1.5)),
    ],
    [
      'AREN001.2',
      'A.1.2',
      '',
      '',
      '',
      'Renja tahun berjalan telah ditetapkan',
      ...answerCols('Y', pct(1.5), 'T', pct(0)),
    ],
    [
      'AREN001.3',
      'A.1.3',
      '',
      '',
      '',
      'Perjanjian Kinerja seluruh pejabat',
      ...answerCols('Y/T', pct(0), 'Ada', pct(0)),
    ],
    ['AREN002', 'A.2', '', 'Kualitas', pct(9), '', ...answerCols('', pct(7.2), '', pct(6.3))],
    [
      'AREN002.1',
      '',
      '',
      '',
      '',
      'Indikator kinerja memenuhi kriteria SMART',
      ...answerCols('A', pct(4.5), 'B', pct(3.6)),
    ],
    [
      'AREN002.2',
      '',
      '',
      '',
      '',
      'Target kinerja menantang dan realistis',
      ...answerCols('BB', pct(2.7), 'BB', pct(2.7)),
    ],
    ['AREN003', 'A.3', '', 'Pemanfaatan', pct(15), '', ...answerCols('', pct(12), '', '')],
    [
      'AREN003.1',
      '',
      '',
      '',
      '',
      'Anggaran mengacu pada dokumen perencanaan',
      ...answerCols('A/B/C/D', '', 'Belum Diisi', ''),
    ],
  ];
  const merges = kkeCriteriaMerges(2, 2);
  const sheets = [sheetOf('PENILAIAN', rows, merges)];

  it('takes the scores from the sub-component rows and counts answers per round', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const e = r.value;
    expect(e.sheet).toBe('PENILAIAN');
    expect(e.rounds.map((x) => x.id)).toEqual(['mandiri', 'final']);
    expect(e.decidedBy).toBe('final');
    const [pemenuhan, kualitas, pemanfaatan] = e.components[0]!.subs;
    expect(pemenuhan!.decided).toBeCloseTo(3, 9);
    expect(pemenuhan!.answers).toEqual({ answered: 2, unanswered: 0 });
    expect(kualitas!.answers).toEqual({ answered: 2, unanswered: 0 });
    expect(pemanfaatan!.scores).toEqual([12, null]);
    expect(pemanfaatan!.answers).toEqual({ answered: 0, unanswered: 1 });
    expect(e.score).toBe(9.3);
  });

  it('names an answer it cannot read with its sheet, row and column, and a blank deciding score', () => {
    const r = readSakipWorkbook(sheets, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const lines = warningsOf(r);
    expect(lines).toContain(
      'Sheet "PENILAIAN", baris 8, kolom J: Jawaban "Ada" pada putaran PENILAIAN FINAL tidak dikenal, jadi tidak dihitung sebagai terjawab. Tulis AA, A, BB, B, CC, C, D, E, Y, T, angka, atau persen.',
    );
    expect(lines.some((l) => l.includes('Pemanfaatan pada Perencanaan Kinerja tidak bernilai'))).toBe(true);
  });
});

describe('readSakipWorkbook: refusals', () => {
  it('refuses a workbook without an LKE/KKE sheet', () => {
    const r = readSakipWorkbook([sheetOf('Pegawai', [['NIP', 'Nama', 'Jabatan']])], policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.code).toBe('SAKIP_WB_NOT_FOUND');
  });

  it('refuses a sub-component written twice in one component, naming both rows', () => {
    const components = temanggung();
    components[0]!.subs.push({ name: 'Kualitas', weight: 9, scores: [1, 1, 1, 1] });
    const r = readSakipWorkbook([sheetOf('RESUME', resume(FOUR_ROUNDS, components))], policy);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatIssue(r.issue)).toContain(
        'Sub-komponen Kualitas muncul dua kali pada komponen Perencanaan Kinerja (baris 5 dan 7)',
      );
  });

  it('refuses a workbook whose rounds are all empty', () => {
    const components = temanggung().map((c) => ({
      ...c,
      subs: c.subs.map((s) => ({ ...s, scores: [null, null, null, null] })),
    }));
    const r = readSakipWorkbook([sheetOf('RESUME', resume(FOUR_ROUNDS, components))], policy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.code).toBe('SAKIP_WB_NO_SCORES');
  });

  it('reads weights written as points (no percent format) on the points scale', () => {
    const rows = resume(FOUR_ROUNDS, temanggung(), [], (n) => ({ v: n, d: String(n) }));
    const r = readSakipWorkbook([sheetOf('RESUME', rows)], policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    expect(r.value.score).toBe(72.35);
  });
});

describe('readSakipWorkbook: the total is the deciding round’s sum, graded by the policy bands', () => {
  it('holds for any scores within the weights', () => {
    const weights = [6, 9, 15, 6, 9, 15, 3, 4.5, 7.5, 5, 7.5, 12.5];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
          {
            minLength: 12,
            maxLength: 12,
          },
        ),
        (shares) => {
          const comps = temanggung();
          let k = 0;
          for (const c of comps)
            for (const s of c.subs) {
              const w = weights[k]!;
              const [own, fin] = shares[k++]!;
              s.scores = [round(w * own), null, null, round(w * fin)];
            }
          const r = readSakipWorkbook([sheetOf('RESUME', resume(FOUR_ROUNDS, comps))], policy);
          if (!r.ok) return false;
          const finals = comps.flatMap((c) => c.subs.map((s) => s.scores[3] ?? 0));
          const expected = Math.round(finals.reduce((a, b) => a + b, 0) * 100) / 100;
          const grade = sakipGrade(expected, policy);
          const own = comps.flatMap((c) => c.subs.map((s) => s.scores[0] ?? 0)).reduce((a, b) => a + b, 0);
          return (
            Math.abs(r.value.score - expected) < 1e-9 &&
            grade.ok &&
            r.value.grade === grade.value.grade &&
            Math.abs((r.value.gap ?? Number.NaN) - (own - expected)) < 0.011
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

const round = (n: number) => Math.round(n * 100) / 100;

describe('the template path still evaluates', () => {
  it('evaluateSakip keeps scoring answered criteria', () => {
    const r = evaluateSakip(
      [
        {
          component: 'Perencanaan Kinerja',
          subComponent: 'Keberadaan',
          criterion: 'Renstra ditetapkan',
          answer: 'AA',
        },
      ],
      policy,
    );
    expect(r.ok).toBe(true);
  });
});
