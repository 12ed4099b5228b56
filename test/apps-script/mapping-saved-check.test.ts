/**
 * A saved column mapping names columns by position: every read checks it against the sheets it was
 * confirmed on (workbook/read-table.ts checkSaved, workbook/workbook.ts readWorkbook). A swapped, inserted
 * or moved column, a header row moved down, a mapped sheet renamed: each is refused with a message at its
 * place, and Hitung nilai leaves Hasil and Riwayat as they were. A table added outside the mapping is
 * named, never silently dropped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { confirmedSheets } from './confirm-proposal';

beforeAll(ensureBuilt);

type Box = ReturnType<typeof loadSandbox>;
type Row = string[];

const AHMAD = '198507122010011003';
const SITI = '199003152015031002';
const BUDI = '199211052019031001';

const pegawai = {
  name: 'Pegawai',
  rows: [
    ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'NIP Atasan'],
    [AHMAD, 'Ahmad', 'Kepala Dinas', 'Sekretariat', ''],
    [SITI, 'Siti', 'Analis', 'Sekretariat', AHMAD],
    [BUDI, 'Budi', 'Pranata Komputer', 'Sekretariat', AHMAD],
  ],
};

/** An indicator table under a title naming its period, header on row 5. */
const indicatorRows: Row[] = [
  ['PEMERINTAH KABUPATEN SUKAMAJU', '', '', '', ''],
  ['DINAS PERHUBUNGAN', '', '', '', ''],
  ['Capaian Kinerja Pegawai Mei 2025', '', '', '', ''],
  ['', '', '', '', ''],
  ['NIP', 'Indikator', 'Target', 'Realisasi', 'Satuan'],
  [AHMAD, 'Dokumen', '10', '10', 'Dokumen'],
  [SITI, 'Laporan', '10', '5', 'Dokumen'],
  [BUDI, 'Aplikasi', '4', '8', 'Aplikasi'],
];

interface Proposal {
  sheet: string;
  role: string | null;
  headerRow: number;
  headerRowCount: number;
  saved: boolean;
  notes: string[];
  columns: { index: number; letter: string; field: string | null; confidence: number }[];
}

const proposals = (box: Box): Proposal[] => {
  const reply = plain(box.call('ambilUsulanPemetaan')) as { ok: boolean; proposal: { sheets: Proposal[] } };
  expect(reply.ok).toBe(true);
  return reply.proposal.sheets;
};

/** The proposal confirmed as it is, through the sidebar's own call. */
function confirm(box: Box): void {
  const sheets = confirmedSheets(box);
  const reply = plain(box.call('simpanPemetaan', JSON.stringify({ version: 1, sheets }))) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

const grid = (box: Box, name: string): string[][] | null => {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as string[][]) : null;
};

const problems = (box: Box): string => (grid(box, 'Masalah Data') ?? []).map((r) => r.join(' | ')).join('\n');

/** A workbook scored once with its mapping confirmed: Hasil Pegawai and Riwayat hold Mei 2025. */
function scoredBook(): Box {
  const box = loadSandbox({ sheets: [pegawai, { name: 'Indikator', rows: indicatorRows }] });
  confirm(box);
  expect(String(box.call('hitungNilai'))).toContain('dinilai');
  return box;
}

const write = (box: Box, name: string, rows: Row[]) =>
  box.book.getSheetByName(name)!.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);

/** Hitung nilai after a change must fail and leave Hasil Pegawai and Riwayat exactly as they were. */
function expectRefusedRun(box: Box): string {
  const hasil = grid(box, 'Hasil Pegawai');
  const riwayat = grid(box, 'Riwayat');
  expect(hasil).not.toBeNull();
  expect(riwayat).not.toBeNull();
  const reply = String(box.call('hitungNilai'));
  expect(reply).toContain('Hitung nilai dihentikan');
  expect(grid(box, 'Hasil Pegawai')).toEqual(hasil);
  expect(grid(box, 'Riwayat')).toEqual(riwayat);
  return reply;
}

