import type { ColumnMapping, TableKind } from '../../../shared/columns';
import { recognizeTable, type TableRecognition } from '../../../shared/columns';
import type { FieldId, RawRow, RawTable } from '../../../shared/model';
import { columnLetter, type SheetPort, type SheetSnapshot } from '../port/types';
import { cellText, fillMerges, isBlankRow, isPercentDisplay, isSubtotalRow } from './cells';
import { type Role, roleFromSheetName } from './roles';
import type { SheetMapping } from './saved-mapping';

/** The table kind the core's column recognition should expect for each input role. */
export const ROLE_KIND: Record<Role, TableKind | undefined> = {
  employees: 'employees',
  indicators: 'realisasi',
  behaviour: 'behaviour',
  attendance: 'attendance',
  activities: 'activity',
  units: undefined,
  sakip: 'sakip',
};

const KIND_ROLE: Partial<Record<TableKind, Role>> = {
  employees: 'employees',
  realisasi: 'indicators',
  skp: 'indicators',
  behaviour: 'behaviour',
  attendance: 'attendance',
  activity: 'activities',
  sakip: 'sakip',
};

/** One sheet read once and understood: header, mapping, and which rows are data. */
export interface SheetTable {
  sheet: SheetPort;
  snapshot: SheetSnapshot;
  /** Display values with merged header cells filled, as the user sees them. */
  grid: string[][];
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
}

/** The role of a sheet: the saved one, else its name, else what its columns look like. */
function roleOf(name: string, recognition: TableRecognition): Role | null {
  return roleFromSheetName(name) ?? KIND_ROLE[recognition.recognition.guessedKind] ?? null;
}

export function readSheetTable(
  sheet: SheetPort,
  options: { saved?: SheetMapping; hiddenRows?: boolean } = {},
): SheetTable {
  const snapshot = sheet.read({ hiddenRows: options.hiddenRows ?? false });
  const grid = fillMerges(snapshot.display, snapshot.merges);
  const saved = options.saved;
  const first = recognizeTable(grid, saved ? { confirmed: saved.columns } : {});
  const role = saved?.role ?? roleOf(sheet.name, first);
  const expect = role ? ROLE_KIND[role] : undefined;
  // Recognise again with the expected kind so missing required columns are reported for that role.
  const recognition =
    expect && expect !== first.recognition.tableKind
      ? recognizeTable(grid, { ...(saved ? { confirmed: saved.columns } : {}), expect })
      : first;
  const headerStart = saved ? saved.headerRow - 1 : recognition.headerStart;
  const headerRowCount = saved ? saved.headerRowCount : recognition.headerRowCount;
  const firstData = saved ? headerStart + headerRowCount : recognition.firstDataRow;
  const mapping: ColumnMapping = saved ? saved.columns : recognition.recognition.mapping;
  const dataRows: number[] = [];
  const blankRows: number[] = [];
  const subtotalRows: number[] = [];
  let last = grid.length;
  while (last > firstData && isBlankRow(grid[last - 1] ?? [])) last--;
  for (let r = firstData; r < last; r++) {
    const row = grid[r] ?? [];
    if (recognition.numberingRow === r) continue;
    if (isBlankRow(row)) blankRows.push(r + 1);
    else if (isSubtotalRow(row)) subtotalRows.push(r + 1);
    else dataRows.push(r + 1);
  }
  const hidden = new Set(snapshot.hiddenRows);
  return {
    sheet,
    snapshot,
    grid,
    role,
    recognition,
    mapping,
    headerRow: headerStart + 1,
    headerRowCount,
    dataRows,
    blankRows,
    subtotalRows,
    hiddenRows: dataRows.filter((r) => hidden.has(r)),
  };
}

/** Builds the core's RawTable from a sheet table: one RawRow per data row, a value per mapped field. */
export function toRawTable(table: SheetTable, dateText: (d: Date) => string): RawTable {
  const entries = Object.entries(table.mapping) as [FieldId, number][];
  const columns: RawTable['columns'] = {};
  for (const [field, index] of entries) columns[field] = columnLetter(index + 1);
  const rows: RawRow[] = table.dataRows.map((row) => {
    const values: RawRow['values'] = {};
    for (const [field, index] of entries) {
      const raw = table.snapshot.values[row - 1]?.[index] ?? '';
      const display = table.grid[row - 1]?.[index] ?? '';
      const text = cellText(raw, display, dateText);
      if (text === '') continue;
      // A number is handed over as the number the sheet holds (a percent cell as its fraction), so the
      // core never reads back a text made from it; `text` serves fields still read as text.
      values[field] =
        typeof raw === 'number' && Number.isFinite(raw)
          ? { number: raw, percent: isPercentDisplay(display), text }
          : text;
    }
    return { row, values };
  });
  return { sheet: table.sheet.name, columns, rows };
}
