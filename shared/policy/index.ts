/** Policy data: the schema with its cited defaults, the presets, and versioned JSON import/export. */
export * from './io';
export * from './presets';
export * from './schema';
