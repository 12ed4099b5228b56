import { LOAD_PERIOD_MODULE, PERIOD_API, type PeriodApi } from './api';

/*
 * Loads the period module once per frame (api.ts says why it is apart). The content script asks the
 * background, which injects src/content/period.js into this frame; the module then sits in the isolated
 * world under PERIOD_API. A table that needs it waits (no badge is written from a target compared the
 * wrong way) and is scanned again when the module arrives; when it cannot come (an old background, a frame
 * the extension may not script), the table is scored against its targets as written and says so.
 */

export type PeriodModuleState = { status: 'ready'; api: PeriodApi } | { status: 'loading' | 'failed' };

let loading = false;
let failed = false;
const waiting = new Set<() => void>();

const loaded = (): PeriodApi | undefined =>
  (globalThis as unknown as Record<symbol, PeriodApi | undefined>)[PERIOD_API];

function settle(): void {
  loading = false;
  if (!loaded()) failed = true;
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/**
 * The module when it is here; otherwise starts loading it (once) and calls `onSettled` when it arrived
 * or could not, so the caller scans again.
 */
export function periodModule(onSettled: () => void): PeriodModuleState {
  const api = loaded();
  if (api) return { status: 'ready', api };
  if (failed) return { status: 'failed' };
  waiting.add(onSettled);
  if (loading) return { status: 'loading' };
  loading = true;
  try {
    const runtime = (globalThis as { chrome?: typeof chrome }).chrome?.runtime;
    if (!runtime?.sendMessage) throw new Error('no extension runtime');
    runtime.sendMessage({ type: LOAD_PERIOD_MODULE }).then(settle, settle);
  } catch {
    // A test page without the extension runtime: scored as written, said so.
    queueMicrotask(settle);
  }
  return { status: 'loading' };
}
