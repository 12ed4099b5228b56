/**
 * "Siapkan LKE RB" and "Evaluasi RB" in the BUILT Code.js: the template is created without touching any
 * existing sheet, the template filled for the sample OPD gives the area scores and the total by the
 * policy, an office's own LKE layout (merged round headers, percent cells, a verifier round) is
 * recognised and scored, input cells stay as they were, and a second run replaces the add-on's own sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rbLkeLines } from '../../scripts/start-rb';
import { sampleRbLke } from '../../shared/sample';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const rowsOf = (box: Sandbox, name: string) => plain(sheetNamed(box, name).snapshot()) as unknown[][];
const rowStarting = (rows: unknown[][], text: string) => rows.find((r) => r[0] === text);

/** The sample's answers typed into the sheet "Siapkan LKE RB" created, cell by cell as a user would. */
function fillTemplate(box: Sandbox) {
  const lke = sheetNamed(box, 'LKE RB');
  sampleRbLke()
    .rows.slice(1)
    .forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== '') lke.cell(r + 2, c + 1).v = value;
      });
    });
}

describe('Siapkan LKE RB', () => {
  it('creates the LKE RB sheet with the template header, notes and dropdowns', () => {
    const box = loadSandbox();
    const text = String(box.call('siapkanLkeRb'));
    expect(text).toContain('Sheet "LKE RB" dibuat');
    expect(rowsOf(box, 'LKE RB')[0]).toEqual(sampleRbLke().rows[0]);
    const lke = sheetNamed(box, 'LKE RB');
    expect(lke.frozenRows).toBe(1);
    expect(lke.peek(1, 5)?.note).toContain('B bernilai 0,75');
    const part = lke.peek(2, 3)?.validation as { values: string[]; allowInvalid: boolean };
    expect(part.values).toEqual(['Pemenuhan', 'Hasil Antara', 'Reform', 'Hasil']);
    const answer = lke.peek(2, 6)?.validation as { values: string[]; allowInvalid: boolean };
    expect(answer.values).toEqual(['Ya', 'Tidak', 'A', 'B', 'C', 'D', 'E']);
    expect(answer.allowInvalid).toBe(true);
    const area = lke.peek(2, 1)?.validation as { values: string[] };
    expect(area.values).toContain('Penataan SDM Aparatur');
    expect(area.values).toContain('Kinerja Organisasi');
  });

  it('never touches an existing LKE RB sheet', () => {
    const own: SheetSeed = { name: 'LKE RB', rows: [['Catatan tim RB'], ['Rapat 12 Mei 2025']] };
    const box = loadSandbox({ sheets: [own] });
    const before = sheetState(sheetNamed(box, 'LKE RB'));
    expect(String(box.call('siapkanLkeRb'))).toContain('sudah ada dan tidak diubah');
    expect(sheetState(sheetNamed(box, 'LKE RB'))).toBe(before);
    expect(box.book.sheets.map((s) => s.name)).toEqual(['LKE RB']);
  });
});

