import {
  buildResultsPackage,
  CUSTOM_PRESET,
  formatIssue,
  hasResultData,
  parseNip,
  presetInForce,
  type ResultsPackage,
} from '../../../../shared';
import * as z from '../../../../shared/core/zod';
import { type Action, done, errorText, failed, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import { fileSlug } from '../../output/file-names';
import type { SpreadsheetPort } from '../../port/types';
import { scoreBook } from '../../scoring/score-book';
import { ROLE_SHEET } from '../../workbook/roles';

export const EXPORT_DIALOG_FILE = 'Export';

/** One supervisor's package, ready for the dialog to offer as a file. */
export interface PackageFile {
  /** The supervisor (atasan) the package is for. */
  nip: string;
  nama: string;
  /** Their direct subordinates in the package. */
  employees: number;
  fileName: string;
  json: string;
}

export type PackageReply =
  | {
      ok: true;
      /** One package per supervisor (or the one chosen), in the order of the employees sheet. */
      packages: PackageFile[];
      /** Employees over all the packages. */
      employees: number;
      /** Employees without an atasan in the employees sheet: in no package. */
      unassigned: number;
      help: string;
      /** What the admin should know besides: who is in no package, which reasons were left out. */
      notes: string[];
    }
  | { ok: false; message: string };

const toFile = (pkg: ResultsPackage): PackageFile => ({
  nip: pkg.for.nip,
  nama: pkg.for.nama,
  employees: pkg.employees.length,
  fileName: say('ADDON_EXPORT_FILE', { nip: pkg.for.nip, nama: fileSlug(pkg.for.nama, 'atasan', 40) }),
  json: JSON.stringify(pkg),
});

/** The dialog's choice: a supervisor's NIP, or nothing (or empty) for every supervisor. */
const ChoiceSchema = z.string().max(100).optional().nullable();

/**
 * The results packages for the browser extension (nilai-kerja/results v2, validated by the extension
 * with ResultsPackageSchema), from a fresh scoring of the sheets: one per supervisor named as atasan in
 * the employees sheet, holding only their direct subordinates (capaian, ratings, predikat, flags,
 * recommendation and reasons) and the policy, and saying whose it is. With `atasanNip`, only that
 * supervisor's. Nothing leaves the browser except through the admin's own download.
 */
export function resultsPackages(
  atasanNip?: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): PackageReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  const choice = ChoiceSchema.safeParse(atasanNip);
  if (!choice.success)
    return {
      ok: false,
      message: say('ADDON_EXPORT_CHOICE_INVALID', { detail: choice.error.issues[0]?.message ?? '-' }),
    };
  let supervisorNip: string | undefined;
  if (choice.data) {
    const nip = parseNip(choice.data);
    if (!nip.ok)
      return { ok: false, message: say('ADDON_EXPORT_CHOICE_INVALID', { detail: formatIssue(nip.issue) }) };
    supervisorNip = nip.value.nip;
  }
  try {
    const outcome = scoreBook(book, () => {});
    if (!outcome.ok) return { ok: false, message: outcome.lines.join(' ') };
    const { result, policy, input } = outcome.scored;
    const sheet = input.employees.sheet;
    if (result.employees.length === 0) return { ok: false, message: say('ADDON_NO_EMPLOYEES', { sheet }) };
    // The package's policy becomes the supervisor's in the extension: it names only a preset it follows.
    const preset = presetInForce(policy);
    const packages = buildResultsPackage(
      result,
      { ...policy, preset },
      {
        lang: 'id',
        generatedAt: new Date().toISOString(),
        ...(supervisorNip ? { supervisorNip } : {}),
      },
    );
    if (packages.length === 0)
      return {
        ok: false,
        message: supervisorNip
          ? say('ADDON_EXPORT_NOT_SUPERVISOR', { nip: supervisorNip, sheet })
          : say('ADDON_EXPORT_NO_SUPERVISOR', { sheet }),
      };
    const files = packages.map(toFile);
    const employees = files.reduce((sum, f) => sum + f.employees, 0);
    // Everyone is in at most one package (one atasan each): the rest have no atasan in the sheet.
    const supervisors = new Set(result.supervisors.map((s) => s.nip));
    const unassigned = result.employees.filter(
      (e) => e.atasanNip === null || !supervisors.has(e.atasanNip),
    ).length;
    const notes = [
      // Still built: a package without verdicts carries the attendance and discipline flags, the
      // recommendations they lead to and the supervisor's duties; the admin is told what it lacks.
      ...(hasResultData(input) ? [] : [say('ADDON_EXPORT_NO_RESULTS', { sheet: ROLE_SHEET.indicators })]),
      ...(unassigned > 0 && !supervisorNip
        ? [say('ADDON_EXPORT_UNASSIGNED', { count: unassigned, sheet })]
        : []),
      ...(policy.reward.packageSanctionReasons ? [] : [say('ADDON_EXPORT_REASONS_WITHHELD')]),
      ...(preset === policy.preset
        ? []
        : [say('ADDON_POLICY_PRESET_CUSTOM', { preset: policy.preset, custom: CUSTOM_PRESET })]),
    ];
    return {
      ok: true,
      packages: files,
      employees,
      unassigned,
      help: say('ADDON_EXPORT_HELP', { packages: files.length, employees, sheet }),
      notes,
    };
  } catch (e) {
    return {
      ok: false,
      message: say('ADDON_FAILED', { detail: errorText(e) }),
    };
  }
}

/**
 * "Ekspor untuk ekstensi": with a Ui, opens the dialog (which asks ambilPaketEkspor() for the packages,
 * lists the supervisors and offers each package, or all, as a data-URI download); from a trigger, builds
 * the packages and reports them.
 */
export const exportForExtension: Action = ({ book, ui }) => {
  if (ui) {
    const html = gas().HtmlService?.createHtmlOutputFromFile(EXPORT_DIALOG_FILE);
    if (html) {
      ui.showModalDialog(html.setWidth(640).setHeight(480), say('ADDON_EXPORT_TITLE'));
      return done();
    }
  }
  const reply = resultsPackages(undefined, book);
  if (!reply.ok) return failed(reply.message);
  const size = reply.packages.reduce((sum, p) => sum + p.json.length, 0);
  return done(
    say('ADDON_EXPORT_HEADLESS', { packages: reply.packages.length, employees: reply.employees, size }),
    ...reply.notes,
  );
};
