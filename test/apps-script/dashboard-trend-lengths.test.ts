/**
 * The Dasbor's trend tables through the BUILT Code.js (review s7b run D): a workbook of months and quarters
 * draws the trend of the period scored's length only (a quarter with quarters), never months and a quarter
 * on one line ("stagnant" dropping to 0 at the quarter). The Sekda's "Dasbor OPD" trend follows the same
 * rule (features/recap/import.ts trendOf): its table lists only the periods of the recap period's length
 * (features/recap/recap-dashboard.ts), never months as rows of blank cells among the quarters.
 */
import { describe, expect, it } from 'vitest';
import { ensureBuilt, loadSandbox, plain } from '../../tools/apps-script-sandbox/sandbox';
import { OPDS, opdListSheet, opdWorkbook } from './fixtures/opd-workbooks';
import { employees, skp } from './output-period-workbook';
import { sheetNamed } from './output-state';

await ensureBuilt();

/** One period's SKP: `key`/`value` its period line, each employee's realisasi of a target of 100. */
const skpOf = (name: string, key: string, value: string, real: number) => skp(name, [key, ':', value], real);

describe('the Dasbor trend of months and quarters (built Code.js)', () => {
  it("compares only periods of the scored period's length", () => {
    const box = loadSandbox({
      sheets: [
        employees,
        skpOf('SKP Jan', 'Bulan', 'Januari 2025', 40),
        skpOf('SKP Feb', 'Bulan', 'Februari 2025', 60),
        skpOf('SKP Mar', 'Bulan', 'Maret 2025', 60),
        skpOf('SKP TW IV', 'Triwulan', 'Triwulan IV 2024', 50),
        skpOf('SKP TW I', 'Triwulan', 'Triwulan I 2025', 60),
      ],
    });
    const done = String(box.call('buatDasbor'));
    expect(done).toContain('dengan 5 grafik');
    const grid = plain(sheetNamed(box, 'Dasbor').snapshot()) as unknown[][];
    const labels = grid
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r[0] === 'Periode')
      .map(({ i }) => {
        const out: unknown[] = [];
        for (let k = i + 1; k < grid.length && grid[k]?.[0] !== ''; k++) out.push(grid[k]?.[0]);
        return out;
      });
    // Before the fix: Triwulan IV 2024, Januari, Februari, Maret 2025, Triwulan I 2025 on one line.
    expect(labels).toEqual([
      ['Triwulan IV 2024', 'Triwulan I 2025'],
      ['Triwulan IV 2024', 'Triwulan I 2025'],
    ]);
  });

  it('draws no trend when the history holds one period of that length only', () => {
    const box = loadSandbox({
      sheets: [
        employees,
        skpOf('SKP Jan', 'Bulan', 'Januari 2025', 40),
        skpOf('SKP Feb', 'Bulan', 'Februari 2025', 60),
        skpOf('SKP TW I', 'Triwulan', 'Triwulan I 2025', 60),
      ],
    });
    expect(String(box.call('buatDasbor'))).toContain('dengan 3 grafik');
  });
});

describe("the Sekda's Dasbor OPD trend of monthly and quarterly packages (built Code.js)", () => {
  it("gives values only to periods of the recap period's length", () => {
    const files: { name: string; text: string }[] = [];
    for (const period of [
      'Januari 2025',
      'Februari 2025',
      'Maret 2025',
      'Triwulan IV 2024',
      'Triwulan I 2025',
    ]) {
      const opd = loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, period) });
      const reply = plain(opd.call('ambilPaketOpd')) as { files: { fileName: string; json: string }[] };
      files.push(...reply.files.map((f) => ({ name: f.fileName, text: f.json })));
    }
    expect(files).toHaveLength(5);
    const box = loadSandbox({ sheets: [opdListSheet()] });
    const reply = plain(box.call('imporPaketOpd', files)) as { lines: string[] };
    expect(reply.lines[0]).toContain('Rekap OPD periode Triwulan I 2025');
    const grid = plain(sheetNamed(box, 'Dasbor OPD').snapshot()) as unknown[][];
    const top = grid.findIndex((r) => r[0] === 'Periode');
    const trend: unknown[][] = [];
    for (let k = top + 1; k < grid.length && grid[k]?.[0] !== '' && grid[k]?.[0] !== undefined; k++)
      trend.push([grid[k]?.[0], grid[k]?.[1] !== '']);
    // Before the first fix every month carried the OPD's monthly mean on the quarters' line; before the
    // second the months were still rows of the table, with blank cells among the quarters (review s7 OUT2).
    expect(trend).toEqual([
      ['Triwulan IV 2024', true],
      ['Triwulan I 2025', true],
    ]);
    // The line chart spans the table's header and its two rows.
    const charts = plain(sheetNamed(box, 'Dasbor OPD').charts) as { type: string; ranges: string[] }[];
    const line = charts.find((c) => c.type === 'line');
    expect(line?.ranges).toEqual([`R${top + 1}C1:3x2`]);
  });
});
