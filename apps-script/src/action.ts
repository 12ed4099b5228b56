import { type MessageCode, type MessageParams, t } from '../../shared';
import { activeSpreadsheet, gas, log, tryUi } from './gas/env';
import type { GasLock, GasUi } from './gas/types';
import type { SpreadsheetPort } from './port/types';

/** What an action hands back: a title and the lines to tell the admin (already in Indonesian). */
export interface ActionOutcome {
  ok: boolean;
  lines: string[];
}

export interface ActionContext {
  book: SpreadsheetPort;
  /** Progress for long runs: a toast in the spreadsheet, nothing when headless. */
  progress(message: string): void;
  /** The Ui when the action was started from the menu, null from a trigger. */
  ui: GasUi | null;
}

export type Action = (ctx: ActionContext) => ActionOutcome;

export const done = (...lines: string[]): ActionOutcome => ({ ok: true, lines });
export const failed = (...lines: string[]): ActionOutcome => ({ ok: false, lines });
export const say = (code: MessageCode, params?: MessageParams): string => t(code, params, 'id');

/** How long a second run waits for the first one to finish before giving up. */
const LOCK_WAIT_MS = 30_000;

export interface RunDeps {
  book: SpreadsheetPort | null;
  ui: GasUi | null;
  lock: GasLock | null;
}

const liveDeps = (): RunDeps => {
  let lock: GasLock | null = null;
  try {
    lock = gas().LockService?.getDocumentLock() ?? null;
  } catch {
    lock = null;
  }
  return { book: activeSpreadsheet(), ui: tryUi(), lock };
};

/**
 * Runs one menu action: serialised with the document lock (two admins pressing "Hitung nilai" at once
 * must not interleave writes), errors turned into an Indonesian message (the action computes
 * everything before writing, so a failure leaves earlier results intact), the outcome shown in an
 * alert when there is a Ui and logged otherwise. Returns the text shown, for triggers and tests.
 */
export function runAction(titleCode: MessageCode, action: Action, deps: RunDeps = liveDeps()): string {
  const title = say(titleCode);
  let outcome: ActionOutcome;
  if (!deps.book) {
    outcome = failed(say('SHEETS_NO_SPREADSHEET'));
  } else if (deps.lock && !deps.lock.tryLock(LOCK_WAIT_MS)) {
    outcome = failed(say('SHEETS_BUSY'));
  } else {
    const book = deps.book;
    try {
      outcome = action({ book, ui: deps.ui, progress: (message) => book.toast(message, title, 5) });
    } catch (e) {
      outcome = failed(say('INTERNAL_ERROR', { detail: errorText(e) }));
    } finally {
      deps.lock?.releaseLock();
    }
  }
  const text = [title, ...outcome.lines].join('\n');
  if (deps.ui && outcome.lines.length > 0) {
    try {
      deps.ui.alert(text);
    } catch {
      log(text);
    }
  } else {
    log(text);
  }
  return text;
}

/**
 * Runs a sidebar call that writes under the document lock, as runAction does for menu actions: two admins
 * importing at once must not interleave their writes. `busy` answers when the lock stays taken.
 */
export function withDocumentLock<T>(busy: () => T, work: () => T): T {
  let lock: GasLock | null = null;
  try {
    lock = gas().LockService?.getDocumentLock() ?? null;
  } catch {
    lock = null;
  }
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return work();
  } finally {
    lock?.releaseLock();
  }
}

/**
 * The message of anything thrown. Errors thrown by Apps Script services (or by another realm in tests)
 * may fail `instanceof Error`, so the message is read structurally.
 */
export function errorText(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? message : String(e);
}

/**
 * A sidebar request that does not fit its schema (a stale panel, or a hand-made call): where it does not
 * fit, in the catalog's words; never zod's English text nor the value sent.
 */
export function requestInvalid(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
  const path = error.issues[0]?.path ?? [];
  return say('ADDON_REQUEST_INVALID', { field: path.length > 0 ? path.map(String).join('.') : '-' });
}
