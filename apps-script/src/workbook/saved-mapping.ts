import { ColumnMappingSchema } from '../../../shared/columns';
import { fail, ok, type Result } from '../../../shared/core';
import * as z from '../../../shared/core/zod';
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
});
export type SheetMapping = z.infer<typeof SheetMappingSchema>;

export const SavedMappingSchema = z
  .object({
    version: z.literal(1),
    /** One entry per confirmed table; a sheet may hold several tables, a role may span several sheets. */
    sheets: z.array(SheetMappingSchema).max(200),
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
