/**
 * Add-on benchmark (a section of `npm run bench`, which builds first): the BUILT Code.js computing a
 * province in the vm sandbox with the fake SpreadsheetApp.
 * - Spreadsheet service calls per "Hitung nilai" at 100 and at 20,000 employees: Apps Script bills time
 *   per call, so the count must not grow with rows.
 * - Sandbox time of the 20,000-employee compute next to a bare read-and-write-back of the same sheets
 *   (getValues + getDisplayValues of each data range, one setValues of each into a scratch sheet), each
 *   in a fresh sandbox, as a ratio: what scoring and formatting cost above moving the data.
 * Prints labelled lines; no assertions.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { workbookGrids } from '../scripts/sample-sheets';
import { generateProvince } from '../shared/sample';
import { loadSandbox, type Sandbox } from '../tools/apps-script-sandbox/sandbox';
import { median } from './timing';

export interface AddonBenchOptions {
  small: number;
  large: number;
  indicatorsPerEmployee: number;
  runs: number;
  seed: number;
}

export const DEFAULT_ADDON_BENCH: AddonBenchOptions = {
  small: 100,
  large: 20_000,
  indicatorsPerEmployee: 5,
  runs: 3,
  seed: 2025,
};

function provinceBox(employees: number, options: AddonBenchOptions): Sandbox {
  const input = generateProvince(employees, options.indicatorsPerEmployee, options.seed);
  return loadSandbox({
    sheets: workbookGrids(input).map((g) => ({ name: g.name, rows: g.rows })),
    withUi: false,
  });
}

/** Service calls of one compute, by name: "Range.setValues 3, Range.getValues 7, ...". */
function computeCalls(box: Sandbox): { total: number; byName: Map<string, number> } {
  box.rec.reset();
  box.call('hitungNilai');
  const byName = new Map<string, number>();
  for (const c of box.rec.calls) byName.set(c.name, (byName.get(c.name) ?? 0) + 1);
  return { total: box.rec.calls.length, byName };
}

/** Reads every input sheet once and writes each back, unchanged, into a scratch sheet: no scoring. */
const BARE_COPY = `(function () {
  var book = SpreadsheetApp.getActive();
  var sheets = book.getSheets().filter(function (s) { return s.getName().indexOf('Salinan ') !== 0; });
  for (var i = 0; i < sheets.length; i++) {
    var name = sheets[i].getName();
    if (['Hasil Pegawai', 'Hasil Unit', 'Masalah Data'].indexOf(name) >= 0) continue;
    var range = sheets[i].getDataRange();
    var values = range.getValues();
    range.getDisplayValues();
    var copyName = 'Salinan ' + name;
    var copy = book.getSheetByName(copyName) || book.insertSheet(copyName);
    copy.getRange(1, 1, values.length, values[0].length).setValues(values);
  }
})();`;

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function benchAddon(options: AddonBenchOptions = DEFAULT_ADDON_BENCH): Promise<string[]> {
  const lines: string[] = [];
  const small = computeCalls(provinceBox(options.small, options));
  const largeBox = provinceBox(options.large, options);
  const large = computeCalls(largeBox);
  lines.push(
    `addon: service calls per compute: ${small.total} at ${options.small} employees, ${large.total} at ${options.large.toLocaleString('en')} employees (${small.total === large.total ? 'constant' : 'GROWS WITH ROWS'})`,
  );
  const top = [...large.byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  lines.push(`addon: most frequent calls: ${top.map(([n, c]) => `${n} ${c}`).join(', ')}`);

  // Each run in a fresh sandbox: a bare copy leaves "Salinan" sheets behind that a compute in the same
  // sandbox would read as input, which inflated the ratio (4.1x reported, 3.1x measured apart).
  const compute: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const computeBox = provinceBox(options.large, options);
    compute.push(timed(() => computeBox.call('hitungNilai')));
    const bareBox = provinceBox(options.large, options);
    bare.push(timed(() => vm.runInContext(BARE_COPY, bareBox.context)));
  }
  const c = median(compute);
  const b = median(bare);
  lines.push(
    `addon: compute of ${options.large.toLocaleString('en')} employees in the sandbox: ${c.toFixed(0)} ms (median of ${options.runs})`,
  );
  lines.push(
    `addon: bare read-and-write-back of the same sheets: ${b.toFixed(0)} ms (median of ${options.runs})`,
  );
  lines.push(`addon: compute / bare ratio: ${(b > 0 ? c / b : 0).toFixed(2)}x`);
  return lines;
}
