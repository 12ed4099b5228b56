/**
 * Owned outputs in the BUILT Code.js: the add-on replaces only the sheets it marked as its own. A sheet
 * of the admin's named like an output ("Hasil Pegawai", "Dasbor", ...) survives every action unchanged,
 * the output goes to "<name> (Nilai Kerja)" with a note in the alert, and the admin's sheet is still read
 * as input when it is one (ownership decides, not the name).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MappingReply } from '../../apps-script/src/features/mapping/mapping';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { runAll, sampleBox, sheetNamed, sheetState, WRITING_ACTIONS } from './output-state';

beforeAll(ensureBuilt);

/** The admin's input sheets renamed like outputs: the staff list, the unit list and the SAKIP worksheet. */
const RENAMED: Record<string, string> = {
  Pegawai: 'Hasil Pegawai',
  Unit: 'Hasil Unit',
  SAKIP: 'Evaluasi SAKIP',
};

/** The admin's own notes in sheets named like the other outputs. */
const NOTES = [
  {
    name: 'Dasbor',
    rows: [
      ['Dasbor rapat pimpinan', 'disusun manual'],
      ['Target triwulan', 0.9],
    ],
  },
  { name: 'Masalah Data', rows: [['Catatan masalah dari inspektorat', 'tindak lanjut']] },
  { name: 'Reward & Punishment', rows: [['Usulan Sekda', 'jangan dihapus']] },
];

const userBox = (): Sandbox =>
  loadSandbox({
    sheets: [
      ...workbookGrids(sampleWorkbook()).map((g) => ({ name: RENAMED[g.name] ?? g.name, rows: g.rows })),
      ...NOTES,
    ],
  });

const USER_SHEETS = [...Object.values(RENAMED), ...NOTES.map((n) => n.name)];
const userState = (box: Sandbox) => USER_SHEETS.map((name) => sheetState(sheetNamed(box, name)));
const values = (box: Sandbox, name: string) => plain(sheetNamed(box, name).snapshot());

describe("an admin's sheets named like the outputs", () => {
  it.each(WRITING_ACTIONS)('%s leaves each of them exactly as it was', (fn) => {
    const box = userBox();
    const before = userState(box);
    box.call(fn);
    box.call(fn);
    expect(userState(box)).toEqual(before);
  });

  it('are read as input when they are, and every output is written beside them with a note', () => {
    const box = userBox();
    const before = userState(box);
    const texts = runAll(box);
    expect(userState(box)).toEqual(before);
    const [compute = '', dashboard = '', reward = '', sakip = '', check = ''] = texts;
    // The staff list in "Hasil Pegawai", the units in "Hasil Unit" and the LKE in "Evaluasi SAKIP" were read.
    expect(compute).toContain(
      '40 pegawai dinilai di sheet "Hasil Pegawai (Nilai Kerja)", 3 unit di sheet "Hasil Unit (Nilai Kerja)"',
    );
    expect(compute).toContain(
      'Sheet "Hasil Pegawai" bukan buatan Nilai Kerja, jadi tidak diubah; hasilnya ditulis di sheet "Hasil Pegawai (Nilai Kerja)".',
    );
    expect(compute).toContain('Sheet "Hasil Unit" bukan buatan Nilai Kerja');
    expect(compute).toContain('Sheet "Masalah Data" bukan buatan Nilai Kerja');
    expect(dashboard).toContain('Sheet "Dasbor (Nilai Kerja)" dibuat dengan 3 grafik');
    expect(dashboard).toContain('Sheet "Dasbor" bukan buatan Nilai Kerja');
    expect(reward).toContain('Sheet "Reward & Punishment (Nilai Kerja)"');
    expect(sakip).toContain('Sheet "Evaluasi SAKIP (Nilai Kerja)": 3 unit dinilai');
    expect(check).toContain('Lihat sheet "Masalah Data (Nilai Kerja)"');

    // The same results as on the template's sheet names (the unit predikat come from the admin's "Hasil Unit").
    const plainBox = sampleBox();
    runAll(plainBox);
    for (const name of ['Hasil Pegawai', 'Hasil Unit', 'Dasbor', 'Reward & Punishment', 'Evaluasi SAKIP'])
      expect(values(box, `${name} (Nilai Kerja)`), name).toEqual(values(plainBox, name));
  });

  it('later runs replace the outputs beside them, never the admin sheets, and make no third copy', () => {
    const box = userBox();
    runAll(box);
    const names = box.book.sheets.map((s) => s.name);
    const before = userState(box);
    runAll(box);
    expect(box.book.sheets.map((s) => s.name)).toEqual(names);
    expect(userState(box)).toEqual(before);
    expect(names.filter((n) => n.endsWith('(Nilai Kerja)'))).toHaveLength(6);
  });

  it('are offered in the mapping sidebar, and the outputs are not', () => {
    const box = userBox();
    runAll(box);
    const reply = plain(box.call('ambilUsulanPemetaan')) as MappingReply;
    if (!reply.ok) throw new Error(reply.message);
    const offered = reply.proposal.sheets.map((s) => s.sheet);
    expect(offered).toEqual(expect.arrayContaining(USER_SHEETS));
    expect(offered.filter((n) => n.endsWith('(Nilai Kerja)'))).toEqual([]);
    expect(reply.proposal.sheets.find((s) => s.sheet === 'Hasil Pegawai')?.role).toBe('employees');
  });
});
