import {
  FIELD_IDS,
  type FieldId,
  parsePeriod,
  periodKey,
  periodLabel,
  templateHeader,
} from '../../../../shared';
import { say } from '../../action';
import { isOwnedOutput } from '../../output/ownership';
import { columnLetter, type SpreadsheetPort } from '../../port/types';
import { ROLE_LABEL } from '../../role-labels';
import { loadPolicy } from '../../settings/policy-store';
import { readSheet, type SheetTable } from '../../workbook/read-table';
import { ROLES, type Role } from '../../workbook/roles';
import { ignoredHeaders, isIgnoredTable, loadSavedMapping } from '../../workbook/saved-mapping';
import { tableNotes, unusedColumns } from '../../workbook/summary';

/** What the mapping sidebar shows for one column. */
export interface ColumnProposal {
  index: number;
  letter: string;
  label: string;
  field: FieldId | null;
  /** 0..1; 1 when the admin confirmed it. */
  confidence: number;
}

/** One table as the sidebar shows it (a sheet may hold several: each is mapped on its own). */
export interface SheetProposal {
  sheet: string;
  /** A1 range of the table in its sheet ("A8:AB64"). */
  range: string;
  /** Title lines above the header, '' when none. */
  title: string;
  /** The period and OPD named in the title rows, as the admin reads them ('' when none). */
  period: string;
  opd: string;
  role: Role | null;
  headerRow: number;
  headerRowCount: number;
  dataRowCount: number;
  columns: ColumnProposal[];
  /** Attendance code columns (TMK1, PKSW2...) and day columns (1..31) the table holds, as "D: TMK1". */
  codeColumns: string[];
  /** Indonesian remarks: hidden, blank and subtotal rows, extra columns, missing required columns. */
  notes: string[];
  saved: boolean;
}

export interface MappingProposal {
  sheets: SheetProposal[];
  /** The periods the tables' titles name (several are never combined: one is scored), latest last. */
  periods: { key: string; label: string }[];
  /** The period scored: the saved choice, else the latest; null when the tables name none. */
  period: string | null;
  fields: { id: FieldId; label: string }[];
  roles: { id: Role; label: string }[];
}

/** The remarks about one table the admin should know before confirming it. */
export function sheetNotes(table: SheetTable): string[] {
  const notes = tableNotes(table);
  const extra = unusedColumns(table);
  if (extra.length > 0) notes.push(say('SHEETS_MAPPING_EXTRA_COLUMNS', { columns: extra.join(', ') }));
  return notes;
}

/** Reads every input sheet once and proposes (or shows the saved) mapping of each table in it. */
export function proposeMapping(book: SpreadsheetPort): MappingProposal {
  const saved = loadSavedMapping(book);
  const attendanceCodes = Object.keys(loadPolicy(book).policy.discipline.codes);
  const sheets: SheetProposal[] = [];
  const periods = new Map<string, string>();
  for (const sheet of book.listSheets()) {
    if (isOwnedOutput(sheet)) continue;
    const savedHere = saved?.sheets.filter((s) => s.sheet === sheet.name) ?? [];
    const { tables, issues } = readSheet(sheet, { saved: savedHere, hiddenRows: true, attendanceCodes });
    // Why a saved table was not taken as confirmed, on the table at its header row (else the sheet's first).
    const refusals = new Map<SheetTable, string[]>();
    for (const issue of issues) {
      const table = tables.find((t) => t.headerRow === issue.at?.row) ?? tables[0];
      if (table) refusals.set(table, [...(refusals.get(table) ?? []), say(issue.code, issue.params)]);
    }
    for (const table of tables) {
      if (table.period) periods.set(periodKey(table.period), periodLabel(table.period, 'id'));
      const column = table.mapping.periode;
      if (column !== undefined)
        for (const r of table.dataRows) {
          const p = parsePeriod(table.grid[r - 1]?.[column] ?? '');
          if (p) periods.set(periodKey(p), periodLabel(p, 'id'));
        }
      // A saved table whose header no longer reads as confirmed is proposed afresh, never shown as 100 %.
      const savedTable = table.saved;
      const fieldOf = new Map<number, FieldId>();
      for (const [field, index] of Object.entries(table.mapping) as [FieldId, number][])
        fieldOf.set(index, field);
      const columns = table.recognition.recognition.columns.map(
        (c): ColumnProposal => ({
          index: c.index,
          letter: columnLetter(c.index + 1),
          label: c.label,
          field: fieldOf.get(c.index) ?? null,
          confidence: savedTable && fieldOf.has(c.index) ? 1 : c.confidence,
        }),
      );
      // A table the admin left on "abaikan" is shown so again, never proposed afresh to be saved with a role.
      const ignored = isIgnoredTable(saved, sheet.name, table.headerRow, () =>
        ignoredHeaders(table.grid, table.headerRow, table.headerRowCount),
      );
      sheets.push({
        sheet: sheet.name,
        range: table.range,
        title: table.title,
        period: table.period ? periodLabel(table.period, 'id') : table.periodText,
        opd: table.opd,
        role: ignored ? null : table.role,
        headerRow: table.headerRow,
        headerRowCount: table.headerRowCount,
        dataRowCount: table.dataRows.length,
        columns,
        codeColumns: [
          ...table.codeColumns.map((c) => `${columnLetter(c.index + 1)}: ${c.code}`),
          ...table.dayColumns.map((d) => `${columnLetter(d.index + 1)}: ${d.day}`),
        ],
        notes: [...(refusals.get(table) ?? []), ...sheetNotes(table)],
        saved: savedTable,
      });
    }
  }
  const keys = [...periods.keys()].sort();
  return {
    sheets,
    periods: keys.map((key) => ({ key, label: periods.get(key) ?? key })),
    period: saved?.period && periods.has(saved.period) ? saved.period : (keys.at(-1) ?? null),
    fields: FIELD_IDS.map((id) => ({ id, label: templateHeader(id) })),
    roles: ROLES.map((id) => ({ id, label: say(ROLE_LABEL[id]) })),
  };
}
