import type { Issue } from '../../../shared/core/issue';
import { exportPolicyJson, importPolicyJson } from '../../../shared/policy/io';
import { defaultPolicy, type Policy } from '../../../shared/policy/schema';

/** Document property holding the region's policy (JSON, versioned, see shared/policy/io.ts). */
export const POLICY_PROPERTY = 'nilaiKerja.policy';

export interface PropertyReader {
  getProperty(key: string): string | null;
}

/**
 * The saved policy, or the national defaults when none is saved. A stored policy that no longer
 * validates falls back to the defaults and reports why, so scoring never stops on a bad setting.
 */
export function loadPolicy(props: PropertyReader | null): { policy: Policy; issue?: Issue } {
  const text = props?.getProperty(POLICY_PROPERTY) ?? null;
  if (!text) return { policy: defaultPolicy() };
  const parsed = importPolicyJson(text);
  return parsed.ok ? { policy: parsed.value } : { policy: defaultPolicy(), issue: parsed.issue };
}

export function savePolicy(props: { setProperty(key: string, value: string): void }, policy: Policy): void {
  props.setProperty(POLICY_PROPERTY, exportPolicyJson(policy));
}
