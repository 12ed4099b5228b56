import {
  choosePkColumns,
  comparePeriods,
  defaultPolicy,
  isSakipWorkbookSheet,
  type Policy,
  periodTargetColumns,
  pkPeriodGroups,
  startsWithPeriodKey,
  t,
} from '../../../shared';
import type { Issue } from '../../../shared/core';
import type { FieldId, RawTable, RawValue, WorkbookInput } from '../../../shared/model';
import {
  type Period,
  parsePeriod,
  periodEnd,
  periodKey,
  periodLabel,
  readPeriod,
} from '../../../shared/parse';
import { isOwnedOutput } from '../output/ownership';
import { OUTPUT_NAMES, type OutputRole } from '../output/sheet-names';
import { columnLetter, type SpreadsheetPort } from '../port/types';
import { ROLE_LABEL } from '../role-labels';
import { rowList } from './cells';
import { copiedOutputRole, copyNamedOutput, outputNamed } from './copied-output';
import { readSheet, type SheetTable, toRawTable } from './read-table';
import { ROLE_SHEET, ROLES, type Role, roleFromSheetName } from './roles';
import { ignoredHeaders, isIgnoredTable, loadSavedMapping, type SheetMapping } from './saved-mapping';

/** The input tables found in the workbook, and which of them each role reads. */
export interface WorkbookRead {
  /** Every table found in the input sheets, in sheet order (a sheet may hold several). */
  found: SheetTable[];
  /**
   * The tables each role reads: one, or several with the same columns (the same table continued over
   * sheets, e.g. one attendance matrix per unit). Tables of the role left out are in `notes`.
   */
  tables: Partial<Record<Role, SheetTable[]>>;
  /** True when the admin confirmed the mapping; false when the proposal was used as is. */
  confirmed: boolean;
  /** The period scored when the tables name one; tables of other periods are left out, never combined. */
  period: Period | null;
  /** Every period the tables name, latest last. */
  periods: Period[];
  /** Why a recognised table is not read (another period, another table already gives the role). */
  notes: Issue[];
}

/** Fields that tell a roster apart from a list that only names people. */
const ROSTER_FIELDS: readonly FieldId[] = [
  'jabatan',
  'unit',
  'atasan_nip',
  'pangkat',
  'kepala_unit',
  'tpp_dasar',
];

/** The columns a table reads, as one signature: tables with equal signatures continue one another. */
function signature(table: SheetTable): string {
  const fields = Object.keys(table.mapping).sort();
  const codes = table.codeColumns.map((c) => c.code).sort();
  return `${fields.join(',')}|${codes.join(',')}|${table.dayColumns.length > 0 ? 'days' : ''}`;
}

/** How much a group of tables offers its role: the template sheet first, then fields, then rows. */
function groupScore(role: Role, group: readonly SheetTable[]): number[] {
  const first = group[0] as SheetTable;
  const template = group.some((t) => t.sheet.name === ROLE_SHEET[role]) ? 1 : 0;
  const fields =
    Object.keys(first.mapping).length + first.codeColumns.length + Math.min(1, first.dayColumns.length);
  const roster =
    role === 'employees' ? ROSTER_FIELDS.filter((f) => first.mapping[f] !== undefined).length : 0;
  const rows = group.reduce((n, t) => n + t.dataRows.length, 0);
  // The employee list is the one naming the most people (a SIASN roster of the whole city, not a profile
  // sheet of a few hundred with more columns); other roles prefer the table with the most to read.
  return role === 'employees' ? [template, rows, roster, fields] : [template, fields, rows];
}

const better = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
};

const where = (t: SheetTable) => ({ sheet: t.sheet.name, row: t.headerRow });

/**
 * Reads the input sheets and every table in them. A sheet the add-on generated is never input
 * (output/ownership.ts decides by the add-on's mark, not by the name). With a saved mapping, only its
 * tables are read, with the roles the admin gave them, and only while their headers still read as
 * confirmed (read-table.ts checkSaved); nothing else is dropped without a word: a mapped sheet gone or
 * now an output, a saved table refused (errors that stop Hitung nilai: mappingRefusals), and each
 * recognised table outside the mapping (a warning; listed in Tabel Terbaca as not read).
 */
