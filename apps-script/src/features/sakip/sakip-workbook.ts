import {
  formatIssue,
  type Issue,
  type Location,
  readSakipWorkbook,
  type SakipPolicy,
  type SakipWorkbookCheck,
  type SakipWorkbookEvaluation,
  type SakipWorkbookSheet,
  t,
} from '../../../../shared';
import { type ActionContext, type ActionOutcome, done, errorText, failed, say } from '../../action';
import { replaceSheets } from '../../output/replace-sheets';
import { HEADER_BACKGROUND, type OutputSheet, rectangular } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';

/**
 * "Evaluasi SAKIP" on an LKE/KKE workbook kept the way the office keeps it, with no employee data:
 * the input sheets are read once each through the port (never written), the core reads and decides
 * (shared/org/sakip-workbook.ts), and this file only shows the evaluation in the output sheet.
 */

const COMPONENT_BACKGROUND = '#f3f3f3';
const TITLE_BACKGROUND = '#cfe2f3';

/** A header row naming both Kriteria and Jawaban: the add-on's own SAKIP template sheet. */
/**
 * Points as the core computed them, unrounded: the '0.00' number format shows them as the workbook
 * does (0.05625 shown there as 5.62% is 5.624999... points here, shown 5.62, not 5.63).
 */
const points = (n: number | null | undefined): SheetCell =>
  typeof n === 'number' && Number.isFinite(n) ? n : '';

const cellName = (at: Location | undefined) =>
  at?.sheet && at.column && at.row ? `${at.sheet}!${at.column}${at.row}` : (at?.sheet ?? '');

function checkLine(check: SakipWorkbookCheck, e: SakipWorkbookEvaluation): string {
  const grade = `${e.grade} (${e.gradeLabel})`;
  const cell = cellName(check.at);
  if (check.kind === 'total') {
    const computed = points(e.score);
    if (check.match === null) return say('ADDON_SAKIP_WB_TOTAL_NONE', { computed: e.score });
    const params = {
      cell,
      shown: check.shown ?? '-',
      computed: typeof computed === 'number' ? computed : '-',
    };
    return say(check.match ? 'ADDON_SAKIP_WB_TOTAL_MATCH' : 'ADDON_SAKIP_WB_TOTAL_MISMATCH', params);
  }
  if (check.match === null) return say('ADDON_SAKIP_WB_PREDIKAT_NONE', { computed: grade, score: e.score });
  const params = { cell, shown: check.shown ?? '-', computed: grade };
  return say(check.match ? 'ADDON_SAKIP_WB_PREDIKAT_MATCH' : 'ADDON_SAKIP_WB_PREDIKAT_MISMATCH', params);
}

/**
 * The output sheet: per component and sub-component the weight, each round's score, the deciding
 * round's score, the gap from the OPD's own round and the criteria left unanswered; then the total and
 * predikat per round, the deciding round said in words, the checks against the workbook's own
 * figures, and every note the core raised (with sheet, row and column).
 */
