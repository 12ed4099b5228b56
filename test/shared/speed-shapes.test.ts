import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ShapeKeeper } from '../../shared/core/shapes';
import { defaultPolicy } from '../../shared/policy/schema';

/*
 * A run's object shapes outlive it (shared/core/shapes.ts): after a full garbage collection the next run
 * keeps the optimised code of the one before. Without the kept exemplars, V8 collected the maps of a
 * run's readers and scratch once the run's objects were gone, and threw away the code compiled for them
 * ("reason: weak objects" in its deoptimisation trace): the next run started again on unoptimised code.
 * The test runs the core as the surfaces ship it (one esbuild bundle) in a node of its own with V8's
 * traces on, and reads them: no timing is asserted.
 */

const ROOT = resolve(__dirname, '../..');

/** The hot functions of a run: the readers' row loops, the number reader, the verdicts. */
const HOT = [
  'readIndicators',
  'readEmployees',
  'readBehaviour',
  'readAttendanceColumns',
  'eventsOf',
  'readActivities',
  'scoreEmployee',
  'single',
  'scanBody',
  'decide',
  'link',
  'nipCell',
  'readEventRow',
  'read',
];

const SCRIPT = `
import { defaultPolicy, scoreOrganisation } from '${join(ROOT, 'shared/index.ts')}';
import { generateProvince } from '${join(ROOT, 'shared/sample/index.ts')}';
const workbook = generateProvince(3000, 5, 2025);
const policy = defaultPolicy();
for (let i = 0; i < 8; i++) scoreOrganisation(workbook, policy);
console.log('=== full collection');
globalThis.gc();
scoreOrganisation(workbook, policy);
console.log('=== done');
`;

/** V8's traces of one run after a full collection: what was optimised before it, what was thrown away in it. */
function traces(): { before: string; after: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nk-shapes-'));
  try {
    const built = buildSync({
      stdin: { contents: SCRIPT, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, 'run.mjs');
    writeFileSync(file, built.outputFiles[0]?.text ?? '');
    const run = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', file], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    const [before = '', after = ''] = run.stdout.split('=== full collection');
    return { before, after };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a run after a full garbage collection', () => {
  it("keeps the optimised code of the run before (the readers' and scratch objects' shapes are kept)", () => {
    const { before, after } = traces();
    const optimised = HOT.filter((name) =>
      new RegExp(`completed (optimizing|compiling)[^\\n]*<JSFunction ${name} `).test(before),
    );
    // The check means something only if the runs before got the hot functions optimised.
    expect(optimised.length).toBeGreaterThanOrEqual(8);
    const thrownAway = optimised.filter((name) =>
      new RegExp(`SharedFunctionInfo ${name}>[^\\n]*reason: weak objects`).test(after),
    );
    expect(thrownAway).toEqual([]);
  }, 120_000);
});

describe('ShapeKeeper', () => {
  const policy = defaultPolicy();

  it('builds its exemplars once, after the first run, and keeps them', () => {
    let builds = 0;
    const keeper = new ShapeKeeper(() => {
      builds++;
      return [{ a: 1 }, { b: 2.5 }];
    });
    expect(builds).toBe(0);
    expect(keeper.refresh(policy)).toBe(2);
    expect(keeper.refresh(policy)).toBe(2);
    expect(builds).toBe(1);
  });

  it('gives up, once, exemplars that cannot be built: a run never fails for them', () => {
    let builds = 0;
    const keeper = new ShapeKeeper(() => {
      builds++;
      throw new TypeError('damaged policy');
    });
    expect(keeper.refresh(policy)).toBe(0);
    expect(keeper.refresh(policy)).toBe(0);
    expect(builds).toBe(1);
  });
});
