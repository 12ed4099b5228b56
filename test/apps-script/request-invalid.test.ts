/**
 * Sidebar calls sent something that does not fit (a stale panel, a hand-made call from the browser
 * console), through the BUILT Code.js: each refuses in the catalog's words, naming the part that does
 * not fit, never with zod's English text nor "undefined", and writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { bookState } from './output-state';

beforeAll(ensureBuilt);

const grids = workbookGrids(sampleWorkbook());

describe('a sidebar call with a request that does not fit', () => {
  it.each([
    ['periksaPaketOpd', [undefined]],
    ['imporPaketOpd', [{ files: 'x' }]],
    ['ambilPaketOpd', [{ opd: 5 }]],
    ['periksaBerkasRiwayat', [undefined]],
    ['imporBerkasRiwayat', [{ name: 1 }]],
  ])('%s refuses in Indonesian, names where, and writes nothing', (callable, args) => {
    const box = loadSandbox({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows })), withUi: false });
    const before = bookState(box);
    const reply = plain(box.call(callable, ...args)) as { ok: boolean; message?: string };
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/^Permintaan dari panel tidak sesuai \(bagian "[^"]+"\)/);
    expect(reply.message).not.toMatch(/undefined|Invalid|expected/);
    expect(bookState(box)).toEqual(before);
  });
});
