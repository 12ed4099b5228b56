import { type Action, type ActionContext, type ActionOutcome, done, failed, say } from '../../action';
import { replaceSheets } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { readProblems, resultProblems } from '../../problems/problems';
import { problemRows, writeProblems } from '../../problems/problems-sheet';
import { type Scored, type Scorer, withScores } from '../../scoring/score-book';
import { PROBLEMS_SHEET } from '../../workbook/roles';
import { employeesSheet } from './employees-sheet';
import { unitsSheet } from './units-sheet';

/** The lines the admin reads after a compute: what was written, data problems, units off the rules. */
function summary(scored: Scored, errors: number, warnings: number): string[] {
  const { result } = scored;
  const lines = [
    say('ADDON_COMPUTE_DONE', {
      employees: result.employees.length,
      units: result.units.length,
      sheetEmployees: RESULT_SHEETS.employees,
      sheetUnits: RESULT_SHEETS.units,
    }),
    errors + warnings === 0
      ? say('ADDON_NO_ISSUES')
      : say('ADDON_ISSUES_SUMMARY', { errors, warnings, sheet: PROBLEMS_SHEET }),
  ];
  const offRules = result.units.filter((u) => u.distribution && !u.distribution.ok).map((u) => u.unit);
  if (offRules.length > 0)
    lines.push(say('ADDON_DISTRIBUTION_SUMMARY', { count: offRules.length, units: offRules.join(', ') }));
  return lines;
}

/**
 * "Hitung nilai" (PermenPANRB 6/2022, SE MenPANRB 3/2023): scores every employee and unit, then
 * regenerates "Hasil Pegawai", "Hasil Unit" and "Masalah Data". Every table is computed before the
 * first write, so a failure leaves the previous results as they were; input cells are only read.
 */
export function runCompute(ctx: Pick<ActionContext, 'book' | 'progress'>, score?: Scorer): ActionOutcome {
  return withScores(
    ctx,
    (scored) => {
      const { read, result, policy } = scored;
      const problems = [...readProblems(read), ...resultProblems(read, result)];
      const problemTable = problemRows(problems);
      if (result.employees.length === 0) {
        // Nothing to show in the result sheets: keep the previous ones and explain why in the list.
        writeProblems(ctx.book, problemTable);
        return failed(say('ADDON_NO_EMPLOYEES', { sheet: scored.input.employees.sheet }));
      }
      const outputs = [employeesSheet(result, policy), unitsSheet(result)];
      const errors = problems.filter((p) => p.severity === 'error').length;
      writeProblems(ctx.book, problemTable);
      replaceSheets(ctx.book, outputs, (sheet) => ctx.progress(say('ADDON_WRITING', { sheet })));
      return done(...summary(scored, errors, problems.length - errors));
    },
    score,
    { allowNoEmployees: true },
  );
}

export const computeScores: Action = (ctx) => runCompute(ctx);
