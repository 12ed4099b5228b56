/**
 * "Ekspor pemetaan (JSON)" and "Impor pemetaan (JSON)": the saved column mapping as a versioned file, so
 * a region can move a pilot's mapping into the Marketplace add-on (another script project, whose
 * document properties start empty). The file holds the sheet names, each sheet's role, header row(s)
 * and, per mapped column, its letter, field and header label as exported; no cell data.
 *
 * An import is checked before it replaces anything: zod, then every named sheet must exist here and not
 * be a result the add-on owns (the same refusal as saving), then each mapped column's header must still
 * read as it did when exported (otherwise the mapping would read the wrong column), each difference named
 * by sheet and column. The sidebar shows what will be saved and waits for a confirmation.
 */
import { formatIssue, templateHeader } from '../../../../shared';
import { FieldIdSchema } from '../../../../shared/columns';
import * as z from '../../../../shared/core/zod';
import { say } from '../../action';
import { activeSpreadsheet } from '../../gas/env';
import { columnLetter, type SheetPort, type SpreadsheetPort } from '../../port/types';
import { ROLE_LABEL } from '../../role-labels';
import { fillMerges } from '../../workbook/cells';
import { ROLES } from '../../workbook/roles';
import {
  headerChanges,
  headerLabels,
  IgnoredTableSchema,
  loadSavedMapping,
  MAPPING_PROPERTY,
  parseSavedMapping,
  type SavedMapping,
  type SheetMapping,
} from '../../workbook/saved-mapping';
import { refuseSheets } from './mapping';

/** The file's `format`: tells a mapping file from a policy file or anything else pasted. */
export const MAPPING_FILE_FORMAT = 'nilai-kerja-pemetaan';
export const MAPPING_FILE_VERSION = 1;
export const MAPPING_FILE_NAME = 'nilai-kerja-pemetaan.json';

const ExportedColumnSchema = z.object({
  /** The column as the admin sees it: "A", "AB". */
  column: z.string().regex(/^[A-Z]{1,3}$/),
  field: FieldIdSchema,
  /** The header label when exported (two header rows joined with " / "), compared on import. */
  header: z.string().max(1000),
});

const ExportedSheetSchema = z.object({
  sheet: z.string().min(1).max(100),
  role: z.enum(ROLES),
  headerRow: z.number().int().min(1).max(1000),
  headerRowCount: z.number().int().min(1).max(3),
  columns: z.array(ExportedColumnSchema).max(200),
});

export const MappingFileSchema = z.object({
  format: z.literal(MAPPING_FILE_FORMAT),
  version: z.literal(MAPPING_FILE_VERSION),
  sheets: z.array(ExportedSheetSchema).max(200),
  /**
   * The tables left on "abaikan", with their headers as the admin saw them (saved-mapping.ts): a workbook
   * the mapping moves to does not ask about them again. Absent in files of earlier versions.
   */
  ignored: z.array(IgnoredTableSchema).max(500).optional(),
});
export type MappingFile = z.infer<typeof MappingFileSchema>;

export type MappingExportReply =
  | { ok: true; json: string; fileName: string }
  | { ok: false; message: string };

export type MappingImportCheckReply =
  | { ok: true; message: string; sheets: string[]; replaces: string }
  | { ok: false; message: string; differences: string[] };

export type MappingImportReply =
  | { ok: true; message: string }
  | { ok: false; message: string; differences: string[] };

/** "AB" -> 27 (0-based). */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The header label of every column under a table's header rows (saved-mapping.ts headerLabels). */
function labelsOf(sheet: SheetPort, mapping: Pick<SheetMapping, 'headerRow' | 'headerRowCount'>): string[] {
  const snapshot = sheet.read();
  return headerLabels(
    fillMerges(snapshot.display, snapshot.merges),
    mapping.headerRow,
    mapping.headerRowCount,
  );
}

/** google.script.run: the saved mapping as versioned JSON, with each mapped column's header label. */
export function exportMapping(book: SpreadsheetPort | null = activeSpreadsheet()): MappingExportReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  const saved = loadSavedMapping(book);
  if (!saved || saved.sheets.length === 0) return { ok: false, message: say('SHEETS_MAPPING_EXPORT_NONE') };
  const refusal = refuseSheets(book, saved, 'SHEETS_MAPPING_SHEET_GONE');
  if (refusal) return { ok: false, message: refusal };
  const file: MappingFile = {
    format: MAPPING_FILE_FORMAT,
    version: MAPPING_FILE_VERSION,
    sheets: saved.sheets.map((s) => {
      const labels = labelsOf(book.getSheet(s.sheet)!, s);
      const columns = (Object.entries(s.columns) as [z.infer<typeof FieldIdSchema>, number][])
        .sort((a, b) => a[1] - b[1])
        // The label confirmed with the mapping, when kept: the file never vouches for a column changed since.
        .map(([field, index]) => ({
          column: columnLetter(index + 1),
          field,
          header: s.headers?.[field] ?? labels[index] ?? '',
        }));
      return {
        sheet: s.sheet,
        role: s.role,
        headerRow: s.headerRow,
        headerRowCount: s.headerRowCount,
        columns,
      };
    }),
    ...(saved.ignored && saved.ignored.length > 0 ? { ignored: saved.ignored } : {}),
  };
  return { ok: true, json: `${JSON.stringify(file, null, 2)}\n`, fileName: MAPPING_FILE_NAME };
}

type Checked =
  | { ok: true; file: MappingFile; mapping: SavedMapping }
  | { ok: false; message: string; differences: string[] };

