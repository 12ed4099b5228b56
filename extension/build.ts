/**
 * Builds the Chrome/Edge extension: dist/extension/ (load unpacked) and dist/nilai-kerja-extension.zip
 * (Chrome Web Store / Edge Add-ons upload). Run with `npm run build:extension`.
 *
 * Environment:
 *   NILAI_KERJA_MATCHES  extra match patterns, comma-separated, for a region's own e-kinerja site(s)
 *                        (added to host_permissions and content_scripts; validated here).
 *   NILAI_KERJA_OUT_DIR  output directory (default dist/extension; the tests use dist/extension-test).
 *   NILAI_KERJA_ZIP=0    skip the store zip.
 *   NILAI_KERJA_TEST_MANAGED=1  tests only: managed settings are read from chrome.storage.local.
 *   NILAI_KERJA_CRX_KEY  the private key for the self-hosted .crx (a PEM file's path, or the PEM); default
 *                        .keys/nilai-kerja-extension.pem (git-ignored). Without a key no .crx is made.
 *   NILAI_KERJA_CRX_URL  where the .crx will be downloaded from, written into dist/update.xml.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { type Plugin as EsbuildPlugin, build as esbuild, transform } from 'esbuild';
import { zipSync } from 'fflate';
import ts from 'typescript';
import { build } from 'vite';
import { defaultAttendanceCodeKeys } from '../shared/columns/attendance-codes';
import { catalog } from '../shared/messages/catalog';
import { t } from '../shared/messages/format';
import {
  CRX_PATH,
  DEFAULT_KEY_PATH,
  extensionIdFromKey,
  findSigningKey,
  PLACEHOLDER_CRX_URL,
  signCrx,
  UPDATE_XML_PATH,
  updateManifest,
} from './crx';
import {
  ENTRY,
  ICON_SIZES,
  MANAGED_SCHEMA,
  MANAGED_SCHEMA_FILE,
  MINIMUM_CHROME_VERSION,
  PRIVACY_PAGE,
  parseExtraMatches,
} from './manifest';
import { defaultPolicy as overlayDefaultPolicy } from './src/content/light/default-policy';
import { ENGLISH_TEXTS, ENGLISH_TEXTS_FILE } from './src/content/light/english';
import { PANEL_MODULE_FILE } from './src/content/panel/api';
import { PERIOD_MODULE_FILE } from './src/content/period/api';
import { WORKING_DAYS_MODULE_FILE } from './src/content/period/days-api';
import { defaultCalendar } from './src/content/period/default-calendar';
import { createViteConfig } from './vite.config';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT_DIR = 'dist/extension';
export const ZIP_PATH = 'dist/nilai-kerja-extension.zip';

export interface BuildOptions {
  outDir?: string;
  /** Comma-separated match patterns, as in NILAI_KERJA_MATCHES. */
  matches?: string;
  zip?: boolean;
  /** Where the store zip goes (default dist/nilai-kerja-extension.zip). */
  zipPath?: string;
  /** Tests only: read managed settings from chrome.storage.local (see extension/src/managed.ts). */
  testManagedStorage?: boolean;
  /** PEM private key: when given (and zip is on), a signed .crx and update.xml are written too. */
  crxKey?: string | null;
  /** Download URL of the .crx, for update.xml (default PLACEHOLDER_CRX_URL). */
  crxUrl?: string;
  /** Where the .crx and update.xml go (default dist/nilai-kerja-extension.crx, dist/update.xml). */
  crxPath?: string;
  updateXmlPath?: string;
}

export interface BuildOutput {
  outDir: string;
  zipPath: string | null;
  extraMatches: string[];
  /** The self-hosting package, when a key was given. */
  crx: { path: string; updateXmlPath: string; extensionId: string; url: string } | null;
}

// ---------- icons: drawn here so the repository holds no binary files and nothing is downloaded ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** PNG chunk checksum (zlib.crc32 only exists from Node 20.15). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Encodes RGBA pixels as a PNG (one IDAT, no filtering: icons are tiny). */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment ab, all in unit coordinates. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const k = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + k * dx), py - (ay + k * dy));
}

/**
 * Transparent margin per icon size: the Chrome Web Store's 128 px icon is a 96 px image with 16 px of
 * transparent padding on each side; the small toolbar sizes use the whole square.
 */
export const ICON_PADDING: Record<number, number> = { 128: 16 };

/**
 * A white tick on a green rounded square: "result achieved", inside `padding` transparent pixels on
 * each side. 4x supersampled for smooth edges.
 */
