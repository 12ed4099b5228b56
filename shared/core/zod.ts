import { z } from 'zod';

/**
 * zod compiles object parsers with `new Function` unless told not to. The extension's CSP forbids
 * eval and Apps Script gains nothing from it, so every bundle runs zod jitless. Import `z` from here.
 */
z.config({ jitless: true });

export { z };
