import { say } from '../action';
import { plainText } from '../output/sheet';
import { type CellValue, type FormatOp, rangeRef, type SpreadsheetPort } from '../port/types';
import { PROBLEMS_SHEET } from '../workbook/roles';
import type { Problem } from './problems';

const HEADER_CODES = [
  'SHEETS_CHECK_COL_SHEET',
  'SHEETS_CHECK_COL_ROW',
  'SHEETS_CHECK_COL_COLUMN',
  'SHEETS_CHECK_COL_VALUE',
  'SHEETS_CHECK_COL_PROBLEM',
  'SHEETS_CHECK_COL_KIND',
  'SHEETS_CHECK_COL_LINK',
] as const;
const WIDTHS = [120, 60, 60, 160, 520, 90, 70];

/**
 * A link that selects the cell. Formulas written through the API use English syntax (comma separator)
 * whatever the spreadsheet's locale; the user sees =HYPERLINK(...; "Buka") in an Indonesian one.
 */
function link(p: Problem): CellValue {
  if (p.sheetId === null || p.row === null) return '';
  const range = p.column ? `${p.column}${p.row}` : `A${p.row}`;
  return `=HYPERLINK("#gid=${p.sheetId}&range=${range}","${say('SHEETS_CHECK_LINK')}")`;
}

/** Sheet "Masalah Data": one row per problem, errors first, each with a link to its cell. */
export function problemRows(problems: readonly Problem[]): CellValue[][] {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const rows: CellValue[][] = [HEADER_CODES.map((c) => say(c))];
  for (const p of sorted) {
    rows.push([
      plainText(p.sheet),
      p.row ?? '',
      p.column,
      plainText(p.value),
      plainText(p.message),
      say(p.severity === 'error' ? 'SHEETS_CHECK_KIND_ERROR' : 'SHEETS_CHECK_KIND_WARNING'),
      link(p),
    ]);
  }
  if (sorted.length === 0) rows.push([say('SHEETS_CHECK_NONE'), '', '', '', '', '', '']);
  return rows;
}

/** Regenerates sheet "Masalah Data" in one write; the only sheet this action touches. */
export function writeProblems(book: SpreadsheetPort, rows: CellValue[][]): void {
  const existing = book.getSheet(PROBLEMS_SHEET);
  if (existing) existing.clear();
  const sheet = existing ?? book.createSheet(PROBLEMS_SHEET);
  sheet.writeTable(1, 1, rows);
  const width = HEADER_CODES.length;
  const ops: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: rangeRef(1, 1, 1, width) },
    { kind: 'background', range: rangeRef(1, 1, 1, width), colour: '#fce8e6' },
    { kind: 'wrap', range: rangeRef(2, 5, Math.max(1, rows.length - 1), 1) },
    ...WIDTHS.map((w, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width: w })),
  ];
  if (rows.length > 1) ops.push({ kind: 'filter', range: rangeRef(1, 1, rows.length, width) });
  sheet.format(ops);
}
