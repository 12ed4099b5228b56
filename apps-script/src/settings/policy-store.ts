import { defaultPolicy, type Issue, importPolicyJson, POLICY_VERSION, type Policy } from '../../../shared';
import {
  asciiJson,
  type PropertyReader,
  type PropertyStore,
  readChunked,
  writeChunked,
} from './chunked-property';

/** Document property holding the region's policy (JSON, versioned, see shared/policy/io.ts). */
export const POLICY_PROPERTY = 'nilaiKerja.policy';

export type { PropertyReader };

/**
 * The saved policy, or the national defaults when none is saved. A stored policy that no longer
 * validates falls back to the defaults and reports why, so scoring never stops on a bad setting.
 */
export function loadPolicy(props: PropertyReader | null): { policy: Policy; issue?: Issue } {
  const text = readChunked(props, POLICY_PROPERTY);
  if (!text) return { policy: defaultPolicy() };
  const parsed = importPolicyJson(text);
  return parsed.ok ? { policy: parsed.value } : { policy: defaultPolicy(), issue: parsed.issue };
}

/** The policy as stored: none (national defaults), a valid one, or a broken one with the reason. */
export type StoredPolicy =
  | { status: 'default' | 'saved'; policy: Policy }
  | { status: 'broken'; policy: Policy; issues: Issue[] };

/**
 * Reads the saved policy strictly. Unlike the custom functions (which fall back to the defaults so a
 * cell never breaks), compute refuses to run on a broken policy: results from the wrong rules would
 * look right and be wrong.
 */
export function readStoredPolicy(props: PropertyReader): StoredPolicy {
  const text = readChunked(props, POLICY_PROPERTY);
  if (!text) return { status: 'default', policy: defaultPolicy() };
  const parsed = importPolicyJson(text);
  if (parsed.ok) return { status: 'saved', policy: parsed.value };
  return { status: 'broken', policy: defaultPolicy(), issues: parsed.issues ?? [parsed.issue] };
}

/**
 * Saves the policy as compact JSON, split over several properties when it exceeds the 9 KB a
 * document property may hold (see chunked-property.ts). False when it is too large even so.
 */
export function savePolicy(props: PropertyStore, policy: Policy): boolean {
  return writeChunked(
    props,
    POLICY_PROPERTY,
    asciiJson(JSON.stringify({ ...policy, version: POLICY_VERSION })),
  );
}