const refused = (message: string, differences: string[] = []): Checked => ({
  ok: false,
  message,
  differences,
});

/** The file read and validated, turned into the saved-mapping form; or why not. */
function readFile(input: unknown): Checked {
  if (typeof input !== 'string') return refused(say('SHEETS_MAPPING_IMPORT_INVALID', { detail: 'JSON' }));
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch {
    return refused(say('SHEETS_MAPPING_IMPORT_INVALID', { detail: 'JSON' }));
  }
  const head = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (head.format !== MAPPING_FILE_FORMAT)
    return refused(say('SHEETS_MAPPING_IMPORT_NOT_MAPPING', { format: MAPPING_FILE_FORMAT }));
  if (typeof head.version === 'number' && head.version > MAPPING_FILE_VERSION)
    return refused(say('SHEETS_MAPPING_IMPORT_NEWER', { version: head.version }));
  const parsed = MappingFileSchema.safeParse(value);
  if (!parsed.success)
    return refused(
      say('SHEETS_MAPPING_IMPORT_INVALID', { detail: parsed.error.issues[0]?.path.join('.') || '-' }),
    );
  const sheets: SheetMapping[] = [];
  for (const [n, s] of parsed.data.sheets.entries()) {
    const columns: Record<string, number> = {};
    const headers: Record<string, string> = {};
    for (const c of s.columns) {
      if (columns[c.field] !== undefined)
        return refused(say('SHEETS_MAPPING_IMPORT_INVALID', { detail: `sheets.${n}.columns (${c.field})` }));
      columns[c.field] = columnIndex(c.column);
      headers[c.field] = c.header;
    }
    // The labels checked on import are kept with the mapping: every later read compares them again.
    sheets.push({
      sheet: s.sheet,
      role: s.role,
      headerRow: s.headerRow,
      headerRowCount: s.headerRowCount,
      columns,
      headers,
    });
  }
  const mapping = parseSavedMapping({
    version: 1,
    sheets,
    ...(parsed.data.ignored ? { ignored: parsed.data.ignored } : {}),
  });
  if (!mapping.ok)
    return refused(
      mapping.issue.code === 'SHEETS_MAPPING_INVALID'
        ? say('SHEETS_MAPPING_IMPORT_INVALID', { detail: String(mapping.issue.params?.detail ?? '-') })
        : formatIssue(mapping.issue),
    );
  return { ok: true, file: parsed.data, mapping: mapping.value };
}

/** Every mapped column whose header no longer reads as when exported, by sheet and column. */
function headerDifferences(book: SpreadsheetPort, file: MappingFile): string[] {
  const differences: string[] = [];
  for (const s of file.sheets) {
    const sheet = book.getSheet(s.sheet);
    if (!sheet) continue;
    const expected = s.columns.map((c) => ({
      field: c.field,
      index: columnIndex(c.column),
      header: c.header,
    }));
    for (const change of headerChanges(expected, labelsOf(sheet, s))) {
      const column = columnLetter(change.index + 1);
      const params = {
        sheet: s.sheet,
        column,
        field: templateHeader(change.field),
        expected: change.expected,
      };
      differences.push(
        change.actual.trim() === ''
          ? say('SHEETS_MAPPING_IMPORT_HEADER_EMPTY', params)
          : say('SHEETS_MAPPING_IMPORT_HEADER_CHANGED', { ...params, actual: change.actual }),
      );
    }
  }
  return differences;
}

/** The whole check of an import against this spreadsheet; nothing is saved. */
function checkImport(input: unknown, book: SpreadsheetPort): Checked {
  const read = readFile(input);
  if (!read.ok) return read;
  const refusal = refuseSheets(book, read.mapping, 'SHEETS_MAPPING_IMPORT_SHEET_MISSING');
  if (refusal) return refused(refusal);
  const differences = headerDifferences(book, read.file);
  if (differences.length > 0)
    return refused(say('SHEETS_MAPPING_IMPORT_HEADERS_DIFFER', { count: differences.length }), differences);
  return read;
}

/**
 * google.script.run: checks a mapping file (JSON text) against this spreadsheet and says what importing
 * it would save, saving nothing (the sidebar asks for a confirmation with it).
 */
export function checkMappingImport(
  input: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): MappingImportCheckReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET'), differences: [] };
  const checked = checkImport(input, book);
  if (!checked.ok) return checked;
  const saved = loadSavedMapping(book);
  return {
    ok: true,
    message: say('SHEETS_MAPPING_IMPORT_READY', { count: checked.mapping.sheets.length }),
    sheets: checked.mapping.sheets.map((s) =>
      say('SHEETS_MAPPING_IMPORT_SHEET', {
        sheet: s.sheet,
        role: say(ROLE_LABEL[s.role]),
        header: s.headerRowCount > 1 ? `${s.headerRow}-${s.headerRow + s.headerRowCount - 1}` : s.headerRow,
        count: Object.keys(s.columns).length,
      }),
    ),
    replaces: saved
      ? say('SHEETS_MAPPING_IMPORT_REPLACES', { count: saved.sheets.length })
      : say('SHEETS_MAPPING_IMPORT_FIRST'),
  };
}

/** google.script.run: checks the mapping file again as checkMappingImport does and, if it passes, saves it. */
export function importMapping(
  input: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): MappingImportReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET'), differences: [] };
  const checked = checkImport(input, book);
  if (!checked.ok) return checked;
  book.setProperty(MAPPING_PROPERTY, JSON.stringify(checked.mapping));
  return { ok: true, message: say('SHEETS_MAPPING_IMPORTED', { count: checked.mapping.sheets.length }) };
}
