import { type FieldId, periodLabel, t, templateHeader } from '../../../shared';
import { columnLetter } from '../port/types';
import { ROLE_LABEL } from '../role-labels';
import { rowList } from './cells';
import type { SheetTable } from './read-table';
import type { WorkbookRead } from './workbook';

/** One recognised field of a table, as the admin reads it: "nip: B (100%)". */
export interface FieldFound {
  field: FieldId;
  letter: string;
  label: string;
  confidence: number;
}

/** What Nilai Kerja understood of one table: the recognition report's line (Periksa data, npm start). */
export interface TableSummary {
  sheet: string;
  sheetId: number;
  range: string;
  headerRow: number;
  /** The role's label ("Absensi"), or '' when the kind of data was not recognised. */
  kind: string;
  title: string;
  period: string;
  opd: string;
  dataRows: number;
  fields: FieldFound[];
  /** Attendance code columns and day columns ("J: TMK1"). */
  codes: string[];
  /** Labelled columns that mean nothing known ("E (Ess)"). */
  unused: string[];
  /** True when the table is read by Hitung nilai. */
  used: boolean;
  /** Remarks: blank, total and hidden rows; issues of the header. */
  notes: string[];
}

const fieldsOf = (table: SheetTable): FieldFound[] => {
  const byIndex = new Map(table.recognition.recognition.columns.map((c) => [c.index, c]));
  return (Object.entries(table.mapping) as [FieldId, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([field, index]) => {
      const column = byIndex.get(index);
      return {
        field,
        letter: columnLetter(index + 1),
        label: column?.label ?? '',
        confidence: column?.confirmed ? 1 : (column?.confidence ?? 1),
      };
    });
};

/** The remarks about one table the admin should know before trusting it. */
export function tableNotes(table: SheetTable): string[] {
  const notes: string[] = [];
  if (!table.role) notes.push(t('SHEETS_MAPPING_UNKNOWN_ROLE'));
  for (const issue of table.recognition.recognition.issues) notes.push(t(issue.code, issue.params));
  if (table.hiddenRows.length > 0)
    notes.push(
      t('SHEETS_MAPPING_HIDDEN_ROWS', { count: table.hiddenRows.length, rows: rowList(table.hiddenRows) }),
    );
  if (table.blankRows.length > 0)
    notes.push(
      t('SHEETS_MAPPING_BLANK_ROWS', { count: table.blankRows.length, rows: rowList(table.blankRows) }),
    );
  for (const g of table.guesses)
    notes.push(
      t('SHEETS_MAPPING_GUESS', {
        column: columnLetter(g.index + 1),
        label: g.label,
        field: templateHeader(g.field),
        confidence: Math.round(g.confidence * 100),
      }),
    );
  if (table.subtotalRows.length > 0)
    notes.push(
      t('SHEETS_MAPPING_SUBTOTAL_ROWS', {
        count: table.subtotalRows.length,
        rows: rowList(table.subtotalRows),
      }),
    );
  return notes;
}

/** The columns of a table that carry a label but are not read: shown so the admin can map them. */
export function unusedColumns(table: SheetTable): string[] {
  const mapped = new Set<number>([
    ...Object.values(table.mapping),
    ...table.codeColumns.map((c) => c.index),
    ...table.dayColumns.map((d) => d.index),
  ]);
  return table.recognition.recognition.columns
    .filter((c) => c.label !== '' && !mapped.has(c.index) && !c.aspectOf)
    .map((c) => `${columnLetter(c.index + 1)} ("${c.label}")`);
}

/** Every table found in the workbook, what it was taken for and whether Hitung nilai reads it. */
export function summariseTables(read: WorkbookRead): TableSummary[] {
  // By key: a table read for one period only is a copy holding that period's rows.
  const used = new Set(Object.values(read.tables).flatMap((tables) => (tables ?? []).map((t) => t.key)));
  return read.found.map((table) => ({
    sheet: table.sheet.name,
    sheetId: table.sheet.id,
    range: table.range,
    headerRow: table.headerRow,
    kind: table.lke ? t('SHEETS_ROLE_SAKIP_WORKBOOK') : table.role ? t(ROLE_LABEL[table.role]) : '',
    title: table.title,
    period: table.period ? periodLabel(table.period, 'id') : table.periodText,
    opd: table.opd,
    dataRows: table.dataRows.length,
    // An LKE/KKE sheet is read whole by Evaluasi SAKIP: its columns are not mapped one by one.
    fields: table.lke ? [] : fieldsOf(table),
    codes: [
      ...table.codeColumns.map((c) => `${columnLetter(c.index + 1)}: ${c.code}`),
      ...table.dayColumns.map((d) => `${columnLetter(d.index + 1)}: ${d.day}`),
    ],
    unused: table.lke ? [] : unusedColumns(table),
    used: used.has(table.key),
    notes: tableNotes(table),
  }));
}
