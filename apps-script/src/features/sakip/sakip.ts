import { formatIssue, type Issue, type SakipUnitsResult, scoreSakipUnits, t } from '../../../../shared';

/** What the SAKIP sheet writer reads of a scoring result (a full workbook's, or a SAKIP-only one's). */
type SakipUnits = Pick<SakipUnitsResult, 'units' | 'sakipRanking'>;

import {
  type Action,
  type ActionContext,
  type ActionOutcome,
  done,
  errorText,
  failed,
  say,
} from '../../action';
import { CHECK_OK } from '../../output/colours';
import { SAKIP_COMPONENT_COLUMNS } from '../../output/layout';
import { replaceSheets } from '../../output/replace-sheets';
import { HEADER_BACKGROUND, type OutputSheet } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';
import { hasPeople } from '../../problems/problems';
import { withScores } from '../../scoring/score-book';
import { readStoredPolicy } from '../../settings/policy-store';
import { ROLE_SHEET } from '../../workbook/roles';
import { sakipWorkbookSheets } from '../../workbook/sheet-grids';
import { mappingRefusals, readWorkbook, toWorkbookInput } from '../../workbook/workbook';
import { sakipWorkbookEvaluation } from './sakip-workbook';

const WIDTH = 6;
const WIDTHS = [360, 90, 90, 130, 120, 420];
const UNIT_BACKGROUND = '#cfe2f3';

export interface SakipSheetResult {
  sheet: OutputSheet;
  /** Units with a SAKIP evaluation. */
  evaluated: number;
  best: readonly string[];
}

const names = (units: readonly string[]) => units.join(', ');

/**
 * "Evaluasi SAKIP" (PermenPANRB 88/2021): per unit the four components and their keberadaan, kualitas
 * and pemanfaatan scores, the final score and grade, the weakest sub-components with what to do; then
 * the units ranked, with the best and the most improved (against last period's score in sheet Unit).
 * Everything comes from the scoring result: the sheet shows the evaluation and ranking the core decided.
 * A workbook without employees has its notes (rows without a unit, unreadable last scores) listed last.
 */
export function sakipSheet(
  { result }: { result: SakipUnits },
  notes: readonly Issue[] = [],
): SakipSheetResult | null {
  const evaluated = result.units.flatMap((u) => (u.sakip ? [{ unit: u.unit, sakip: u.sakip }] : []));
  if (evaluated.length === 0) return null;

  const rows: SheetCell[][] = [];
  const colours: string[][] = [];
  const push = (cells: SheetCell[], colour = '#ffffff') => {
    rows.push(cells);
    colours.push(Array<string>(WIDTH).fill(colour));
  };
  for (const { unit, sakip } of evaluated) {
    push(
      [
        unit,
        t('ADDON_SAKIP_FINAL'),
        sakip.score,
        t('ADDON_SAKIP_GRADE'),
        `${sakip.grade} (${sakip.gradeLabel})`,
      ],
      UNIT_BACKGROUND,
    );
    push(
      SAKIP_COMPONENT_COLUMNS.map((c) => t(c)),
      HEADER_BACKGROUND,
    );
    for (const c of sakip.components) {
      push([c.label, c.weight, c.score, '', ''], '#f3f3f3');
      for (const s of c.subs) push([`    ${s.label}`, s.max, s.score, s.mean, s.criteria]);
    }
    push([t('ADDON_SAKIP_WEAKEST'), '', '', '', '', sakip.weakest.map((w) => t(w.code, w.params)).join(' ')]);
    push([]);
  }

  const ranking = result.sakipRanking;
  if (ranking) {
    const grade = new Map(evaluated.map((e) => [e.unit, `${e.sakip.grade} (${e.sakip.gradeLabel})`]));
    push([t('ADDON_SAKIP_RANKING')], UNIT_BACKGROUND);
    push(
      [
        t('ADDON_RP_COL_RANK'),
        t('ADDON_COL_UNIT'),
        t('ADDON_SAKIP_COL_SCORE'),
        t('ADDON_SAKIP_GRADE'),
        t('ADDON_SAKIP_COL_PREVIOUS'),
        t('ADDON_SAKIP_COL_DELTA'),
      ],
      HEADER_BACKGROUND,
    );
    for (const u of ranking.ranking)
      push(
        [u.rank, u.unit, u.score, grade.get(u.unit) ?? '', u.previous ?? '', u.delta ?? ''],
        ranking.best.includes(u.unit) ? CHECK_OK : '#ffffff',
      );
    push([say('ADDON_SAKIP_BEST', { units: names(ranking.best) })]);
    push([
      ranking.mostImproved.length > 0
        ? say('ADDON_SAKIP_IMPROVED', { units: names(ranking.mostImproved) })
        : t('ADDON_SAKIP_NO_IMPROVED'),
    ]);
  }
  if (notes.length > 0) {
    push([]);
    push([t('ADDON_SAKIP_WB_NOTES')], HEADER_BACKGROUND);
    for (const note of notes) push([formatIssue(note)]);
  }

  const formats: FormatOp[] = [
    // One call for every row's colour: units, headers and components stand out without per-row calls.
    { kind: 'backgrounds', range: rangeRef(1, 1, rows.length, WIDTH), colours },
    { kind: 'numberFormat', range: rangeRef(1, 2, rows.length, 2), format: '0.00' },
    { kind: 'numberFormat', range: rangeRef(1, 4, rows.length, 1), format: '0.00' },
    { kind: 'wrap', range: rangeRef(1, 6, rows.length, 1) },
    ...WIDTHS.map((width, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width })),
  ];
  return {
    sheet: { role: 'sakip', name: RESULT_SHEETS.sakip, rows, formats },
    evaluated: evaluated.length,
    best: ranking?.best ?? [],
  };
}

