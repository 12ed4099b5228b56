import {
  formatIssue,
  type Issue,
  type RbPolicy,
  type RbWorkbookEvaluation,
  type RbWorkbookIndicator,
  readRbWorkbook,
  t,
} from '../../../../shared';
import { type Action, done, errorText, failed, say } from '../../action';
import { replaceSheets } from '../../output/replace-sheets';
import { HEADER_BACKGROUND, type OutputSheet, rectangular } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';
import { loadPolicy } from '../../settings/policy-store';
import { inputSheetGrids } from '../../workbook/sheet-grids';

/**
 * "Evaluasi RB" on the LKE RB sheet (the add-on's template or the office's own layout): every sheet is
 * read once through the port and never written, the core reads and scores (shared/org/rb-workbook.ts),
 * and this file only shows the evaluation in the output sheet "Evaluasi RB": per area the points of each
 * part and in all, each round side by side and the gap from the OPD's own round, pengungkit, hasil, the
 * RB index and its predikat, the weakest indicators, and every note with its sheet, row and column.
 */

const TITLE_BACKGROUND = '#cfe2f3';
const TOTAL_BACKGROUND = '#f3f3f3';

const points = (n: number | null | undefined): SheetCell =>
  typeof n === 'number' && Number.isFinite(n) ? n : '';

const partName = (part: RbWorkbookIndicator['part'], policy: RbPolicy) =>
  policy.workbook.parts[part][0] ?? part;

class Rows {
  readonly rows: SheetCell[][] = [];
  readonly colours: string[][] = [];
  readonly bold: number[] = [];
  constructor(readonly width: number) {}
  push(cells: SheetCell[], colour = '#ffffff', bold = false) {
    this.rows.push(cells);
    this.colours.push(Array<string>(this.width).fill(colour));
    if (bold) this.bold.push(this.rows.length);
  }
  get count() {
    return this.rows.length;
  }
}

function decidedLine(e: RbWorkbookEvaluation): string {
  const round = e.rounds[e.deciding]?.header ?? '';
  if (e.decidedBy === 'last') return say('ADDON_RB_DECIDED_LAST', { round, year: e.evaluation.year });
  const later = e.rounds
    .slice(e.deciding + 1)
    .map((r) => r.header)
    .join(', ');
  return say('ADDON_RB_DECIDED_EARLIER', { round, later, year: e.evaluation.year });
}

/** The areas table: parts, score and maximum, each round's points and the gap; pengungkit below. */
function areaTable(out: Rows, e: RbWorkbookEvaluation) {
  out.push(
    [
      t('ADDON_RB_COL_AREA'),
      t('ADDON_RB_COL_PEMENUHAN'),
      t('ADDON_RB_COL_HASIL_ANTARA'),
      t('ADDON_RB_COL_REFORM'),
      t('ADDON_RB_COL_SCORE'),
      t('ADDON_RB_COL_MAX'),
      ...e.rounds.map((r) => r.header),
      t('ADDON_RB_COL_GAP'),
    ],
    HEADER_BACKGROUND,
    true,
  );
  for (const a of e.evaluation.areas) {
    const read = e.areas.find((x) => x.id === a.id);
    out.push([
      a.label,
      a.pemenuhan.score,
      a.hasilAntara.score,
      a.reform.score,
      a.score,
      a.max,
      ...e.rounds.map((_, i) => points(read?.scores[i])),
      points(read?.gap),
    ]);
  }
  const sum = (part: 'pemenuhan' | 'hasilAntara' | 'reform') =>
    Math.round(e.evaluation.areas.reduce((s, a) => s + a[part].score, 0) * 100) / 100;
  out.push(
    [
      t('ADDON_RB_PENGUNGKIT'),
      sum('pemenuhan'),
      sum('hasilAntara'),
      sum('reform'),
      e.evaluation.pengungkit.score,
      e.evaluation.pengungkit.max,
    ],
    TOTAL_BACKGROUND,
    true,
  );
}

function hasilTable(out: Rows, e: RbWorkbookEvaluation) {
  out.push(
    [t('ADDON_RB_COL_HASIL_INDICATOR'), '', '', '', t('ADDON_RB_COL_SCORE'), t('ADDON_RB_COL_MAX')],
    HEADER_BACKGROUND,
    true,
  );
  for (const h of e.evaluation.hasil.indicators) out.push([h.label, '', '', '', h.score, h.max]);
  out.push(
    [t('ADDON_RB_HASIL'), '', '', '', e.evaluation.hasil.score, e.evaluation.hasil.max],
    TOTAL_BACKGROUND,
    true,
  );
  out.push(
    [
      t('ADDON_RB_INDEX'),
      '',
      '',
      '',
      e.evaluation.total.score,
      e.evaluation.total.max,
      ...e.totals.map(points),
      points(e.gap),
    ],
    TITLE_BACKGROUND,
    true,
  );
  out.push([t('ADDON_RB_GRADE'), '', '', '', `${e.grade} (${e.gradeLabel})`], TITLE_BACKGROUND, true);
}

