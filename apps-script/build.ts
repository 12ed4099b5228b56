/**
 * Builds the editor add-on into dist/apps-script/: appsscript.json, ONE Code.js and the sidebar HTML.
 *
 * Code.js = the whole add-on bundled by esbuild into one private global (`NilaiKerja_`, hidden by
 * Apps Script because the name ends in "_"), followed by one real top-level `function` per export of
 * apps-script/src/globals.ts. Apps Script only sees top-level function declarations (menus,
 * triggers, google.script.run and custom functions all look them up by name), and any top-level
 * function is callable from a sidebar, so nothing else may be global. Each stub keeps its JSDoc so
 * that Sheets offers autocomplete for `@customfunction`s.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const srcDir = join(here, 'src');
const outDir = join(root, 'dist', 'apps-script');
export const GLOBAL_NAME = 'NilaiKerja_';
/** Apps Script's V8 runtime; es2019 keeps us clear of syntax it might not parse. */
const TARGET = 'es2019';

export interface GlobalFunction {
  name: string;
  params: string[];
  jsDoc: string;
  customFunction: boolean;
}

/** Reads the exported functions of globals.ts, with their parameter names and JSDoc, via the TS compiler. */
export function readGlobals(file = join(srcDir, 'globals.ts')): GlobalFunction[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const out: GlobalFunction[] = [];
  for (const statement of source.statements) {
    const exported =
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      throw new Error(`globals.ts: re-exports are not allowed; declare each global as an exported function.`);
    }
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new Error(
        `globals.ts: only exported function declarations may be exported (line ${line(source, statement)}).`,
      );
    }
    const jsDocNodes = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
    const jsDoc = jsDocNodes.map((d) => text.slice(d.getStart(source), d.getEnd())).join('\n');
    out.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText(source).replace(/^\.\.\./, '')),
      jsDoc,
      customFunction: /@customfunction\b/.test(jsDoc),
    });
  }
  return out;
}

const line = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

function stub(fn: GlobalFunction): string {
  const doc = fn.jsDoc ? `${fn.jsDoc}\n` : '';
  return `${doc}function ${fn.name}(${fn.params.join(', ')}) {\n  return ${GLOBAL_NAME}.${fn.name}.apply(this, arguments);\n}\n`;
}

function bundle(entry: string, globalName?: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    target: TARGET,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    // Smaller upload and faster cold start; identifiers stay readable in Stackdriver stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

/** Inlines `<link rel="stylesheet" href="x.css">` and `<script src="x.ts"></script>` of a UI page. */
function buildHtml(file: string): string {
  const dir = dirname(file);
  return readFileSync(file, 'utf8')
    .replace(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g, (_, href: string) => {
      return `<style>\n${readFileSync(join(dir, href), 'utf8')}</style>`;
    })
    .replace(/<script src="([^"]+\.ts)"><\/script>/g, (_, src: string) => {
      // A "</script" inside a string would end the inline script early.
      const js = bundle(join(dir, src)).replace(/<\/script/gi, '<\\/script');
      return `<script>\n${js}</script>`;
    });
}

/** Write-then-rename, so a test process reading dist/ never sees a half-written file. */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function buildAddon(): { outDir: string; globals: GlobalFunction[] } {
  mkdirSync(outDir, { recursive: true });
  const globals = readGlobals();
  const names = new Set<string>();
  for (const g of globals) {
    if (names.has(g.name)) throw new Error(`globals.ts: ${g.name} is declared twice.`);
    if (g.name.endsWith('_')) throw new Error(`globals.ts: ${g.name} ends in "_" and would be hidden.`);
    names.add(g.name);
  }
  const code = bundle(join(srcDir, 'globals.ts'), GLOBAL_NAME);
  if (!/^("use strict";\s*)?var NilaiKerja_\s*=/.test(code)) throw new Error('unexpected bundle prologue');
  if (/\beval\s*\(|new Function\s*\(/.test(code)) throw new Error('the bundle must not use eval');
  const header =
    '// Nilai Kerja: built by apps-script/build.ts. Do not edit; edit apps-script/src instead.\n';
  writeAtomic(join(outDir, 'Code.js'), `${header}${code}\n${globals.map(stub).join('\n')}`);
  writeAtomic(join(outDir, 'appsscript.json'), readFileSync(join(here, 'appsscript.json'), 'utf8'));
  const uiDir = join(srcDir, 'ui');
  for (const name of readdirSync(uiDir).filter((n) => n.endsWith('.html'))) {
    writeAtomic(join(outDir, basename(name)), buildHtml(join(uiDir, name)));
  }
  return { outDir, globals };
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { outDir: dir, globals } = buildAddon();
  console.log(`Built ${dir}: Code.js with ${globals.length} globals, appsscript.json, sidebars.`);
}
