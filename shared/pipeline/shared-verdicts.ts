import type { Issue } from '../core/issue';
import type { MessageCode } from '../messages/catalog';
import type { PredikatPegawai } from '../policy/sections/rating';
import { PREDIKAT_PEGAWAI } from '../policy/sections/rating';
import type { RewardPolicy } from '../policy/sections/reward';
import {
  type EmployeeRecommendation,
  type EmployeeRecommendationInput,
  recommendForEmployee,
  restsOnPredikatAndFlags,
} from '../recommend/employee';
import { EMPLOYEE_FLAGS, type EmployeeFlag, type RecommendationKind } from '../recommend/flags';
import type { EmployeeResult } from './schema';

/*
 * Parts of a run's results that many employees show alike, held once. A province's 20,000 employees
 * mostly share a handful of flag combinations and a few reasons per predikat ("Kurang/Misconduct");
 * each such part is one frozen object every employee with it shows, so the result
 * keeps (and the collector copies) one object instead of thousands. Frozen: a surface that wrote into a
 * shared part would change every employee's, so writing fails loudly instead (test/shared/
 * pipeline-shared-verdicts.test.ts runs the add-on's result writers over a result). The helper belongs
 * to one run (the scoring cache), never to the module.
 */

/** The one empty list of issues (flag reasons, discipline reasons) every employee without any shows. */
export const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];
const NO_FLAGS: EmployeeFlag[] = Object.freeze([]) as unknown as EmployeeFlag[];

/**
 * A list filled item by item for one employee and read at once: the items stay in one array reused
 * employee after employee (an array emptied by `length = 0` gives its room back and grows again from
 * nothing), and `exact()` copies them into an array of exactly their number.
 */
export class ScratchList<T> {
  private readonly items: T[] = [];
  count = 0;

  reset(): void {
    this.count = 0;
  }

  push(item: T): void {
    this.items[this.count++] = item;
  }

  at(index: number): T {
    return this.items[index] as T;
  }

  includes(item: T): boolean {
    for (let i = 0; i < this.count; i++) if (this.items[i] === item) return true;
    return false;
  }

  /** The items in an array of their own, exactly as long; `empty` (shared) when there is none. */
  exact(empty: T[]): T[] {
    return this.count === 0 ? empty : this.items.slice(0, this.count);
  }
}

/**
 * Reasons whose params are a few known words (a predikat's or a flag's label), never numbers or rows:
 * the ones worth holding once. Any other reason stays the employee's own.
 */
const SHAREABLE_REASONS: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'REC_NONE',
  'REC_NO_PREDIKAT',
  'REC_APRESIASI',
  'REC_PEMBINAAN_PREDIKAT',
  'REC_PEMBINAAN_FLAG',
  'REC_TEGURAN_PREDIKAT',
  'REC_SANKSI_PREDIKAT',
]);

/** The value of a reason's one param when it has exactly one, a string; null without params; undefined otherwise. */
function soleValue(issue: Issue): string | null | undefined {
  const params = issue.params;
  if (params === undefined) return null;
  let found: string | undefined;
  let count = 0;
  for (const name in params) {
    const value = params[name];
    if (++count > 1 || typeof value !== 'string') return undefined;
    found = value;
  }
  return found;
}

/** The name of a params object's first field. */
function firstName(params: NonNullable<Issue['params']>): string | undefined {
  for (const name in params) return name;
  return undefined;
}

/** How many fields an object has. */
function fieldCount(value: object): number {
  let count = 0;
  for (const _ in value) count++;
  return count;
}

/**
 * Two reasons of one code with the same param value (as `reason` finds them) that a person reads alike
 * and JSON writes alike: same severity, the same fields (a rule's literal keeps its order) and param name.
 */
function sameReason(held: Issue, issue: Issue): boolean {
  if (held.severity !== issue.severity || issue.at !== undefined) return false;
  if (fieldCount(held) !== fieldCount(issue)) return false;
  if (held.params === undefined || issue.params === undefined) return held.params === issue.params;
  return firstName(held.params) === firstName(issue.params);
}

const freezeReason = (issue: Issue): Issue => {
  if (issue.params !== undefined) Object.freeze(issue.params);
  return Object.freeze(issue);
};

/** The bits of flags raised in the vocabulary's order, each once (as the scorer raises them); -1 otherwise. */
function orderedFlagMask(flags: readonly EmployeeFlag[]): number {
  let mask = 0;
  let last = -1;
  for (let i = 0; i < flags.length; i++) {
    const index = EMPLOYEE_FLAGS.indexOf(flags[i] as EmployeeFlag);
    if (index <= last) return -1;
    last = index;
    mask |= 1 << index;
  }
  return mask;
}

/**
 * Where a recommendation resting on the predikat and the flags alone (restsOnPredikatAndFlags) is held:
 * one slot per predikat (and none) and set of flags; -1 when it rests on more.
 */
function plainRecommendationKey(input: EmployeeRecommendationInput, policy: RewardPolicy): number {
  if (!restsOnPredikatAndFlags(input, policy)) return -1;
  const mask = orderedFlagMask(input.flags);
  if (mask < 0) return -1;
  const predikat =
    input.predikat === null
      ? PREDIKAT_PEGAWAI.length
      : PREDIKAT_PEGAWAI.indexOf(input.predikat as PredikatPegawai);
  return predikat < 0 ? -1 : predikat * (1 << EMPLOYEE_FLAGS.length) + mask;
}

