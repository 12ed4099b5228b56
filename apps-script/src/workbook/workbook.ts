import type { FieldId, RawTable, WorkbookInput } from '../../../shared/model';
import { isOwnedOutput } from '../output/ownership';
import type { SpreadsheetPort } from '../port/types';
import { readSheetTable, type SheetTable, toRawTable } from './read-table';
import { ROLE_SHEET, ROLES, type Role } from './roles';
import { loadSavedMapping } from './saved-mapping';

/** The input sheets found for each role, read once each. */
export interface WorkbookRead {
  tables: Partial<Record<Role, SheetTable>>;
  /** True when the admin confirmed the mapping; false when the proposal was used as is. */
  confirmed: boolean;
}

/**
 * Reads the input sheets: the saved mapping's sheets when there is one, else every sheet whose role
 * is recognised (the template's own sheet name wins when two sheets claim a role). A sheet the add-on
 * generated is never input (output/ownership.ts decides by the add-on's mark, not by the name, so the
 * admin's own sheet called "Hasil Pegawai" is read like any other).
 */
export function readWorkbook(book: SpreadsheetPort): WorkbookRead {
  const saved = loadSavedMapping(book);
  const tables: Partial<Record<Role, SheetTable>> = {};
  if (saved) {
    for (const s of saved.sheets) {
      const sheet = book.getSheet(s.sheet);
      if (sheet && !isOwnedOutput(sheet)) tables[s.role] = readSheetTable(sheet, { saved: s });
    }
    return { tables, confirmed: true };
  }
  for (const sheet of book.listSheets()) {
    if (isOwnedOutput(sheet)) continue;
    const table = readSheetTable(sheet);
    const role = table.role;
    if (!role) continue;
    const current = tables[role];
    if (!current || (sheet.name === ROLE_SHEET[role] && current.sheet.name !== ROLE_SHEET[role]))
      tables[role] = table;
  }
  return { tables, confirmed: false };
}

/** NIP columns keep what the user sees when Sheets stored them as numbers ("1,99003E+17"): the parser names it. */
const DISPLAY_FIELDS: readonly FieldId[] = ['nip', 'atasan_nip'];

const emptyTable = (sheet: string): RawTable => ({ sheet, columns: {}, rows: [] });

/** The core's WorkbookInput from the sheets read: text per mapped field, rows as the user numbers them. */
export function toWorkbookInput(read: WorkbookRead, book: SpreadsheetPort): WorkbookInput {
  const raw = (role: Role): RawTable | undefined => {
    const table = read.tables[role];
    if (!table) return undefined;
    const out = toRawTable(table, (d) => book.isoDate(d));
    for (const row of out.rows) {
      for (const field of DISPLAY_FIELDS) {
        const index = table.mapping[field];
        if (index === undefined) continue;
        const value = table.snapshot.values[row.row - 1]?.[index];
        if (typeof value === 'number') row.values[field] = (table.grid[row.row - 1]?.[index] ?? '').trim();
      }
    }
    return out;
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
  return input;
}
