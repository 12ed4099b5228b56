import { say } from '../action';
import { linkToCell } from '../output/formulas';
import { PROBLEM_COLUMNS } from '../output/layout';
import type { OutputSheet } from '../output/sheet';
import { PROBLEMS_SHEET } from '../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../port/types';
import type { Problem } from './problems';

const WIDTHS = [120, 60, 60, 160, 520, 90, 70];

/** A link that selects the cell of the problem (column A when the problem is about a whole row). */
const link = (p: Problem): SheetCell =>
  p.sheetId === null || p.row === null
    ? ''
    : linkToCell(p.sheetId, p.column || 'A', p.row, say('SHEETS_CHECK_LINK'));

/** Sheet "Masalah Data": one row per problem, errors first, each with a link to its cell. */
export function problemRows(problems: readonly Problem[]): SheetCell[][] {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const rows: SheetCell[][] = [PROBLEM_COLUMNS.map((c) => say(c))];
  for (const p of sorted) {
    rows.push([
      p.sheet,
      p.row ?? '',
      p.column,
      p.value,
      p.message,
      say(p.severity === 'error' ? 'SHEETS_CHECK_KIND_ERROR' : 'SHEETS_CHECK_KIND_WARNING'),
      link(p),
    ]);
  }
  if (sorted.length === 0) rows.push([say('SHEETS_CHECK_NONE'), '', '', '', '', '', '']);
  return rows;
}

/**
 * "Masalah Data" as an output: the rows, then a frozen and coloured header and a filter over the list
 * (formatted after the values, as it always was).
 */
export function problemsSheet(rows: SheetCell[][]): OutputSheet {
  const width = PROBLEM_COLUMNS.length;
  const after: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: rangeRef(1, 1, 1, width) },
    { kind: 'background', range: rangeRef(1, 1, 1, width), colour: '#fce8e6' },
    { kind: 'wrap', range: rangeRef(2, 5, Math.max(1, rows.length - 1), 1) },
    ...WIDTHS.map((w, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width: w })),
  ];
  if (rows.length > 1) after.push({ kind: 'filter', range: rangeRef(1, 1, rows.length, width) });
  return { role: 'problems', name: PROBLEMS_SHEET, rows, formats: [], after };
}
