/**
 * What `npm run typecheck` and `npm run lint` check, in `npm test` too, so that CI (which runs `npm test`)
 * refuses a type error or a file Biome would rewrite or flag, not only a failing assertion: a test whose
 * generated data no longer fits its declared type, a surface calling the core with an argument the core
 * no longer takes, a line the formatter would wrap. The typecheck covers the core, the add-on (server side
 * and sidebars), the extension and the Node side (tests, scripts, bench, tools, build files), each under
 * its own tsconfig.json; Biome reads every file git tracks that it can read. The architecture rules of
 * `npm run lint` are held by lint.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The projects of `npm run typecheck`, in its order. */
const PROJECTS = [
  'shared/tsconfig.json',
  'apps-script/tsconfig.json',
  'apps-script/src/ui/tsconfig.json',
  'extension/tsconfig.json',
  'tsconfig.json',
];

/** Each error as a reader of tsc's output would want it: "file(line,col): message". */
function errorsOf(tsconfig: string): string[] {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(join(REPO, tsconfig), {}, host);
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: { ...parsed.options, noEmit: true },
    projectReferences: parsed.projectReferences ?? [],
  });
  return [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${relative(REPO, d.file.fileName)}(${line + 1},${character + 1}): ${message}`;
  });
}

describe('npm run typecheck, in npm test', () => {
  it.each(PROJECTS)(
    '%s compiles without an error',
    (tsconfig) => {
      expect(errorsOf(tsconfig), `${dirname(tsconfig)}: tsc -p ${tsconfig}`).toEqual([]);
    },
    300_000,
  );
});

/** The files git tracks that Biome reads (code, JSON, CSS): a developer's untracked scratch is not judged. */
const BIOME_FILES = /\.(ts|js|mjs|cjs|json|jsonc|css)$/;

describe('npm run lint (Biome), in npm test', () => {
  it('finds nothing to rewrite or flag in the files git tracks', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' })
      .split('\0')
      .filter((file) => BIOME_FILES.test(file));
    expect(files.length).toBeGreaterThan(100);
    const biome = spawnSync(
      join(REPO, 'node_modules', '.bin', 'biome'),
      ['check', '--no-errors-on-unmatched', '--max-diagnostics=20', ...files],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(biome.status, `${biome.stdout}${biome.stderr}`).toBe(0);
  }, 120_000);
});
