import type { ColumnMapping, FoundTable, TableKind, TableRecognition } from '../../../shared/columns';
import { findTables, recognizeColumns, recognizeTable, templateHeader } from '../../../shared/columns';
import type { Issue } from '../../../shared/core';
import type { FieldId, RawRow, RawTable } from '../../../shared/model';
import { findPeriodInText, type Period, parsePeriod, periodLabel } from '../../../shared/parse';
import { columnLetter, type SheetPort, type SheetSnapshot } from '../port/types';
import { cellText, fillMerges, isBlankRow, isPercentDisplay, isSubtotalRow } from './cells';
import { outputNamed } from './copied-output';
import { type Role, roleFromSheetName, roleOfTemplateName } from './roles';
import { headerChanges, headerLabels, keptHeaders, type SheetMapping } from './saved-mapping';

/** The table kind the core's column recognition should expect for each input role. */
export const ROLE_KIND: Record<Role, TableKind | undefined> = {
  employees: 'employees',
  indicators: 'realisasi',
  results: 'recap',
  behaviour: 'behaviour',
  attendance: 'attendance',
  activities: 'activity',
  units: undefined,
  sakip: 'sakip',
  // A Perjanjian Kinerja has no kind of its own: recognised by its sheet name or by isPkHeader.
  pk: undefined,
  pembinaan: 'pembinaan',
};

const KIND_ROLE: Partial<Record<TableKind, Role>> = {
  employees: 'employees',
  realisasi: 'indicators',
  skp: 'indicators',
  recap: 'results',
  behaviour: 'behaviour',
  attendance: 'attendance',
  activity: 'activities',
  sakip: 'sakip',
  pembinaan: 'pembinaan',
};

/** One table found in a sheet, read once and understood: header, mapping, which rows are data. */
export interface SheetTable {
  sheet: SheetPort;
  snapshot: SheetSnapshot;
  /** Display values with merged header cells filled, as the user sees them (shared by the sheet's tables). */
  grid: string[][];
  /** Stable name of the table for its saved mapping and for messages: sheet name and header row. */
  key: string;
  /** A1 range the table covers, header to last data row ("A8:AB64"). */
  range: string;
  role: Role | null;
  recognition: TableRecognition;
  mapping: ColumnMapping;
  /** 1-based row numbers. */
  headerRow: number;
  headerRowCount: number;
  dataRows: number[];
  blankRows: number[];
  subtotalRows: number[];
  hiddenRows: number[];
  /** Title lines above the header ("REKAPITULASI KEHADIRAN PEGAWAI"), '' when none. */
  title: string;
  /** Period and OPD named in the title rows ("Periode : Mei 2024", "SKPD : Dinas ..."). */
  period: Period | null;
  periodText: string;
  opd: string;
  /** Columns proposed with a confidence below GUESS_BELOW: not read until confirmed. */
  guesses: ColumnGuess[];
  /**
   * True when the admin's saved mapping gives this table its role and columns, its header checked to still
   * read as confirmed; false for a table only proposed (no mapping, or one refused by checkSaved).
   */
  saved: boolean;
  /** True when the sheet is an LKE/KKE (read whole by Evaluasi SAKIP, not by Hitung nilai). */
  lke: boolean;
  /** Column -> attendance code or day of month (a recap's code columns, a daily matrix's day columns). */
  codeColumns: { index: number; code: string }[];
  dayColumns: { index: number; day: number }[];
}

/**
 * Below this confidence a proposed column is a guess: it is not read until the admin confirms it in the
 * mapping sidebar ("Target / Jumlah" is not an attendance field; "KODE" in an LKE is not an attendance
 * code). The sidebar marks columns below 75 % as uncertain; these are not even proposed.
 */
export const GUESS_BELOW = 0.65;

/** A column recognition proposed with too little confidence to be read unconfirmed. */
export interface ColumnGuess {
  index: number;
  field: FieldId;
  label: string;
  confidence: number;
}

/** The key of a table: its sheet and 1-based header row. */
export const tableKey = (sheet: string, headerRow: number): string => `${sheet}!${headerRow}`;

