import { fail, ok, type Result } from '../core/issue';
import { findHeaderRows, type HeaderRows } from './header-rows';
import { isBlank } from './normalize';
import { recognizeColumns } from './recognize';
import {
  type ColumnMapping,
  ColumnMappingSchema,
  type ColumnRecognition,
  type RecognizeOptions,
} from './schema';

export { displayText, isNumberingRow } from './compose';
export { findHeaderRows, type HeaderRows } from './header-rows';
export { guessTableKind, REQUIRED_FIELDS } from './kind';
export { aspectOfLabel, type FieldCandidate, matchLabel } from './matcher';
export { fillMerges, type MergedArea } from './merges';
export { normalizeLabel } from './normalize';
export { MIN_CONFIDENCE, recognizeColumns } from './recognize';
export {
  AspectSchema,
  type ColumnMapping,
  ColumnMappingSchema,
  type ColumnRecognition,
  ColumnRecognitionSchema,
  FieldIdSchema,
  type RecognizedColumn,
  RecognizedColumnSchema,
  type RecognizeOptions,
  TABLE_KINDS,
  type TableKind,
  TableKindSchema,
} from './schema';
export { type FoundTable, findTables, periodOfLines, startsWithPeriodKey } from './tables';
export { ASPECTS, type Aspect, type AspectParent, templateHeader, VOCABULARY } from './vocabulary';

/** A whole sheet or table, recognised: where its header is, what each column means, where data lies. */
export interface TableRecognition extends HeaderRows {
  recognition: ColumnRecognition;
  /** Data rows are grid rows firstDataRow .. dataEnd - 1 (trailing blank rows excluded). */
  dataEnd: number;
}

/** findHeaderRows + recognizeColumns on one grid, for callers holding a whole sheet or table. */
export function recognizeTable(
  grid: readonly (readonly string[])[],
  options: RecognizeOptions & { maxScan?: number } = {},
): TableRecognition {
  const header = findHeaderRows(grid, options.maxScan);
  const headerRows = grid.slice(header.headerStart, header.headerStart + header.headerRowCount);
  const recognition = recognizeColumns(headerRows, options);
  let dataEnd = grid.length;
  while (dataEnd > header.firstDataRow && (grid[dataEnd - 1] ?? []).every((cell) => isBlank(cell))) dataEnd--;
  return { ...header, recognition, dataEnd };
}

/**
 * Reads back a stored, user-confirmed mapping (the add-on keeps it as JSON in document properties).
 * Accepts the parsed object or its JSON text; never throws.
 */
export function parseColumnMapping(stored: unknown): Result<ColumnMapping> {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return fail('COLUMNS_MAPPING_INVALID', { detail: 'JSON' });
    }
  }
  const parsed = ColumnMappingSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  if (first?.message === 'COLUMNS_MAPPING_SAME_COLUMN') return fail('COLUMNS_MAPPING_SAME_COLUMN');
  return fail('COLUMNS_MAPPING_INVALID', { detail: first?.path.join('.') || '-' });
}
