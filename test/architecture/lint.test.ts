/**
 * The architecture rules bite. Each rule of .dependency-cruiser.cjs (npm run lint:architecture) is broken
 * on purpose in a scratch copy of the layout and must fail naming the rule, while the allowed imports
 * next to it pass; shared/tsconfig.json must reject the DOM, chrome.* and Apps Script in the core; and
 * the repository itself must pass.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ICruiseResult } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = join(REPO, '.dependency-cruiser.cjs');
/** The folders `npm run lint:architecture` checks. */
const CHECKED = ['shared', 'apps-script', 'extension', 'test', 'scripts', 'bench', 'tools'];

/** "rule: from → to", one line per violation, as a reader of the lint output would want them. */
async function violations(baseDir: string, folders: string[]): Promise<string[]> {
  const options = await extractDepcruiseOptions(CONFIG);
  const present = folders.filter((f) => existsSync(join(baseDir, f)));
  const { output } = await cruise(present, { ...options, baseDir, validate: true, outputType: 'json' });
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('dependency rules (npm run lint:architecture)', () => {
  let scratch = '';
  let found: string[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'nilai-kerja-architecture-'));
    writeTree(scratch, {
      // The core: a domain with its index, and the root index.
      'shared/score/capaian.ts': 'export const computeCapaian = (t: number, r: number): number => r / t;\n',
      'shared/score/index.ts': "export * from './capaian';\n",
      'shared/index.ts': "export * from './score';\n",
      // Broken on purpose: a cycle, a Node built-in and a surface imported by the core.
      'shared/org/ranking.ts':
        "import { grade } from './sakip';\nexport const rank = (): string => grade();\n",
      'shared/org/sakip.ts':
        "import { rank } from './ranking';\nexport const grade = (): string => rank();\n",
      'shared/core/read.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'shared/core/menu-label.ts':
        "import { MENU } from '../../apps-script/src/menu';\nexport const first = MENU;\n",
      // A surface: one inner file of the core (broken), the entry points (allowed).
      'apps-script/src/menu.ts':
        "import { computeCapaian } from '../../shared/score/capaian';\nexport const MENU = computeCapaian(1, 1);\n",
      'apps-script/src/action.ts':
        "import { computeCapaian } from '../../shared';\nimport * as score from '../../shared/score';\n" +
        'export const both = [computeCapaian, score.computeCapaian];\n',
      // Add-on features: results uses its own files (allowed) and reward's (broken).
      'apps-script/src/features/reward/reward.ts': 'export const FOLLOW_UPS = [];\n',
      'apps-script/src/features/results/units-sheet.ts': 'export const unitsSheet = 1;\n',
      'apps-script/src/features/results/compute.ts':
        "import { FOLLOW_UPS } from '../reward/reward';\nimport { unitsSheet } from './units-sheet';\n" +
        'export const compute = [FOLLOW_UPS, unitsSheet];\n',
      'apps-script/src/features/help.ts':
        "import { compute } from './results/compute';\nexport const help = compute;\n",
      // Overlay features: one imports another (broken); index lists them and each may use the registry.
      'extension/src/content/features/registry.ts': 'export interface Feature { id: string }\n',
      'extension/src/content/features/employee-list.ts':
        "import type { Feature } from './registry';\nexport const employeeList: Feature = { id: 'e' };\n",
      'extension/src/content/features/person-cards.ts':
        "import { employeeList } from './employee-list';\nexport const personCards = employeeList;\n",
      'extension/src/content/features/index.ts':
        "import { employeeList } from './employee-list';\nimport { personCards } from './person-cards';\n" +
        'export const FEATURES = [employeeList, personCards];\n',
      // npm start borrowing from the tests (broken); tests may use tools (allowed).
      'test/extension/harness.ts':
        "import { serve } from '../../tools/serve';\nexport const harness = serve;\n",
      'tools/serve.ts': 'export const serve = 1;\n',
      'scripts/start.ts':
        "import { harness } from '../test/extension/harness';\nexport const start = harness;\n",
    });
    found = await violations(scratch, CHECKED);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a circular import', () => {
    expect(found).toContain('no-circular: shared/org/ranking.ts → shared/org/sakip.ts');
  });

  it('keeps the core free of the surfaces, the tests and Node', () => {
    expect(found).toContain('core-imports-no-surface: shared/core/menu-label.ts → apps-script/src/menu.ts');
    expect(found).toContain('core-imports-no-node: shared/core/read.ts → fs');
  });

  it('lets the surfaces import the core only through an index', () => {
    expect(found).toContain(
      'surface-imports-core-entry-points: apps-script/src/menu.ts → shared/score/capaian.ts',
    );
    expect(found.filter((v) => v.includes('apps-script/src/action.ts'))).toEqual([]);
  });

  it('keeps the tests out of scripts, bench and tools', () => {
    expect(found).toContain('tools-import-no-tests: scripts/start.ts → test/extension/harness.ts');
    expect(found.filter((v) => v.startsWith('tools-import-no-tests: test/'))).toEqual([]);
  });

  it('refuses a feature importing another feature, in the add-on and in the overlay', () => {
    expect(found).toContain(
      'addon-feature-imports-no-feature: apps-script/src/features/results/compute.ts → apps-script/src/features/reward/reward.ts',
    );
    expect(found).toContain(
      'addon-feature-imports-no-feature: apps-script/src/features/help.ts → apps-script/src/features/results/compute.ts',
    );
    expect(found).toContain(
      'overlay-feature-imports-no-feature: extension/src/content/features/person-cards.ts → extension/src/content/features/employee-list.ts',
    );
    // Inside one feature, the list of features and the registry are allowed.
    expect(found.filter((v) => /units-sheet|features\/index|registry/.test(v))).toEqual([]);
  });

  it('are kept by the repository', async () => {
    const inRepository = await violations(REPO, CHECKED);
    expect(inRepository, 'violations of .dependency-cruiser.cjs (npm run lint:architecture)').toEqual([]);
  });
});

describe('shared/tsconfig.json', () => {
  const source = [
    'export const title = (): string => document.title;',
    'export const extensionId = (): string => chrome.runtime.id;',
    'export const book = (): unknown => SpreadsheetApp.getActive();',
    "export const mode = (): string | undefined => process.env['NODE_ENV'];",
  ].join('\n');
  let scratch = '';
  let file = '';

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'nilai-kerja-core-globals-'));
    file = join(scratch, 'uses-globals.ts');
    writeFileSync(file, `${source}\n`);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** The names a folder's compiler options do not know in `file`, e.g. ["chrome", "document"]. */
  function unknownNames(tsconfig: string): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(REPO, tsconfig),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    if (!parsed) throw new Error(`cannot read ${tsconfig}`);
    const program = ts.createProgram([file], parsed.options);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => /Cannot find name '(\w+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, ' '))?.[1])
      .filter((name): name is string => name !== undefined)
      .sort();
  }

  it('rejects the DOM, chrome.*, Apps Script and Node globals in the core', () => {
    expect(unknownNames('shared/tsconfig.json')).toEqual(['SpreadsheetApp', 'chrome', 'document', 'process']);
  });

  it('while the extension, whose tsconfig has them, may use the DOM and chrome.*', () => {
    expect(unknownNames('extension/tsconfig.json')).toEqual(['SpreadsheetApp', 'process']);
  });
});