/**
 * The role of a table (the saved one is applied by the caller): a sheet named exactly as the template
 * names it, else what its columns are, else a hint in the sheet's name ("Rekap Absen") when the sheet holds
 * one table. Columns win over hints: "Kinerja Pegawai" holding % capaian and predikat is a results table.
 *
 * A name the add-on gives its outputs ("Hasil Pegawai", "hasil pegawai", "Salinan Hasil Pegawai";
 * copied-output.ts outputNamed) is no hint for a role its columns can show: the admin's own NIP | Nama
 * notes in "Hasil Pegawai" would otherwise be the employee list, and every person missing from it would
 * go unscored. Only the roles that no columns reveal (the unit list, the Perjanjian Kinerja) still take
 * it, so an admin's unit list renamed "Hasil Unit" is read as before. workbook.ts says which sheet a name
 * no longer gives a role.
 */
function roleOf(name: string, recognition: TableRecognition, alone: boolean): Role | null {
  const byColumns = pkOrIndicators(
    KIND_ROLE[recognition.recognition.guessedKind],
    recognition.recognition.mapping,
  );
  if (!alone) return byColumns;
  const byName = roleOfTemplateName(name) ?? byColumns ?? roleFromSheetName(name);
  if (byName !== byColumns && byName && ROLE_KIND[byName] !== undefined && outputNamed(name)) return null;
  return byName;
}

/** Who a row is about: an indicators table names its employee, a Perjanjian Kinerja only its unit. */
const PERSON_FIELDS: readonly FieldId[] = ['nip', 'nama', 'nama_nip'];

/**
 * An indicator table that names no person but a unit or a sasaran strategis is the units' Perjanjian
 * Kinerja (IKU, target, realisasi per unit), not employees' indicators.
 */
function pkOrIndicators(role: Role | undefined, mapping: ColumnMapping): Role | null {
  if (role !== 'indicators') return role ?? null;
  const person = PERSON_FIELDS.some((f) => mapping[f] !== undefined);
  const unit = mapping.unit !== undefined || mapping.sasaran_strategis !== undefined;
  return !person && unit ? 'pk' : role;
}

/**
 * A table from a header the finder did not give: its rows from `firstDataRow` to `end` (trailing blank
 * rows excluded) sorted into data, blank and total rows, without title or signature.
 */
function tableFrom(
  grid: readonly (readonly string[])[],
  header: Omit<TableRecognition, 'dataEnd'>,
  end: number,
): FoundTable {
  const { firstDataRow, numberingRow } = header;
  const dataRows: number[] = [];
  const blankRows: number[] = [];
  const totalRows: number[] = [];
  let last = Math.min(end, grid.length);
  while (last > firstDataRow && isBlankRow(grid[last - 1] ?? [])) last--;
  for (let r = firstDataRow; r < last; r++) {
    const row = grid[r] ?? [];
    if (numberingRow === r) continue;
    if (isBlankRow(row)) blankRows.push(r);
    else if (isSubtotalRow(row)) totalRows.push(r);
    else dataRows.push(r);
  }
  return {
    ...header,
    dataEnd: last,
    end: last,
    dataRows,
    totalRows,
    blankRows,
    title: '',
    meta: { rows: [] },
    signatureRows: [],
    kind: header.recognition.tableKind,
  };
}

/** A table the admin confirmed at a header row the finder did not see (or a sheet with one table). */
function savedTable(grid: readonly (readonly string[])[], saved: SheetMapping, end: number): FoundTable {
  const headerStart = saved.headerRow - 1;
  const headerRows = grid.slice(headerStart, headerStart + saved.headerRowCount);
  const recognition = recognizeColumns(headerRows, { confirmed: saved.columns });
  const firstDataRow = headerStart + saved.headerRowCount;
  return tableFrom(
    grid,
    { headerStart, headerRowCount: saved.headerRowCount, firstDataRow, recognition },
    end,
  );
}

/** The whole sheet as one table, as the add-on read every sheet before it looked for tables inside. */
function wholeSheet(grid: readonly (readonly string[])[]): FoundTable {
  const table = recognizeTable(grid);
  return tableFrom(grid, table, table.dataEnd);
}

function a1Range(firstRow: number, lastRow: number, width: number): string {
  return `A${firstRow}:${columnLetter(Math.max(1, width))}${Math.max(firstRow, lastRow)}`;
}

/**
 * Why a saved table cannot be read with its saved columns, or [] (warnings only: it still is). The mapping
 * names columns by position, so a column swapped, inserted or moved since it was confirmed would be read
 * as another field without a word: each mapped column's header must still read as the label kept with it
 * (saved-mapping.ts headerChanges, the rule "Impor pemetaan" applies too), and the header row must not be
 * blank (a row inserted above the table). A mapping saved before labels were kept is checked as far as it
 * can be: a mapped column now headed as another mapped field is refused, and the admin is asked to
 * confirm the mapping again.
 */
