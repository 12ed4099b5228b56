/**
 * The Rencana Aksi RB tracker in the core: reading a tracker (the sample's layout and an office's own),
 * every malformed cell reported where it is, and "Pantau rencana aksi" as of a given day: overdue,
 * evidence, owners, progress per group and what changed since the previous check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import {
  monitorActions,
  parseRbActionSnapshot,
  type RbAction,
  type RbActionSheet,
  rbActionSnapshot,
  readRbActionPlan,
} from '../../shared/org';
import { defaultPolicy } from '../../shared/policy/schema';
import { SAMPLE_RB_AS_OF, SAMPLE_RB_HEADER, SAMPLE_RB_ROWS, sampleRbActionGrid } from '../../shared/sample';

const policy = defaultPolicy().rbActions;
const sheet = (grid: string[][], merges?: RbActionSheet['merges']): RbActionSheet => ({
  name: 'Rencana Aksi RB',
  grid,
  ...(merges ? { merges } : {}),
});

function read(grid: string[][], merges?: RbActionSheet['merges']) {
  const r = readRbActionPlan([sheet(grid, merges)], policy);
  if (!r.ok) throw new Error(formatIssue(r.issue));
  return { plan: r.value, notes: (r.warnings ?? []).map((w) => formatIssue(w)) };
}

function monitor(
  actions: readonly RbAction[],
  asOf = SAMPLE_RB_AS_OF,
  previous?: Parameters<typeof monitorActions>[2],
) {
  const m = monitorActions(actions, asOf, previous, policy);
  if (!m.ok) throw new Error(formatIssue(m.issue));
  return m.value;
}

/** One row of the sample's layout with the given cells changed. */
const row = (changes: Partial<Record<(typeof SAMPLE_RB_HEADER)[number], string>>): string[] => {
  const base = [
    '1',
    '1',
    'Perkuat agen perubahan',
    'Penyusunan rencana aksi',
    'Manajemen Perubahan',
    'Bagian Organisasi Setda',
    '',
    '30/06/2025',
    'Dokumen',
    'https://drive.contoh.go.id/a.pdf',
    'Dalam Proses',
    '50',
  ];
  return SAMPLE_RB_HEADER.map((h, i) => changes[h] ?? base[i] ?? '');
};
const grid = (...rows: string[][]) => [[...SAMPLE_RB_HEADER], ...rows];

describe('readRbActionPlan on the sample tracker', () => {
  const { plan, notes } = read(sampleRbActionGrid());

  it('finds the header under the title and reads 30 actions under 11 recommendations', () => {
    expect(plan.headerRow).toBe(3);
    expect(plan.columns).toMatchObject({
      recommendationNo: 'B',
      action: 'D',
      owner: 'F',
      deadline: 'H',
      progress: 'L',
    });
    expect(plan.actions).toHaveLength(30);
    expect(new Set(plan.actions.map((a) => a.recommendation.key)).size).toBe(11);
    expect(notes).toEqual([]);
  });

  it('reads deadlines written as dates, months, quarters and semesters as their last day', () => {
    const by = (text: string) => plan.actions.find((a) => a.action.startsWith(text));
    expect(by('Penyusunan rencana aksi agen')?.deadline).toBe('2025-06-30'); // Juni 2025
    expect(by('Internalisasi budaya')?.deadline).toBe('2025-12-31'); // Triwulan IV 2025
    expect(by('Pembentukan unit pengendalian')?.deadline).toBe('2025-02-28'); // 28/02/2025
    expect(by('Pemanfaatan hasil evaluasi')?.deadline).toBe('2025-12-31'); // Semester II 2025
    expect(by('Integrasi aplikasi')?.area?.id).toBe('penataan_tata_laksana'); // "Penataan Tatalaksana"
    expect(by('Internalisasi budaya')?.owners).toEqual([
      'Bagian Organisasi Setda',
      'Dinas Komunikasi dan Informatika',
    ]);
  });
});

