import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { evaluateSakip, type SakipAnswerRow, sakipGrade } from '../../shared/org';
import { validatePolicy } from '../../shared/policy/io';
import { defaultPolicy } from '../../shared/policy/schema';
import { SAKIP_ANSWERS } from '../../shared/policy/sections/sakip';

const policy = defaultPolicy().sakip;

type Row = [component: string, sub: string, criterion: string, answer: string];

/** LKE worksheet of Dinas Kesehatan Kabupaten, as typed by the evaluator (labels vary on purpose). */
const DINKES: Row[] = [
  ['Perencanaan Kinerja', 'Keberadaan', 'Renstra Dinas Kesehatan telah disusun', 'AA'],
  ['Perencanaan Kinerja', 'Keberadaan', 'Renja tahunan telah disusun', 'AA'],
  ['Perencanaan Kinerja', 'Keberadaan', 'Perjanjian Kinerja telah ditandatangani', 'A'],
  ['Perencanaan Kinerja', 'Kualitas', 'Tujuan dan sasaran berorientasi hasil', 'A'],
  ['Perencanaan Kinerja', 'Kualitas', 'Indikator kinerja SMART', 'BB'],
  ['Perencanaan Kinerja', 'Kualitas', 'Target kinerja menantang dan realistis', 'B'],
  ['Perencanaan Kinerja', 'Kualitas', 'Cascading sampai eselon IV', 'A'],
  ['Perencanaan Kinerja', 'Pemanfaatan', 'Anggaran mengacu pada kinerja', 'BB'],
  ['Perencanaan Kinerja', 'Pemanfaatan', 'Renstra dipakai menyusun Renja', 'B'],
  ['Perencanaan Kinerja', 'Pemanfaatan', 'Target dimonitor berkala', 'CC'],
  ['pengukuran', 'keberadaan', 'Pedoman pengukuran kinerja ditetapkan', 'AA'],
  ['pengukuran', 'keberadaan', 'Data kinerja tersedia', 'A'],
  ['pengukuran', 'kualitas', 'Pengukuran berjenjang', 'B'],
  ['pengukuran', 'kualitas', 'Data kinerja andal', 'B'],
  ['pengukuran', 'kualitas', 'Pengukuran berbasis teknologi informasi', 'CC'],
  ['pengukuran', 'pemanfaatan', 'Hasil pengukuran dipakai untuk TPP', 'C'],
  ['pengukuran', 'pemanfaatan', 'Hasil pengukuran dipakai untuk rotasi', 'CC'],
  ['pengukuran', 'pemanfaatan', 'Hasil pengukuran dipakai memperbaiki program', 'B'],
  ['pengukuran', 'pemanfaatan', 'Hasil pengukuran dipakai untuk reward', 'BB'],
  ['3. Pelaporan Kinerja', 'a. Keberadaan', 'LKjIP disusun tepat waktu', 'AA'],
  ['3. Pelaporan Kinerja', 'a. Keberadaan', 'LKjIP dipublikasikan', 'AA'],
  ['3. Pelaporan Kinerja', 'b. Kualitas', 'LKjIP menyajikan analisis capaian', 'A'],
  ['3. Pelaporan Kinerja', 'b. Kualitas', 'LKjIP membandingkan dengan tahun lalu', 'BB'],
  ['3. Pelaporan Kinerja', 'c. Pemanfaatan', 'LKjIP dipakai untuk perbaikan', 'B'],
  ['3. Pelaporan Kinerja', 'c. Pemanfaatan', 'LKjIP dipakai dalam rapat pimpinan', 'C'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Keberadaan', 'Evaluasi internal dilaksanakan', 'A'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Keberadaan', 'Evaluasi program dilaksanakan', 'BB'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Keberadaan', 'Tim evaluator ditetapkan', 'B'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Kualitas', 'Evaluasi sesuai pedoman', 'CC'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Kualitas', 'Evaluasi memberi rekomendasi', 'C'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Kualitas', 'Evaluasi menjangkau seluruh bidang', 'D'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Pemanfaatan', 'Rekomendasi ditindaklanjuti', 'D'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Pemanfaatan', 'Hasil evaluasi dipakai menyusun anggaran', 'E'],
  ['Evaluasi Akuntabilitas Kinerja Internal', 'Pemanfaatan', 'Perbaikan dipantau', 'C'],
];

