/**
 * "Hapus data Nilai Kerja" in the BUILT Code.js: it shows what the add-on keeps (its document properties
 * by group, no trigger of its own, the sheets it marked), removes only that once the admin says YES, the
 * marked sheets only when asked to, and never an input sheet, a sheet of the admin's named like an output,
 * or another script's document property. A NO, a CANCEL or closing a question changes nothing; a removal
 * failing midway says what was and was not removed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { bookState, INPUT_SHEETS, runAll, sampleBox, sheetNamed, sheetState } from './output-state';

beforeAll(ensureBuilt);

const TITLE = 'Hapus data Nilai Kerja';

/** Keys another script bound to the same spreadsheet keeps: never the add-on's to remove. */
const OTHER_KEYS = {
  'kantor.tahunAnggaran': '2025',
  nilaiKerjaArsipManual: 'catatan bagian TI',
};

/** The admin's own sheet named like an output, with notes of their own. */
const OWN_DASBOR = {
  name: 'Dasbor',
  rows: [
    ['Dasbor rapat pimpinan', 'disusun manual'],
    ['Target triwulan', 0.9],
  ],
};

/**
 * The sample OPD after a season of use: two policies saved (one kept for "Pulihkan"), every output
 * written (marked), the staff sheet's mapping confirmed, the OPD name typed for a package and an RB
 * snapshot kept; plus the admin's "Dasbor" and another script's keys.
 */
function usedBox(options: { withUi?: boolean } = {}): Sandbox {
  const box = sampleBox({ documentProperties: OTHER_KEYS, ...options });
  box.book.addSheet(OWN_DASBOR);
  expect(plain(box.call('pilihPresetKebijakan', 'tulang_bawang'))).toMatchObject({ ok: true });
  expect(plain(box.call('pilihPresetKebijakan', 'nasional'))).toMatchObject({ ok: true });
  runAll(box);
  const mapping = {
    version: 1,
    sheets: [
      {
        sheet: 'Pegawai',
        role: 'employees',
        headerRow: 1,
        headerRowCount: 1,
        columns: { nip: 0, nama: 1, jabatan: 2, unit: 3, atasan_nip: 4 },
      },
    ],
  };
  expect(plain(box.call('simpanPemetaan', JSON.stringify(mapping)))).toMatchObject({ ok: true });
  box.documentProperties.store.set('nilaiKerja.opdName', 'Dinas Pendidikan dan Kebudayaan');
  box.documentProperties.store.set(
    'nilaiKerja.rbActions.snapshot',
    JSON.stringify({ version: 1, day: '2025-06-30', actions: [] }),
  );
  return box;
}

const addOnKeys = (box: Sandbox) =>
  [...box.documentProperties.store.keys()].filter((k) => k.startsWith('nilaiKerja.'));
const propertiesOf = (box: Sandbox) => Object.fromEntries(box.documentProperties.store);
const marked = (box: Sandbox) =>
  box.book.sheets
    .filter((s) => s.metadata.some((m) => m.getKey() === 'nilaiKerja.output'))
    .map((s) => s.name);
const unmarkedState = (box: Sandbox) =>
  box.book.sheets.filter((s) => !marked(box).includes(s.name)).map(sheetState);

const OUTPUTS = [
  'Masalah Data',
  'Hasil Pegawai',
  'Hasil Unit',
  'Dasbor (Nilai Kerja)',
  'Reward & Punishment',
  'Evaluasi SAKIP',
  'Tabel Terbaca',
];

