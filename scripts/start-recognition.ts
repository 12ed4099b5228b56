/**
 * The recognition report of `npm start`: the BUILT add-on (dist/apps-script/Code.js in the Apps Script
 * sandbox) runs "Periksa data" on the bundled sample and on each real workbook in ../shared/real-sheets/
 * (when that folder is there), and this prints, per table, what it wrote to "Tabel Terbaca": sheet,
 * range, kind, period, fields with their confidence, rows used, and the problems "Masalah Data" lists.
 * Then "Hitung nilai" runs (and "Evaluasi SAKIP" on an LKE/KKE workbook), and their summary lines are
 * printed: what an admin would see.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROBLEMS_SHEET, TABLES_SHEET } from '../apps-script/src/output/sheet-names';
import { t } from '../shared/messages/format';
import { sampleWorkbook } from '../shared/sample';
import type { SheetSeed } from '../tools/apps-script-sandbox/fake-gas/spreadsheet';
import {
  loadRealWorkbook,
  REAL_WORKBOOKS,
  realSheetsPresent,
} from '../tools/apps-script-sandbox/real-sheets';
import { DIST, loadSandbox } from '../tools/apps-script-sandbox/sandbox';
import { workbookGrids } from './sample-sheets';

/** How many problems of one table the report prints before it says how many more there are. */
const PROBLEMS_SHOWN = 3;

const text = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));

/** Runs Periksa data and Hitung nilai on one workbook in a fresh sandbox and describes what was read. */
export function recognitionReport(name: string, sheets: SheetSeed[]): string[] {
  const box = loadSandbox({ sheets, withUi: false });
  const inputs = new Set(sheets.map((s) => s.name));
  const lines = [t('RECOGNITION_WORKBOOK', { name })];
  const checked = String(box.call('periksaData')).split('\n');
  const sheetOf = (needle: string) => box.book.sheets.find((s) => !inputs.has(s.name) && s.name === needle);
  const tables = sheetOf(TABLES_SHEET)?.snapshot() ?? [];
  const problems = (sheetOf(PROBLEMS_SHEET)?.snapshot() ?? []).slice(1).map((r) => r.map(text));
  for (const row of tables.slice(1)) {
    const [sheet, range, kind, title, period, opd, rows, fields, codes, , read] = row.map(text);
    if (!sheet || !range) continue;
    lines.push(
      t('RECOGNITION_TABLE', {
        sheet,
        range,
        kind: kind || '-',
        period: period || '-',
        rows: rows || '0',
        read: read || '-',
      }),
    );
    if (title || opd) lines.push(`    ${[title, opd].filter(Boolean).join(' · ')}`);
    if (fields) lines.push(`    ${t('RECOGNITION_FIELDS', { fields })}`);
    if (codes) lines.push(`    ${t('RECOGNITION_CODES', { codes })}`);
  }
  const own = problems.filter((p) => p[4]);
  if (own.length > 0) {
    lines.push(`  ${t('RECOGNITION_PROBLEMS', { count: own.length })}`);
    for (const p of own.slice(0, PROBLEMS_SHOWN * 4))
      lines.push(`    ${[p[0], p[1], p[2]].filter(Boolean).join(' ')}: ${p[4]}`);
    if (own.length > PROBLEMS_SHOWN * 4)
      lines.push(`    ${t('RECOGNITION_MORE', { count: own.length - PROBLEMS_SHOWN * 4 })}`);
  }
  lines.push(...checked.map((l) => `  ${l}`));
  lines.push(
    ...String(box.call('hitungNilai'))
      .split('\n')
      .map((l) => `  ${l}`),
  );
  // An LKE/KKE workbook is what Evaluasi SAKIP reads whole: run it, as the admin is told to.
  const lke = t('SHEETS_ROLE_SAKIP_WORKBOOK');
  if (tables.slice(1).some((row) => text(row[2]) === lke))
    lines.push(
      ...String(box.call('evaluasiSakip'))
        .split('\n')
        .map((l) => `  ${l}`),
    );
  return lines;
}

/** The report for the sample and every real workbook present. */
export function runRecognition(): string[] {
  const lines = [t('RECOGNITION_TITLE')];
  if (!existsSync(join(DIST, 'Code.js'))) return [...lines, t('ADDON_START_NO_BUILD')];
  const sample = workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows }));
  lines.push(...recognitionReport(t('RECOGNITION_SAMPLE'), sample));
  if (!realSheetsPresent()) return [...lines, t('RECOGNITION_NO_REAL')];
  for (const file of Object.values(REAL_WORKBOOKS)) {
    const book = loadRealWorkbook(file);
    lines.push('', ...recognitionReport(`${book.title} (${file})`, book.sheets));
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${runRecognition().join('\n')}\n`);
