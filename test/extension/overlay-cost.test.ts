// @vitest-environment happy-dom
/**
 * What keeps the overlay's own JavaScript light on a big page (issue 9, "light on the page"), checked
 * as behaviour: how much time each saves is the benchmark's business (bench/extension.ts).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
// The panel module, as the background injects it into a frame that has a summary (panel/api.ts).
import '../../extension/src/content/panel/module';
import type { BadgeData } from '../../extension/src/content/dom/badge';
import { BadgeSlots } from '../../extension/src/content/dom/badge-slots';
import { forgetAll, textOfCell } from '../../extension/src/content/dom/grid';
import { own } from '../../extension/src/content/dom/owned';
import { FEATURES } from '../../extension/src/content/features';
import type { OverlaySettings, ScanBatch, Write } from '../../extension/src/content/features/registry';
import { summaryPanel } from '../../extension/src/content/features/summary-panel';
import { type PageChanges, watchPage } from '../../extension/src/content/observe';
import { createOverlay } from '../../extension/src/content/overlay';
import { emptyContribution, PageSummary } from '../../extension/src/content/summary';
import { percentText } from '../../extension/src/content/verdict/show';
import { formatNumberForLang } from '../../shared/messages';
import { defaultPolicy } from '../../shared/policy/schema';

const policy = defaultPolicy();
const settings = (): OverlaySettings => ({ policy, lang: 'id', results: new Map(), revision: 1 });

afterEach(() => {
  document.body.innerHTML = '';
  forgetAll();
  vi.restoreAllMocks();
});

/** Lets the page's mutation records reach the observer (delivered in a microtask). */
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('the watcher and the overlay’s own writes', () => {
  it('files the page’s changes made before our writes, records none of ours, and keeps watching after', async () => {
    document.body.innerHTML =
      '<table id="skp"><tr><td id="realisasi">12 Dokumen</td></tr></table><table id="lain"><tr><td id="x">-</td></tr></table>';
    const seen: PageChanges[] = [];
    const watcher = watchPage(document, (changes) => seen.push(changes));
    // The page edits a realisasi; in the same task, before any record is delivered, we write a badge.
    document.getElementById('realisasi')!.textContent = '13 Dokumen';
    watcher.unobserved(() => {
      const badge = own(document.createElement('span'));
      badge.setAttribute('data-nilai-kerja', 'badge');
      document.getElementById('x')!.append(badge);
    });
    watcher.runNow();
    expect(seen).toHaveLength(1);
    // The page's edit was kept; our badge (in the other table) made no record at all.
    expect([...seen[0]!.tables].map((t) => t.id)).toEqual(['skp']);
    // Watching again: the page's next edit is seen.
    document.getElementById('x')!.textContent = 'Sudah sesuai';
    await settle();
    watcher.runNow();
    expect([...seen[1]!.tables].map((t) => t.id)).toEqual(['lain']);
    watcher.stop();
  });
});

describe('the summary panel on a page scanned in slices', () => {
  it('is drawn once per frame, by the last slice’s write, from the live summary', () => {
    document.body.innerHTML = '<table id="t"><tr><td>Siti Rahmawati</td></tr></table>';
    const controller = new AbortController();
    let handler: ((batch: ScanBatch) => Write[]) | undefined;
    summaryPanel.init(controller.signal, { onScan: (h) => (handler = h) });
    const summary = new PageSummary();
    const batch = (): ScanBatch => ({
      doc: document,
      pageType: 'daftar-pegawai',
      tables: [],
      cards: undefined,
      settings: settings(),
      summary,
      stats: { touchedRows: 0 },
      mayScore: () => true,
      unfinished: new Set(),
    });
    const contribution = { ...emptyContribution('daftar-pegawai'), counts: { pegawai: 1 } };
    summary.set(document.getElementById('t')!, contribution);
    const first = handler!(batch());
    const second = handler!(batch());
    // The frame runs both slices' writes: the first is superseded and draws nothing.
    for (const write of first) write();
    expect(document.querySelector('[data-nilai-kerja="panel"]')).toBeNull();
    summary.set(document.getElementById('t')!, { ...contribution, counts: { pegawai: 2 } });
    for (const write of second) write();
    const panel = document.querySelector('[data-nilai-kerja="panel"]');
    expect(panel?.getAttribute('data-rows')).toBe('2');
    controller.abort();
    expect(document.querySelector('[data-nilai-kerja="panel"]')).toBeNull();
  });
});

