/**
 * Core benchmark: a province (20,000 employees, 100,000 indicator rows) scored from raw strings end to end,
 * next to a baseline loop that does only the bare arithmetic on pre-parsed numbers. Then the design
 * figures ("core speed as a design property"), each beside its baseline measured in the same run, as a
 * ratio, with the goal it is read against: two floors (every cell touched; a minimal scorer) against
 * scoreOrganisation, the all-distinct province (no repeated text for a cache to remember) against the
 * bench province, and the share of a scoring run spent in GC and the bytes it allocates. Prints numbers
 * only; no assertions and no pass/fail (benchmarks live apart from tests; the machine is shared and noisy).
 * `npx tsx bench/core.ts` runs this section alone.
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
import { generateProvince } from '../shared/sample';
import { distinctShare, NUMBER_GROUPS, parseEveryCell, readEveryCharacter, sameScores } from './distinct';
import { agreement, cellCount, minimalScore, textOf, touchEveryCell } from './floors';
import { type GcProfile, profileGc } from './gc';

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
    const nip = textOf(row.values.nip);
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
  const { defaultPolicy, scoreOrganisation } = core;
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
  // The heap and what V8 keeps outside it for typed arrays (the indicator columns): every memory figure
  // below counts both.
  const heldMemory = (): number => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const heapBefore = heldMemory();
  let last = scoreOrganisation(workbook, policy);
  collect();
  const retained = heldMemory() - heapBefore;

  // Peak heap while scoring, sampled between runs (garbage included, as the process really holds it).
  let peak = heldMemory();
  const sample = () => {
    peak = Math.max(peak, heldMemory());
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
    `core: memory             result retains ${mb(retained)} of heap and typed arrays${gc ? '' : ' (no gc available: includes garbage)'}; before ${mb(heapBefore)}, peak sampled ${mb(peak)}; process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (generation included)`,
  );
  out.push(
    `core: result             ${last.counts.employeesScored} employees scored, ${last.counts.indicatorsScored} indicators computed, ${last.issues.length} issues, ${last.units.length} units`,
  );
  // The design figures check their results against this one, then let it go (runs start without it).
  const held = { result: last as Core.OrganisationResult | null };
  last = emptyOf(last);
  out.push(...(await designFigures(core, workbook, held, options, collect, genMs)));
  return out;
}

/** Rounds of the design figures; each round times both floors and both provinces once. */
const DESIGN_ROUNDS = 5;
/** Scoring runs per province under the GC profiler (apart from the timed rounds: it adds a little). */
const GC_RUNS = 3;
/** Passes of the core's parsers over every parsed cell of each province (no cache), interleaved. */
const PARSE_PASSES = 3;

/** Wall and CPU time of each timed call, for medians. */
class Timings {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  time<T>(call: () => T): T {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = call();
    this.wall.push(performance.now() - start);
    this.cpu.push(cpuMs(cpu));
    return value;
  }
  get wallMs(): number {
    return median(this.wall);
  }
  get cpuMs(): number {
    return median(this.cpu);
  }
}

const ratio = (value: number, base: number, digits = 1): string =>
  `${(value / Math.max(base, 1e-3)).toFixed(digits)}x`;
const percent = (part: number, whole: number): string =>
  `${((100 * part) / Math.max(whole, 1e-9)).toFixed(1)} %`;
const count = (n: number): string => n.toLocaleString('en');

/** The profiled run with the median GC share, and the median allocation of the runs. */
function gcSummary(profiles: GcProfile[]): string {
  const byShare = [...profiles].sort((a, b) => a.gcMs / a.wallMs - b.gcMs / b.wallMs);
  const mid = byShare[Math.floor(byShare.length / 2)];
  if (!mid) return 'no profiled run';
  const allocated = median(profiles.map((p) => p.allocatedBytes));
  const kinds = Object.entries(mid.collections)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  return `${percent(mid.gcMs, mid.wallMs)} of wall time in GC (${ms(mid.gcMs)} of ${ms(mid.wallMs)}; ${kinds}) [goal: under 5 %]; ${mb(allocated)} allocated per run [goal: under 30 MB]`;
}

