import { defaultPolicy, type Issue, importPolicyJson, POLICY_VERSION, type Policy } from '../../../shared';
import {
  asciiJson,
  commitVersion,
  type Damage,
  type Keep,
  manifestKey,
  type PropertyReader,
  type PropertyStore,
  type ReadOutcome,
  readCurrent,
  readPrevious,
  splitParts,
  swapPrevious,
} from './chunked-property';

/**
 * The region's policy in document properties (JSON, versioned, see shared/policy/io.ts), saved
 * atomically with one level of undo (see chunked-property.ts for the layout). Before manifests the
 * policy lived in this key itself (or "chunks:<n>" and "nilaiKerja.policy.1..n"); that is still read.
 */
export const POLICY_PROPERTY = 'nilaiKerja.policy';
/** Written last by every save: names the version in force and the one kept for "Pulihkan". */
export const POLICY_MANIFEST_PROPERTY = manifestKey(POLICY_PROPERTY);

export type { PropertyReader };

/** The policy as stored: none (national defaults), a valid one, or a broken one with the reasons. */
export type StoredPolicy =
  | { status: 'default' | 'saved'; policy: Policy }
  | { status: 'broken'; policy: Policy; issues: Issue[] };

/** Which part is damaged and what to do, in the catalog's words. */
function damageIssue(damage: Damage): Issue {
  switch (damage.kind) {
    case 'manifest':
      return { code: 'ADDON_POLICY_STORE_MANIFEST', params: { key: damage.key }, severity: 'error' };
    case 'missing':
      return {
        code: 'ADDON_POLICY_STORE_PART_MISSING',
        params: { part: String(damage.part), count: String(damage.count), key: damage.key },
        severity: 'error',
      };
    case 'checksum':
      return {
        code: 'ADDON_POLICY_STORE_CHECKSUM',
        params: { version: String(damage.version), count: String(damage.count) },
        severity: 'error',
      };
  }
}

/** A stored text read back as a policy: the reasons when it cannot be. */
function interpret(outcome: ReadOutcome): StoredPolicy & { text?: string } {
  if (outcome.kind === 'none') return { status: 'default', policy: defaultPolicy() };
  if (outcome.kind === 'damaged')
    return { status: 'broken', policy: defaultPolicy(), issues: [damageIssue(outcome.damage)] };
  const parsed = importPolicyJson(outcome.text);
  if (parsed.ok) return { status: 'saved', policy: parsed.value, text: outcome.text };
  const issues = (parsed.issues ?? [parsed.issue]).map(
    (issue): Issue =>
      issue.code === 'POLICY_JSON_INVALID'
        ? { code: 'ADDON_POLICY_STORE_JSON', params: issue.params ?? {}, severity: 'error' }
        : issue,
  );
  return { status: 'broken', policy: defaultPolicy(), issues };
}

const strip = ({ text: _text, ...stored }: StoredPolicy & { text?: string }): StoredPolicy => stored;

/**
 * Reads the saved policy strictly. Unlike the custom functions (which fall back to the defaults so a
 * cell never breaks), compute refuses to run on a broken policy: results from the wrong rules would
 * look right and be wrong. A missing part, a checksum that does not match, text that is not JSON or a
 * policy the schema refuses each comes back as its own issue, never as the national defaults.
 */
export function readStoredPolicy(props: PropertyReader): StoredPolicy {
  return strip(interpret(readCurrent(props, POLICY_PROPERTY)));
}

/**
 * The saved policy, or the national defaults when none is saved. A stored policy that cannot be read
 * falls back to the defaults and reports why in `issue`, so a custom function never stops on it.
 */
export function loadPolicy(props: PropertyReader | null): { policy: Policy; issue?: Issue } {
  if (!props) return { policy: defaultPolicy() };
  const stored = readStoredPolicy(props);
  return stored.status === 'broken' ? { policy: stored.policy, issue: stored.issues[0] } : stored;
}

/** The policy kept for "Pulihkan kebijakan sebelumnya": none, the national defaults, a saved or a broken one. */
export type PreviousPolicy = { status: 'none' } | StoredPolicy;

export function readPreviousPolicy(props: PropertyReader): PreviousPolicy {
  const outcome = readPrevious(props, POLICY_PROPERTY);
  return outcome === null ? { status: 'none' } : strip(interpret(outcome));
}

/** The stored form of a policy: compact JSON with its version, non-ASCII escaped. */
const storedText = (policy: Policy): string =>
  asciiJson(JSON.stringify({ ...policy, version: POLICY_VERSION }));

export type SaveOutcome = { ok: true; changed: boolean } | { ok: false; reason: 'too-large'; size: number };

/**
 * Saves the policy as a new version (see chunked-property.ts): the policy in force becomes the previous
 * one, for "Pulihkan". A damaged policy in force is not kept (it could not be restored); the previous
 * one then stays. Saving the policy already in force changes nothing (the previous one stays too).
 * Throws when a property write fails before the switch: the policy in force is then unchanged.
 * Callers hold the document lock.
 */
export function savePolicy(props: PropertyStore, policy: Policy): SaveOutcome {
  const text = storedText(policy);
  if (!splitParts(text)) return { ok: false, reason: 'too-large', size: text.length };
  const current = interpret(readCurrent(props, POLICY_PROPERTY));
  if (current.status === 'saved' && current.text === text) return { ok: true, changed: false };
  let keep: Keep = 'current';
  if (current.status === 'broken') {
    const previous = readPreviousPolicy(props).status;
    keep = previous === 'saved' || previous === 'default' ? 'previous' : 'none';
  }
  commitVersion(props, POLICY_PROPERTY, text, keep);
  return { ok: true, changed: true };
}

export type RestoreOutcome =
  | { ok: true; restored: StoredPolicy; replaced: StoredPolicy }
  | { ok: false; reason: 'none' }
  | { ok: false; reason: 'broken'; issues: Issue[] };

/**
 * Puts the previous policy back in force, and the one in force becomes the previous (so a restore can
 * itself be undone). Refused when there is none or it cannot be read. Callers hold the document lock.
 */
export function restorePreviousPolicy(props: PropertyStore): RestoreOutcome {
  const previous = readPreviousPolicy(props);
  if (previous.status === 'none') return { ok: false, reason: 'none' };
  if (previous.status === 'broken') return { ok: false, reason: 'broken', issues: previous.issues };
  const replaced = readStoredPolicy(props);
  if (!swapPrevious(props, POLICY_PROPERTY)) return { ok: false, reason: 'none' };
  return { ok: true, restored: previous, replaced };
}
