import type { Issue } from '../core/issue';
import * as z from '../core/zod';
import { isMessageCode } from '../messages/catalog';
import { FIELD_IDS } from '../model/fields';
import { ASPECT_PARENTS, ASPECTS } from './vocabulary';

export const FieldIdSchema = z.enum(FIELD_IDS);

/** What kind of table a header belongs to; decides which fields are required. */
export const TABLE_KINDS = [
  'skp',
  'realisasi',
  'activity',
  'recap',
  'employees',
  'behaviour',
  'attendance',
  'sakip',
  'pembinaan',
  'unknown',
] as const;
export const TableKindSchema = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKindSchema>;

/**
 * Field -> 0-based column index. The add-on stores the user-confirmed mapping of a sheet in document
 * properties and validates it with this schema when reading it back. One column serves one field.
 */
export const ColumnMappingSchema = z
  .partialRecord(FieldIdSchema, z.number().int().min(0).max(10_000))
  .refine((mapping) => {
    const columns = Object.values(mapping);
    return new Set(columns).size === columns.length;
  }, 'COLUMNS_MAPPING_SAME_COLUMN');
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export const AspectSchema = z.enum(ASPECTS);
export const AspectParentSchema = z.enum(ASPECT_PARENTS);

/** What was recognised for one column of the header. */
export const RecognizedColumnSchema = z.object({
  index: z.number().int().min(0),
  /** The header text as the user sees it; two header rows are joined with " / ". */
  label: z.string(),
  field: FieldIdSchema.nullable(),
  /** 0..1; 1 for a user-confirmed column or an exact strong synonym. */
  confidence: z.number().min(0).max(1),
  /** Sub-aspect of a "Target" / "Realisasi" group column (PermenPANRB 6/2022 aspects). */
  aspect: AspectSchema.optional(),
  aspectOf: AspectParentSchema.optional(),
  confirmed: z.boolean().optional(),
});
export type RecognizedColumn = z.infer<typeof RecognizedColumnSchema>;

const IssueSchema = z.custom<Issue>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    isMessageCode((value as { code: string }).code),
);

/** Column index per aspect, for each group ("Target" over Kuantitas/Kualitas/Waktu/Biaya). */
export const AspectColumnsSchema = z.partialRecord(
  AspectParentSchema,
  z.partialRecord(AspectSchema, z.number()),
);

export const ColumnRecognitionSchema = z.object({
  mapping: ColumnMappingSchema,
  columns: z.array(RecognizedColumnSchema),
  /** Indices of columns with a non-blank label that mean nothing known (and are no aspect column). */
  unmapped: z.array(z.number().int().min(0)),
  aspects: AspectColumnsSchema,
  /**
   * Columns headed by an attendance code (TMK1, S, TK under "Keterangan"): one count per code in a
   * monthly recap. `code` is the header as written; no field claims these columns.
   */
  codeColumns: z.array(z.object({ index: z.number().int().min(0), code: z.string() })).default([]),
  /** Columns of a daily matrix: day 1..31 under "Tanggal" (or a run of 1, 2, 3...); no field claims them. */
  dayColumns: z
    .array(z.object({ index: z.number().int().min(0), day: z.number().int().min(1).max(31) }))
    .default([]),
  /** The kind the caller expected, or else the guess from the recognised fields. */
  tableKind: TableKindSchema,
  /** The guess from the recognised fields, even when the caller expected another kind. */
  guessedKind: TableKindSchema,
  issues: z.array(IssueSchema),
});
export type ColumnRecognition = z.infer<typeof ColumnRecognitionSchema>;

export interface RecognizeOptions {
  confirmed?: ColumnMapping;
  expect?: TableKind;
  /**
   * The written attendance codes a code column may be headed by (the policy's `discipline.codes` keys);
   * the default vocabulary (ATTENDANCE_VOCABULARY) when left out.
   */
  attendanceCodes?: readonly string[];
}
