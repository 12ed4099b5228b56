import type { Issue } from '../core/issue';
import { PolicySchema } from './schema';

/**
 * Checks of an imported policy that the zod schema does not make: keys it does not know (zod drops
 * them silently, so a misspelt "disciplineShar" would leave the national value in force unnoticed)
 * and texts that a spreadsheet would run as a formula. Both name the field in the catalog text.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The slice of zod 4's schema definitions the walk below reads (`schema._zod.def`). */
interface Def {
  type?: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, unknown>;
}
interface Schema {
  _zod?: { def?: Def };
}

const defOf = (schema: Schema | undefined): Def => schema?._zod?.def ?? {};

/** Unwraps default/optional/nullable/pipe so the walk reaches the object, array or record beneath. */
function unwrap(schema: Schema | undefined): Def {
  let def = defOf(schema);
  for (let i = 0; i < 20; i++) {
    if (
      def.type === 'default' ||
      def.type === 'optional' ||
      def.type === 'nullable' ||
      def.type === 'prefault'
    )
      def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else break;
  }
  return def;
}

/** Levenshtein distance, case-insensitive, with "_" and "-" ignored ("discipline_share" ~ "disciplineShare"). */
function distance(a: string, b: string): number {
  const norm = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');
  const x = norm(a);
  const y = norm(b);
  if (x === y) return 0;
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    row = next;
  }
  // Counts the case and separator differences dropped above as a fraction, so an exact match wins ties.
  return (row[y.length] ?? 0) + (a === b ? 0 : 0.1);
}

/** The known key closest to `key`, when close enough to be a likely misspelling. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(Math.max(key.length, best?.length ?? 0) / 3));
  return best !== undefined && bestDistance <= allowed + 0.1 ? best : undefined;
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** How many known keys a message lists when no close one is found. */
const KNOWN_LISTED = 12;

function unknownKey(path: string, key: string, known: readonly string[]): Issue {
  const field = join(path, key);
  const suggestion = closestKey(key, known);
  if (suggestion !== undefined)
    return {
      code: 'POLICY_KEY_UNKNOWN_NEAR',
      params: { field, suggestion: join(path, suggestion) },
      severity: 'error',
    };
  const listed = known.slice(0, KNOWN_LISTED).join(', ') + (known.length > KNOWN_LISTED ? ', ...' : '');
  return {
    code: 'POLICY_KEY_UNKNOWN',
    params: { field, known: listed || '-' },
    severity: 'error',
  };
}

function walkKeys(value: unknown, schema: Schema | undefined, path: string, out: Issue[]): void {
  const def = unwrap(schema);
  if (def.type === 'object' && def.shape && isRecord(value)) {
    const known = Object.keys(def.shape);
    for (const [key, child] of Object.entries(value)) {
      if (!Object.prototype.hasOwnProperty.call(def.shape, key)) out.push(unknownKey(path, key, known));
      else walkKeys(child, def.shape[key], join(path, key), out);
    }
  } else if (def.type === 'array' && Array.isArray(value)) {
    for (const [i, item] of value.entries()) walkKeys(item, def.element, join(path, i), out);
  } else if (def.type === 'record' && isRecord(value)) {
    const keys = unwrap(def.keyType);
    const known = keys.type === 'enum' && keys.entries ? Object.keys(keys.entries) : null;
    for (const [key, child] of Object.entries(value)) {
      if (known && !known.includes(key)) out.push(unknownKey(path, key, known));
      else walkKeys(child, def.valueType, join(path, key), out);
    }
  }
}

/**
 * Every key of `input` (a policy as parsed from JSON, already migrated) that the policy schema does not
 * know, each with the closest known key when one is near ("discipline.tpp.disciplineShar": did you mean
 * "discipline.tpp.disciplineShare"?).
 */
export function unknownKeyIssues(input: unknown): Issue[] {
  const out: Issue[] = [];
  walkKeys(input, PolicySchema as unknown as Schema, '', out);
  return out;
}

/** Characters that make Sheets (and Excel, LibreOffice) read a cell's text as a formula. */
const FORMULA_START = /^[=+\-@]/;
const SHOWN_TEXT = 40;

/**
 * Every text of a policy (labels of categories, SAKIP grades and components, RB areas, the deduction
 * table, the policy's name, ids) that starts with "=", "+", "-" or "@" (after leading spaces): written
 * into a result cell it would become a formula (e.g. =IMPORTXML(...) sending data away), so it is refused
 * by name when a policy is imported or saved, whatever the output code escapes later.
 */
export function formulaTextIssues(policy: unknown): Issue[] {
  const out: Issue[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const text = value.trimStart();
      if (FORMULA_START.test(text)) {
        const shown = text.length > SHOWN_TEXT ? `${text.slice(0, SHOWN_TEXT)}...` : text;
        out.push({
          code: 'POLICY_TEXT_FORMULA',
          params: { field: path || '(kebijakan)', text: shown, first: text.charAt(0) },
          severity: 'error',
        });
      }
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, join(path, i));
    } else if (isRecord(value))
      for (const [key, child] of Object.entries(value)) walk(child, join(path, key));
  };
  walk(policy, '');
  return out;
}
