/**
 * A table the admin leaves on "abaikan" in the column-mapping sidebar is recorded in the saved mapping
 * (workbook/saved-mapping.ts `ignored`): no run warns about it again (SHEETS_MAPPING_TABLE_NOT_MAPPED), and
 * the sidebar shows it on "abaikan" again. A table added, renamed or replaced since the save is still
 * named. Through the built sidebar page against the built Code.js.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAPPING_PROPERTY } from '../../apps-script/src/workbook/saved-mapping';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { openPage } from './sidebar-page';

beforeAll(ensureBuilt);

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

const AHMAD = '198507122010011003';
const SITI = '199003152015031002';
const pegawai = {
  name: 'Pegawai',
  rows: [
    ['NIP', 'Nama', 'Jabatan', 'Unit Kerja'],
    [AHMAD, 'Ahmad', 'Kepala Dinas', 'Sekretariat'],
    [SITI, 'Siti', 'Analis', 'Sekretariat'],
  ],
};
const indikator = {
  name: 'Indikator',
  rows: [
    ['NIP', 'Indikator', 'Target', 'Realisasi', 'Satuan'],
    [AHMAD, 'Dokumen', '10', '10', 'Dokumen'],
    [SITI, 'Laporan', '10', '5', 'Dokumen'],
  ],
};
/** Last year's attendance, kept for reference: it reads as attendance, and the admin leaves it out. */
const oldAttendance = (name = 'Absen 2024') => ({
  name,
  rows: [
    ['NIP', 'Tanggal', 'Kode Absen'],
    [SITI, '2024-05-06', 'TK'],
    [SITI, '2024-05-07', 'TK'],
  ],
});

const NOT_MAPPED = 'tidak ada di pemetaan kolom yang disimpan';
const problems = (box: Sandbox): string[] => {
  const sheet = box.book.sheets.find((s) => s.name === 'Masalah Data');
  return sheet ? (plain(sheet.snapshot()) as string[][]).map((r) => r.join(' | ')) : [];
};
const notMapped = (box: Sandbox): string[] => problems(box).filter((p) => p.includes(NOT_MAPPED));

/** Opens the mapping sidebar, leaves "Absen 2024" on "abaikan" and saves, as the admin does. */
async function saveIgnoring(box: Sandbox, sheet: string): Promise<void> {
  const doc = openPage(box, 'Mapping');
  await tick();
  const headings = [...doc.querySelectorAll('#app h2')].map((h) => h.textContent ?? '');
  const n = headings.findIndex((h) => h.startsWith(`${sheet} ·`));
  expect(n).toBeGreaterThanOrEqual(0);
  const role = doc.getElementById(`role-${n}`) as unknown as HTMLSelectElement;
  // Proposed as attendance: the admin sets it to "abaikan".
  expect(role.value).not.toBe('');
  role.value = '';
  (doc.getElementById('save') as unknown as HTMLButtonElement).click();
  await tick();
  expect(doc.getElementById('status')?.textContent).toContain('Pemetaan kolom disimpan');
}

describe('a table left on "abaikan" in the saved mapping', () => {
  it('is recorded, never warned about again, and shown on "abaikan" when the sidebar opens again', async () => {
    const box = loadSandbox({ sheets: [pegawai, indikator, oldAttendance()] });
    await saveIgnoring(box, 'Absen 2024');
    const saved = JSON.parse(box.documentProperties.getProperty(MAPPING_PROPERTY) ?? '{}');
    expect(saved.ignored).toEqual([
      { sheet: 'Absen 2024', headerRow: 1, headerRowCount: 1, headers: ['NIP', 'Tanggal', 'Kode Absen'] },
    ]);
    for (const run of ['periksaData', 'hitungNilai', 'periksaData']) {
      box.call(run);
      expect(notMapped(box), run).toEqual([]);
    }
    const doc = openPage(box, 'Mapping');
    await tick();
    const headings = [...doc.querySelectorAll('#app h2')].map((h) => h.textContent ?? '');
    const n = headings.findIndex((h) => h.startsWith('Absen 2024 ·'));
    expect((doc.getElementById(`role-${n}`) as unknown as HTMLSelectElement).value).toBe('');
  });

  it('a table added after the save is still named', async () => {
    const box = loadSandbox({ sheets: [pegawai, indikator, oldAttendance()] });
    await saveIgnoring(box, 'Absen 2024');
    box.book.addSheet(oldAttendance('Absensi'));
    box.call('periksaData');
    expect(notMapped(box).map((p) => p.split(' | ')[0])).toEqual(['Absensi']);
  });

  it('the ignored sheet renamed, or another table put in its place, is named again', async () => {
    const box = loadSandbox({ sheets: [pegawai, indikator, oldAttendance()] });
    await saveIgnoring(box, 'Absen 2024');
    box.book.getSheetByName('Absen 2024')!.setName('Absensi Mei');
    box.call('periksaData');
    expect(notMapped(box).map((p) => p.split(' | ')[0])).toEqual(['Absensi Mei']);

    const replaced = loadSandbox({ sheets: [pegawai, indikator, oldAttendance()] });
    await saveIgnoring(replaced, 'Absen 2024');
    const sheet = replaced.book.getSheetByName('Absen 2024')!;
    sheet.getRange(1, 1, 1, 4).setValues([['NIP', 'Tanggal', 'Kode Absen', 'Keterangan']]);
    replaced.call('periksaData');
    expect(notMapped(replaced).map((p) => p.split(' | ')[0])).toEqual(['Absen 2024']);
  });

  it('goes with the mapping exported to another workbook of the same layout', async () => {
    const box = loadSandbox({ sheets: [pegawai, indikator, oldAttendance()] });
    await saveIgnoring(box, 'Absen 2024');
    const exported = plain(box.call('eksporPemetaan')) as { ok: boolean; json: string };
    expect(exported.ok).toBe(true);
    expect(JSON.parse(exported.json).ignored).toEqual([
      { sheet: 'Absen 2024', headerRow: 1, headerRowCount: 1, headers: ['NIP', 'Tanggal', 'Kode Absen'] },
    ]);
    const other = loadSandbox({ sheets: [pegawai, indikator, oldAttendance()] });
    expect((plain(other.call('imporPemetaan', exported.json)) as { ok: boolean }).ok).toBe(true);
    other.call('periksaData');
    expect(notMapped(other)).toEqual([]);
  });
});
