/** Timing helpers the bench sections share. */
import { performance } from 'node:perf_hooks';

/** The middle value of a list of timings (0 for none). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** What the timed calls returned, kept so the engine cannot drop a call whose result is unused. */
const kept: unknown[] = [];

/** The median wall time of `runs` calls of `fn`, in ms. */
export function medianMs(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    kept[i % 4] = fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
