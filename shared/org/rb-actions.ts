import { fail, type Issue, ok, type Result } from '../core/issue';
import * as z from '../core/zod';
import { isoDayNumber } from '../parse/calendar';
import type { RbActionsPolicy } from '../policy/sections/rb-actions';
import { normaliseName } from './names';
import type {
  RbAction,
  RbActionChanges,
  RbActionMonitor,
  RbAreaWithoutOwner,
  RbChange,
  RbProgressGroup,
} from './rb-actions-types';

export { isRbActionSheet, readRbActionPlan } from './rb-actions-read';
export type {
  RbAction,
  RbActionChanges,
  RbActionMonitor,
  RbActionPlan,
  RbActionSheet,
  RbAreaWithoutOwner,
  RbChange,
  RbOverdue,
  RbProgressGroup,
} from './rb-actions-types';

/**
 * "Pantau rencana aksi": the RB action plans as of a given day. An action is overdue when its deadline
 * is before that day and its status is not a done status of the policy. Progress per recommendation,
 * per area and per owner OPD is the plain mean of its actions' progress, each action weighing the same
 * (an action without a progress cell counts its status's progress by the policy: Belum Mulai 0%,
 * Selesai 100%; one whose progress is still unknown is left out and counted apart). An action of
 * several owners counts for each of them. What changed since the previous check comes from its snapshot.
 */

