import { fail, type Issue, ok, type Result } from '../core/issue';
import type { SakipPolicy } from '../policy/sections/sakip';
import { round2 } from './names';
import { sakipGrade } from './sakip';
import { componentMismatches, predikatCheck, totalCheck } from './sakip-workbook-checks';
import {
  cleanSheet,
  HEADER_ROWS,
  letterOf,
  plainWords,
  type RoundColumns,
  type SakipWorkbookSheet,
  type SheetLayout,
  sheetLayout,
} from './sakip-workbook-layout';
import {
  type AnswerCount,
  type PointsCell,
  type ReadComponent,
  type ReadSheet,
  readSheetRows,
} from './sakip-workbook-rows';
import type {
  SakipWorkbookComponent,
  SakipWorkbookEvaluation,
  SakipWorkbookRound,
  SakipWorkbookSub,
} from './sakip-workbook-types';

export type { SakipWorkbookSheet } from './sakip-workbook-layout';
export type {
  SakipWorkbookCheck,
  SakipWorkbookComponent,
  SakipWorkbookEvaluation,
  SakipWorkbookRound,
  SakipWorkbookSub,
} from './sakip-workbook-types';

/**
 * A SAKIP evaluation workbook (LKE/KKE) as offices keep it, evaluated on its own (PermenPANRB 88/2021):
 * the resume sheet's sub-component scores per round (penilaian mandiri, verifikasi/validasi,
 * penjaminan kualitas, penilaian final), the round that decides (the final one, or the latest that
 * holds values, said so), the gap between the OPD's own round and the deciding one, the total and its
 * grade by the policy's bands, and the workbook's own total and predikat checked against them.
 */

const pointsOrNull = (cell: PointsCell | undefined): number | null =>
  cell?.kind === 'points' ? cell.points : null;
const sum = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

interface Located {
  layout: SheetLayout;
  read: ReadSheet;
}

/** The first resume sheet and the first criteria sheet of the workbook, each read. */
function locate(sheets: readonly SakipWorkbookSheet[], policy: SakipPolicy): Result<Located[]> {
  const found: Located[] = [];
  const warnings: Issue[] = [];
  for (const kind of ['resume', 'criteria'] as const) {
    for (const sheet of sheets) {
      const layout = sheetLayout(sheet, policy.workbook);
      if (layout?.kind !== kind) continue;
      const twice = duplicateRound(layout);
      if (twice) return { ok: false, issue: twice };
      const read = readSheetRows(layout, policy);
      if ('issue' in read) return { ok: false, issue: read.issue };
      if (read.components.every((c) => c.subs.length === 0))
        return fail('SAKIP_WB_NO_SUBS', { sheet: sheet.name }, { sheet: sheet.name });
      found.push({ layout, read });
      warnings.push(...read.issues);
      break;
    }
  }
  if (found.length === 0) return fail('SAKIP_WB_NOT_FOUND');
  return ok(found, warnings);
}

function duplicateRound(layout: SheetLayout): Issue | undefined {
  const seen = new Map<string, RoundColumns>();
  for (const r of layout.rounds) {
    const before = seen.get(r.round.id);
    if (before)
      return {
        code: 'SAKIP_WB_ROUND_TWICE',
        params: {
          round: r.round.label,
          sheet: layout.sheet.name,
          first: letterOf(before.score ?? before.answer ?? 0),
          second: letterOf(r.score ?? r.answer ?? 0),
        },
        severity: 'error',
        at: { sheet: layout.sheet.name },
      };
    seen.set(r.round.id, r);
  }
  return undefined;
}

const subKey = (componentLabel: string, sub: { kind?: string; label: string }) =>
  `${plainWords(componentLabel)}|${sub.kind ?? plainWords(sub.label)}`;

/** Answers per sub-component and round from the criteria sheet, keyed like the resume's rows. */
function answersByKey(criteria: Located | undefined): Map<string, Map<string, AnswerCount>> {
  const out = new Map<string, Map<string, AnswerCount>>();
  for (const c of criteria?.read.components ?? [])
    for (const s of c.subs) out.set(subKey(c.label, s), s.answers);
  return out;
}

