import {
  DEDUCTION_TABLES,
  exportPolicyJson,
  formatIssue,
  type Issue,
  isPresetId,
  POLICY_PRESETS,
  type Policy,
  PRESET_IDS,
  t,
  validatePolicy,
} from '../../../../shared';
import * as z from '../../../../shared/core/zod';
import { type Action, done, failed, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import type { SpreadsheetPort } from '../../port/types';
import { CHUNK_CHARS, MAX_CHUNKS } from '../../settings/chunked-property';
import { readStoredPolicy, savePolicy } from '../../settings/policy-store';
import { type PolicySection, policySections } from './policy-fields';
import { getPath } from './policy-paths';

export const POLICY_SIDEBAR_FILE = 'Policy';

/** What the sidebar shows: the policy, its editable numbers, where it comes from, the presets. */
export interface PolicyState {
  policy: Policy;
  sections: PolicySection[];
  /** The deduction table in use, for the table dropdown (the policy holds the whole table). */
  tableId: string;
  source: string;
  presets: { id: string; name: string }[];
}

export interface FieldError {
  field: string;
  message: string;
}

export type PolicyReply =
  | { ok: true; message: string; state: PolicyState }
  | { ok: false; message: string; errors: FieldError[] };

export type ExportReply = { ok: true; json: string; fileName: string } | { ok: false; message: string };

const presets = () => PRESET_IDS.map((id) => ({ id, name: POLICY_PRESETS[id]().name }));

function stateOf(policy: Policy, source: string): PolicyState {
  return {
    policy,
    sections: policySections(policy),
    tableId: policy.discipline.table.id,
    source,
    presets: presets(),
  };
}

const noBook = (): PolicyReply => ({ ok: false, message: say('SHEETS_NO_SPREADSHEET'), errors: [] });

/** google.script.run: the stored policy (or the defaults, saying so) for the sidebar. */
export function policyState(book: SpreadsheetPort | null = activeSpreadsheet()): PolicyReply {
  if (!book) return noBook();
  const stored = readStoredPolicy(book);
  const source =
    stored.status === 'broken'
      ? t('ADDON_POLICY_SOURCE_BROKEN', { detail: stored.issues.map((i) => formatIssue(i)).join(' ') })
      : t(stored.status === 'saved' ? 'ADDON_POLICY_SOURCE_SAVED' : 'ADDON_POLICY_SOURCE_DEFAULT');
  return { ok: true, message: source, state: stateOf(stored.policy, source) };
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
 * google.script.run and triggers: validates a policy (JSON text, from the form or an imported file)
 * with the zod schema and saves it in document properties. Each problem names its field.
 */
export function savePolicyJson(
  input: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): PolicyReply {
  if (!book) return noBook();
  // A trigger may pass the policy object itself; the sidebar passes text.
  const text = PolicyTextSchema.safeParse(
    typeof input === 'object' && input !== null ? JSON.stringify(input) : input,
  );
  if (!text.success) return { ok: false, message: say('ADDON_POLICY_INPUT_INVALID'), errors: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.data);
  } catch (e) {
    const issue: Issue = {
      code: 'POLICY_JSON_INVALID',
      params: { detail: e instanceof Error ? e.message : String(e) },
    };
    return { ok: false, message: formatIssue(issue), errors: [] };
  }
  resolveTable(data);
  const parsed = validatePolicy(data);
  if (!parsed.ok) {
    const errors = fieldErrors(parsed.issues ?? [parsed.issue], readStoredPolicy(book).policy);
    return { ok: false, message: errors.map((e) => e.message).join(' '), errors };
  }
  return store(book, parsed.value);
}

function store(book: SpreadsheetPort, policy: Policy): PolicyReply {
  if (!savePolicy(book, policy)) {
    const size = JSON.stringify(policy).length;
    return {
      ok: false,
      message: say('ADDON_POLICY_TOO_LARGE', { size, max: CHUNK_CHARS * MAX_CHUNKS }),
      errors: [],
    };
  }
  const source = t('ADDON_POLICY_SOURCE_SAVED');
  return {
    ok: true,
    message: say('ADDON_POLICY_SAVED', { name: policy.name }),
    state: stateOf(policy, source),
  };
}

/** google.script.run and triggers: replaces the stored policy with a named preset (nasional, ...). */
export function applyPreset(id: unknown, book: SpreadsheetPort | null = activeSpreadsheet()): PolicyReply {
  if (!book) return noBook();
  const parsed = z.string().max(100).safeParse(id);
  if (!parsed.success || !isPresetId(parsed.data)) {
    const shown = typeof id === 'string' ? id.slice(0, 100) : String(id);
    return {
      ok: false,
      message: say('ADDON_POLICY_PRESET_UNKNOWN', { id: shown, presets: PRESET_IDS.join(', ') }),
      errors: [],
    };
  }
  return store(book, POLICY_PRESETS[parsed.data]());
}

/** google.script.run and triggers: the stored policy as readable, versioned JSON to download or share. */
export function exportPolicy(book: SpreadsheetPort | null = activeSpreadsheet()): ExportReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  const stored = readStoredPolicy(book);
  return { ok: true, json: exportPolicyJson(stored.policy), fileName: 'nilai-kerja-kebijakan.json' };
}

/** "Pengaturan kebijakan...": opens the sidebar, which then calls ambilKebijakan(). */
export const openPolicySettings: Action = ({ ui }) => {
  if (!ui) return failed(say('SHEETS_NEEDS_UI'));
  const html = gas().HtmlService?.createHtmlOutputFromFile(POLICY_SIDEBAR_FILE);
  if (!html) return failed(say('SHEETS_NEEDS_UI'));
  ui.showSidebar(html.setTitle(say('ADDON_POLICY_TITLE')).setWidth(360));
  return done();
};
