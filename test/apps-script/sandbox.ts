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
import {
  FakeConditionalBuilder,
  FakeSpreadsheet,
  FakeValidationBuilder,
  type SheetSeed,
} from './fake-gas/spreadsheet';

export const DIST = fileURLToPath(new URL('../../dist/apps-script', import.meta.url));

export class FakeProperties {
  readonly store = new Map<string, string>();
  constructor(
    private readonly rec: Recorder,
    private readonly kind: string,
  ) {}
  getProperty(key: string) {
    this.rec.rec(`${this.kind}.getProperty`);
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.rec.rec(`${this.kind}.setProperty`);
    if (typeof value !== 'string') throw new Error('Property values must be strings.');
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string) {
    this.rec.rec(`${this.kind}.deleteProperty`);
    this.store.delete(key);
    return this;
  }
  getProperties() {
    return Object.fromEntries(this.store);
  }
}

export class FakeLock {
  held = false;
  /** Set to simulate another execution holding the document lock. */
  heldElsewhere = false;
  constructor(private readonly rec: Recorder) {}
  tryLock(_ms: number) {
    this.rec.rec('Lock.tryLock');
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    this.rec.rec('Lock.releaseLock');
    this.held = false;
  }
  hasLock() {
    return this.held;
  }
}

export interface HtmlOutput {
  file: string;
  content: string;
  title: string;
  width?: number;
  height?: number;
  setTitle(t: string): HtmlOutput;
  setWidth(w: number): HtmlOutput;
  setHeight(h: number): HtmlOutput;
}

function htmlOutput(file: string, content: string): HtmlOutput {
  const out: HtmlOutput = {
    file,
    content,
    title: '',
    setTitle(t) {
      out.title = t;
      return out;
    },
    setWidth(w) {
      out.width = w;
      return out;
    },
    setHeight(h) {
      out.height = h;
      return out;
    },
  };
  return out;
}

export interface MenuRecord {
  kind: 'addon' | 'custom';
  caption?: string;
  items: ({ caption: string; fn: string } | 'separator')[];
  added: boolean;
}

export class FakeUi {
  menus: MenuRecord[] = [];
  sidebars: HtmlOutput[] = [];
  dialogs: { html: HtmlOutput; title: string }[] = [];
  alerts: string[] = [];
  promptAnswers: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  constructor(private readonly rec: Recorder) {}
  private menu(kind: MenuRecord['kind'], caption?: string) {
    const record: MenuRecord = { kind, items: [], added: false, ...(caption ? { caption } : {}) };
    const menu = {
      addItem: (caption: string, fn: string) => {
        record.items.push({ caption, fn });
        return menu;
      },
      addSeparator: () => {
        record.items.push('separator');
        return menu;
      },
      addSubMenu: () => menu,
      addToUi: () => {
        this.rec.rec('Ui.addToUi');
        record.added = true;
        this.menus.push(record);
      },
    };
    return menu;
  }
  createAddonMenu() {
    this.rec.rec('Ui.createAddonMenu');
    return this.menu('addon');
  }
  createMenu(caption: string) {
    this.rec.rec('Ui.createMenu');
    return this.menu('custom', caption);
  }
  showSidebar(html: HtmlOutput) {
    this.rec.rec('Ui.showSidebar');
    this.sidebars.push(html);
  }
  showModalDialog(html: HtmlOutput, title: string) {
    this.rec.rec('Ui.showModalDialog');
    this.dialogs.push({ html, title });
  }
  alert(message: string) {
    this.rec.rec('Ui.alert');
    this.alerts.push(message);
    return this.Button.OK;
  }
  prompt(_message: string) {
    this.rec.rec('Ui.prompt');
    const text = this.promptAnswers.shift() ?? '';
    return { getResponseText: () => text, getSelectedButton: () => this.Button.OK };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Utilities.formatDate for the patterns the add-on uses, with Asia/Jakarta = UTC+7 (no DST). */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const offsetHours = timeZone === 'Asia/Jakarta' ? 7 : 0;
  const d = new Date(date.getTime() + offsetHours * 3600_000);
  return pattern
    .replace('yyyy', String(d.getUTCFullYear()))
    .replace('MM', pad(d.getUTCMonth() + 1))
    .replace('dd', pad(d.getUTCDate()))
    .replace('HH', pad(d.getUTCHours()))
    .replace('mm', pad(d.getUTCMinutes()));
}

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
      createHtmlOutput: (content: string) => htmlOutput('(inline)', content),
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
