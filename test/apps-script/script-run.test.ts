/**
 * The typed google.script.run client (apps-script/src/ui/script-run.ts): what does not compile, what
 * it does at run time, what the sidebars show when a call fails, and that a sidebar's bundle holds no
 * server code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, detailOf } from '../../apps-script/src/ui/script-run';
import { t } from '../../shared/messages/format';
import { ensureBuilt, loadSandbox, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { openPage, scriptRun } from './sidebar-page';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UI = join(ROOT, 'apps-script', 'src', 'ui');
/** A page's module that exists only in memory, next to script-run.ts. */
const SNIPPET = join(UI, 'typed-calls.check.ts');

/**
 * Valid calls first (their replies are used field by field, so `unknown` or `any` would not do), then
 * calls that must not compile, each under `// @ts-expect-error TSxxxx why`.
 */
const SNIPPET_TEXT = `import { call } from './script-run';

export async function typed(): Promise<string[]> {
  const proposal = await call('ambilUsulanPemetaan');
  const sheets = proposal.ok ? proposal.proposal.sheets.map((s) => s.sheet) : [proposal.message];
  const saved = await call('simpanPemetaan', '{"version":1,"sheets":[]}');
  const state = await call('ambilKebijakan');
  const policy = await call('simpanKebijakan', '{}');
  const errors = policy.ok ? [policy.state.source] : policy.errors.map((e) => e.field + ': ' + e.message);
  const preset = await call('pilihPresetKebijakan', 'nasional');
  const exported = await call('eksporKebijakan');
  const pkg = await call('ambilPaketEkspor');
  const mappingFile = await call('eksporPemetaan');
  const check = await call('periksaImporPemetaan', '{}');
  const imported = await call('imporPemetaan', '{}');
  return [
    ...sheets,
    saved.message,
    state.ok ? state.state.policy.preset : state.message,
    ...errors,
    preset.message,
    exported.ok ? exported.fileName : exported.message,
    pkg.ok ? pkg.help + pkg.employees.toFixed(0) : pkg.message,
    mappingFile.ok ? mappingFile.json : mappingFile.message,
    ...(check.ok ? check.sheets : check.differences),
    imported.ok ? imported.message : imported.differences.join(', '),
  ];
}

export function refused(): void {
  // @ts-expect-error TS2345 a menu item is a global but not a sidebar call
  call('hitungNilai');
  // @ts-expect-error TS2345 a custom function is not a sidebar call either
  call('CAPAIAN', 1, 2);
  // @ts-expect-error TS2345 no such global
  call('ambilSemuaData');
  // @ts-expect-error TS2345 the mapping goes as JSON text, not as an object
  call('simpanPemetaan', { version: 1, sheets: [] });
  // @ts-expect-error TS2554 the mapping file to import is missing
  call('imporPemetaan');
  // @ts-expect-error TS2345 a preset is named by its id
  call('pilihPresetKebijakan', 1);
  // @ts-expect-error TS2554 the policy to save is missing
  call('simpanKebijakan');
  // @ts-expect-error TS2554 ambilKebijakan takes no argument
  call('ambilKebijakan', 'nasional');
  // @ts-expect-error TS2339 the reply is typed: it has json, not jsonText
  call('eksporKebijakan').then((reply) => reply.ok && reply.jsonText);
}
`;

function compilerOptions(): ts.CompilerOptions {
  const file = join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

/** Type-checks the snippet (and server-api.ts, whose EverySidebarCallIsTyped must hold) with the repo's tsconfig. */
function typeCheck(text: string, oldProgram?: ts.Program) {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === SNIPPET
      ? ts.createSourceFile(name, text, language, true)
      : getSourceFile(name, language, ...rest);
  host.fileExists = (name) => name === SNIPPET || fileExists(name);
  host.readFile = (name) => (name === SNIPPET ? text : readFile(name));
  const program = ts.createProgram({
    rootNames: [SNIPPET],
    options,
    host,
    ...(oldProgram ? { oldProgram } : {}),
  });
  const checked = [SNIPPET, join(ROOT, 'apps-script', 'src', 'server-api.ts')].map((f) => {
    const source = program.getSourceFile(f);
    if (!source) throw new Error(`not in the program: ${f}`);
    return source;
  });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((s) => [...program.getSyntacticDiagnostics(s), ...program.getSemanticDiagnostics(s)]),
  ].map((d) => ({
    file: d.file ? relative(ROOT, d.file.fileName) : '',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    code: `TS${d.code}`,
    message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
  }));
  return { program, diagnostics };
}

