/**
 * The four real workbooks offices keep (../shared/real-sheets/, pseudonymised, read from there and never
 * copied) through the BUILT Code.js, as an admin would use it: "Periksa data" writes what it recognised
 * ("Tabel Terbaca") and what is missing ("Masalah Data"), "Hitung nilai" scores what the workbook holds.
 * Input cells are identical before and after. Skipped with a message only where the folder is absent,
 * never under CI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../shared/messages';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import {
  loadRealWorkbook,
  REAL_WORKBOOKS,
  realSheetsMissing,
} from '../../tools/apps-script-sandbox/real-sheets';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

const missing = realSheetsMissing();
if (missing) console.warn(`real-workbooks.test.ts: ${missing}`);

beforeAll(ensureBuilt);

type Row = string[];

const rowsOf = (box: Sandbox, name: string): Row[] =>
  (plain(sheetNamed(box, name).snapshot()) as unknown[][]).map((r) => r.map((c) => String(c ?? '')));

/** The tables "Periksa data" recognised, by column name of "Tabel Terbaca". */
function tablesOf(box: Sandbox) {
  const [header = [], ...rows] = rowsOf(box, 'Tabel Terbaca');
  const at = (name: string) => header.indexOf(name);
  return rows.map((r) => ({
    sheet: r[at('Sheet')] ?? '',
    range: r[at('Rentang')] ?? '',
    kind: r[at('Jenis data')] ?? '',
    title: r[at('Judul tabel')] ?? '',
    period: r[at('Periode')] ?? '',
    opd: r[at('OPD')] ?? '',
    rows: Number(r[at('Baris data')]),
    fields: r[at('Kolom dikenali (isian: kolom, keyakinan)')] ?? '',
    codes: r[at('Kolom kode absensi / tanggal')] ?? '',
    read: r[at('Dibaca Hitung nilai')] ?? '',
  }));
}

