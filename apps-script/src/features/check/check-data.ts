import { type Action, done, failed, say } from '../../action';
import { replaceSheets } from '../../output/replace-sheets';
import { problemsOfRead } from '../../problems/problems';
import { problemRows, problemsSheet } from '../../problems/problems-sheet';
import { loadPolicy } from '../../settings/policy-store';
import { readWorkbook } from '../../workbook/workbook';

/**
 * "Periksa data": reads every input sheet once, validates every mapped cell with the core, and lists
 * the problems in "Masalah Data". Input sheets are only read. Everything is computed before the list is
 * written to a new sheet and swapped in, so a failure leaves the previous list in place.
 */
export const checkData: Action = ({ book, progress }) => {
  progress(say('SHEETS_CHECK_PROGRESS'));
  const { policy, issue } = loadPolicy(book);
  const read = readWorkbook(book);
  const problems = problemsOfRead(read, book, policy);
  const written = replaceSheets(book, [problemsSheet(problemRows(problems))]);
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
    ...written.notes,
  ];
  if (!read.confirmed) lines.push(say('SHEETS_CHECK_UNCONFIRMED'));
  if (issue) lines.push(say('SHEETS_POLICY_FALLBACK'));
  return done(...lines);
};
