import {
  defaultPolicy,
  formatIssue,
  type Issue,
  type OrganisationResult,
  type Policy,
  scoreOrganisation,
  t,
} from '../../../shared';
import { say } from '../action';
import type { SpreadsheetPort } from '../port/types';
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

/** Roles without which nothing can be scored (PermenPANRB 6/2022: an SKP belongs to an employee). */
const REQUIRED_ROLES: readonly Role[] = ['employees', 'indicators'];

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
  return problemsOfRead(readWorkbook(book), book, policy);
}

/** The same, on sheets already read (the action also needs to know whether the mapping was confirmed). */
export function problemsOfRead(read: WorkbookRead, book: SpreadsheetPort, policy: Policy): Problem[] {
  const problems = readProblems(read);
  if (!read.tables.employees || !read.tables.indicators) return problems;

  const result = scoreOrganisation(toWorkbookInput(read, book), policy);
  return [...problems, ...resultProblems(read, result)];
}

/** Problems found while reading: missing required sheets, header issues of each sheet. */
export function readProblems(read: WorkbookRead): Problem[] {
  const problems: Problem[] = [];
  const bySheet = new Map<string, SheetTable>();
  for (const table of Object.values(read.tables)) if (table) bySheet.set(table.sheet.name, table);

  for (const role of REQUIRED_ROLES) {
    if (read.tables[role]) continue;
    problems.push({
      sheet: ROLE_SHEET[role],
      sheetId: null,
      row: null,
      column: '',
      value: '',
      message: say('SHEETS_CHECK_MISSING_SHEET', { role: say(ROLE_LABEL[role]), sheet: ROLE_SHEET[role] }),
      severity: 'error',
    });
  }
  for (const table of bySheet.values()) {
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

/** The problems of a scoring run already done ("Hitung nilai" scores once and lists these too). */
export function resultProblems(read: WorkbookRead, result: OrganisationResult): Problem[] {
  const bySheet = new Map<string, SheetTable>();
  for (const table of Object.values(read.tables)) if (table) bySheet.set(table.sheet.name, table);
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
