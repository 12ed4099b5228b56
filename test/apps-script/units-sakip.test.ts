/**
 * Units as the built add-on meets them: a SAKIP sheet kept as LKE forms are (the unit written once),
 * a unit-sheet row with no staff, a unit with no assessed employee, and a TPP estimate with no predikat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeedCell } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { type Row, rowsOf } from './fixtures/sandbox-run';

beforeAll(ensureBuilt);

const nip = (i: number): string => `19850101201001${String(1001 + i).padStart(4, '0')}`;
const COMPONENTS = [
  'Perencanaan Kinerja',
  'Pengukuran Kinerja',
  'Pelaporan Kinerja',
  'Evaluasi Akuntabilitas Kinerja Internal',
];
const SUBS = ['Keberadaan', 'Kualitas', 'Pemanfaatan'];

/** Twelve criterion rows of one unit, the unit written on every row or only on its first. */
function worksheet(unit: string, answer: string, everyRow: boolean): SeedCell[][] {
  const rows: SeedCell[][] = [];
  for (const c of COMPONENTS)
    for (const s of SUBS)
      rows.push([everyRow || rows.length === 0 ? unit : '', c, s, `${unit} ${c} ${s}`, answer]);
  return rows;
}

/**
 * Bidang A and B (two staff each, rated), Bidang C (one employee with no behaviour rating, so no
 * predikat), and Bidang F in the Unit sheet with nobody in it. SAKIP: A 70 (B), B 80 (BB), C 90 (A)
 * written on its first row only, F 100 (AA).
 */
function workbook(): { name: string; rows: SeedCell[][] }[] {
  const units = ['Bidang A', 'Bidang A', 'Bidang B', 'Bidang B', 'Bidang C'];
  const peg: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Kepala Unit', 'TPP Dasar']];
  for (const [i, u] of units.entries())
    peg.push([nip(i), `Pegawai ${i}`, 'Analis', u, i % 2 === 0 ? 'Ya' : 'Tidak', 5000000]);

  const ind: SeedCell[][] = [
    ['NIP', 'RHK', 'Indikator', 'Target', 'Realisasi', 'Bukti Dukung', 'Umpan Balik'],
  ];
  for (let i = 0; i < units.length; i++) ind.push([nip(i), 'RHK', 'Ind', 100, 100, 'https://x', 'ok']);
  const beh: SeedCell[][] = [['NIP', 'Rating Perilaku']];
  for (let i = 0; i < 4; i++) beh.push([nip(i), 'Sesuai Ekspektasi']);
  const unit: SeedCell[][] = [
    ['Unit Kerja', 'Predikat Organisasi', 'Nilai SAKIP Lalu'],
    ['Bidang A', 'Baik', 60],
    ['Bidang B', 'Istimewa', 60],
    ['Bidang C', 'Baik', 60],
    ['Bidang F', 'Baik', 60],
  ];
  const sakip: SeedCell[][] = [['Unit Kerja', 'Komponen', 'Sub Komponen', 'Kriteria', 'Jawaban']];
  sakip.push(['', 'Perencanaan Kinerja', 'Keberadaan', 'Kriteria tanpa unit', 'A']); // row 2
  sakip.push(...worksheet('Bidang A', 'B', true)); // rows 3-14
  sakip.push(...worksheet('Bidang B', 'BB', true)); // rows 15-26
  sakip.push(...worksheet('Bidang C', 'A', false)); // rows 27-38, the unit on row 27 only
  sakip.push(['', 'Pelaporan Kinerja', 'Kualitas', 'Kriteria C tambahan', '']); // row 39, unanswered
  sakip.push(...worksheet('Bidang F', 'AA', true)); // rows 40-51
  return [
    { name: 'Pegawai', rows: peg },
    { name: 'Indikator', rows: ind },
    { name: 'Perilaku', rows: beh },
    { name: 'Unit', rows: unit },
    { name: 'SAKIP', rows: sakip },
  ];
}

const problems = (box: Sandbox): Row[] => rowsOf(box, 'Masalah Data');
const unitRow = (box: Sandbox, name: string): Row | undefined =>
  rowsOf(box, 'Hasil Unit').find((r) => r['Unit Kerja'] === name);

