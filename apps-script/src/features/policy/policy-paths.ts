/** Dotted paths into plain JSON data ("distribution.rules.baik.0.share"); no imports, so sidebars can bundle it. */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The value at a dotted path ("a.0.b"), or undefined. */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Sets a value at a dotted path of plain JSON data, creating nothing: a path that does not exist is
 * refused (false), so a sidebar cannot add keys (nor "__proto__") to the policy.
 */
export function setPath(root: unknown, path: string, value: unknown): boolean {
  const keys = path.split('.');
  const last = keys.pop();
  if (last === undefined) return false;
  let node: unknown = root;
  for (const key of keys) {
    if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, last)) return false;
  (node as Record<string, unknown>)[last] = value;
  return true;
}