function subIssues(source: Located, rounds: readonly SakipWorkbookRound[]): Issue[] {
  const issues: Issue[] = [];
  const sheet = source.layout.sheet.name;
  const seen = new Map<string, number>();
  for (const c of source.read.components)
    for (const s of c.subs) {
      const at = { sheet, row: s.row, column: letterOf(source.layout.weight) };
      const key = subKey(c.label, s);
      const first = seen.get(key);
      if (first !== undefined)
        issues.push({
          code: 'SAKIP_WB_SUB_TWICE',
          params: { sub: s.label, component: c.label, first, second: s.row },
          severity: 'error',
          at,
        });
      seen.set(key, s.row);
      if (s.weight.kind !== 'points')
        issues.push({
          code: 'SAKIP_WB_WEIGHT_INVALID',
          params: {
            value: s.weight.kind === 'invalid' ? s.weight.text : '-',
            sub: `${s.label} (${c.label})`,
          },
          severity: 'error',
          at,
        });
      for (const round of rounds) {
        const cell = s.scores.get(round.id);
        const column = source.layout.rounds.find((r) => r.round.id === round.id)?.score ?? 0;
        const here = { sheet, row: s.row, column: letterOf(column) };
        if (cell?.kind === 'invalid')
          issues.push({
            code: 'SAKIP_WB_SCORE_INVALID',
            params: { value: cell.text, sub: `${s.label} (${c.label})`, round: round.header },
            severity: 'error',
            at: here,
          });
        else if (
          cell?.kind === 'points' &&
          s.weight.kind === 'points' &&
          cell.points > s.weight.points + 1e-6
        )
          issues.push({
            code: 'SAKIP_WB_SCORE_ABOVE_WEIGHT',
            params: {
              sub: `${s.label} (${c.label})`,
              round: round.header,
              score: round2(cell.points),
              weight: round2(s.weight.points),
            },
            severity: 'warning',
            at: here,
          });
      }
    }
  return issues;
}

/** The rounds the score sheet holds, in the policy's order (the order evaluations happen). */
function roundsOf(source: Located, policy: SakipPolicy): SakipWorkbookRound[] {
  const present = source.layout.rounds.filter((r) => r.score !== undefined);
  return policy.workbook.rounds.flatMap((def) => {
    const column = present.find((r) => r.round.id === def.id);
    if (!column) return [];
    const filled = source.read.components.some((c) =>
      c.subs.some((s) => s.scores.get(def.id)?.kind === 'points'),
    );
    return [
      { id: def.id, label: def.label, header: column.header, selfAssessment: def.selfAssessment, filled },
    ];
  });
}

function componentOf(
  c: ReadComponent,
  rounds: readonly SakipWorkbookRound[],
  deciding: number,
  self: number,
  answers: Map<string, Map<string, AnswerCount>>,
  sheet: string,
  warnings: Issue[],
): SakipWorkbookComponent {
  const decidingId = rounds[deciding]?.id ?? '';
  const subs = c.subs.map((s): SakipWorkbookSub => {
    const scores = rounds.map((r) => pointsOrNull(s.scores.get(r.id)));
    const weight = pointsOrNull(s.weight) ?? 0;
    const decidedCell = scores[deciding] ?? null;
    if (decidedCell === null)
      warnings.push({
        code: 'SAKIP_WB_DECIDING_BLANK',
        params: {
          sub: s.label,
          component: c.label,
          round: rounds[deciding]?.header ?? '',
          weight: round2(weight),
        },
        severity: 'warning',
        at: { sheet, row: s.row },
      });
    const decided = decidedCell ?? 0;
    const own = self >= 0 ? (scores[self] ?? null) : null;
    const counted = answers.get(subKey(c.label, s))?.get(decidingId);
    return {
      label: s.label,
      weight,
      scores,
      decided,
      gap: own === null ? null : own - decided,
      at: { sheet, row: s.row },
      ...(s.kind ? { kind: s.kind } : {}),
      ...(counted ? { answers: counted } : {}),
    };
  });
  const scores = rounds.map((_, i) => sum(subs.map((s) => s.scores[i] ?? null)));
  const gaps = subs.map((s) => s.gap);
  return {
    label: c.label,
    weight: pointsOrNull(c.weight) ?? subs.reduce((t, s) => t + s.weight, 0),
    scores,
    shown: rounds.map((r) => pointsOrNull(c.shown.get(r.id))),
    decided: subs.reduce((t, s) => t + s.decided, 0),
    gap: gaps.every((g) => g === null) ? null : gaps.reduce<number>((t, g) => t + (g ?? 0), 0),
    subs,
    at: { sheet, row: c.row },
    ...(c.id ? { id: c.id } : {}),
  };
}

/**
 * Reads an LKE/KKE workbook as offices keep it and evaluates it alone. The resume sheet (Komponen,
 * Sub-Komponen, Bobot and a column per round) gives the scores; without one, the criteria sheet's
 * sub-component rows do (their NILAI per round). The criteria sheet's answers are counted per round.
 */
