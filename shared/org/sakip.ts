import { fail, type Issue, ok, type Result } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import type { MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { SakipAnswer, SakipPolicy } from '../policy/sections/sakip';
import { cellText, rowAt } from '../score/shown';
import { acceptedNames, normaliseName, round2, shownValue } from './names';

/**
 * SAKIP evaluation of a unit (PermenPANRB 88/2021): four components, each split into keberadaan,
 * kualitas and pemanfaatan; every criterion is answered AA..E (older LKE: Y/T).
 */
export const SAKIP_SUB_COMPONENTS = ['keberadaan', 'kualitas', 'pemanfaatan'] as const;
export type SakipSubComponent = (typeof SAKIP_SUB_COMPONENTS)[number];

/** The regulation's own names, shown as they are in both languages (proper terms of the LKE). */
const SUB_LABELS: Record<SakipSubComponent, string> = {
  keberadaan: 'Keberadaan',
  kualitas: 'Kualitas',
  pemanfaatan: 'Pemanfaatan',
};

const WEAK_MESSAGES: Record<SakipSubComponent, MessageCode> = {
  keberadaan: 'SAKIP_WEAK_KEBERADAAN',
  kualitas: 'SAKIP_WEAK_KUALITAS',
  pemanfaatan: 'SAKIP_WEAK_PEMANFAATAN',
};

/** One answered criterion of the LKE worksheet, already read from its cells. */
export interface SakipAnswerRow {
  /** Component id or label: "perencanaan", "Perencanaan Kinerja", "1. Perencanaan Kinerja". */
  component: string;
  /** "keberadaan" or a label containing it ("Keberadaan", "a. Kualitas dokumen"). */
  subComponent: SakipSubComponent | (string & {});
  criterion: string;
  /** AA, A, BB, B, CC, C, D, E, or the older Y/T (also "Ya"/"Tidak"). */
  answer: SakipAnswer | (string & {});
  /** 1-based sheet row, named in any issue about this row. */
  row?: number;
}

export interface SakipSubScore {
  id: SakipSubComponent;
  label: string;
  score: number;
  max: number;
  /** Mean answer value on the 0-100 scale; 0 when nothing was answered. */
  mean: number;
  criteria: number;
}

export interface SakipComponentScore {
  id: string;
  label: string;
  weight: number;
  score: number;
  subs: SakipSubScore[];
}

export interface SakipWeakPoint {
  componentId: string;
  componentLabel: string;
  sub: SakipSubComponent;
  score: number;
  max: number;
  lost: number;
  /** The advice as a catalog message, for surfaces that render another language. */
  message: Issue;
  /** The same advice in plain Indonesian. */
  sentence: string;
}

export interface SakipMissing {
  componentId: string;
  componentLabel: string;
  sub: SakipSubComponent;
  max: number;
}

export interface SakipEvaluation {
  /** Final score 0-100, two decimals (as published). */
  score: number;
  grade: string;
  gradeLabel: string;
  components: SakipComponentScore[];
  /** Up to three sub-components that lost the most points, worst first. */
  weakest: SakipWeakPoint[];
  /** Sub-components without any answer; each scores 0 and is also reported as a warning. */
  missing: SakipMissing[];
}

export interface SakipGrade {
  grade: string;
  label: string;
}

type SakipGradeBand = SakipPolicy['grades'][number];

/**
 * The grade of a final score. Lower bounds are exclusive (PermenPANRB 88/2021): 90 is A, 90.01 is AA,
 * 30 is D. The score is rounded to two decimals first, as it is published.
 */
export function sakipGrade(score: number, policy: SakipPolicy): Result<SakipGrade> {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)
    return fail('SAKIP_SCORE_INVALID', { score: shownValue(score) });
  const rounded = round2(score);
  // One pass over the policy's grades, in their own order (nothing kept between calls): the highest
  // lower bound the score exceeds, the first of equal ones; else the lowest grade, the last of equal ones.
  const grades = policy.grades;
  let lowest = grades.length > 0 ? 0 : -1;
  let best = -1;
  for (let i = 0; i < grades.length; i++) {
    const above = (grades[i] as SakipGradeBand).above;
    if (i > 0 && above <= (grades[lowest] as SakipGradeBand).above) lowest = i;
    if (rounded > above && (best < 0 || above > (grades[best] as SakipGradeBand).above)) best = i;
  }
  const found = grades[best >= 0 ? best : lowest];
  // The schema requires at least one grade; the fallback only guards a hand-built policy.
  return ok(found ? { grade: found.grade, label: found.label } : { grade: '-', label: '-' });
}

