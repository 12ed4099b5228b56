/**
 * The architecture rules of shared/STYLE.md, checked by `npm run lint` (dependency-cruiser). Each rule's
 * name is what a violation prints; test/architecture/lint.test.ts proves every rule fails when broken.
 */

/** The core's public entry points: its index, a domain's index, and the zod setup (see below). */
const CORE_ENTRY_POINTS = '^shared/(index\\.ts|[^/]+/index\\.ts|core/zod\\.ts)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No circular imports anywhere: each module can be read, tested and changed on its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-surface',
      comment:
        'shared/ is the scoring core both bundles use: it imports nothing from the add-on, the extension, ' +
        'the tests, scripts, bench or tools.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(apps-script|extension|test|scripts|bench|tools)/' },
    },
    {
      name: 'core-imports-no-node',
      comment: 'shared/ runs in Apps Script V8 and in a page: no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'surface-imports-core-entry-points',
      comment:
        'The add-on and the extension import the core through shared/index.ts or a domain index ' +
        '(shared/<domain>/index.ts), never a domain inner file. The one exception is shared/core/zod.ts, ' +
        'imported as a namespace (`import * as z`): re-exported from an index, esbuild keeps all of zod.',
      severity: 'error',
      from: { path: '^(apps-script|extension)/src/' },
      to: { path: '^shared/', pathNot: CORE_ENTRY_POINTS },
    },
    {
      name: 'tools-import-no-tests',
      comment:
        'npm start, the bench and their helpers (scripts/, bench/, tools/) never import test/: what they ' +
        'share with the tests lives in tools/.',
      severity: 'error',
      from: { path: '^(scripts|bench|tools)/' },
      to: { path: '^test/' },
    },
    {
      name: 'addon-feature-imports-no-feature',
      comment:
        'A feature of the add-on (a folder or file under apps-script/src/features/) never imports another: ' +
        'what several features need lives outside features/ (output/, scoring/, settings/, problems/).',
      severity: 'error',
      from: { path: '^apps-script/src/features/([^/.]+)' },
      to: { path: '^apps-script/src/features/', pathNot: '^apps-script/src/features/$1(/|\\.ts$)' },
    },
    {
      name: 'overlay-feature-imports-no-feature',
      comment:
        'A feature of the overlay (one file under extension/src/content/features/) never imports another; ' +
        'only the list of features (index.ts) imports them, and each may use the registry.',
      severity: 'error',
      from: {
        path: '^extension/src/content/features/',
        pathNot: '^extension/src/content/features/(index|registry)\\.ts$',
      },
      to: {
        path: '^extension/src/content/features/',
        pathNot: '^extension/src/content/features/(index|registry)\\.ts$',
      },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a deleted file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|out)/' },
    // Type-only imports count: a type cycle is still a cycle for whoever reads the code.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