describe('monitorActions on the sample as of 30 September 2025', () => {
  const { plan } = read(sampleRbActionGrid());
  const m = monitor(plan.actions);

  it('lists the overdue actions, most days late first, and not the one due that very day', () => {
    expect(m.overdue.map((o) => [o.action.at.row, o.daysLate])).toEqual([
      [33, 92],
      [14, 61],
      [25, 61],
      [11, 30],
      [28, 30],
    ]);
    // "Pencabutan 12 perbup" is due Triwulan III 2025 = 30 September: due today, not late.
    expect(m.overdue.some((o) => o.action.action.startsWith('Pencabutan'))).toBe(false);
  });

  it('finds finished actions without evidence, a "-" counting as none', () => {
    expect(m.doneWithoutEvidence.map((a) => a.at.row)).toEqual([18, 27, 30]);
  });

  it('finds actions and areas without an owner', () => {
    expect(m.withoutOwner.map((a) => a.at.row)).toEqual([7, 8, 9, 23]);
    expect(m.areasWithoutOwner).toEqual([
      {
        id: 'deregulasi_kebijakan',
        label: 'Deregulasi Kebijakan (Penataan Peraturan Perundang-undangan)',
        reason: 'noOwner',
        actions: 3,
      },
    ]);
  });

  it('gives progress per owner OPD as the mean of its actions, an action of two owners counting for both', () => {
    const kominfo = m.byOwner.find((g) => g.label === 'Dinas Komunikasi dan Informatika');
    // 60% (shared with Bagian Organisasi), 80%, 100%, 0% (Triwulan II, late).
    expect(kominfo).toMatchObject({ actions: 4, done: 1, overdue: 2, unknown: 0 });
    expect(kominfo?.progress).toBeCloseTo(0.6, 10);
    const bappeda = m.byOwner.find((g) => g.label === 'Bappeda');
    expect(bappeda?.progress).toBeCloseTo((1 + 1 + 0.9 + 0.5) / 4, 10);
    expect(m.byRecommendation).toHaveLength(11);
    expect(m.byArea).toHaveLength(8);
  });
});

describe('cells that cannot be read are reported where they are', () => {
  it('reports a month-first date, a range, a missing year and an unknown status, and never guesses', () => {
    const { plan, notes } = read(
      grid(
        row({ Tenggat: '12/31/2025' }),
        row({ 'Rencana Aksi': 'Sosialisasi', Tenggat: 'Juni s.d. Desember 2025' }),
        row({ 'Rencana Aksi': 'Evaluasi', Tenggat: 'Desember' }),
        row({ 'Rencana Aksi': 'Monitoring', Status: 'Hampir beres' }),
      ),
    );
    expect(plan.actions.slice(0, 3).map((a) => a.deadline)).toEqual([null, null, null]);
    expect(notes).toEqual([
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 2, kolom H: Tenggat "12\/31\/2025" tampak ditulis bulan dahulu/,
      ),
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 3, kolom H: Tenggat "Juni s\.d\. Desember 2025" berupa rentang/,
      ),
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 4, kolom H: Tenggat "Desember" tidak menyebut tahun/,
      ),
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 5, kolom K: Status "Hampir beres" tidak dikenal/,
      ),
    ]);
    expect(plan.actions[3]?.done).toBe(false);
  });

  it('reads deadlines written in words, with the month in full or short, and refuses a day the month lacks', () => {
    const { plan, notes } = read(
      grid(
        row({ Tenggat: '31 Desember 2025' }),
        row({ 'Rencana Aksi': 'B', Tenggat: '31 Des. 2025' }),
        row({ 'Rencana Aksi': 'C', Tenggat: '31 Des 2025' }),
        row({ 'Rencana Aksi': 'D', Tenggat: '1 Juli 2025' }),
        row({ 'Rencana Aksi': 'E', Tenggat: '31 Februari 2025' }),
      ),
    );
    expect(plan.actions.map((a) => a.deadline)).toEqual([
      '2025-12-31',
      '2025-12-31',
      '2025-12-31',
      '2025-07-01',
      null,
    ]);
    expect(notes).toEqual([
      expect.stringMatching(/^Sheet "Rencana Aksi RB", baris 6, kolom H: Tenggat "31 Februari 2025"/),
    ]);
  });

  it('reports a status whose progress the policy fixes beside a progress cell that says otherwise, at that cell', () => {
    const { plan, notes } = read(
      grid(
        row({ Status: 'Belum Mulai', 'Progres (%)': '80' }),
        row({ 'Rencana Aksi': 'B', Status: 'Belum Mulai', 'Progres (%)': '0' }),
        row({ 'Rencana Aksi': 'C', Status: 'Belum Mulai', 'Progres (%)': '' }),
        row({ 'Rencana Aksi': 'D', Status: 'Selesai', 'Progres (%)': '80' }),
        row({ 'Rencana Aksi': 'E', Status: 'Dalam Proses', 'Progres (%)': '100' }),
      ),
    );
    // The cell counts, as it does for Selesai below 100%; the status decides "done".
    expect(plan.actions.map((a) => [a.progressCounted, a.done])).toEqual([
      [0.8, false],
      [0, false],
      [0, false],
      [0.8, true],
      [1, false],
    ]);
    expect(notes).toEqual([
      'Sheet "Rencana Aksi RB", baris 2, kolom L: Rencana aksi "Penyusunan rencana aksi" berstatus Belum Mulai (progres 0%) tetapi sel progresnya 80%. Yang dihitung progres 80% dari sel ini; samakan status dan progresnya.',
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 5: Rencana aksi "D" berstatus Selesai tetapi progresnya 80%/,
      ),
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 6: Rencana aksi "E" progresnya 100% tetapi berstatus Dalam Proses/,
      ),
    ]);
  });

  it('reports a plain 0,5 or 1 in a progress column of percentages, and does not count it', () => {
    const { plan, notes } = read(
      grid(
        row({ 'Progres (%)': '100', Status: 'Selesai' }),
        row({ 'Rencana Aksi': 'B', 'Progres (%)': '60' }),
        row({ 'Rencana Aksi': 'C', 'Progres (%)': '0,5' }),
        row({ 'Rencana Aksi': 'D', 'Progres (%)': '1' }),
        row({ 'Rencana Aksi': 'E', 'Progres (%)': '0' }),
      ),
    );
    expect(plan.actions.map((a) => a.progress)).toEqual([1, 0.6, null, null, 0]);
    expect(notes).toEqual([
      'Sheet "Rencana Aksi RB", baris 4, kolom L: Progres "0,5" tanpa tanda % tidak jelas: kolom ini juga berisi persen di atas 1, jadi "0,5" bisa berarti 50% atau 0,5%. Progres ini tidak dihitung; tulis dengan tanda %, misalnya 50%.',
      expect.stringMatching(
        /^Sheet "Rencana Aksi RB", baris 5, kolom L: Progres "1" tanpa tanda % tidak jelas/,
      ),
    ]);
  });

  it('reads progress as a fraction, a percentage or "3 dari 4", and refuses 150%', () => {
    const { plan, notes } = read(
      grid(
        row({ 'Progres (%)': '3 dari 4' }),
        row({ 'Rencana Aksi': 'B', 'Progres (%)': '40%' }),
        row({ 'Rencana Aksi': 'C', 'Progres (%)': '150%' }),
      ),
    );
    expect(plan.actions.map((a) => a.progress)).toEqual([0.75, 0.4, null]);
    expect(notes).toEqual([expect.stringContaining('kolom L: Progres "150%" bukan persen')]);
  });
});

