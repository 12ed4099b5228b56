// @vitest-environment happy-dom
/**
 * One edited row re-read and re-scored in place (issue 9, point 3): model/table.ts patchRows leaves the
 * grid exactly as a fresh read would, or says the table must be read again; the overlay, when the
 * observer reports edited cells, re-reads and re-scores only their rows and ends up showing what a
 * full pass over the edited page shows.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetChanged, gridText } from '../../extension/src/content/dom/grid';
import { FEATURES } from '../../extension/src/content/features';
import type { Feature, OverlaySettings } from '../../extension/src/content/features/registry';
import { patchRows, readTable, type TableModel } from '../../extension/src/content/model/table';
import { collectChanges, type PageChanges } from '../../extension/src/content/observe';
import { createOverlay } from '../../extension/src/content/overlay';
import type { Contribution } from '../../extension/src/content/summary';
import { defaultPolicy } from '../../shared/policy/schema';

const settings = (): OverlaySettings => ({
  policy: defaultPolicy(),
  lang: 'id',
  results: new Map(),
  revision: 1,
});

afterEach(() => {
  document.body.innerHTML = '';
  performance.clearMarks();
});

const PEOPLE = [
  ['Siti Rahmawati', '199003152015032004'],
  ['Agus Setiawan', '198811072014021001'],
  ['Dewi Lestari', '199205212019032011'],
];
const SATUAN = ['Dokumen', 'Laporan', 'Kegiatan', 'Orang'];

/**
 * An SKP recap of several people: per person one RHK spanning its indicators (rowspan, layout a), a
 * Bobot per RHK spanning its rows too, and in each indicator row target, realisasi (number in a span,
 * as apps render it), bukti and umpan balik.
 */
function recapHtml(indicatorsPerPerson = 3): string {
  const rows: string[] = [];
  let no = 0;
  PEOPLE.forEach(([name, nip], p) => {
    for (let i = 0; i < indicatorsPerPerson; i++) {
      no++;
      const satuan = SATUAN[(p + i) % SATUAN.length]!;
      const first = i === 0;
      rows.push(
        `<tr><td>${no}</td><td>${name}<br><small>${nip}</small></td>` +
          (first
            ? `<td rowspan="${indicatorsPerPerson}">Terlaksananya layanan administrasi kepegawaian ${p + 1}</td>`
            : '') +
          `<td>Jumlah ${satuan.toLowerCase()} yang diselesaikan</td>` +
          (first ? `<td rowspan="${indicatorsPerPerson}">${30 + p * 5}</td>` : '') +
          `<td>${10 + i} ${satuan}</td><td><span>${6 + p + i}</span> ${satuan}</td>` +
          `<td>${i % 2 ? '<a href="#bukti">bukti</a>' : ''}</td><td>${i === 1 ? '' : 'Sudah sesuai'}</td></tr>`,
      );
    }
  });
  return `<table id="rekap"><thead><tr><th>No</th><th>Nama / NIP</th><th>Rencana Hasil Kerja</th>
    <th>Indikator Kinerja Individu</th><th>Bobot (%)</th><th>Target</th><th>Realisasi</th><th>Bukti Dukung</th>
    <th>Umpan Balik</th></tr></thead><tbody id="body">${rows.join('')}</tbody></table>`;
}

/** A person's first row holds the rowspanned RHK and Bobot cells; their other rows do not. */
const FIRST_ROW = {
  no: 1,
  nama: 2,
  rhk: 3,
  indikator: 4,
  bobot: 5,
  target: 6,
  realisasi: 7,
  bukti: 8,
  umpan: 9,
};
const OTHER_ROW = { no: 1, nama: 2, indikator: 3, target: 4, realisasi: 5, bukti: 6, umpan: 7 } as Record<
  keyof typeof FIRST_ROW,
  number
>;

/** The `<td>` of a field in the n-th body row (1-based), as the page lays it out. */
function cellAt(row: number, field: keyof typeof FIRST_ROW): HTMLTableCellElement {
  const tr = document.querySelector(`#body tr:nth-child(${row})`)!;
  const column = (tr.children.length === 9 ? FIRST_ROW : OTHER_ROW)[field];
  return tr.children[column - 1] as HTMLTableCellElement;
}

/** Edits a cell's text as a page script would, and forgets its read text as the observer does. */
function edit<T extends Element>(cell: T, text: string): T {
  cell.textContent = text;
  forgetChanged(cell);
  return cell;
}

function readRecap(): TableModel {
  const model = readTable(document.getElementById('rekap')!);
  if (!model) throw new Error('recap not recognised');
  return model;
}

