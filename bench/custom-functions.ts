/**
 * Custom-function benchmark (a section of `npm run bench`; alone: `npx tsx bench/custom-functions.ts`
 * after `npm run build:addon`): each custom function of the BUILT Code.js, called in the vm sandbox as
 * Sheets calls it (2D arrays), on 1,000 and on 10,000 rows, with a region's policy saved in the document.
 * - The 10,000 / 1,000 ratio: linear is about 10x (less when a fixed cost per call, such as reading
 *   the policy, still shows at 1,000 rows), quadratic about 100x. Sheets stops a custom function after
 *   30 s; 10,000 rows of =CAPAIAN once took 41.7 s here.
 * - Beside each, a bare call in the same sandbox on the same ranges: a function that reads every
 *   argument cell and returns a range of the same shape, measured in the same run, so the numbers can
 *   be compared across machines as "x bare".
 * Prints labelled lines; no assertions.
 */
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { loadSandbox, type Sandbox } from '../tools/apps-script-sandbox/sandbox';
import { medianMs } from './timing';

export interface CustomFunctionBenchOptions {
  small: number;
  large: number;
  runs: number;
}

export const DEFAULT_CUSTOM_FUNCTION_BENCH: CustomFunctionBenchOptions = {
  small: 1_000,
  large: 10_000,
  runs: 5,
};

type Column = unknown[][];
const column = (rows: number, value: (i: number) => unknown): Column =>
  // Every 40th row blank: ranges usually run past the filled rows, with gaps.
  Array.from({ length: rows }, (_, i) => [i % 40 === 39 ? '' : value(i)]);
const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;

/** The formulas of a sheet, with typical cells: numbers, text with units and decimals, a few errors. */
function cases(rows: number): Array<{ name: string; args: unknown[] }> {
  const target = column(rows, (i) => pick([8, '3 Dokumen', '85,5 %', '80-90', 100, 12, 0, 'banyak'], i));
  const realisasi = column(rows, (i) => pick([7, '3 Dokumen', 0.9, 85, 97.5, '1.234,5', 5, 4], i));
  const polaritas = column(rows, (i) => pick(['Positif', 'Negatif', '', 'positif'], i));
  const capaian = column(rows, (i) => pick([0.875, 1.12, '85,5 %', 0.5, 0.95, 0.66, '91'], i));
  const rating = ['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi', 'Diatas Ekspetasi'];
  const score = (k: number) => column(rows, (i) => pick([80, 72.5, 'BB', 'A', 64, 90, 101], i + k));
  return [
    { name: 'CAPAIAN', args: [target, realisasi, polaritas] },
    { name: 'KATEGORI_CAPAIAN', args: [capaian] },
    { name: 'RATING_HASIL', args: [capaian] },
    {
      name: 'PREDIKAT_KINERJA',
      args: [column(rows, (i) => pick(rating, i)), column(rows, (i) => pick(rating, i + 1))],
    },
    {
      name: 'CEK_DISTRIBUSI',
      args: ['Baik', column(rows, (i) => pick(['Baik', 'Sangat Baik', 'Butuh Perbaikan'], i))],
    },
    { name: 'NILAI_IKI', args: [capaian] },
    { name: 'NILAI_SAKIP', args: [score(0), score(1), score(2), score(3)] },
    { name: 'PREDIKAT_SAKIP', args: [column(rows, (i) => pick([95, 82.4, 71, 55, 30, 'x'], i)), true] },
  ];
}

/**
 * The floor under any custom function: reads every cell of every argument once and returns a range of
 * the widest argument's shape (what crossing into the sandbox and spilling the result costs).
 */
const BARE_CALL = `(function () {
  var args = Array.prototype.slice.call(arguments);
  var shape = null;
  for (var i = 0; i < args.length; i++) if (Array.isArray(args[i]) && args[i].length > 1) shape = args[i];
  if (!shape) return args[0];
  return shape.map(function (row, r) {
    return row.map(function (_, c) {
      var out = '';
      for (var i = 0; i < args.length; i++) {
        var v = Array.isArray(args[i]) ? (args[i].length > 1 ? args[i][r][c] : args[i][0][0]) : args[i];
        if (v !== '') out = v;
      }
      return out;
    });
  });
})`;

/** A sandbox with a region's policy saved, as a custom function meets it (no Ui, properties readable). */
function customFunctionBox(): { box: Sandbox; policy: string } {
  const box = loadSandbox({ withUi: false });
  try {
    const reply = box.call('pilihPresetKebijakan', 'nasional') as { ok?: boolean } | undefined;
    if (reply?.ok) return { box, policy: 'preset "nasional" saved in the document' };
  } catch {
    // Falls through: the national defaults, read when nothing is saved.
  }
  return { box, policy: 'nothing saved (national defaults)' };
}

const ms = (v: number): string => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const rowsText = (n: number): string => n.toLocaleString('en');

export function benchCustomFunctions(
  options: CustomFunctionBenchOptions = DEFAULT_CUSTOM_FUNCTION_BENCH,
): string[] {
  const { box, policy } = customFunctionBox();
  const bare = vm.runInContext(BARE_CALL, box.context) as (...args: unknown[]) => unknown;
  const small = cases(options.small);
  const large = cases(options.large);
  const lines = [
    `custom-functions: built Code.js in the sandbox, policy: ${policy}; median of ${options.runs} calls; ratio = ${rowsText(options.large)} rows / ${rowsText(options.small)} rows (linear ~10x, quadratic ~100x); bare = a call that only reads each cell and returns the same shape`,
  ];
  // Warm-up at both sizes: the first calls compile the bundle's code paths, which would count against
  // whichever size is measured first.
  for (const c of [...small, ...large]) {
    box.call(c.name, ...c.args);
    bare(...c.args);
  }
  let worst = 0;
  small.forEach((s, i) => {
    const l = large[i]!;
    const tSmall = medianMs(options.runs, () => box.call(s.name, ...s.args));
    const tLarge = medianMs(options.runs, () => box.call(l.name, ...l.args));
    const bSmall = medianMs(options.runs, () => bare(...s.args));
    const bLarge = medianMs(options.runs, () => bare(...l.args));
    const ratio = tSmall > 0 ? tLarge / tSmall : 0;
    const bareRatio = bSmall > 0 ? bLarge / bSmall : 0;
    worst = Math.max(worst, ratio);
    lines.push(
      `custom-functions: =${s.name}: ${rowsText(options.small)} rows ${ms(tSmall)} ms, ${rowsText(options.large)} rows ${ms(tLarge)} ms, ratio ${ratio.toFixed(1)}x; bare ${ms(bSmall)} / ${ms(bLarge)} ms (ratio ${bareRatio.toFixed(1)}x), ${rowsText(options.large)} rows at ${(bLarge > 0 ? tLarge / bLarge : 0).toFixed(0)}x bare`,
    );
  });
  lines.push(
    `custom-functions: largest ratio ${worst.toFixed(1)}x (${worst <= 20 ? 'linear' : 'GROWS FASTER THAN ROWS'})`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of benchCustomFunctions()) process.stdout.write(`${line}\n`);
}
