// @vitest-environment happy-dom
/**
 * The summary panel and its module (extension/src/content/panel/): the badges never wait for it; the panel
 * is drawn when the module arrives, from the summary the scan left (the page is not read again for it);
 * when the module cannot come, the panel says so and the badges stand. (In Chromium, through the
 * background's injection: every panel test of test/extension.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverlaySettings } from '../../extension/src/content/features/registry';
import { LOAD_PANEL_MODULE, PANEL_API, type PanelApi } from '../../extension/src/content/panel/api';
import { defaultPolicy } from '../../shared/policy/schema';

const settings = (lang: 'id' | 'en' = 'id'): OverlaySettings => ({
  policy: defaultPolicy(),
  lang,
  results: new Map(),
  revision: 1,
});

/** Two staff rated on a supervisor's list: Rudi is due a reprimand (Sangat Kurang), Siti is not. */
function staffList(): void {
  document.body.innerHTML = `<h2>Penilaian Kinerja Bawahan</h2>
    <table><thead><tr><th>No</th><th>Nama</th><th>NIP</th><th>Capaian</th><th>Predikat Kinerja</th></tr></thead><tbody>
    <tr><td>1</td><td>Siti Rahmawati, S.E.</td><td>199003152015032002</td><td>96,5 %</td><td>Baik</td></tr>
    <tr><td>2</td><td>Rudi Hartono</td><td>198801102010011003</td><td>41,0 %</td><td>Sangat Kurang</td></tr>
    </tbody></table>`;
}

type Overlay = { start(): void; stop(): void; flush(): void };

/** The content script's modules afresh (the loader remembers per frame whether the module came). */
async function overlayOn(lang: 'id' | 'en' = 'id'): Promise<Overlay> {
  vi.resetModules();
  const [{ createOverlay }, { FEATURES }] = await Promise.all([
    import('../../extension/src/content/overlay'),
    import('../../extension/src/content/features'),
  ]);
  const overlay = createOverlay(document, settings(lang), FEATURES);
  overlay.start();
  return overlay;
}

const panelHost = (): Element | null => document.querySelector('[data-nilai-kerja="panel"]');

async function panelText(): Promise<string> {
  const { shadowOf } = await import('../../extension/src/content/dom/owned');
  const host = panelHost();
  return host ? (shadowOf(host)?.textContent ?? '') : '';
}

const personBadges = (): string[] =>
  Array.from(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]')).map(
    (b) => b.getAttribute('data-nip') ?? '',
  );

/** The overlay's passes (overlay.ts markDone), each with the rows it read. */
const doneMarks = (): { read: number }[] =>
  performance
    .getEntriesByName('nilai-kerja:done')
    .map((m) => (m as PerformanceMark).detail as { read: number });

const rowsReadSince = (pass: number): number =>
  doneMarks()
    .slice(pass)
    .reduce((sum, d) => sum + d.read, 0);

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

beforeEach(() => {
  performance.clearMarks();
});

afterEach(() => {
  document.body.innerHTML = '';
  delete (globalThis as { chrome?: unknown }).chrome;
});

