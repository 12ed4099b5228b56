import {
  buildOpdPackages,
  formatIssue,
  hasResultData,
  monitorActions,
  type OpdPackage,
  type OpdRb,
  type Policy,
  periodKey,
  periodLabel,
  readPeriod,
  readRbActionPlan,
  readRbWorkbook,
  readSakipWorkbook,
} from '../../../../shared';
import * as z from '../../../../shared/core/zod';
import { type Action, done, errorText, failed, requestInvalid, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import { fileSlug } from '../../output/file-names';
import type { SpreadsheetPort } from '../../port/types';
import { type Scored, scoreBook } from '../../scoring/score-book';
import { OPD_NAME_PROPERTY } from '../../settings/stored-properties';
import { ROLE_SHEET } from '../../workbook/roles';
import {
  inputSheetGrids,
  type SheetGrid,
  sakipWorkbookSheets,
  trackerSheets,
} from '../../workbook/sheet-grids';
import { opdOfTitles } from '../../workbook/workbook';

export const OPD_EXPORT_DIALOG_FILE = 'OpdExport';

/** The OPD name the admin typed last time, kept in the document so the dialog offers it again. */
const OPD_NAME_KEY = OPD_NAME_PROPERTY;

/** One OPD package ready for the dialog to offer as a file. */
export interface OpdPackageFile {
  opd: string;
  period: string;
  employees: number;
  /** Employees named in the package (all, or the candidates: policy.recap.packageEmployees). */
  named: number;
  fileName: string;
  json: string;
}

export type OpdPackageReply =
  | {
      ok: true;
      files: OpdPackageFile[];
      /** The OPD name the workbook names, or the one typed last time ('' when none). */
      opdName: string;
      help: string;
      notes: string[];
    }
  | {
      ok: false;
      message: string;
      /** The dialog shows the OPD name or period box when the refusal is that one is missing. */
      needs?: 'opd' | 'period';
      opdName: string;
    };

const RequestSchema = z
  .object({ opd: z.string().max(300).optional(), periode: z.string().max(100).optional() })
  .optional()
  .nullable();

/** The OPD's own SAKIP evaluation, when the workbook holds its LKE/KKE (read as Evaluasi SAKIP reads it). */
function lkeSakip(book: SpreadsheetPort, policy: Policy, grids: readonly SheetGrid[]): OpdPackage['sakip'] {
  const sheets = sakipWorkbookSheets(book, policy.sakip, grids);
  if (!sheets) return null;
  const read = readSakipWorkbook(sheets, policy.sakip);
  if (!read.ok) return null;
  const e = read.value;
  // A score an earlier round decided (the OPD's own draft) says so, with what is still unanswered.
  const unanswered = e.components.reduce(
    (sum, c) => sum + c.subs.reduce((n, sub) => n + (sub.answers?.unanswered ?? 0), 0),
    0,
  );
  return {
    score: e.score,
    grade: e.grade,
    gradeLabel: e.gradeLabel,
    previous: null,
    source: 'lke',
    ...(e.decidedBy === 'final' ? {} : { draft: { round: e.rounds[e.deciding]?.label ?? '', unanswered } }),
  };
}

/** The OPD's Reformasi Birokrasi: its LKE RB and its action plan as of today, when the workbook has them. */
function rbStatus(book: SpreadsheetPort, policy: Policy, grids: readonly SheetGrid[]): OpdRb | null {
  let lke: OpdRb['lke'] = null;
  const rb = readRbWorkbook(grids, policy.rb);
  if (rb.ok) {
    const e = rb.value;
    lke = {
      score: e.evaluation.total.score,
      max: e.evaluation.total.max,
      grade: e.grade,
      gradeLabel: e.gradeLabel,
      areas: e.evaluation.areas.map((a) => ({ area: a.label, score: a.score, max: a.max })),
    };
  }
  let actions: OpdRb['actions'] = null;
  const plan = readRbActionPlan(trackerSheets(book, grids), policy.rbActions);
  if (plan.ok) {
    const asOf = book.isoDate(new Date());
    const m = monitorActions(plan.value.actions, asOf, undefined, policy.rbActions);
    if (m.ok)
      actions = {
        asOf,
        total: m.value.total,
        done: m.value.done,
        overdue: m.value.overdue.length,
        withoutEvidence: m.value.doneWithoutEvidence.length,
        progress: m.value.progress,
        pilots: [...new Set(plan.value.actions.flatMap((a) => a.pilots))],
      };
  }
  return lke || actions ? { lke, actions } : null;
}

/** The period of the package: the one the tables name (chosen in Petakan kolom), else the one typed. */
function packagePeriod(scored: Scored, typed: string): { key: string; label: string } | { error: string } {
  const data = scored.read.period;
  let asked = null;
  if (typed.trim() !== '') {
    const reading = readPeriod(typed);
    if (reading.status !== 'one')
      return {
        error: say('RECAP_PERIOD_INVALID', {
          value: typed,
          detail: say(reading.status === 'ambiguous' ? 'RECAP_PERIOD_RANGE' : 'RECAP_PERIOD_UNREAD'),
        }),
      };
    asked = reading.period;
  }
  if (data && asked && periodKey(data) !== periodKey(asked))
    return {
      error: say('RECAP_PERIOD_CONFLICT', { typed: periodLabel(asked, 'id'), data: periodLabel(data, 'id') }),
    };
  const period = data ?? asked;
  if (!period) return { error: say('RECAP_NO_PERIOD') };
  return { key: periodKey(period), label: periodLabel(period, 'id') };
}

/**
 * The OPD packages of this workbook (issue 12): a fresh scoring of the sheets, with the period, the
 * Riwayat trends, the OPD's LKE SAKIP and RB status when present, validated by the core before they are
 * offered. One per OPD the units name; a workbook naming none is one OPD, named in the dialog.
 */
export function opdPackages(
  request?: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): OpdPackageReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET'), opdName: '' };
  const asked = RequestSchema.safeParse(request);
  const remembered = book.getProperty(OPD_NAME_KEY) ?? '';
  if (!asked.success)
    return {
      ok: false,
      message: requestInvalid(asked.error),
      opdName: remembered,
    };
  const typedName = (asked.data?.opd ?? '').replace(/\s+/g, ' ').trim();
  let opdName = typedName !== '' ? typedName : remembered;
  try {
    const outcome = scoreBook(book, () => {});
    if (!outcome.ok) return { ok: false, message: outcome.lines.join(' '), opdName };
    const scored = outcome.scored;
    // One workbook per OPD: the OPD its tables' titles name ("SKPD : Dinas ..."), when they all name one.
    if (opdName === '') opdName = opdOfTitles(scored.read.found) ?? '';
    const { result, policy, periods } = scored;
    if (result.employees.length === 0)
      return {
        ok: false,
        message: say('ADDON_NO_EMPLOYEES', { sheet: scored.input.employees.sheet }),
        opdName,
      };
    const period = packagePeriod(scored, asked.data?.periode ?? '');
    if ('error' in period) return { ok: false, message: period.error, needs: 'period', opdName };
    // Every input sheet read once for the LKE/KKE, the LKE RB and the action plan alike.
    const grids = inputSheetGrids(book);
    const built = buildOpdPackages({
      result,
      policy,
      period,
      generatedAt: new Date().toISOString(),
      lang: 'id',
      ...(opdName !== '' ? { opdName } : {}),
      ...(periods
        ? {
            trends: periods.trends,
            improved: new Set(periods.improved.map((e) => e.nip)),
            history: periods.history,
          }
        : {}),
      sakip: lkeSakip(book, policy, grids),
      rb: rbStatus(book, policy, grids),
    });
    if (!built.ok)
      return {
        ok: false,
        message: formatIssue(built.issue),
        ...(built.issue.code === 'RECAP_OPD_NAME_NEEDED' ||
        built.issue.code === 'RECAP_OPD_NAME_NEEDED_NO_UNIT'
          ? { needs: 'opd' as const }
          : {}),
        opdName,
      };
    if (typedName !== '' && typedName !== remembered) book.setProperty(OPD_NAME_KEY, typedName);
    const files = built.value.map((p) => ({
      opd: p.opd.name,
      period: p.period.label,
      employees: p.totals.employees,
      named: p.employees.length,
      fileName: say('RECAP_EXPORT_FILE', { opd: fileSlug(p.opd.name, 'opd'), period: p.period.key }),
      json: JSON.stringify(p),
    }));
    return {
      ok: true,
      files,
      opdName: built.value.length === 1 ? (built.value[0] as OpdPackage).opd.name : opdName,
      help: say('RECAP_EXPORT_HELP', {
        packages: files.length,
        period: period.label,
        employees: files.reduce((s, f) => s + f.employees, 0),
        named: files.reduce((s, f) => s + f.named, 0),
      }),
      notes: [
        // Still built: the recap reads the OPD's discipline, SAKIP, RB and supervisor duties from it.
        ...(hasResultData(scored.input)
          ? []
          : [say('RECAP_EXPORT_NO_RESULTS', { sheet: ROLE_SHEET.indicators })]),
        say(
          policy.recap.packageEmployees === 'semua'
            ? 'RECAP_EXPORT_SCOPE_SEMUA'
            : 'RECAP_EXPORT_SCOPE_KANDIDAT',
        ),
        ...(policy.reward.packageSanctionReasons ? [] : [say('ADDON_EXPORT_REASONS_WITHHELD')]),
        // The policy names a preset it does not follow: the packages say "kustom" (shared/recap).
        ...(built.warnings ?? []).map((w) => formatIssue(w)),
      ],
    };
  } catch (e) {
    return { ok: false, message: say('ADDON_FAILED', { detail: errorText(e) }), opdName };
  }
}

/**
 * "Ekspor paket OPD": with a Ui, opens the dialog (OPD name and period boxes when the data names none,
 * then the package as a data-URI download); from a trigger, builds the packages and reports them.
 */
export const exportOpdPackage: Action = ({ book, ui }) => {
  if (ui) {
    const html = gas().HtmlService?.createHtmlOutputFromFile(OPD_EXPORT_DIALOG_FILE);
    if (html) {
      ui.showModalDialog(html.setWidth(640).setHeight(480), say('RECAP_EXPORT_TITLE'));
      return done();
    }
  }
  const reply = opdPackages(undefined, book);
  if (!reply.ok) return failed(reply.message);
  const size = reply.files.reduce((sum, f) => sum + f.json.length, 0);
  return done(
    say('RECAP_EXPORT_HEADLESS', {
      packages: reply.files.length,
      period: reply.files[0]?.period ?? '',
      size,
    }),
    ...reply.notes,
  );
};
