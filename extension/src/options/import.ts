import {
  checkPresetClaim,
  fail,
  type Issue,
  ok,
  type Policy,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  RESULTS_VERSION_WHOLE_OPD,
  type Result,
  type ResultsPackage,
  ResultsPackageSchema,
  validatePolicy,
} from '../../../shared';
import { packageRefusal } from '../storage';
import { packageEmployeesIssue } from './package-checks';

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

/** The value at a zod issue's path in the parsed file (undefined where the path leads nowhere). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
  code?: string;
  values?: readonly unknown[];
}

/**
 * Names the package field zod complained about, e.g. "employees.2.capaian". A value outside a fixed
 * list (a predikat "Luar biasa", a rating) gets its own catalog message listing what is accepted:
 * zod's own text is English only. Other complaints keep zod's text as the detail.
 */
function packageIssue(error: { issues: ZodIssueLike[] }, data: unknown): Issue {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.') || 'format';
  if (first?.code === 'invalid_value' && first.values && first.values.length > 0) {
    const value = JSON.stringify(valueAt(data, first.path)) ?? '-';
    return {
      code: 'EXT_PACKAGE_VALUE_NOT_ALLOWED',
      params: {
        field,
        value: value.length > 60 ? `${value.slice(0, 60)}…` : value,
        allowed: first.values.map((v) => JSON.stringify(v)).join(', '),
      },
      severity: 'error',
    };
  }
  return {
    code: 'EXT_PACKAGE_FIELD_INVALID',
    params: { field, detail: first?.message ?? '-' },
    severity: 'error',
  };
}

/** The largest file the options page reads: far above any policy or one supervisor's package. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Refuses a file too large to be a policy or a package, before reading it (EXT_IMPORT_TOO_LARGE). */
export function importTooLarge(size: number): Issue | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  // Whole megabytes, rounded up: no decimal separator to get wrong in either language.
  const mb = (bytes: number): string => String(Math.ceil(bytes / (1024 * 1024)));
  return {
    code: 'EXT_IMPORT_TOO_LARGE',
    params: { size: mb(size), limit: mb(MAX_IMPORT_BYTES) },
    severity: 'error',
  };
}

/**
 * A file that is not JSON (a CSV, a spreadsheet, a broken edit). Only where the parser stopped is
 * said, never its message: that quotes the file's first characters, which may be a NIP and a name.
 */
function notJson(error: unknown, text: string): Issue {
  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)/.exec(message);
  if (!at) return { code: 'EXT_IMPORT_NOT_JSON', severity: 'error' };
  const before = text.slice(0, Number(at[1])).split('\n');
  const line = String(before.length);
  const column = String((before.at(-1)?.length ?? 0) + 1);
  return { code: 'EXT_IMPORT_NOT_JSON_AT', params: { line, column }, severity: 'error' };
}

/**
 * Validates a picked file. Errors name the field ("discipline.tpp.disciplineShare") in the catalog text.
 *
 * A results package is accepted only when it is for `userNip`, the NIP the user gave on the options
 * page: without one the page asks for it first (EXT_PACKAGE_NEEDS_NIP); a package for another
 * supervisor is refused (EXT_PACKAGE_OTHER_SUPERVISOR). A whole-OPD package (version 1, from before
 * per-supervisor packages) is refused whoever the user is (EXT_PACKAGE_WHOLE_OPD): privacy first, it
 * holds every employee's data, and a new export gives the supervisor their own package. A package
 * without employees, with a NIP that does not read as a NIP or is listed twice, or with a capaian
 * outside 0..10 is refused too (package-checks.ts): the overlay would drop or guess those rows.
 */
export function readImportedJson(text: string, userNip: string | null): ImportResult {
  let data: unknown;
  // A byte-order mark (Notepad's "UTF-8 with BOM") is encoding, not content.
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, issue: notJson(e, json) };
  }
  if (!isRecord(data) || !looksLikePackage(data)) {
    const policy = validatePolicy(data);
    if (!policy.ok) return policy;
    // The rule the add-on's save applies: an unknown preset is refused, one the values do not follow is
    // kept as custom (a warning says so), so the options page never shows a preset that is not in force.
    // A file naming no preset claims "nasional" (the schema's default), as it does in the add-on.
    const claim = checkPresetClaim(policy.value);
    return claim.ok ? ok({ kind: 'policy', policy: claim.value }, claim.warnings) : claim;
  }
  if (data.format !== RESULTS_FORMAT) return fail('EXT_PACKAGE_NOT_PACKAGE', { field: 'format' });
  if (data.version === RESULTS_VERSION_WHOLE_OPD) return fail('EXT_PACKAGE_WHOLE_OPD');
  // Checked before the fields: a newer add-on's package is not "invalid", and exporting it again from
  // that same add-on would only repeat the refusal. The user must update the extension.
  if (typeof data.version !== 'number' || !Number.isFinite(data.version))
    return fail('EXT_PACKAGE_VERSION_INVALID', { supported: String(RESULTS_VERSION) });
  if (data.version > RESULTS_VERSION)
    return fail('EXT_PACKAGE_VERSION_NEWER', {
      version: String(data.version),
      supported: String(RESULTS_VERSION),
    });
  if (data.version !== RESULTS_VERSION)
    return fail('EXT_PACKAGE_VERSION_UNKNOWN', { version: String(data.version) });
  // The embedded policy goes through the policy importer first: it migrates older versions and its
  // messages name the field; prefixed with "policy." so the user finds it in the file.
  const prefix = (issue: Issue): Issue =>
    issue.params?.field === undefined
      ? issue
      : { ...issue, params: { ...issue.params, field: `policy.${issue.params.field}` } };
  const policy = validatePolicy(data.policy);
  if (!policy.ok) return { ok: false, issue: prefix(policy.issue), issues: policy.issues?.map(prefix) };
  const claim = checkPresetClaim(policy.value);
  if (!claim.ok) return { ok: false, issue: { ...claim.issue, at: { field: 'policy.preset' } } };
  const parsed = ResultsPackageSchema.safeParse({ ...data, policy: claim.value });
  if (!parsed.success) return { ok: false, issue: packageIssue(parsed.error, data) };
  // Whose package it is comes first: another supervisor's employees are not examined or named.
  const refused = packageRefusal(parsed.data, userNip);
  if (refused) return { ok: false, issue: refused };
  const employees = packageEmployeesIssue(parsed.data);
  if (employees) return { ok: false, issue: employees };
  return ok({ kind: 'package', resultsPackage: parsed.data }, claim.warnings);
}

/** Employees in a package, for the confirmation message. */
export const packageEmployeeCount = (pkg: ResultsPackage): number => pkg.employees.length;