/**
 * "Evaluasi SAKIP": an LKE/KKE workbook kept as the office keeps it (no template SAKIP sheet) is
 * evaluated on its own, with or without employee data; otherwise the sheet is regenerated from the
 * template SAKIP worksheet. Refuses (and writes nothing) without either.
 */
export const sakipEvaluation: Action = (ctx) => {
  const workbook = lkeWorkbook(ctx.book);
  if (workbook) return sakipWorkbookEvaluation(ctx, workbook.sheets, workbook.policy);
  return templateEvaluation(ctx);
};

/** The LKE/KKE sheets and the SAKIP policy to read them with; null when the template path applies. */
function lkeWorkbook(book: ActionContext['book']) {
  const stored = readStoredPolicy(book);
  // A broken policy is reported by the template path's scoring, which names what is wrong with it.
  if (stored.status === 'broken') return null;
  const sheets = sakipWorkbookSheets(book, stored.policy.sakip);
  return sheets ? { sheets, policy: stored.policy.sakip } : null;
}

const templateEvaluation: Action = (ctx) => {
  const scored = withScores(ctx, (scored) => writeSakip(ctx, sakipSheet(scored)));
  // Scoring needs people; a unit's SAKIP evaluation does not. A failed run (scoring or writing) reads the
  // workbook again to see whether it is a SAKIP-only one; a workbook with people is then left as it failed.
  return scored.ok ? scored : (withoutEmployees(ctx) ?? scored);
};

function writeSakip(
  ctx: Pick<ActionContext, 'book' | 'progress'>,
  built: SakipSheetResult | null,
  notes: readonly string[] = [],
) {
  if (!built) return failed(say('ADDON_SAKIP_NO_DATA'));
  const written = replaceSheets(ctx.book, [built.sheet], (name) =>
    ctx.progress(say('ADDON_WRITING', { sheet: name })),
  );
  if (!written.ok) return failed(...written.lines);
  return done(
    say('ADDON_SAKIP_DONE', {
      sheet: written.names.sakip,
      units: built.evaluated,
      best: names(built.best),
    }),
    ...notes,
    ...written.notes,
  );
}

/**
 * The template's SAKIP sheet (with Unit for last period's scores) in a workbook without employees: the
 * units the SAKIP sheet names are evaluated and ranked. Null when the workbook has people (the scoring's
 * own refusal stands) or its policy is broken; a refusal naming what is missing when it has no SAKIP sheet.
 */
function withoutEmployees(ctx: Pick<ActionContext, 'book' | 'progress'>): ActionOutcome | null {
  try {
    const stored = readStoredPolicy(ctx.book);
    if (stored.status === 'broken') return null;
    const read = readWorkbook(ctx.book, { policy: stored.policy });
    if (hasPeople(read)) return null;
    if (!read.tables.sakip?.length)
      return failed(
        say('ADDON_SAKIP_NOTHING', {
          sakip: `"${ROLE_SHEET.sakip}"`,
          employees: `"${ROLE_SHEET.employees}"`,
        }),
      );
    const refusals = mappingRefusals(read);
    if (refusals.length > 0)
      return failed(say('SHEETS_MAPPING_ACTION_REFUSED'), ...refusals.map((issue) => formatIssue(issue)));
    const input = toWorkbookInput(read, ctx.book);
    if (!input.sakip) return null;
    const result = scoreSakipUnits({ sakip: input.sakip, units: input.units }, stored.policy);
    const built = sakipSheet({ result }, result.issues);
    return writeSakip(ctx, built, [
      say('ADDON_SAKIP_ONLY_NOTE', { employees: `"${ROLE_SHEET.employees}"` }),
      ...result.issues.map((issue) => formatIssue(issue)),
    ]);
  } catch (e) {
    return failed(say('ADDON_FAILED', { detail: errorText(e) }));
  }
}
