import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import type { InlineConfig } from 'vite';
import { createManifest, ENTRY, MINIMUM_CHROME_VERSION } from './manifest';

export const EXTENSION_ROOT = fileURLToPath(new URL('.', import.meta.url));

export interface ExtensionViteOptions {
  /** Absolute output directory (the unpacked extension). */
  outDir: string;
  /** Absolute directory of generated static files (icons, _locales), copied as is. */
  publicDir: string;
  version: string;
  extraMatches: string[];
  /**
   * Test builds only: managed settings are read from chrome.storage.local (managed.ts,
   * TEST_MANAGED_KEY), because a test profile cannot be given a group policy.
   */
  testManagedStorage?: boolean;
}

/**
 * Vite + crxjs configuration. The content script is listed in `standaloneFiles` so crxjs bundles it
 * as one classic IIFE: without that, crxjs emits a loader that dynamic-imports the real script
 * through web_accessible_resources, which exposes the file to every page (fingerprinting) and adds
 * a module load at each page start. Used by build.ts; not a standalone
 * `vite build` config because the manifest depends on build-time inputs.
 */
export function createViteConfig(options: ExtensionViteOptions): InlineConfig {
  return {
    configFile: false,
    root: EXTENSION_ROOT,
    publicDir: options.publicDir,
    logLevel: 'warn',
    // A compile-time constant, so a release build holds no way to fake managed values.
    define: { __NILAI_KERJA_TEST_MANAGED__: JSON.stringify(options.testManagedStorage === true) },
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      target: `chrome${MINIMUM_CHROME_VERSION}`,
      // Readable output: store reviewers and regional IT offices can audit what runs on their pages.
      minify: false,
      sourcemap: false,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
    plugins: [
      crx({
        manifest: createManifest({ version: options.version, extraMatches: options.extraMatches }),
        contentScripts: { standaloneFiles: [ENTRY.content] },
      }),
    ],
  };
}