export function readWorkbook(
  book: SpreadsheetPort,
  options: { period?: string; policy?: Policy } = {},
): WorkbookRead {
  const saved = loadSavedMapping(book);
  const policy = options.policy ?? defaultPolicy();
  const attendanceCodes = Object.keys(policy.discipline.codes);
  const found: SheetTable[] = [];
  const skipped: Issue[] = [];
  const bySheet = new Map<string, SheetMapping[]>();
  for (const s of saved?.sheets ?? []) bySheet.set(s.sheet, [...(bySheet.get(s.sheet) ?? []), s]);
  for (const name of bySheet.keys())
    if (!book.getSheet(name))
      skipped.push({
        code: 'SHEETS_MAPPING_SHEET_GONE',
        params: { sheets: name },
        at: { sheet: name },
        severity: 'error',
      });
  const outside: SheetTable[] = [];
  for (const sheet of book.listSheets()) {
    if (isOwnedOutput(sheet)) {
      // A mapped sheet that is now one of the add-on's outputs (the input deleted and a result sheet
      // renamed to its name, or a mapping saved by a version that offered it): its input is gone as
      // surely as a deleted sheet's, and said so.
      const mapped = bySheet.get(sheet.name);
      if (mapped)
        skipped.push({
          code: 'SHEETS_MAPPING_SHEET_NOW_OUTPUT',
          params: {
            sheet: sheet.name,
            roles: [...new Set(mapped.map((m) => t(ROLE_LABEL[m.role])))].join('", "'),
          },
          at: { sheet: sheet.name },
          severity: 'error',
        });
      continue;
    }
    const mappings = bySheet.get(sheet.name) ?? [];
    if (mappings.length === 0 && isCopyByName(sheet.name, skipped)) continue;
    const { tables, issues } = readSheet(sheet, { saved: mappings, attendanceCodes });
    if (isCopiedOutput(tables, skipped)) continue;
    skipped.push(...issues);
    if (!saved) {
      found.push(...tables);
      noteOutputName(sheet.name, tables, skipped);
      continue;
    }
    // The confirmed tables are read. A refused one, and the tables of its sheet (where it may have moved),
    // stay in `found` for Tabel Terbaca but chooseTables does not read them; the rest of a mapped sheet
    // was looked at by the admin and left out.
    const refused = issues.some((i) => i.severity === 'error');
    for (const table of tables)
      if (table.saved || mappings.some((m) => m.headerRow === table.headerRow)) found.push(table);
      else if (refused && table.role) found.push(table);
      else if (mappings.length === 0) outside.push(table);
  }
  markSakipWorkbooks([...found, ...outside], policy.sakip);
  for (const table of outside) {
    // An LKE/KKE is read whole by Evaluasi SAKIP, never through the mapping.
    if (!table.role || table.lke) continue;
    found.push(table);
    // Left on "abaikan" in the sidebar: listed in Tabel Terbaca as not read, never warned about again.
    const headers = () => ignoredHeaders(table.grid, table.headerRow, table.headerRowCount);
    if (isIgnoredTable(saved, table.sheet.name, table.headerRow, headers)) continue;
    skipped.push({
      code: 'SHEETS_MAPPING_TABLE_NOT_MAPPED',
      params: { sheet: table.sheet.name, range: table.range, role: t(ROLE_LABEL[table.role]) },
      at: where(table),
      severity: 'warning',
    });
  }
  const read = chooseTables(found, saved !== null, options.period ?? saved?.period);
  read.notes.unshift(...skipped);
  return read;
}

/** Codes of the notes that say the saved mapping no longer matches the sheets: nothing is scored then. */
const MAPPING_REFUSALS: ReadonlySet<string> = new Set([
  'SHEETS_MAPPING_SHEET_GONE',
  'SHEETS_MAPPING_SHEET_NOW_OUTPUT',
  'SHEETS_MAPPING_HEADER_ROW_BLANK',
  'SHEETS_MAPPING_HEADER_CHANGED',
  'SHEETS_MAPPING_HEADER_NOW_EMPTY',
  'SHEETS_MAPPING_HEADER_OTHER_FIELD',
]);