export function drawIcon(size: number, padding = ICON_PADDING[size] ?? 0): Buffer {
  const inner = size - 2 * padding;
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      let tick = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x - padding + (sx + 0.5) / samples) / inner;
          const v = (y - padding + (sy + 0.5) / samples) / inner;
          if (u < 0 || u > 1 || v < 0 || v > 1) continue;
          const r = 0.2; // corner radius
          const cx = Math.min(Math.max(u, r), 1 - r);
          const cy = Math.min(Math.max(v, r), 1 - r);
          if (Math.hypot(u - cx, v - cy) > r) continue;
          inside++;
          const d = Math.min(
            segmentDistance(u, v, 0.24, 0.52, 0.43, 0.71),
            segmentDistance(u, v, 0.43, 0.71, 0.77, 0.3),
          );
          if (d < 0.075) tick++;
        }
      }
      const i = (y * size + x) * 4;
      const n = samples * samples;
      const w = inside ? tick / inside : 0;
      rgba[i] = Math.round(0x1b + (255 - 0x1b) * w);
      rgba[i + 1] = Math.round(0x7f + (255 - 0x7f) * w);
      rgba[i + 2] = Math.round(0x4b + (255 - 0x4b) * w);
      rgba[i + 3] = Math.round((255 * inside) / n);
    }
  }
  return encodePng(size, rgba);
}

// ---------- the privacy policy page, from docs/privacy.md ----------

export const PRIVACY_SOURCE = 'docs/privacy.md';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown of our own docs: `code`, **strong**, *em* (text escaped first). */
const inline = (text: string): string =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');

/** The small Markdown subset docs/privacy.md uses: headings, paragraphs, "-" lists, "---" rules. */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = (): void => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
    if (list) out.push(`<ul>\n${list.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    list = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length;
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (line.trim() === '---') {
      flush();
      out.push('<hr />');
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      list = [...(list ?? []), line.slice(2)];
    } else if (list && /^ {2}\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/**
 * privacy.html, shipped in the package (linked from the options page and the store listings): the
 * Indonesian text, then the English one (split at the "---" rule), no script, nothing fetched.
 */
export function privacyPage(markdown: string): string {
  const [id = '', en = ''] = markdown.split(/^---$/m);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Kebijakan privasi Nilai Kerja / Privacy policy</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1d; background: #fff; }
h1 { color: #145c37; } code { background: #eef7f1; padding: 0 0.2em; } hr { margin: 2.5rem 0; }
@media (prefers-color-scheme: dark) { body { color: #e8eaed; background: #1f1f1f; } h1 { color: #6dd58c; } code { background: #1e3a2a; } }
</style>
</head>
<body>
<main>
<section lang="id">
${markdownToHtml(id)}
</section>
<hr />
<section lang="en">
${markdownToHtml(en)}
</section>
</main>
</body>
</html>
`;
}

// ---------- static files: icons and _locales, generated from the message catalog ----------

function writePublicFiles(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, 'icons', `icon-${size}.png`), drawIcon(size));
  for (const lang of ['id', 'en'] as const) {
    const messages = {
      extName: { message: t('EXT_NAME', undefined, lang) },
      extShortName: { message: t('EXT_SHORT_NAME', undefined, lang) },
      extDescription: { message: t('EXT_DESCRIPTION', undefined, lang) },
    };
    mkdirSync(join(dir, '_locales', lang), { recursive: true });
    writeFileSync(join(dir, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
  writeFileSync(join(dir, MANAGED_SCHEMA_FILE), `${JSON.stringify(MANAGED_SCHEMA, null, 2)}\n`);
  writeFileSync(join(dir, PRIVACY_PAGE), privacyPage(readFileSync(join(REPO_ROOT, PRIVACY_SOURCE), 'utf8')));
}

// ---------- audit: what must never ship ----------

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources?: string[] }[];
}

/**
 * The scripts the background injects into a frame on a content script's request (background/main.ts):
 * content-world scripts like it, held to the same audit.
 */
const ON_DEMAND_SCRIPTS = [
  PERIOD_MODULE_FILE,
  WORKING_DAYS_MODULE_FILE,
  PANEL_MODULE_FILE,
  ENGLISH_TEXTS_FILE,
] as const;

/**
 * Problems in a built extension that would break it on real pages or in review: content scripts (and the
 * scripts injected on their request) that are missing or not self-contained, content files exposed to
 * pages, eval-style code (forbidden by our CSP).
 */