export function sakipWorkbookSheet(e: SakipWorkbookEvaluation, warnings: readonly Issue[]): OutputSheet {
  const decidingRound = e.rounds[e.deciding]?.header ?? '';
  const roundCount = e.rounds.length;
  const width = 3 + roundCount + 3;
  const rows: SheetCell[][] = [];
  const colours: string[][] = [];
  const push = (cells: SheetCell[], colour = '#ffffff') => {
    rows.push(cells);
    colours.push(Array<string>(width).fill(colour));
  };
  push(
    [
      say('ADDON_SAKIP_WB_TITLE', { sheet: e.sheet }),
      t('ADDON_SAKIP_FINAL'),
      points(e.score),
      t('ADDON_SAKIP_GRADE'),
      `${e.grade} (${e.gradeLabel})`,
    ],
    TITLE_BACKGROUND,
  );
  push([
    say(e.decidedBy === 'final' ? 'ADDON_SAKIP_WB_DECIDED_FINAL' : 'ADDON_SAKIP_WB_DECIDED_LATEST', {
      round: decidingRound,
    }),
  ]);
  const headerRow = rows.length + 1;
  push(
    [
      t('ADDON_SAKIP_WB_COL_COMPONENT'),
      t('ADDON_SAKIP_WB_COL_SUB'),
      t('ADDON_SAKIP_COL_WEIGHT'),
      ...e.rounds.map((r) => r.header),
      say('ADDON_SAKIP_WB_COL_DECIDED', { round: decidingRound }),
      t('ADDON_SAKIP_WB_COL_GAP'),
      say('ADDON_SAKIP_WB_COL_UNANSWERED', { round: decidingRound }),
    ],
    HEADER_BACKGROUND,
  );
  const firstNumberRow = rows.length + 1;
  for (const c of e.components) {
    push(
      [c.label, '', points(c.weight), ...c.scores.map(points), points(c.decided), points(c.gap), ''],
      COMPONENT_BACKGROUND,
    );
    for (const s of c.subs)
      push([
        '',
        s.label,
        points(s.weight),
        ...s.scores.map(points),
        points(s.decided),
        points(s.gap),
        s.answers ? s.answers.unanswered : '',
      ]);
  }
  const totalWeight = e.components.reduce((sum, c) => sum + c.weight, 0);
  push(
    [
      t('ADDON_SAKIP_FINAL'),
      '',
      points(totalWeight),
      ...e.totals.map(points),
      points(e.score),
      points(e.gap),
      '',
    ],
    TITLE_BACKGROUND,
  );
  const lastNumberRow = rows.length;
  push(
    [t('ADDON_SAKIP_GRADE'), '', '', ...e.grades.map((g) => g ?? ''), `${e.grade} (${e.gradeLabel})`, '', ''],
    TITLE_BACKGROUND,
  );
  push([]);
  for (const check of e.checks) push([checkLine(check, e)]);
  if (warnings.length > 0) {
    push([t('ADDON_SAKIP_WB_NOTES')], HEADER_BACKGROUND);
    for (const w of warnings) push([formatIssue(w)]);
  }

  const table = rectangular(
    rows.map((r) => [...r, ...Array<SheetCell>(Math.max(0, width - r.length)).fill('')]),
  );
  const formats: FormatOp[] = [
    { kind: 'backgrounds', range: rangeRef(1, 1, table.length, width), colours },
    {
      kind: 'numberFormat',
      range: rangeRef(firstNumberRow, 3, lastNumberRow - firstNumberRow + 1, roundCount + 3),
      format: '0.00',
    },
    { kind: 'bold', range: rangeRef(headerRow, 1, 1, width) },
    { kind: 'wrap', range: rangeRef(headerRow, 1, 1, width) },
    { kind: 'frozenRows', rows: headerRow },
    { kind: 'columnWidth', column: 1, width: 300 },
    { kind: 'columnWidth', column: 2, width: 140 },
  ];
  return { role: 'sakip', name: RESULT_SHEETS.sakip, rows: table, formats };
}

/** Evaluates the LKE/KKE sheets found and writes "Evaluasi SAKIP"; the input sheets stay as they were. */
export function sakipWorkbookEvaluation(
  ctx: Pick<ActionContext, 'book' | 'progress'>,
  sheets: readonly SakipWorkbookSheet[],
  policy: SakipPolicy,
): ActionOutcome {
  try {
    const read = readSakipWorkbook(sheets, policy);
    if (!read.ok) return failed(formatIssue(read.issue));
    const e = read.value;
    const written = replaceSheets(ctx.book, [sakipWorkbookSheet(e, read.warnings ?? [])], (name) =>
      ctx.progress(say('ADDON_WRITING', { sheet: name })),
    );
    if (!written.ok) return failed(...written.lines);
    return done(
      say('ADDON_SAKIP_WB_DONE', {
        sheet: written.names.sakip,
        source: e.sheet,
        score: e.score,
        grade: `${e.grade} (${e.gradeLabel})`,
        round: e.rounds[e.deciding]?.header ?? '',
      }),
      ...e.checks.map((c) => checkLine(c, e)),
      ...written.notes,
    );
  } catch (err) {
    return failed(say('ADDON_FAILED', { detail: errorText(err) }));
  }
}
