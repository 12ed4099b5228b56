import { ColumnMappingSchema, FieldIdSchema, recognizeColumns } from '../../../shared/columns';
import { fail, ok, type Result } from '../../../shared/core';
import * as z from '../../../shared/core/zod';
import type { FieldId } from '../../../shared/model';
import { ROLES } from './roles';

/** Document property holding the confirmed column mapping of every input sheet. */
export const MAPPING_PROPERTY = 'nilaiKerja.mapping';

/** One input table as the admin confirmed it: its sheet and header row name it. Rows are 1-based. */
export const SheetMappingSchema = z.object({
  sheet: z.string().min(1).max(100),
  role: z.enum(ROLES),
  headerRow: z.number().int().min(1).max(1000),
  headerRowCount: z.number().int().min(1).max(3),
  /** Field -> 0-based column index (shared/columns ColumnMappingSchema: one column per field). */
  columns: ColumnMappingSchema,
  /**
   * Field -> the header label of its column when the admin confirmed it (header rows joined with " / ").
   * Every read compares it with the sheet (headerChanges): a column swapped, inserted or moved since is
   * never read as the confirmed one. Optional: mappings saved before it are still loaded, and checked as
   * far as they can be without it (read-table.ts).
   */
  headers: z.partialRecord(FieldIdSchema, z.string().max(1000)).optional(),
});
export type SheetMapping = z.infer<typeof SheetMappingSchema>;

/**
 * A table the admin saw in the mapping sidebar and left on "abaikan": never read, and never warned about
 * as a table missing from the mapping (workbook.ts). Named by its sheet and header row, with its header
 * labels as they were (headerLabels), so a table added, moved or replaced there since is warned about again.
 */
export const IgnoredTableSchema = z.object({
  sheet: z.string().min(1).max(100),
  headerRow: z.number().int().min(1).max(1000),
  headerRowCount: z.number().int().min(1).max(3).optional(),
  headers: z.array(z.string().max(1000)).max(500).optional(),
});

export const SavedMappingSchema = z
  .object({
    version: z.literal(1),
    /** One entry per confirmed table; a sheet may hold several tables, a role may span several sheets. */
    sheets: z.array(SheetMappingSchema).max(200),
    /** The tables deliberately left out ("abaikan"); absent in mappings saved before it was recorded. */
    ignored: z.array(IgnoredTableSchema).max(500).optional(),
    /** The period to score when the tables name several ("2024-05", shared/parse periodKey). */
    period: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/)
      .optional(),
  })
  .refine(
    (m) => new Set(m.sheets.map((s) => `${s.sheet}!${s.headerRow}`)).size === m.sheets.length,
    'SHEETS_MAPPING_SHEET_TWICE',
  );
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

/** The header labels an ignored table is recorded with, and compared by: trimmed, trailing blanks dropped. */
export function ignoredHeaders(
  grid: readonly (readonly string[])[],
  headerRow: number,
  headerRowCount: number,
): string[] {
  const labels = Array.from(headerLabels(grid, headerRow, headerRowCount), (l) => (l ?? '').trim());
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  return labels;
}

/** Whether the table at `headerRow` of `sheet` is the one the admin left on "abaikan" (same header labels). */
export function isIgnoredTable(
  mapping: SavedMapping | null,
  sheet: string,
  headerRow: number,
  headers: () => readonly string[],
): boolean {
  const entry = mapping?.ignored?.find((i) => i.sheet === sheet && i.headerRow === headerRow);
  if (!entry) return false;
  // Recorded without labels (a file written by hand): the place alone identifies it.
  if (!entry.headers) return true;
  const now = headers();
  const was = entry.headers;
  return now.length === was.length && now.every((label, i) => sameHeader(label, was[i] ?? ''));
}

/**
 * Validates a mapping coming from the sidebar (google.script.run passes anything) or from document
 * properties (edited by hand, or written by an older version). Never throws.
 */
export function parseSavedMapping(input: unknown): Result<SavedMapping> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail('SHEETS_MAPPING_INVALID', { detail: 'JSON' });
    }
  }
  const parsed = SavedMappingSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  if (first?.message === 'SHEETS_MAPPING_SHEET_TWICE') return fail('SHEETS_MAPPING_SHEET_TWICE');
  if (first?.message === 'COLUMNS_MAPPING_SAME_COLUMN') return fail('COLUMNS_MAPPING_SAME_COLUMN');
  return fail('SHEETS_MAPPING_INVALID', { detail: first?.path.join('.') || '-' });
}

export function loadSavedMapping(props: { getProperty(key: string): string | null }): SavedMapping | null {
  const text = props.getProperty(MAPPING_PROPERTY);
  if (!text) return null;
  const parsed = parseSavedMapping(text);
  return parsed.ok ? parsed.value : null;
}

/**
 * The header label of every column under a table's header rows, by 0-based column index, as the sidebar
 * shows it: merged cells already filled by the caller, several rows joined with " / " (the core's
 * recognizeColumns composes it). One rule for saving, reading and importing a mapping.
 */
export function headerLabels(
  grid: readonly (readonly string[])[],
  headerRow: number,
  headerRowCount: number,
): string[] {
  const start = headerRow - 1;
  const labels: string[] = [];
  for (const c of recognizeColumns(grid.slice(start, start + headerRowCount)).columns)
    labels[c.index] = c.label;
  return labels;
}

/**
 * The same header, but for spaces and letter case. Stricter than the recognition's normalizeLabel on
 * purpose ("Tgt" and "Target" mean the same field, yet a renamed column is what the admin should see).
 */
export const sameHeader = (a: string, b: string): boolean => {
  const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return plain(a) === plain(b);
};

/** One mapped column whose header no longer reads as when the mapping was confirmed (or exported). */
export interface HeaderChange {
  field: FieldId;
  /** 0-based column index. */
  index: number;
  expected: string;
  /** The header now, '' when the cell is blank. */
  actual: string;
}

/**
 * Every mapped column whose header differs from the label kept with the mapping: the one rule behind
 * "Impor pemetaan" (transfer.ts) and every read of a saved mapping (read-table.ts).
 */
export function headerChanges(
  expected: readonly { field: FieldId; index: number; header: string }[],
  labels: readonly string[],
): HeaderChange[] {
  const changes: HeaderChange[] = [];
  for (const c of expected) {
    const actual = labels[c.index] ?? '';
    if (!sameHeader(actual, c.header))
      changes.push({ field: c.field, index: c.index, expected: c.header, actual });
  }
  return changes;
}

/** The labels a saved table keeps, as headerChanges compares them; null for a mapping saved without them. */
export function keptHeaders(
  mapping: SheetMapping,
): { field: FieldId; index: number; header: string }[] | null {
  const headers = mapping.headers;
  if (!headers) return null;
  const kept: { field: FieldId; index: number; header: string }[] = [];
  for (const [field, index] of Object.entries(mapping.columns) as [FieldId, number][])
    kept.push({ field, index, header: headers[field] ?? '' });
  return kept;
}