export function auditBuild(outDir: string): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const contentFiles = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const exposed = new Set((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []));
  for (const file of ON_DEMAND_SCRIPTS) {
    if (!existsSync(join(outDir, file))) problems.push(`${file}: on-demand script missing`);
    else contentFiles.push(file);
  }
  for (const file of contentFiles) {
    const code = readFileSync(join(outDir, file), 'utf8');
    if (/\bimport\s*\(/.test(code)) problems.push(`${file}: content script loads code with import()`);
    if (/^\s*(import|export)\s[^(]/m.test(code)) problems.push(`${file}: content script is an ES module`);
    if (exposed.has(file)) problems.push(`${file}: content script listed in web_accessible_resources`);
  }
  for (const path of listFiles(outDir).filter((p) => p.endsWith('.js'))) {
    const code = readFileSync(path, 'utf8');
    const file = relative(outDir, path).split(sep).join('/');
    if (/\bnew Function\s*\(/.test(code)) problems.push(`${file}: contains new Function(`);
    if (/=\s*Function\s*[;,)]/.test(code)) problems.push(`${file}: aliases the Function constructor`);
    if (/(^|[^.\w])eval\s*\(/.test(code)) problems.push(`${file}: contains eval(`);
  }
  return problems;
}

const NO_EVAL =
  '(function () { throw new EvalError("Nilai Kerja: code generation is off (extension CSP)"); })';

/**
 * zod keeps two eval sites even in jitless mode: an `allowsEval` probe (skipped when jitless) and
 * `Doc.compile` (used only by the JIT). Neither runs, but store review and our CSP promise say the
 * package holds no eval, so both are replaced by a function that throws EvalError, exactly what a
 * CSP-blocked `new Function` would do. crxjs builds the content script in a separate IIFE build that
 * takes no plugins, so this is done on the output; auditBuild then proves nothing is left.
 */
const withoutEvalSites = (code: string): string =>
  code
    .replace(/\bnew Function\(""\)/g, `new (${NO_EVAL})()`)
    .replace(/\bconst F = Function;/g, `const F = ${NO_EVAL};`);

function removeEvalSites(outDir: string): void {
  for (const path of listFiles(outDir).filter((p) => p.endsWith('.js'))) {
    const code = readFileSync(path, 'utf8');
    const cleaned = withoutEvalSites(code);
    if (cleaned !== code) writeFileSync(path, cleaned);
  }
}

// ---------- the content script: light, because it runs on every e-kinerja page ----------

const CATALOG_MODULE = /shared[\\/]messages[\\/]catalog\.ts$/;

/** The catalog module with only `codes` in it (the lookup functions unchanged). */
function catalogPlugin(codes: ReadonlySet<string> | null, split = false): EsbuildPlugin {
  const entries = codes
    ? Object.fromEntries(
        Object.entries(catalog)
          .filter(([code]) => codes.has(code))
          .sort(([a], [b]) => a.localeCompare(b)),
      )
    : {};
  // Split (the content script): the Indonesian texts here, the English ones read from the script the
  // background injects on demand (content/light/english.ts), Indonesian standing in until it is there.
  const contents = split
    ? `const ID = ${JSON.stringify(Object.fromEntries(Object.entries(entries).map(([code, m]) => [code, m.id])))};
const EN = Symbol.for(${JSON.stringify(ENGLISH_TEXTS.description)});
export const catalog = {};
for (const code in ID) catalog[code] = { id: ID[code], get en() { return globalThis[EN]?.[code] ?? ID[code]; } };
export const isMessageCode = (code) => Object.prototype.hasOwnProperty.call(ID, code);`
    : `export const catalog = ${JSON.stringify(entries)};
export const isMessageCode = (code) => Object.prototype.hasOwnProperty.call(catalog, code);`;
  return {
    name: 'nilai-kerja-content-catalog',
    setup(b) {
      b.onLoad({ filter: CATALOG_MODULE }, () => ({ loader: 'ts', contents }));
    },
  };
}

/** The English texts of `codes`, as the script content/light/english.ts has the background inject. */
function englishTextsScript(codes: ReadonlySet<string>): string {
  const texts = Object.fromEntries(
    Object.entries(catalog)
      .filter(([code]) => codes.has(code))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, m]) => [code, m.en]),
  );
  return `globalThis[Symbol.for(${JSON.stringify(ENGLISH_TEXTS.description)})]=${JSON.stringify(texts)};\n`;
}

