import { ANNUAL_RULE_LABEL, formatNumberForLang, type Period, periodLabel, t } from '../../../../shared';
import { type Action, type ActionContext, type ActionOutcome, done, failed, say } from '../../action';
import { replaceSheets } from '../../output/replace-sheets';
import type { OutputRole } from '../../output/sheet-names';
import { readProblems, resultProblems } from '../../problems/problems';
import { problemRows, problemsSheet } from '../../problems/problems-sheet';
import { type Scored, type Scorer, withScores } from '../../scoring/score-book';
import { mappingRefusals } from '../../workbook/workbook';
import { annualSheet } from './annual-sheet';
import { employeesSheet, type OutputPeriod } from './employees-sheet';
import { historySheet } from './history-sheet';
import { unitsSheet } from './units-sheet';

/** The lines the admin reads after a compute: what was written, data problems, units off the rules. */
function summary(
  scored: Scored,
  errors: number,
  warnings: number,
  names: Record<OutputRole, string>,
): string[] {
  const { result } = scored;
  const written = {
    employees: result.employees.length,
    units: result.units.length,
    sheetEmployees: names.employees,
    sheetUnits: names.units,
  };
  const lines = [
    scored.read.period
      ? say('ADDON_COMPUTE_DONE_PERIOD', { ...written, period: periodLabel(scored.read.period, 'id') })
      : say('ADDON_COMPUTE_DONE', written),
    errors + warnings === 0
      ? say('ADDON_NO_ISSUES')
      : say('ADDON_ISSUES_SUMMARY', { errors, warnings, sheet: names.problems }),
  ];
  const offRules = result.units.filter((u) => u.distribution && !u.distribution.ok).map((u) => u.unit);
  if (offRules.length > 0)
    lines.push(say('ADDON_DISTRIBUTION_SUMMARY', { count: offRules.length, units: offRules.join(', ') }));
  return lines;
}

/**
 * What the result sheets say of the period they hold: its name in the Periode column, or that the data
 * names none (the column's note saying where to write it).
 */
const outputPeriod = (period: Period | null): OutputPeriod =>
  period
    ? {
        cell: periodLabel(period, 'id'),
        note: t('ADDON_OUTPUT_PERIOD', { period: periodLabel(period, 'id') }),
      }
    : { cell: t('ADDON_OUTPUT_PERIOD_NONE'), note: t('ADDON_OUTPUT_PERIOD_UNKNOWN') };

/**
 * "Hitung nilai" (PermenPANRB 6/2022, SE MenPANRB 3/2023): scores every employee and unit, then
 * regenerates "Masalah Data", "Hasil Pegawai" and "Hasil Unit" as one change (output/replace-sheets.ts):
 * every table is computed first, written to new sheets and swapped in only when all three are written,
 * so a failure leaves the previous results as they were; input cells are only read. When the tables name
 * periods it also writes "Riwayat" and "Rekap Tahunan" (each employee's annual verdict by the policy's
 * rule) and names the most improved employees and units.
 */
export function runCompute(ctx: Pick<ActionContext, 'book' | 'progress'>, score?: Scorer): ActionOutcome {
  return withScores(
    ctx,
    (scored) => {
      const { read, result, policy } = scored;
      const problems = [...readProblems(read, scored.input), ...resultProblems(read, result)];
      const problemTable = problemRows(problems);
      const progress = (sheet: string) => ctx.progress(say('ADDON_WRITING', { sheet }));
      // A saved mapping that no longer matches the sheets (a table refused, a mapped sheet gone): scoring
      // without that data would replace Hasil and Riwayat with verdicts missing it. Only the list of
      // problems is written, as when nobody can be scored; the results stay exactly as they were.
      const refusals = mappingRefusals(read);
      if (refusals.length > 0) {
        const written = replaceSheets(ctx.book, [problemsSheet(problemTable)], progress);
        if (!written.ok) return failed(...written.lines);
        return failed(
          say('SHEETS_MAPPING_RUN_REFUSED', { count: refusals.length, sheet: written.names.problems }),
          ...written.notes,
        );
      }
      if (result.employees.length === 0) {
        // Nothing to show in the result sheets: keep the previous ones and explain why in the list.
        const written = replaceSheets(ctx.book, [problemsSheet(problemTable)], progress);
        if (!written.ok) return failed(...written.lines);
        return failed(say('ADDON_NO_EMPLOYEES', { sheet: scored.input.employees.sheet }), ...written.notes);
      }
      const { periods } = scored;
      const outputs = [
        problemsSheet(problemTable),
        employeesSheet(result, policy, periods?.trends, outputPeriod(read.period)),
        unitsSheet(result, outputPeriod(read.period)),
        // A Riwayat holding rows that are not valid history is left exactly as it is, and Rekap Tahunan
        // with it: rewriting would drop or convert those rows (scoring/periods.ts keptAsIs).
        ...(periods && !periods.keptAsIs ? [historySheet(periods.history), annualSheet(periods.annual)] : []),
      ];
      const errors = problems.filter((p) => p.severity === 'error').length;
      const written = replaceSheets(ctx.book, outputs, progress);
      if (!written.ok) return failed(...written.lines);
      const lines = summary(scored, errors, problems.length - errors, written.names);
      if (periods) {
        lines.push(
          periods.keptAsIs
            ? say('HISTX_CURRENT_KEPT', { ...periods.keptAsIs, problems: written.names.problems })
            : say('ADDON_HIST_WRITTEN', { periods: periods.labels.join(', '), sheet: written.names.history }),
        );
        if (periods.improved.length > 0)
          lines.push(
            say('ADDON_HIST_IMPROVED', {
              span: periods.span,
              names: periods.improved
                .map((e) => `${e.nama} (+${formatNumberForLang(e.change * 100, 'id', 1)} poin)`)
                .join(', '),
            }),
          );
        if (periods.improvedUnits.length > 0)
          lines.push(
            say('ADDON_HIST_IMPROVED_UNITS', {
              span: periods.span,
              units: periods.improvedUnits
                .map((u) => `${u.unit} (+${formatNumberForLang(u.change * 100, 'id', 1)} poin)`)
                .join(', '),
            }),
          );
        if (periods.annual.length > 0 && !periods.keptAsIs)
          lines.push(
            say('ADDON_ANNUAL_WRITTEN', {
              years: [...new Set(periods.annual.map((v) => v.year))].join(', '),
              employees: new Set(periods.annual.map((v) => v.nip)).size,
              sheet: written.names.annual,
              rule: t(ANNUAL_RULE_LABEL[policy.history.annual]),
            }),
          );
        const stagnant = [...periods.trends.values()].filter((t) => t.stagnant).length;
        if (stagnant > 0)
          lines.push(say('ADDON_HIST_STAGNANT', { count: stagnant, sheet: written.names.employees }));
      } else if (read.notes.some((n) => n.code === 'HISTX_NO_PERIOD_NOT_KEPT'))
        // A period line that names no single period: nothing was placed in Riwayat (workbook/workbook.ts).
        lines.push(say('HISTX_NO_PERIOD_NOT_KEPT'));
      return done(...lines, ...written.notes);
    },
    score,
    { allowNoEmployees: true, allowMappingRefusals: true },
  );
}

export const computeScores: Action = (ctx) => runCompute(ctx);
