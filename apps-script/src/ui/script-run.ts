/**
 * The one client of google.script.run for sidebars and dialogs, typed from globals.ts
 * (`../server-api.ts` lists which globals a page may call) and returning Promises:
 *
 *   call('simpanPemetaan', json).then((reply) => show(reply.message, !reply.ok))
 *
 * resolves with what the global returns and rejects with an Error when the call fails (the server
 * threw, the network dropped); pages show `detailOf(error)` through their catalog message
 * (SHEETS_UI_ERROR, ADDON_UI_ERROR). A name that is not a sidebar call, a missing or extra argument
 * or one of the wrong type does not compile (test/apps-script/script-run.test.ts).
 *
 * Only types come from the server side (`import type`), so a page's bundle holds this file and its
 * own code, nothing of Code.js.
 */
import { t } from '../../../shared/messages';
import type { SidebarApi, SidebarCallName } from '../server-api';

/** google.script.run as a page sees it: handlers first, then the global by name (answers later). */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
}
declare const google: { script: { run: ScriptRun } };

/** What a page sends to a sidebar call. */
export type CallArgs<K extends SidebarCallName> = Parameters<SidebarApi[K]>;
/** What a sidebar call answers (its return value in globals.ts, carried as JSON). */
export type CallResult<K extends SidebarCallName> = ReturnType<SidebarApi[K]>;

/** Calls a sidebar-callable global of Code.js. */
export function call<K extends SidebarCallName>(name: K, ...args: CallArgs<K>): Promise<CallResult<K>> {
  return new Promise<CallResult<K>>((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as CallResult<K>))
      .withFailureHandler((error) => reject(new Error(detailOf(error))));
    (run as unknown as Record<K, (...sent: CallArgs<K>) => void>)[name](...args);
  });
}

/**
 * The text of a failure, for the page's catalog message. google.script.run hands the failure handler
 * an Error (possibly of another realm, so no instanceof), rarely a bare string.
 */
export function detailOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return String(error);
}

/**
 * A failed call as a refusal of the add-on ({ ok: false, message } in ADDON_UI_ERROR), so the page's one
 * handler of replies shows both: `call(name).then(show).catch((error) => show(failedCall(error)))`.
 */
export function failedCall(error: unknown): { ok: false; message: string } {
  return { ok: false, message: t('ADDON_UI_ERROR', { detail: detailOf(error) }) };
}
