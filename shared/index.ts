/**
 * Nilai Kerja core: the public API both bundles (Sheets add-on, Chrome extension) import.
 * Pure TypeScript; see shared/README.md for the conventions. The surfaces import the core from here or
 * from a domain's index (`shared/<domain>/index.ts`), never from a domain's inner files (npm run lint).
 * The bundled sample OPD is demo data, not API: scripts, bench and tests import `shared/sample`.
 */
export * from './columns';
export * from './core';
export { z } from './core/zod';
export * from './discipline';
export * from './flags';
export * from './history';
export * from './messages';
export * from './model';
export * from './org';
export * from './parse';
export * from './pipeline';
export * from './policy';
export * from './recap';
export * from './recommend';
export * from './score';
// Periods: annual targets against the period's realisasi, working days from the region's calendar.
export * from './score/prorate';
export * from './score/target-span';
export * from './score/working-days';