const toRows = (rows: Row[]): SakipAnswerRow[] =>
  rows.map(([component, subComponent, criterion, answer], i) => ({
    component,
    subComponent,
    criterion,
    answer,
    row: i + 2,
  }));

describe('evaluateSakip: a complete worksheet', () => {
  /*
   * By hand (sub = component weight x share x mean / 100; shares 20/30/50%):
   * Perencanaan (30): keberadaan 6 x 96,667% = 5,8; kualitas 9 x 82,5% = 7,425; pemanfaatan 15 x 70% = 10,5 -> 23,725
   * Pengukuran (30):  keberadaan 6 x 95% = 5,7;     kualitas 9 x 66,667% = 6;    pemanfaatan 15 x 65% = 9,75 -> 21,45
   * Pelaporan (15):   keberadaan 3 x 100% = 3;      kualitas 4,5 x 85% = 3,825;  pemanfaatan 7,5 x 60% = 4,5 -> 11,325
   * Evaluasi (25):    keberadaan 5 x 80% = 4;       kualitas 7,5 x 46,667% = 3,5; pemanfaatan 12,5 x 26,667% = 3,3333 -> 10,8333
   * Final = 67,3333 -> 67,33: grade B (Baik), since 60 < 67,33 <= 70.
   */
  const result = evaluateSakip(toRows(DINKES), policy);

  it('computes the final score and grade of Dinas Kesehatan', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(67.33);
    expect(result.value.grade).toBe('B');
    expect(result.value.gradeLabel).toBe('Baik');
    expect(result.warnings).toBeUndefined();
    expect(result.value.missing).toEqual([]);
  });

  it('shows each component and sub-component with its maximum and number of criteria', () => {
    if (!result.ok) throw new Error('expected ok');
    const scores = result.value.components.map((c) => [c.id, c.score]);
    expect(scores).toEqual([
      ['perencanaan', 23.73],
      ['pengukuran', 21.45],
      ['pelaporan', 11.33],
      ['evaluasi', 10.83],
    ]);
    const perencanaan = result.value.components[0];
    expect(perencanaan?.subs).toEqual([
      { id: 'keberadaan', label: 'Keberadaan', score: 5.8, max: 6, mean: 96.67, criteria: 3 },
      { id: 'kualitas', label: 'Kualitas', score: 7.43, max: 9, mean: 82.5, criteria: 4 },
      { id: 'pemanfaatan', label: 'Pemanfaatan', score: 10.5, max: 15, mean: 70, criteria: 3 },
    ]);
  });

  it('names the three sub-components that lost the most points, in plain Indonesian', () => {
    if (!result.ok) throw new Error('expected ok');
    const weakest = result.value.weakest;
    expect(weakest.map((w) => [w.componentId, w.sub, w.lost])).toEqual([
      ['evaluasi', 'pemanfaatan', 9.17],
      ['pengukuran', 'pemanfaatan', 5.25],
      ['perencanaan', 'pemanfaatan', 4.5],
    ]);
    expect(weakest[0]?.sentence).toBe(
      'Pemanfaatan Evaluasi Akuntabilitas Kinerja Internal: 3,33 dari 12,5 poin (hilang 9,17). ' +
        'Tunjukkan bahwa dokumen dipakai untuk keputusan, anggaran, dan perbaikan.',
    );
  });
});

