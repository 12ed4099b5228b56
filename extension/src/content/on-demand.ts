import { logFeatureError } from './features/registry';
import { onRestored, timesHidden } from './page-cache';
import { LOAD_PANEL_MODULE, PANEL_API, type PanelApi } from './panel/api';
import { LOAD_PERIOD_MODULE, PERIOD_API, type PeriodApi } from './period/api';
import { LOAD_WORKING_DAYS_MODULE, WORKING_DAYS_API, type WorkingDaysApi } from './period/days-api';

/*
 * Loads an on-demand module once per frame: the period module (period/api.ts says why it is apart), the
 * working-days module (period/days-api.ts) or the panel module (panel/api.ts). The content script asks
 * the background, which injects the module's script into this frame; the module then sits in the isolated
 * world under its symbol. A table that needs it waits (no badge is written from a rule not yet there) and
 * is scanned again when the module arrives; the panel waits too and is drawn then from the summary the
 * scan left. When it cannot come (an old background, a frame the extension may not script), the table
 * (or the panel) says so; a load cut short by the back/forward cache is asked again (page-cache.ts).
 */

export type ModuleState<T> = { status: 'ready'; api: T } | { status: 'loading' | 'failed' };

/**
 * A loader of one module: the module when it is here; otherwise starts loading it (once) and calls
 * `onSettled` when it arrived or could not, so the caller scans (or draws) again. The same callback
 * given again while loading is called once; one that throws is logged and the others still run.
 */
function onDemand<T>(symbol: symbol, request: string): (onSettled: () => void) => ModuleState<T> {
  let loading = false;
  let failed = false;
  const waiting = new Set<() => void>();
  const loaded = (): T | undefined => (globalThis as unknown as Record<symbol, T | undefined>)[symbol];
  const settle = (): void => {
    loading = false;
    if (!loaded()) failed = true;
    const callbacks = [...waiting];
    waiting.clear();
    for (const callback of callbacks) {
      try {
        callback();
      } catch (error) {
        logFeatureError(request, error);
      }
    }
  };
  /** The latest request: an earlier one's answer is ignored. */
  let attempt = 0;
  const ask = (): void => {
    loading = true;
    const mine = ++attempt;
    const hidden = timesHidden();
    const answered = (): void => {
      if (mine !== attempt) return;
      // Cut short by the back/forward cache (refused, or "done" into a page that was not running): the
      // module is asked for again when the page is shown (page-cache.ts).
      if (hidden !== timesHidden() && !loaded()) return;
      settle();
    };
    try {
      const runtime = (globalThis as { chrome?: typeof chrome }).chrome?.runtime;
      if (!runtime?.sendMessage) throw new Error('no extension runtime');
      runtime.sendMessage({ type: request }).then(answered, answered);
    } catch {
      // A test page without the extension runtime: the module is there when the test imported it.
      queueMicrotask(settle);
    }
  };
  onRestored(() => {
    if (!loading) return;
    if (loaded()) {
      // The lost request's answer, should it come after all, is then an earlier attempt's: ignored.
      attempt++;
      settle();
    } else ask();
  });
  return (onSettled) => {
    const api = loaded();
    if (api) return { status: 'ready', api };
    if (failed) return { status: 'failed' };
    waiting.add(onSettled);
    if (!loading) ask();
    return { status: 'loading' };
  };
}

/** The period module (period/api.ts). */
export const periodModule = onDemand<PeriodApi>(PERIOD_API, LOAD_PERIOD_MODULE);

/** The working-days module (period/days-api.ts). */
export const workingDaysModule = onDemand<WorkingDaysApi>(WORKING_DAYS_API, LOAD_WORKING_DAYS_MODULE);

/** The panel module (panel/api.ts). */
export const panelModule = onDemand<PanelApi>(PANEL_API, LOAD_PANEL_MODULE);
