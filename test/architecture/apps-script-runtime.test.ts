/**
 * What runs in Apps Script's V8 (the core, and the add-on's server side) keeps to what that runtime is
 * known to have (shared/README.md): no `Object.hasOwn`, no `structuredClone`, no `TextEncoder`/`TextDecoder`,
 * no `URL`/`URLSearchParams`, no regex lookbehind. The tests run on Node, which has them all, so a use
 * would pass every other test and fail only in the user's spreadsheet; esbuild lowers syntax for the
 * add-on's target but never supplies a library function. Read from the sources with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The sidebars (apps-script/src/ui) run in the user's browser, not in Apps Script. */
const CHECKED = ['shared', 'apps-script/src'];
const BROWSER_SIDE = join('apps-script', 'src', 'ui');
const MISSING_GLOBALS = new Set(['structuredClone', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams']);

function sources(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(REPO, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== BROWSER_SIDE) files.push(...sources(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** "file:line what" for each use of something Apps Script's V8 may lack. */
function missingInAppsScript(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Object' &&
      node.name.text === 'hasOwn'
    )
      at(node, 'Object.hasOwn');
    else if (ts.isIdentifier(node) && MISSING_GLOBALS.has(node.text)) {
      const parent = node.parent;
      // A name used as a value, not a property name, a type or an import of a type.
      const isValue =
        !(ts.isPropertyAccessExpression(parent) && parent.name === node) &&
        !ts.isPropertyAssignment(parent) &&
        !ts.isTypeReferenceNode(parent) &&
        !ts.isImportSpecifier(parent) &&
        !ts.isPropertySignature(parent) &&
        !ts.isMethodDeclaration(parent);
      if (isValue) at(node, node.text);
    } else if (ts.isRegularExpressionLiteral(node) && /\(\?<[=!]/.test(node.text)) at(node, 'lookbehind');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('what runs in Apps Script keeps to its runtime', () => {
  it('finds each use it refuses (the check bites)', () => {
    const planted = [
      'const a = Object.hasOwn(o, "k");',
      'const b = structuredClone(x);',
      'const c = new TextEncoder();',
      'const d = /(?<=Rp)\\d+/;',
      'const e = new URL("x");',
    ].join('\n');
    expect(missingInAppsScript('planted.ts', planted)).toEqual([
      'planted.ts:1 Object.hasOwn',
      'planted.ts:2 structuredClone',
      'planted.ts:3 TextEncoder',
      'planted.ts:4 lookbehind',
      'planted.ts:5 URL',
    ]);
    // What the code may write: the safe check, a property of that name, a capture group.
    const allowed = [
      'const a = Object.prototype.hasOwnProperty.call(o, "k");',
      'const b = { URL: 1 }.URL;',
      'const c = /(?<year>\\d{4})/;',
    ].join('\n');
    expect(missingInAppsScript('allowed.ts', allowed)).toEqual([]);
  });

  it('holds for the core and the add-on server side', () => {
    const found = CHECKED.flatMap(sources).flatMap((file) =>
      missingInAppsScript(relative(REPO, join(REPO, file)), readFileSync(join(REPO, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
