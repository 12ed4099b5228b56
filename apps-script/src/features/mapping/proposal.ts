import { FIELD_IDS, type FieldId, t, templateHeader } from '../../../../shared';
import { say } from '../../action';
import { isOwnedOutput } from '../../output/ownership';
import { columnLetter, type SpreadsheetPort } from '../../port/types';
import { ROLE_LABEL } from '../../role-labels';
import { rowList } from '../../workbook/cells';
import { readSheetTable, type SheetTable } from '../../workbook/read-table';
import { ROLES, type Role } from '../../workbook/roles';
import { loadSavedMapping } from '../../workbook/saved-mapping';

/** What the mapping sidebar shows for one column. */
export interface ColumnProposal {
  index: number;
  letter: string;
  label: string;
  field: FieldId | null;
  /** 0..1; 1 when the admin confirmed it. */
  confidence: number;
}

export interface SheetProposal {
  sheet: string;
  role: Role | null;
  headerRow: number;
  headerRowCount: number;
  dataRowCount: number;
  columns: ColumnProposal[];
  /** Indonesian remarks: hidden, blank and subtotal rows, extra columns, missing required columns. */
  notes: string[];
  saved: boolean;
}

export interface MappingProposal {
  sheets: SheetProposal[];
  fields: { id: FieldId; label: string }[];
  roles: { id: Role; label: string }[];
}

/** The remarks about one sheet the admin should know before confirming it. */
export function sheetNotes(table: SheetTable): string[] {
  const notes: string[] = [];
  if (!table.role) notes.push(say('SHEETS_MAPPING_UNKNOWN_ROLE'));
  for (const issue of table.recognition.recognition.issues) notes.push(t(issue.code, issue.params));
  if (table.hiddenRows.length > 0)
    notes.push(
      say('SHEETS_MAPPING_HIDDEN_ROWS', { count: table.hiddenRows.length, rows: rowList(table.hiddenRows) }),
    );
  if (table.blankRows.length > 0)
    notes.push(
      say('SHEETS_MAPPING_BLANK_ROWS', { count: table.blankRows.length, rows: rowList(table.blankRows) }),
    );
  if (table.subtotalRows.length > 0)
    notes.push(
      say('SHEETS_MAPPING_SUBTOTAL_ROWS', {
        count: table.subtotalRows.length,
        rows: rowList(table.subtotalRows),
      }),
    );
  const mapped = new Set(Object.values(table.mapping));
  const extra = table.recognition.recognition.columns
    .filter((c) => c.label !== '' && !mapped.has(c.index) && !c.aspectOf)
    .map((c) => `${columnLetter(c.index + 1)} ("${c.label}")`);
  if (extra.length > 0) notes.push(say('SHEETS_MAPPING_EXTRA_COLUMNS', { columns: extra.join(', ') }));
  return notes;
}

/** Reads every input sheet once and proposes (or shows the saved) mapping of each. */
export function proposeMapping(book: SpreadsheetPort): MappingProposal {
  const saved = loadSavedMapping(book);
  const sheets: SheetProposal[] = [];
  for (const sheet of book.listSheets()) {
    if (isOwnedOutput(sheet)) continue;
    const savedSheet = saved?.sheets.find((s) => s.sheet === sheet.name);
    const table = readSheetTable(sheet, { ...(savedSheet ? { saved: savedSheet } : {}), hiddenRows: true });
    const fieldOf = new Map<number, FieldId>();
    for (const [field, index] of Object.entries(table.mapping) as [FieldId, number][])
      fieldOf.set(index, field);
    const columns = table.recognition.recognition.columns.map(
      (c): ColumnProposal => ({
        index: c.index,
        letter: columnLetter(c.index + 1),
        label: c.label,
        field: fieldOf.get(c.index) ?? null,
        confidence: savedSheet && fieldOf.has(c.index) ? 1 : c.confidence,
      }),
    );
    sheets.push({
      sheet: sheet.name,
      role: table.role,
      headerRow: table.headerRow,
      headerRowCount: table.headerRowCount,
      dataRowCount: table.dataRows.length,
      columns,
      notes: sheetNotes(table),
      saved: savedSheet !== undefined,
    });
  }
  return {
    sheets,
    fields: FIELD_IDS.map((id) => ({ id, label: templateHeader(id) })),
    roles: ROLES.map((id) => ({ id, label: say(ROLE_LABEL[id]) })),
  };
}