/**
 * zod schemas are built by top-level calls (`export const XSchema = z.object({...})`), which a bundler
 * must keep even when nothing uses the schema: a call might have side effects. The core's modules mix
 * such schemas with what the overlay does use (vocabularies, constants, functions), so one used
 * constant would bring its module's schemas and all of zod into the content script. In the content
 * build only, each top-level `const` whose initializer is a call or member chain naming `z.` or a
 * `...Schema` is wrapped in an immediately called arrow marked pure: it runs at the same moment with
 * the same result when it is kept, and is dropped when nothing reads it. No rule changes, nothing is
 * copied; the core's schema builders have no side effects (no registry, `.meta` or `.describe` is used).
 */
export function markSchemasPure(source: string, fileName = 'module.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: [number, number][] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init) continue;
      let inner: ts.Expression = init;
      while (
        ts.isAsExpression(inner) ||
        ts.isSatisfiesExpression(inner) ||
        ts.isParenthesizedExpression(inner)
      )
        inner = inner.expression;
      if (!(ts.isCallExpression(inner) || ts.isPropertyAccessExpression(inner))) continue;
      if (!/\bz\s*\.|Schema\b/.test(init.getText(file))) continue;
      spans.push([init.getStart(file), init.getEnd()]);
    }
  }
  let out = source;
  for (const [start, end] of spans.reverse()) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
  }
  return out;
}

/** The core's and the extension's own modules (not the overlay's), where schemas are built. */
const SCHEMA_MODULES = /[\\/](shared|extension[\\/]src)[\\/].*\.ts$/;
const OVERLAY_MODULES = /[\\/]extension[\\/]src[\\/]content[\\/]/;

function pureSchemasPlugin(): EsbuildPlugin {
  return {
    name: 'nilai-kerja-pure-schemas',
    setup(b) {
      b.onLoad({ filter: SCHEMA_MODULES }, (args) => {
        if (CATALOG_MODULE.test(args.path) || OVERLAY_MODULES.test(args.path)) return undefined;
        return { loader: 'ts', contents: markSchemasPure(readFileSync(args.path, 'utf8'), args.path) };
      });
    },
  };
}

const DEFAULT_POLICY_MODULE = /extension[\\/]src[\\/]content[\\/]light[\\/]default-policy\.ts$/;

/**
 * content/light/default-policy.ts as the value its defaultPolicy() returns now, at build time (the
 * sections of PolicySchema.parse({}) the overlay reads, OverlayPolicy): the overlay gets the same
 * national defaults without running zod on every page, and without the sections it never reads. A
 * fresh copy per call, as the core gives.
 */
function defaultPolicyPlugin(): EsbuildPlugin {
  const json = JSON.stringify(overlayDefaultPolicy());
  return buildTimeModule(
    'nilai-kerja-default-policy',
    DEFAULT_POLICY_MODULE,
    `const DEFAULT_POLICY = ${JSON.stringify(json)};
export const defaultPolicy = () => JSON.parse(DEFAULT_POLICY);`,
  );
}

const DEFAULT_CALENDAR_MODULE = /extension[\\/]src[\\/]content[\\/]period[\\/]default-calendar\.ts$/;

/**
 * content/period/default-calendar.ts as the calendar its defaultCalendar() returns now, at build time (the
 * national default policy's `periods.calendar`): the working-days module counts with the core's own
 * defaults without running zod. A fresh copy per call, as the core gives.
 */
function defaultCalendarPlugin(): EsbuildPlugin {
  const json = JSON.stringify(defaultCalendar());
  return buildTimeModule(
    'nilai-kerja-default-calendar',
    DEFAULT_CALENDAR_MODULE,
    `const DEFAULT_CALENDAR = ${JSON.stringify(json)};
export const defaultCalendar = () => JSON.parse(DEFAULT_CALENDAR);`,
  );
}

/** A module whose source is replaced by `contents`: a value computed at build time, in place of its code. */
function buildTimeModule(name: string, filter: RegExp, contents: string): EsbuildPlugin {
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, () => ({ loader: 'ts', contents }));
    },
  };
}

const ATTENDANCE_CODES_MODULE = /shared[\\/]columns[\\/]attendance-codes\.ts$/;

/**
 * shared/columns/attendance-codes.ts as the list its defaultAttendanceCodeKeys() returns now, at build
 * time: column recognition on a page knows the same code headers, without the attendance vocabulary's
 * notes and deductions, which no page shows.
 */
