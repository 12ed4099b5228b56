/**
 * Staged writes in the BUILT Code.js: every output is written in full to a new sheet and swapped in only
 * when every write of the run succeeded. A service that fails at any write step of any action leaves
 * every previous output sheet as it was (values, formats, charts, marks, names, tab order) and no
 * temporary sheet behind, and the alert says which sheet failed and that the previous results were kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { generateProvince } from '../../shared/sample';
import type { ServiceCall } from '../../tools/apps-script-sandbox/fake-gas/recorder';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { bookState, OUTPUT_SHEETS, runAll, sampleBox, sheetNamed, WRITING_ACTIONS } from './output-state';

beforeAll(ensureBuilt);

/** Every call that changes the spreadsheet: creating, writing, formatting, charting, marking, renaming. */
const isWriteStep = (call: ServiceCall): boolean =>
  /^(Spreadsheet\.insertSheet|Sheet\.(set|insert|add)\w*|Range\.(set|create)\w*|DeveloperMetadata\.set\w*)$/.test(
    call.name,
  );

/** The write steps of one clean run of `fn` over a spreadsheet that already holds every output. */
function writeSteps(fn: string): string[] {
  const box = sampleBox();
  runAll(box);
  box.rec.reset();
  box.call(fn);
  return box.rec.calls.filter(isWriteStep).map((c) => `${c.name} on "${c.sheet ?? ''}"`);
}

const MARK = 'nilaiKerja.output';
const markOf = (box: Sandbox, name: string) =>
  sheetNamed(box, name)
    .metadata.filter((m) => m.getKey() === MARK)
    .map((m) => m.getValue());

describe('a failure at any write step keeps the previous results', () => {
  it.each(WRITING_ACTIONS)('%s: every step, one at a time', (fn, writes) => {
    const steps = writeSteps(fn);
    // Create, mark, format, write and chart each new sheet, then rename and mark: at least these.
    expect(steps.length).toBeGreaterThanOrEqual(writes.length * 5);
    const box = sampleBox();
    runAll(box);
    const before = bookState(box);
    steps.forEach((step, i) => {
      box.rec.failOn(isWriteStep, i + 1);
      const text = String(box.call(fn));
      expect(box.rec.faultPending(), `step ${i + 1} (${step}) was reached`).toBe(false);
      expect(bookState(box), `after a failure at step ${i + 1} (${step})`).toEqual(before);
      const failedSheet = /(?:Menulis|Memasang) sheet "([^"]+)"/.exec(text)?.[1];
      expect(writes as readonly string[], `${step}: ${text}`).toContain(failedSheet);
      expect(text).toContain('(Service Spreadsheets failed)');
      expect(text).toContain('hasil sebelumnya tetap utuh di sheet');
      for (const name of writes) expect(text).toContain(`"${name}"`);
      expect(box.ui.alerts.at(-1)).toBe(text);
      expect(box.lock.hasLock()).toBe(false);
    });
  });

  it('says so when there were no previous results, and leaves no sheet behind', () => {
    const box = sampleBox();
    const before = bookState(box);
    box.rec.failOn((c) => c.name === 'Range.setValues', 2);
    const text = String(box.call('hitungNilai'));
    expect(text).toContain('Menulis sheet "Hasil Pegawai" gagal (Service Spreadsheets failed).');
    expect(text).toContain('belum ada hasil sebelumnya dan sheet lain tidak diubah');
    expect(bookState(box)).toEqual(before);
  });

  it('a replaced sheet that cannot be deleted stays as "(lama)" and the alert says so', () => {
    const box = sampleBox();
    box.call('buatDasbor');
    const previous = plain(sheetNamed(box, 'Dasbor').snapshot());
    box.rec.failOn((c) => c.name === 'Spreadsheet.deleteSheet');
    const text = String(box.call('buatDasbor'));
    expect(text).toContain('Sheet "Dasbor" dibuat dengan 3 grafik');
    expect(text).toContain('Hasil sebelumnya masih ada di sheet "Dasbor (lama)"');
    expect(plain(sheetNamed(box, 'Dasbor (lama)').snapshot())).toEqual(previous);
    expect(sheetNamed(box, 'Dasbor').charts).toHaveLength(3);
    // The next run leaves that sheet alone: it is not the output's slot any more.
    box.call('buatDasbor');
    expect(box.book.sheets.filter((s) => s.name.startsWith('Dasbor')).map((s) => s.name)).toEqual([
      'Dasbor',
      'Dasbor (lama)',
    ]);
  });
});