function weakestTable(out: Rows, e: RbWorkbookEvaluation, policy: RbPolicy) {
  const round = e.rounds[e.deciding]?.header ?? '';
  out.push([t('ADDON_RB_WEAKEST')], TITLE_BACKGROUND, true);
  out.push(
    [
      t('ADDON_RB_COL_INDICATOR'),
      t('ADDON_RB_COL_AREA'),
      t('ADDON_RB_COL_PART'),
      say('ADDON_RB_COL_ANSWER', { round }),
      t('ADDON_RB_COL_SCORE'),
      t('ADDON_RB_COL_MAX'),
      t('ADDON_RB_COL_LOST'),
      t('ADDON_RB_COL_GAP'),
      t('ADDON_RB_COL_ROW'),
    ],
    HEADER_BACKGROUND,
    true,
  );
  for (const w of e.weakest)
    out.push([
      w.label,
      w.groupLabel,
      partName(w.part, policy),
      w.answers[e.deciding] ?? '',
      w.score,
      w.max,
      w.lost,
      points(w.gap),
      w.at.row ?? '',
    ]);
}

/** The output sheet "Evaluasi RB", ready to print (columns sized, headers wrapped, two decimals). */
function rbEvaluationSheet(
  e: RbWorkbookEvaluation,
  warnings: readonly Issue[],
  policy: RbPolicy,
): OutputSheet {
  const width = Math.max(9, 7 + e.rounds.length);
  const out = new Rows(width);
  out.push(
    [
      say('ADDON_RB_TITLE', { sheet: e.sheet }),
      t('ADDON_RB_INDEX'),
      e.evaluation.total.score,
      t('ADDON_RB_GRADE'),
      `${e.grade} (${e.gradeLabel})`,
    ],
    TITLE_BACKGROUND,
    true,
  );
  out.push([decidedLine(e)]);
  const firstNumberRow = out.count + 1;
  areaTable(out, e);
  out.push([]);
  hasilTable(out, e);
  const lastNumberRow = out.count;
  out.push([]);
  weakestTable(out, e, policy);
  out.push([]);
  if (e.gap === null) out.push([say('ADDON_RB_NO_GAP')]);
  if (e.withoutEvidence !== null && e.withoutEvidence > 0)
    out.push([say('ADDON_RB_WITHOUT_EVIDENCE', { count: e.withoutEvidence })]);
  if (warnings.length > 0) {
    out.push([t('ADDON_RB_NOTES')], HEADER_BACKGROUND, true);
    for (const w of warnings) out.push([formatIssue(w)]);
  }
  const table = rectangular(
    out.rows.map((r) => [...r, ...Array<SheetCell>(Math.max(0, width - r.length)).fill('')]),
  );
  const formats: FormatOp[] = [
    { kind: 'backgrounds', range: rangeRef(1, 1, table.length, width), colours: out.colours },
    {
      kind: 'numberFormat',
      range: rangeRef(firstNumberRow, 2, lastNumberRow - firstNumberRow + 1, width - 1),
      format: '0.00',
    },
    ...out.bold.map((row): FormatOp => ({ kind: 'bold', range: rangeRef(row, 1, 1, width) })),
    { kind: 'wrap', range: rangeRef(firstNumberRow, 1, 1, width) },
    { kind: 'frozenRows', rows: 2 },
    { kind: 'columnWidth', column: 1, width: 320 },
    ...Array.from(
      { length: width - 1 },
      (_, i): FormatOp => ({ kind: 'columnWidth', column: i + 2, width: 95 }),
    ),
  ];
  return { role: 'rb', name: RESULT_SHEETS.rb, rows: table, formats };
}

/**
 * "Evaluasi RB": reads every sheet but the add-on's own outputs, scores the first LKE RB found and
 * writes "Evaluasi RB". With malformed cells nothing is written and each cell is listed.
 */
export const rbEvaluation: Action = (ctx) => {
  try {
    const { policy } = loadPolicy(ctx.book);
    const sheets = inputSheetGrids(ctx.book);
    const read = readRbWorkbook(sheets, policy.rb);
    if (!read.ok) {
      if (read.problems.length === 0) return failed(formatIssue(read.issue));
      return failed(
        say('ADDON_RB_PROBLEMS', { count: read.problems.length }),
        ...read.problems.map((p) => formatIssue(p)),
      );
    }
    const e = read.value;
    const written = replaceSheets(ctx.book, [rbEvaluationSheet(e, read.warnings ?? [], policy.rb)], (name) =>
      ctx.progress(say('ADDON_WRITING', { sheet: name })),
    );
    if (!written.ok) return failed(...written.lines);
    return done(
      say('ADDON_RB_DONE', {
        sheet: written.names.rb,
        source: e.sheet,
        score: e.evaluation.total.score,
        max: e.evaluation.total.max,
        grade: `${e.grade} (${e.gradeLabel})`,
        round: e.rounds[e.deciding]?.header ?? '',
      }),
      ...written.notes,
    );
  } catch (err) {
    return failed(say('ADDON_FAILED', { detail: errorText(err) }));
  }
};
