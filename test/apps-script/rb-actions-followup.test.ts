/**
 * "Pantau rencana aksi" in the BUILT Code.js, the follow-up of last review's RB defects.
 *
 * Owners: each action's owner OPD is checked against the workbook's "Daftar OPD" (the list the Sekda's
 * recap reads): a listed OPD written in another case or spacing is that OPD, a NIP or an OPD the list
 * does not hold is reported (sheet, row, column) and gets no row of its own in "Progres per OPD
 * pengampu"; without the list the recap says once that owners were not checked. The list and the
 * tracker are never written.
 *
 * Notes: "Pantau Rencana Aksi" is rebuilt on every check, yet the RB working group writes its follow-up
 * next to the actions: a note in the Notes column goes back to the same action's row in
 * the same list, a note whose row is gone (the action left that list) and text typed elsewhere to the
 * right are kept with where they were, the admin is told, and a failed check leaves the previous sheet
 * exactly as it was. Plus the reading rule itself (recap-notes.ts) on a hand-made previous sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recapNotes } from '../../apps-script/src/features/rb-actions/recap-notes';
import { SAMPLE_RB_AS_OF, SAMPLE_RB_ROWS, SAMPLE_RB_SHEET, sampleRbActionGrid } from '../../shared/sample';
import type { SheetSeed } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const RECAP = 'Pantau Rencana Aksi';
const LATE_REPORT = 'Laporan tindak lanjut pengaduan per triwulan';
const TTE = 'Integrasi aplikasi persuratan elektronik (TTE) di seluruh OPD';

const rowsOf = (b: Sandbox): string[][] => plain(sheetNamed(b, RECAP).snapshot()).map((r) => r.map(String));

/** The rows of a recap section: from its title to the next blank row, header excluded. */
function sectionRows(rows: string[][], title: RegExp): string[][] {
  const start = rows.findIndex((r) => title.test(r[0] ?? ''));
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return rows.slice(start + 2, end < 0 ? rows.length : end);
}

/** 1-based row of an action in the first list that shows it (the overdue list comes first). */
const rowOf = (b: Sandbox, action: string) => rowsOf(b).findIndex((r) => r[2] === action) + 1;

/** A checked sample with two notes typed in the Notes column and one typed right of the as-of line. */
function checkedWithNotes(): Sandbox {
  const b = loadSandbox({ sheets: [{ name: SAMPLE_RB_SHEET, rows: sampleRbActionGrid(SAMPLE_RB_ROWS) }] });
  b.call('pantauRencanaAksi', '2025-09-30');
  const recap = sheetNamed(b, RECAP);
  recap.cell(rowOf(b, LATE_REPORT), 9).v = 'Ditegur Sekda 1/10';
  recap.cell(rowOf(b, TTE), 9).v = 'Dibahas rapat 3/10';
  recap.cell(2, 10).v = 'Bahan rapat pokja RB';
  return b;
}

/** The TTE action finished (row 14 of the tracker: status K, progress L): it leaves the overdue list. */
function finishTte(b: Sandbox): void {
  const tracker = sheetNamed(b, SAMPLE_RB_SHEET);
  tracker.cell(14, 11).v = 'Selesai';
  tracker.cell(14, 12).v = '100';
}

