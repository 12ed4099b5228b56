import { type Action, done, failed, say } from '../../action';
import { replaceSheets } from '../../output/replace-sheets';
import { problemsOfRead } from '../../problems/problems';
import { problemRows, problemsSheet } from '../../problems/problems-sheet';
import { tableRows, tablesSheet } from '../../problems/tables-sheet';
import { loadPolicy } from '../../settings/policy-store';
import { summariseTables } from '../../workbook/summary';
import { readWorkbook } from '../../workbook/workbook';

/**
 * "Periksa data": reads every input sheet once, validates every mapped cell with the core, and lists
 * the problems in "Masalah Data". Input sheets are only read. Everything is computed before the list is
 * written to a new sheet and swapped in, so a failure leaves the previous list in place.
 */
export const checkData: Action = ({ book, progress }) => {
  progress(say('SHEETS_CHECK_PROGRESS'));
  const { policy, issue } = loadPolicy(book);
  const read = readWorkbook(book, { policy });
  const problems = problemsOfRead(read, book, policy);
  const written = replaceSheets(book, [
    problemsSheet(problemRows(problems)),
    tablesSheet(tableRows(summariseTables(read))),
  ]);
  if (!written.ok) return failed(...written.lines);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = [
    problems.length === 0
      ? say('SHEETS_CHECK_SUMMARY_NONE')
      : say('SHEETS_CHECK_SUMMARY', {
          errors: String(errors),
          warnings: String(warnings),
          sheet: written.names.problems,
        }),
    say('SHEETS_CHECK_TABLES', { count: read.found.length, sheet: written.names.tables }),
    ...written.notes,
  ];
  if (!read.confirmed) lines.push(say('SHEETS_CHECK_UNCONFIRMED'));
  if (issue) lines.push(say('SHEETS_POLICY_FALLBACK'));
  return done(...lines);
};
