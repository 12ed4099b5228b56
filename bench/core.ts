/**
 * Core benchmark: a province (20,000 employees, 100,000 indicator rows) scored from raw strings end to end,
 * next to a baseline loop that does only the bare arithmetic on pre-parsed numbers. Prints numbers only;
 * no assertions (benchmarks live apart from tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import type * as Core from '../shared';
import type { WorkbookInput } from '../shared';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The core as the add-on and the extension ship it: one esbuild bundle of shared/. Loading the sources
 * through tsx adds the loader's own work (a getter on every cross-module call, a name-keeping helper on
 * every inner function: about 5% of a profile), which ships nowhere; `source: 'tsx'` measures that form.
 */
async function loadCore(source: 'bundle' | 'tsx'): Promise<typeof Core> {
  if (source === 'tsx') return import('../shared');
  const result = buildSync({
    entryPoints: [join(ROOT, 'shared/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const file = join(ROOT, 'out/bench/core.mjs');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return (await import(pathToFileURL(file).href)) as typeof Core;
}

export interface BenchOptions {
  employees: number;
  indicatorsPerEmployee: number;
  warmup: number;
  runs: number;
  seed: number;
  /** 'bundle' (default): the esbuild bundle the surfaces ship; 'tsx': the TypeScript sources through tsx. */
  source?: 'bundle' | 'tsx';
}

export const DEFAULT_BENCH: BenchOptions = {
  employees: 20_000,
  indicatorsPerEmployee: 5,
  warmup: 2,
  runs: 9,
  seed: 2025,
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

/**
 * A full garbage collection, so that heap figures count what is retained rather than what is waiting to
 * be collected. `npm run bench` starts node through tsx without --expose-gc; the flag can still be turned
 * on at run time, and a fresh context then carries the gc function.
 */
function garbageCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** A result with nothing in it, so the previous run's employees can be collected before the next run. */
const emptyOf = (result: Core.OrganisationResult): Core.OrganisationResult => ({
  ...result,
  employees: [],
  units: [],
  supervisors: [],
  issues: [],
});

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

interface Baseline {
  employeeOf: Int32Array;
  targets: Float64Array;
  realisasi: Float64Array;
  employees: number;
}

/** The numbers the baseline starts from, parsed outside the timed loop. */
function preParse(core: typeof Core, workbook: WorkbookInput): Baseline {
  const { parseNumber, parseTarget } = core;
  const rows = workbook.indicators.rows;
  const index = new Map<string, number>();
  const employeeOf = new Int32Array(rows.length);
  const targets = new Float64Array(rows.length);
  const realisasi = new Float64Array(rows.length);
  const hints = { locale: 'id' as const };
  rows.forEach((row, i) => {
    const nip = row.values.nip ?? '';
    let e = index.get(nip);
    if (e === undefined) {
      e = index.size;
      index.set(nip, e);
    }
    employeeOf[i] = e;
    const t = parseTarget(row.values.target ?? '', hints);
    targets[i] = t.ok ? (t.value.kind === 'single' ? t.value.value : t.value.high) : 1;
    const r = parseNumber(row.values.realisasi ?? '', hints);
    realisasi[i] = r.ok ? r.value.value : 0;
  });
  return { employeeOf, targets, realisasi, employees: index.size };
}

/** Capaian ratio, capped mean per employee and a band lookup: the least any scorer must do. */
function baselineLoop(b: Baseline, bands: readonly number[]): number {
  const sum = new Float64Array(b.employees);
  const count = new Int32Array(b.employees);
  for (let i = 0; i < b.targets.length; i++) {
    const t = b.targets[i] ?? 0;
    const c = t === 0 ? 0 : (b.realisasi[i] ?? 0) / t;
    const e = b.employeeOf[i] ?? 0;
    sum[e] = (sum[e] ?? 0) + Math.min(c, 1.2);
    count[e] = (count[e] ?? 0) + 1;
  }
  let checksum = 0;
  for (let e = 0; e < b.employees; e++) {
    const mean = (sum[e] ?? 0) / Math.max(1, count[e] ?? 1);
    let band = bands.length;
    for (let k = 0; k < bands.length; k++)
      if (mean >= (bands[k] ?? 0)) {
        band = k;
        break;
      }
    checksum += band;
  }
  return checksum;
}

export async function runCoreBench(options: BenchOptions = DEFAULT_BENCH): Promise<string[]> {
  const out: string[] = [];
  const source = options.source ?? 'bundle';
  const core = await loadCore(source);
  const { defaultPolicy, generateProvince, scoreOrganisation } = core;
  const policy = defaultPolicy();
  const genStart = performance.now();
  const workbook = generateProvince(options.employees, options.indicatorsPerEmployee, options.seed);
  const genMs = performance.now() - genStart;
  const indicatorRows = workbook.indicators.rows.length;
  const totalRows =
    workbook.employees.rows.length +
    indicatorRows +
    (workbook.behaviour?.rows.length ?? 0) +
    (workbook.attendance?.rows.length ?? 0) +
    (workbook.activities?.rows.length ?? 0) +
    (workbook.units?.rows.length ?? 0) +
    (workbook.sakip?.rows.length ?? 0);
  out.push(
    `core: province           ${options.employees} employees, ${indicatorRows} indicator rows, ${totalRows} rows in all (generated in ${ms(genMs)}); core loaded as ${source === 'bundle' ? 'the esbuild bundle the surfaces ship' : 'TypeScript sources through tsx'}`,
  );

  const gc = garbageCollector();
  const collect = (): void => gc?.();

  // Retained: the heap a result keeps alive (workbook and caches already there), after full collections.
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  let last = scoreOrganisation(workbook, policy);
  collect();
  const retained = process.memoryUsage().heapUsed - heapBefore;

  // Peak heap while scoring, sampled between runs (garbage included, as the process really holds it).
  let peak = process.memoryUsage().heapUsed;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  for (let i = 0; i < options.warmup; i++) {
    last = scoreOrganisation(workbook, policy);
    sample();
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    // Each timed run starts as a single scoring would: the workbook in memory, the previous result and
    // its garbage collected outside the timed region (the run's own collections are timed).
    sample();
    last = emptyOf(last);
    collect();
    // Let the collector's background sweeping finish, so it is not counted in the next run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cpu = process.cpuUsage();
    const start = performance.now();
    last = scoreOrganisation(workbook, policy);
    times.push(performance.now() - start);
    cpuTimes.push(cpuMs(cpu));
    sample();
  }
  const scoreMs = median(times);
  const scoreCpuMs = median(cpuTimes);

  const baseline = preParse(core, workbook);
  const bands = [...policy.capaian.categories].map((c) => c.min).sort((a, b) => b - a);
  for (let i = 0; i < options.warmup; i++) baselineLoop(baseline, bands);
  const baseTimes: number[] = [];
  const baseCpuTimes: number[] = [];
  let checksum = 0;
  for (let i = 0; i < options.runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    checksum += baselineLoop(baseline, bands);
    baseTimes.push(performance.now() - start);
    baseCpuTimes.push(cpuMs(cpu));
  }
  const baseMs = median(baseTimes);
  const baseCpuMs = median(baseCpuTimes);
  const perSecond = (rows: number, millis: number): string =>
    Math.round(rows / (Math.max(millis, 1e-3) / 1000)).toLocaleString('en');

  out.push(
    `core: scoreOrganisation  median ${ms(scoreMs)} wall of ${options.runs} runs (after ${options.warmup} warm-up; ${gc ? 'a full collection before each, untimed' : 'no gc available: earlier garbage included'}), min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}`,
  );
  // On a shared machine wall time includes waiting for a core; CPU time (all threads, GC included) does not.
  out.push(
    `core: cpu time           median ${ms(scoreCpuMs)} per run, min ${ms(Math.min(...cpuTimes))} (process user + system, GC included)`,
  );
  out.push(
    `core: throughput         ${perSecond(indicatorRows, scoreMs)} indicator rows/s, ${perSecond(totalRows, scoreMs)} rows/s (all sheets) by wall time; ${perSecond(totalRows, scoreCpuMs)} rows/s by CPU time`,
  );
  out.push(
    `core: baseline loop      median ${ms(baseMs)} wall, ${ms(baseCpuMs)} CPU (capaian ratio, mean per employee, band lookup on pre-parsed numbers; checksum ${checksum})`,
  );
  out.push(
    `core: pipeline/baseline  ${(scoreMs / Math.max(baseMs, 1e-3)).toFixed(0)}x by wall time, ${(scoreCpuMs / Math.max(baseCpuMs, 1e-3)).toFixed(0)}x by CPU time`,
  );
  out.push(
    `core: memory             result retains ${mb(retained)} of heap${gc ? '' : ' (no gc available: includes garbage)'}; heap before ${mb(heapBefore)}, peak sampled ${mb(peak)}; process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (generation included)`,
  );
  out.push(
    `core: result             ${last.counts.employeesScored} employees scored, ${last.counts.indicatorsScored} indicators computed, ${last.issues.length} issues, ${last.units.length} units`,
  );
  return out;
}