/**
 * The bench province beside the same with only its numbers written in forms of their own (targets,
 * realisasi, amounts, counts, minutes, with their units and trailing words): what the number readers
 * cost where no cache can help them. In rounds of its own, after the others, so the all-distinct
 * province's rounds run as they did without it.
 */
async function numbersFigure(
  core: typeof Core,
  workbook: WorkbookInput,
  options: BenchOptions,
  settle: () => Promise<void>,
): Promise<string> {
  const { defaultPolicy, scoreOrganisation } = core;
  const policy = defaultPolicy();
  const numbers = generateProvince(options.employees, options.indicatorsPerEmployee, options.seed, {
    distinct: 'numbers',
  });
  const share = distinctShare(numbers, NUMBER_GROUPS);
  const benchShare = distinctShare(workbook, NUMBER_GROUPS);
  const same = sameScores(scoreOrganisation(workbook, policy), scoreOrganisation(numbers, policy));
  // Warmed as the all-distinct province is before its rounds: scored twice before the first timed run.
  let scored = scoreOrganisation(numbers, policy).counts.employeesScored;
  const employees = workbook.employees.rows.length;
  const benchTimes = new Timings();
  const numbersTimes = new Timings();
  const provinces = [
    { input: workbook, times: benchTimes },
    { input: numbers, times: numbersTimes },
  ];
  for (let round = 0; round < DESIGN_ROUNDS; round++)
    for (const { input, times } of round % 2 === 0 ? provinces : [...provinces].reverse()) {
      await settle();
      scored += times.time(() => scoreOrganisation(input, policy)).counts.employeesScored;
    }
  return `core: numbers distinct   the bench province with only its numbers so (targets, realisasi, amounts, counts, minutes: ${count(share.distinct)} distinct texts in their ${count(share.cells)} cells, ${percent(share.distinct, share.cells)}; bench province ${percent(benchShare.distinct, benchShare.cells)}; NIPs, labels, RHKs, codes and names as usual; same scores for ${count(same.employees)} of ${count(employees)} employees, ${same.issues[1]} issues (bench ${same.issues[0]})), in ${DESIGN_ROUNDS} rounds of its own: median ${ms(numbersTimes.wallMs)} vs ${ms(benchTimes.wallMs)} wall, ${ratio(numbersTimes.wallMs, benchTimes.wallMs, 2)} by wall time, ${ratio(numbersTimes.cpuMs, benchTimes.cpuMs, 2)} by CPU time (${count(scored)} employees scored in all)`;
}

/**
 * The design figures. Floors and provinces are timed in the same rounds, interleaved (the two provinces
 * in alternating order), so that a slow phase of the shared machine weighs on a figure and on its
 * baseline alike; every ratio is of medians from the same rounds. Each scoring run starts as the timed
 * runs above do: the previous results released, a full collection and the background sweeping let finish.
 * The core's caches of texts belong to a run (created by the readers, dropped with the result), so no
 * run starts with what the previous one learned; what outlives a run is keyed by objects the caller
 * keeps (the policy's sorted bands, a column's samples). In the rounds the other province's run comes
 * in between, so the bench province's median here can differ from the one above.
 */
