import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { fail, ok, type Result } from '../shared/core/issue';
import { SITE_HOST } from './src/storage-schemas';

/** The one site every installation covers: BKN's national e-Kinerja (SKP per PermenPANRB 6/2022). */
export const BKN_MATCH = 'https://kinerja.bkn.go.id/*';

/**
 * Regional e-kinerja sites differ per kabupaten/kota, so they are never built in: the user grants
 * them one by one (optional host permissions), or an IT office adds them at build time.
 */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/**
 * Chrome 109 is the last release for Windows 7/8.1, still found on local-government PCs; everything
 * we use (MV3 service worker, scripting.registerContentScripts with persistAcrossSessions, promise
 * APIs) exists there. Edge shares Chromium's numbering.
 */
export const MINIMUM_CHROME_VERSION = '109';

/** Source paths, relative to extension/ (vite's root). */
export const ENTRY = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  popup: 'src/popup/popup.html',
  options: 'src/options/options.html',
} as const;

export const ICON_SIZES = [16, 32, 48, 128] as const;

/**
 * The schema of chrome.storage.managed (written by build.ts from extension/src/managed.ts): a region's
 * IT office pushes the policy, the language and the sites by group policy.
 */
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

/**
 * Chrome's schema (written to MANAGED_SCHEMA_FILE), for the managed area (a subset of JSON Schema). `policy` is a string holding the
 * exported policy JSON, because a Windows registry value or an admin console field is a string, and
 * Chrome's schema has no "any object" type.
 */
export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    policy: {
      title: 'Kebijakan penilaian / Scoring policy',
      description:
        'JSON kebijakan yang diekspor add-on Sheets atau halaman Opsi / The policy JSON exported by the Sheets add-on or the options page',
      type: 'string',
    },
    lang: {
      title: 'Bahasa / Language',
      description: 'id atau en / id or en',
      type: 'string',
      enum: ['id', 'en'],
    },
    sites: {
      title: 'Situs e-kinerja daerah / Regional e-kinerja sites',
      description: 'Pola situs, mis. https://ekinerja.contohkab.go.id/* / Match patterns',
      type: 'array',
      items: { type: 'string' },
    },
  },
} as const;

/** The privacy policy page shipped in the package (written by build.ts from docs/privacy.md). */
export const PRIVACY_PAGE = 'privacy.html';

/**
 * A Chrome match pattern for a web origin: scheme http/https/*, a host that is a name, an IP or
 * "*." plus a name, an optional port, and a path. "<all_urls>" and bare "*" hosts are refused: an IT
 * office adding its region's site must not accidentally enable the overlay on every site.
 */
const MATCH_PATTERN = new RegExp(`^(https?|\\*)://${SITE_HOST}/.*$`, 'i');

/**
 * Parses NILAI_KERJA_MATCHES (comma-separated match patterns, e.g.
 * "https://ekinerja.tulangbawangkab.go.id/*,https://e-kinerja.lampungprov.go.id/*").
 * The failure names the first bad pattern so the build log says exactly what to fix.
 */
export function parseExtraMatches(value: string | undefined): Result<string[]> {
  const patterns = (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  for (const pattern of patterns) {
    if (!MATCH_PATTERN.test(pattern)) {
      return fail('EXT_BUILD_BAD_MATCH', { pattern });
    }
  }
  return ok([...new Set(patterns)]);
}

export interface ManifestOptions {
  version: string;
  /** Extra match patterns (already validated), added to host permissions and content scripts. */
  extraMatches: string[];
}

/** The MV3 manifest. Name and description come from _locales (default "id"), written by build.ts. */
export function createManifest({ version, extraMatches }: ManifestOptions): ManifestV3Export {
  const matches = [BKN_MATCH, ...extraMatches.filter((m) => m !== BKN_MATCH)];
  const icons = Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icons/icon-${s}.png`]));
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    version,
    minimum_chrome_version: MINIMUM_CHROME_VERSION,
    icons,
    action: { default_popup: ENTRY.popup, default_icon: icons, default_title: '__MSG_extName__' },
    options_ui: { page: ENTRY.options, open_in_tab: true },
    background: { service_worker: ENTRY.background, type: 'module' },
    // storage: settings; activeTab + scripting: "Jalankan sekali di tab ini" and dynamic registration.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: matches,
    optional_host_permissions: OPTIONAL_HOSTS,
    // all_frames: a list shown in a same-origin <iframe> (an old portal's frameset, a report viewer)
    // is read in its frame. The same entry is what webext-dynamic-content-scripts registers for each
    // site the user grants, so granted sites get frames too. Only frames the matches cover are entered.
    content_scripts: [{ matches, js: [ENTRY.content], run_at: 'document_idle', all_frames: true }],
    // No eval, no remote code: zod runs jitless (shared/core/zod.ts) and everything ships in the package.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Group policy (Google Admin console, Windows registry) can set the policy, language and sites.
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
  };
}