describe('notes the admin typed in "Pantau Rencana Aksi"', () => {
  it('has a Notes column in every action list and says what it is for', () => {
    const b = loadSandbox({ sheets: [{ name: SAMPLE_RB_SHEET, rows: sampleRbActionGrid(SAMPLE_RB_ROWS) }] });
    b.call('pantauRencanaAksi', '2025-09-30');
    const rows = rowsOf(b);
    expect(rows.filter((r) => r[0] === 'No' && r[8] === 'Catatan')).toHaveLength(3);
    expect(rows[4]?.[0]).toMatch(/^Kolom Catatan boleh diisi: isinya dibawa ke pemantauan berikutnya/);
  });

  it('carries each note to its action’s row, keeps the others with where they were, and says so', () => {
    const b = checkedWithNotes();
    finishTte(b);
    const text = String(b.call('pantauRencanaAksi', '2025-10-15'));
    expect(text).toContain('1 catatan di kolom Catatan dibawa ke baris rencana aksinya.');
    expect(text).toContain(
      '2 catatan tidak lagi punya baris (rencana aksinya tidak ada lagi di daftar itu, atau ditulis di luar kolom Catatan); semuanya disimpan di bagian "Catatan yang barisnya tidak ada lagi" sheet "Pantau Rencana Aksi".',
    );
    const rows = rowsOf(b);
    const overdue = sectionRows(rows, /^Rencana aksi terlambat \(7\)$/);
    expect(overdue.find((r) => r[2] === LATE_REPORT)?.[8]).toBe('Ditegur Sekda 1/10');
    expect(overdue.map((r) => r[2])).not.toContain(TTE);
    // Done now without evidence: its overdue note does not follow it into another list.
    const noEvidence = sectionRows(rows, /^Selesai tanpa bukti dukung \(4\)$/);
    expect(noEvidence.find((r) => r[2] === TTE)?.[8]).toBe('');
    const kept = sectionRows(rows, /^Catatan yang barisnya tidak ada lagi \(2\)$/);
    expect(kept.map((r) => [r[2], r[3], r[8]])).toEqual([
      ['', 'Sel J2 pemantauan sebelumnya', 'Bahan rapat pokja RB'],
      [TTE, 'Rencana aksi terlambat (5)', 'Dibahas rapat 3/10'],
    ]);
    // Nothing is written right of the Notes column.
    expect(rows.every((r) => r.length <= 9)).toBe(true);
  });

  it('keeps a note without its row on later checks until the admin clears it', () => {
    const b = checkedWithNotes();
    finishTte(b);
    b.call('pantauRencanaAksi', '2025-10-15');
    expect(String(b.call('pantauRencanaAksi', '2025-10-15'))).toContain('2 catatan tidak lagi punya baris');
    const again = sectionRows(rowsOf(b), /^Catatan yang barisnya tidak ada lagi \(2\)$/);
    expect(again.map((r) => [r[3], r[8]])).toEqual([
      ['Sel J2 pemantauan sebelumnya', 'Bahan rapat pokja RB'],
      ['Rencana aksi terlambat (5)', 'Dibahas rapat 3/10'],
    ]);
    const first = rowsOf(b).findIndex((r) => r[8] === 'Bahan rapat pokja RB') + 1;
    sheetNamed(b, RECAP).cell(first, 9).v = '';
    const text = String(b.call('pantauRencanaAksi', '2025-10-15'));
    expect(text).toContain('1 catatan tidak lagi punya baris');
    expect(rowsOf(b).some((r) => r.includes('Bahan rapat pokja RB'))).toBe(false);
    expect(rowsOf(b).find((r) => r[2] === LATE_REPORT)?.[8]).toBe('Ditegur Sekda 1/10');
  });

  it('leaves the previous sheet and its notes exactly as they were when the check fails', () => {
    const b = checkedWithNotes();
    const before = sheetState(sheetNamed(b, RECAP));
    b.rec.failOn((c) => c.name === 'Range.setValues' && c.sheet === `${RECAP} (sedang ditulis)`);
    const text = String(b.call('pantauRencanaAksi', '2025-10-15'));
    expect(b.rec.faultPending()).toBe(false);
    expect(text).not.toContain('catatan di kolom Catatan dibawa');
    expect(sheetState(sheetNamed(b, RECAP))).toBe(before);
    expect(b.book.sheets.map((s) => s.name)).toEqual([SAMPLE_RB_SHEET, RECAP]);
  });

  it('does not rewrite the sheet when its notes cannot be read', () => {
    const b = checkedWithNotes();
    const before = sheetState(sheetNamed(b, RECAP));
    b.rec.failOn((c) => c.name === 'Range.getValues' && c.sheet === RECAP);
    const text = String(b.call('pantauRencanaAksi', '2025-10-15'));
    expect(text).toContain(
      'Catatan di sheet "Pantau Rencana Aksi" tidak dapat dibaca (Service Spreadsheets failed), jadi sheet itu tidak ditulis ulang agar catatannya tidak hilang.',
    );
    expect(sheetState(sheetNamed(b, RECAP))).toBe(before);
  });
});

describe('recapNotes (the reading rule)', () => {
  const header = ['No', 'Rekomendasi', 'Rencana Aksi', 'Pengampu', 'Tenggat', 'Status', 'Progres', 'Baris'];
  const grid: (string | number)[][] = [
    ['PANTAUAN'],
    [],
    ['Rencana aksi terlambat (2)'],
    [...header, 'Catatan'],
    [1, 'R1', 'Aksi  A', '', '', '', '', 5, 'catatan A'],
    [2, 'R1', 'Aksi A', '', '', '', '', 9, 0],
    [],
    ['Judul yang diubah admin (1)'],
    [...header, 'Catatan'],
    [1, 'R2', 'Aksi B', '', '', '', '', 7, 'catatan B'],
    [],
    ['Progres per OPD pengampu', '', '', '', '', '', '', '', 'di kolom I', 'di kolom J'],
  ];
  const values = grid.map((r) => r.map((c) => c));
  const display = grid.map((r) => r.map(String));

  it('hands each note once to the same action in the same list, in order, and keeps the rest', () => {
    const notes = recapNotes({ values, display });
    // Letter case and spacing aside, the identity an admin sees: the recommendation and the action.
    expect(notes.take('overdue', 'r1', 'Aksi A')).toBe('catatan A');
    expect(notes.take('noOwner', 'R1', 'Aksi A')).toBe('');
    // A note of 0 is a note, kept as the number it is.
    expect(notes.take('overdue', 'R1', 'Aksi A')).toBe(0);
    expect(notes.take('overdue', 'R1', 'Aksi A')).toBe('');
    expect(notes.carried()).toBe(2);
    expect(notes.leftOver()).toEqual([
      { recommendation: 'R2', action: 'Aksi B', was: 'Judul yang diubah admin (1)', note: 'catatan B' },
      { recommendation: '', action: '', was: 'Sel I12 pemantauan sebelumnya', note: 'di kolom I' },
      { recommendation: '', action: '', was: 'Sel J12 pemantauan sebelumnya', note: 'di kolom J' },
    ]);
  });

  it('has nothing to hand when there is no previous recap', () => {
    const notes = recapNotes(null);
    expect(notes.take('overdue', 'R1', 'Aksi A')).toBe('');
    expect(notes.leftOver()).toEqual([]);
  });
});