describe('Evaluasi RB on the template filled for the sample Dinas Kesehatan', () => {
  const filled = () => {
    const box = loadSandbox();
    box.call('siapkanLkeRb');
    fillTemplate(box);
    return box;
  };

  it('writes the area scores, pengungkit, hasil, the total and its predikat by the policy', () => {
    const box = filled();
    const text = String(box.call('evaluasiRb'));
    expect(text).toContain(
      'Sheet "Evaluasi RB" ditulis dari LKE "LKE RB": nilai indeks RB 78,5 dari 100, predikat BB (Baik); putaran penentu Jawaban Verifikasi.',
    );
    const rows = rowsOf(box, 'Evaluasi RB');
    expect(rows[1]?.[0]).toBe(
      'Putaran penentu: Jawaban Verifikasi (putaran terakhir di LKE). Bobot: PermenPANRB 26/2020 (bobot area dibagi rata).',
    );
    // Manajemen Perubahan: pemenuhan 2,5; hasil antara 85% x 1,25; reform B x 3,75; own round 7,375; gap 1.
    expect(rowStarting(rows, 'Manajemen Perubahan')?.slice(1, 9)).toEqual([
      2.5, 1.06, 2.81, 6.38, 7.5, 7.38, 6.38, 1,
    ]);
    expect(rowStarting(rows, 'Penguatan Pengawasan')?.slice(4, 9)).toEqual([3.5, 7.5, 5.13, 3.5, 1.63]);
    expect(rowStarting(rows, 'Pengungkit')?.slice(4, 6)).toEqual([45.5, 60]);
    expect(rowStarting(rows, 'Hasil')?.slice(4, 6)).toEqual([33, 40]);
    expect(rowStarting(rows, 'Nilai indeks RB')?.slice(4, 9)).toEqual([78.5, 100, 86.85, 78.5, 8.35]);
    expect(rowStarting(rows, 'Predikat')?.[4]).toBe('BB (Baik)');
    const weakest = rows.findIndex((r) => String(r[0]).startsWith('Indikator terlemah'));
    expect(rows[weakest + 2]?.slice(0, 7)).toEqual([
      'Nilai SAKIP Dinas Kesehatan',
      'Kapasitas dan Akuntabilitas Kinerja Organisasi',
      'Hasil',
      '65%',
      6.5,
      10,
      3.5,
    ]);
    expect(rows.map((r) => r[0])).toContain(
      '2 indikator yang dijawab pada putaran penentu belum berbukti dukung.',
    );
  });

  it('leaves every LKE cell as it was, and a second run replaces its own sheet', () => {
    const box = filled();
    const before = sheetState(sheetNamed(box, 'LKE RB'));
    box.call('evaluasiRb');
    const first = rowsOf(box, 'Evaluasi RB');
    box.call('evaluasiRb');
    expect(sheetState(sheetNamed(box, 'LKE RB'))).toBe(before);
    expect(box.book.sheets.map((s) => s.name)).toEqual(['LKE RB', 'Evaluasi RB']);
    expect(rowsOf(box, 'Evaluasi RB')).toEqual(first);
  });

  it('lists every malformed cell and writes nothing', () => {
    const box = filled();
    sheetNamed(box, 'LKE RB').cell(3, 6).v = 'Mungkin';
    sheetNamed(box, 'LKE RB').cell(5, 4).v = 'dua';
    const text = String(box.call('evaluasiRb'));
    expect(text).toContain('LKE RB belum dapat dinilai: 2 sel perlu diperbaiki.');
    expect(text).toContain('Sheet "LKE RB", baris 3, kolom F: Jawaban "Mungkin" (Jawaban Penilaian Mandiri)');
    expect(text).toContain('Sheet "LKE RB", baris 5, kolom D: Bobot "dua"');
    expect(box.book.sheets.map((s) => s.name)).toEqual(['LKE RB']);
  });
});

type Cell = string | { v: number; d: string };
const pct = (n: number): Cell => ({ v: n / 100, d: `${String(n).replace('.', ',')}%` });

/**
 * The LKE PMPRB of Dinas Pendidikan Kabupaten Contoh in the office's own layout: a title, the rounds
 * merged over their columns, parts and areas as heading rows, a sub-group weight its questions share,
 * percentages as percent cells, answers by the OPD and by the TPI verifier.
 */
const OFFICE: SheetSeed = {
  name: 'LKE PMPRB',
  rows: [
    ['LEMBAR KERJA EVALUASI PMPRB DINAS PENDIDIKAN TAHUN 2025'],
    ['NO', 'URAIAN', 'BOBOT', 'JENIS JAWABAN', 'PENILAIAN MANDIRI', '', 'EVALUATOR (TPI)', ''],
    ['', '', '', '', 'JAWABAN', 'BUKTI DUKUNG', 'JAWABAN', 'CATATAN'],
    ['I.', 'PEMENUHAN'],
    ['1.', 'Penataan Tatalaksana'],
    ['a.', 'Standar operasional prosedur', '2,00'],
    ['', 'Apakah SOP layanan sekolah telah ditetapkan?', '', 'Ya/Tidak', 'Ya', 'sop.pdf', 'Ya', ''],
    [
      '',
      'Persentase SOP yang telah dievaluasi',
      '',
      'Persentase',
      pct(80),
      'evaluasi.pdf',
      pct(60),
      'Baru 3 SOP',
    ],
    ['2.', 'Penguatan Akuntabilitas'],
    ['', 'Kualitas perjanjian kinerja', '1,00', 'A/B/C', 'A', 'pk.pdf', 'B', ''],
    ['II.', 'HASIL ANTARA'],
    ['1.', 'Penataan Tatalaksana'],
    ['', 'Indeks SPBE Dinas', '', 'Persentase', pct(72), '', pct(64), ''],
    ['B.', 'HASIL'],
    ['1.', 'Kualitas Pelayanan Publik'],
    ['', 'Indeks kepuasan masyarakat layanan sekolah', '', 'Persentase', pct(86), 'ikm.pdf', pct(80), ''],
  ],
  merges: [
    { row: 2, column: 5, numRows: 1, numColumns: 2 },
    { row: 2, column: 7, numRows: 1, numColumns: 2 },
  ],
};

