import {
  checkPresetClaim,
  DEDUCTION_TABLES,
  exportPolicyJson,
  formatIssue,
  formatNumberForLang,
  type Issue,
  isPresetId,
  isWithin,
  POLICY_PRESETS,
  type Policy,
  PRESET_IDS,
  policyChanges,
  presetInForce,
  t,
  validatePolicy,
} from '../../../../shared';
import * as z from '../../../../shared/core/zod';
import { type Action, done, errorText, failed, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import type { GasLock } from '../../gas/types';
import type { SpreadsheetPort } from '../../port/types';
import { CHUNK_CHARS, MAX_CHUNKS } from '../../settings/chunked-property';
import {
  readPreviousPolicy,
  readStoredPolicy,
  restorePreviousPolicy,
  type StoredPolicy,
  savePolicy,
} from '../../settings/policy-store';
import { type PolicyField, type PolicySection, policySections } from './policy-fields';
import { getPath } from './policy-paths';

export const POLICY_SIDEBAR_FILE = 'Policy';

/** One main number that a replacing action changes, as the sidebar shows it. */
export interface ChangeRow {
  label: string;
  before: string;
  after: string;
}

/**
 * What replacing the policy in force by another would change: the sidebar's main numbers that differ,
 * and how many other values differ (the first few named by their path), for the confirmation.
 */
export interface PolicyDiff {
  from: string;
  to: string;
  rows: ChangeRow[];
  otherCount: number;
  others: string[];
}

/** What the sidebar shows: the policy, its editable numbers, where it comes from, the presets, the previous one. */
export interface PolicyState {
  policy: Policy;
  /**
   * The preset in force: the policy's own when its values are that preset's, else CUSTOM_PRESET (a stored
   * policy saved before presets were checked may name one it does not follow).
   */
  preset: string;
  sections: PolicySection[];
  /** The deduction table in use, for the table dropdown (the policy holds the whole table). */
  tableId: string;
  source: string;
  status: StoredPolicy['status'];
  /** Each preset with what choosing it would change (the reset is the "nasional" preset). */
  presets: { id: string; name: string; diff: PolicyDiff }[];
  /** The policy "Pulihkan kebijakan sebelumnya" would bring back; null when there is none to restore. */
  previous: { name: string; diff: PolicyDiff } | null;
}

export interface FieldError {
  field: string;
  message: string;
}

export type PolicyReply =
  | { ok: true; message: string; state: PolicyState }
  | { ok: false; message: string; errors: FieldError[] };

/** A policy checked but not saved: what saving it would change (`note`: it is stored as custom). */
export type PreviewReply =
  | { ok: true; message: string; diff: PolicyDiff; note: string | null }
  | { ok: false; message: string; errors: FieldError[] };

export type ExportReply = { ok: true; json: string; fileName: string } | { ok: false; message: string };

/** How long a save waits for a running "Hitung nilai" (or another save) before saying so. */
const LOCK_WAIT_MS = 30_000;
/** How many other changed values the confirmation names by path. */
const OTHERS_NAMED = 5;

const fmt = (n: number, digits: number) => formatNumberForLang(n, 'id', digits);

/** A field's value as the confirmation shows it: percentages for fractions, the table by its name. */
function shownValue(policy: Policy, field: PolicyField): string {
  if (field.kind === 'table') return String(getPath(policy, 'discipline.table.label') ?? '');
  const value = getPath(policy, field.path);
  if (value === undefined) return say('ADDON_POLICY_VALUE_NONE');
  if (value === null)
    return field.kind === 'percentOrEmpty'
      ? say('ADDON_POLICY_VALUE_NO_CAP')
      : field.kind === 'integerOrEmpty'
        ? say('ADDON_POLICY_VALUE_NOT_SET')
        : '';
  if (field.kind === 'choice') return field.options?.find((o) => o.id === value)?.label ?? String(value);
  if (typeof value !== 'number') return String(value);
  if (field.kind === 'percent' || field.kind === 'percentOrEmpty') return `${fmt(value * 100, 2)} %`;
  return fmt(value, 4);
}

const nameOf = (stored: StoredPolicy): string =>
  stored.status === 'broken' ? say('ADDON_POLICY_BROKEN_NAME') : stored.policy.name;

/** What replacing `before` (in force, named `from`) by `after` changes, in the sidebar's own labels. */
export function diffPolicies(before: Policy, after: Policy, from: string, to = after.name): PolicyDiff {
  const fields = new Map<string, PolicyField>();
  for (const policy of [before, after])
    for (const section of policySections(policy))
      for (const field of section.fields) if (!fields.has(field.path)) fields.set(field.path, field);
  const changes = policyChanges(before, after).filter((c) => c.path !== 'preset' && c.path !== 'version');
  const rows: ChangeRow[] = [];
  for (const field of fields.values())
    if (changes.some((c) => isWithin(c.path, field.path)))
      rows.push({ label: field.label, before: shownValue(before, field), after: shownValue(after, field) });
  const paths = [...fields.keys()];
  const others = changes.filter((c) => !paths.some((p) => isWithin(c.path, p))).map((c) => c.path);
  return { from, to, rows, otherCount: others.length, others: others.slice(0, OTHERS_NAMED) };
}

function stateOf(book: SpreadsheetPort, stored: StoredPolicy, source: string): PolicyState {
  const from = nameOf(stored);
  const previous = readPreviousPolicy(book);
  return {
    policy: stored.policy,
    preset: presetInForce(stored.policy),
    sections: policySections(stored.policy),
    tableId: stored.policy.discipline.table.id,
    source,
    status: stored.status,
    presets: PRESET_IDS.map((id) => {
      const preset = POLICY_PRESETS[id]();
      return { id, name: preset.name, diff: diffPolicies(stored.policy, preset, from) };
    }),
    previous:
      previous.status === 'saved' || previous.status === 'default'
        ? { name: previous.policy.name, diff: diffPolicies(stored.policy, previous.policy, from) }
        : null,
  };
}

const sourceOf = (stored: StoredPolicy): string =>
  stored.status === 'broken'
    ? t('ADDON_POLICY_SOURCE_BROKEN', { detail: stored.issues.map((i) => formatIssue(i)).join(' ') })
    : t(stored.status === 'saved' ? 'ADDON_POLICY_SOURCE_SAVED' : 'ADDON_POLICY_SOURCE_DEFAULT');

const noBook = (): { ok: false; message: string; errors: FieldError[] } => ({
  ok: false,
  message: say('SHEETS_NO_SPREADSHEET'),
  errors: [],
});
const refused = (message: string): { ok: false; message: string; errors: FieldError[] } => ({
  ok: false,
  message,
  errors: [],
});

/** The document lock, as the menu actions take it (null outside Apps Script, e.g. in unit tests). */
function documentLock(): GasLock | null {
  try {
    return gas().LockService?.getDocumentLock() ?? null;
  } catch {
    return null;
  }
}

/**
 * Runs a change of the stored policy under the document lock, like the menu actions: a save never
 * interleaves with "Hitung nilai" reading the policy, nor with another save.
 */
function underLock(lock: GasLock | null, change: () => PolicyReply): PolicyReply {
  let locked = false;
  try {
    if (lock) {
      locked = lock.tryLock(LOCK_WAIT_MS);
      if (!locked) return refused(say('ADDON_POLICY_BUSY'));
    }
    return change();
  } catch (e) {
    return refused(t('ADDON_UI_ERROR', { detail: errorText(e) }));
  } finally {
    if (locked) lock?.releaseLock();
  }
}

/**
 * The write itself: a failure of the property service is said in Indonesian. The policy in force is
 * then unchanged (the new version is switched to by one last write, see settings/chunked-property.ts).
 */
function write<T>(step: () => T): { ok: true; value: T } | { ok: false; reply: PolicyReply } {
  try {
    return { ok: true, value: step() };
  } catch (e) {
    return { ok: false, reply: refused(say('ADDON_POLICY_SAVE_FAILED', { detail: errorText(e) })) };
  }
}

/** google.script.run: the stored policy (or the defaults, saying so) for the sidebar. */
export function policyState(book: SpreadsheetPort | null = activeSpreadsheet()): PolicyReply {
  if (!book) return noBook();
  const stored = readStoredPolicy(book);
  const source = sourceOf(stored);
  return { ok: true, message: source, state: stateOf(book, stored, source) };
}

/** A zod issue's field path ("rating.hasilBands.diAtasMin") with the sidebar's label in front. */
function fieldErrors(issues: readonly Issue[], policy: Policy | null): FieldError[] {
  const labels = new Map<string, string>();
  for (const s of policySections(policy ?? POLICY_PRESETS.nasional()))
    for (const f of s.fields) labels.set(f.path, f.label);
  return issues.map((issue) => {
    const field = String(issue.params?.field ?? '');
    const text = formatIssue(issue);
    const label = labels.get(field);
    return { field, message: label ? t('ADDON_FIELD_ERROR', { label, message: text }) : text };
  });
}

/** Text from the sidebar or a trigger: a JSON string (any size a policy may reasonably have). */
const PolicyTextSchema = z.string().min(2).max(200_000);

/** The sidebar sends the deduction table as its id; the policy stores the whole table. */
function resolveTable(data: unknown): void {
  const id = getPath(data, 'discipline.table');
  if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(DEDUCTION_TABLES, id)) {
    const discipline = getPath(data, 'discipline') as Record<string, unknown>;
    discipline.table = DEDUCTION_TABLES[id as keyof typeof DEDUCTION_TABLES];
  }
}

