import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';
import {
  isRbWorkbookSheet,
  type RbWorkbookRead,
  type RbWorkbookSheet,
  readRbWorkbook,
} from '../../shared/org';
import { defaultPolicy } from '../../shared/policy/schema';
import { sampleRbLke } from '../../shared/sample';

const policy = defaultPolicy().rb;
const sample = sampleRbLke();
const SAMPLE: RbWorkbookSheet = { name: sample.name, grid: sample.rows };

const evaluated = (r: RbWorkbookRead) => {
  if (!r.ok) throw new Error(r.problems.map((p) => formatIssue(p)).join('\n') || formatIssue(r.issue));
  return r.value;
};
const codes = (issues: readonly Issue[] | undefined) => (issues ?? []).map((i) => i.code);

describe('the LKE RB template filled for the sample Dinas Kesehatan', () => {
  const r = readRbWorkbook([SAMPLE], policy);
  const e = evaluated(r);

  it('finds both rounds and lets the verifier decide', () => {
    expect(e.rounds.map((x) => [x.id, x.header, x.filled])).toEqual([
      ['mandiri', 'Jawaban Penilaian Mandiri', true],
      ['verifikasi', 'Jawaban Verifikasi', true],
    ]);
    expect([e.deciding, e.decidedBy, e.self]).toEqual([1, 'last', 0]);
  });

  it('scores each area by the policy maxima (2,5 / 1,25 / 3,75 per area, PermenPANRB 26/2020 split evenly)', () => {
    // Manajemen Perubahan, verifier: pemenuhan Ya (1,5) + Ya (1) = 2,5; hasil antara 85% x 1,25 = 1,0625;
    // reform B = 0,75 x 3,75 = 2,8125: 6,375.
    const mp = e.evaluation.areas.find((a) => a.id === 'manajemen_perubahan');
    expect([mp?.pemenuhan.score, mp?.hasilAntara.score, mp?.reform.score]).toEqual([2.5, 1.06, 2.81]);
    // Penguatan Pengawasan: Tidak on the 1,5-point question: 1 + 0,625 + 1,875 = 3,5.
    expect(e.evaluation.areas.find((a) => a.id === 'penguatan_pengawasan')?.score).toBe(3.5);
    expect(e.evaluation.pengungkit).toEqual({ score: 45.5, max: 60 });
    // Hasil: 6,5 + 9,5 + 8,2 + 8,8.
    expect(e.evaluation.hasil.score).toBe(33);
    expect(e.evaluation.total).toEqual({ score: 78.5, max: 100 });
    expect([e.grade, e.gradeLabel]).toEqual(['BB', 'Baik']);
  });

  it('shows the OPD’s own total and the gap per area and in all', () => {
    expect(e.totals).toEqual([86.85, 78.5]);
    expect(e.gap).toBe(8.35);
    // Penguatan Pengawasan: own 2,5 + 0,75 + 1,875 = 5,125 against 3,5.
    expect(e.areas.find((a) => a.id === 'penguatan_pengawasan')?.gap).toBe(1.63);
    expect(e.areas.find((a) => a.id === 'penataan_tata_laksana')?.gap).toBe(0.06);
  });

  it('lists the weakest indicators first, with their gap, and counts answers without evidence', () => {
    expect(e.weakest.map((w) => [w.label, w.lost])).toEqual([
      ['Nilai SAKIP Dinas Kesehatan', 3.5],
      ['Struktur organisasi berorientasi pada hasil', 1.88],
      ['Whistleblowing system telah berjalan', 1.88],
      ['Indeks kepuasan masyarakat terhadap layanan puskesmas', 1.8],
      ['Zona integritas telah dicanangkan', 1.5],
    ]);
    expect(e.weakest[4]?.gap).toBe(1.5);
    expect(e.weakest[4]?.at).toEqual({ sheet: 'LKE RB', row: 26 });
    expect(e.withoutEvidence).toBe(2);
    expect(r.ok && r.warnings).toBeUndefined();
  });

  it('lets the OPD’s own round decide, and says so, before the verifier has answered', () => {
    const own = sample.rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === 6 ? '' : c))));
    const mine = readRbWorkbook([{ name: 'LKE RB', grid: own }], policy);
    const v = evaluated(mine);
    expect([v.deciding, v.decidedBy, v.evaluation.total.score, v.gap]).toEqual([0, 'earlier', 86.85, null]);
    expect(codes(mine.ok ? mine.warnings : [])).toEqual(['RB_WB_DECIDED_BY_EARLIER']);
  });
});

