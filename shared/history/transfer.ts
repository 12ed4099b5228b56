/**
 * Older periods brought into history: a Riwayat sheet copied from last year's workbook, and the Riwayat
 * file (format 'nilai-kerja/riwayat') that Ekspor riwayat writes and Impor riwayat reads. One rule for
 * both: a period history does not have yet is added whole; a period it has keeps its rows (the current
 * workbook's verdicts win) and is named to the admin. A row that is not valid history is reported with
 * its place, never dropped unsaid, never mended by a guess.
 */
import type { Issue } from '../core';
import * as z from '../core/zod';
import { comparePeriods } from './period-keys';
import { type HistoryRow, mergeHistory } from './rows';

/** The format name and version every Riwayat file carries; a reader refuses any other. */
export const HISTORY_FILE_FORMAT = 'nilai-kerja/riwayat';
export const HISTORY_FILE_VERSION = 1;

/** A period code as history keeps it: 2025, 2025-03, 2025-Q1, 2025-S2 (shared/parse periodKey). */
export const HISTORY_PERIOD_CODE = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** One row of history as the file carries it: the HistoryRow of shared/history/rows.ts, checked. */
export const HistoryRowSchema = z.strictObject({
  period: z.string().regex(HISTORY_PERIOD_CODE),
  label: z.string().max(100),
  nip: z.string().trim().min(1).max(40),
  nama: z.string().max(200),
  unit: z.string().max(300),
  capaian: z.number().finite().nullable(),
  kategori: z.string().max(100),
  predikat: z.string().max(100),
  potongan: z.number().finite().min(0),
  tkDays: z.number().int().min(0).max(366),
  tkDates: z.array(z.string().regex(ISO_DAY)).max(366).optional(),
});