function subComponentOf(text: string): SakipSubComponent | undefined {
  const name = normaliseName(text);
  return SAKIP_SUB_COMPONENTS.find((s) => name.includes(s));
}

type SakipComponent = SakipPolicy['components'][number];

/**
 * A list of components by every name of theirs (id, label, aliases) normalised, the first component
 * naming it first: findByName's answer for a text is byName.get(normaliseName(text)) (a name that
 * normalises to '' finds nothing). The names come from the policy alone, never from a sheet; a NameCache
 * builds this once for its run and keeps it only as long as the run does (nothing kept in module state,
 * so a policy edited between runs is read as it is then).
 */
export function componentsByName(components: readonly SakipComponent[]): ReadonlyMap<string, SakipComponent> {
  const byName = new Map<string, SakipComponent>();
  for (const c of components)
    for (const name of [c.id, c.label, ...(c.aliases ?? [])]) {
      const key = normaliseName(name);
      if (!byName.has(key)) byName.set(key, c);
    }
  return byName;
}

/** findByName(components, text), against names normalised once (componentsByName; test/shared/sakip-names-fast.test.ts). */
export function componentNamed(
  byName: ReadonlyMap<string, SakipComponent>,
  text: string,
): SakipComponent | undefined {
  const wanted = normaliseName(text);
  return wanted === '' ? undefined : byName.get(wanted);
}

/**
 * A worksheet repeats the same few component and sub-component texts on every row, so each distinct
 * text is resolved once per evaluation, against the policy's names normalised once for this cache
 * (componentsByName): the cache lives as long as the run or the call that made it.
 */
export class NameCache {
  private readonly components = new Map<string, SakipComponent | undefined>();
  private byName: ReadonlyMap<string, SakipComponent> | undefined;
  private readonly subs = new Map<string, SakipSubComponent | undefined>();
  private readonly answers = new Map<string, SakipAnswer | undefined>();
  constructor(private readonly policy: SakipPolicy) {}

  component(text: string): SakipComponent | undefined {
    if (this.components.has(text)) return this.components.get(text);
    this.byName ??= componentsByName(this.policy.components);
    const found = componentNamed(this.byName, text);
    this.components.set(text, found);
    return found;
  }

  sub(text: string): SakipSubComponent | undefined {
    if (this.subs.has(text)) return this.subs.get(text);
    const found = subComponentOf(text);
    this.subs.set(text, found);
    return found;
  }

  /** answerOf(text, policy), once per distinct answer text under this cache's policy (AA..E repeat). */
  answer(text: string, policy: SakipPolicy): SakipAnswer | undefined {
    if (policy !== this.policy) return answerOf(text, policy);
    if (this.answers.has(text)) return this.answers.get(text);
    const found = answerOf(text, policy);
    this.answers.set(text, found);
    return found;
  }
}

/** AA..E as written, plus the older LKE's Y/T and the words people type for them. */
function answerOf(text: string, policy: SakipPolicy): SakipAnswer | undefined {
  const upper = String(text).trim().toUpperCase();
  const word = upper === 'YA' ? 'Y' : upper === 'TIDAK' ? 'T' : upper;
  return Object.prototype.hasOwnProperty.call(policy.answerValues, word) ? (word as SakipAnswer) : undefined;
}

function unansweredIssue(criterion: string, at: { row: number } | undefined): Issue {
  return at
    ? { code: 'SAKIP_CRITERION_UNANSWERED', params: { criterion }, severity: 'warning', at }
    : { code: 'SAKIP_CRITERION_UNANSWERED', params: { criterion }, severity: 'warning' };
}

const acceptedAnswers = (policy: SakipPolicy) => Object.keys(policy.answerValues).join(', ');

/**
 * The answer values of a worksheet, summed per component and sub-component: slot
 * `component index x 3 + sub-component index` (policy order, SAKIP_SUB_COMPONENTS order). The sums are
 * added in row order, so a mean is the one a list of the values would give.
 */
interface Collected {
  sums: Float64Array;
  counts: Int32Array;
}

const subIndex = (sub: SakipSubComponent): number => SAKIP_SUB_COMPONENTS.indexOf(sub);

/**
 * A worksheet's answers, read one at a time and not kept: a list of them, or a reader that refills one
 * record from each sheet row (pipeline/units.ts readSakip: no object per criterion row).
 */
export interface SakipAnswers {
  readonly length: number;
  /** Answer `index` (anything but an object is a damaged row), read before the next is asked for. */
  answer(index: number): unknown;
}

/** A list of answers as SakipAnswers (anything but a list: no answers). */
function listedAnswers(answers: readonly SakipAnswerRow[]): SakipAnswers {
  const rows: readonly unknown[] = Array.isArray(answers) ? answers : [];
  return { length: rows.length, answer: (index) => rows[index] };
}