/** The notes on reading the table: the recap's last section. */
function readingNotes(rows: string[][]): string[] {
  const start = rows.findIndex((r) => r[0] === 'Catatan pembacaan tabel');
  return rows.slice(start + 1).map((r) => r[0] ?? '');
}

/** The sample tracker with owners typed as offices do: other spacing and case, and a NIP (rows 4 and 5). */
function tracker(): SheetSeed {
  const rows = SAMPLE_RB_ROWS.map((r): string[] => [...r]);
  rows[0] = [...(rows[0] ?? [])];
  rows[0][4] = 'bagian  organisasi SETDA';
  rows[1] = [...(rows[1] ?? [])];
  rows[1][4] = '198001012005011001';
  return { name: SAMPLE_RB_SHEET, rows: sampleRbActionGrid(rows as never) };
}

/** The region's list: every owner of the sample but DPMPTSP. */
const OPD_LIST: SheetSeed = {
  name: 'Daftar OPD',
  rows: [
    ['Nama OPD', 'Jenis', 'Percontohan RB'],
    ['Bagian Organisasi Setda', 'Sekretariat', 'Tidak'],
    ['Dinas Komunikasi dan Informatika', 'Dinas', 'Tidak'],
    ['BKPSDM', 'Badan', 'Tidak'],
    ['Bappeda', 'Badan', 'Tidak'],
    ['Inspektorat', 'Inspektorat', 'Ya'],
  ],
};

describe('owner OPDs checked against Daftar OPD', () => {
  it('gives only listed OPDs a row in Progres per OPD pengampu and reports the others where they are', () => {
    const b = loadSandbox({ sheets: [tracker(), OPD_LIST] });
    const before = [sheetState(sheetNamed(b, SAMPLE_RB_SHEET)), sheetState(sheetNamed(b, 'Daftar OPD'))];
    b.call('pantauRencanaAksi', SAMPLE_RB_AS_OF);
    const rows = rowsOf(b);
    const owners = sectionRows(rows, /^Progres per OPD pengampu$/).map((r) => r[1]);
    expect([...owners].sort()).toEqual([
      'BKPSDM',
      'Bagian Organisasi Setda',
      'Bappeda',
      'Dinas Komunikasi dan Informatika',
      'Inspektorat',
    ]);
    const notes = readingNotes(rows);
    expect(notes).toContain(
      'Sheet "Rencana Aksi RB", baris 5, kolom F: Pengampu "198001012005011001" berupa NIP atau angka, bukan nama OPD, jadi tidak dihitung sebagai pengampu. Tulis nama OPD pengampunya; pegawai penanggung jawab tidak ditulis di kolom ini.',
    );
    expect(notes.filter((n) => /Pengampu "DPMPTSP" tidak ada di sheet "Daftar OPD"/.test(n)).length).toBe(
      SAMPLE_RB_ROWS.filter((r) => r[4] === 'DPMPTSP').length,
    );
    expect(
      notes.some((n) => /^Sheet "Rencana Aksi RB", baris \d+, kolom F: Pengampu "DPMPTSP"/.test(n)),
    ).toBe(true);
    expect(notes.join('\n')).not.toContain('tidak diperiksa');
    expect([sheetState(sheetNamed(b, SAMPLE_RB_SHEET)), sheetState(sheetNamed(b, 'Daftar OPD'))]).toEqual(
      before,
    );
  });

  it('says once that owners were not checked when the workbook has no Daftar OPD', () => {
    const b = loadSandbox({ sheets: [tracker()] });
    b.call('pantauRencanaAksi', SAMPLE_RB_AS_OF);
    const notes = readingNotes(rowsOf(b));
    expect(notes.filter((n) => n.includes('Nama OPD pengampu tidak diperiksa'))).toEqual([
      'Sheet "Rencana Aksi RB": Nama OPD pengampu tidak diperiksa karena workbook ini tidak punya sheet "Daftar OPD": salah ketik di kolom pengampu menjadi baris sendiri di Progres per OPD pengampu. Tambahkan sheet "Daftar OPD" dengan kolom "Nama OPD" agar pengampu dicocokkan.',
    ]);
    // Not checked, but a NIP is never an OPD.
    const owners = sectionRows(rowsOf(b), /^Progres per OPD pengampu$/).map((r) => r[1]);
    expect(owners).not.toContain('198001012005011001');
  });
});