/**
 * The errors that make a saved mapping unusable: a mapped sheet gone or now an output, a confirmed
 * table whose header no longer reads as confirmed. Scoring without that table would replace Hasil and
 * Riwayat with verdicts missing its data, so Hitung nilai refuses and leaves them as they were
 * (features/results/compute.ts).
 */
export const mappingRefusals = (read: WorkbookRead): Issue[] =>
  read.notes.filter((n) => n.severity === 'error' && MAPPING_REFUSALS.has(n.code));

/** The input sheet a copied output's numbers belong in, should the admin want to use them. */
const INPUT_OF_OUTPUT: Partial<Record<OutputRole, Role>> = { units: 'units' };

/**
 * A sheet holding one of the add-on's own outputs without its mark (workbook/copied-output.ts) is never
 * input; a note names it and says why, so the admin who pasted last month's results knows they were not
 * read. A copied Riwayat is read as older history by Hitung nilai (scoring/periods.ts historySheets),
 * which says what it added: no note here.
 */
function isCopiedOutput(tables: readonly SheetTable[], notes: Issue[]): boolean {
  const first = tables[0];
  const role = first ? copiedOutputRole(first.snapshot.display) : null;
  if (!first || !role) return false;
  if (role !== 'history')
    notes.push({
      code: 'SHEETS_COPIED_OUTPUT',
      params: {
        sheet: first.sheet.name,
        output: OUTPUT_NAMES[role],
        input: ROLE_SHEET[INPUT_OF_OUTPUT[role] ?? 'results'],
      },
      at: { sheet: first.sheet.name, row: 1 },
      severity: 'warning',
    });
  return true;
}

/**
 * A sheet named as Sheets names a copy of one of the outputs no header identifies ("Salinan dari Rekap OPD",
 * "Kertas Rapat Koordinasi (1)": workbook/copied-output.ts copyNamedOutput) is never input, unless the
 * saved mapping names it (the admin confirmed it as data); a note names it and says how to have it read.
 */
function isCopyByName(name: string, notes: Issue[]): boolean {
  const role = copyNamedOutput(name);
  if (!role) return false;
  notes.push({
    code: 'SHEETS_COPIED_OUTPUT_NAME',
    params: { sheet: name, output: OUTPUT_NAMES[role] },
    at: { sheet: name },
    severity: 'warning',
  });
  return true;
}

/**
 * A sheet named like an output ("Hasil Pegawai") takes no role from its name (read-table.ts roleOf):
 * when that name alone would have given it one, the admin is told it is not read and how to have it
 * read, so a sheet meant as input is never dropped without a word.
 */
function noteOutputName(name: string, tables: readonly SheetTable[], notes: Issue[]): void {
  const only = tables.length === 1 ? tables[0] : undefined;
  const output = outputNamed(name);
  const hinted = roleFromSheetName(name);
  if (!only || only.role !== null || !output || !hinted) return;
  notes.push({
    code: 'SHEETS_OUTPUT_NAME_NO_ROLE',
    params: { sheet: name, output, template: ROLE_SHEET[hinted] },
    at: { sheet: name, row: only.headerRow },
    severity: 'warning',
  });
}

/**
 * Marks the tables of LKE/KKE sheets (a SAKIP evaluation workbook as offices keep it): "Evaluasi SAKIP"
 * reads those sheets whole (shared/org readSakipWorkbook), so Hitung nilai does not read them as the
 * template's SAKIP table, nor reports their columns as missing.
 */
function markSakipWorkbooks(found: SheetTable[], sakip: Policy['sakip']): void {
  const bySheet = new Map<string, boolean>();
  for (const table of found) {
    let lke = bySheet.get(table.sheet.name);
    if (lke === undefined) {
      lke = isSakipWorkbookSheet({ name: table.sheet.name, grid: table.grid }, sakip);
      bySheet.set(table.sheet.name, lke);
    }
    table.lke = lke;
  }
}

/**
 * Which tables each role reads. Periods are never combined: with several, the chosen period (or the
 * latest) is scored and the others' tables are left out, each with a note. Within a role, tables with
 * the same columns are read together; of different tables, the one that offers the role most is read
 * (pembinaan records add up: every pembinaan table is read).
 */