function collect(answers: SakipAnswers, policy: SakipPolicy, names: NameCache): Result<Collected> {
  const components = policy.components;
  const slots = components.length * SAKIP_SUB_COMPONENTS.length;
  const collected: Collected = { sums: new Float64Array(slots), counts: new Int32Array(slots) };
  const unanswered: Issue[] = [];
  let answered = 0;
  for (let i = 0; i < answers.length; i++) {
    const row = answers.answer(i) as SakipAnswerRow;
    // Not an object (a damaged row): no criterion at all, as objectRows would leave it out.
    if (typeof row !== 'object' || row === null) continue;
    const criterion = cellText(row.criterion);
    // A blank answer is an unanswered criterion (or a heading row): left out of the mean and named,
    // rather than blocking the whole unit. Rows with neither answer nor criterion are headings.
    if (cellText(row.answer).trim() === '') {
      if (criterion.trim() !== '') unanswered.push(unansweredIssue(criterion, rowAt(row.row)));
      continue;
    }
    const component = names.component(cellText(row.component));
    if (!component)
      return fail(
        'SAKIP_COMPONENT_UNKNOWN',
        { component: shownValue(row.component), accepted: acceptedNames(policy.components) },
        rowAt(row.row),
      );
    const sub = names.sub(cellText(row.subComponent));
    if (!sub)
      return fail(
        'SAKIP_SUBCOMPONENT_UNKNOWN',
        { subComponent: shownValue(row.subComponent) },
        rowAt(row.row),
      );
    const answer = names.answer(cellText(row.answer), policy);
    if (!answer)
      return fail(
        'SAKIP_ANSWER_UNKNOWN',
        {
          answer: shownValue(row.answer),
          criterion: shownValue(criterion),
          accepted: acceptedAnswers(policy),
        },
        rowAt(row.row),
      );
    const slot = components.indexOf(component) * SAKIP_SUB_COMPONENTS.length + subIndex(sub);
    collected.sums[slot] = (collected.sums[slot] as number) + policy.answerValues[answer];
    collected.counts[slot] = (collected.counts[slot] as number) + 1;
    answered += 1;
  }
  if (answered === 0) return fail('SAKIP_NO_ANSWERS');
  return ok(collected, unanswered);
}

/** The mean of `count` values summing to `sum` (0 for none), as a list's reduce-then-divide gives it. */
const meanOf = (sum: number, count: number): number => (count === 0 ? 0 : sum / count);

/** The points the sub-component at `slot` (component index x 3 + sub-component index) lost. */
function lostAt(components: readonly SakipComponentScore[], slot: number): number {
  const sub = (components[(slot / SAKIP_SUB_COMPONENTS.length) | 0] as SakipComponentScore).subs[
    slot % SAKIP_SUB_COMPONENTS.length
  ] as SakipSubScore;
  return sub.max - sub.score;
}

/** The advice on a sub-component that lost points, as a catalog message. */
function weakMessage(component: SakipComponentScore, sub: SakipSubScore): Issue {
  const params = {
    component: component.label,
    score: sub.score,
    max: sub.max,
    lost: round2(sub.max - sub.score),
  };
  return { code: WEAK_MESSAGES[sub.id], params, severity: 'warning' };
}

function weakPoint(component: SakipComponentScore, sub: SakipSubScore): SakipWeakPoint {
  const message = weakMessage(component, sub);
  const params = message.params as { lost: number };
  return {
    componentId: component.id,
    componentLabel: component.label,
    sub: sub.id,
    score: sub.score,
    max: sub.max,
    lost: params.lost,
    message,
    sentence: t(message.code, message.params, 'id'),
  };
}

/**
 * A unit's SAKIP evaluation as a scoring run shows it (pipeline/units.ts sakipResultOf): evaluateSakip's,
 * its weak points given as their messages alone (the Indonesian sentence beside each is read by no
 * surface of a run, and 200 units would write 600 of them).
 */
export interface SakipScore extends Omit<SakipEvaluation, 'weakest'> {
  /** The advice on up to three sub-components that lost the most points, worst first (as evaluateSakip's). */
  weakest: Issue[];
}

/** evaluateSakip's evaluation with each weak point's message only (SakipScore). */
export function scoreSakip(
  answers: SakipAnswers,
  policy: SakipPolicy,
  names: NameCache = new NameCache(policy),
): Result<SakipScore> {
  return evaluate(answers, policy, names, weakMessage);
}