describe('typed sidebar calls (compile time)', () => {
  const expected = SNIPPET_TEXT.split('\n').flatMap((text, i) => {
    const m = /\/\/ @ts-expect-error (TS\d+)/.exec(text);
    return m ? [{ line: i + 2, code: m[1]! }] : [];
  });

  it('compiles the valid calls with typed replies, and every refused call is an error', () => {
    const { program, diagnostics } = typeCheck(SNIPPET_TEXT);
    // No error left: the valid calls compile and each @ts-expect-error met its error.
    expect(diagnostics).toEqual([]);

    // The same snippet without the directives: each refused line fails, for the reason it names.
    const bare = SNIPPET_TEXT.replace(/\/\/ @ts-expect-error (TS\d+)/g, '// expected $1');
    const errors = typeCheck(bare, program).diagnostics;
    expect(expected.length).toBe(9);
    expect(errors.map((d) => ({ line: d.line, code: d.code }))).toEqual(expected);
    expect(errors.every((d) => d.file === relative(ROOT, SNIPPET))).toBe(true);
    expect(errors[0]!.message).toContain('"hitungNilai"');
    expect(errors[0]!.message).toContain('SidebarCallName');
    expect(errors[3]!.message).toContain("parameter of type 'string'");
  }, 60_000);
});

describe('call() at run time', () => {
  const globals = globalThis as { google?: unknown };
  afterEach(() => {
    delete globals.google;
  });
  /** google.script.run as sidebar-page.ts fakes it, in front of a server that is one function. */
  const serve = (server: (name: string, ...args: unknown[]) => unknown) => {
    globals.google = { script: { run: scriptRun({ call: server } as unknown as Sandbox) } };
  };

  it('calls the global by name with the arguments and resolves with its reply', async () => {
    const seen: unknown[] = [];
    serve((name, ...args) => {
      seen.push(name, ...args);
      return { ok: true, message: 'disimpan' };
    });
    await expect(call('simpanPemetaan', '{"version":1}')).resolves.toEqual({ ok: true, message: 'disimpan' });
    expect(seen).toEqual(['simpanPemetaan', '{"version":1}']);
  });

  it('rejects with an Error of this realm carrying the failure text', async () => {
    // The failure arrives as an Error of another realm, as the sandbox's (and the iframe's) would.
    serve(() => {
      throw vm.runInNewContext('new Error("Exception: Service Spreadsheets timed out")');
    });
    const failure = await call('ambilKebijakan').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe('Exception: Service Spreadsheets timed out');
  });

  it('detailOf reads a message from any realm, or the value itself', () => {
    expect(detailOf(vm.runInNewContext('new TypeError("x is null")'))).toBe('x is null');
    expect(detailOf('NetworkError: Connection failure due to HTTP 0')).toBe(
      'NetworkError: Connection failure due to HTTP 0',
    );
    expect(detailOf({ message: '' })).toBe('[object Object]');
  });
});

describe('a failed call in the built pages', () => {
  beforeAll(ensureBuilt);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const detail = 'Exception: Service Spreadsheets timed out';
  const failing = (): Sandbox => ({
    ...loadSandbox(),
    call: () => {
      throw vm.runInNewContext(`new Error(${JSON.stringify(detail)})`);
    },
  });

  it.each([
    ['Mapping', t('SHEETS_UI_ERROR', { detail })],
    ['Policy', t('ADDON_UI_ERROR', { detail })],
    ['Export', t('ADDON_UI_ERROR', { detail })],
  ])('%s says why through its catalog message', async (page, text) => {
    const doc = openPage(failing(), page);
    await settle();
    const status = doc.getElementById('status')!;
    expect(status.textContent).toBe(text);
    expect(status.className).toContain('error');
  });
});

describe('sidebar bundles', () => {
  const pages = readdirSync(UI).filter((n) => n.endsWith('.html'));
  const entries = pages.flatMap((page) =>
    [...readFileSync(join(UI, page), 'utf8').matchAll(/<script src="([^"]+\.ts)"><\/script>/g)].map(
      (m) => [page, m[1]!] as const,
    ),
  );

  it('every page has a client script', () => {
    expect(entries.map(([page]) => page).sort()).toEqual(pages.sort());
  });

  it.each(entries)(
    '%s (%s) bundles script-run.ts and no server code, only types from globals.ts',
    (_, src) => {
      const result = buildSync({
        entryPoints: [join(UI, src)],
        bundle: true,
        format: 'iife',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = result.metafile.inputs;
      const names = Object.keys(inputs).map((f) =>
        relative(ROOT, join(process.cwd(), f)).replace(/\\/g, '/'),
      );
      expect(names).toContain('apps-script/src/ui/script-run.ts');
      expect(names).not.toContain('apps-script/src/globals.ts');
      expect(names).not.toContain('apps-script/src/server-api.ts');
      expect(names.filter((n) => n.includes('node_modules'))).toEqual([]);
      // Anything of the add-on outside ui/ must be a self-contained helper (policy-paths.ts, say):
      // one import and the server's modules (action, gas, port, workbook, zod...) would follow.
      const serverSide = Object.entries(inputs)
        .map(([f, input]) => [relative(ROOT, join(process.cwd(), f)).replace(/\\/g, '/'), input] as const)
        .filter(([n]) => n.startsWith('apps-script/') && !n.startsWith('apps-script/src/ui/'));
      for (const [name, input] of serverSide) expect(input.imports, name).toEqual([]);
    },
  );
});