export function chooseTables(all: SheetTable[], confirmed: boolean, chosen?: string): WorkbookRead {
  const notes: Issue[] = [];
  // With a saved mapping only the tables it confirms are read; the others are listed (Tabel Terbaca), not read.
  const found = confirmed ? all.filter((t) => t.saved) : all;
  const byKey = new Map<string, Period>();
  // A Perjanjian Kinerja's title names its year ("PK Tahun 2025"): the period scored comes from the other tables.
  for (const t of found) if (t.role && t.role !== 'pk' && t.period) byKey.set(periodKey(t.period), t.period);
  // A table with a period column (Bulan, Periode) may hold several periods in its rows.
  const rowPeriods = new Map<SheetTable, (string | null)[]>();
  for (const t of found) {
    if (!t.role || t.lke || t.mapping.periode === undefined) continue;
    // "Triwulan I" over a Perjanjian Kinerja's Target | Realisasi heads a column group, not a period column.
    if (t.role === 'pk' && pkGroupsOf(t, undefined).length > 0) continue;
    const column = t.mapping.periode;
    const keys = t.dataRows.map((r) => {
      const p = parsePeriod(t.grid[r - 1]?.[column] ?? '');
      if (!p) return null;
      byKey.set(periodKey(p), p);
      return periodKey(p);
    });
    rowPeriods.set(t, keys);
  }
  // In time order, never as text ("2025-04" after "2025-Q1", the year "2025" after its December): the
  // latest is the one that ends last (shared/history comparePeriods).
  const periods = [...byKey.entries()].sort(([a], [b]) => comparePeriods(a, b)).map(([, p]) => p);
  const period =
    (chosen !== undefined ? byKey.get(chosen) : undefined) ??
    (periods.length > 0 ? (periods.at(-1) ?? null) : null);
  const chosenKey = period ? periodKey(period) : undefined;
  const unread = unreadPeriodNotes(found);
  notes.push(...unread);
  // Without a period nothing is placed in Riwayat nor counted in the year (scoring/periods.ts): said once.
  if (!period && unread.length > 0) notes.push({ code: 'HISTX_NO_PERIOD_NOT_KEPT', severity: 'error' });
  const labels = new Map([...byKey].map(([key, p]) => [key, periodLabel(p, 'id')]));
  const tables: Partial<Record<Role, SheetTable[]>> = {};
  for (const role of ROLES) {
    const candidates: SheetTable[] = [];
    for (const t of found) {
      if (t.role !== role || t.lke) continue;
      if (
        period &&
        periods.length > 1 &&
        t.period &&
        periodKey(t.period) !== chosenKey &&
        !pkOfYear(t, period)
      ) {
        notes.push({
          code: 'SHEETS_TABLE_OTHER_PERIOD',
          params: { range: t.range, period: periodLabel(t.period, 'id'), chosen: periodLabel(period, 'id') },
          at: where(t),
          severity: 'warning',
        });
        continue;
      }
      // A hukuman list without dates belongs to its table's period: one that names none is not read
      // (the workbook's period is no guess for it), and said (docs/rules.md, supervisor duties).
      if (role === 'pembinaan' && t.mapping.tanggal === undefined && !t.period) {
        notes.push({
          code: 'SHEETS_HUKUMAN_LIST_NO_PERIOD',
          params: { range: t.range, sheet: t.sheet.name },
          at: where(t),
          severity: 'error',
        });
        continue;
      }
      const keys = rowPeriods.get(t);
      candidates.push(
        keys && chosenKey ? rowsOfPeriod(t, keys, chosenKey, period as Period, notes, labels) : t,
      );
    }
    if (candidates.length === 0) continue;
    const groups = new Map<string, SheetTable[]>();
    for (const t of candidates) groups.set(signature(t), [...(groups.get(signature(t)) ?? []), t]);
    let best: SheetTable[] | undefined;
    for (const group of groups.values())
      if (!best || better(groupScore(role, group), groupScore(role, best))) best = group;
    // Pembinaan records add up (a register and a TPP file's hukuman list each record what they hold): every
    // such table is read, each row naming its own sheet and columns.
    const used = role === 'pembinaan' ? candidates : (best as SheetTable[]);
    tables[role] = used;
    if (role === 'pk') {
      const read = pkColumnsOfPeriod(used, period, notes);
      if (read.length > 0) tables.pk = read;
      else delete tables.pk;
    }
    const first = used[0] as SheetTable;
    for (const t of candidates) {
      if (used.includes(t)) continue;
      notes.push({
        code: 'SHEETS_TABLE_NOT_USED',
        params: { range: t.range, used: `${first.sheet.name}!${first.range}` },
        at: where(t),
        severity: 'warning',
      });
    }
  }
  return { found: all, tables, confirmed, period, periods, notes };
}

