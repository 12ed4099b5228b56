import * as z from '../../shared/core/zod';

/** Schemas shared by the user's settings (storage.ts) and the managed ones (managed.ts). */

export const LangSchema = z.enum(['id', 'en']);

/**
 * A match-pattern origin as chrome.permissions reports it, e.g. "https://ekinerja.tulangbawangkab.go.id/*".
 * Kept as the permission string so removing a site removes exactly what was granted.
 */
export const SiteSchema = z
  .string()
  .max(300)
  .regex(/^(https?|\*):\/\/(\*|(\*\.)?[^/*]+)\/\*$/);
