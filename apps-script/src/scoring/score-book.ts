import type { Issue } from '../../../../shared/core/issue';
import { formatIssue } from '../../../../shared/messages/format';
import type { WorkbookInput } from '../../../../shared/model/input';
import { scoreOrganisation } from '../../../../shared/pipeline';
import type { OrganisationResult } from '../../../../shared/pipeline/schema';
import { importPolicyJson } from '../../../../shared/policy/io';
import { defaultPolicy, type Policy } from '../../../../shared/policy/schema';
import { say } from '../../action';
import type { SpreadsheetPort } from '../../port/types';
import { POLICY_PROPERTY } from '../../settings/policy-store';
import { ROLE_SHEET } from '../../workbook/roles';
import { readWorkbook, toWorkbookInput, type WorkbookRead } from '../../workbook/workbook';
import { readChunked } from './chunked-property';

/** The policy as stored: none (national defaults), a valid one, or a broken one with the reason. */
export type StoredPolicy =
  | { status: 'default' | 'saved'; policy: Policy }
  | { status: 'broken'; policy: Policy; issues: Issue[] };

/**
 * Reads the saved policy strictly. Unlike the custom functions (which fall back to the defaults so a
 * cell never breaks), compute refuses to run on a broken policy: results from the wrong rules would
 * look right and be wrong.
 */
export function readStoredPolicy(props: { getProperty(key: string): string | null }): StoredPolicy {
  const text = readChunked(props, POLICY_PROPERTY);
  if (!text) return { status: 'default', policy: defaultPolicy() };
  const parsed = importPolicyJson(text);
  if (parsed.ok) return { status: 'saved', policy: parsed.value };
  return { status: 'broken', policy: defaultPolicy(), issues: parsed.issues ?? [parsed.issue] };
}

/** Everything a phase-2 action needs, computed before any sheet is written. */
export interface Scored {
  read: WorkbookRead;
  input: WorkbookInput;
  policy: Policy;
  result: OrganisationResult;
}

export type ScoreOutcome = { ok: true; scored: Scored } | { ok: false; lines: string[] };

/** The scoring function, replaceable in tests to inject a failure. */
export type Scorer = (input: WorkbookInput, policy: Policy) => OrganisationResult;

/**
 * Reads each input sheet once (values and display values of its data range), builds the core's
 * WorkbookInput with the saved (or detected) mapping and scores it with the saved policy. Writes
 * nothing: a refusal names the reason in Indonesian and leaves every sheet as it was.
 */
export function scoreBook(
  book: SpreadsheetPort,
  progress: (message: string) => void,
  score: Scorer = scoreOrganisation,
): ScoreOutcome {
  const stored = readStoredPolicy(book);
  if (stored.status === 'broken') {
    const detail = stored.issues.map((i) => formatIssue(i)).join(' ');
    return { ok: false, lines: [say('ADDON_POLICY_BROKEN', { detail })] };
  }
  progress(say('ADDON_READING'));
  const read = readWorkbook(book);
  const missing = (['employees', 'indicators'] as const).filter((role) => !read.tables[role]);
  if (missing.length > 0)
    return {
      ok: false,
      lines: [say('ADDON_NO_INPUT', { missing: missing.map((r) => `"${ROLE_SHEET[r]}"`).join(', ') })],
    };
  const input = toWorkbookInput(read, book);
  progress(say('ADDON_SCORING', { count: input.employees.rows.length }));
  const result = score(input, stored.policy);
  return { ok: true, scored: { read, input, policy: stored.policy, result } };
}
