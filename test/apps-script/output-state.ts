/**
 * Helpers for the write-safety tests: the sample OPD in the sandbox, and everything a sheet holds
 * (values, displayed text, formats, notes, validation, conditional rules, filter, frozen rows, column
 * widths, charts, developer metadata, name, id and tab position), so "byte-identical" means all of it.
 */
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import type { FakeSheet } from '../../tools/apps-script-sandbox/fake-gas/spreadsheet';
import { loadSandbox, type Sandbox, type SandboxOptions } from '../../tools/apps-script-sandbox/sandbox';

export const INPUT_SHEETS = ['Pegawai', 'Indikator', 'Perilaku', 'Absensi', 'Aktivitas', 'Unit', 'SAKIP'];

/** The five actions that write output sheets, and what each writes. */
export const WRITING_ACTIONS = [
  ['hitungNilai', ['Masalah Data', 'Hasil Pegawai', 'Hasil Unit']],
  ['buatDasbor', ['Dasbor']],
  ['daftarRewardPunishment', ['Reward & Punishment']],
  ['evaluasiSakip', ['Evaluasi SAKIP']],
  ['periksaData', ['Masalah Data', 'Tabel Terbaca']],
] as const;

export const OUTPUT_SHEETS = [
  'Masalah Data',
  'Hasil Pegawai',
  'Hasil Unit',
  'Dasbor',
  'Reward & Punishment',
  'Evaluasi SAKIP',
  'Tabel Terbaca',
];

export const sampleBox = (options: SandboxOptions = {}): Sandbox =>
  loadSandbox({
    sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })),
    ...options,
  });

/** Runs every writing action once, so that every output sheet exists. */
export function runAll(box: Sandbox): string[] {
  return WRITING_ACTIONS.map(([fn]) => String(box.call(fn)));
}

/** Everything one sheet holds, as text: equal text means an unchanged sheet. */
export function sheetState(sheet: FakeSheet): string {
  return JSON.stringify({
    name: sheet.name,
    id: sheet.id,
    index: sheet.book.sheets.indexOf(sheet),
    cells: sheet.cells,
    merges: sheet.merges,
    hiddenRows: [...sheet.hiddenRows],
    frozenRows: sheet.frozenRows,
    columnWidths: [...sheet.columnWidths],
    filter: sheet.filter?.range ?? null,
    conditionalRules: sheet.conditionalRules,
    charts: sheet.charts,
    metadata: sheet.metadata.map((m) => [m.getKey(), m.getValue()]),
  });
}

/** Every sheet of the spreadsheet, in tab order. */
export const bookState = (box: Sandbox): string[] => box.book.sheets.map(sheetState);

export const sheetNamed = (box: Sandbox, name: string): FakeSheet => {
  const found = box.book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}: ${box.book.sheets.map((s) => s.name).join(', ')}`);
  return found;
};
