import type { Recorder } from './recorder';

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
  getKeys() {
    this.rec.rec(`${this.kind}.getKeys`);
    return [...this.store.keys()];
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

export function htmlOutput(file: string, content: string): HtmlOutput {
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
  /** Questions asked with buttons (alert(title, prompt, buttons)), in order. */
  questions: { title: string; prompt: string; buttons: string }[] = [];
  /** The buttons pressed for the next questions ('YES', 'NO', 'CANCEL'); CLOSE once none is left. */
  alertAnswers: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
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
  alert(message: string, prompt?: string, buttons?: string) {
    this.rec.rec('Ui.alert');
    if (prompt === undefined || buttons === undefined) {
      this.alerts.push(message);
      return this.Button.OK;
    }
    this.questions.push({ title: message, prompt, buttons });
    const answer = this.alertAnswers.shift() ?? this.Button.CLOSE;
    const allowed =
      buttons === 'YES_NO' ? ['YES', 'NO'] : buttons === 'YES_NO_CANCEL' ? ['YES', 'NO', 'CANCEL'] : ['OK'];
    if (answer !== this.Button.CLOSE && !allowed.includes(answer))
      throw new Error(`The dialog has no ${answer} button (${buttons}).`);
    return answer;
  }
  prompt(_message: string) {
    this.rec.rec('Ui.prompt');
    const text = this.promptAnswers.shift() ?? '';
    return { getResponseText: () => text, getSelectedButton: () => this.Button.OK };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Utilities.formatDate for the patterns the add-on uses, with Asia/Jakarta = UTC+7 (no DST). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const offsetHours = timeZone === 'Asia/Jakarta' ? 7 : 0;
  const d = new Date(date.getTime() + offsetHours * 3600_000);
  return pattern
    .replace('yyyy', String(d.getUTCFullYear()))
    .replace('MM', pad(d.getUTCMonth() + 1))
    .replace('dd', pad(d.getUTCDate()))
    .replace('HH', pad(d.getUTCHours()))
    .replace('mm', pad(d.getUTCMinutes()));
}
