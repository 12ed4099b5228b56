import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function` unless told not to. The extension's CSP forbids
 * eval and Apps Script gains nothing from it, so every bundle runs zod jitless.
 *
 * Import zod from here as a namespace: `import * as z from '../core/zod'`. Only the functions the
 * code names are bundled; re-exporting zod's `z` object instead would pull in all of zod, its
 * forty-odd locales included (about 450 KB of a bundle instead of about 85 KB).
 */
config({ jitless: true });

export * from 'zod';