describe('a successful run', () => {
  it('replaces every output in place: same tabs in the same order, each marked with its role', () => {
    const box = sampleBox();
    runAll(box);
    const names = box.book.sheets.map((s) => s.name);
    runAll(box);
    expect(box.book.sheets.map((s) => s.name)).toEqual(names);
    expect(names.filter((n) => !OUTPUT_SHEETS.includes(n) && /\(/.test(n))).toEqual([]);
    expect(markOf(box, 'Hasil Pegawai')).toEqual(['employees']);
    expect(markOf(box, 'Hasil Unit')).toEqual(['units']);
    expect(markOf(box, 'Masalah Data')).toEqual(['problems']);
    expect(markOf(box, 'Dasbor')).toEqual(['dashboard']);
    expect(markOf(box, 'Reward & Punishment')).toEqual(['reward']);
    expect(markOf(box, 'Evaluasi SAKIP')).toEqual(['sakip']);
    // Input sheets carry no mark: the add-on never claims them.
    expect(markOf(box, 'Pegawai')).toEqual([]);
  });

  it('deletes a sheet left "being written" by a run Apps Script stopped, and only a marked one', () => {
    const box = sampleBox();
    const stopped = box.book.addSheet({ name: 'Hasil Pegawai (sedang ditulis)', rows: [['NIP', 'Nama']] });
    stopped.addDeveloperMetadata(MARK, 'staging:employees');
    const lookalike = box.book.addSheet({
      name: 'Hasil Unit (sedang ditulis)',
      rows: [['Catatan saya', 'jangan dihapus']],
    });
    const text = String(box.call('hitungNilai'));
    expect(text).toContain('40 pegawai dinilai di sheet "Hasil Pegawai", 3 unit di sheet "Hasil Unit"');
    const names = box.book.sheets.map((s) => s.name);
    expect(names).not.toContain('Hasil Pegawai (sedang ditulis)');
    expect(names).toContain('Hasil Unit (sedang ditulis)');
    expect(plain(lookalike.snapshot())).toEqual([['Catatan saya', 'jangan dihapus']]);
  });

  it('adopts the unmarked outputs of an older version by their name and header, and replaces them', () => {
    const box = sampleBox();
    runAll(box);
    const names = box.book.sheets.map((s) => s.name);
    const fresh = OUTPUT_SHEETS.map((n) => plain(sheetNamed(box, n).snapshot()));
    // An older version wrote the same sheets without marks.
    for (const name of OUTPUT_SHEETS) sheetNamed(box, name).metadata = [];
    const texts = runAll(box);
    expect(texts.join('\n')).not.toContain('bukan buatan Nilai Kerja');
    expect(box.book.sheets.map((s) => s.name)).toEqual(names);
    expect(OUTPUT_SHEETS.map((n) => plain(sheetNamed(box, n).snapshot()))).toEqual(fresh);
    for (const name of OUTPUT_SHEETS) expect(markOf(box, name)).toHaveLength(1);
  });

  it('does not adopt an unmarked sheet whose header differs in any cell (here one column added)', () => {
    const box = sampleBox();
    box.call('hitungNilai');
    const old = sheetNamed(box, 'Hasil Pegawai');
    old.metadata = [];
    old.cell(1, 19).v = 'Catatan atasan';
    const before = JSON.stringify(old.cells);
    const text = String(box.call('hitungNilai'));
    expect(text).toContain(
      'Sheet "Hasil Pegawai" bukan buatan Nilai Kerja, jadi tidak diubah; hasilnya ditulis di sheet "Hasil Pegawai (Nilai Kerja)".',
    );
    expect(JSON.stringify(sheetNamed(box, 'Hasil Pegawai').cells)).toBe(before);
    expect(markOf(box, 'Hasil Pegawai (Nilai Kerja)')).toEqual(['employees']);
  });
});

describe('service calls of a run that replaces earlier results', () => {
  const callsFor = (employees: number) => {
    const input = generateProvince(employees, 4, 7);
    const box = loadSandbox({ sheets: workbookGrids(input).map((g) => ({ name: g.name, rows: g.rows })) });
    box.call('hitungNilai');
    box.rec.reset();
    box.call('hitungNilai');
    return box.rec.calls.map((c) => c.name);
  };

  it('do not grow with rows: 100 and 2,000 employees make the same calls', () => {
    const small = callsFor(100);
    expect(callsFor(2000)).toEqual(small);
    expect(small.filter((n) => n === 'Range.setValues')).toHaveLength(3);
    expect(small.filter((n) => n === 'Spreadsheet.deleteSheet')).toHaveLength(3);
  });
});