/** The rows above a table's header that may hold its title and meta lines: up to the sheet's previous table. */
function linesAbove(t: SheetTable, found: readonly SheetTable[]): number[] {
  let top = Math.max(1, t.headerRow - 12);
  for (const other of found)
    if (other !== t && other.sheet === t.sheet && other.headerRow < t.headerRow)
      top = Math.max(top, (other.dataRows.at(-1) ?? other.headerRow) + 1);
  const rows: number[] = [];
  for (let row = t.headerRow - 1; row >= top; row--) rows.push(row);
  return rows;
}

/**
 * Where a table names its period: the meta line ("Bulan : TW 1") with the text after its key, else the
 * title line that `periodText` quotes; 1-based rows.
 */
function periodLineOf(t: SheetTable, found: readonly SheetTable[]): { value: string; row: number } | null {
  let title: { value: string; row: number } | null = null;
  for (const row of linesAbove(t, found)) {
    const texts = (t.grid[row - 1] ?? []).map((c) => c.trim()).filter((c) => c !== '');
    const first = texts[0];
    if (first === undefined) continue;
    const line = texts.join(' ');
    if (startsWithPeriodKey(first)) {
      const colon = line.indexOf(':');
      const value = (colon >= 0 ? line.slice(colon + 1) : texts.slice(1).join(' ')).trim();
      if (value !== '') return { value, row };
    } else if (title === null && t.periodText !== '' && t.periodText.includes(line))
      title = { value: line, row };
  }
  return title;
}

/**
 * Each table whose title or period line names text but no single period ("TW 1" without its year,
 * "Jan-25", "Mei dan Juni 2025", a range): it is read without a period, so its verdicts cannot be placed
 * in Riwayat nor counted in the year's TK days; said at the line, never guessed (no year is supplied).
 * A table whose rows carry their periods (a Periode column) does not need one.
 */
function unreadPeriodNotes(found: readonly SheetTable[]): Issue[] {
  const notes: Issue[] = [];
  const seen = new Set<string>();
  for (const t of found) {
    if (!t.role || t.lke || t.period || t.mapping.periode !== undefined) continue;
    const line = periodLineOf(t, found);
    const value = t.periodText !== '' ? t.periodText : line?.value;
    if (value === undefined) continue;
    const at = { sheet: t.sheet.name, row: line?.row ?? t.headerRow };
    if (seen.has(`${at.sheet}|${at.row}`)) continue;
    seen.add(`${at.sheet}|${at.row}`);
    const reading = t.periodText !== '' ? 'ambiguous' : readPeriod(value).status;
    const code =
      reading === 'ambiguous'
        ? 'PERIOD_AMBIGUOUS'
        : readPeriod(`${value} 2000`).status === 'one'
          ? 'HISTX_PERIOD_NO_YEAR'
          : 'HISTX_PERIOD_UNREADABLE';
    notes.push({ code, params: { value }, at, severity: 'error' });
  }
  return notes;
}

/** A Perjanjian Kinerja titled with the year of the period scored holds that period's columns. */
const pkOfYear = (t: SheetTable, period: Period): boolean =>
  t.role === 'pk' && t.period?.kind === 'year' && t.period.year === period.year;

/** The period groups of a Perjanjian Kinerja's header ("Triwulan II" over "Target | Realisasi"). */
const pkGroupsOf = (t: SheetTable, year: number | undefined) =>
  pkPeriodGroups(t.grid.slice(t.headerRow - 1, t.headerRow - 1 + t.headerRowCount), year);

/**
 * The Perjanjian Kinerja tables read with the Target and Realisasi of the period scored: an office layout's
 * "Triwulan II: Target | Realisasi" pair (shared/org/pk-columns.ts), each said in a note; a table whose
 * pair cannot be decided is left out with its reason, never read from a guessed pair.
 */
