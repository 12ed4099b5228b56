/**
 * The real (pseudonymised) workbooks offices keep, from ../shared/real-sheets/ beside the repository,
 * as seeds for the Apps Script sandbox. They are read from there and never copied into the repository.
 * Tests skip them with a clear message only where the folder is absent, never under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { SeedCell, SheetSeed } from './fake-gas/spreadsheet';

export const REAL_SHEETS_DIR = fileURLToPath(new URL('../../../shared/real-sheets/', import.meta.url));

/** The four workbooks and the family each stands for (../shared/SHEETS-IN-THE-WILD.md). */
export const REAL_WORKBOOKS = {
  roster: 'banjarmasin-data-asn.json.gz',
  attendance: 'manado-rekap-kehadiran.json',
  tpp: 'manado-berkas-tpp.json',
  sakip: 'trenggalek-kke-sakip.json',
} as const;

export interface RealWorkbook {
  id: string;
  title: string;
  sheets: SheetSeed[];
}

type FileCell = string | number | boolean | null | { v: unknown; d?: string };
type FileMerge =
  | [number, number, number, number]
  | { row: number; column: number; numRows: number; numColumns: number };
interface FileSheet {
  name: string;
  rows: FileCell[][];
  merges?: FileMerge[];
}

export const realSheetsPresent = (): boolean => existsSync(REAL_SHEETS_DIR);

/**
 * Why a test of the real workbooks cannot run here, or null when it can. Under CI the folder is always
 * there: its absence fails instead of skipping.
 */
export function realSheetsMissing(): string | null {
  if (realSheetsPresent()) return null;
  if (process.env.CI) throw new Error(`The real workbooks are missing under CI: ${REAL_SHEETS_DIR}`);
  return `Real workbooks not found in ${REAL_SHEETS_DIR}: these tests are skipped on this machine.`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** A file cell as Sheets holds it: dates (ISO text in the file) become Date values, as getValues gives. */
function seedCell(cell: FileCell): SeedCell {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'object') return cell;
  const raw = cell.v;
  const value =
    typeof raw === 'string' && ISO_DATE.test(raw)
      ? new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw)
      : typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string'
        ? raw
        : '';
  return cell.d === undefined ? value : { v: value, d: cell.d };
}

const seedMerge = (m: FileMerge) =>
  Array.isArray(m)
    ? { row: m[0] + 1, column: m[1] + 1, numRows: m[2] - m[0] + 1, numColumns: m[3] - m[1] + 1 }
    : m;

/** One real workbook as sandbox seeds (rows padded to one width, as a data range is). */
export function loadRealWorkbook(file: string): RealWorkbook {
  const path = join(REAL_SHEETS_DIR, file);
  const bytes = readFileSync(path);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const parsed = JSON.parse(text) as { id: string; title: string; sheets: FileSheet[] };
  return {
    id: parsed.id,
    title: parsed.title,
    sheets: parsed.sheets.map((s) => {
      const width = s.rows.reduce((max, row) => Math.max(max, row.length), 0);
      const rows = s.rows.map((row) => {
        const out = row.map(seedCell);
        while (out.length < width) out.push('');
        return out;
      });
      return { name: s.name, rows, merges: (s.merges ?? []).map(seedMerge) };
    }),
  };
}