function attendanceCodesPlugin(): EsbuildPlugin {
  const json = JSON.stringify(defaultAttendanceCodeKeys());
  return buildTimeModule(
    'nilai-kerja-attendance-codes',
    ATTENDANCE_CODES_MODULE,
    `const KEYS = ${json};
export const defaultAttendanceCodeKeys = () => KEYS.slice();`,
  );
}

/** Every catalog code written as a string literal in `code` (a bundle built without the catalog). */
export function catalogCodesIn(code: string): Set<string> {
  const codes = new Set<string>();
  for (const match of code.matchAll(/["'`]([A-Z][A-Z0-9_]{2,})["'`]/g)) {
    if (Object.hasOwn(catalog, match[1]!)) codes.add(match[1]!);
  }
  return codes;
}

/** The period module (content/period/api.ts): a script of its own the background injects on demand. */
const PERIOD_MODULE = { entry: 'src/content/period/module.ts', file: PERIOD_MODULE_FILE } as const;

/** The working-days module (content/period/days-api.ts): a script of its own the background injects on demand. */
const WORKING_DAYS_MODULE = {
  entry: 'src/content/period/days-module.ts',
  file: WORKING_DAYS_MODULE_FILE,
} as const;

/** The panel module (content/panel/api.ts): a script of its own the background injects on demand. */
const PANEL_MODULE = { entry: 'src/content/panel/module.ts', file: PANEL_MODULE_FILE } as const;

/**
 * One content-world script: bundled as an IIFE with the light plugins and a catalog of just the
 * messages it can show (see below), zod's eval sites neutralised, minified.
 */
async function buildContentWorldScript(
  entry: string,
  outFile: string,
  testManagedStorage: boolean,
  englishFile?: string,
): Promise<void> {
  const common = {
    entryPoints: [join(REPO_ROOT, 'extension', entry)],
    bundle: true,
    format: 'iife' as const,
    write: false,
    target: `chrome${MINIMUM_CHROME_VERSION}`,
    define: { __NILAI_KERJA_TEST_MANAGED__: JSON.stringify(testManagedStorage) },
    logLevel: 'error' as const,
    legalComments: 'none' as const,
  };
  // The build-time values first: their modules are then never read as sources.
  const light = [
    attendanceCodesPlugin(),
    pureSchemasPlugin(),
    defaultPolicyPlugin(),
    defaultCalendarPlugin(),
  ];
  const probe = await esbuild({ ...common, plugins: [...light, catalogPlugin(null)] });
  const codes = catalogCodesIn(probe.outputFiles![0]!.text);
  const bundle = await esbuild({
    ...common,
    define: { ...common.define, __NILAI_KERJA_SPLIT_CATALOG__: JSON.stringify(englishFile !== undefined) },
    plugins: [...light, catalogPlugin(codes, englishFile !== undefined)],
  });
  // zod's eval sites are neutralised before minifying, while their source form is still known.
  // NK_KEEP_NAMES=1 keeps function names (for a CPU profile of the content script; never for a release).
  const code = withoutEvalSites(bundle.outputFiles![0]!.text);
  const minified = await transform(code, {
    ...(process.env.NK_KEEP_NAMES ? { minifyWhitespace: true, minifySyntax: true } : { minify: true }),
    target: common.target,
    legalComments: 'none',
  });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, minified.code);
  if (englishFile) writeFileSync(englishFile, englishTextsScript(codes));
}

/**
 * Rebuilds the content script (crxjs's IIFE is replaced): minified, and with a message catalog holding
 * only the messages the overlay can show. The codes are found by bundling once without the catalog and
 * collecting every catalog code written in the result (the overlay and the core it uses name their
 * codes as literals; none is put together at run time, which catalogCodesIn's test checks); the second
 * bundle carries just those. The options page and popup keep the whole catalog. A missing code would
 * throw in t(), which the Chromium tests would see as a logged feature error. The period module
 * (content/period/api.ts), the working-days module (content/period/days-api.ts) and the panel module
 * (content/panel/api.ts) are built the same way, each into a script of its own. The content script's
 * English texts are a script of their own too (content/light/english.ts), injected on demand; the
 * modules, smaller and themselves on demand, keep both languages.
 */
async function buildContentScript(outDir: string, testManagedStorage: boolean): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const file = manifest.content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('Extension build rejected: no content script in the manifest');
  await buildContentWorldScript(
    ENTRY.content,
    join(outDir, file),
    testManagedStorage,
    join(outDir, ENGLISH_TEXTS_FILE),
  );
  await buildContentWorldScript(PERIOD_MODULE.entry, join(outDir, PERIOD_MODULE.file), testManagedStorage);
  await buildContentWorldScript(
    WORKING_DAYS_MODULE.entry,
    join(outDir, WORKING_DAYS_MODULE.file),
    testManagedStorage,
  );
  await buildContentWorldScript(PANEL_MODULE.entry, join(outDir, PANEL_MODULE.file), testManagedStorage);
}

