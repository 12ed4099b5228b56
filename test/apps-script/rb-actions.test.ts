/**
 * "Siapkan Rencana Aksi RB" and "Pantau rencana aksi" in the BUILT Code.js: the sample region's tracker
 * (11 recommendations, 30 actions) checked as of a fixed day gives the overdue and evidence-less actions
 * and the progress per owner OPD; a second check says what changed; an office's own layout (title rows,
 * merged headers) is recognised; the input cells are never changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_RB_AS_OF, SAMPLE_RB_ROWS, SAMPLE_RB_SHEET, sampleRbActionGrid } from '../../shared/sample';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const RECAP = 'Pantau Rencana Aksi';
const SNAPSHOT_KEY = 'nilaiKerja.rbActions.snapshot';

const sample = (rows = SAMPLE_RB_ROWS): SheetSeed => ({
  name: SAMPLE_RB_SHEET,
  rows: sampleRbActionGrid(rows),
});
const rowsOf = (b: Sandbox, name: string) => plain(sheetNamed(b, name).snapshot()).map((r) => r.map(String));

/** The rows of a recap section: from its title to the next blank row, header excluded. */
function sectionRows(rows: string[][], title: RegExp): string[][] {
  const start = rows.findIndex((r) => title.test(r[0] ?? ''));
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return rows.slice(start + 2, end < 0 ? rows.length : end);
}

describe('Pantau rencana aksi on the sample tracker as of 30/09/2025', () => {
  const run = () => {
    const b = loadSandbox({ sheets: [sample()] });
    const text = String(b.call('pantauRencanaAksi', SAMPLE_RB_AS_OF));
    return { b, text, rows: rowsOf(b, RECAP) };
  };

  it('tells the admin the totals and writes the recap with its as-of day', () => {
    const { text, rows } = run();
    expect(text).toContain(
      'Sheet "Pantau Rencana Aksi" ditulis dari "Rencana Aksi RB" per 30/09/2025: 30 rencana aksi, 5 terlambat, 3 selesai tanpa bukti dukung, 1 area tanpa pengampu.',
    );
    expect(rows[1]?.[0]).toBe('Keadaan per 30/09/2025');
  });

  it('lists the overdue actions with owner and days late', () => {
    const overdue = sectionRows(run().rows, /^Rencana aksi terlambat \(5\)$/);
    expect(overdue.map((r) => [r[2], r[3], r[4], r[5], r[7]])).toEqual([
      [
        'Laporan tindak lanjut pengaduan per triwulan',
        'Dinas Komunikasi dan Informatika',
        '30/06/2025',
        '92',
        '33',
      ],
      [
        'Integrasi aplikasi persuratan elektronik (TTE) di seluruh OPD',
        'Dinas Komunikasi dan Informatika',
        '31/07/2025',
        '61',
        '14',
      ],
      ['Pendampingan unit kerja pembangunan ZI', 'Inspektorat', '31/07/2025', '61', '25'],
      ['Evaluasi kelembagaan perangkat daerah', 'Bagian Organisasi Setda', '31/08/2025', '30', '11'],
      ['Penilaian maturitas SPIP terintegrasi', 'Inspektorat', '31/08/2025', '30', '28'],
    ]);
  });

  it('lists finished actions without evidence and the area without an owner', () => {
    const { rows } = run();
    expect(sectionRows(rows, /^Selesai tanpa bukti dukung \(3\)$/).map((r) => r[7])).toEqual([
      '18',
      '27',
      '30',
    ]);
    expect(sectionRows(rows, /^Area perubahan tanpa pengampu \(1\)$/).map((r) => r[1])).toEqual([
      'Deregulasi Kebijakan (Penataan Peraturan Perundang-undangan)',
    ]);
  });

  it('gives progress per owner OPD as a fraction shown as a percentage', () => {
    const { b, rows } = run();
    const owners = sectionRows(rows, /^Progres per OPD pengampu$/);
    const kominfo = owners.find((r) => r[1] === 'Dinas Komunikasi dan Informatika');
    expect(kominfo?.slice(2, 6)).toEqual(['4', '1', '2', '0']);
    expect(Number(kominfo?.[6])).toBeCloseTo(0.6, 10);
    const bappeda = owners.find((r) => r[1] === 'Bappeda');
    expect(Number(bappeda?.[6])).toBeCloseTo(0.85, 10);
    const at = rows.indexOf(kominfo as string[]);
    expect(sheetNamed(b, RECAP).cell(at + 1, 7).format).toBe('0.0%');
  });

  it('lists an action whose deadline is written in words as late like any other', () => {
    const rows = SAMPLE_RB_ROWS.map((r): string[] => [...r]);
    // "Penyusunan SOP administrasi pemerintahan berbasis proses bisnis", in progress, row 15.
    rows[11] = [...(rows[11] ?? [])];
    rows[11][6] = '1 Juli 2025';
    const b = loadSandbox({ sheets: [sample(rows as never)] });
    const text = String(b.call('pantauRencanaAksi', SAMPLE_RB_AS_OF));
    expect(text).toContain('30 rencana aksi, 6 terlambat');
    const overdue = sectionRows(rowsOf(b, RECAP), /^Rencana aksi terlambat \(6\)$/);
    // Second, after the one 92 days late.
    expect(overdue[1]?.slice(2, 8)).toEqual([
      'Penyusunan SOP administrasi pemerintahan berbasis proses bisnis',
      'Bagian Organisasi Setda',
      '01/07/2025',
      '91',
      expect.any(String),
      '15',
    ]);
    expect(text).not.toContain('Tenggat');
  });

  it('leaves the tracker exactly as it was and keeps a small snapshot for the next check', () => {
    const b = loadSandbox({ sheets: [sample()] });
    const before = sheetState(sheetNamed(b, SAMPLE_RB_SHEET));
    b.call('pantauRencanaAksi', SAMPLE_RB_AS_OF);
    b.call('pantauRencanaAksi', SAMPLE_RB_AS_OF);
    expect(sheetState(sheetNamed(b, SAMPLE_RB_SHEET))).toBe(before);
    expect(b.book.sheets.map((s) => s.name)).toEqual([SAMPLE_RB_SHEET, RECAP]);
    const stored = b.documentProperties.store.get(SNAPSHOT_KEY) ?? '';
    expect(JSON.parse(stored)).toMatchObject({ version: 1, asOf: '2025-09-30' });
    expect(stored.length).toBeLessThan(9000);
  });
});

