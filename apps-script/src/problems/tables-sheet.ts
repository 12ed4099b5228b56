import { say } from '../action';
import { linkToCell } from '../output/formulas';
import { TABLE_COLUMNS } from '../output/layout';
import type { OutputSheet } from '../output/sheet';
import { TABLES_SHEET } from '../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../port/types';
import type { TableSummary } from '../workbook/summary';

const WIDTHS = [110, 80, 150, 200, 90, 160, 60, 320, 160, 200, 60, 320, 60];

/** "nip: B (100%)", the way the mapping sidebar shows a column's field and confidence. */
export const fieldText = (f: TableSummary['fields'][number]): string =>
  `${f.field}: ${f.letter} (${Math.round(f.confidence * 100)}%)`;

/** Sheet "Tabel Terbaca": what was understood of each table, so the admin can check it before trusting a verdict. */
export function tableRows(tables: readonly TableSummary[]): SheetCell[][] {
  const rows: SheetCell[][] = [TABLE_COLUMNS.map((c) => say(c))];
  for (const table of tables) {
    rows.push([
      table.sheet,
      table.range,
      table.kind || say('SHEETS_TABLES_KIND_UNKNOWN'),
      table.title,
      table.period,
      table.opd,
      table.dataRows,
      table.fields.map(fieldText).join('; '),
      table.codes.join('; '),
      table.unused.join('; '),
      say(table.used ? 'SHEETS_TABLES_READ_YES' : 'SHEETS_TABLES_READ_NO'),
      table.notes.join(' '),
      linkToCell(table.sheetId, 'A', table.headerRow, say('SHEETS_CHECK_LINK')),
    ]);
  }
  if (tables.length === 0) rows.push([say('SHEETS_TABLES_NONE'), ...TABLE_COLUMNS.slice(1).map(() => '')]);
  return rows;
}

export function tablesSheet(rows: SheetCell[][]): OutputSheet {
  const width = TABLE_COLUMNS.length;
  const after: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: rangeRef(1, 1, 1, width) },
    { kind: 'background', range: rangeRef(1, 1, 1, width), colour: '#e8f0fe' },
    { kind: 'wrap', range: rangeRef(2, 8, Math.max(1, rows.length - 1), 5) },
    ...WIDTHS.map((w, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width: w })),
  ];
  if (rows.length > 1) after.push({ kind: 'filter', range: rangeRef(1, 1, rows.length, width) });
  return { role: 'tables', name: TABLES_SHEET, rows, formats: [], after };
}