type Cell = string | { v: number; d: string };
const pct = (n: number): Cell => ({ v: n / 100, d: `${String(n).replace('.', ',')}%` });

/** Rows of cells to a sheet: what each cell shows, and its raw value. */
function sheetOf(name: string, rows: Cell[][], merges: RbWorkbookSheet['merges'] = []): RbWorkbookSheet {
  return {
    name,
    grid: rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.d))),
    values: rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.v))),
    merges,
  };
}

/**
 * The LKE PMPRB of Badan Kepegawaian dan Pengembangan SDM Kabupaten Contoh as the office keeps it:
 * title rows, the rounds merged over their columns (Jawaban, Nilai, Bukti / Jawaban, Catatan), a
 * numbering row, parts and areas as heading rows, sub-groups with a weight shared by their questions,
 * a weight merged down over two questions, percentages as percent cells.
 */
const OFFICE = sheetOf(
  'PMPRB 2025',
  [
    ['LEMBAR KERJA EVALUASI PMPRB TAHUN 2025'],
    ['Perangkat Daerah: Badan Kepegawaian dan Pengembangan SDM Kabupaten Contoh'],
    [],
    [
      'NO',
      'KOMPONEN / PERTANYAAN',
      'BOBOT',
      'PILIHAN JAWABAN',
      'PENILAIAN MANDIRI',
      '',
      '',
      'VERIFIKASI TPI',
      '',
    ],
    ['', '', '', '', 'Jawaban', 'Nilai', 'Bukti Dukung', 'Jawaban', 'Catatan'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
    ['A.', 'PENGUNGKIT'],
    ['I.', 'PEMENUHAN'],
    ['1.', 'Manajemen Perubahan'],
    ['a.', 'Tim Reformasi Birokrasi', '1,50'],
    [
      '',
      'Apakah telah dibentuk tim RB dengan SK Kepala Badan?',
      '',
      'Ya/Tidak',
      'Ya',
      '1',
      'SK-01.pdf',
      'Ya',
      '',
    ],
    ['', 'Apakah tim RB telah menyusun rencana kerja?', '', 'Ya/Tidak', 'Ya', '1', '', 'Tidak', 'Belum ada'],
    ['b.', 'Road Map RB', '1,00'],
    ['', 'Persentase program road map yang dijalankan', '', '%', pct(100), '1', 'RM.pdf', pct(80), ''],
    ['2.', 'Penataan Sistem Manajemen SDM Aparatur'],
    ['', 'Kualitas analisis jabatan', '1,00', 'A/B/C/D/E', 'A', '', 'anjab.pdf', 'A', ''],
    ['', 'Kualitas analisis beban kerja', '', 'A/B/C/D/E', 'A', '', 'abk.pdf', 'E', 'Belum mutakhir'],
    ['II.', 'HASIL ANTARA AREA PERUBAHAN'],
    ['1.', 'Manajemen Perubahan'],
    ['', 'Persentase pegawai yang memahami RB', '', '%', pct(88), '', '', pct(80), ''],
    ['III.', 'REFORM'],
    ['1.', 'Manajemen Perubahan'],
    ['', 'Persentase unit yang menerapkan budaya kinerja', '', '%', pct(92), '', '', pct(80), ''],
    ['B.', 'HASIL'],
    ['1.', 'Kinerja Organisasi'],
    ['', 'Capaian indikator kinerja utama', '', '%', pct(92.5), '', '', pct(90), ''],
  ],
  [
    { row: 4, column: 5, numRows: 1, numColumns: 3 },
    { row: 4, column: 8, numRows: 1, numColumns: 2 },
    { row: 4, column: 1, numRows: 2, numColumns: 1 },
    { row: 4, column: 2, numRows: 2, numColumns: 1 },
    { row: 16, column: 3, numRows: 2, numColumns: 1 },
  ],
);

describe('an office’s own LKE layout: merged headers, percent cells, a verifier round', () => {
  const r = readRbWorkbook([OFFICE], policy);
  const e = evaluated(r);

  it('is recognised, rounds and answer columns found under the merged round names', () => {
    expect(isRbWorkbookSheet(OFFICE, policy)).toBe(true);
    expect(e.rounds.map((x) => [x.id, x.header])).toEqual([
      ['mandiri', 'PENILAIAN MANDIRI Jawaban'],
      ['verifikasi', 'VERIFIKASI TPI Jawaban'],
    ]);
    expect(e.indicators).toHaveLength(8);
  });

  it('scores areas from the heading rows, shared sub-group and merged weights', () => {
    const area = (id: string) => e.evaluation.areas.find((a) => a.id === id);
    // Manajemen Perubahan, verifier: pemenuhan (0,75 x 1 + 0,75 x 0 + 1 x 0,8) / 2,5 x 2,5 = 1,55;
    // hasil antara 80% x 1,25 = 1; reform 80% x 3,75 = 3.
    expect([area('manajemen_perubahan')?.pemenuhan.score, area('manajemen_perubahan')?.score]).toEqual([
      1.55, 5.55,
    ]);
    // Penataan SDM: the merged weight 1 shared by A (1) and E (0): 0,5 x 2,5.
    expect(area('penataan_sdm')?.score).toBe(1.25);
    expect(e.evaluation.hasil.indicators.find((h) => h.id === 'kinerja_organisasi')?.score).toBe(9);
    expect(e.evaluation.total.score).toBe(15.8);
    expect(e.grade).toBe('D');
  });

  it('measures the gap between the OPD’s answers and the verifier’s', () => {
    expect(e.totals).toEqual([18.8, 15.8]);
    expect(e.gap).toBe(3);
    expect(e.areas.filter((a) => a.gap !== null).map((a) => [a.id, a.gap])).toEqual([
      ['manajemen_perubahan', 1.5],
      ['penataan_sdm', 1.25],
    ]);
    const abk = e.indicators.find((i) => i.label === 'Kualitas analisis beban kerja');
    expect([abk?.max, abk?.score, abk?.gap, abk?.at]).toEqual([
      1.25,
      0,
      1.25,
      { sheet: 'PMPRB 2025', row: 17 },
    ]);
  });
});

describe('malformed and ambiguous cells are reported with sheet, row and column, never guessed', () => {
  const header = sample.rows[0] ?? [];
  const row = (...cells: string[]) => cells;
  const broken = (rows: string[][]) => readRbWorkbook([{ name: 'LKE RB', grid: [header, ...rows] }], policy);

  it('lists every bad cell at once and scores nothing', () => {
    const r = broken([
      row('Manajemen Perubahan', 'Tim RB telah dibentuk', 'Pemenuhan', '1', '', 'Z', 'Ya'),
      row('Manajemen Perubahan', 'Road map telah disusun', 'Pemenuhan', 'dua', 'Ya/Tidak', 'Ya', 'Ya'),
      row('Manajemen Perubahan', 'Agen perubahan aktif', 'Reform', '', 'Pilihan ganda', 'A', 'A'),
      row('Manajemen Perubahan', 'Inovasi unit', 'Proses', '', 'A/B/C/D/E', 'A', 'A'),
      row('Area Digitalisasi', 'Aplikasi terintegrasi', 'Pemenuhan', '1', 'Ya/Tidak', 'Ya', 'Ya'),
      row('Penataan Organisasi', 'Evaluasi kelembagaan', 'Pemenuhan', '1', 'A/B/C', 'D', 'A'),
      row('Penataan Organisasi', 'Tingkat kematangan', 'Hasil Antara', '', '', '120%', '80%'),
    ]);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.at?.row, p.at?.column])).toEqual([
      ['RB_WB_ANSWER_INVALID', 2, 'F'],
      ['RB_WB_WEIGHT_INVALID', 3, 'D'],
      ['RB_WB_SCALE_UNKNOWN', 4, 'E'],
      ['RB_WB_PART_UNKNOWN', 5, 'C'],
      ['RB_AREA_UNKNOWN', 6, 'A'],
      ['RB_WB_ANSWER_NOT_IN_SCALE', 7, 'F'],
      ['RB_WB_ANSWER_OUT_OF_RANGE', 8, 'F'],
    ]);
    expect(formatIssue(r.problems[0] as Issue)).toBe(
      'Sheet "LKE RB", baris 2, kolom F: Jawaban "Z" (Jawaban Penilaian Mandiri) untuk "Tim RB telah dibentuk" tidak dapat dibaca. Tulis Ya/Tidak, A/B/C, A/B/C/D, A/B/C/D/E, Persentase, atau persen 0% sampai 100%.',
    );
    expect(formatIssue(r.problems[5] as Issue)).toContain('bukan pilihan jenis jawaban A/B/C (A, B, C)');
  });

  // A plain 1 beside percentages is as unclear as 0,8: Ya/100% or 1%.
  it.each([
    ['0,8', 'misalnya "0,8") dan sebagian persen (di atas 1, misalnya "85")'],
    [
      '1',
      '(sampai 1, misalnya "1") dan sebagian persen (di atas 1, misalnya "85"), jadi artinya tidak jelas (1 bisa berarti Ya/100% atau 1%)',
    ],
  ])('refuses plain numbers that are fractions (%s) and percentages in one column', (low, said) => {
    const r = broken([
      row('Penataan Organisasi', 'Indeks kelembagaan', 'Hasil Antara', '', '', low, low),
      row('Penataan Tata Laksana', 'Indeks SPBE', 'Hasil Antara', '', '', '85', '0,7'),
    ]);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.at?.column])).toEqual([['RB_WB_PLAIN_MIXED', 'F']]);
    expect(formatIssue(r.problems[0] as Issue)).toContain(said);
  });

  it('refuses "1.000" and "1,000" typed as an answer: a thousand or 1, not guessed', () => {
    const r = broken([
      row('Penataan Organisasi', 'Indeks kelembagaan', 'Hasil Antara', '', 'Persentase', '1.000', '1,000'),
      row('Penataan Tata Laksana', 'Indeks SPBE', 'Hasil Antara', '', '', '0,500', '1,5'),
    ]);
    expect(r.problems.map((p) => [p.code, p.at?.row, p.at?.column])).toEqual([
      ['RB_WB_ANSWER_GROUPED', 2, 'F'],
      ['RB_WB_ANSWER_GROUPED', 2, 'G'],
    ]);
    expect(formatIssue(r.problems[0] as Issue)).toBe(
      'Sheet "LKE RB", baris 2, kolom F: Jawaban "1.000" (Jawaban Penilaian Mandiri) untuk "Indeks kelembagaan" tidak jelas: titik atau koma di depan tiga angka bisa pemisah ribuan atau desimal (1.000 bisa seribu atau 1). Tulis jawabannya dengan tanda %, misalnya 100%.',
    );
  });

  it('reads plain numbers above 1 as percentages and says so; letters without a type on the policy’s scale', () => {
    const r = broken([
      row('Penataan Tata Laksana', 'Indeks SPBE', 'Hasil Antara', '', '', '85', ''),
      row('Penataan Tata Laksana', 'Proses bisnis terdokumentasi', 'Reform', '', '', 'B', ''),
    ]);
    const v = evaluated(r);
    expect(v.indicators.map((i) => i.fractions[0])).toEqual([0.85, 0.75]);
    expect(codes(r.ok ? r.warnings : [])).toContain('RB_WB_PLAIN_PERCENT');
    expect(codes(r.ok ? r.warnings : [])).toContain('RB_WB_LETTER_DEFAULT');
  });

  it('refuses a group where some indicators have a weight and some do not', () => {
    const r = broken([
      row('Penataan SDM Aparatur', 'Anjab telah disusun', 'Pemenuhan', '1', 'Ya/Tidak', 'Ya', ''),
      row('Penataan SDM Aparatur', 'ABK telah disusun', 'Pemenuhan', '', 'Ya/Tidak', 'Ya', ''),
    ]);
    expect(r.problems.map((p) => [p.code, p.at?.row, p.at?.column])).toEqual([
      ['RB_WB_WEIGHT_PARTIAL', 3, 'D'],
    ]);
  });

  it('refuses a round named twice and says when there is no LKE at all', () => {
    const twice = readRbWorkbook(
      [
        {
          name: 'LKE',
          grid: [
            ['Indikator', 'Penilaian Mandiri', 'Bukti', 'Nilai Mandiri'],
            ['Tim RB', 'Ya', '', 'Ya'],
          ],
        },
      ],
      policy,
    );
    expect(twice.ok ? '' : formatIssue(twice.issue)).toContain('kolom B dan D');
    const none = readRbWorkbook([{ name: 'Pegawai', grid: [['NIP', 'Nama']] }], policy);
    expect(none.ok ? '' : none.issue.code).toBe('RB_WB_NOT_FOUND');
  });
});