/** A node of the recommendations held once: by kind, then by each shared reason in turn. */
interface RecommendationNode {
  held?: EmployeeRecommendation;
  next?: Map<Issue, RecommendationNode>;
}

export class SharedVerdicts {
  /** Flag lists by the set of flags, one bit per flag of EMPLOYEE_FLAGS. */
  private readonly flagLists: (EmployeeFlag[] | undefined)[] = [];
  /** Reasons by code, then by their one param's value (null for none): a handful in a run. */
  private readonly reasons = new Map<MessageCode, Map<string | null, Issue>>();
  private readonly recommendations = new Map<RecommendationKind, RecommendationNode>();
  /** Recommendations resting on the predikat and the flags alone, by plainRecommendationKey, under `plainPolicy`. */
  private readonly plain: (EmployeeRecommendation | undefined)[] = [];
  private plainPolicy: RewardPolicy | null = null;
  /** The activity of employees without a counted log row, by their expected minutes (a few in a run). */
  private readonly idle = new Map<number, EmployeeResult['activity']>();

  /**
   * What an employee without a counted activity row shows: no minutes, the minutes expected of them (one
   * frozen object for everyone expected the same: an office without an activity log has one for all).
   */
  idleActivity(expectedMinutes: number): EmployeeResult['activity'] {
    let held = this.idle.get(expectedMinutes);
    if (held === undefined) {
      held = Object.freeze({ minutes: 0, withoutOutputMinutes: 0, expectedMinutes, counted: false });
      this.idle.set(expectedMinutes, held);
    }
    return held;
  }

  /**
   * The employee's flags: the shared list of their combination when they come in the vocabulary's order,
   * each once (as the scorer raises them); otherwise a list of their own.
   */
  flags(list: ScratchList<EmployeeFlag>): EmployeeFlag[] {
    if (list.count === 0) return NO_FLAGS;
    let mask = 0;
    let last = -1;
    for (let i = 0; i < list.count; i++) {
      const index = EMPLOYEE_FLAGS.indexOf(list.at(i));
      if (index <= last) return list.exact(NO_FLAGS);
      last = index;
      mask |= 1 << index;
    }
    let held = this.flagLists[mask];
    if (held === undefined) {
      held = Object.freeze(list.exact(NO_FLAGS)) as EmployeeFlag[];
      this.flagLists[mask] = held;
    }
    return held;
  }

  /** The one shared reason equal to `issue`, when it is of a shareable kind; else `issue` itself. */
  reason(issue: Issue): Issue {
    if (!SHAREABLE_REASONS.has(issue.code) || issue.at !== undefined) return issue;
    const value = soleValue(issue);
    if (value === undefined) return issue;
    let byValue = this.reasons.get(issue.code);
    if (byValue === undefined) {
      byValue = new Map();
      this.reasons.set(issue.code, byValue);
    }
    const held = byValue.get(value);
    if (held === undefined) {
      byValue.set(value, freezeReason(issue));
      return issue;
    }
    return sameReason(held, issue) ? held : issue;
  }

  /**
   * recommendForEmployee's recommendation, held once (`recommendation`). One that rests on the predikat
   * and the flags alone is looked up by them, without asking the rule again: most employees of a run
   * make no reason, list or recommendation of their own.
   */
  recommendationFor(input: EmployeeRecommendationInput, policy: RewardPolicy): EmployeeRecommendation {
    const key = plainRecommendationKey(input, policy);
    if (key >= 0) {
      if (this.plainPolicy !== policy) {
        this.plainPolicy = policy;
        this.plain.length = 0;
      }
      const held = this.plain[key];
      if (held !== undefined) return held;
    }
    const made = this.recommendation(recommendForEmployee(input, policy));
    if (key >= 0 && Object.isFrozen(made)) this.plain[key] = made;
    return made;
  }

  /**
   * The recommendation with its reasons held once: when every reason is shared, the one recommendation
   * (frozen) every employee with the same kind and reasons shows; otherwise the employee's own, its
   * shareable reasons shared, its list exactly as long.
   */
  recommendation(recommendation: EmployeeRecommendation): EmployeeRecommendation {
    const reasons = recommendation.reasons;
    let node = this.recommendations.get(recommendation.kind);
    if (node === undefined) {
      node = {};
      this.recommendations.set(recommendation.kind, node);
    }
    let allShared = true;
    for (let i = 0; i < reasons.length; i++) {
      const own = reasons[i] as Issue;
      const shared = this.reason(own);
      if (shared !== own) reasons[i] = shared;
      else if (!Object.isFrozen(own)) allShared = false;
      if (allShared) {
        let next = node.next?.get(shared);
        if (next === undefined) {
          next = {};
          if (node.next === undefined) node.next = new Map();
          node.next.set(shared, next);
        }
        node = next as RecommendationNode;
      }
    }
    if (!allShared) return { kind: recommendation.kind, reasons: reasons.slice() };
    if (node.held === undefined)
      node.held = Object.freeze({
        kind: recommendation.kind,
        reasons: Object.freeze(reasons.slice()) as Issue[],
      });
    return node.held;
  }
}