/**
 * A policy sent by the sidebar or a trigger (JSON text, or the object itself), validated with the zod
 * schema, unknown keys and formula-like labels refused: each problem names its field.
 */
function parseInput(
  input: unknown,
  book: SpreadsheetPort,
): { ok: true; policy: Policy; note: string | null } | { ok: false; message: string; errors: FieldError[] } {
  // A trigger may pass the policy object itself; the sidebar passes text.
  const text = PolicyTextSchema.safeParse(
    typeof input === 'object' && input !== null ? JSON.stringify(input) : input,
  );
  if (!text.success) return refused(say('ADDON_POLICY_INPUT_INVALID'));
  let data: unknown;
  try {
    data = JSON.parse(text.data);
  } catch (e) {
    const issue: Issue = {
      code: 'POLICY_JSON_INVALID',
      params: { detail: e instanceof Error ? e.message : String(e) },
    };
    return refused(formatIssue(issue));
  }
  resolveTable(data);
  const parsed = validatePolicy(data);
  if (!parsed.ok) {
    const errors = fieldErrors(parsed.issues ?? [parsed.issue], readStoredPolicy(book).policy);
    return { ok: false, message: errors.map((e) => e.message).join(' '), errors };
  }
  return checkPreset(parsed.value);
}

/**
 * The preset a saved or imported policy names is a claim about its values (shared/policy checkPresetClaim,
 * the rule OPD packages and the extension apply too): an unknown name (a typo, "tulangbawang") is refused,
 * and a policy whose values differ from its preset's is stored as custom, saying so, so that no preset is
 * ever shown as in force when it is not (the sidebar, OPD packages).
 */
