import type { Issue } from '../core/issue';
import type { RbPolicy } from '../policy/sections/rb';
import { normaliseName, round2 } from './names';
import { evaluateRb, type RbAreaInput, type RbEvaluation, type RbIndicatorInput, rbGrade } from './rb';
import { isRoundTwice, type RbLayout, type RbWorkbookSheet, rbLayout } from './rb-workbook-layout';
import { type ReadIndicator, readRbRows } from './rb-workbook-rows';
import type {
  RbWorkbookArea,
  RbWorkbookEvaluation,
  RbWorkbookIndicator,
  RbWorkbookPart,
  RbWorkbookRead,
  RbWorkbookRound,
} from './rb-workbook-types';
import { cleanSheet, letterOf } from './sakip-workbook-layout';

export type { RbWorkbookSheet } from './rb-workbook-layout';
export type {
  RbWorkbookArea,
  RbWorkbookEvaluation,
  RbWorkbookIndicator,
  RbWorkbookPart,
  RbWorkbookRead,
  RbWorkbookRound,
} from './rb-workbook-types';

/**
 * An LKE RB (Reformasi Birokrasi self-assessment, PMPRB) sheet as offices keep it or as the add-on's
 * template writes it, scored with evaluateRb (PermenPANRB 26/2020 by default; the policy holds the
 * year's weights): each indicator's answer per round (penilaian mandiri, verifikasi, final) as a fraction,
 * each area's part as the weighted mean of its indicators times the policy's maximum, the round that
 * decides (the last one of the sheet holding answers, said so), the gap between the OPD's own round and
 * the deciding one per indicator and per area, the weakest indicators, and the predikat of the total.
 */

interface Group {
  part: RbWorkbookPart;
  id: string;
  label: string;
  members: ReadIndicator[];
  /** Effective weight per member, summing to `total`. */
  weights: number[];
  total: number;
  /** The policy's maximum points of this area part (or hasil indicator). */
  max: number;
}

const partLabel = (part: RbWorkbookPart, policy: RbPolicy) => policy.workbook.parts[part][0] ?? part;

/** The policy's maximum for an area part or hasil indicator. */
function maxOf(part: RbWorkbookPart, id: string, policy: RbPolicy): number {
  if (part === 'hasil') return policy.hasil.find((h) => h.id === id)?.weight ?? 0;
  return policy.areas.find((a) => a.id === id)?.[part] ?? 0;
}

/**
 * The same indicator written twice in one area part (or hasil indicator), and the same sub-group when
 * heading rows give one, is an error naming both rows: it would count twice, or be averaged with
 * itself, so nothing is scored until one is removed or the two are told apart.
 */