describe('patchRows', () => {
  it('writes an edited realisasi into its row only, as a fresh read has it', () => {
    document.body.innerHTML = recapHtml();
    const model = readRecap();
    const realisasi = cellAt(5, 'realisasi');
    edit(realisasi.querySelector('span')!, '11');
    const rows = patchRows(model, [realisasi]);
    expect(rows?.map((row) => row.source)).toEqual([realisasi.parentElement]);
    expect(gridText(model.grid)).toEqual(gridText(readRecap().grid));
  });

  it('patches every row a rowspanned Bobot covers', () => {
    document.body.innerHTML = recapHtml();
    const model = readRecap();
    const bobot = cellAt(4, 'bobot');
    expect(bobot.rowSpan).toBe(3);
    edit(bobot, '40');
    const rows = patchRows(model, [bobot]);
    expect(rows).toHaveLength(3);
    expect(gridText(model.grid)).toEqual(gridText(readRecap().grid));
  });

  it('asks for a whole read when an edit may change which rows are what', () => {
    const cases: [string, (doc: Document) => Element][] = [
      // The RHK decides which indicators group together.
      ['rhk', () => edit(cellAt(1, 'rhk'), 'Tersusunnya laporan keuangan')],
      // The NIP decides whose indicator it is.
      ['nip', () => edit(cellAt(2, 'nama'), 'Agus Setiawan 198811072014021001')],
      // A target emptied: the row may stop being an indicator.
      ['target', () => edit(cellAt(2, 'target'), '')],
      // The row's first filled cell (TOTAL and section rows are told by it).
      ['no', () => edit(cellAt(2, 'no'), 'TOTAL')],
      // A header cell.
      ['header', (doc) => edit(doc.querySelector('thead th:nth-child(7)')!, 'Capaian')],
    ];
    for (const [what, change] of cases) {
      document.body.innerHTML = recapHtml();
      const model = readRecap();
      expect({ what, rows: patchRows(model, [change(document)]) }).toEqual({ what, rows: undefined });
    }
  });

  it('asks for a whole read of a cell it never read (a hidden row)', () => {
    document.body.innerHTML = recapHtml();
    cellAt(3, 'no').parentElement!.setAttribute('hidden', '');
    const model = readRecap();
    const cell = cellAt(3, 'target');
    edit(cell, '9 Kegiatan');
    expect(patchRows(model, [cell])).toBeUndefined();
  });

  it('property: a patch leaves the grid a fresh read would give, touching only the edited rows', () => {
    const editable = ['realisasi', 'bukti', 'umpan', 'target', 'bobot'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.integer({ min: 1, max: 9 }),
            what: fc.constantFrom(...editable),
            value: fc.constantFrom(
              '0',
              '7',
              '12,5',
              '1.250',
              'Link Kosong',
              '-',
              'Tambah',
              'Sudah sesuai',
              '',
            ),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (edits) => {
          document.body.innerHTML = recapHtml();
          const model = readRecap();
          const cells = new Set<Element>();
          for (const { row, what, value } of edits) {
            // Bobot sits in a person's first row only (rowspanned over the others).
            const cell = cellAt(what === 'bobot' ? row - ((row - 1) % 3) : row, what);
            cells.add(edit(cell, value));
          }
          const before = gridText(model.grid);
          const rows = patchRows(model, cells);
          const fresh = readRecap();
          if (!rows) return; // a whole read: nothing to compare
          expect(gridText(model.grid)).toEqual(gridText(fresh.grid));
          const changed = gridText(model.grid)
            .map((text, at) => (text.join('|') === before[at]!.join('|') ? -1 : at))
            .filter((at) => at >= 0);
          const returned = rows.map((row) => model.grid.rows.indexOf(row));
          for (const at of changed) expect(returned).toContain(at);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('collectChanges', () => {
  const record = (type: 'childList' | 'characterData', target: Node, added: Node[] = []): MutationRecord =>
    ({ type, target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;

  it('files an edit inside a cell under the cell, and rows added under the table as structural', () => {
    document.body.innerHTML = recapHtml();
    const table = document.getElementById('rekap')!;
    const span = cellAt(2, 'realisasi').querySelector('span')!;
    const changes: PageChanges = { tables: new Set(), outsideTables: false };
    collectChanges([record('characterData', span.firstChild!)], changes);
    expect([...(changes.cells?.get(table) ?? [])]).toEqual([cellAt(2, 'realisasi')]);
    expect(changes.structural?.has(table) ?? false).toBe(false);
    collectChanges(
      [record('childList', document.getElementById('body')!, [document.createElement('tr')])],
      changes,
    );
    expect(changes.structural?.has(table)).toBe(true);
  });

  it('files an edit in a table nested in a cell as structural for the nested table', () => {
    document.body.innerHTML = `<table id="luar"><tr><td><table id="dalam"><tr><td id="c">1</td></tr></table></td></tr></table>`;
    const changes: PageChanges = { tables: new Set(), outsideTables: false };
    collectChanges(
      [record('childList', document.querySelector('#dalam tr')!, [document.createElement('td')])],
      changes,
    );
    expect([...(changes.structural ?? [])].map((t) => t.id)).toEqual(['dalam']);
    expect(changes.cells?.size ?? 0).toBe(0);
  });
});

interface DoneDetail {
  rows: number;
  touched: number;
  read: number;
}

const lastDone = (): DoneDetail =>
  (performance.getEntriesByName('nilai-kerja:done').at(-1) as PerformanceMark).detail as DoneDetail;

/** Waits for the overlay's frame (the observer's animation frame, or its timer in a background tab). */
const nextFrame = (): Promise<void> => new Promise((done) => setTimeout(done, 300));

/** What the page shows: every badge's contract attributes, in document order. */
const badges = (): string[] =>
  Array.from(document.querySelectorAll('[data-nilai-kerja="badge"]')).map((badge) =>
    ['data-kind', 'data-capaian', 'data-kategori', 'data-flags', 'data-nip', 'title']
      .map((name) => badge.getAttribute(name) ?? '')
      .join('|'),
  );

/** A feature that only records the summary each scan leaves (to compare a patch with a full pass). */
function summarySpy(): { feature: Feature; last: () => Contribution[] } {
  let last: Contribution[] = [];
  return {
    feature: {
      id: 'spy',
      pages: 'all',
      init(_signal, host) {
        host.onScan((batch) => {
          last = structuredClone(batch.summary.contributions());
          return [];
        });
      },
    },
    last: () => last,
  };
}

describe('the overlay with an edited row', () => {
  it('re-reads, re-scores and rewrites only that row, and shows what a full pass shows', async () => {
    document.body.innerHTML = recapHtml(4);
    const spy = summarySpy();
    const overlay = createOverlay(document, settings(), [...FEATURES, spy.feature]);
    overlay.start();
    expect(lastDone().read).toBe(13);
    // Dewi's second indicator: target 11 Orang, realisasi 9 -> 10 (90,91 %).
    const span = cellAt(10, 'realisasi').querySelector('span')!;
    expect(span.textContent).toBe('9');
    span.textContent = '10';
    await nextFrame();
    expect(lastDone()).toMatchObject({ touched: 1, read: 1 });
    const badge = cellAt(10, 'realisasi').querySelector('[data-kind="indikator"]');
    expect(badge?.getAttribute('data-capaian')).toBe('0.9091');
    expect(cellAt(10, 'realisasi').querySelectorAll('[data-nilai-kerja]')).toHaveLength(1);
    const patched = { badges: badges(), summary: spy.last() };
    // The same page read and scored from scratch.
    overlay.stop();
    overlay.start();
    expect(lastDone().read).toBe(13);
    expect({ badges: badges(), summary: spy.last() }).toEqual(patched);
    overlay.stop();
  });

  it('reads the table again when an edit changes whose rows they are', async () => {
    document.body.innerHTML = recapHtml(2);
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    // Agus's second row now names Dewi: it joins Dewi's indicators.
    cellAt(4, 'nama').textContent = 'Dewi Lestari 199205212019032011';
    await nextFrame();
    expect(lastDone().read).toBe(7);
    // Each person's badge sits on their first row, as a fresh pass puts it (it moves when that row changes).
    const patched = badges();
    overlay.stop();
    overlay.start();
    expect(badges()).toEqual(patched);
    overlay.stop();
  });

  it('reads the table again when a row is added in the middle', async () => {
    // One indicator per person: no rowspan, so a copied row is a whole row of the table.
    document.body.innerHTML = recapHtml(1);
    const overlay = createOverlay(document, settings(), FEATURES);
    overlay.start();
    const copy = cellAt(2, 'no').parentElement!.cloneNode(true) as HTMLElement;
    cellAt(3, 'no').parentElement!.before(copy);
    await nextFrame();
    const reads = performance
      .getEntriesByName('nilai-kerja:done')
      .map((m) => (m as PerformanceMark).detail.read);
    expect(reads).toContain(5);
    expect(
      Array.from(document.querySelectorAll('#body tr')).map(
        (tr) => tr.querySelectorAll('[data-kind="indikator"]').length,
      ),
    ).toEqual([1, 1, 1, 1]);
    overlay.stop();
  });
});
