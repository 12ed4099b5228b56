/**
 * The meeting recap (Reward & Punishment) on the sample, through the built Code.js: Bidang Pelayanan
 * Kesehatan is both the best unit and the most improved (SAKIP 78.2 -> 91.8). Each unit gets one
 * recommendation (best wins), but the recap names it on both lines, as Evaluasi SAKIP does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookGrids } from '../../scripts/sample-sheets';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';

beforeAll(ensureBuilt);

describe('Reward & Punishment recap: best and most improved', () => {
  it('names a unit that is both the best and the most improved on both lines', () => {
    const box = loadSandbox({
      sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })),
    });
    box.call('evaluasiSakip');
    const sakip = plain(box.book.sheets.find((s) => s.name === 'Evaluasi SAKIP')?.snapshot() ?? []);
    expect(sakip.map((r) => r[0])).toContain('Paling meningkat: Bidang Pelayanan Kesehatan');

    const text = String(box.call('daftarRewardPunishment'));
    expect(text).toContain('Unit terbaik: Bidang Pelayanan Kesehatan.');
    expect(text).toContain('Unit paling meningkat: Bidang Pelayanan Kesehatan.');
    const sheet = plain(box.book.sheets.find((s) => s.name === 'Reward & Punishment')?.snapshot() ?? []);
    const column = sheet.map((r) => r[0]);
    expect(column).toContain('Unit terbaik: Bidang Pelayanan Kesehatan.');
    expect(column).toContain('Unit paling meningkat: Bidang Pelayanan Kesehatan.');
    // The unit keeps its one recommendation in the units table.
    const unitRows = sheet.filter((r) => r[1] === 'Bidang Pelayanan Kesehatan');
    expect(unitRows).toHaveLength(1);
  });
});
