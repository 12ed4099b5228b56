import { type FieldId, formatIssue } from '../../../../shared';
import { type Action, done, errorText, failed, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import { isOwnedOutput } from '../../output/ownership';
import type { SpreadsheetPort } from '../../port/types';
import { fillMerges } from '../../workbook/cells';
import {
  headerLabels,
  ignoredHeaders,
  MAPPING_PROPERTY,
  parseSavedMapping,
  type SavedMapping,
} from '../../workbook/saved-mapping';
import { type MappingProposal, proposeMapping } from './proposal';

export const MAPPING_SIDEBAR_FILE = 'Mapping';

/** "Petakan kolom...": opens the sidebar; the sidebar then calls ambilUsulanPemetaan(). */
export const openMappingSidebar: Action = ({ ui }) => {
  if (!ui) return failed(say('SHEETS_NEEDS_UI'));
  const html = gas().HtmlService?.createHtmlOutputFromFile(MAPPING_SIDEBAR_FILE);
  if (!html) return failed(say('SHEETS_NEEDS_UI'));
  ui.showSidebar(html.setTitle(say('SHEETS_MAPPING_TITLE')).setWidth(360));
  return done();
};

export type MappingReply = { ok: true; proposal: MappingProposal } | { ok: false; message: string };

/** google.script.run: the proposal for the sidebar, or a message it can show. */
export function mappingProposal(book: SpreadsheetPort | null = activeSpreadsheet()): MappingReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  try {
    return { ok: true, proposal: proposeMapping(book) };
  } catch (e) {
    return {
      ok: false,
      message: say('INTERNAL_ERROR', { detail: errorText(e) }),
    };
  }
}

export interface SaveReply {
  ok: boolean;
  message: string;
}

/**
 * Why a mapping cannot be saved in this spreadsheet, or null: a named sheet that does not exist here
 * (`missingCode` says it), or a result sheet the add-on owns. Shared by saving and importing a mapping.
 */
export function refuseSheets(
  book: SpreadsheetPort,
  mapping: SavedMapping,
  missingCode: 'SHEETS_MAPPING_SHEET_GONE' | 'SHEETS_MAPPING_IMPORT_SHEET_MISSING',
): string | null {
  const missing: string[] = [];
  const outputs: string[] = [];
  for (const { sheet: name } of mapping.sheets) {
    const sheet = book.getSheet(name);
    if (!sheet) missing.push(name);
    else if (isOwnedOutput(sheet)) outputs.push(name);
  }
  if (missing.length > 0) return say(missingCode, { sheets: missing.join(', ') });
  // The sidebar never offers a result sheet, but google.script.run takes any JSON: an output the add-on
  // owns (by its mark, output/ownership.ts) is never input, so a mapping naming one is refused by name.
  if (outputs.length > 0) return say('SHEETS_MAPPING_OUTPUT_SHEET', { sheets: outputs.join(', ') });
  return null;
}

/**
 * The mapping with the header label of each mapped column as the admin confirmed it, read from the sheet
 * (the sidebar sends columns by position only): every later read compares them (read-table.ts), so a
 * column swapped or inserted next month is refused, never read as the confirmed one.
 */
function withHeaders(book: SpreadsheetPort, mapping: SavedMapping): SavedMapping {
  const grids = new Map<string, string[][]>();
  const gridOf = (name: string): string[][] => {
    let grid = grids.get(name);
    if (!grid) {
      const snapshot = book.getSheet(name)?.read();
      grid = snapshot ? fillMerges(snapshot.display, snapshot.merges) : [];
      grids.set(name, grid);
    }
    return grid;
  };
  const sheets = mapping.sheets.map((s) => {
    const grid = gridOf(s.sheet);
    const labels = headerLabels(grid, s.headerRow, s.headerRowCount);
    const headers: Partial<Record<FieldId, string>> = {};
    for (const [field, index] of Object.entries(s.columns) as [FieldId, number][])
      headers[field] = labels[index] ?? '';
    return { ...s, headers };
  });
  if (!mapping.ignored) return { ...mapping, sheets };
  // A table left on "abaikan" is recorded with its header as the admin saw it: a table that replaces it
  // later is warned about again (workbook.ts). A sheet gone since the sidebar read it has nothing to record.
  const ignored = mapping.ignored
    .filter((i) => book.getSheet(i.sheet) !== null)
    .map((i) => ({
      ...i,
      headers: ignoredHeaders(gridOf(i.sheet), i.headerRow, i.headerRowCount ?? 1),
    }));
  return { ...mapping, sheets, ignored };
}

/**
 * google.script.run: validates the confirmed mapping (any value can arrive from a sidebar) and saves
 * it in document properties. Sheets that no longer exist, and result sheets the add-on owns, are
 * refused by name.
 */
export function saveMapping(input: unknown, book: SpreadsheetPort | null = activeSpreadsheet()): SaveReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  const parsed = parseSavedMapping(input);
  if (!parsed.ok) return { ok: false, message: formatIssue(parsed.issue) };
  const refusal = refuseSheets(book, parsed.value, 'SHEETS_MAPPING_SHEET_GONE');
  if (refusal) return { ok: false, message: refusal };
  book.setProperty(MAPPING_PROPERTY, JSON.stringify(withHeaders(book, parsed.value)));
  return { ok: true, message: say('SHEETS_MAPPING_SAVED', { count: parsed.value.sheets.length }) };
}
