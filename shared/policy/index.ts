/** Policy data: the schema with its cited defaults, the presets, versioned JSON import/export and diffs. */
export * from './diff';
export * from './io';
export * from './presets';
export * from './schema';