function pkColumnsOfPeriod(
  tables: readonly SheetTable[],
  period: Period | null,
  notes: Issue[],
): SheetTable[] {
  const read: SheetTable[] = [];
  for (const t of tables) {
    const groups = pkGroupsOf(t, period?.year ?? t.period?.year);
    const choice = choosePkColumns(groups, period, { sheet: t.sheet.name, row: t.headerRow });
    if (choice.kind === 'as-recognised') read.push(t);
    else if (choice.kind === 'refused') notes.push(choice.issue);
    else {
      const { target, realisasi, label } = choice.group;
      const mapping = { ...t.mapping };
      for (const [field, index] of Object.entries(mapping) as [FieldId, number][])
        if (index === target || index === realisasi || field === 'capaian' || field === 'periode')
          delete mapping[field];
      mapping.target = target;
      mapping.realisasi = realisasi;
      read.push({ ...t, mapping });
      notes.push({
        code: 'PK_PERIOD_READ',
        params: {
          sheet: t.sheet.name,
          period: label,
          target: columnLetter(target + 1),
          realisasi: columnLetter(realisasi + 1),
        },
        at: where(t),
        severity: 'warning',
      });
    }
  }
  return read;
}

/**
 * The table with only the rows of the period scored: rows of other periods are left out (never averaged
 * into one verdict) and a row whose period cell cannot be read is left out too, each said once per table.
 */
function rowsOfPeriod(
  table: SheetTable,
  keys: readonly (string | null)[],
  chosenKey: string,
  chosen: Period,
  notes: Issue[],
  labels: ReadonlyMap<string, string>,
): SheetTable {
  const kept: number[] = [];
  const other: number[] = [];
  const unread: number[] = [];
  const otherKeys = new Set<string>();
  table.dataRows.forEach((row, i) => {
    const key = keys[i] ?? null;
    if (key === chosenKey) kept.push(row);
    else if (key === null) unread.push(row);
    else {
      other.push(row);
      otherKeys.add(key);
    }
  });
  if (other.length === 0 && unread.length === 0) return table;
  const column = columnLetter((table.mapping.periode ?? 0) + 1);
  if (other.length > 0)
    notes.push({
      code: 'SHEETS_ROWS_OTHER_PERIOD',
      params: {
        range: table.range,
        count: other.length,
        periods: [...otherKeys]
          .sort()
          .map((key) => labels.get(key) ?? key)
          .join(', '),
        chosen: periodLabel(chosen, 'id'),
      },
      at: { sheet: table.sheet.name, row: other[0] as number, column },
      severity: 'warning',
    });
  if (unread.length > 0)
    notes.push({
      code: 'SHEETS_ROWS_NO_PERIOD',
      params: { range: table.range, rows: rowList(unread), chosen: periodLabel(chosen, 'id') },
      at: { sheet: table.sheet.name, row: unread[0] as number, column },
      severity: 'warning',
    });
  const keptRows = new Set(kept);
  return { ...table, dataRows: kept, hiddenRows: table.hiddenRows.filter((r) => keptRows.has(r)) };
}

/** NIP columns keep what the user sees when Sheets stored them as numbers ("1,99003E+17"): the parser names it. */
const DISPLAY_FIELDS: readonly FieldId[] = ['nip', 'atasan_nip'];

const emptyTable = (sheet: string): RawTable => ({ sheet, columns: {}, rows: [] });

/** Fields whose header says the span of their numbers ("Target Tahunan", "Realisasi s.d. Bulan Ini"). */
const SPAN_FIELDS: readonly FieldId[] = ['target', 'realisasi'];

/** A cell as the core takes it: the number the sheet holds with its display, or the text shown. */
function cellOf(table: SheetTable, row: number, index: number): RawValue | undefined {
  const raw = table.snapshot.values[row - 1]?.[index];
  const display = (table.grid[row - 1]?.[index] ?? '').trim();
  if (typeof raw === 'number' && Number.isFinite(raw))
    return { number: raw, percent: display.endsWith('%'), text: display === '' ? String(raw) : display };
  return display === '' ? undefined : display;
}

/**
 * The headers that say whether targets are annual and realisasi cumulative, and the columns of each
 * period's own target ("Target TW I".."Target TW IV") with their cells: the core decides what they mean
 * under the policy (shared/score/prorate.ts).
 */