function checkSaved(
  grid: readonly (readonly string[])[],
  saved: SheetMapping,
  sheet: string,
  codes: { attendanceCodes?: readonly string[] },
): Issue[] {
  const start = saved.headerRow - 1;
  const headerRows = grid.slice(start, start + saved.headerRowCount);
  const row = saved.headerRow;
  if (headerRows.every((r) => isBlankRow(r)))
    return [
      {
        code: 'SHEETS_MAPPING_HEADER_ROW_BLANK',
        params: { sheet, row },
        at: { sheet, row },
        severity: 'error',
      },
    ];
  const kept = keptHeaders(saved);
  if (kept)
    return headerChanges(kept, headerLabels(grid, saved.headerRow, saved.headerRowCount)).map((c) => {
      const column = columnLetter(c.index + 1);
      const params = { sheet, row, column, field: templateHeader(c.field), expected: c.expected };
      return c.actual.trim() === ''
        ? { code: 'SHEETS_MAPPING_HEADER_NOW_EMPTY', params, at: { sheet, row, column }, severity: 'error' }
        : {
            code: 'SHEETS_MAPPING_HEADER_CHANGED',
            params: { ...params, actual: c.actual },
            at: { sheet, row, column },
            severity: 'error',
          };
    });
  const columns = recognizeColumns(headerRows, codes).columns;
  const issues: Issue[] = [];
  for (const [field, index] of Object.entries(saved.columns) as [FieldId, number][]) {
    const now = columns.find((c) => c.index === index);
    const other = now?.field;
    if (
      !now ||
      !other ||
      other === field ||
      saved.columns[other] === undefined ||
      now.confidence < GUESS_BELOW
    )
      continue;
    const column = columnLetter(index + 1);
    issues.push({
      code: 'SHEETS_MAPPING_HEADER_OTHER_FIELD',
      params: {
        sheet,
        row,
        column,
        field: templateHeader(field),
        actual: now.label,
        other: templateHeader(other),
      },
      at: { sheet, row, column },
      severity: 'error',
    });
  }
  if (issues.length > 0) return issues;
  return [
    { code: 'SHEETS_MAPPING_NO_HEADERS', params: { sheet, row }, at: { sheet, row }, severity: 'warning' },
  ];
}

/** The tables of one sheet, and what its saved mapping's check found (checkSaved). */
export interface SheetRead {
  tables: SheetTable[];
  /** Errors: a saved table not read with its saved columns. Warnings: a saved table read but worth confirming. */
  issues: Issue[];
}

/** The tables of a sheet (readSheet), without the check of its saved mapping. */
export function readSheetTables(sheet: SheetPort, options: ReadOptions = {}): SheetTable[] {
  return readSheet(sheet, options).tables;
}

export interface ReadOptions {
  saved?: readonly SheetMapping[];
  hiddenRows?: boolean;
  /** The written attendance codes the policy knows (discipline.codes): their columns are code columns. */
  attendanceCodes?: readonly string[];
}

/**
 * Reads a sheet once and finds every table in it (title rows, stacked tables, signature blocks: see
 * shared/columns/tables.ts). A saved mapping names its table by header row; its columns are forced and
 * its role kept, once checkSaved finds its header still as confirmed (a refused one leaves the tables
 * found as they are, to be confirmed again). Each table is recognised again with the kind its role expects, so missing required
 * columns are reported for that role.
 */