describe('Hapus data Nilai Kerja', () => {
  it('is in the menu, last, apart from the others', () => {
    const box = loadSandbox();
    box.call('onOpen', { authMode: 'NONE' });
    const items = box.ui.menus[0]!.items;
    expect(items.at(-1)).toEqual({ caption: TITLE, fn: 'hapusDataNilaiKerja' });
    expect(items.at(-2)).toBe('separator');
  });

  it('shows what it will remove, in plain words, before removing anything', () => {
    const box = usedBox();
    const properties = propertiesOf(box);
    const book = bookState(box);
    box.ui.alertAnswers.push('NO');
    box.call('hapusDataNilaiKerja');
    expect(box.ui.questions).toHaveLength(1);
    const { title, prompt, buttons } = box.ui.questions[0]!;
    expect(title).toBe(TITLE);
    expect(buttons).toBe('YES_NO');
    expect(prompt).toContain('Kebijakan penilaian yang disimpan beserta versi sebelumnya (9 kunci)');
    expect(prompt).toContain('- Pemetaan kolom');
    expect(prompt).toContain('- Nama OPD yang terakhir diketik untuk paket OPD.');
    expect(prompt).toContain('- Potret rencana aksi RB terakhir');
    expect(prompt).toContain('Nilai Kerja tidak membuat jadwal apa pun');
    expect(prompt).toContain(
      `Lembar hasil buatan Nilai Kerja (${OUTPUTS.length}): "Masalah Data", "Hasil Pegawai"`,
    );
    expect(prompt).toContain('"Dasbor (Nilai Kerja)"');
    // Neither the admin's "Dasbor" nor an input sheet nor another script's key is offered.
    expect(prompt).not.toContain('"Dasbor"');
    for (const input of INPUT_SHEETS) expect(prompt).not.toContain(`"${input}"`);
    expect(prompt).not.toMatch(/kantor\.|nilaiKerjaArsipManual/);
    expect(prompt).not.toMatch(/undefined|NaN/);
    // NO changed nothing.
    expect(propertiesOf(box)).toEqual(properties);
    expect(bookState(box)).toEqual(book);
    expect(box.ui.alerts.at(-1)).toBe(`${TITLE}\nDibatalkan. Tidak ada yang dihapus.`);
  });

  it.each([
    ['NO to the first question', ['NO']],
    ['closing the first question', []],
    ['CANCEL on the sheets question', ['YES', 'CANCEL']],
    ['closing the sheets question', ['YES']],
  ])('%s changes nothing', (_case, answers) => {
    const box = usedBox();
    const properties = propertiesOf(box);
    const book = bookState(box);
    box.ui.alertAnswers.push(...answers);
    const text = String(box.call('hapusDataNilaiKerja'));
    expect(text).toBe(`${TITLE}\nDibatalkan. Tidak ada yang dihapus.`);
    expect(propertiesOf(box)).toEqual(properties);
    expect(bookState(box)).toEqual(book);
  });

  it('YES, YES removes exactly the add-on keys and its marked sheets; inputs and the admin’s sheet stay', () => {
    const box = usedBox();
    expect(marked(box)).toEqual(OUTPUTS);
    const unmarked = unmarkedState(box);
    box.ui.alertAnswers.push('YES', 'YES');
    const text = String(box.call('hapusDataNilaiKerja'));

    const sheetsQuestion = box.ui.questions[1]!;
    expect(sheetsQuestion.buttons).toBe('YES_NO_CANCEL');
    expect(sheetsQuestion.prompt).toContain(`Hapus juga ${OUTPUTS.length} lembar hasil buatan Nilai Kerja?`);

    expect(addOnKeys(box)).toEqual([]);
    expect(propertiesOf(box)).toEqual(OTHER_KEYS);
    expect(marked(box)).toEqual([]);
    expect(box.book.sheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, 'Dasbor']);
    expect(unmarkedState(box)).toEqual(unmarked);
    expect(sheetState(sheetNamed(box, 'Dasbor'))).toContain('disusun manual');

    expect(text).toBe(
      [
        TITLE,
        'Dihapus dari properti dokumen: kebijakan penilaian dan versi sebelumnya, pemetaan kolom, nama OPD terakhir, potret rencana aksi RB.',
        `Lembar hasil yang dihapus: ${OUTPUTS.map((n) => `"${n}"`).join(', ')}.`,
        'Selesai. Properti dokumen spreadsheet ini tidak lagi berisi data Nilai Kerja.',
      ].join('\n'),
    );
    expect(box.ui.alerts.at(-1)).toBe(text);

    // Afterwards the national defaults apply, and there is nothing left to remove.
    expect(plain(box.call('ambilKebijakan'))).toMatchObject({ ok: true });
    const again = String(box.call('hapusDataNilaiKerja'));
    expect(again).toContain('Tidak ada data Nilai Kerja yang tersimpan di spreadsheet ini');
    expect(box.ui.questions).toHaveLength(2);
  });

  it('warns before removing the sheets that keep past periods (Riwayat)', () => {
    const box = usedBox();
    // The history the add-on keeps across runs, marked as its own as it marks every sheet it writes.
    box.book
      .addSheet({ name: 'Riwayat', rows: [['Periode', 'NIP', 'Nama', 'Predikat']] })
      .addDeveloperMetadata('nilaiKerja.output', 'history');
    box.ui.alertAnswers.push('YES', 'CANCEL');
    box.call('hapusDataNilaiKerja');
    expect(box.ui.questions[1]!.prompt).toContain(
      'Perhatian: "Riwayat" menyimpan data periode lalu (riwayat penilaian atau paket OPD yang diimpor) yang tidak dapat dihitung ulang dari sheet masukan.',
    );
    expect(marked(box)).toContain('Riwayat');
  });

  it('warns by the mark, not the name: a renamed history, or one written beside an admin sheet "Riwayat"', () => {
    const box = usedBox();
    box.book.addSheet({ name: 'Riwayat', rows: [['Catatan saya sendiri']] });
    box.book
      .addSheet({ name: 'Riwayat (Nilai Kerja)', rows: [['Periode', 'NIP', 'Nama', 'Predikat']] })
      .addDeveloperMetadata('nilaiKerja.output', 'history');
    box.book
      .addSheet({ name: 'Arsip 2025', rows: [['OPD', 'Periode']] })
      .addDeveloperMetadata('nilaiKerja.output', 'recapArchive');
    box.ui.alertAnswers.push('YES', 'CANCEL');
    box.call('hapusDataNilaiKerja');
    const question = box.ui.questions[1]!.prompt;
    expect(question).toContain(
      'Perhatian: "Riwayat (Nilai Kerja)", "Arsip 2025" menyimpan data periode lalu',
    );
    // The admin's own "Riwayat" is neither offered nor warned about.
    expect(question).not.toMatch(/"Riwayat"[^ ]/);
  });

  it('YES, NO removes the add-on keys and keeps every sheet', () => {
    const box = usedBox();
    const book = bookState(box);
    box.ui.alertAnswers.push('YES', 'NO');
    const text = String(box.call('hapusDataNilaiKerja'));
    expect(propertiesOf(box)).toEqual(OTHER_KEYS);
    expect(bookState(box)).toEqual(book);
    expect(text).toContain(`Lembar hasil yang dibiarkan: ${OUTPUTS.map((n) => `"${n}"`).join(', ')}.`);
    expect(text).toContain('Selesai.');
  });

  it('says so when nothing is stored, asks nothing and changes nothing', () => {
    const box = loadSandbox({
      sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama']] }, OWN_DASBOR],
      documentProperties: OTHER_KEYS,
    });
    const book = bookState(box);
    const text = String(box.call('hapusDataNilaiKerja'));
    expect(text).toBe(
      `${TITLE}\nTidak ada data Nilai Kerja yang tersimpan di spreadsheet ini: properti dokumennya tidak berisi data Nilai Kerja, Nilai Kerja tidak membuat jadwal (pemicu), dan tidak ada lembar bertanda buatan Nilai Kerja. Tidak ada yang dihapus.`,
    );
    expect(box.ui.questions).toEqual([]);
    expect(propertiesOf(box)).toEqual(OTHER_KEYS);
    expect(bookState(box)).toEqual(book);
  });

  it('removes nothing from a trigger: it must ask first', () => {
    const box = usedBox({ withUi: false });
    const properties = propertiesOf(box);
    const book = bookState(box);
    const text = String(box.call('hapusDataNilaiKerja'));
    expect(text).toContain('hanya bisa dijalankan dari menu Ekstensi > Nilai Kerja');
    expect(propertiesOf(box)).toEqual(properties);
    expect(bookState(box)).toEqual(book);
  });

  it('a property removal failing midway says what was and was not removed, never "Selesai"', () => {
    const box = usedBox();
    // The manifest goes first; the second removal (a part of the policy) fails.
    box.rec.failOn((c) => c.name === 'DocumentProperties.deleteProperty', 2, 'Service Properties failed');
    box.ui.alertAnswers.push('YES', 'NO');
    const text = String(box.call('hapusDataNilaiKerja'));
    expect(text).toBe(
      [
        TITLE,
        'Penghapusan TIDAK selesai. Jalankan Hapus data Nilai Kerja lagi untuk mencoba sisanya.',
        'Dihapus dari properti dokumen: pemetaan kolom, nama OPD terakhir, potret rencana aksi RB.',
        'TIDAK terhapus dari properti dokumen: kebijakan penilaian dan versi sebelumnya (Service Properties failed).',
        `Lembar hasil yang dibiarkan: ${OUTPUTS.map((n) => `"${n}"`).join(', ')}.`,
      ].join('\n'),
    );
    expect(text).not.toContain('Selesai');
    // The policy's manifest went first, so the national defaults apply, not a policy with a part missing.
    expect(box.documentProperties.store.has('nilaiKerja.policy.manifest')).toBe(false);
    expect(addOnKeys(box).length).toBeGreaterThan(0);
    expect(plain(box.call('ambilKebijakan'))).toMatchObject({ ok: true });

    // Run again: the rest goes.
    box.ui.alertAnswers.push('YES', 'NO');
    const again = String(box.call('hapusDataNilaiKerja'));
    expect(again).toContain('Dihapus dari properti dokumen: kebijakan penilaian dan versi sebelumnya.');
    expect(again).toContain('Selesai.');
    expect(propertiesOf(box)).toEqual(OTHER_KEYS);
  });

  it('a sheet that cannot be deleted is named as not removed, and the run is not called done', () => {
    const box = usedBox();
    box.rec.failOn((c) => c.name === 'Spreadsheet.deleteSheet' && c.sheet === 'Hasil Unit');
    box.ui.alertAnswers.push('YES', 'YES');
    const text = String(box.call('hapusDataNilaiKerja'));
    expect(text.split('\n')[1]).toBe(
      'Penghapusan TIDAK selesai. Jalankan Hapus data Nilai Kerja lagi untuk mencoba sisanya.',
    );
    expect(text).toContain('Lembar "Hasil Unit" TIDAK terhapus (Service Spreadsheets failed).');
    expect(text).not.toContain('Selesai');
    expect(marked(box)).toEqual(['Hasil Unit']);
    expect(propertiesOf(box)).toEqual(OTHER_KEYS);
  });

  it('keeps one sheet when every sheet is the add-on’s (Sheets keeps at least one)', () => {
    const box = loadSandbox({ sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama']] }] });
    box.call('periksaData');
    const outputs = marked(box);
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    // The admin deleted the input sheet by hand: only the add-on's sheets are left.
    box.book.sheets.splice(
      box.book.sheets.findIndex((s) => s.name === 'Pegawai'),
      1,
    );
    box.ui.alertAnswers.push('YES', 'YES');
    const text = String(box.call('hapusDataNilaiKerja'));
    const last = outputs.at(-1)!;
    expect(text).toContain(
      `Lembar "${last}" TIDAK terhapus (spreadsheet harus punya setidaknya satu lembar).`,
    );
    expect(box.book.sheets.map((s) => s.name)).toEqual([last]);
  });
});