describe('badges written only when what they show changed', () => {
  const data = (tooltip: string, flags: BadgeData['flags'] = ['tanpa_bukti']): BadgeData => ({
    kind: 'indikator',
    capaian: 0.925,
    kategori: 'sangat_tinggi',
    flags,
    nip: '199003152015031002',
    label: '92,5% Sangat Tinggi',
    tooltip,
    tone: 'good',
  });

  it('compares a new score with the one shown field by field, not by identity', () => {
    document.body.innerHTML = '<table><tr><td id="c">37 Dokumen</td></tr></table>';
    const cell = document.getElementById('c')!;
    const slots = new BadgeSlots<Element>();
    const place = (badge: HTMLElement): void => {
      cell.append(badge);
    };
    const reason = 'Capaian 92,5% (Sangat Tinggi): realisasi 37 Dokumen dari target 40 Dokumen.';
    slots.write(cell, data(reason), place)!();
    // A re-scan scores the row again into a new object saying the same: nothing to write.
    expect(slots.write(cell, data(reason), place)).toBeUndefined();
    // Another reason, or another flag, is a change: the badge is rewritten in place.
    const other = slots.write(cell, data(`${reason}\n• Tidak ada umpan balik.`), place);
    expect(other).toBeTypeOf('function');
    other!();
    expect(slots.write(cell, data(reason, ['tanpa_bukti', 'tanpa_umpan_balik']), place)).toBeTypeOf(
      'function',
    );
    expect(cell.querySelectorAll('[data-nilai-kerja="badge"]')).toHaveLength(1);
    expect(cell.querySelector('[data-nilai-kerja="badge"]')?.getAttribute('title')).toBe(
      `${reason}\n• Tidak ada umpan balik.`,
    );
  });
});

describe('percentages written on badges', () => {
  it('are the core’s text for every capaian, however often one is written', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -10, max: 10, noNaN: true }),
          fc.integer({ min: 0, max: 40 }).map((n) => n / 32),
        ),
        fc.constantFrom('id' as const, 'en' as const),
        (fraction, lang) => {
          const expected = formatNumberForLang(fraction * 100, lang, 2);
          expect(percentText(fraction, lang)).toBe(expected);
          expect(percentText(fraction, lang)).toBe(expected);
        },
      ),
    );
    expect(percentText(0.925, 'id')).toBe('92,5');
    expect(percentText(0.925, 'en')).toBe('92.5');
  });
});

describe('cell text read once', () => {
  it('reads a text-only cell afresh and keeps a cell with elements until it is seen to change', () => {
    document.body.innerHTML =
      '<table><tr><td id="plain">12 Dokumen</td><td id="rich"><span>8</span> Laporan</td></tr></table>';
    const plain = document.getElementById('plain')!;
    const rich = document.getElementById('rich')!;
    expect([textOfCell(plain), textOfCell(rich)]).toEqual(['12 Dokumen', '8 Laporan']);
    // A text-only cell costs no more to read than to look up: it is not cached, so it is never stale.
    plain.textContent = '13  Dokumen ';
    expect(textOfCell(plain)).toBe('13 Dokumen');
    // A cell with elements is cached (the observer forgets it when it changes: forgetChanged).
    rich.querySelector('span')!.textContent = '9';
    expect(textOfCell(rich)).toBe('8 Laporan');
  });
});

describe('a big table scanned in slices', () => {
  const rows = (count: number): string =>
    Array.from({ length: count }, (_, i) => {
      const nip = `19850${(i % 9) + 1}152010011${String(i + 1).padStart(3, '0')}`;
      return `<tr><td>${i + 1}</td><td>Pegawai ${i + 1}<br><small>${nip}</small></td><td>Tersusunnya laporan ${i % 20}</td>
        <td>Jumlah laporan</td><td>${10 + (i % 7)} Laporan</td><td>${6 + (i % 9)} Laporan</td></tr>`;
    }).join('');

  it('writes its badges in two frames: the top first, then the rest once every row is scored', async () => {
    document.body.innerHTML = `<table><thead><tr><th>No</th><th>Nama / NIP</th><th>Rencana Hasil Kerja</th>
      <th>Indikator Kinerja Individu</th><th>Target</th><th>Realisasi</th></tr></thead><tbody>${rows(700)}</tbody></table>`;
    const marks: { touched: number; complete: boolean }[] = [];
    const mark = performance.mark.bind(performance);
    vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
      if (name === 'nilai-kerja:done') marks.push(options?.detail as { touched: number; complete: boolean });
      return mark(name);
    });
    // No time for more than the minimum in a slice: the 700 rows take many slices to read and score.
    const overlay = createOverlay(document, settings(), FEATURES, { sliceMs: 0 });
    overlay.start();
    await vi.waitFor(() => expect(marks.some((m) => m.complete)).toBe(true), { timeout: 10_000 });
    // One mark per batch of writes (per frame): the top rows, then every other badge at once.
    expect(marks).toHaveLength(2);
    expect(marks[0]!.complete).toBe(false);
    expect(marks[0]!.touched).toBeGreaterThan(0);
    expect(marks[0]!.touched).toBeLessThan(700);
    expect(marks[0]!.touched + marks[1]!.touched).toBe(700);
    expect(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="indikator"]')).toHaveLength(700);
    expect(document.querySelectorAll('[data-nilai-kerja="badge"][data-kind="pegawai"]')).toHaveLength(700);
    overlay.stop();
  });
});