describe('evaluateSakip: gaps and mistakes in the worksheet', () => {
  it('scores an unanswered sub-component 0 and says so', () => {
    const rows = DINKES.filter(([c, s]) => !(c.startsWith('Evaluasi') && s === 'Pemanfaatan'));
    const result = evaluateSakip(toRows(rows), policy);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 67,3333 - 3,3333 (Evaluasi pemanfaatan) = 64
    expect(result.value.score).toBe(64);
    expect(result.value.missing).toEqual([
      {
        componentId: 'evaluasi',
        componentLabel: 'Evaluasi Akuntabilitas Kinerja Internal',
        sub: 'pemanfaatan',
        max: 12.5,
      },
    ]);
    expect(result.warnings).toHaveLength(1);
    const warning = result.warnings?.[0];
    expect(warning && formatIssue(warning)).toBe(
      'Pemanfaatan pada Evaluasi Akuntabilitas Kinerja Internal belum dijawab, sehingga dinilai 0 ' +
        '(kehilangan 12,5 poin). Isi jawaban kriterianya.',
    );
    expect(result.value.weakest[0]).toMatchObject({
      componentId: 'evaluasi',
      sub: 'pemanfaatan',
      lost: 12.5,
    });
  });

  it('names the row and the accepted components when a component is unknown', () => {
    const rows = toRows(DINKES);
    rows[4] = { ...rows[4]!, component: 'Perencanaan Anggaran' };
    const result = evaluateSakip(rows, policy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.at).toEqual({ row: 6 });
    expect(formatIssue({ ...result.issue, at: { sheet: 'LKE SAKIP', row: 6 } })).toBe(
      'Sheet "LKE SAKIP", baris 6: Komponen SAKIP "Perencanaan Anggaran" tidak dikenal. Tulis salah satu: ' +
        'Perencanaan Kinerja, Pengukuran Kinerja, Pelaporan Kinerja, Evaluasi Akuntabilitas Kinerja Internal.',
    );
  });

  it('reads a policy edited in place between evaluations as it is then (no names kept between calls)', () => {
    const edited = structuredClone(policy);
    const rows = toRows(DINKES);
    rows[4] = { ...rows[4]!, component: 'Perencanaan Anggaran' };
    expect(evaluateSakip(rows, edited).ok).toBe(false);
    // The admin adds the office's own name for the component to the same policy object.
    (edited.components[0]!.aliases as string[]).push('Perencanaan Anggaran');
    const again = evaluateSakip(rows, edited);
    expect(again.ok && again.value.score).toBe(67.33);
    // ...and removes it again: the name is unknown once more.
    (edited.components[0]!.aliases as string[]).pop();
    expect(evaluateSakip(rows, edited).ok).toBe(false);
  });

  it('refuses an answer outside the LKE scale and an unknown sub-component', () => {
    const bad = evaluateSakip(
      [
        {
          component: 'Pelaporan Kinerja',
          subComponent: 'Kualitas',
          criterion: 'LKjIP tepat waktu',
          answer: 'B+',
          row: 9,
        },
      ],
      policy,
    );
    expect(!bad.ok && formatIssue(bad.issue)).toContain(
      'Jawaban SAKIP "B+" pada kriteria "LKjIP tepat waktu"',
    );
    const sub = evaluateSakip(
      [{ component: 'Pelaporan Kinerja', subComponent: 'Kelengkapan', criterion: 'LKjIP', answer: 'A' }],
      policy,
    );
    expect(!sub.ok && sub.issue.code).toBe('SAKIP_SUBCOMPONENT_UNKNOWN');
  });

  it('refuses an empty worksheet with a message saying what to fill', () => {
    const r = evaluateSakip([], policy);
    expect(!r.ok && formatIssue(r.issue)).toContain('belum berisi jawaban');
    const blanks = evaluateSakip(
      toRows(DINKES).map((row) => ({ ...row, answer: '' })),
      policy,
    );
    expect(!blanks.ok && blanks.issue.code).toBe('SAKIP_NO_ANSWERS');
  });

  it('leaves a blank answer out of the mean, names its row, and skips heading rows', () => {
    const rows = toRows(DINKES);
    // Row 5, "Tujuan dan sasaran berorientasi hasil" (A), left blank: Perencanaan kualitas becomes
    // (80 + 70 + 90) / 3 = 80%, so 9 x 80% = 7,2.
    rows[3] = { ...rows[3]!, answer: ' ' };
    const heading = {
      component: 'A. PERENCANAAN KINERJA',
      subComponent: '',
      criterion: '',
      answer: '',
      row: 1,
    };
    const r = evaluateSakip([heading, ...rows], policy);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.components[0]?.subs[1]).toMatchObject({ mean: 80, criteria: 3, score: 7.2 });
    expect(r.warnings?.map((w) => formatIssue(w))).toEqual([
      'Baris 5: Kriteria "Tujuan dan sasaran berorientasi hasil" belum dijawab, jadi tidak ikut dihitung. ' +
        'Isi jawabannya (AA sampai E).',
    ]);
  });
});

