/**
 * The loader of the content script's on-demand modules (extension/src/content/on-demand.ts): one request
 * per frame however often a module is asked for while it loads; each waiting callback called once when it
 * settles, the same callback given again only once (the panel asks at every scan of a big table), one
 * that throws logged without keeping the others from running, and a request cut short by the
 * back/forward cache asked again when the page is shown (in Chromium: back-forward.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOAD_PANEL_MODULE, PANEL_API } from '../../extension/src/content/panel/api';

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  delete (globalThis as { addEventListener?: unknown }).addEventListener;
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

  /** The loader afresh, with the page's events and a background whose answers the test gives. */
  async function loaderInThePage() {
    vi.resetModules();
    // The page's own events, as a content script's global sees them.
    const listeners = new Map<string, (event: { persisted: boolean }) => void>();
    (globalThis as { addEventListener?: unknown }).addEventListener = (
      type: string,
      listener: (event: { persisted: boolean }) => void,
    ) => listeners.set(type, listener);
    const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
    (globalThis as { chrome?: unknown }).chrome = {
      runtime: {
        sendMessage: () =>
          new Promise<void>((resolve, reject) => {
            answers.push({ resolve, reject });
          }),
      },
    };
    const { panelModule } = await import('../../extension/src/content/on-demand');
    const page = (type: 'pagehide' | 'pageshow', persisted: boolean) => listeners.get(type)?.({ persisted });
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
    const arrives = () => {
      (globalThis as unknown as Record<symbol, unknown>)[PANEL_API] = { state: () => null };
    };
    return { panelModule, answers, page, settled, arrives };
  }

  it('asks again when Back shows a page left while the module loaded (its request never answered)', async () => {
    const { panelModule, answers, page, settled, arrives } = await loaderInThePage();
    const redraw = vi.fn();
    // The user follows a link while the module loads: the page enters the cache, the channel is closed
    // and the request is never answered (as Chromium does: back-forward.test.ts).
    expect(panelModule(redraw).status).toBe('loading');
    page('pagehide', true);
    await settled();
    expect(panelModule(redraw).status).toBe('loading');
    expect(answers).toHaveLength(1);

    // Back: the page is shown again and asks again; the module comes.
    page('pageshow', true);
    expect(answers).toHaveLength(2);
    arrives();
    answers[1]?.resolve();
    await settled();
    expect(redraw).toHaveBeenCalledTimes(1);
    expect(panelModule(redraw).status).toBe('ready');
    // The lost request's late answer changes nothing.
    answers[0]?.reject(new Error('closed'));
    await settled();
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('waits for the page to be shown when the cut request is refused, and a plain refusal is a failure', async () => {
    const { panelModule, answers, page, settled } = await loaderInThePage();
    const redraw = vi.fn();
    panelModule(redraw);
    page('pagehide', true);
    // Refused while the page is away (Chrome's "moved into back/forward cache" error): not a failure.
    answers[0]?.reject(
      new Error(
        'The page keeping the extension port is moved into back/forward cache, so the message channel is closed.',
      ),
    );
    await settled();
    expect(redraw).not.toHaveBeenCalled();
    expect(panelModule(redraw).status).toBe('loading');
    // A page shown without coming from the cache (a first load) is no reason to ask again.
    page('pageshow', false);
    expect(answers).toHaveLength(1);
    page('pageshow', true);
    expect(answers).toHaveLength(2);
    // This time the background refuses with the page in view: failed, said once, not asked again.
    answers[1]?.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await settled();
    expect(redraw).toHaveBeenCalledTimes(1);
    expect(panelModule(redraw).status).toBe('failed');
    page('pageshow', true);
    expect(answers).toHaveLength(2);
  });
});