describe('a second check', () => {
  it('reports what changed since the first one', () => {
    const b = loadSandbox({ sheets: [sample()] });
    b.call('pantauRencanaAksi', '2025-09-30');
    const changed = SAMPLE_RB_ROWS.map((r): string[] => [...r]);
    changed[10] = [...(changed[10] ?? [])];
    changed[10][9] = 'Selesai';
    changed[10][10] = '100';
    const second = loadSandbox({
      sheets: [sample(changed as never)],
      documentProperties: { [SNAPSHOT_KEY]: b.documentProperties.store.get(SNAPSHOT_KEY) ?? '' },
    });
    const text = String(second.call('pantauRencanaAksi', '2025-10-15'));
    expect(text).toContain(
      'Sejak pemantauan 30/09/2025: 1 perubahan status, 1 perubahan progres, 0 rencana aksi baru, 0 dihapus.',
    );
    const rows = rowsOf(second, RECAP);
    const changes = sectionRows(rows, /^Perubahan sejak pemantauan 30\/09\/2025$/);
    expect(changes.map((r) => [r[2], r[3]])).toEqual([
      ['Integrasi aplikasi persuratan elektronik (TTE) di seluruh OPD', 'Status: Dalam Proses → Selesai'],
      ['Integrasi aplikasi persuratan elektronik (TTE) di seluruh OPD', 'Progres: 80% → 100%'],
    ]);
    // Done now, so no longer overdue, but without evidence; three actions due 30/09 are late by 15/10.
    expect(text).toContain('30 rencana aksi, 7 terlambat, 4 selesai tanpa bukti dukung');
  });

  it('uses the spreadsheet’s today when no day is given, and refuses a text that is not a day', () => {
    const b = loadSandbox({ sheets: [sample()] });
    expect(String(b.call('pantauRencanaAksi'))).toMatch(/per \d{2}\/\d{2}\/\d{4}:/);
    expect(String(b.call('pantauRencanaAksi', '30-09-2025'))).toContain(
      'Tanggal pemantauan "30-09-2025" bukan tanggal',
    );
  });
});

