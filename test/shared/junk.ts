import fc from 'fast-check';
import { expect } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { isMessageCode } from '../../shared/messages/catalog';
import { formatIssue } from '../../shared/messages/format';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import { type Policy, PolicySchema } from '../../shared/policy/schema';

/*
 * Helpers for the "junk" property tests: every exported function of score/, org/ and discipline/ is
 * called with arbitrary values cast to its parameter types (what a careless caller, a damaged sheet or
 * a stored object from an older version may hand over). Policies stay valid: they are parsed by
 * PolicySchema at the boundary (importPolicyJson, the add-on's saved policy) before they reach the core.
 */

/** Anything at all, including the values that break naive code: null-prototype objects, BigInt, boxed values. */
export const junk: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Numbers people never mean: NaN, infinities, -0, huge and tiny. */
export const badNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 5e-324),
  fc.double(),
  fc.bigInt(),
);

/** A value that is sometimes right, sometimes junk: reaches deeper than the first type check. */
export const sometimes = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: good, weight: 2 },
    { arbitrary: badNumber, weight: 1 },
    { arbitrary: junk, weight: 1 },
  );

/** An array of records with the given keys, each value sometimes right, sometimes junk. */
export const junkRows = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.array(fc.record(shape, { requiredKeys: [] }), { maxLength: 8 }),
    fc.array(junk, { maxLength: 4 }),
    junk,
  );

const presets = fc.constantFrom(
  ...Object.entries(POLICY_PRESETS).map(([id, make]) =>
    Object.assign(make(), { [fc.toStringMethod]: () => `POLICY_PRESETS.${id}()` }),
  ),
);

/** Valid regional variations on the open choices: no cap, no clamping, other rounding, another TPP split. */
const variations = fc
  .record({
    aggregationCap: fc.constantFrom(null, 1, 1.2, 1.5),
    clampNegativeAtZero: fc.boolean(),
    insideRange: fc.constantFrom(1, 1.1),
    useWeights: fc.boolean(),
    includeTambahan: fc.boolean(),
    cap: fc.constantFrom('floor', 'round', 'ceil'),
    floor: fc.constantFrom('floor', 'round', 'ceil'),
    disciplineShare: fc.constantFrom(0, 0.4, 0.6),
    maxDeduction: fc.constantFrom(0, 0.5, 1),
  })
  .map((v) => {
    const policy = PolicySchema.parse({
      capaian: {
        aggregationCap: v.aggregationCap,
        clampNegativeAtZero: v.clampNegativeAtZero,
        insideRange: v.insideRange,
        useWeights: v.useWeights,
        includeTambahan: v.includeTambahan,
      },
      distribution: { rounding: { cap: v.cap, floor: v.floor } },
      discipline: {
        maxDeduction: v.maxDeduction,
        tpp: { disciplineShare: v.disciplineShare, performanceShare: 1 - v.disciplineShare },
      },
    });
    return Object.assign(policy, { [fc.toStringMethod]: () => `policy variation ${JSON.stringify(v)}` });
  });

/**
 * Valid policies: the presets and variations on their open choices, each printed briefly in a
 * counterexample (a whole policy would bury it).
 */
export const policies: fc.Arbitrary<Policy> = fc.oneof(presets, variations);

const SUSPICIOUS = /NaN|Infinity|undefined|\[object /;

function stringsIn(value: unknown, seen = new WeakSet<object>(), out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return out;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stringsIn([k, v], seen, out);
    else if (value instanceof Set) for (const v of value) stringsIn(v, seen, out);
    else for (const key of Reflect.ownKeys(value)) stringsIn(Reflect.get(value, key), seen, out);
  }
  return out;
}

const looksLikeIssue = (value: object): value is Issue =>
  'code' in value && typeof value.code === 'string' && isMessageCode(value.code);

/**
 * Asserts that `output` holds no NaN/Infinity number anywhere, and that no text in it (nor any issue it
 * carries, rendered in both languages) shows "NaN", "Infinity", "undefined" or "[object ...]", unless the
 * caller's own input contained such text (then echoing it back is fair).
 */
export function expectClean(output: unknown, ...inputs: unknown[]): void {
  const inputText = stringsIn(inputs).some((s) => SUSPICIOUS.test(s));
  const seen = new WeakSet<object>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') {
      expect(Number.isFinite(value), `${path} = ${String(value)}`).toBe(true);
      return;
    }
    if (typeof value === 'string') {
      if (!inputText) expect(value, path).not.toMatch(SUSPICIOUS);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (looksLikeIssue(value) && !inputText)
      for (const lang of ['id', 'en'] as const)
        expect(formatIssue(value, lang), path).not.toMatch(SUSPICIOUS);
    if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    else
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(output, 'output');
}

/** Casts junk to a parameter type: the point of these tests is that the types lie. */
export const as = <T>(value: unknown): T => value as T;