/** "Hasil Pegawai" as objects keyed by header. */
function employeesOf(box: Sandbox): Record<string, string>[] {
  const [header = [], ...rows] = rowsOf(box, 'Hasil Pegawai');
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Loads a real workbook, runs Periksa data then Hitung nilai, and checks its cells were only read. */
function run(file: string): { box: Sandbox; check: string; compute: string } {
  const book = loadRealWorkbook(file);
  const box = loadSandbox({ sheets: book.sheets, withUi: false });
  const inputs = book.sheets.map((s: SheetSeed) => s.name);
  const before = inputs.map((name) => sheetState(sheetNamed(box, name)));
  const check = String(box.call('periksaData'));
  const compute = String(box.call('hitungNilai'));
  expect(inputs.map((name) => sheetState(sheetNamed(box, name)))).toEqual(before);
  return { box, check, compute };
}

describe.skipIf(missing !== null)('the real workbooks offices keep, through the built add-on', () => {
  it('a SIASN roster: all 7,979 employees from the roster sheet, units from the most specific UNOR level', () => {
    const { box, compute } = run(REAL_WORKBOOKS.roster);
    const tables = tablesOf(box);
    const roster = tables.find((t) => t.sheet === 'Sheet1');
    expect(roster).toMatchObject({ kind: 'Data pegawai', rows: 7979, read: 'Ya' });
    expect(roster?.fields).toContain('nip: A (100%)');
    expect(roster?.fields).toContain('unor_1: H (100%)');
    // The 69-column profile sheet names fewer people: read as a roster, but not the one used.
    expect(tables.find((t) => t.sheet === 'Sheet2')).toMatchObject({ kind: 'Data pegawai', read: 'Tidak' });
    expect(compute).toContain('7.979 pegawai dinilai');
    const employees = employeesOf(box);
    expect(employees).toHaveLength(7979);
    expect(employees.every((e) => e['Unit Kerja'] !== '')).toBe(true);
    // Without result data the add-on says what a verdict needs, once, not once per employee.
    const problems = rowsOf(box, 'Masalah Data').map((r) => r[4] ?? '');
    expect(problems.filter((m) => m.startsWith('Tidak ada data hasil kerja'))).toHaveLength(1);
    expect(problems.some((m) => m.includes('belum punya indikator'))).toBe(false);
  });

  it('a SIASN roster: Siapkan kertas rapat refuses without result data instead of 7,979 empty slips', () => {
    const { box } = run(REAL_WORKBOOKS.roster);
    const inputs = ['Sheet1', 'Sheet2'];
    const before = inputs.map((name) => sheetState(sheetNamed(box, name)));
    const sheetsBefore = box.book.sheets.map((s) => s.name);
    const done = String(box.call('siapkanKertasRapat'));
    expect(done).toContain(t('PAPERS_NO_RESULTS', { sheet: 'Indikator' }, 'id'));
    expect(box.book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(box.book.sheets.some((s) => s.name === 'Slip Hasil')).toBe(false);
    expect(inputs.map((name) => sheetState(sheetNamed(box, name)))).toEqual(before);
  });

  it('an attendance recap: the code columns and working days (JHK) read, deductions from the counts', () => {
    const { box, compute } = run(REAL_WORKBOOKS.attendance);
    const [recap, ...others] = tablesOf(box);
    expect(others).toEqual([]);
    expect(recap).toMatchObject({ kind: 'Absensi', rows: 56, read: 'Ya' });
    expect(recap?.fields).toContain('hari_kerja: G (100%)');
    expect(recap?.fields).toContain('persen_hadir: AB (100%)');
    expect(recap?.codes.split('; ')).toHaveLength(19);
    expect(recap?.codes).toContain('I: TMK1');
    expect(compute).toContain('56 pegawai dinilai');
    // Novi Siregar: TMK3 6 times (terlambat 61-90 menit, 1,5 % each under Permentan 68/2012) = 9 %.
    const novi = employeesOf(box).find((e) => e.Nama?.startsWith('Novi Siregar'));
    expect(novi?.NIP).toBe('198411142005121355');
    expect(Number(novi?.['Potongan Disiplin'])).toBeCloseTo(0.09, 10);
    // The name cell held the NIP: the name is shown without it.
    expect(novi?.Nama).toBe('Novi Siregar, SH');
  });

  it('a TPP workbook: its stacked tables found with title, OPD and period; the productivity table scored per employee', () => {
    const { box, compute } = run(REAL_WORKBOOKS.tpp);
    const tables = tablesOf(box);
    const titled = tables.filter((t) => t.opd === 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
    expect(titled.length).toBeGreaterThanOrEqual(7);
    expect(titled.every((t) => t.period === 'Mei 2024')).toBe(true);
    const productivity = tables.find((t) => t.title === 'REKAPITULASI PRODUKTIVITAS KERJA');
    expect(productivity).toMatchObject({ range: 'A159:AB216', rows: 56, read: 'Ya' });
    expect(productivity?.fields).toContain('capaian: D (100%)');
    expect(productivity?.fields).toContain('kolaboratif: L (100%)');
    const attendance = tables.find((t) => t.title === 'REKAPITULASI KEHADIRAN PEGAWAI');
    expect(attendance).toMatchObject({ kind: 'Absensi', read: 'Ya' });
    // The signature blocks under each table ("Mengetahui", a name and NIP) are no employees.
    expect(compute).toContain('56 pegawai dinilai');
    const first = employeesOf(box)[0];
    expect(first).toMatchObject({
      NIP: '199504022020061612',
      Nama: 'Citra Bagus Prasetyo, SH, MH',
      'Unit Kerja': 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Dinilai dari': 'Hasil per pegawai (baris 161 tabel hasil)',
    });
    expect(Number(first?.Capaian)).toBeCloseTo(0.39, 10);
    // 97 on each BerAKHLAK value is above the policy's band for Di Atas Ekspektasi.
    expect(first?.['Rating Perilaku']).toBe('Di Atas Ekspektasi');
  });

  it("a TPP workbook: a slip scored from the results table names that table's sheet and row", () => {
    const { box } = run(REAL_WORKBOOKS.tpp);
    expect(String(box.call('siapkanKertasRapat'))).toContain('56 slip di "Slip Hasil"');
    // The paper wraps a long line over rows: read as one text.
    const text = rowsOf(box, 'Slip Hasil')
      .map((r) => r[0] ?? '')
      .join(' ');
    expect(text).toContain(
      'Tidak ada indikator yang dinilai: capaian diambil dari baris hasil pegawai (sheet "Worksheet", baris 161).',
    );
  });

  it("a TPP workbook: the covering letter's hukuman list (no NIP, no date) is read for the employee it names", () => {
    // Found in the workbook at test time (its names are never copied here): the row under each
    // "Jenis Pelanggaran Disiplin" header.
    const sheet = loadRealWorkbook(REAL_WORKBOOKS.tpp).sheets.find((s) => s.name === 'Worksheet');
    const grid = (sheet?.rows ?? []).map((r) =>
      r.map((c) => String(typeof c === 'object' && 'v' in c ? c.v : c)),
    );
    const headers = grid.flatMap((r, i) => (r[4] === 'Jenis Pelanggaran Disiplin' ? [i + 1] : []));
    expect(headers.length).toBeGreaterThanOrEqual(1);
    const first = grid[headers[0] as number] ?? [];
    const [name = '', jenis = '', keterangan = ''] = [first[1], first[4], first[5]];
    expect(keterangan.toLowerCase()).toContain('sedang');
    const { box } = run(REAL_WORKBOOKS.tpp);
    const lists = tablesOf(box).filter((t) => headers.some((h) => t.range.startsWith(`A${h}:`)));
    expect(lists).toHaveLength(headers.length);
    for (const list of lists) {
      expect(list).toMatchObject({ kind: t('SHEETS_ROLE_PEMBINAAN'), read: 'Ya' });
      expect(list.fields).toContain('jenis_pembinaan: E (100%)');
      expect(list.fields).toContain('catatan: F (80%)');
    }
    // Matched to the roster by name, the record in force for May 2024: the draft letter states it.
    expect(employeesOf(box).filter((e) => e.Nama === name)).toHaveLength(1);
    box.call('siapkanKertasRapat');
    const letters = rowsOf(box, 'Draf Surat')
      .map((r) => r[0] ?? '')
      .join(' ');
    const letter = letters.slice(letters.indexOf(name));
    // The list names no dates: the letter says the period it is listed for, never the period's bounds as dates.
    expect(letter).toContain(`Tercatat menjalani Hukuman disiplin sedang: ${jenis} dalam periode Mei 2024`);
    expect(letter).not.toContain('sejak 2024-05-01');
    const problems = rowsOf(box, 'Masalah Data').map((r) => r[4] ?? '');
    expect(problems.filter((m) => m.includes('Catatan pembinaan ini tidak punya kolom'))).toEqual([]);
  });

  it('a SAKIP evaluation workbook alone: Periksa data and Hitung nilai point at Evaluasi SAKIP', () => {
    const { box, check, compute } = run(REAL_WORKBOOKS.sakip);
    expect(
      tablesOf(box).filter((t) => t.kind.startsWith('Lembar kerja evaluasi SAKIP')).length,
    ).toBeGreaterThan(0);
    expect(check).toContain('0 galat');
    expect(compute).toContain('Jalankan Evaluasi SAKIP');
    // The evaluation itself (its total and the workbook's own figures) is tested in sakip-workbook.test.ts.
  });
});
