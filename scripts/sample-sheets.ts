/**
 * A WorkbookInput of raw strings (the bundled sample OPD, or a generated province) laid out as the
 * add-on's template lays out its sheets: the template's header row on row 1, one column per template
 * field in the template's order, data from row 2. Fields the template does not have get an extra
 * column with the vocabulary's template header. Used by `npm start`, the add-on tests and the bench.
 */
import { TEMPLATE } from '../apps-script/src/features/template/spec';
import { ROLE_SHEET, ROLES, type Role } from '../apps-script/src/workbook/roles';
import { templateHeader } from '../shared/columns';
import type { FieldId } from '../shared/model/fields';
import { type RawTable, rawText, type WorkbookInput } from '../shared/model/input';

export interface SheetGrid {
  name: string;
  rows: string[][];
}

function tableGrid(role: Role, table: RawTable): SheetGrid {
  const template = role === 'results' || role === 'pembinaan' ? [] : TEMPLATE[role];
  const fields: FieldId[] = template.map((c) => c.field);
  for (const row of table.rows)
    for (const field of Object.keys(row.values) as FieldId[]) if (!fields.includes(field)) fields.push(field);
  const rows: string[][] = [
    fields.map((f) => template.find((c) => c.field === f)?.header ?? templateHeader(f)),
  ];
  for (const row of table.rows) rows.push(fields.map((f) => rawText(row.values[f])));
  return { name: ROLE_SHEET[role], rows };
}

/** One grid per table present in the input, named as the template names its sheets. */
export function workbookGrids(input: WorkbookInput): SheetGrid[] {
  const grids: SheetGrid[] = [];
  for (const role of ROLES) {
    const table = input[role];
    if (table) grids.push(tableGrid(role, table));
  }
  return grids;
}