function checkPreset(
  policy: Policy,
): { ok: true; policy: Policy; note: string | null } | { ok: false; message: string; errors: FieldError[] } {
  const claim = checkPresetClaim(policy);
  if (!claim.ok) {
    const message = say(claim.issue.code, claim.issue.params);
    return { ok: false, message, errors: [{ field: 'preset', message }] };
  }
  const notes = (claim.warnings ?? []).map((w) => say(w.code, w.params));
  return { ok: true, policy: claim.value, note: notes.length > 0 ? notes.join(' ') : null };
}

/**
 * google.script.run and triggers: validates a policy (JSON text, from the form or an imported file)
 * and saves it in document properties, under the document lock. The policy in force becomes the
 * previous one ("Pulihkan kebijakan sebelumnya").
 */
export function savePolicyJson(
  input: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
  lock: GasLock | null = documentLock(),
): PolicyReply {
  if (!book) return noBook();
  const parsed = parseInput(input, book);
  if (!parsed.ok) return parsed;
  return underLock(lock, () => store(book, parsed.policy, parsed.note));
}

/**
 * google.script.run: checks a policy as savePolicyJson would and says what saving it would change,
 * saving nothing (the sidebar asks the admin to confirm an import with it).
 */
export function previewPolicyJson(
  input: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): PreviewReply {
  if (!book) return noBook();
  const parsed = parseInput(input, book);
  if (!parsed.ok) return parsed;
  const stored = readStoredPolicy(book);
  const diff = diffPolicies(stored.policy, parsed.policy, nameOf(stored));
  const message = t('ADDON_UI_CONFIRM_FROM_TO', { from: diff.from, to: diff.to });
  return { ok: true, message: parsed.note ? `${message} ${parsed.note}` : message, diff, note: parsed.note };
}