describe('an office tracker in its own layout', () => {
  const OFFICE: SheetSeed = {
    name: 'Renaksi RB 2025',
    rows: [
      ['MATRIKS RENCANA AKSI TINDAK LANJUT REKOMENDASI RB', '', '', '', '', '', '', '', ''],
      ['BAGIAN ORGANISASI SETDA KABUPATEN CONTOH', '', '', '', '', '', '', '', ''],
      [
        'Rekomendasi',
        '',
        'Kegiatan',
        'Area Perubahan',
        'Penanggung Jawab',
        'Batas Waktu',
        'Pelaksanaan',
        '',
        '',
      ],
      ['No', 'Uraian', '', '', '', '', 'Status', 'Progres', 'Bukti Dukung'],
      [
        '1',
        'Penguatan budaya kinerja',
        'Penetapan agen perubahan',
        'Manajemen Perubahan',
        'Bagian Organisasi',
        new Date(Date.UTC(2025, 2, 31)),
        'Selesai',
        { v: 1, d: '100%' },
        'https://drive.contoh.go.id/sk.pdf',
      ],
      [
        '',
        '',
        'Coaching clinic agen perubahan',
        'Manajemen Perubahan',
        'Bagian Organisasi',
        'Triwulan II 2025',
        'Dalam Proses',
        { v: 0.5, d: '50%' },
        '',
      ],
      [
        '2',
        'Penerapan sistem merit',
        'Penyusunan standar kompetensi jabatan',
        'Penataan SDM Aparatur',
        'BKPSDM',
        '30/06/2025',
        'Selesai',
        { v: 1, d: '100%' },
        '',
      ],
    ],
    merges: [
      { row: 3, column: 1, numRows: 1, numColumns: 2 },
      { row: 3, column: 3, numRows: 2, numColumns: 1 },
      { row: 3, column: 7, numRows: 1, numColumns: 3 },
      { row: 5, column: 1, numRows: 2, numColumns: 1 },
      { row: 5, column: 2, numRows: 2, numColumns: 1 },
    ],
  };

  it('is recognised: merged headers, title rows, a date cell and percent cells', () => {
    const b = loadSandbox({ sheets: [OFFICE] });
    const before = sheetState(sheetNamed(b, OFFICE.name));
    const text = String(b.call('pantauRencanaAksi', '2025-07-15'));
    expect(text).toContain(
      'ditulis dari "Renaksi RB 2025" per 15/07/2025: 3 rencana aksi, 1 terlambat, 1 selesai tanpa bukti dukung, 6 area tanpa pengampu.',
    );
    const rows = rowsOf(b, RECAP);
    expect(sectionRows(rows, /^Rencana aksi terlambat \(1\)$/).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['Penguatan budaya kinerja', 'Coaching clinic agen perubahan', '15'],
    ]);
    expect(sheetState(sheetNamed(b, OFFICE.name))).toBe(before);
  });
});

describe('Siapkan Rencana Aksi RB', () => {
  it('creates the tracker with dropdowns, never touches an existing one, and the check reads it', () => {
    const b = loadSandbox({ sheets: [] });
    expect(String(b.call('siapkanRencanaAksiRb'))).toContain('Sheet "Rencana Aksi RB" dibuat');
    const sheet = sheetNamed(b, 'Rencana Aksi RB');
    expect(sheet.snapshot()[0]?.slice(0, 4)).toEqual([
      'No Rekomendasi',
      'Rekomendasi',
      'Rencana Aksi',
      'Area Perubahan',
    ]);
    const before = sheetState(sheet);
    expect(String(b.call('siapkanRencanaAksiRb'))).toContain('sudah ada dan tidak diubah');
    expect(sheetState(sheet)).toBe(before);
    // Empty: the check says so instead of writing an empty recap.
    expect(String(b.call('pantauRencanaAksi', '2025-09-30'))).toContain('belum berisi rencana aksi');
    expect(b.book.sheets.map((s) => s.name)).toEqual(['Rencana Aksi RB']);
  });
});
