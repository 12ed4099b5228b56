import { fail, type Issue, ok, type Result } from '../../../shared/core/issue';
import { importPolicyJson, validatePolicy } from '../../../shared/policy/io';
import type { Policy } from '../../../shared/policy/schema';
import { type StoredResultsPackage, StoredResultsPackageSchema } from '../storage';

/**
 * What a JSON file picked on the options page turned out to be: a policy (exported by the add-on's
 * policy editor or written by a region's IT office) or a results package exported by the Sheets
 * add-on, which may carry the policy it was scored with.
 */
export type ImportedFile =
  | { kind: 'policy'; policy: Policy }
  | { kind: 'package'; resultsPackage: StoredResultsPackage; policy: Policy | null };

export type ImportResult = Result<ImportedFile> & { issues?: Issue[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A results package says so (`kind`) or carries scored rows; a policy has neither. */
function looksLikePackage(data: Record<string, unknown>): boolean {
  return (
    (typeof data.kind === 'string' && /result|package|hasil/i.test(data.kind)) || Array.isArray(data.rows)
  );
}

/** Validates a picked file. Errors name the field ("discipline.tpp.disciplineShare") in the catalog text. */
export function readImportedJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return importPolicyJson(text) as ImportResult; // yields POLICY_JSON_INVALID with the parser's detail
  }
  if (!isRecord(data) || !looksLikePackage(data)) {
    const policy = validatePolicy(data);
    return policy.ok ? ok({ kind: 'policy', policy: policy.value }) : policy;
  }
  const pkg = StoredResultsPackageSchema.safeParse(data);
  if (!pkg.success) {
    const field = pkg.error.issues[0]?.path.map(String).join('.') || 'rows';
    return fail('EXT_PACKAGE_NOT_PACKAGE', { field });
  }
  if (data.policy === undefined) return ok({ kind: 'package', resultsPackage: pkg.data, policy: null });
  const policy = validatePolicy(data.policy);
  if (!policy.ok) {
    // The policy inside a package: prefix its field paths so the user finds them in the file.
    const prefix = (issue: Issue): Issue =>
      issue.params?.field === undefined
        ? issue
        : { ...issue, params: { ...issue.params, field: `policy.${issue.params.field}` } };
    return { ok: false, issue: prefix(policy.issue), issues: policy.issues?.map(prefix) };
  }
  return ok({ kind: 'package', resultsPackage: pkg.data, policy: policy.value });
}

/** Rows in a package, for the confirmation message. */
export const packageRowCount = (pkg: StoredResultsPackage): number =>
  Array.isArray(pkg.rows) ? pkg.rows.length : 0;