/** The Riwayat file: who it is from (when known), when it was written, and the rows. */
export const HistoryFileSchema = z
  .strictObject({
    format: z.literal(HISTORY_FILE_FORMAT),
    version: z.literal(HISTORY_FILE_VERSION),
    /** The OPD the rows are of, when the workbook named it; null otherwise. */
    opd: z.string().max(300).nullable(),
    /** ISO timestamp of the export. */
    exportedAt: z.string().max(40),
    rows: z.array(HistoryRowSchema).max(500_000),
  })
  .superRefine((file, ctx) => {
    // One verdict per employee and period: a file that says two is not one we wrote.
    const seen = new Set<string>();
    file.rows.forEach((row, i) => {
      const key = `${row.period}|${row.nip}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'nip'], message: `${row.nip} ${row.period} 2x` });
      seen.add(key);
    });
  });

export type HistoryFile = z.infer<typeof HistoryFileSchema>;

/** The file Ekspor riwayat offers: the rows as they are, the OPD when known. */
export function historyFileOf(
  rows: readonly HistoryRow[],
  opd: string | null,
  exportedAt: string,
): HistoryFile {
  return {
    format: HISTORY_FILE_FORMAT,
    version: HISTORY_FILE_VERSION,
    opd,
    exportedAt,
    rows: rows.map((r) => ({
      period: r.period,
      label: r.label,
      nip: r.nip,
      nama: r.nama,
      unit: r.unit,
      capaian: r.capaian,
      kategori: r.kategori,
      predikat: r.predikat,
      potongan: r.potongan,
      tkDays: r.tkDays,
      ...(r.tkDates && r.tkDates.length > 0 ? { tkDates: [...r.tkDates] } : {}),
    })),
  };
}

export type HistoryFileReading = { ok: true; file: HistoryFile } | { ok: false; issue: Issue };

const refusal = (code: Issue['code'], params: Record<string, string | number>): HistoryFileReading => ({
  ok: false,
  issue: { code, params, severity: 'error' },
});

/** A Riwayat file's text read and validated whole: any fault refuses the whole file, saying which. */
export function readHistoryFile(name: string, text: string): HistoryFileReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refusal('HISTX_FILE_NOT_JSON', { file: name, detail: detail.slice(0, 200) });
  }
  const head = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const { format, version } = head as { format?: unknown; version?: unknown };
  if (format !== HISTORY_FILE_FORMAT)
    return refusal('HISTX_FILE_FOREIGN', {
      file: name,
      format: typeof format === 'string' ? format.slice(0, 100) : '-',
    });
  if (version !== HISTORY_FILE_VERSION)
    return refusal('HISTX_FILE_VERSION', {
      file: name,
      version: String(version).slice(0, 20),
      expected: HISTORY_FILE_VERSION,
    });
  const parsed = HistoryFileSchema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '-'}: ${i.message}`)
      .join('; ');
    return refusal('HISTX_FILE_INVALID', { file: name, detail });
  }
  return { ok: true, file: parsed.data };
}

/** History with older periods added: the periods added and those skipped, each with its label. */
export interface OlderHistoryMerge {
  rows: HistoryRow[];
  /** Keys of the periods added, in order. */
  added: string[];
  /** Rows added. */
  addedRows: number;
  /** Keys of the older periods skipped because history (or the workbook) already has them. */
  skipped: string[];
  /** Each period's label as the older rows name it ("Oktober 2025"). */
  labels: Map<string, string>;
}

/**
 * `older` added to `kept`: only periods neither `kept` nor `present` (the periods the workbook scores
 * now) holds; a period held keeps its rows whole, never mixed with the older ones.
 */
export function addOlderPeriods(
  kept: readonly HistoryRow[],
  older: readonly HistoryRow[],
  present: Iterable<string> = [],
): OlderHistoryMerge {
  const held = new Set([...kept.map((r) => r.period), ...present]);
  const labels = new Map<string, string>();
  for (const r of older) if (!labels.has(r.period)) labels.set(r.period, r.label || r.period);
  const fresh = older.filter((r) => !held.has(r.period));
  const periods = [...labels.keys()].sort(comparePeriods);
  return {
    rows: mergeHistory(kept, fresh),
    added: periods.filter((p) => !held.has(p)),
    addedRows: fresh.length,
    skipped: periods.filter((p) => held.has(p)),
    labels,
  };
}

/** A cell of a copied Riwayat sheet, as the spreadsheet gives it. */
type Cell = string | number | boolean | Date | null | undefined;

const textOf = (v: Cell): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/** A number cell: a number, blank (null), or text that is not one (reported, never converted). */
function numberCell(v: Cell): { ok: true; value: number | null } | { ok: false } {
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  return textOf(v).trim() === '' ? { ok: true, value: null } : { ok: false };
}

const COLUMN_LETTERS = 'ABCDEFGHIJK';
const PERIOD = 0;
const LABEL = 1;
const NIP = 2;
const NUMBER_COLUMNS = [
  { index: 5, field: 'capaian' },
  { index: 8, field: 'potongan' },
  { index: 9, field: 'tkDays' },
] as const;

/** Where a row's fault is: its code, its column (0-based) and what the message names. */
type RowFault = { code: Issue['code']; column: number; params: Record<string, string | number> };

/** One row of a copied Riwayat sheet: the HistoryRow it holds, or why it is not history. */
function historyRowOf(cells: readonly Cell[], header: readonly string[]): HistoryRow | RowFault {
  const period = textOf(cells[PERIOD]).trim();
  if (!HISTORY_PERIOD_CODE.test(period))
    return { code: 'HISTX_ROW_BAD_PERIOD', column: PERIOD, params: { value: period } };
  const nip = textOf(cells[NIP]).trim();
  if (nip === '') return { code: 'HISTX_ROW_NO_NIP', column: NIP, params: { period } };
  const numbers: Partial<Record<(typeof NUMBER_COLUMNS)[number]['field'], number | null>> = {};
  for (const { index, field } of NUMBER_COLUMNS) {
    const read = numberCell(cells[index]);
    if (!read.ok)
      return {
        code: 'HISTX_ROW_NOT_NUMBER',
        column: index,
        params: { column: header[index] ?? field, value: textOf(cells[index]).slice(0, 100) },
      };
    numbers[field] = read.value;
  }
  const tkDates = textOf(cells[10])
    .split(/[,;\s]+/)
    .filter((d) => ISO_DAY.test(d));
  return {
    period,
    label: textOf(cells[LABEL]).trim() || period,
    nip,
    nama: textOf(cells[3]),
    unit: textOf(cells[4]),
    capaian: numbers.capaian ?? null,
    kategori: textOf(cells[6]),
    predikat: textOf(cells[7]),
    potongan: numbers.potongan ?? 0,
    tkDays: numbers.tkDays ?? 0,
    ...(tkDates.length > 0 ? { tkDates } : {}),
  };
}

/**
 * The rows of a Riwayat sheet copied from another workbook (its first row the Riwayat header, read as it
 * is: its cells name the columns in messages). Each row that is not valid history (a period code that
 * cannot be read, no NIP, a number column holding text, an employee twice in one period) is reported with
 * sheet, row and column, and left out of the rows; blank rows are not data.
 */
export function historyRowsOfSheet(
  sheet: string,
  values: readonly (readonly Cell[])[],
): { rows: HistoryRow[]; issues: Issue[] } {
  const header = (values[0] ?? []).map(textOf);
  const rows: HistoryRow[] = [];
  const issues: Issue[] = [];
  const firstRow = new Map<string, number>();
  for (let i = 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    const row = i + 1;
    if (cells.every((c) => textOf(c).trim() === '')) continue;
    const read = historyRowOf(cells, header);
    const first = 'nip' in read ? firstRow.get(`${read.period}|${read.nip}`) : undefined;
    const fault: RowFault | null =
      'code' in read
        ? read
        : first !== undefined
          ? { code: 'HISTX_ROW_TWICE', column: NIP, params: { nip: read.nip, period: read.period, first } }
          : null;
    if (fault) {
      const column = COLUMN_LETTERS[fault.column] as string;
      issues.push({ code: fault.code, params: fault.params, at: { sheet, row, column }, severity: 'error' });
    } else if ('nip' in read) {
      firstRow.set(`${read.period}|${read.nip}`, row);
      rows.push(read);
    }
  }
  return { rows, issues };
}
