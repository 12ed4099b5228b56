/**
 * What changes between two policies, value by value, so a surface can show the user what a preset,
 * a reset, an import or a restore would replace before it does (each surface labels the paths it shows).
 */

/** One changed value: its dotted path ("discipline.tpp.disciplineShare"), before and after (undefined: absent). */
export interface PolicyChange {
  path: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf (number, text, boolean, null) that differs, in the order of `after` then `before`. */
export function policyChanges(before: unknown, after: unknown): PolicyChange[] {
  const out: PolicyChange[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    const aBranch = Array.isArray(a) || isRecord(a);
    const bBranch = Array.isArray(b) || isRecord(b);
    if (aBranch || bBranch) {
      const keys = new Set<string>();
      if (bBranch) for (const k of Object.keys(b as object)) keys.add(k);
      if (aBranch) for (const k of Object.keys(a as object)) keys.add(k);
      for (const k of keys) {
        const child = (v: unknown, branch: boolean): unknown =>
          branch && Object.prototype.hasOwnProperty.call(v, k)
            ? (v as Record<string, unknown>)[k]
            : undefined;
        walk(child(a, aBranch), child(b, bBranch), path === '' ? k : `${path}.${k}`);
      }
      // A branch replaced by a value (not merely absent) also shows as a change of the branch itself.
      const leaf = aBranch ? b : a;
      if (aBranch !== bBranch && leaf !== undefined)
        out.push({ path, before: aBranch ? undefined : a, after: bBranch ? undefined : b });
      return;
    }
    if (!Object.is(a, b)) out.push({ path, before: a, after: b });
  };
  walk(before, after, '');
  return out;
}

/** True when `path` is `field` or lies inside it ("discipline.table.perOccurrence.TK" inside "discipline.table"). */
export const isWithin = (path: string, field: string): boolean =>
  path === field || path.startsWith(`${field}.`);
