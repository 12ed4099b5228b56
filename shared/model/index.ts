/** The fields a table may hold and the raw tables a surface hands to the core. */
export * from './fields';
export * from './input';