describe('a saved mapping is checked against the headers it was confirmed on', () => {
  it('keeps each mapped column header with the saved mapping', () => {
    const box = scoredBook();
    const saved = JSON.parse(box.documentProperties.store.get(MAPPING_PROPERTY) as string);
    const indikator = saved.sheets.find((s: { sheet: string }) => s.sheet === 'Indikator');
    expect(indikator.headers).toMatchObject({ nip: 'NIP', target: 'Target', realisasi: 'Realisasi' });
  });

  it('refuses Target and Realisasi swapped after confirming, at sheet, header row and column', () => {
    const box = scoredBook();
    write(
      box,
      'Indikator',
      indicatorRows.map((r) => [r[0]!, r[1]!, r[3]!, r[2]!, r[4]!]),
    );
    expect(String(box.call('periksaData'))).not.toContain('tidak ada masalah');
    const list = problems(box);
    expect(list).toContain(
      'Indikator | 5 | C | Realisasi | Sheet "Indikator", baris judul 5, kolom C (Target): judulnya sekarang "Realisasi", padahal saat pemetaan disimpan "Target".',
    );
    expect(list).toContain('Indikator | 5 | D | Target |');
    expect(list).toContain('| Galat |');
    expectRefusedRun(box);
    // The sidebar proposes the table afresh: not shown as saved, nor its columns as confirmed (100 %).
    const p = proposals(box).find((s) => s.sheet === 'Indikator')!;
    expect(p.saved).toBe(false);
    expect(p.columns.find((c) => c.letter === 'C')?.field).toBe('realisasi');
    expect(p.notes.join('\n')).toContain('kolom C (Target): judulnya sekarang "Realisasi"');
  });

  it('refuses the other actions that score too (papers, packages): nothing written', () => {
    const box = scoredBook();
    write(
      box,
      'Indikator',
      indicatorRows.map((r) => [r[0]!, r[1]!, r[3]!, r[2]!, r[4]!]),
    );
    const names = box.book.sheets.map((sheet) => sheet.name);
    const reply = String(box.call('siapkanKertasRapat'));
    expect(reply).toContain('Tidak dijalankan: pemetaan kolom yang disimpan tidak cocok lagi');
    expect(reply).toContain('kolom C (Target): judulnya sekarang "Realisasi"');
    expect(box.book.sheets.map((sheet) => sheet.name)).toEqual(names);
    const exported = plain(box.call('ambilPaketEkspor')) as { ok: boolean; message?: string };
    expect(exported.ok).toBe(false);
  });

  it('refuses a column inserted before the mapped ones', () => {
    const box = scoredBook();
    write(
      box,
      'Indikator',
      indicatorRows.map((r, i) => [
        r[0]!,
        r[1]!,
        i === 4 ? 'Keterangan' : i > 4 ? 'catatan' : '',
        r[2]!,
        r[3]!,
        r[4]!,
      ]),
    );
    box.call('periksaData');
    expect(problems(box)).toContain('kolom C (Target): judulnya sekarang "Keterangan"');
    expectRefusedRun(box);
  });

  it('checks a mapping saved without headers as far as it can, and asks to confirm it again', () => {
    const box = scoredBook();
    const saved = JSON.parse(box.documentProperties.store.get(MAPPING_PROPERTY) as string);
    for (const s of saved.sheets) delete s.headers;
    box.documentProperties.store.set(MAPPING_PROPERTY, JSON.stringify(saved));
    box.call('periksaData');
    expect(problems(box)).toContain('disimpan oleh versi lama tanpa judul kolom');
    expect(problems(box)).toContain('Peringatan');
    write(
      box,
      'Indikator',
      indicatorRows.map((r) => [r[0]!, r[1]!, r[3]!, r[2]!, r[4]!]),
    );
    box.call('periksaData');
    expect(problems(box)).toContain(
      'Sheet "Indikator", baris judul 5, kolom C: dipetakan sebagai Target, tetapi judulnya sekarang "Realisasi"',
    );
    expectRefusedRun(box);
  });

  it('keeps the labels of an imported mapping, and exports the confirmed labels, not the changed ones', () => {
    const box = scoredBook();
    const exported = plain(box.call('eksporPemetaan')) as { ok: boolean; json: string };
    expect(exported.ok).toBe(true);
    const other = loadSandbox({ sheets: [pegawai, { name: 'Indikator', rows: indicatorRows }] });
    expect((plain(other.call('imporPemetaan', exported.json)) as { ok: boolean }).ok).toBe(true);
    const imported = JSON.parse(other.documentProperties.store.get(MAPPING_PROPERTY) as string);
    expect(imported.sheets.find((s: { sheet: string }) => s.sheet === 'Indikator').headers).toMatchObject({
      target: 'Target',
      realisasi: 'Realisasi',
    });
    write(
      other,
      'Indikator',
      indicatorRows.map((r) => [r[0]!, r[1]!, r[3]!, r[2]!, r[4]!]),
    );
    const again = plain(other.call('eksporPemetaan')) as { ok: boolean; json: string };
    const column = (json: string, letter: string) =>
      JSON.parse(json)
        .sheets.find((s: { sheet: string }) => s.sheet === 'Indikator')
        .columns.find((c: { column: string }) => c.column === letter);
    expect(column(again.json, 'C')).toEqual({ column: 'C', field: 'target', header: 'Target' });
  });

  it('still reads an unchanged workbook with its saved mapping', () => {
    const box = scoredBook();
    expect(String(box.call('periksaData'))).toContain('tidak ada masalah');
    expect(String(box.call('hitungNilai'))).toContain('3 pegawai dinilai');
  });
});

