import {
  fail,
  type Issue,
  importPolicyJson,
  ok,
  type Policy,
  RESULTS_FORMAT,
  type Result,
  type ResultsPackage,
  ResultsPackageSchema,
  validatePolicy,
} from '../../../shared';

/**
 * What a JSON file picked on the options page turned out to be: a policy (exported by the add-on's
 * policy editor or written by a region's IT office) or a results package exported by the Sheets
 * add-on (shared/pipeline), which carries the policy it was scored with.
 */
export type ImportedFile =
  | { kind: 'policy'; policy: Policy }
  | { kind: 'package'; resultsPackage: ResultsPackage };

export type ImportResult = Result<ImportedFile> & { issues?: Issue[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A results package says so in `format`, or at least carries employees; a policy has neither. */
const looksLikePackage = (data: Record<string, unknown>): boolean =>
  data.format === RESULTS_FORMAT || Array.isArray(data.employees);

/** Names the package field zod complained about, e.g. "employees.2.capaian". */
function packageIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): Issue {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.') || 'format';
  return {
    code: 'EXT_PACKAGE_FIELD_INVALID',
    params: { field, detail: first?.message ?? '-' },
    severity: 'error',
  };
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
  if (data.format !== RESULTS_FORMAT) return fail('EXT_PACKAGE_NOT_PACKAGE', { field: 'format' });
  // The embedded policy goes through the policy importer first: it migrates older versions and its
  // messages name the field; prefixed with "policy." so the user finds it in the file.
  const policy = validatePolicy(data.policy);
  if (!policy.ok) {
    const prefix = (issue: Issue): Issue =>
      issue.params?.field === undefined
        ? issue
        : { ...issue, params: { ...issue.params, field: `policy.${issue.params.field}` } };
    return { ok: false, issue: prefix(policy.issue), issues: policy.issues?.map(prefix) };
  }
  const parsed = ResultsPackageSchema.safeParse({ ...data, policy: policy.value });
  if (!parsed.success) return { ok: false, issue: packageIssue(parsed.error) };
  return ok({ kind: 'package', resultsPackage: parsed.data });
}

/** Employees in a package, for the confirmation message. */
export const packageEmployeeCount = (pkg: ResultsPackage): number => pkg.employees.length;
