/**
 * Core benchmark: a province (20,000 employees, 100,000 indicator rows) scored from raw strings end to end,
 * next to a baseline loop that does only the bare arithmetic on pre-parsed numbers. Prints numbers only;
 * no assertions (benchmarks live apart from tests).
 */
import { performance } from 'node:perf_hooks';
import {
  defaultPolicy,
  generateProvince,
  parseNumber,
  parseTarget,
  scoreOrganisation,
  type WorkbookInput,
} from '../shared';

export interface BenchOptions {
  employees: number;
  indicatorsPerEmployee: number;
  warmup: number;
  runs: number;
  seed: number;
}

export const DEFAULT_BENCH: BenchOptions = {
  employees: 20_000,
  indicatorsPerEmployee: 5,
  warmup: 2,
  runs: 5,
  seed: 2025,
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Baseline {
  employeeOf: Int32Array;
  targets: Float64Array;
  realisasi: Float64Array;
  employees: number;
}

/** The numbers the baseline starts from, parsed outside the timed loop. */
function preParse(workbook: WorkbookInput): Baseline {
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

export function runCoreBench(options: BenchOptions = DEFAULT_BENCH): string[] {
  const out: string[] = [];
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
    `core: province           ${options.employees} employees, ${indicatorRows} indicator rows, ${totalRows} rows in all (generated in ${ms(genMs)})`,
  );

  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };

  for (let i = 0; i < options.warmup; i++) {
    scoreOrganisation(workbook, policy);
    sample();
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let last = scoreOrganisation(workbook, policy);
  sample();
  for (let i = 0; i < options.runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    last = scoreOrganisation(workbook, policy);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    sample();
  }
  const heapAfter = process.memoryUsage().heapUsed;
  const scoreMs = median(times);

  const baseline = preParse(workbook);
  const bands = [...policy.capaian.categories].map((c) => c.min).sort((a, b) => b - a);
  for (let i = 0; i < options.warmup; i++) baselineLoop(baseline, bands);
  const baseTimes: number[] = [];
  let checksum = 0;
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    checksum += baselineLoop(baseline, bands);
    baseTimes.push(performance.now() - start);
  }
  const baseMs = median(baseTimes);

  out.push(
    `core: scoreOrganisation  median ${ms(scoreMs)} of ${options.runs} runs (after ${options.warmup} warm-up), min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}`,
  );
  // On a shared machine wall time includes waiting for a core; CPU time (all threads, GC included) does not.
  out.push(`core: cpu time           median ${ms(median(cpuTimes))} per run (process user + system)`);
  out.push(
    `core: throughput         ${Math.round(indicatorRows / (scoreMs / 1000)).toLocaleString('en')} indicator rows/s, ${Math.round(totalRows / (scoreMs / 1000)).toLocaleString('en')} rows/s (all sheets)`,
  );
  out.push(
    `core: baseline loop      median ${ms(baseMs)} (capaian ratio, mean per employee, band lookup on pre-parsed numbers; checksum ${checksum})`,
  );
  out.push(`core: pipeline/baseline  ${(scoreMs / Math.max(baseMs, 1e-3)).toFixed(0)}x`);
  out.push(
    `core: heap               before ${mb(heapBefore)}, after ${mb(heapAfter)}, peak sampled ${mb(peak)}${(globalThis as { gc?: unknown }).gc ? '' : ' (run node with --expose-gc for a cleaner "before")'}`,
  );
  out.push(
    `core: result             ${last.counts.employeesScored} employees scored, ${last.counts.indicatorsScored} indicators computed, ${last.issues.length} issues, ${last.units.length} units`,
  );
  return out;
}
