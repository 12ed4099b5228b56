import * as z from '../../shared/core/zod';

/** Schemas shared by the user's settings (storage.ts) and the managed ones (managed.ts). */

export const LangSchema = z.enum(['id', 'en']);

/**
 * The host of a site pattern: a name or IP, optionally "*." plus a name, and an optional port. A bare
 * "*" host (every site) is refused: one click on an office's site list must never grant every host.
 * The same rule as the build's NILAI_KERJA_MATCHES check (extension/manifest.ts MATCH_PATTERN).
 */
export const SITE_HOST = '(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?';

/**
 * A match-pattern origin as chrome.permissions reports it, e.g. "https://ekinerja.tulangbawangkab.go.id/*".
 * Kept as the permission string so removing a site removes exactly what was granted.
 */
export const SiteSchema = z
  .string()
  .max(300)
  .regex(new RegExp(`^(https?|\\*)://${SITE_HOST}/\\*$`, 'i'));