function addPeriodColumns(table: SheetTable, out: RawTable): void {
  const columns = table.recognition.recognition.columns;
  const headers: NonNullable<RawTable['headers']> = {};
  for (const field of SPAN_FIELDS) {
    const index = table.mapping[field];
    const label = columns.find((c) => c.index === index)?.label;
    if (index !== undefined && label) headers[field] = label;
  }
  if (Object.keys(headers).length > 0) out.headers = headers;
  const mapped = new Set(Object.values(table.mapping));
  const slots = periodTargetColumns(columns.filter((c) => !mapped.has(c.index)));
  if (slots.length === 0) return;
  out.periodTargetColumns = Object.fromEntries(
    slots.map((s) => [s.slot, { column: columnLetter(s.index + 1), header: s.label }]),
  );
  for (const row of out.rows) {
    const cells: Record<string, RawValue> = {};
    for (const s of slots) {
      const value = cellOf(table, row.row, s.index);
      if (value !== undefined) cells[s.slot] = value;
    }
    row.periodTargets = cells;
  }
}

/** One table as the core reads it: text per mapped field, rows as the user numbers them. */
function rawOf(table: SheetTable, book: SpreadsheetPort): RawTable {
  const out = toRawTable(table, (d) => book.isoDate(d));
  if (table.opd !== '') out.opd = table.opd;
  addPeriodColumns(table, out);
  for (const row of out.rows) {
    for (const field of DISPLAY_FIELDS) {
      const index = table.mapping[field];
      if (index === undefined) continue;
      const value = table.snapshot.values[row.row - 1]?.[index];
      if (typeof value === 'number') row.values[field] = (table.grid[row.row - 1]?.[index] ?? '').trim();
    }
  }
  return out;
}

/**
 * Several tables of one role as one RawTable: the first table's sheet and columns name the table, and
 * each row read from another table carries its own sheet and columns, so every problem still points at
 * its cell.
 */
function joined(tables: readonly SheetTable[], book: SpreadsheetPort): RawTable {
  const [first, ...rest] = tables.map((t) => rawOf(t, book));
  const out = first as RawTable;
  for (const more of rest) {
    const at = {
      sheet: more.sheet,
      columns: more.columns,
      ...(more.codeColumns ? { codeColumns: more.codeColumns } : {}),
      ...(more.dayColumns ? { dayColumns: more.dayColumns } : {}),
      ...(more.opd ? { opd: more.opd } : {}),
    };
    for (const row of more.rows) out.rows.push({ ...row, at });
  }
  return out;
}

/** The core's WorkbookInput from the tables read. */
export function toWorkbookInput(read: WorkbookRead, book: SpreadsheetPort): WorkbookInput {
  const raw = (role: Role): RawTable | undefined => {
    const tables = read.tables[role];
    return tables && tables.length > 0 ? joined(tables, book) : undefined;
  };
  const input: WorkbookInput = {
    employees: raw('employees') ?? emptyTable(ROLE_SHEET.employees),
    indicators: raw('indicators') ?? emptyTable(ROLE_SHEET.indicators),
  };
  for (const role of ROLES) {
    if (role === 'employees' || role === 'indicators') continue;
    const table = raw(role);
    if (table) input[role] = table;
  }
  // Supervisors' duties are judged at the period's end (a teguran within N days of it: the register).
  if (read.period) input.periodEnd = periodEnd(read.period);
  // Annual targets are prorated for the period, and its working days counted from the policy calendar.
  if (read.period) input.period = read.period;
  // Today in the spreadsheet's time zone: without a period, a register date after it is a typo, not the
  // date the duties are judged at (the core reads no clock).
  input.runDate = book.isoDate(new Date());
  return input;
}

/** The OPD the tables' titles name ("SKPD : Dinas ..."), when they all name the same one; null otherwise. */
export function opdOfTitles(all: readonly SheetTable[]): string | null {
  // With a saved mapping, a table it does not read names no OPD either.
  const found = all.some((t) => t.saved) ? all.filter((t) => t.saved) : all;
  const titled = new Set(found.map((f) => f.opd.replace(/\s+/g, ' ').trim()).filter((o) => o !== ''));
  return titled.size === 1 ? ([...titled][0] as string) : null;
}
