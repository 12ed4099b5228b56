/**
 * Runs the BUILT add-on (dist/apps-script/Code.js) in a node:vm context holding fake Apps Script
 * services, and drives it as Sheets would: onOpen(e), menu functions by name, google.script.run calls,
 * custom functions with 2D arrays. Every service call is recorded ({ name, sheet }) so tests and the
 * bench can assert what was touched and that calls do not grow with rows.
 * The context forbids code generation from strings, so any eval/new Function in the bundle fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Recorder } from './fake-gas/recorder';
import { FakeLock, FakeProperties, FakeUi, formatDate, htmlOutput } from './fake-gas/services';
import {
  FakeConditionalBuilder,
  FakeSpreadsheet,
  FakeValidationBuilder,
  type SheetSeed,
} from './fake-gas/spreadsheet';

export { FakeLock, FakeProperties, FakeUi } from './fake-gas/services';

export const DIST = fileURLToPath(new URL('../../dist/apps-script', import.meta.url));

export interface SandboxOptions {
  sheets?: SheetSeed[];
  /** false simulates a trigger or custom-function context: SpreadsheetApp.getUi() throws. */
  withUi?: boolean;
  documentProperties?: Record<string, string>;
}

export interface Sandbox {
  context: vm.Context;
  rec: Recorder;
  book: FakeSpreadsheet;
  ui: FakeUi;
  documentProperties: FakeProperties;
  lock: FakeLock;
  logs: string[];
  /** Calls a top-level function of Code.js by name, like a menu item or google.script.run. */
  call(name: string, ...args: unknown[]): unknown;
  /** Names of the top-level functions Code.js declared. */
  globalFunctions(): string[];
}

/** The names the sandbox itself puts into the context (not declared by Code.js). */
const SERVICE_NAMES = new Set([
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Charts',
  'Utilities',
  'Session',
  'Logger',
  'console',
]);

export function codeJs(): string {
  const file = join(DIST, 'Code.js');
  if (!existsSync(file))
    throw new Error('dist/apps-script/Code.js is missing: run npx tsx apps-script/build.ts');
  return readFileSync(file, 'utf8');
}

export function loadSandbox(options: SandboxOptions = {}): Sandbox {
  const rec = new Recorder();
  const book = new FakeSpreadsheet(rec);
  for (const seed of options.sheets ?? []) book.addSheet(seed);
  const ui = new FakeUi(rec);
  const documentProperties = new FakeProperties(rec, 'DocumentProperties');
  for (const [k, v] of Object.entries(options.documentProperties ?? {})) documentProperties.store.set(k, v);
  const userProperties = new FakeProperties(rec, 'UserProperties');
  const lock = new FakeLock(rec);
  const logs: string[] = [];
  const cache = new Map<string, string>();
  const withUi = options.withUi ?? true;

  const services = {
    SpreadsheetApp: {
      getActive: () => {
        rec.rec('SpreadsheetApp.getActive');
        return book;
      },
      getActiveSpreadsheet: () => {
        rec.rec('SpreadsheetApp.getActive');
        return book;
      },
      getUi: () => {
        rec.rec('SpreadsheetApp.getUi');
        if (!withUi) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      },
      newDataValidation: () => new FakeValidationBuilder(),
      newConditionalFormatRule: () => new FakeConditionalBuilder(),
      flush: () => rec.rec('SpreadsheetApp.flush'),
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => {
        rec.rec('HtmlService.createHtmlOutputFromFile');
        const file = join(DIST, `${name}.html`);
        if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
        return htmlOutput(name, readFileSync(file, 'utf8'));
      },
      createTemplateFromFile: (name: string) => {
        rec.rec('HtmlService.createTemplateFromFile');
        const content = readFileSync(join(DIST, `${name}.html`), 'utf8');
        return { evaluate: () => htmlOutput(name, content) };
      },
      createHtmlOutput: (content: string) => {
        rec.rec('HtmlService.createHtmlOutput');
        return htmlOutput('(inline)', content);
      },
    },
    PropertiesService: {
      getDocumentProperties: () => documentProperties,
      getUserProperties: () => userProperties,
      getScriptProperties: () => userProperties,
    },
    LockService: {
      getDocumentLock: () => {
        rec.rec('LockService.getDocumentLock');
        return lock;
      },
      getScriptLock: () => lock,
      getUserLock: () => lock,
    },
    CacheService: {
      getDocumentCache: () => ({
        get: (k: string) => cache.get(k) ?? null,
        put: (k: string, v: string) => void cache.set(k, v),
        remove: (k: string) => void cache.delete(k),
      }),
    },
    Charts: { ChartType: { COLUMN: 'COLUMN', BAR: 'BAR', PIE: 'PIE', LINE: 'LINE' } },
    Utilities: { formatDate },
    Session: { getScriptTimeZone: () => 'Asia/Jakarta' },
    Logger: { log: (m: unknown) => void logs.push(String(m)) },
    console: { log: (m: unknown) => logs.push(String(m)), warn: () => {}, error: () => {} },
  };

  const context = vm.createContext({ ...services }, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(codeJs(), context, { filename: 'Code.js' });

  return {
    context,
    rec,
    book,
    ui,
    documentProperties,
    lock,
    logs,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      return (fn as (...a: unknown[]) => unknown).apply(context, args);
    },
    globalFunctions() {
      return Object.keys(context).filter(
        (k) => !SERVICE_NAMES.has(k) && typeof (context as Record<string, unknown>)[k] === 'function',
      );
    },
  };
}

/** Deep copy of a vm-realm value into this realm, for toEqual across realms. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let built = false;
/** Builds the add-on once per test process (build.ts writes atomically, so parallel files are safe). */
export async function ensureBuilt(): Promise<void> {
  if (built) return;
  const { buildAddon } = await import('../../apps-script/build');
  buildAddon();
  built = true;
}