function zipDirectory(dir: string): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // A fixed date keeps the zip byte-identical between builds of the same sources.
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const path of listFiles(dir).sort()) {
    files[relative(dir, path).split(sep).join('/')] = [readFileSync(path), { mtime }];
  }
  return zipSync(files, { level: 9 });
}

export async function buildExtension(options: BuildOptions = {}): Promise<BuildOutput> {
  const parsed = parseExtraMatches(options.matches);
  if (!parsed.ok) throw new Error(t(parsed.issue.code, parsed.issue.params));
  const outDir = resolve(REPO_ROOT, options.outDir ?? DEFAULT_OUT_DIR);
  const publicDir = resolve(
    REPO_ROOT,
    'dist',
    `.public-${relative(join(REPO_ROOT, 'dist'), outDir).replace(/\W/g, '_')}`,
  );
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  writePublicFiles(publicDir);
  await build(
    createViteConfig({
      outDir,
      publicDir,
      version: pkg.version,
      extraMatches: parsed.value,
      testManagedStorage: options.testManagedStorage,
    }),
  );
  rmSync(publicDir, { recursive: true, force: true });
  await buildContentScript(outDir, options.testManagedStorage === true);
  removeEvalSites(outDir);
  const problems = auditBuild(outDir);
  if (problems.length > 0) throw new Error(`Extension build rejected:\n- ${problems.join('\n- ')}`);
  let zipPath: string | null = null;
  let crx: BuildOutput['crx'] = null;
  if (options.zip ?? true) {
    zipPath = resolve(REPO_ROOT, options.zipPath ?? ZIP_PATH);
    const zip = zipDirectory(outDir);
    writeFileSync(zipPath, zip);
    if (options.crxKey) {
      // The same zip, signed: a region hosts it and force-installs it by policy (extension/crx.ts).
      const path = resolve(REPO_ROOT, options.crxPath ?? CRX_PATH);
      const updateXmlPath = resolve(REPO_ROOT, options.updateXmlPath ?? UPDATE_XML_PATH);
      const extensionId = extensionIdFromKey(options.crxKey);
      const url = options.crxUrl || PLACEHOLDER_CRX_URL;
      writeFileSync(path, signCrx(zip, options.crxKey));
      writeFileSync(updateXmlPath, updateManifest(extensionId, pkg.version, url));
      crx = { path, updateXmlPath, extensionId, url };
    }
  }
  return { outDir, zipPath, extraMatches: parsed.value, crx };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const packages = process.env.NILAI_KERJA_ZIP !== '0';
  let key: ReturnType<typeof findSigningKey> = null;
  try {
    key = packages ? findSigningKey() : null;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  buildExtension({
    outDir: process.env.NILAI_KERJA_OUT_DIR,
    matches: process.env.NILAI_KERJA_MATCHES,
    zip: process.env.NILAI_KERJA_ZIP !== '0',
    testManagedStorage: process.env.NILAI_KERJA_TEST_MANAGED === '1',
    crxKey: key?.pem ?? null,
    crxUrl: process.env.NILAI_KERJA_CRX_URL,
  }).then(
    (out) => {
      const extra = out.extraMatches.length ? ` (+ ${out.extraMatches.join(', ')})` : '';
      console.log(`Extension built: ${relative(REPO_ROOT, out.outDir)}${extra}`);
      if (out.zipPath) console.log(`Store package: ${relative(REPO_ROOT, out.zipPath)}`);
      if (out.crx) {
        console.log(
          t('EXT_BUILD_CRX_DONE', {
            crx: relative(REPO_ROOT, out.crx.path),
            xml: relative(REPO_ROOT, out.crx.updateXmlPath),
            id: out.crx.extensionId,
            url: out.crx.url,
          }),
        );
      } else if (out.zipPath) {
        // Never a failure: the store zip is what most regions need; the .crx is for self-hosting.
        console.log(t('EXT_BUILD_CRX_NO_KEY', { path: DEFAULT_KEY_PATH }));
      }
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
