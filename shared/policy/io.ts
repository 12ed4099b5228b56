import { fail, type Issue, ok, type Result } from '../core/issue';
import type * as z from '../core/zod';
import { formulaTextIssues, unknownKeyIssues } from './checks';
import { POLICY_VERSION, type Policy, PolicySchema } from './schema';

/**
 * Migrations from each older stored version to the next. A stored policy is walked up to
 * POLICY_VERSION before validation. Version 0 is the unversioned draft format of early pilots,
 * which kept the TPP split as one number `tppDisciplinePercent` (e.g. 40).
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    const { tppDisciplinePercent, ...rest } = old;
    const discipline = { ...((rest.discipline as Record<string, unknown> | undefined) ?? {}) };
    if (typeof tppDisciplinePercent === 'number') {
      const share = tppDisciplinePercent / 100;
      discipline.tpp = {
        ...((discipline.tpp as object | undefined) ?? {}),
        disciplineShare: share,
        performanceShare: 1 - share,
      };
    }
    return { ...rest, discipline, version: 1 };
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Converts zod's issues to catalog issues that name the field by its path ("discipline.tpp.disciplineShare"). */
export function policyIssuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((zi): Issue => {
    const field = zi.path.map(String).join('.') || '(kebijakan)';
    switch (zi.code) {
      case 'invalid_type':
        return {
          code: 'POLICY_FIELD_TYPE',
          params: { field, expected: String(zi.expected) },
          severity: 'error',
        };
      case 'too_small':
        return {
          code: 'POLICY_FIELD_TOO_SMALL',
          params: { field, minimum: String(zi.minimum) },
          severity: 'error',
        };
      case 'too_big':
        return {
          code: 'POLICY_FIELD_TOO_BIG',
          params: { field, maximum: String(zi.maximum) },
          severity: 'error',
        };
      case 'invalid_value':
        return {
          code: 'POLICY_FIELD_CHOICE',
          params: { field, choices: zi.values.map(String).join(', ') },
          severity: 'error',
        };
      case 'unrecognized_keys':
        return {
          code: 'POLICY_FIELD_UNKNOWN',
          params: { field, keys: zi.keys.join(', ') },
          severity: 'error',
        };
      default:
        return { code: 'POLICY_FIELD_INVALID', params: { field, detail: zi.message }, severity: 'error' };
    }
  });
}

/**
 * Validates an already-parsed object as a policy, migrating older versions first. Besides the schema,
 * a key the schema does not know is refused by name with the closest known key (zod alone would drop
 * it silently), and so is any text that starts like a formula ("=", "+", "-", "@"): policy labels are
 * written into result cells. Every problem is listed in `issues`, the first also in `issue`.
 */
export function validatePolicy(input: unknown): Result<Policy> & { issues?: Issue[] } {
  if (!isRecord(input)) return fail('POLICY_NOT_OBJECT');
  let current: Record<string, unknown> = input;
  let version = typeof current.version === 'number' ? current.version : 0;
  if (version > POLICY_VERSION) return fail('POLICY_VERSION_NEWER', { version, supported: POLICY_VERSION });
  while (version < POLICY_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return fail('POLICY_VERSION_UNKNOWN', { version });
    current = migrate(current);
    version = typeof current.version === 'number' ? current.version : version + 1;
  }
  const unknown = unknownKeyIssues(current);
  const parsed = PolicySchema.safeParse(current);
  let issues: Issue[];
  if (parsed.success) issues = [...unknown, ...formulaTextIssues(parsed.data)];
  else {
    // zod reports unknown keys of a record too, without a suggestion: those found above replace them.
    const fromZod = policyIssuesFromZod(parsed.error).filter(
      (i) => unknown.length === 0 || i.code !== 'POLICY_FIELD_UNKNOWN',
    );
    issues = [...fromZod, ...unknown, ...formulaTextIssues(current)];
  }
  const [first] = issues;
  if (first) return { ok: false, issue: first, issues };
  return parsed.success ? ok(parsed.data) : fail('POLICY_NOT_OBJECT');
}

/** Reads a policy from JSON text (a file the user picked, a sheet property, an extension package). */
export function importPolicyJson(text: string): Result<Policy> & { issues?: Issue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('POLICY_JSON_INVALID', { detail: e instanceof Error ? e.message : String(e) });
  }
  return validatePolicy(data);
}

/** Serialises a policy to stable, readable JSON with its version number. */
export function exportPolicyJson(policy: Policy): string {
  return JSON.stringify({ ...policy, version: POLICY_VERSION }, null, 2);
}