describe('units through Hitung nilai and Evaluasi SAKIP', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = loadSandbox({ sheets: workbook() });
    box.call('hitungNilai');
  });

  it('a SAKIP unit written on its first criterion row only is scored on all its rows', () => {
    const text = String(box.call('evaluasiSakip'));
    expect(text).not.toContain('Bidang F');
    const sheet = box.book.sheets.find((s) => s.name === 'Evaluasi SAKIP');
    const finals = new Map<string, unknown>();
    for (const r of plain(sheet?.snapshot() ?? []) as unknown[][])
      if (r[1] === 'Nilai akhir') finals.set(String(r[0]), r[2]);
    expect(Object.fromEntries(finals)).toEqual({ 'Bidang A': 70, 'Bidang B': 80, 'Bidang C': 90 });
    const messages = problems(box).map((p) => String(p.Masalah));
    expect(messages.some((m) => m.includes('Unit ""'))).toBe(false);
  });

  it('rows with no unit written above are named in one message; a criterion warning keeps its own row', () => {
    const sakip = problems(box).filter((p) => p.Sheet === 'SAKIP');
    const orphan = sakip.find((p) => String(p.Masalah).includes('tidak punya unit kerja'));
    expect(orphan).toMatchObject({ Baris: 2, Kolom: 'A' });
    expect(orphan?.Masalah).toBe(
      '1 baris kriteria di sheet "SAKIP" (baris 2) tidak punya unit kerja: sel unitnya kosong dan tidak ada unit di baris atasnya, jadi baris itu tidak dinilai untuk unit mana pun. Tulis nama unit pada baris kriteria pertama unit itu (baris di bawahnya boleh dikosongkan).',
    );
    const unanswered = sakip.find((p) => String(p.Masalah).includes('Kriteria C tambahan'));
    expect(unanswered?.Baris).toBe(39);
  });

  it('a Unit-sheet row with no staff is reported at its row, gets no SAKIP score and no rank', () => {
    const f = problems(box).find((p) => p.Sheet === 'Unit' && p.Baris === 5 && p.Kolom === 'A');
    expect(f?.Masalah).toBe(
      'Unit "Bidang F" di sheet "Unit" tidak punya pegawai di daftar pegawai, jadi tidak dinilai, tidak diberi nilai SAKIP, dan tidak ikut peringkat unit. Periksa penulisan namanya (harus sama dengan kolom Unit Kerja pegawai) atau hapus baris unit yang sudah tidak ada.',
    );
    const sakipRow = problems(box).find((p) => p.Sheet === 'SAKIP' && p.Baris === 40);
    expect(sakipRow?.Masalah).toBe(
      'Unit "Bidang F" di lembar SAKIP tercantum di sheet Unit tetapi tidak punya pegawai, jadi lembar kerjanya tidak dinilai dan unit itu tidak ikut peringkat. Samakan nama unitnya dengan kolom Unit Kerja pegawai, atau hapus baris unit yang sudah tidak ada.',
    );
    const text = String(box.call('daftarRewardPunishment'));
    // Ranked on SAKIP among the staffed units: Bidang C (90) is best, never the empty Bidang F (100).
    expect(text).toContain('Unit terbaik: Bidang C.');
    const rp = box.book.sheets.find((s) => s.name === 'Reward & Punishment');
    const fRow = (plain(rp?.snapshot() ?? []) as unknown[][]).find((r) => r[1] === 'Bidang F');
    expect(fRow?.[2]).toBe('');
  });

  it('a unit with no assessed employee shows "cannot be checked yet", not a green OK, and says why', () => {
    expect(unitRow(box, 'Bidang C')?.['Cek Sebaran (SE 3/2023)']).toBe(
      'Belum dapat diperiksa: belum ada pegawai unit ini yang berpredikat. Lengkapi penilaiannya lalu hitung ulang.',
    );
    expect(unitRow(box, 'Bidang B')?.['Cek Sebaran (SE 3/2023)']).toBe('OK');
    // The dashboard draws no cap for it either (a cap of "every employee" would read as checked).
    box.call('buatDasbor');
    const dash = plain(box.book.sheets.find((s) => s.name === 'Dasbor')?.snapshot() ?? []) as unknown[][];
    expect(dash.find((r) => r[0] === 'Bidang C')?.slice(6, 8)).toEqual(['', '']);
    expect(dash.find((r) => r[0] === 'Bidang B')?.slice(6, 8)).toEqual([1, 2]);
    const said = problems(box).find((p) => p.Sheet === 'Unit' && p.Baris === 4);
    expect(said?.Masalah).toBe(
      'Unit berpredikat Baik belum memiliki pegawai dengan predikat; sebaran predikat belum dapat diperiksa.',
    );
  });

  it('a TPP estimate without a predikat says at the TPP cell that the performance part is 0', () => {
    const c = rowsOf(box, 'Hasil Pegawai').find((r) => r.NIP === nip(4));
    expect(c?.['Estimasi TPP (Rp)']).toBe(2000000);
    const said = problems(box).find((p) => p.Sheet === 'Pegawai' && p.Baris === 6 && p.Kolom === 'F');
    expect(said?.Masalah).toBe(
      'Predikat kinerja belum ada, jadi bagian kinerja dibayar 0% sesuai kebijakan. Selesaikan penilaian SKP lebih dulu.',
    );
    // Employees with a predikat get no such line.
    expect(problems(box).filter((p) => p.Sheet === 'Pegawai' && p.Kolom === 'F')).toHaveLength(1);
  });
});

describe('a unit too small for its SE 3/2023 minimums', () => {
  it('Hasil Unit says once that the minimums cannot be met at this size, not two shortfalls', () => {
    const peg: SeedCell[][] = [['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Kepala Unit', 'TPP Dasar']];
    const ind: SeedCell[][] = [
      ['NIP', 'RHK', 'Indikator', 'Target', 'Realisasi', 'Bukti Dukung', 'Umpan Balik'],
    ];
    const beh: SeedCell[][] = [['NIP', 'Rating Perilaku']];
    for (let i = 0; i < 2; i++) {
      peg.push([nip(i), `Pegawai ${i}`, 'Analis', 'Bidang K', i === 0 ? 'Ya' : 'Tidak', 5000000]);
      ind.push([nip(i), 'RHK', 'Ind', 100, 100, 'https://x', 'ok']);
      beh.push([nip(i), 'Sesuai Ekspektasi']);
    }
    const unit: SeedCell[][] = [
      ['Unit Kerja', 'Predikat Organisasi'],
      ['Bidang K', 'Kurang'],
    ];
    const small = loadSandbox({
      sheets: [
        { name: 'Pegawai', rows: peg },
        { name: 'Indikator', rows: ind },
        { name: 'Perilaku', rows: beh },
        { name: 'Unit', rows: unit },
      ],
    });
    small.call('hitungNilai');
    const cell = String(unitRow(small, 'Bidang K')?.['Cek Sebaran (SE 3/2023)']);
    expect(cell).toContain('tidak ada sebaran yang dapat memenuhinya pada ukuran unit ini');
    expect(cell.split('Unit berpredikat Kurang').length - 1).toBe(1);
    expect(cell).not.toContain('kurang 1 pegawai');
  });
});