export function readSheet(sheet: SheetPort, options: ReadOptions = {}): SheetRead {
  const snapshot = sheet.read({ hiddenRows: options.hiddenRows ?? false });
  const grid = fillMerges(snapshot.display, snapshot.merges);
  const codes = options.attendanceCodes ? { attendanceCodes: options.attendanceCodes } : {};
  const found = findTables(grid, codes);
  // A sheet in which no table was found is still offered as one, from its first non-blank row: the admin can
  // map it, and a sheet named for a role ("Pegawai") gets its missing columns reported.
  if (found.length === 0 && grid.some((row) => !isBlankRow(row))) found.push(wholeSheet(grid));
  const issues: Issue[] = [];
  const saved: SheetMapping[] = [];
  for (const s of options.saved ?? []) {
    const check = checkSaved(grid, s, sheet.name, codes);
    issues.push(...check);
    if (!check.some((i) => i.severity === 'error')) saved.push(s);
  }
  // A saved table replaces the found table at its header row (or, in a one-table sheet, the only one).
  for (const s of saved) {
    const at = found.findIndex((f) => f.headerStart === s.headerRow - 1);
    const index = at >= 0 ? at : found.length === 1 ? 0 : -1;
    const next = found.find((f) => f.headerStart > s.headerRow - 1);
    const table = savedTable(grid, s, next ? next.headerStart : grid.length);
    if (index >= 0) {
      const f = found[index] as FoundTable;
      found[index] = { ...table, title: f.title, meta: f.meta, signatureRows: f.signatureRows };
    } else found.push(table);
  }
  found.sort((a, b) => a.headerStart - b.headerStart);
  const alone = found.length === 1;
  const hidden = new Set(snapshot.hiddenRows);
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  // The one period the sheet's period lines name, when they name one (several: none is chosen for others).
  const linePeriods = new Map<string, Period>();
  for (const f of found)
    if (f.meta.period)
      linePeriods.set(`${f.meta.period.kind}${f.meta.period.year}-${f.meta.period.index}`, f.meta.period);
  const linePeriod = linePeriods.size === 1 ? [...linePeriods.values()][0] : undefined;
  const tables = found.map((f): SheetTable => {
    const savedHere = saved.find((s) => s.headerRow - 1 === f.headerStart);
    const headerRows = grid.slice(f.headerStart, f.headerStart + f.headerRowCount);
    const role = savedHere?.role ?? roleOf(sheet.name, f, alone);
    const expect = role ? ROLE_KIND[role] : undefined;
    const confirmed = savedHere ? { confirmed: savedHere.columns } : {};
    const recognition =
      expect && expect !== f.recognition.tableKind
        ? recognizeColumns(headerRows, { ...confirmed, ...codes, expect })
        : f.recognition;
    const dataRows = f.dataRows.map((r) => r + 1);
    const { mapping, guesses } = savedHere
      ? { mapping: savedHere.columns, guesses: [] }
      : withoutGuesses(recognition.mapping, recognition.columns);
    // A loop, not Math.max(...rows): a table of a few hundred thousand rows would overflow the stack.
    let lastRow = f.headerStart + f.headerRowCount;
    for (const r of dataRows) if (r > lastRow) lastRow = r;
    for (const r of f.totalRows) if (r + 1 > lastRow) lastRow = r + 1;
    return {
      sheet,
      snapshot,
      grid,
      key: tableKey(sheet.name, f.headerStart + 1),
      range: a1Range(f.headerStart + 1, lastRow, width),
      role,
      recognition: { ...f, recognition },
      mapping,
      guesses,
      saved: savedHere !== undefined,
      lke: false,
      headerRow: f.headerStart + 1,
      headerRowCount: f.headerRowCount,
      dataRows,
      blankRows: f.blankRows.map((r) => r + 1),
      subtotalRows: f.totalRows.map((r) => r + 1),
      hiddenRows: dataRows.filter((r) => hidden.has(r)),
      title: f.title,
      // The title's period; else the one period the sheet's other tables' lines name (a sheet renamed
      // "Juni 2024" over lines saying Mei 2024 keeps its small tables in May, as the warning below says);
      // else the sheet's name ("Jan 2025", "Rekap Mei 2024").
      period: f.meta.period ?? linePeriod ?? parsePeriod(sheet.name),
      periodText: f.meta.periodText ?? '',
      opd: f.meta.opd ?? '',
      codeColumns: recognition.codeColumns ?? [],
      dayColumns: recognition.dayColumns ?? [],
    };
  });
  issues.push(...sheetNamePeriodNotes(sheet.name, grid, found, tables));
  return { tables, issues };
}

const MONTHS: Readonly<Record<Period['kind'], number>> = { month: 1, quarter: 3, semester: 6, year: 12 };

/** Whether `inner`'s months all lie in `outer` (the same period, or one inside it). */
function within(inner: Period, outer: Period): boolean {
  const [a, b] = [MONTHS[inner.kind], MONTHS[outer.kind]];
  return (
    inner.year === outer.year &&
    (outer.index - 1) * b <= (inner.index - 1) * a &&
    inner.index * a <= outer.index * b
  );
}

/**
 * A table whose period line names another period than its sheet's name ("SKP Maret 2025" over "Bulan :
 * Februari 2025") is scored by its period line (docs/rules.md Evaluation periods), and the conflict is said
 * at that line, naming both, once per sheet and period: which one the admin meant is not guessed. A name
 * naming a span around the line's period ("SKP 2025" over "Bulan : Maret 2025") is no conflict.
 */