describe('Evaluasi RB on an office’s own LKE layout', () => {
  it('recognises it and scores it: sub-group weights, percentages, the verifier deciding', () => {
    const box = loadSandbox({ sheets: [OFFICE] });
    const text = String(box.call('evaluasiRb'));
    // Tatalaksana pemenuhan: (1 x 1 + 1 x 0,6) / 2 x 2,5 = 2; hasil antara 64% x 1,25 = 0,8.
    // Akuntabilitas pemenuhan: B on A/B/C = 0,5 x 2,5 = 1,25. Hasil: 80% x 10 = 8. Total 12,05.
    expect(text).toContain(
      'nilai indeks RB 12,05 dari 100, predikat D (Sangat Kurang); putaran penentu EVALUATOR (TPI) JAWABAN',
    );
    const rows = rowsOf(box, 'Evaluasi RB');
    expect(rowStarting(rows, 'Penataan Tata Laksana')?.slice(1, 9)).toEqual([
      2, 0.8, 0, 2.8, 7.5, 3.15, 2.8, 0.35,
    ]);
    expect(rowStarting(rows, 'Penguatan Akuntabilitas')?.slice(4, 9)).toEqual([1.25, 7.5, 2.5, 1.25, 1.25]);
    expect(rowStarting(rows, 'Kualitas Pelayanan Publik')?.slice(4, 6)).toEqual([8, 10]);
    // The areas the LKE leaves out score 0 and are named in the notes.
    expect(rows.map((r) => String(r[0]))).toContain(
      'Area Manajemen Perubahan belum diisi, sehingga dinilai 0 (kehilangan 7,5 poin). Isi capaiannya.',
    );
  });

  it('says where the office’s weights add up to other than the policy’s maximum, which the score uses', () => {
    const box = loadSandbox({ sheets: [OFFICE] });
    box.call('evaluasiRb');
    const notes = rowsOf(box, 'Evaluasi RB')
      .map((r) => String(r[0]))
      .filter((t) => t.includes('di sheet berjumlah'));
    expect(notes).toEqual([
      expect.stringContaining(
        'Bobot indikator Penataan Tata Laksana bagian Pemenuhan di sheet berjumlah 2, tetapi nilai maksimumnya menurut kebijakan 2,5. Yang dipakai 2,5 dari kebijakan',
      ),
      expect.stringContaining(
        'Bobot indikator Penguatan Akuntabilitas bagian Pemenuhan di sheet berjumlah 1, tetapi nilai maksimumnya menurut kebijakan 2,5.',
      ),
    ]);
  });

  it('refuses an LKE with an indicator written twice, naming both rows, and writes nothing', () => {
    const rows = OFFICE.rows.map((r) => [...r]);
    rows.splice(7, 0, [...(rows[6] ?? [])]);
    const box = loadSandbox({ sheets: [{ ...OFFICE, rows }] });
    const text = String(box.call('evaluasiRb'));
    expect(text).toContain('LKE RB belum dapat dinilai: 1 sel perlu diperbaiki.');
    expect(text).toContain(
      'baris 8, kolom B: Indikator "Apakah SOP layanan sekolah telah ditetapkan?" (Penataan Tata Laksana, bagian Pemenuhan) sama dengan baris 7',
    );
    expect(box.book.sheets.map((s) => s.name)).toEqual(['LKE PMPRB']);
  });

  it('leaves the office’s sheet exactly as it was', () => {
    const box = loadSandbox({ sheets: [OFFICE] });
    const before = sheetState(sheetNamed(box, 'LKE PMPRB'));
    box.call('evaluasiRb');
    box.call('evaluasiRb');
    expect(sheetState(sheetNamed(box, 'LKE PMPRB'))).toBe(before);
    expect(box.book.sheets.map((s) => s.name)).toEqual(['LKE PMPRB', 'Evaluasi RB']);
  });

  it('says what to do when the workbook holds no LKE RB', () => {
    const box = loadSandbox({ sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama']] }] });
    expect(String(box.call('evaluasiRb'))).toContain('Tidak ada sheet LKE RB yang dikenali');
  });
});

describe('npm start: the RB recap of the sample', () => {
  it('prints per area, the total with its predikat and gap, and the weakest indicators', () => {
    const lines = rbLkeLines();
    expect(lines).toContain(
      '  Penguatan Pengawasan: 3,5 dari 7,5 (pemenuhan 1, hasil antara 0,63, reform 1,88); selisih mandiri 1,63',
    );
    expect(lines).toContain(
      '  Pengungkit 45,5 dari 60, hasil 33 dari 40: nilai indeks RB 78,5, predikat BB (Baik); selisih mandiri 8,35',
    );
    expect(lines[lines.indexOf('  Indikator terlemah:') + 1]).toBe(
      '    Nilai SAKIP Dinas Kesehatan (Kapasitas dan Akuntabilitas Kinerja Organisasi, Hasil): 6,5 dari 10, hilang 3,5 poin',
    );
  });
});
