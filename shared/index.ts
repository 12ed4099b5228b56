/**
 * Nilai Kerja core: the public API both bundles (Sheets add-on, Chrome extension) import.
 * Pure TypeScript; see shared/README.md for the conventions.
 */
export * from './columns';
export { fail, type Issue, type Location, locate, ok, type Result, type Severity } from './core/issue';
export { z } from './core/zod';
export * from './discipline';
export { catalog, isMessageCode, type Lang, type MessageCode, type MessageParams } from './messages/catalog';
export { formatIssue, formatLocation, formatNumberForLang, t } from './messages/format';
export { FIELD_IDS, type FieldId } from './model/fields';
export type { RawRow, RawTable, WorkbookInput } from './model/input';
export * from './org';
export * from './parse';
export * from './pipeline';
export * from './policy/io';
export * from './policy/presets';
export * from './policy/schema';
export * from './recommend';
export * from './sample';
export * from './score';