function duplicateProblems(
  indicators: readonly ReadIndicator[],
  sheet: string,
  indicatorColumn: string,
  policy: RbPolicy,
  problems: Issue[],
): void {
  const seen = new Map<string, ReadIndicator>();
  for (const i of indicators) {
    // Two sub-groups of one area may ask the same question; a copied row stays in its sub-group.
    const sub = i.weight.kind === 'shared' && i.weight.key.startsWith('sub@') ? i.weight.key : '';
    const key = `${i.part}|${i.groupId}|${sub}|${normaliseName(i.label)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, i);
      continue;
    }
    problems.push({
      code: 'RB_WB_DUPLICATE',
      params: { indicator: i.label, first: first.row, area: i.groupLabel, part: partLabel(i.part, policy) },
      severity: 'error',
      at: { sheet, row: i.row, column: indicatorColumn },
    });
  }
}

/**
 * A group whose every indicator is weighted but whose weights add up to something else than the
 * policy's maximum (a deleted criterion, "15" typed for "1,5"): the policy's maximum is used, as for
 * every group, and the difference is said so the score never moves without a word.
 */
function weightTotalWarning(
  members: readonly ReadIndicator[],
  total: number,
  max: number,
  where: { area: string; part: string },
  at: Issue['at'],
  warnings: Issue[],
): void {
  if (!members.every((m) => m.weight.kind !== 'none') || Math.abs(total - max) <= 0.01) return;
  warnings.push({
    code: 'RB_WB_WEIGHT_TOTAL',
    params: { ...where, sheetTotal: round2(total), policyTotal: round2(max) },
    severity: 'warning',
    ...(at ? { at } : {}),
  });
}

/** Indicators grouped by part and area, with the weight each carries (reported when unclear). */
function groupsOf(
  indicators: readonly ReadIndicator[],
  sheet: string,
  weightColumn: string | undefined,
  policy: RbPolicy,
  problems: Issue[],
  warnings: Issue[],
): Group[] {
  const shares = new Map<string, number>();
  for (const i of indicators)
    if (i.weight.kind === 'shared') shares.set(i.weight.key, (shares.get(i.weight.key) ?? 0) + 1);
  const byKey = new Map<string, ReadIndicator[]>();
  for (const i of indicators) {
    const key = `${i.part}|${i.groupId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  const anyWeight = indicators.some((i) => i.weight.kind !== 'none');
  if (!anyWeight && indicators.length > 0)
    warnings.push({ code: 'RB_WB_NO_WEIGHTS', severity: 'warning', at: { sheet } });
  const groups: Group[] = [];
  for (const members of byKey.values()) {
    const first = members[0];
    if (!first) continue;
    const where = { area: first.groupLabel, part: partLabel(first.part, policy) };
    const weights = members.map((m) =>
      m.weight.kind === 'own'
        ? m.weight.points
        : m.weight.kind === 'shared'
          ? m.weight.points / (shares.get(m.weight.key) ?? 1)
          : null,
    );
    const unweighted = members.find((_, i) => weights[i] === null);
    const weighted = weights.some((w) => w !== null);
    if (unweighted && weighted) {
      problems.push({
        code: 'RB_WB_WEIGHT_PARTIAL',
        params: { ...where, indicator: unweighted.label },
        severity: 'error',
        at: { sheet, row: unweighted.row, ...(weightColumn ? { column: weightColumn } : {}) },
      });
      continue;
    }
    if (!weighted && anyWeight && members.length > 1)
      warnings.push({
        code: 'RB_WB_EQUAL_WEIGHTS',
        params: where,
        severity: 'warning',
        at: { sheet, row: first.row },
      });
    const effective = weights.map((w) => (weighted ? (w ?? 0) : 1));
    const total = effective.reduce((s, w) => s + w, 0);
    if (total <= 0) {
      problems.push({
        code: 'RB_WB_WEIGHT_ZERO',
        params: where,
        severity: 'error',
        at: { sheet, row: first.row, ...(weightColumn ? { column: weightColumn } : {}) },
      });
      continue;
    }
    const max = maxOf(first.part, first.groupId, policy);
    const at = { sheet, row: first.row, ...(weightColumn ? { column: weightColumn } : {}) };
    weightTotalWarning(members, total, max, where, at, warnings);
    groups.push({
      part: first.part,
      id: first.groupId,
      label: first.groupLabel,
      members,
      weights: effective,
      total,
      max,
    });
  }
  return groups;
}

/** A group's fraction in one round: the weighted mean, blanks as 0; null when nothing is answered. */
function groupFraction(g: Group, round: number): number | null {
  if (g.members.every((m) => (m.fractions[round] ?? null) === null)) return null;
  return g.members.reduce((s, m, i) => s + (g.weights[i] ?? 0) * (m.fractions[round] ?? 0), 0) / g.total;
}

/** evaluateRb's input for one round. */
function roundInput(groups: readonly Group[], round: number) {
  const areas = new Map<string, RbAreaInput>();
  const hasil: RbIndicatorInput[] = [];
  for (const g of groups) {
    const fraction = groupFraction(g, round);
    if (g.part === 'hasil') {
      hasil.push({ indicator: g.id, value: fraction });
      continue;
    }
    const area = areas.get(g.id) ?? { area: g.id };
    area[g.part] = fraction;
    areas.set(g.id, area);
  }
  return { areas: [...areas.values()], hasil, scale: 'fraction' as const };
}

const score = (e: RbEvaluation | null) => (e ? e.total.score : null);

function roundsOf(layout: RbLayout, indicators: readonly ReadIndicator[]): RbWorkbookRound[] {
  return layout.rounds.map((r, i) => ({
    id: r.round.id,
    label: r.round.label,
    header: r.header,
    selfAssessment: r.round.selfAssessment,
    filled: indicators.some((ind) => (ind.fractions[i] ?? null) !== null),
  }));
}

/** Per area, per round: its pengungkit points, null when the round answered none of its indicators. */
function areasOf(
  groups: readonly Group[],
  evaluations: readonly (RbEvaluation | null)[],
  deciding: number,
  self: number,
  policy: RbPolicy,
): RbWorkbookArea[] {
  return policy.areas.map((area) => {
    const own = groups.filter((g) => g.part !== 'hasil' && g.id === area.id);
    const scores = evaluations.map((e, round) =>
      e && own.some((g) => groupFraction(g, round) !== null)
        ? (e.areas.find((a) => a.id === area.id)?.score ?? null)
        : null,
    );
    const mine = self >= 0 && self !== deciding ? (scores[self] ?? null) : null;
    const decided = scores[deciding] ?? null;
    return {
      id: area.id,
      label: area.label,
      scores,
      gap: mine !== null && decided !== null ? round2(mine - decided) : null,
    };
  });
}

function indicatorsOf(
  groups: readonly Group[],
  rounds: readonly RbWorkbookRound[],
  deciding: number,
  self: number,
  layout: RbLayout,
  warnings: Issue[],
): RbWorkbookIndicator[] {
  const sheet = layout.sheet.name;
  const out: RbWorkbookIndicator[] = [];
  for (const g of groups)
    g.members.forEach((m, i) => {
      const max = (g.max * (g.weights[i] ?? 0)) / g.total;
      const decided = m.fractions[deciding] ?? null;
      const own = self >= 0 && self !== deciding ? (m.fractions[self] ?? null) : null;
      if (decided === null)
        warnings.push({
          code: 'RB_WB_DECIDING_BLANK',
          params: { indicator: m.label, round: rounds[deciding]?.header ?? '', max: round2(max) },
          severity: 'warning',
          at: { sheet, row: m.row },
        });
      out.push({
        label: m.label,
        part: g.part,
        groupId: g.id,
        groupLabel: g.label,
        weight: m.weight.kind === 'none' ? null : round2(g.weights[i] ?? 0),
        max: round2(max),
        answers: m.answers,
        fractions: m.fractions,
        score: round2(max * (decided ?? 0)),
        lost: round2(max * (1 - (decided ?? 0))),
        gap: own !== null && decided !== null ? round2(max * (own - decided)) : null,
        evidence: m.evidence,
        note: m.note,
        at: { sheet, row: m.row },
      });
    });
  return out.sort((a, b) => (a.at.row ?? 0) - (b.at.row ?? 0));
}

interface Found {
  layout: RbLayout;
  others: string[];
}

/** The first LKE RB sheet of the workbook; a round named twice there is a problem. */
function locate(sheets: readonly RbWorkbookSheet[], policy: RbPolicy): Found | Issue {
  let found: Found | undefined;
  for (const sheet of sheets) {
    const layout = rbLayout(sheet, policy.workbook);
    if (!layout) continue;
    if (found) {
      found.others.push(`"${sheet.name}"`);
      continue;
    }
    if (isRoundTwice(layout))
      return {
        code: 'RB_WB_ROUND_TWICE',
        params: { round: layout.round.label, sheet: sheet.name, first: layout.first, second: layout.second },
        severity: 'error',
        at: { sheet: sheet.name },
      };
    found = { layout, others: [] };
  }
  return found ?? { code: 'RB_WB_NOT_FOUND', severity: 'error' };
}

const failed = (issue: Issue, problems: Issue[] = []): RbWorkbookRead => ({ ok: false, issue, problems });

/**
 * Reads and scores the first LKE RB sheet of a workbook. Every malformed or ambiguous cell is a problem
 * with its sheet, row and column; with any problem nothing is scored (RbWorkbookRead).
 */
export function readRbWorkbook(sheets: readonly RbWorkbookSheet[], policy: RbPolicy): RbWorkbookRead {
  const clean = Array.isArray(sheets) ? Array.from(sheets, (sheet, i) => cleanSheet(sheet, i + 1)) : [];
  const found = locate(clean, policy);
  if ('code' in found) return failed(found);
  const { layout } = found;
  const sheet = layout.sheet.name;
  const read = readRbRows(layout, policy);
  const warnings: Issue[] = [...read.warnings];
  const problems: Issue[] = [...read.problems];
  if (found.others.length > 0)
    warnings.push({
      code: 'RB_WB_OTHER_SHEETS',
      params: { sheets: found.others.join(', '), sheet },
      severity: 'warning',
    });
  const weightColumn = layout.weight === undefined ? undefined : letterOf(layout.weight);
  duplicateProblems(read.indicators, sheet, letterOf(layout.indicator), policy, problems);
  const groups = groupsOf(read.indicators, sheet, weightColumn, policy, problems, warnings);
  const first = problems[0];
  if (first) return failed(first, problems);
  if (read.indicators.length === 0)
    return failed({ code: 'RB_WB_NO_INDICATORS', params: { sheet }, severity: 'error', at: { sheet } });

  const rounds = roundsOf(layout, read.indicators);
  const deciding = rounds.map((r) => r.filled).lastIndexOf(true);
  if (deciding < 0)
    return failed({
      code: 'RB_WB_NO_ANSWERS',
      params: { sheet, rounds: rounds.map((r) => r.header).join(', ') },
      severity: 'error',
      at: { sheet },
    });
  const later = rounds.slice(deciding + 1);
  if (later.length > 0)
    warnings.push({
      code: 'RB_WB_DECIDED_BY_EARLIER',
      params: { later: later.map((r) => r.header).join(', '), round: rounds[deciding]?.header ?? '' },
      severity: 'warning',
      at: { sheet },
    });
  const self = rounds.findIndex((r) => r.selfAssessment);

  const evaluations = rounds.map((r, i) => {
    if (!r.filled) return null;
    const e = evaluateRb(roundInput(groups, i), policy);
    if (i === deciding && e.ok) warnings.push(...(e.warnings ?? []));
    return e.ok ? e.value : null;
  });
  const evaluation = evaluations[deciding];
  // evaluateRb only refuses names and values the reader already resolved and bounded.
  if (!evaluation)
    return failed({ code: 'RB_WB_NO_ANSWERS', params: { sheet, rounds: '' }, severity: 'error' });
  const indicators = indicatorsOf(groups, rounds, deciding, self, layout, warnings);
  const totals = evaluations.map(score);
  const mine = self >= 0 && self !== deciding ? (totals[self] ?? null) : null;
  const grade = rbGrade(evaluation.total.score, policy);
  const weakest = [...indicators]
    .filter((i) => i.lost > 0.005)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, policy.workbook.weakestCount);
  const value: RbWorkbookEvaluation = {
    sheet,
    rounds,
    deciding,
    decidedBy: deciding === rounds.length - 1 ? 'last' : 'earlier',
    self,
    evaluation,
    totals,
    areas: areasOf(groups, evaluations, deciding, self, policy),
    indicators,
    weakest,
    grade: grade.grade,
    gradeLabel: grade.label,
    gap: mine !== null ? round2(mine - evaluation.total.score) : null,
    withoutEvidence:
      layout.evidence === undefined
        ? null
        : indicators.filter((i) => (i.fractions[deciding] ?? null) !== null && i.evidence === '').length,
  };
  return warnings.length > 0
    ? { ok: true, value, warnings, problems: [] }
    : { ok: true, value, problems: [] };
}

/** True when a sheet's top rows hold an LKE RB header (an indicator column and a round's answers). */
export function isRbWorkbookSheet(sheet: RbWorkbookSheet, policy: RbPolicy): boolean {
  return rbLayout(cleanSheet(sheet, undefined, 21), policy.workbook) !== undefined;
}