async function designFigures(
  core: typeof Core,
  workbook: WorkbookInput,
  held: { result: Core.OrganisationResult | null },
  options: BenchOptions,
  collect: () => void,
  benchGenMs: number,
): Promise<string[]> {
  const out: string[] = [];
  const { defaultPolicy, scoreOrganisation } = core;
  const policy = defaultPolicy();
  const settle = async (): Promise<void> => {
    collect();
    await new Promise((resolve) => setTimeout(resolve, 100));
  };

  // The all-distinct province: the same people and results, no text written twice.
  const genStart = performance.now();
  const distinct = generateProvince(options.employees, options.indicatorsPerEmployee, options.seed, {
    distinct: true,
  });
  const genMs = performance.now() - genStart;
  const share = distinctShare(distinct);
  const benchShare = distinctShare(workbook);
  // In a function of its own, so that no result outlives the checks (the runs below start without one).
  const { same, totals, agreed } = ((): {
    same: ReturnType<typeof sameScores>;
    totals: { employees: number; units: number };
    agreed: ReturnType<typeof agreement>;
  } => {
    const benchResult = held.result ?? scoreOrganisation(workbook, policy);
    held.result = null;
    return {
      same: sameScores(benchResult, scoreOrganisation(distinct, policy)),
      totals: { employees: benchResult.employees.length, units: benchResult.units.length },
      // Floor B's verdicts against the pipeline's, on the bench province.
      agreed: agreement(minimalScore(workbook, policy), benchResult),
    };
  })();
  const cells = cellCount(workbook);
  let checksum = 0;
  for (let i = 0; i < options.warmup; i++)
    checksum +=
      touchEveryCell(workbook) + minimalScore(workbook, policy).checksum + readEveryCharacter(distinct).sum;
  // The check above scored the all-distinct province once; one more run warms it up as much as the
  // bench province (scored 1 + warm-up + 9 times above).
  checksum += scoreOrganisation(distinct, policy).counts.employeesScored;

  const floorATimes = new Timings();
  const floorBTimes = new Timings();
  const benchTimes = new Timings();
  const distinctTimes = new Timings();
  const characterTimes = new Timings();
  let characters = 0;
  const provinces = [
    { input: workbook, times: benchTimes },
    { input: distinct, times: distinctTimes },
  ];
  let scored = 0;
  for (let round = 0; round < DESIGN_ROUNDS; round++) {
    await settle();
    checksum += floorATimes.time(() => touchEveryCell(workbook));
    checksum += floorBTimes.time(() => minimalScore(workbook, policy)).checksum;
    const read = characterTimes.time(() => readEveryCharacter(distinct));
    characters = read.characters;
    checksum += read.sum;
    for (const { input, times } of round % 2 === 0 ? provinces : [...provinces].reverse()) {
      await settle();
      // The result is dropped at once: the next run must not carry it.
      scored += times.time(() => scoreOrganisation(input, policy)).counts.employeesScored;
    }
  }

  const gcProfiles = async (input: WorkbookInput): Promise<GcProfile[]> => {
    const profiles: GcProfile[] = [];
    for (let i = 0; i < GC_RUNS; i++) {
      await settle();
      profiles.push(profileGc(() => scoreOrganisation(input, policy)).profile);
    }
    return profiles;
  };
  const benchGc = await gcProfiles(workbook);
  const distinctGc = await gcProfiles(distinct);

  // What the all-distinct forms cost to parse, apart from any cache: the same parsers on the same
  // number of cells, once with the bench province's forms, once with the all-distinct ones.
  const benchParse = new Timings();
  const distinctParse = new Timings();
  let parsed = parseEveryCell(core, workbook);
  const distinctParsed = parseEveryCell(core, distinct);
  for (let pass = 0; pass < PARSE_PASSES; pass++) {
    await settle();
    parsed = benchParse.time(() => parseEveryCell(core, workbook));
    await settle();
    checksum += distinctParse.time(() => parseEveryCell(core, distinct)).cells;
  }

  const numbersLine = await numbersFigure(core, workbook, options, settle);

  const rounds = `${DESIGN_ROUNDS} interleaved rounds`;
  out.push(
    `core: floor A            every cell touched: ${count(cells)} cells of the 7 sheets read (for-in over each row's values, lengths summed): median ${ms(floorATimes.wallMs)} wall, ${ms(floorATimes.cpuMs)} CPU of ${rounds}`,
  );
  out.push(
    `core: floor B            minimal scorer (7 sheets from the raw strings, no cache: numbers parsed, capaian +/- polarity and ranges, capped means per RHK and employee, bands, predikat, deductions, minutes, TPP, SAKIP): median ${ms(floorBTimes.wallMs)} wall, ${ms(floorBTimes.cpuMs)} CPU; predikat as scoreOrganisation's for ${count(agreed.predikat)} of ${count(agreed.employees)} employees (capaian bit-identical for ${count(agreed.capaian)})`,
  );
  out.push(
    `core: core/floors        scoreOrganisation median ${ms(benchTimes.wallMs)} wall, ${ms(benchTimes.cpuMs)} CPU in the same rounds: ${ratio(benchTimes.wallMs, floorATimes.wallMs)} floor A, ${ratio(benchTimes.wallMs, floorBTimes.wallMs)} floor B by wall time (${ratio(benchTimes.cpuMs, floorATimes.cpuMs)}, ${ratio(benchTimes.cpuMs, floorBTimes.cpuMs)} by CPU time) [goal: within 3x of floor B]`,
  );
  out.push(
    `core: all-distinct       the bench province with no text written twice: ${count(share.distinct)} distinct of ${count(share.cells)} cells read through a parser or a lookup (${percent(share.distinct, share.cells)}; bench province ${percent(benchShare.distinct, benchShare.cells)}), generated in ${ms(genMs)} (${ratio(genMs, benchGenMs)} the bench province's ${ms(benchGenMs)}); same scores for ${count(same.employees)} of ${count(totals.employees)} employees and ${count(same.units)} of ${count(totals.units)} units, ${same.issues[1]} issues (bench ${same.issues[0]})`,
  );
  out.push(
    `core: all-distinct/bench median ${ms(distinctTimes.wallMs)} vs ${ms(benchTimes.wallMs)} wall, ${ms(distinctTimes.cpuMs)} vs ${ms(benchTimes.cpuMs)} CPU in the same rounds: ${ratio(distinctTimes.wallMs, benchTimes.wallMs, 2)} by wall time, ${ratio(distinctTimes.cpuMs, benchTimes.cpuMs, 2)} by CPU time [goal: within 1.2x]`,
  );
  out.push(numbersLine);
  out.push(
    `core: all-distinct floor every character of the all-distinct province's cells read through a parser or a lookup, read once in JavaScript (${count(characters)} characters, their codes summed, nothing decided; the bench province's own distinct texts hold ${count(benchShare.characters)}, ${percent(benchShare.characters, characters)} of them, and a cache answers its repeated ones without reading them): median ${ms(characterTimes.wallMs)} wall, ${percent(characterTimes.wallMs, benchTimes.wallMs)} of the bench province's scoreOrganisation in the same rounds, where the 1.2x goal leaves 20 % for all the all-distinct forms add (an estimate of the least a reader spends on them, not a proof: a native pass reads faster, but not in any letter case or spacing)`,
  );
  out.push(
    `core: all-distinct forms the core's parsers called directly (no cache) on each of the ${count(parsed.cells)} parsed cells: median ${ms(distinctParse.wallMs)} vs ${ms(benchParse.wallMs)} on the bench province's forms, ${ratio(distinctParse.wallMs, benchParse.wallMs, 2)} by wall time, ${ratio(distinctParse.cpuMs, benchParse.cpuMs, 2)} by CPU time (${count(parsed.failed + distinctParsed.failed)} failed): what the forms themselves cost, apart from the caches`,
  );
  out.push(`core: gc bench province  ${gcSummary(benchGc)}; median of ${GC_RUNS} profiled runs`);
  out.push(`core: gc all-distinct    ${gcSummary(distinctGc)}; median of ${GC_RUNS} profiled runs`);
  out.push(
    `core: design checksum    ${checksum.toFixed(0)}, ${count(scored)} employees scored in the rounds (keeps the timed work from being optimised away)`,
  );
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void runCoreBench().then((lines) => {
    process.stdout.write(`bench: node ${process.version}, ${process.platform}/${process.arch}\n`);
    for (const line of lines) process.stdout.write(`${line}\n`);
  });
