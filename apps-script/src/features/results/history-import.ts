import {
  addOlderPeriods,
  type HistoryFile,
  type HistoryRow,
  type OlderHistoryMerge,
  readHistoryFile,
  t,
} from '../../../../shared';
import * as z from '../../../../shared/core/zod';
import { type Action, done, errorText, failed, requestInvalid, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import { replaceSheets } from '../../output/replace-sheets';
import type { SpreadsheetPort } from '../../port/types';
import { historySheets, readHistory } from '../../scoring/periods';
import { historySheet } from './history-sheet';

const HISTORY_IMPORT_SIDEBAR_FILE = 'HistoryImport';

/** At most this many characters per file (the sidebar refuses larger files before sending them). */
const MAX_HISTORY_FILE_CHARS = 8_000_000;

/** What the sidebar sends: the file's name and text, read in the browser (FileReader). */
const FileSchema = z.strictObject({
  name: z.string().max(300),
  text: z.string().max(MAX_HISTORY_FILE_CHARS),
});

export type HistoryImportReply =
  | {
      ok: true;
      /** What the file holds and what importing it adds and leaves, in Indonesian. */
      lines: string[];
      /** Periods the import adds (0: nothing to write). */
      added: number;
    }
  | { ok: false; message: string };

/** A file checked against the current Riwayat: what it would add, what it leaves as it is. */
interface Checked {
  name: string;
  file: HistoryFile;
  merge: OlderHistoryMerge;
  lines: string[];
}

const refused = (message: string): HistoryImportReply => ({ ok: false, message });

const labelsOf = (merge: OlderHistoryMerge, keys: readonly string[]): string =>
  keys.map((k) => merge.labels.get(k) ?? k).join(', ');

/** The request read and the file validated whole; the current Riwayat read. Writes nothing. */
function check(request: unknown, book: SpreadsheetPort): Checked | { refusal: string } {
  const parsed = FileSchema.safeParse(request);
  if (!parsed.success) {
    const text = (request as { text?: unknown } | null)?.text;
    return {
      refusal:
        typeof text === 'string' && text.length > MAX_HISTORY_FILE_CHARS
          ? say('HISTX_FILE_TOO_LARGE', { max: MAX_HISTORY_FILE_CHARS })
          : requestInvalid(parsed.error),
    };
  }
  const { name, text } = parsed.data;
  if (text.trim() === '') return { refusal: say('HISTX_FILE_NONE') };
  const read = readHistoryFile(name, text);
  if (!read.ok) return { refusal: t(read.issue.code, read.issue.params, 'id') };
  const sheets = historySheets(book);
  const kept = readHistory(book, sheets);
  // Rewriting Riwayat with rows it cannot read would drop them unsaid: the admin mends them first.
  if (kept.skipped > 0 && sheets.current)
    return { refusal: say('HISTX_IMPORT_UNREAD', { count: kept.skipped, sheet: sheets.current.name }) };
  const rows: HistoryRow[] = read.file.rows.map(({ tkDates, ...r }) => (tkDates ? { ...r, tkDates } : r));
  const merge = addOlderPeriods(kept.rows, rows);
  const periods = new Set(read.file.rows.map((r) => r.period)).size;
  const lines = [
    say('HISTX_FILE_SUMMARY', {
      file: name,
      opd: read.file.opd ?? say('HISTX_EXPORT_NO_OPD'),
      periods,
      rows: read.file.rows.length,
    }),
  ];
  if (merge.added.length > 0)
    lines.push(say('HISTX_FILE_NEW', { periods: labelsOf(merge, merge.added), rows: merge.addedRows }));
  if (merge.skipped.length > 0)
    lines.push(say('HISTX_FILE_PRESENT', { periods: labelsOf(merge, merge.skipped) }));
  if (merge.added.length === 0) lines.push(say('HISTX_NOTHING_NEW'));
  return { name, file: read.file, merge, lines };
}

/** Sidebar call: what importing the file would add and leave; writes nothing. */
export function checkHistoryFile(
  request: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): HistoryImportReply {
  if (!book) return refused(say('SHEETS_NO_SPREADSHEET'));
  try {
    const checked = check(request, book);
    if ('refusal' in checked) return refused(checked.refusal);
    return { ok: true, lines: checked.lines, added: checked.merge.added.length };
  } catch (e) {
    return refused(say('ADDON_FAILED', { detail: errorText(e) }));
  }
}

/**
 * Sidebar call: imports the file into Riwayat. A damaged or foreign file is refused and nothing is
 * written; periods Riwayat already holds keep their rows (named in the reply); the new ones are merged
 * and Riwayat rewritten as one change (output/replace-sheets.ts: all or nothing). A file whose periods
 * are all there already writes nothing, so importing it twice changes nothing.
 */
export function importHistoryFile(
  request: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): HistoryImportReply {
  if (!book) return refused(say('SHEETS_NO_SPREADSHEET'));
  try {
    const checked = check(request, book);
    if ('refusal' in checked) return refused(checked.refusal);
    const { merge } = checked;
    if (merge.added.length === 0) return { ok: true, lines: checked.lines, added: 0 };
    const written = replaceSheets(book, [historySheet(merge.rows)]);
    if (!written.ok) return refused(written.lines.join(' '));
    return {
      ok: true,
      added: merge.added.length,
      lines: [
        say('HISTX_IMPORT_DONE', {
          sheet: written.names.history,
          periods: merge.added.length,
          rows: merge.addedRows,
          file: checked.name,
        }),
        ...checked.lines.slice(1),
        ...written.notes,
      ],
    };
  } catch (e) {
    return refused(say('ADDON_FAILED', { detail: errorText(e) }));
  }
}

/** "Impor riwayat...": the sidebar that picks a Riwayat file; without a Ui there is no file to pick. */
export const openHistoryImport: Action = ({ ui }) => {
  const html = ui ? gas().HtmlService?.createHtmlOutputFromFile(HISTORY_IMPORT_SIDEBAR_FILE) : undefined;
  if (!ui || !html) return failed(say('HISTX_FILE_NONE'));
  ui.showSidebar(html.setTitle(say('HISTX_IMPORT_TITLE')));
  return done();
};
