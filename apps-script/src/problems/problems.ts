import {
  defaultPolicy,
  formatIssue,
  hasResultData,
  type Issue,
  type OrganisationResult,
  type Policy,
  scoreOrganisation,
  t,
  templateHeader,
  type WorkbookInput,
} from '../../../shared';
import { say } from '../action';
import { columnLetter, type SpreadsheetPort } from '../port/types';
import { ROLE_LABEL } from '../role-labels';
import type { SheetTable } from '../workbook/read-table';
import { ROLE_SHEET, type Role } from '../workbook/roles';
import { readWorkbook, toWorkbookInput, type WorkbookRead } from '../workbook/workbook';

/** One line of sheet "Masalah Data". Row and column are empty for a problem about a whole sheet. */
export interface Problem {
  sheet: string;
  sheetId: number | null;
  row: number | null;
  column: string;
  value: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Roles whose tables name the people a verdict is about (a roster, or any list with NIPs). */
const PEOPLE_ROLES: readonly Role[] = ['employees', 'results', 'indicators', 'attendance', 'behaviour'];

const columnIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/**
 * Every problem of the input sheets: sheets or columns that are missing, then every cell the core
 * pipeline cannot read (it validates each value with the core parsers and places the issue), with the
 * value the user sees in that cell.
 */
export function collectProblems(book: SpreadsheetPort, policy: Policy = defaultPolicy()): Problem[] {
  return problemsOfRead(readWorkbook(book, { policy }), book, policy);
}

/** The same, on sheets already read (the action also needs to know whether the mapping was confirmed). */
export function problemsOfRead(read: WorkbookRead, book: SpreadsheetPort, policy: Policy): Problem[] {
  const input = toWorkbookInput(read, book);
  const problems = readProblems(read, input);
  if (!hasPeople(read)) return problems;

  const result = scoreOrganisation(input, policy);
  return [...problems, ...resultProblems(read, result)];
}

/** True when some table names the people to score (a roster, or a recap with NIPs). */
export const hasPeople = (read: WorkbookRead): boolean =>
  PEOPLE_ROLES.some((role) => read.tables[role]?.length);

const sheetOf = (read: WorkbookRead, roles: readonly Role[]): string =>
  roles
    .flatMap((role) => read.tables[role] ?? [])
    .map((t) => `${t.sheet.name}!${t.range}`)
    .join(', ');

const wholeWorkbook = (message: string, severity: Problem['severity']): Problem => ({
  sheet: '',
  sheetId: null,
  row: null,
  column: '',
  value: '',
  message,
  severity,
});

/**
 * Problems found while reading: what the workbook lacks for a full verdict (each action does what the
 * tables allow and says what a fuller verdict needs), tables left out, header issues of each table.
 * `input` is the same tables as the core reads them (toWorkbookInput), for the core's rules about them.
 */
export function readProblems(read: WorkbookRead, input: WorkbookInput): Problem[] {
  const problems: Problem[] = [];
  const lke = read.found.some((table) => table.lke);
  if (!hasPeople(read) && lke) problems.push(wholeWorkbook(say('SHEETS_CHECK_LKE_ONLY'), 'warning'));
  else if (!hasPeople(read))
    problems.push(
      wholeWorkbook(
        say('SHEETS_CHECK_NO_PEOPLE', { sheet: ROLE_SHEET.employees, role: say(ROLE_LABEL.employees) }),
        'error',
      ),
    );
  else {
    if (!read.tables.employees?.length)
      problems.push(
        wholeWorkbook(say('SHEETS_CHECK_NO_ROSTER', { tables: sheetOf(read, PEOPLE_ROLES) }), 'warning'),
      );
    if (!hasResultData(input))
      problems.push(
        wholeWorkbook(say('SHEETS_CHECK_NO_RESULTS', { sheet: ROLE_SHEET.indicators }), 'warning'),
      );
    else if (!read.tables.indicators?.length)
      problems.push(
        wholeWorkbook(
          say('SHEETS_CHECK_EMPLOYEE_LEVEL', {
            tables: sheetOf(read, ['results']),
            sheet: ROLE_SHEET.indicators,
          }),
          'warning',
        ),
      );
  }
  for (const note of read.notes) problems.push(problemOf(note, tablesBySheet(read)));
  // A column proposed with little confidence is asked about, never guessed: the tables read say which.
  for (const table of Object.values(read.tables).flatMap((tables) => tables ?? []))
    for (const g of table.guesses)
      problems.push({
        sheet: table.sheet.name,
        sheetId: table.sheet.id,
        row: table.headerRow,
        column: columnLetter(g.index + 1),
        value: g.label,
        message: say('SHEETS_MAPPING_GUESS', {
          column: columnLetter(g.index + 1),
          label: g.label,
          field: templateHeader(g.field),
          confidence: Math.round(g.confidence * 100),
        }),
        severity: 'warning',
      });
  for (const table of read.found) {
    // An LKE/KKE sheet is read whole by Evaluasi SAKIP: its columns are not the template's to report.
    if (table.lke) continue;
    for (const issue of table.recognition.recognition.issues) {
      problems.push({
        sheet: table.sheet.name,
        sheetId: table.sheet.id,
        row: table.headerRow,
        column: '',
        value: '',
        message: t(issue.code, issue.params),
        severity: issue.severity === 'warning' ? 'warning' : 'error',
      });
    }
  }
  return problems;
}

/** The first table read from each sheet, to show the value of the cell a problem points at. */
function tablesBySheet(read: WorkbookRead): Map<string, SheetTable> {
  const bySheet = new Map<string, SheetTable>();
  for (const table of read.found) if (!bySheet.has(table.sheet.name)) bySheet.set(table.sheet.name, table);
  return bySheet;
}

/** The problems of a scoring run already done ("Hitung nilai" scores once and lists these too). */
export function resultProblems(read: WorkbookRead, result: OrganisationResult): Problem[] {
  const bySheet = tablesBySheet(read);
  return result.issues.map((issue) => problemOf(issue, bySheet));
}

function problemOf(issue: Issue, bySheet: ReadonlyMap<string, SheetTable>): Problem {
  const at = issue.at ?? {};
  const table = at.sheet ? bySheet.get(at.sheet) : undefined;
  const column = at.column && /^[A-Z]{1,3}$/.test(at.column) ? at.column : '';
  const value =
    table && at.row !== undefined && column ? (table.grid[at.row - 1]?.[columnIndex(column)] ?? '') : '';
  // The message without its location prefix: the location has its own columns.
  const message = t(issue.code, issue.params);
  return {
    sheet: at.sheet ?? '',
    sheetId: table?.sheet.id ?? null,
    row: at.row ?? null,
    column,
    value,
    message: message || formatIssue(issue),
    severity: issue.severity === 'warning' ? 'warning' : 'error',
  };
}