function sheetNamePeriodNotes(
  name: string,
  grid: readonly (readonly string[])[],
  found: readonly FoundTable[],
  tables: readonly SheetTable[],
): Issue[] {
  // Read anywhere in the name, as the admin reads it ("SKP Maret 2025"); a name naming a range or several
  // periods names none.
  const reading = findPeriodInText(name);
  if (reading.status !== 'one') return [];
  const named = reading.period;
  const notes: Issue[] = [];
  const seen = new Set<string>();
  found.forEach((f, i) => {
    const period = f.meta.period;
    if (!tables[i]?.role || !period || within(period, named)) return;
    const key = `${period.kind}${period.year}-${period.index}`;
    if (seen.has(key)) return;
    seen.add(key);
    // The line that names the period (its text holds what was read), else the table's header row.
    const shown = f.meta.periodText ?? '';
    const line = f.meta.rows.find((r) => shown !== '' && (grid[r] ?? []).join(' ').includes(shown));
    notes.push({
      code: 'PERIOD_SHEET_NAME_OTHER',
      params: { sheet: name, named: periodLabel(named, 'id'), period: periodLabel(period, 'id') },
      at: { sheet: name, row: (line ?? f.headerStart) + 1 },
      severity: 'warning',
    });
  });
  return notes;
}

/** The proposed mapping without the columns below GUESS_BELOW, and those columns. */
function withoutGuesses(
  proposed: ColumnMapping,
  columns: readonly { index: number; label: string; confidence: number }[],
): { mapping: ColumnMapping; guesses: ColumnGuess[] } {
  const mapping: ColumnMapping = {};
  const guesses: ColumnGuess[] = [];
  for (const [field, index] of Object.entries(proposed) as [FieldId, number][]) {
    const column = columns.find((c) => c.index === index);
    const confidence = column?.confidence ?? 1;
    if (confidence >= GUESS_BELOW) mapping[field] = index;
    else guesses.push({ index, field, label: column?.label ?? '', confidence });
  }
  return { mapping, guesses };
}

/** The value the core gets for one cell: the number a sheet holds (a percent cell as its fraction), else text. */
function rawValue(table: SheetTable, row: number, index: number, dateText: (d: Date) => string) {
  const raw = table.snapshot.values[row - 1]?.[index] ?? '';
  const display = table.grid[row - 1]?.[index] ?? '';
  const text = cellText(raw, display, dateText);
  if (text === '') return undefined;
  // A number is handed over as the number the sheet holds, so the core never reads back a text made from it;
  // `text` serves fields still read as text.
  return typeof raw === 'number' && Number.isFinite(raw)
    ? { number: raw, percent: isPercentDisplay(display), text }
    : text;
}

/** Builds the core's RawTable from a sheet table: one RawRow per data row, a value per mapped field. */
export function toRawTable(table: SheetTable, dateText: (d: Date) => string): RawTable {
  const entries = Object.entries(table.mapping) as [FieldId, number][];
  const columns: RawTable['columns'] = {};
  for (const [field, index] of entries) columns[field] = columnLetter(index + 1);
  const codes = table.codeColumns;
  const days = table.dayColumns;
  const rows: RawRow[] = table.dataRows.map((row) => {
    const values: RawRow['values'] = {};
    for (const [field, index] of entries) {
      const value = rawValue(table, row, index, dateText);
      if (value !== undefined) values[field] = value;
    }
    const out: RawRow = { row, values };
    if (codes.length > 0) {
      const byCode: NonNullable<RawRow['codes']> = {};
      for (const c of codes) {
        const value = rawValue(table, row, c.index, dateText);
        if (value !== undefined) byCode[c.code] = value;
      }
      out.codes = byCode;
    }
    if (days.length > 0) {
      const byDay: NonNullable<RawRow['days']> = [];
      for (const d of days) byDay[d.day - 1] = rawValue(table, row, d.index, dateText);
      out.days = byDay;
    }
    return out;
  });
  const raw: RawTable = { sheet: table.sheet.name, columns, rows };
  if (codes.length > 0)
    raw.codeColumns = Object.fromEntries(codes.map((c) => [c.code, columnLetter(c.index + 1)]));
  if (days.length > 0)
    raw.dayColumns = Object.fromEntries(days.map((d) => [d.day, columnLetter(d.index + 1)]));
  return raw;
}