describe('an office tracker in its own layout', () => {
  // Title rows, "Rekomendasi" merged over No and Uraian, "Pelaksanaan" merged over Status, Progres and
  // Bukti, a numbering row, each recommendation merged down over its actions, a signature block.
  const office = [
    ['MATRIKS RENCANA AKSI TINDAK LANJUT HASIL EVALUASI REFORMASI BIROKRASI'],
    ['PEMERINTAH KABUPATEN CONTOH TAHUN 2025'],
    [],
    ['Rekomendasi', '', 'Kegiatan', 'Area', 'Penanggung Jawab', 'Batas Waktu', 'Pelaksanaan', '', ''],
    ['No', 'Uraian', '', '', '', '', 'Status', 'Progres', 'Bukti Dukung'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
    [
      '1',
      'Penguatan budaya kinerja',
      'Penetapan agen perubahan',
      '1. Manajemen Perubahan',
      'Bagian Organisasi',
      '2025-03-31',
      'Sudah',
      '1',
      'https://drive.contoh.go.id/sk.pdf',
    ],
    [
      '',
      '',
      'Coaching clinic agen perubahan',
      'Manajemen Perubahan',
      'Bagian Organisasi',
      'TW III 2025',
      'Proses',
      '0,5',
      '',
    ],
    [
      '2',
      'Penerapan sistem merit',
      'Penyusunan standar kompetensi jabatan',
      'Penataan SDM',
      'BKPSDM',
      '30/06/2025',
      'Belum',
      '',
      '',
    ],
    [],
    ['Mengetahui,'],
    ['Kepala Bagian Organisasi'],
  ];
  const merges = [
    { row: 4, column: 1, numRows: 1, numColumns: 2 },
    { row: 4, column: 3, numRows: 2, numColumns: 1 },
    { row: 4, column: 7, numRows: 1, numColumns: 3 },
    { row: 7, column: 1, numRows: 2, numColumns: 1 },
    { row: 7, column: 2, numRows: 2, numColumns: 1 },
  ];

  it('is recognised with its two-row header and read row by row', () => {
    const { plan, notes } = read(office, merges);
    expect(plan.headerRow).toBe(5);
    expect(plan.columns).toMatchObject({
      recommendationNo: 'A',
      recommendation: 'B',
      action: 'C',
      status: 'G',
      progress: 'H',
      evidence: 'I',
    });
    expect(
      plan.actions.map((a) => [a.recommendation.key, a.action, a.status?.id, a.progress, a.deadline]),
    ).toEqual([
      ['1', 'Penetapan agen perubahan', 'selesai', 1, '2025-03-31'],
      ['1', 'Coaching clinic agen perubahan', 'proses', 0.5, '2025-09-30'],
      ['2', 'Penyusunan standar kompetensi jabatan', 'belum', null, '2025-06-30'],
    ]);
    // No pilots or output column: only the columns it cannot follow without are named.
    expect(notes).toEqual([]);
    const m = monitor(plan.actions, '2025-07-01');
    expect(m.overdue.map((o) => [o.action.action, o.daysLate])).toEqual([
      ['Penyusunan standar kompetensi jabatan', 1],
    ]);
    // Belum with a blank progress counts 0% by the policy.
    expect(m.byOwner.find((g) => g.label === 'BKPSDM')?.progress).toBe(0);
  });
});

describe('what changed since the previous check', () => {
  it('reports status and progress changes, new and removed actions', () => {
    const before = read(sampleRbActionGrid()).plan.actions;
    const snapshot = parseRbActionSnapshot(JSON.stringify(rbActionSnapshot(before, '2025-09-30')));
    expect(snapshot.ok).toBe(true);
    const rows = SAMPLE_RB_ROWS.map((r): string[] => [...r]);
    rows[10] = [...(rows[10] ?? [])]; // Integrasi aplikasi persuratan: done now.
    rows[10][9] = 'Selesai';
    rows[10][10] = '100';
    rows[4] = [...(rows[4] ?? [])];
    rows[4][10] = '65';
    rows.splice(29, 1); // Laporan tindak lanjut pengaduan removed.
    rows.push([
      '11',
      rows[28]?.[1] ?? '',
      'Publikasi rekap pengaduan di laman resmi',
      'Pelayanan Publik',
      'Dinas Komunikasi dan Informatika',
      '',
      'Desember 2025',
      'Rekap',
      '',
      'Belum Mulai',
      '0',
    ]);
    const after = read(sampleRbActionGrid(rows as never)).plan.actions;
    const m = monitor(after, '2025-10-31', snapshot.ok ? snapshot.value : undefined);
    expect(m.changes?.since).toBe('2025-09-30');
    expect(m.changes?.status.map((c) => [c.action, c.from, c.to])).toEqual([
      ['Integrasi aplikasi persuratan elektronik (TTE) di seluruh OPD', 'Dalam Proses', 'Selesai'],
    ]);
    expect(m.changes?.progress.map((c) => [c.action, c.from, c.to])).toEqual([
      ['Pencabutan 12 perbup yang sudah tidak relevan', 0.4, 0.65],
      ['Integrasi aplikasi persuratan elektronik (TTE) di seluruh OPD', 0.8, 1],
    ]);
    expect(m.changes?.added.map((c) => c.action)).toEqual(['Publikasi rekap pengaduan di laman resmi']);
    expect(m.changes?.removed.map((c) => c.action)).toEqual(['Laporan tindak lanjut pengaduan per triwulan']);
  });

  it('says when the stored snapshot cannot be read, and shows no changes rather than wrong ones', () => {
    const actions = read(sampleRbActionGrid()).plan.actions;
    const m = monitorActions(actions, SAMPLE_RB_AS_OF, { version: 2 } as never, policy);
    expect(m.ok && m.value.changes).toBe(null);
    expect(m.ok && m.warnings?.map((w) => w.code)).toEqual(['RB_ACT_SNAPSHOT_INVALID']);
  });
});

describe('overdue count (property)', () => {
  const day = fc
    .record({
      y: fc.integer({ min: 2024, max: 2026 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({
      y,
      m,
      d,
      iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    }));
  const deadlineCell = fc.oneof(
    day.map((x) => ({ text: `${x.d}/${x.m}/${x.y}`, iso: x.iso })),
    day.map((x) => ({ text: x.iso, iso: x.iso })),
    fc.constantFrom(
      { text: 'Juni 2025', iso: '2025-06-30' },
      { text: 'Triwulan I 2025', iso: '2025-03-31' },
      { text: 'Semester II 2024', iso: '2024-12-31' },
      { text: '', iso: null },
      { text: 'segera', iso: null },
    ),
  );
  const status = fc.constantFrom(
    'Belum Mulai',
    'Dalam Proses',
    'Selesai',
    'Sudah',
    'Ditunda',
    '',
    'Tertunda',
  );
  const DONE = new Set(['Selesai', 'Sudah']);

  it('equals the actions whose deadline is before the as-of day and that are not done', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(deadlineCell, status), { minLength: 1, maxLength: 30 }),
        day,
        (cells, asOf) => {
          const rows = cells.map(([deadline, s], i) =>
            row({ 'Rencana Aksi': `Rencana aksi ke-${i + 1}`, Tenggat: deadline.text, Status: s }),
          );
          const m = monitor(read(grid(...rows)).plan.actions, asOf.iso);
          const expected = cells.filter(
            ([d, s]) => d.iso !== null && d.iso < asOf.iso && !DONE.has(s),
          ).length;
          expect(m.overdue).toHaveLength(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