describe('a duplicated indicator and weights that disagree with the policy are said, never silent', () => {
  /** The sample's rows (header included) with a change. */
  const sampleWith = (change: (rows: string[][]) => void): RbWorkbookSheet => {
    const rows = sample.rows.map((r) => [...r]);
    change(rows);
    return { name: sample.name, grid: rows };
  };

  it('refuses a pengungkit or hasil indicator written twice in its part, naming both rows', () => {
    const r = readRbWorkbook(
      [
        sampleWith((rows) => {
          // Row 3 copied under itself with another answer; the last hasil row copied to the end.
          rows.splice(3, 0, [...(rows[2] ?? [])]);
          (rows[3] as string[])[6] = 'Tidak';
          rows.push([...(rows[rows.length - 1] ?? [])]);
          (rows[rows.length - 1] as string[])[6] = '10%';
        }),
      ],
      policy,
    );
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.at?.row, p.at?.column])).toEqual([
      ['RB_WB_DUPLICATE', 4, 'B'],
      ['RB_WB_DUPLICATE', 39, 'B'],
    ]);
    expect(formatIssue(r.problems[0] as Issue)).toBe(
      'Sheet "LKE RB", baris 4, kolom B: Indikator "Road map RB Dinas Kesehatan 2025-2029 telah disusun" (Manajemen Perubahan, bagian Pemenuhan) sama dengan baris 3, jadi akan terhitung dua kali. LKE tidak dinilai sampai baris gandanya dihapus atau uraian keduanya dibedakan.',
    );
    expect(formatIssue(r.problems[1] as Issue)).toContain('sama dengan baris 38');
  });

  it('keeps the same question under two sub-groups of one area apart', () => {
    const r = readRbWorkbook(
      [
        {
          name: 'LKE',
          grid: [
            ['No', 'Uraian', 'Bobot', 'Jenis Jawaban', 'Penilaian Mandiri'],
            ['I.', 'Pemenuhan'],
            ['1.', 'Manajemen Perubahan'],
            ['a.', 'Tim Reformasi Birokrasi', '1,25'],
            ['', 'Apakah telah dimonitor dan dievaluasi?', '', 'Ya/Tidak', 'Ya'],
            ['b.', 'Road map Reformasi Birokrasi', '1,25'],
            ['', 'Apakah telah dimonitor dan dievaluasi?', '', 'Ya/Tidak', 'Tidak'],
          ],
        },
      ],
      policy,
    );
    expect(codes(r.problems)).toEqual([]);
    expect(evaluated(r).evaluation.areas.find((a) => a.id === 'manajemen_perubahan')?.pemenuhan.score).toBe(
      1.25,
    );
    expect(codes(r.ok ? r.warnings : [])).not.toContain('RB_WB_WEIGHT_TOTAL');
  });

  it('says when a group’s weights add up to other than the policy’s maximum, and uses the maximum', () => {
    const typed = readRbWorkbook(
      [
        sampleWith((rows) => {
          (rows[1] as string[])[3] = '15';
          (rows[2] as string[])[3] = '10';
        }),
      ],
      policy,
    );
    const warnings = (typed.ok ? (typed.warnings ?? []) : []).filter((w) => w.code === 'RB_WB_WEIGHT_TOTAL');
    expect(warnings.map((w) => formatIssue(w))).toEqual([
      'Sheet "LKE RB", baris 2, kolom D: Bobot indikator Manajemen Perubahan bagian Pemenuhan di sheet berjumlah 25, tetapi nilai maksimumnya menurut kebijakan 2,5. Yang dipakai 2,5 dari kebijakan; bobot sheet hanya membagi nilai itu antarindikator. Periksa bobotnya (indikator yang terhapus, atau 15 tertulis untuk 1,5).',
    ]);
    // The score is the sample's: 15/10 split the 2,5 as 1,5/1 do.
    expect(evaluated(typed).evaluation.total.score).toBe(
      evaluated(readRbWorkbook([SAMPLE], policy)).evaluation.total.score,
    );
    const deleted = readRbWorkbook([sampleWith((rows) => rows.splice(6, 1))], policy);
    expect(
      (deleted.ok ? (deleted.warnings ?? []) : [])
        .filter((w) => w.code === 'RB_WB_WEIGHT_TOTAL')
        .map((w) => [w.at?.row, w.params?.sheetTotal, w.params?.policyTotal]),
    ).toEqual([[6, 1.5, 2.5]]);
    const plain = readRbWorkbook([SAMPLE], policy);
    expect(codes(plain.ok ? plain.warnings : [])).not.toContain('RB_WB_WEIGHT_TOTAL');
  });
});
