/**
 * The test variant of the extension: built into dist/extension-test with content scripts also on
 * http://127.0.0.1/* (the fixture server), rebuilt only when its sources changed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Tests load a build made for them (content scripts also match http://127.0.0.1/*), kept apart from
 * dist/extension so a test run never leaves a localhost permission in what gets published.
 */
export const TEST_EXTENSION_DIR = 'dist/extension-test';
export const TEST_MATCHES = 'http://127.0.0.1/*';

/**
 * Builds the test variant of the extension. Called once per run from global-setup.ts; a test file run
 * alone can call it too (it rebuilds, which takes a few seconds).
 */
export function ensureBuilt(): void {
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'extension/build.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NILAI_KERJA_MATCHES: TEST_MATCHES,
        NILAI_KERJA_OUT_DIR: TEST_EXTENSION_DIR,
        NILAI_KERJA_ZIP: '0',
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`Extension build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Newest modification time under a directory. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Builds the test extension unless it is newer than every source it depends on (extension/, shared/
 * and the privacy policy it ships, docs/privacy.md): the vitest global setup has usually built it already, and a test file or the bench run
 * alone must still test what the sources say.
 */
export function ensureFreshBuild(): void {
  let builtAt = 0;
  try {
    builtAt = statSync(join(REPO_ROOT, TEST_EXTENSION_DIR, 'src/content/main.js')).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sources = Math.max(
    newest(join(REPO_ROOT, 'extension')),
    newest(join(REPO_ROOT, 'shared')),
    statSync(join(REPO_ROOT, 'docs/privacy.md')).mtimeMs,
  );
  if (builtAt < sources) ensureBuilt();
}