/**
 * Scores a unit's SAKIP worksheet (PermenPANRB 88/2021).
 * Sub-component = component weight x share x mean(answer values) / 100; component = sum of its subs;
 * final = sum of all sub-components, rounded to two decimals, graded with exclusive lower bounds.
 * A sub-component without answers scores 0 and is reported (warning and `missing`).
 */
export function evaluateSakip(
  answers: readonly SakipAnswerRow[],
  policy: SakipPolicy,
  /** The names already resolved for this policy (readSakip evaluates many units under one). */
  names: NameCache = new NameCache(policy),
): Result<SakipEvaluation> {
  return evaluate(listedAnswers(answers), policy, names, weakPoint);
}

/** The evaluation, each weak point told by `weakOf` (a whole SakipWeakPoint, or its message alone). */
function evaluate<W>(
  answers: SakipAnswers,
  policy: SakipPolicy,
  names: NameCache,
  weakOf: (component: SakipComponentScore, sub: SakipSubScore) => W,
): Result<Omit<SakipEvaluation, 'weakest'> & { weakest: W[] }> {
  const collected = collect(answers, policy, names);
  if (!collected.ok) return collected;
  const { sums, counts } = collected.value;

  const policyComponents = policy.components;
  const components: SakipComponentScore[] = new Array(policyComponents.length);
  const missing: SakipMissing[] = [];
  // The unanswered criteria's warnings: collect made the list for this evaluation alone.
  const warnings: Issue[] = collected.warnings ?? [];
  // Up to three sub-components that lost the most, worst first, by their slot (component index x 3 +
  // sub-component index); ties keep the worksheet order (component, then keberadaan/kualitas/pemanfaatan):
  // a later one enters only when it lost strictly more.
  const weakest = [0, 0, 0];
  let weakCount = 0;
  let total = 0;
  for (let ci = 0; ci < policyComponents.length; ci++) {
    const c = policyComponents[ci] as SakipComponent;
    let componentRaw = 0;
    const subs: SakipSubScore[] = new Array(SAKIP_SUB_COMPONENTS.length);
    for (let si = 0; si < SAKIP_SUB_COMPONENTS.length; si++) {
      const id = SAKIP_SUB_COMPONENTS[si] as SakipSubComponent;
      const slot = ci * SAKIP_SUB_COMPONENTS.length + si;
      const count = counts[slot] as number;
      const mean = meanOf(sums[slot] as number, count);
      const max = c.weight * policy.subComponentShares[id];
      const raw = (max * mean) / 100;
      componentRaw += raw;
      if (count === 0) {
        missing.push({ componentId: c.id, componentLabel: c.label, sub: id, max: round2(max) });
        warnings.push({
          code: 'SAKIP_SUB_MISSING',
          params: { sub: SUB_LABELS[id], component: c.label, max: round2(max) },
          severity: 'warning',
        });
      }
      subs[si] = {
        id,
        label: SUB_LABELS[id],
        score: round2(raw),
        max: round2(max),
        mean: round2(mean),
        criteria: count,
      };
    }
    total += componentRaw;
    const component: SakipComponentScore = {
      id: c.id,
      label: c.label,
      weight: c.weight,
      score: round2(componentRaw),
      subs,
    };
    components[ci] = component;
    for (let si = 0; si < subs.length; si++) {
      const sub = subs[si] as SakipSubScore;
      const lost = sub.max - sub.score;
      if (lost <= 0.005) continue;
      let at = weakCount;
      while (at > 0 && lost > lostAt(components, weakest[at - 1] as number)) at--;
      if (at < 3) {
        // Put in at `at`, the later ones moved down one and a fourth let go.
        if (weakCount < 3) weakCount++;
        for (let j = weakCount - 1; j > at; j--) weakest[j] = weakest[j - 1] as number;
        weakest[at] = ci * SAKIP_SUB_COMPONENTS.length + si;
      }
    }
  }

  const score = Math.min(100, Math.max(0, round2(total)));
  const grade = sakipGrade(score, policy);
  const { grade: letter, label } = grade.ok ? grade.value : { grade: '-', label: '-' };
  const weakPoints: W[] = new Array(weakCount);
  for (let i = 0; i < weakCount; i++) {
    const slot = weakest[i] as number;
    const component = components[(slot / SAKIP_SUB_COMPONENTS.length) | 0] as SakipComponentScore;
    weakPoints[i] = weakOf(component, component.subs[slot % SAKIP_SUB_COMPONENTS.length] as SakipSubScore);
  }

  return ok({ score, grade: letter, gradeLabel: label, components, weakest: weakPoints, missing }, warnings);
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const sakipShapes: ShapeBuilder = (policy) => [new NameCache(policy.sakip)];