describe('evaluateSakip: older LKE with Y/T answers', () => {
  it('counts Y as full marks and T as none', () => {
    const rows: SakipAnswerRow[] = [];
    for (const c of ['Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi Internal'])
      for (const s of ['Keberadaan', 'Kualitas', 'Pemanfaatan'])
        rows.push({ component: c, subComponent: s, criterion: `${c} ${s} 1`, answer: 'Y' });
    // Half of Evaluasi pemanfaatan answered "Tidak": 12,5 x 50% = 6,25 -> 100 - 6,25 = 93,75 (AA).
    rows.push({
      component: 'Evaluasi Internal',
      subComponent: 'Pemanfaatan',
      criterion: 'tindak lanjut',
      answer: 'Tidak',
    });
    const r = evaluateSakip(rows, policy);
    expect(r.ok && [r.value.score, r.value.grade]).toEqual([93.75, 'AA']);
    const allT = evaluateSakip(
      rows.map((row) => ({ ...row, answer: 't' })),
      policy,
    );
    expect(allT.ok && [allT.value.score, allT.value.grade, allT.value.gradeLabel]).toEqual([
      0,
      'D',
      'Sangat Kurang',
    ]);
  });
});

describe('sakipGrade', () => {
  it.each([
    [100, 'AA', 'Sangat Memuaskan'],
    [90.01, 'AA', 'Sangat Memuaskan'],
    [90, 'A', 'Memuaskan'],
    [80.01, 'A', 'Memuaskan'],
    [80, 'BB', 'Sangat Baik'],
    [70.01, 'BB', 'Sangat Baik'],
    [70, 'B', 'Baik'],
    [60.01, 'B', 'Baik'],
    [60, 'CC', 'Cukup'],
    [50.01, 'CC', 'Cukup'],
    [50, 'C', 'Kurang'],
    [30.01, 'C', 'Kurang'],
    [30, 'D', 'Sangat Kurang'],
    [0, 'D', 'Sangat Kurang'],
  ])('grades %s as %s', (score, grade, label) => {
    expect(sakipGrade(score, policy)).toEqual({ ok: true, value: { grade, label } });
  });

  it('does not lift a score to the next grade through float noise (89.99999999 is 90, A)', () => {
    expect(sakipGrade(0.1 * 3 * 300, policy)).toMatchObject({ ok: true, value: { grade: 'A' } });
    expect(sakipGrade(89.999999999, policy)).toMatchObject({ ok: true, value: { grade: 'A' } });
  });

  it('refuses scores outside 0-100', () => {
    for (const bad of [Number.NaN, -1, 100.5, Number.POSITIVE_INFINITY]) {
      const r = sakipGrade(bad, policy);
      expect(!r.ok && formatIssue(r.issue)).toContain('Tulis angka 0 sampai 100');
    }
  });

  it('is monotonic: a higher score never earns a lower grade', () => {
    const order = policy.grades.map((g) => g.grade);
    const rank = (s: number) => {
      const r = sakipGrade(s, policy);
      return r.ok ? order.indexOf(r.value.grade) : -1;
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank(high)).toBeLessThanOrEqual(rank(low));
          expect(rank(low)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('evaluateSakip: properties', () => {
  const componentNames = ['perencanaan', 'Pengukuran Kinerja', 'Pelaporan', 'Evaluasi AKIP'];
  const row = fc.record({
    component: fc.constantFrom(...componentNames),
    subComponent: fc.constantFrom('Keberadaan', 'kualitas', 'PEMANFAATAN'),
    criterion: fc.constant('Kriteria'),
    answer: fc.constantFrom(...SAKIP_ANSWERS),
  });

  it('always scores within 0-100 with a grade, never NaN', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const r = evaluateSakip(rows, policy);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(Number.isFinite(r.value.score)).toBe(true);
        expect(r.value.score).toBeGreaterThanOrEqual(0);
        expect(r.value.score).toBeLessThanOrEqual(100);
        expect(r.value.grade).not.toBe('-');
        expect(r.value.missing.length).toBe(r.warnings?.length ?? 0);
      }),
    );
  });
});

describe('SAKIP policy', () => {
  it('refuses component weights that do not add up to 100, naming the field', () => {
    const r = validatePolicy({
      version: 1,
      sakip: { components: [{ id: 'perencanaan', label: 'Perencanaan Kinerja', weight: 40 }] },
    });
    expect(!r.ok && formatIssue(r.issue)).toBe(
      'Kebijakan, isian "sakip.components" tidak sah: sum(components.weight) = 100.',
    );
  });
});

describe('SAKIP defaults of PermenPANRB 88/2021', () => {
  it('weighs Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi 25, each split 20/30/50', () => {
    expect(policy.components.map((c) => [c.label, c.weight])).toEqual([
      ['Perencanaan Kinerja', 30],
      ['Pengukuran Kinerja', 30],
      ['Pelaporan Kinerja', 15],
      ['Evaluasi Akuntabilitas Kinerja Internal', 25],
    ]);
    expect(policy.subComponentShares).toEqual({ keberadaan: 0.2, kualitas: 0.3, pemanfaatan: 0.5 });
    expect(policy.answerValues).toEqual({
      AA: 100,
      A: 90,
      BB: 80,
      B: 70,
      CC: 60,
      C: 50,
      D: 30,
      E: 0,
      Y: 100,
      T: 0,
    });
  });

  it('scores one answer per sub-component: Pelaporan all B is 15 x 70% = 10,5 of the final score', () => {
    const rows: SakipAnswerRow[] = [];
    for (const c of policy.components)
      for (const sub of ['Keberadaan', 'Kualitas', 'Pemanfaatan'])
        rows.push({
          component: c.label,
          subComponent: sub,
          criterion: `${sub} dokumen ${c.label}`,
          answer: c.id === 'pelaporan' ? 'B' : 'AA',
        });
    const r = evaluateSakip(rows, policy);
    if (!r.ok) throw new Error(formatIssue(r.issue));
    const pelaporan = r.value.components.find((c) => c.id === 'pelaporan')!;
    expect(pelaporan.subs.map((s) => [s.max, s.score])).toEqual([
      [3, 2.1],
      [4.5, 3.15],
      [7.5, 5.25],
    ]);
    expect(pelaporan.score).toBe(10.5);
    // 85 + 10,5 = 95,5: still AA, and the weakest point named is Pelaporan's pemanfaatan (2,25 lost).
    expect([r.value.score, r.value.grade]).toEqual([95.5, 'AA']);
    expect(r.value.weakest[0]?.sentence).toContain(
      'Pemanfaatan Pelaporan Kinerja: 5,25 dari 7,5 poin (hilang 2,25)',
    );
  });
});

describe('evaluateSakip: the weakest points and the means, whatever the worksheet', () => {
  const components = policy.components.map((c) => c.id);
  const subs = ['keberadaan', 'kualitas', 'pemanfaatan'];
  // Few answers on purpose: equal losses (ties) are common, and some sub-components go unanswered.
  const row = fc.record({
    component: fc.constantFrom(...components),
    sub: fc.constantFrom(...subs),
    answer: fc.constantFrom('AA', 'A', 'B', 'C', 'E'),
  });
  it('names the three largest losses, worst first, ties in worksheet order; means are the answers mean', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const answers: SakipAnswerRow[] = rows.map((r, i) => ({
          component: r.component,
          subComponent: r.sub,
          criterion: `Kriteria ${i + 1}`,
          answer: r.answer,
          row: i + 2,
        }));
        const result = evaluateSakip(answers, policy);
        if (!result.ok) throw new Error('a worksheet of known names and answers is evaluated');
        const all = result.value.components.flatMap((c) =>
          c.subs.map((sub) => ({ componentId: c.id, sub: sub.id, lost: sub.max - sub.score })),
        );
        const expected = all
          .filter((w) => w.lost > 0.005)
          .sort((a, b) => b.lost - a.lost)
          .slice(0, 3)
          .map((w) => [w.componentId, w.sub]);
        expect(result.value.weakest.map((w) => [w.componentId, w.sub])).toEqual(expected);
        for (const c of result.value.components)
          for (const sub of c.subs) {
            const given = rows
              .filter((r) => r.component === c.id && r.sub === sub.id)
              .map((r) => policy.answerValues[r.answer as keyof typeof policy.answerValues]);
            const mean = given.length === 0 ? 0 : given.reduce((s, v) => s + v, 0) / given.length;
            expect(sub.criteria).toBe(given.length);
            expect(sub.mean).toBe(Math.round(mean * 100) / 100);
          }
      }),
      { numRuns: 300 },
    );
  });
});
