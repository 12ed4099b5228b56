import { buildResultsPackage } from '../../../../shared';
import { type Action, done, errorText, failed, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import type { SpreadsheetPort } from '../../port/types';
import { scoreBook } from '../../scoring/score-book';

export const EXPORT_DIALOG_FILE = 'Export';

export type PackageReply =
  | { ok: true; json: string; fileName: string; employees: number; help: string }
  | { ok: false; message: string };

/**
 * The results package for the browser extension (nilai-kerja/results v1, validated by the extension
 * with ResultsPackageSchema): every employee's capaian, ratings, predikat, flags, recommendation and
 * reasons, and the policy used. Built from a fresh scoring of the sheets; nothing leaves the browser
 * except through the admin's own download.
 */
export function resultsPackage(book: SpreadsheetPort | null = activeSpreadsheet()): PackageReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  try {
    const outcome = scoreBook(book, () => {});
    if (!outcome.ok) return { ok: false, message: outcome.lines.join(' ') };
    const { result, policy, input } = outcome.scored;
    if (result.employees.length === 0)
      return { ok: false, message: say('ADDON_NO_EMPLOYEES', { sheet: input.employees.sheet }) };
    const pkg = buildResultsPackage(result, policy, 'id', new Date().toISOString());
    return {
      ok: true,
      json: JSON.stringify(pkg),
      fileName: say('ADDON_EXPORT_FILE'),
      employees: pkg.employees.length,
      help: say('ADDON_EXPORT_HELP', { employees: pkg.employees.length }),
    };
  } catch (e) {
    return {
      ok: false,
      message: say('ADDON_FAILED', { detail: errorText(e) }),
    };
  }
}

/**
 * "Ekspor untuk ekstensi": with a Ui, opens the dialog (which asks ambilPaketEkspor() for the package
 * and offers a copy button and a data-URI download); from a trigger, builds the package and reports it.
 */
export const exportForExtension: Action = ({ book, ui }) => {
  if (ui) {
    const html = gas().HtmlService?.createHtmlOutputFromFile(EXPORT_DIALOG_FILE);
    if (html) {
      ui.showModalDialog(html.setWidth(560).setHeight(420), say('ADDON_EXPORT_TITLE'));
      return done();
    }
  }
  const reply = resultsPackage(book);
  if (!reply.ok) return failed(reply.message);
  return done(say('ADDON_EXPORT_HEADLESS', { employees: reply.employees, size: reply.json.length }));
};
