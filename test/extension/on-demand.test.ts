/**
 * The loader of the content script's on-demand modules (extension/src/content/on-demand.ts): one request
 * per frame however often a module is asked for while it loads; each waiting callback called once when it
 * settles, the same callback given again only once (the panel asks at every scan of a big table), and one
 * that throws logged without keeping the others from running.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOAD_PANEL_MODULE, PANEL_API } from '../../extension/src/content/panel/api';

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  delete (globalThis as unknown as Record<symbol, unknown>)[PANEL_API];
  vi.restoreAllMocks();
});

/** The loader afresh, with a background whose answer waits for `arrive`. */
async function loaderWithHeldAnswer() {
  vi.resetModules();
  const asked: unknown[] = [];
  let answer: (() => void) | undefined;
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      sendMessage: (message: unknown) => {
        asked.push(message);
        return new Promise<void>((resolve) => {
          answer = resolve;
        });
      },
    },
  };
  const { panelModule } = await import('../../extension/src/content/on-demand');
  const arrive = async (registered: boolean): Promise<void> => {
    if (registered) (globalThis as unknown as Record<symbol, unknown>)[PANEL_API] = { state: () => null };
    answer?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { panelModule, asked, arrive };
}

describe('on-demand modules', () => {
  it('asks once, calls each waiting callback once (the same one given again: once), then answers ready', async () => {
    const { panelModule, asked, arrive } = await loaderWithHeldAnswer();
    const redraw = vi.fn();
    const other = vi.fn();
    for (let scan = 0; scan < 11; scan++) expect(panelModule(redraw).status).toBe('loading');
    expect(panelModule(other).status).toBe('loading');
    expect(asked).toEqual([{ type: LOAD_PANEL_MODULE }]);
    await arrive(true);
    expect(redraw).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(1);
    expect(panelModule(redraw).status).toBe('ready');
    expect(asked).toHaveLength(1);
  });

  it('logs a callback that throws, still calls the others, and answers failed when no module came', async () => {
    const { panelModule, arrive } = await loaderWithHeldAnswer();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const after = vi.fn();
    panelModule(() => {
      throw new Error('gambar panel gagal');
    });
    panelModule(after);
    await arrive(false);
    expect(after).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('gambar panel gagal');
    expect(panelModule(after).status).toBe('failed');
  });
});
