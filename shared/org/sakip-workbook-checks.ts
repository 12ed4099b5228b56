import type { Issue } from '../core/issue';
import type { SakipPolicy } from '../policy/sections/sakip';
import { round2 } from './names';
import { letterOf, plainWords } from './sakip-workbook-layout';
import { pointsOf, type ReadFigureRow, type ReadSheet } from './sakip-workbook-rows';
import type { SakipWorkbookCheck, SakipWorkbookComponent, SakipWorkbookRound } from './sakip-workbook-types';

/**
 * The workbook's own figures against the recomputed ones: each component row per round, the total row
 * and the predikat row in the deciding round. A mismatch is reported with both figures.
 */

export function componentMismatches(
  components: readonly SakipWorkbookComponent[],
  rounds: readonly SakipWorkbookRound[],
  tolerance: number,
): Issue[] {
  const issues: Issue[] = [];
  for (const c of components)
    rounds.forEach((round, i) => {
      const shown = c.shown[i] ?? null;
      const computed = c.scores[i] ?? null;
      if (shown === null || computed === null || Math.abs(shown - computed) <= tolerance) return;
      issues.push({
        code: 'SAKIP_WB_COMPONENT_MISMATCH',
        params: { component: c.label, round: round.header, shown: round2(shown), computed: round2(computed) },
        severity: 'warning',
        at: c.at,
      });
    });
  return issues;
}

/** The figure row's cell in the deciding round's column, else its only filled cell. */
function figureCell(row: ReadFigureRow | undefined, roundId: string, sheet: string) {
  if (!row) return undefined;
  const own = row.cells.get(roundId);
  const filled = [...row.cells.values()].filter((c) => c.text !== '');
  const cell = own && own.text !== '' ? own : filled.length === 1 ? filled[0] : undefined;
  return cell ? { ...cell, at: { sheet, row: row.row, column: letterOf(cell.column) } } : undefined;
}

/** The total row's figure in the deciding round against the recomputed total. */
export function totalCheck(
  source: { read: ReadSheet; sheet: string },
  roundId: string,
  computed: number,
  policy: SakipPolicy,
): SakipWorkbookCheck {
  const cell = figureCell(source.read.total, roundId, source.sheet);
  if (!cell) return { kind: 'total', shown: null, computed, match: null };
  const points = pointsOf(cell.raw, cell.text, 100);
  const shown = points.kind === 'points' ? points.points : null;
  const match = shown !== null && Math.abs(shown - computed) <= policy.workbook.tolerance;
  return { kind: 'total', shown: shown === null ? cell.text : round2(shown), computed, match, at: cell.at };
}

/** A predikat as written ("CC", "CC (Cukup)", "Cukup") to the policy's grade, if it names one. */
function gradeNamed(text: string, policy: SakipPolicy): string | undefined {
  const words = plainWords(text);
  const code = text.trim().split(/[\s(]/)[0]?.toUpperCase() ?? '';
  return (
    policy.grades.find((g) => g.grade.toUpperCase() === code)?.grade ??
    policy.grades.find((g) => plainWords(g.label) === words)?.grade
  );
}

/** The predikat row's text in the deciding round against the grade of the recomputed total. */
export function predikatCheck(
  source: { read: ReadSheet; sheet: string },
  roundId: string,
  computed: string,
  policy: SakipPolicy,
): SakipWorkbookCheck {
  const cell = figureCell(source.read.predikat, roundId, source.sheet);
  if (!cell) return { kind: 'predikat', shown: null, computed, match: null };
  return {
    kind: 'predikat',
    shown: cell.text,
    computed,
    match: gradeNamed(cell.text, policy) === computed,
    at: cell.at,
  };
}