// In this order: the module, once registered in the isolated world, stays there for the file.
describe('the summary panel and its module', () => {
  it('without the module: the badges are written, and the panel says the summary failed to load', async () => {
    staffList();
    const overlay = await overlayOn();
    await settle();
    overlay.flush();
    expect(personBadges()).toEqual(['199003152015032002', '198801102010011003']);
    const text = await panelText();
    expect(text).toContain('Ringkasan halaman ini gagal dimuat; lencana di tabel tetap berlaku.');
    // Nothing of what the module says is guessed in its place.
    expect(text).not.toContain('Perlu teguran');
    expect(panelHost()?.getAttribute('data-rows')).toBe('2');
    overlay.stop();
  });

  it('asks for the module once, draws the panel when it arrives, and reads nothing again for it', async () => {
    staffList();
    let arrive: (() => void) | undefined;
    let states = 0;
    const asked: unknown[] = [];
    // The background's answer, held until the test lets the module "arrive" (registered as the injected
    // script registers it).
    (globalThis as { chrome?: unknown }).chrome = {
      runtime: {
        sendMessage: (message: unknown) => {
          asked.push(message);
          return new Promise<void>((resolve) => {
            arrive = () => {
              void import('../../extension/src/content/panel/module').then(() => {
                // Counted from here: what the module is asked once it is there.
                const api = (globalThis as unknown as Record<symbol, PanelApi>)[PANEL_API] as PanelApi;
                const state = api.state;
                api.state = (...args) => {
                  states++;
                  return state(...args);
                };
                resolve();
              });
            };
          });
        },
      },
    };
    const overlay = await overlayOn();
    await settle();
    overlay.flush();
    // The badges are there; the panel waits for its words.
    expect(personBadges()).toEqual(['199003152015032002', '198801102010011003']);
    expect(panelHost()).toBeNull();
    expect(asked).toEqual([{ type: LOAD_PANEL_MODULE }]);
    // The page changes twice more while the module is on its way: each scan plans a panel it cannot draw.
    for (const name of ['Bayu Saputra', 'Dewi Anggraini']) {
      const row = document.querySelector('tbody tr')!.cloneNode(true) as HTMLTableRowElement;
      row.cells[1]!.textContent = name;
      row.cells[2]!.textContent = name === 'Bayu Saputra' ? '199205052018011004' : '199307072019032005';
      document.querySelector('tbody')!.append(row);
      await settle();
      overlay.flush();
    }
    expect(personBadges()).toHaveLength(4);
    expect(panelHost()).toBeNull();
    const scans = doneMarks().length;
    expect(scans).toBeGreaterThanOrEqual(3);

    arrive?.();
    // Drawn on arrival, not by a write of the overlay's: nothing is flushed here.
    await settle();
    const text = await panelText();
    expect(text).toContain('Rudi Hartono (198801102010011003)');
    expect(text).toContain('4 baris/kartu dinilai');
    // Drawn once, for the latest scan, not once per scan that waited.
    expect(states).toBe(1);
    // Drawn from the summary the scan left: no row was read again for it.
    expect(rowsReadSince(scans)).toBe(0);
    expect(asked).toHaveLength(1);
    overlay.stop();
  });

  it('with the module here, draws at once and asks for nothing (the English panel from its own catalog)', async () => {
    staffList();
    const asked: unknown[] = [];
    (globalThis as { chrome?: unknown }).chrome = {
      runtime: { sendMessage: async (message: unknown) => void asked.push(message) },
    };
    const overlay = await overlayOn('en');
    await settle();
    overlay.flush();
    const text = await panelText();
    expect(text).toContain('2 rows/cards scored');
    expect(text).toContain('Rudi Hartono (198801102010011003)');
    expect(asked.filter((m) => JSON.stringify(m).includes(LOAD_PANEL_MODULE))).toEqual([]);
    overlay.stop();
  });

  it('a page with nothing recognised asks for no module and gets no panel', async () => {
    document.body.innerHTML = '<h1>Berita daerah</h1><p>Tidak ada tabel kinerja di sini.</p>';
    vi.resetModules();
    const asked: unknown[] = [];
    (globalThis as { chrome?: unknown }).chrome = {
      runtime: { sendMessage: async (message: unknown) => void asked.push(message) },
    };
    // The module's registration is forgotten, so that a request would show.
    const { PANEL_API } = await import('../../extension/src/content/panel/api');
    const kept = (globalThis as unknown as Record<symbol, unknown>)[PANEL_API];
    delete (globalThis as unknown as Record<symbol, unknown>)[PANEL_API];
    try {
      const overlay = await overlayOn();
      await settle();
      overlay.flush();
      expect(panelHost()).toBeNull();
      expect(asked).toEqual([]);
      overlay.stop();
    } finally {
      (globalThis as unknown as Record<symbol, unknown>)[PANEL_API] = kept;
    }
  });
});