/** What is kept of a check for the next one: small (document properties hold 9 kB per value). */
export const RbActionSnapshotSchema = z.object({
  version: z.literal(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  actions: z.array(
    z.object({
      /** The action's key (rb-actions-read.ts), shortened to a hash. */
      k: z.string().min(1).max(16),
      /** Status id, or null. */
      s: z.string().max(60).nullable(),
      /** Progress 0..1, or null. */
      p: z.number().min(0).max(1).nullable(),
      /** Recommendation and action, shortened, to name a removed action. */
      r: z.string().max(40),
      a: z.string().max(60),
    }),
  ),
});
export type RbActionSnapshot = z.infer<typeof RbActionSnapshotSchema>;

/** FNV-1a 32-bit of a text, as 8 hex digits: a short, stable key for the snapshot. */
function hashKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3)}...` : text);

/** The snapshot of a check, to store and hand to the next one. */
export function rbActionSnapshot(actions: readonly RbAction[], asOf: string): RbActionSnapshot {
  return {
    version: 1,
    asOf,
    actions: actions.map((a) => ({
      k: hashKey(a.key),
      s: a.status?.id ?? null,
      p: a.progress,
      r: cut(a.recommendation.label, 40),
      a: cut(a.action, 60),
    })),
  };
}

/** A stored snapshot (JSON text or object) read back; an unreadable one is reported, never half-used. */
export function parseRbActionSnapshot(stored: unknown): Result<RbActionSnapshot> {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return fail('RB_ACT_SNAPSHOT_INVALID');
    }
  }
  const parsed = RbActionSnapshotSchema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail('RB_ACT_SNAPSHOT_INVALID');
}

interface GroupDraft {
  key: string;
  label: string;
  actions: RbAction[];
}

function group(
  actions: readonly RbAction[],
  keysOf: (a: RbAction) => { key: string; label: string }[],
  overdue: ReadonlySet<RbAction>,
): RbProgressGroup[] {
  const groups = new Map<string, GroupDraft>();
  for (const a of actions)
    for (const { key, label } of keysOf(a)) {
      const g = groups.get(key) ?? { key, label, actions: [] };
      g.actions.push(a);
      groups.set(key, g);
    }
  return [...groups.values()].map((g) => {
    const counted = g.actions.flatMap((a) => (a.progressCounted === null ? [] : [a.progressCounted]));
    return {
      key: g.key,
      label: g.label,
      actions: g.actions.length,
      done: g.actions.filter((a) => a.done).length,
      overdue: g.actions.filter((a) => overdue.has(a)).length,
      unknown: g.actions.length - counted.length,
      progress: mean(counted),
    };
  });
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

function areasWithoutOwner(actions: readonly RbAction[], policy: RbActionsPolicy): RbAreaWithoutOwner[] {
  return policy.areas.flatMap((area): RbAreaWithoutOwner[] => {
    const inArea = actions.filter((a) => a.area?.id === area.id);
    if (inArea.length === 0)
      return [{ id: area.id, label: area.label, reason: 'noActions' as const, actions: 0 }];
    if (inArea.some((a) => a.owners.length > 0)) return [];
    return [{ id: area.id, label: area.label, reason: 'noOwner' as const, actions: inArea.length }];
  });
}

const changeOf = (a: RbAction): RbChange => ({
  key: a.key,
  recommendation: a.recommendation.label,
  action: a.action,
  at: a.at,
});

/** Status and progress changes, new and removed actions, against the previous check's snapshot. */
function changesSince(
  actions: readonly RbAction[],
  previous: RbActionSnapshot,
  policy: RbActionsPolicy,
): RbActionChanges {
  const before = new Map(previous.actions.map((p) => [p.k, p]));
  const now = new Set<string>();
  const label = (id: string | null) =>
    id === null ? null : (policy.statuses.find((s) => s.id === id)?.label ?? id);
  const out: RbActionChanges = { since: previous.asOf, status: [], progress: [], added: [], removed: [] };
  for (const a of actions) {
    const k = hashKey(a.key);
    now.add(k);
    const p = before.get(k);
    if (!p) {
      out.added.push(changeOf(a));
      continue;
    }
    const status = a.status?.id ?? null;
    if (p.s !== status) out.status.push({ ...changeOf(a), from: label(p.s), to: label(status) });
    if (p.p !== a.progress && !(p.p !== null && a.progress !== null && Math.abs(p.p - a.progress) < 1e-9))
      out.progress.push({ ...changeOf(a), from: p.p, to: a.progress });
  }
  for (const p of previous.actions)
    if (!now.has(p.k)) out.removed.push({ key: p.k, recommendation: p.r, action: p.a });
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const fraction = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? v : null;
const named = (v: unknown) =>
  isRecord(v) && typeof v.id === 'string' && typeof v.label === 'string'
    ? { id: v.id, label: v.label }
    : null;
const texts = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * An action as the monitor counts it, whatever was handed over (an object from an older version or a
 * damaged store): the readers' RbAction passes unchanged, anything that is not an action with a key
 * and a text is left out.
 */
function cleanAction(row: unknown): RbAction | null {
  if (!isRecord(row) || typeof row.key !== 'string' || typeof row.action !== 'string') return null;
  const rec = isRecord(row.recommendation) ? row.recommendation : {};
  const status = named(row.status);
  const deadline =
    typeof row.deadline === 'string' && isoDayNumber(row.deadline) !== null ? row.deadline : null;
  const at = isRecord(row.at) ? row.at : {};
  return {
    key: row.key,
    recommendation: { key: text(rec.key) || '-', label: text(rec.label) || '-' },
    action: row.action,
    area: named(row.area),
    owners: texts(row.owners).filter((o) => o.trim() !== ''),
    pilots: texts(row.pilots),
    deadline,
    deadlineText: text(row.deadlineText),
    output: text(row.output),
    evidence: text(row.evidence),
    hasEvidence: row.hasEvidence === true,
    status: status ? { ...status, done: isRecord(row.status) && row.status.done === true } : null,
    progress: fraction(row.progress),
    progressCounted: fraction(row.progressCounted),
    done: row.done === true,
    at: {
      ...(typeof at.sheet === 'string' ? { sheet: at.sheet } : {}),
      ...(typeof at.row === 'number' && Number.isSafeInteger(at.row) && at.row > 0 ? { row: at.row } : {}),
    },
  };
}

/**
 * The tracker's state as of `asOf` (ISO yyyy-mm-dd, the spreadsheet's today by default on the surface),
 * and what changed since `previous`.
 */
export function monitorActions(
  rows: readonly RbAction[],
  asOf: string,
  previous: RbActionSnapshot | undefined,
  policy: RbActionsPolicy,
): Result<RbActionMonitor> {
  const today = isoDayNumber(asOf);
  if (today === null) return fail('RB_ACT_ASOF_INVALID', { value: typeof asOf === 'string' ? asOf : '-' });
  const actions = Array.isArray(rows) ? rows.flatMap((r) => cleanAction(r) ?? []) : [];
  const warnings: Issue[] = [];
  const overdue = actions
    .flatMap((action) => {
      const due = action.deadline === null ? null : isoDayNumber(action.deadline);
      return due !== null && due < today && !action.done ? [{ action, daysLate: today - due }] : [];
    })
    .sort((x, y) => y.daysLate - x.daysLate);
  const late = new Set(overdue.map((o) => o.action));
  const owners = (a: RbAction) => a.owners.map((o) => ({ key: normaliseName(o), label: o }));
  let changes: RbActionChanges | null = null;
  if (previous !== undefined) {
    const read = parseRbActionSnapshot(previous);
    if (!read.ok) warnings.push({ ...read.issue, severity: 'warning' });
    else {
      changes = changesSince(actions, read.value, policy);
      if ((isoDayNumber(read.value.asOf) ?? today) > today)
        warnings.push({
          code: 'RB_ACT_SNAPSHOT_LATER',
          params: { since: read.value.asOf, asOf },
          severity: 'warning',
        });
    }
  }
  const counted = actions.flatMap((a) => (a.progressCounted === null ? [] : [a.progressCounted]));
  return ok(
    {
      asOf,
      total: actions.length,
      done: actions.filter((a) => a.done).length,
      overdue,
      doneWithoutEvidence: actions.filter((a) => a.done && !a.hasEvidence),
      withoutOwner: actions.filter((a) => a.owners.length === 0),
      areasWithoutOwner: areasWithoutOwner(actions, policy),
      noDeadline: actions.filter((a) => a.deadline === null && !a.done),
      byRecommendation: group(actions, (a) => [a.recommendation], late),
      byArea: group(actions, (a) => (a.area ? [{ key: a.area.id, label: a.area.label }] : []), late),
      byOwner: group(actions, owners, late),
      progress: mean(counted),
      changes,
    },
    warnings,
  );
}