export function readSakipWorkbook(
  sheets: readonly SakipWorkbookSheet[],
  policy: SakipPolicy,
): Result<SakipWorkbookEvaluation> {
  // Whatever was handed over: only an array of sheets is a workbook; each sheet is cleaned (cleanSheet),
  // a name that is not text shown as "#n", its position.
  const clean = Array.isArray(sheets) ? Array.from(sheets, (sheet, i) => cleanSheet(sheet, i + 1)) : [];
  const located = locate(clean, policy);
  if (!located.ok) return located;
  const [source, second] = located.value;
  if (!source) return fail('SAKIP_WB_NOT_FOUND');
  const criteria = [source, second].find((l) => l?.layout.kind === 'criteria');
  const sheet = source.layout.sheet.name;
  const rounds = roundsOf(source, policy);
  const warnings: Issue[] = [...(located.warnings ?? [])];
  const problems = subIssues(source, rounds);
  const error = problems.find((i) => i.severity === 'error');
  if (error) return { ok: false, issue: error };
  warnings.push(...problems);

  const deciding = rounds.map((r) => r.filled).lastIndexOf(true);
  if (deciding < 0)
    return fail('SAKIP_WB_NO_SCORES', { sheet, rounds: rounds.map((r) => r.header).join(', ') }, { sheet });
  const later = rounds.slice(deciding + 1);
  if (later.length > 0)
    warnings.push({
      code: 'SAKIP_WB_DECIDED_BY_EARLIER',
      params: { later: later.map((r) => r.header).join(', '), round: rounds[deciding]?.header ?? '' },
      severity: 'warning',
      at: { sheet },
    });
  const lastPolicyRound = policy.workbook.rounds[policy.workbook.rounds.length - 1]?.id;
  const self = rounds.findIndex((r) => r.selfAssessment);

  const answers = answersByKey(criteria);
  const components = source.read.components
    .filter((c) => c.subs.length > 0)
    .map((c) => componentOf(c, rounds, deciding, self, answers, sheet, warnings));
  warnings.push(...componentMismatches(components, rounds, policy.workbook.tolerance));

  const totals = rounds.map((_, i) => sum(components.map((c) => c.scores[i] ?? null)));
  const gradeOf = (score: number | null) => {
    if (score === null) return null;
    const g = sakipGrade(Math.min(100, Math.max(0, round2(score))), policy);
    return g.ok ? g.value : null;
  };
  const raw = components.reduce((t, c) => t + c.decided, 0);
  const score = Math.min(100, Math.max(0, round2(raw)));
  const grade = gradeOf(score) ?? { grade: '-', label: '-' };
  const gaps = components.map((c) => c.gap);
  const decidingId = rounds[deciding]?.id ?? '';
  const checks = [
    totalCheck({ read: source.read, sheet }, decidingId, raw, policy),
    predikatCheck({ read: source.read, sheet }, decidingId, grade.grade, policy),
  ];
  for (const check of checks) {
    if (check.match !== false) continue;
    warnings.push(
      check.kind === 'total'
        ? {
            code: 'SAKIP_WB_TOTAL_MISMATCH',
            params: {
              shown: check.shown ?? '-',
              computed: round2(raw),
              round: rounds[deciding]?.header ?? '',
            },
            severity: 'warning',
            ...(check.at ? { at: check.at } : {}),
          }
        : {
            code: 'SAKIP_WB_PREDIKAT_MISMATCH',
            params: { shown: check.shown ?? '-', computed: `${grade.grade} (${grade.label})`, score },
            severity: 'warning',
            ...(check.at ? { at: check.at } : {}),
          },
    );
  }
  return ok(
    {
      sheet,
      ...(criteria ? { criteriaSheet: criteria.layout.sheet.name } : {}),
      rounds,
      deciding,
      decidedBy: rounds[deciding]?.id === lastPolicyRound ? 'final' : 'latest',
      components,
      totals,
      grades: totals.map((t) => gradeOf(t)?.grade ?? null),
      score,
      grade: grade.grade,
      gradeLabel: grade.label,
      gap: gaps.every((g) => g === null) ? null : round2(gaps.reduce<number>((t, g) => t + (g ?? 0), 0)),
      checks,
    },
    warnings,
  );
}

/** True when a sheet's top rows hold an LKE/KKE header (resume or criteria sheet). */
export function isSakipWorkbookSheet(sheet: SakipWorkbookSheet, policy: SakipPolicy): boolean {
  // Only the header rows decide; a damaged sheet (no grid, rows that are not arrays) is cleaned first.
  return sheetLayout(cleanSheet(sheet, undefined, HEADER_ROWS), policy.workbook) !== undefined;
}