/** Saves `policy`; `note` (why its preset is stored as custom) follows the saved message. */
function store(book: SpreadsheetPort, policy: Policy, note: string | null = null): PolicyReply {
  const written = write(() => savePolicy(book, policy));
  if (!written.ok) return written.reply;
  const saved = written.value;
  if (!saved.ok)
    return refused(say('ADDON_POLICY_TOO_LARGE', { size: saved.size, max: CHUNK_CHARS * MAX_CHUNKS }));
  const stored = readStoredPolicy(book);
  const source = sourceOf(stored);
  const message = saved.changed
    ? say('ADDON_POLICY_SAVED', { name: policy.name })
    : say('ADDON_POLICY_UNCHANGED', { name: policy.name });
  return { ok: true, message: note ? `${message} ${note}` : message, state: stateOf(book, stored, source) };
}

/** google.script.run and triggers: replaces the stored policy with a named preset (nasional, ...). */
export function applyPreset(
  id: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
  lock: GasLock | null = documentLock(),
): PolicyReply {
  if (!book) return noBook();
  const parsed = z.string().max(100).safeParse(id);
  if (!parsed.success || !isPresetId(parsed.data)) {
    // Only text is shown back: anything else a caller sends ("undefined", an object) is no preset name.
    const shown = typeof id === 'string' ? id.slice(0, 100) : '-';
    return refused(say('ADDON_POLICY_PRESET_UNKNOWN', { id: shown, presets: PRESET_IDS.join(', ') }));
  }
  const preset = POLICY_PRESETS[parsed.data]();
  return underLock(lock, () => store(book, preset));
}

/**
 * google.script.run and triggers: puts the previous policy back in force ("Pulihkan kebijakan
 * sebelumnya"); the policy it replaces becomes the previous one, so the restore can be undone too.
 */
export function restorePolicy(
  book: SpreadsheetPort | null = activeSpreadsheet(),
  lock: GasLock | null = documentLock(),
): PolicyReply {
  if (!book) return noBook();
  return underLock(lock, () => {
    const written = write(() => restorePreviousPolicy(book));
    if (!written.ok) return written.reply;
    const restored = written.value;
    if (!restored.ok)
      return refused(
        restored.reason === 'none'
          ? say('ADDON_POLICY_NO_PREVIOUS')
          : say('ADDON_POLICY_PREVIOUS_BROKEN', {
              detail: restored.issues.map((i) => formatIssue(i)).join(' '),
            }),
      );
    const stored = readStoredPolicy(book);
    const source = sourceOf(stored);
    return {
      ok: true,
      message: say('ADDON_POLICY_RESTORED', {
        name: restored.restored.policy.name,
        replaced: nameOf(restored.replaced),
      }),
      state: stateOf(book, stored, source),
    };
  });
}

/** google.script.run and triggers: the stored policy as readable, versioned JSON to download or share. */
export function exportPolicy(book: SpreadsheetPort | null = activeSpreadsheet()): ExportReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  const stored = readStoredPolicy(book);
  // A broken policy is not exported as the national defaults it is shown with: that would hide the damage.
  if (stored.status === 'broken') return { ok: false, message: sourceOf(stored) };
  // Named by the preset it follows: a file carrying a preset its values are not would pass the claim on.
  const policy = { ...stored.policy, preset: presetInForce(stored.policy) };
  return { ok: true, json: exportPolicyJson(policy), fileName: 'nilai-kerja-kebijakan.json' };
}

/** "Pengaturan kebijakan...": opens the sidebar, which then calls ambilKebijakan(). */
export const openPolicySettings: Action = ({ ui }) => {
  if (!ui) return failed(say('SHEETS_NEEDS_UI'));
  const html = gas().HtmlService?.createHtmlOutputFromFile(POLICY_SIDEBAR_FILE);
  if (!html) return failed(say('SHEETS_NEEDS_UI'));
  ui.showSidebar(html.setTitle(say('ADDON_POLICY_TITLE')).setWidth(360));
  return done();
};