describe('sheets outside a saved mapping are never ignored without a word', () => {
  it('a renamed mapped sheet is an error and its new name a table not read', () => {
    const box = scoredBook();
    box.book.getSheetByName('Indikator')!.setName('Indikator Mei');
    box.call('periksaData');
    const list = problems(box);
    expect(list).toContain('Sheet berikut sudah tidak ada: Indikator.');
    expect(list).toContain('Sheet "Indikator Mei", tabel A5:E8: tampak berisi Indikator SKP');
    expectRefusedRun(box);
  });

  it('Perilaku and Absensi added after confirming are named and listed as not read', () => {
    const box = scoredBook();
    box.book.addSheet({
      name: 'Absensi',
      rows: [
        ['NIP', 'Tanggal', 'Kode Absen'],
        [SITI, '2025-05-05', 'TK'],
        [SITI, '2025-05-06', 'TK'],
      ],
    });
    const reply = String(box.call('periksaData'));
    expect(reply).not.toContain('tidak ada masalah');
    expect(problems(box)).toContain(
      'Absensi | 1 |  |  | Sheet "Absensi", tabel A1:C3: tampak berisi Absensi, tetapi tidak ada di pemetaan kolom yang disimpan',
    );
    const tables = grid(box, 'Tabel Terbaca')!;
    const absensi = tables.find((r) => r[0] === 'Absensi')!;
    expect(absensi).toContain('Tidak');
  });
});

describe('a row inserted above a confirmed header', () => {
  it('refuses the saved table, keeps the found one in the proposal, and leaves Hasil and Riwayat', () => {
    const box = scoredBook();
    write(box, 'Indikator', [['', '', '', '', ''], ...indicatorRows]);
    box.call('periksaData');
    expect(problems(box)).toContain(
      'Indikator | 5 |  |  | Sheet "Indikator": baris judul 5 yang disimpan di pemetaan sekarang kosong',
    );
    expectRefusedRun(box);
    const p = proposals(box).filter((s) => s.sheet === 'Indikator');
    expect(p.map((s) => [s.headerRow, s.role, s.saved])).toEqual([[6, 'indicators', false]]);
    expect(p[0]!.notes.join('\n')).toContain('baris judul 5 yang disimpan di pemetaan sekarang kosong');
    // Confirming it again at its new row reads it again.
    confirm(box);
    expect(String(box.call('hitungNilai'))).toContain('3 pegawai dinilai');
  });
});
