import { HistoryFileSchema, historyFileOf } from '../../../../shared';
import { type Action, done, errorText, failed, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import { fileSlug } from '../../output/file-names';
import type { SpreadsheetPort } from '../../port/types';
import { historySheets, readHistory } from '../../scoring/periods';
import { opdOfTitles, readWorkbook } from '../../workbook/workbook';

const HISTORY_EXPORT_DIALOG_FILE = 'HistoryExport';

/** The Riwayat file ready for the dialog to offer as a download. */
export type HistoryFileReply =
  | { ok: true; fileName: string; json: string; help: string; notes: string[] }
  | { ok: false; message: string };

/**
 * The add-on's current Riwayat as a versioned file (format 'nilai-kerja/riwayat', shared/history
 * transfer.ts), validated by the core's schema before it is offered. Rows the Riwayat holds that are not
 * valid history are not exported, and the admin is told how many; nothing is written.
 */
export function historyFile(book: SpreadsheetPort | null = activeSpreadsheet()): HistoryFileReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  try {
    const sheets = historySheets(book);
    const kept = readHistory(book, sheets);
    if (!sheets.current || kept.rows.length === 0) return { ok: false, message: say('HISTX_EXPORT_NONE') };
    const opd = opdOfTitles(readWorkbook(book).found);
    const file = HistoryFileSchema.safeParse(historyFileOf(kept.rows, opd, new Date().toISOString()));
    if (!file.success)
      return {
        ok: false,
        message: say('HISTX_FILE_INVALID', {
          file: sheets.current.name,
          detail: file.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || '-'}: ${i.message}`)
            .join('; '),
        }),
      };
    const periods = [...new Set(kept.rows.map((r) => r.period))];
    const first = kept.rows[0];
    const last = kept.rows.at(-1);
    return {
      ok: true,
      fileName: say('HISTX_EXPORT_FILE', {
        opd: fileSlug(opd ?? '', 'opd'),
        first: first?.period ?? '',
        last: last?.period ?? '',
      }),
      json: JSON.stringify(file.data),
      help: say('HISTX_EXPORT_HELP', {
        opd: opd ?? say('HISTX_EXPORT_NO_OPD'),
        periods: periods.length,
        first: first?.label ?? '',
        last: last?.label ?? '',
        rows: kept.rows.length,
      }),
      notes:
        kept.skipped > 0
          ? [say('HISTX_EXPORT_UNREAD', { count: kept.skipped, sheet: sheets.current.name })]
          : [],
    };
  } catch (e) {
    return { ok: false, message: say('ADDON_FAILED', { detail: errorText(e) }) };
  }
}

/**
 * "Ekspor riwayat": with a Ui, a dialog offering the Riwayat file as a data-URI download (nothing goes
 * over the network); from a trigger, the file is built and its size reported.
 */
export const exportHistory: Action = ({ book, ui }) => {
  if (ui) {
    const html = gas().HtmlService?.createHtmlOutputFromFile(HISTORY_EXPORT_DIALOG_FILE);
    if (html) {
      ui.showModalDialog(html.setWidth(560).setHeight(320), say('HISTX_EXPORT_TITLE'));
      return done();
    }
  }
  const reply = historyFile(book);
  if (!reply.ok) return failed(reply.message);
  const file = HistoryFileSchema.parse(JSON.parse(reply.json));
  return done(
    say('HISTX_EXPORT_HEADLESS', {
      periods: new Set(file.rows.map((r) => r.period)).size,
      rows: file.rows.length,
      size: reply.json.length,
    }),
    ...reply.notes,
  );
};
