import { type EmployeeResult, predikatLabel, ratingLabel, recommendationLabel } from '../../../../shared';
import { type LaidOutPaper, layOutPaper, type PaperRecord, type PaperRow } from '../../output/print';
import { blankRow, identityRows, line, type PaperContext, reasonLines, say } from './context';

/** Indicator, target, realisasi, capaian, kategori. */
const COLUMNS = [44, 15, 15, 11, 15];
const CAPAIAN_COLUMN = 4;
const PERCENT = '0.0%';

const capaianCell = (fraction: number | null): PaperRow['cells'][number] =>
  typeof fraction === 'number' && Number.isFinite(fraction) ? fraction : say('PAPERS_NO_VALUE');

function indicatorRows(e: EmployeeResult, ctx: PaperContext): PaperRow[] {
  if (e.indicators.length === 0)
    return [
      line(
        e.employeeLevel
          ? say('PAPERS_SLIP_NO_INDICATORS', { sheet: ctx.resultsSheet, row: e.employeeLevel.row })
          : say('PAPERS_SLIP_NO_DATA'),
      ),
    ];
  return e.indicators.map((i, n) => ({
    cells: [
      `${n + 1}. ${i.indikator}`,
      i.target,
      i.realisasi,
      capaianCell(i.capaian),
      i.kategori?.label ?? say('PAPERS_NO_VALUE'),
    ],
    numberFormats: { [CAPAIAN_COLUMN]: PERCENT },
  }));
}

/** A label over the first columns and its value in the capaian column. */
const resultRow = (label: string, value: PaperRow['cells'][number], format?: string): PaperRow => ({
  cells: [label, '', '', value],
  numberFormats: format ? { [CAPAIAN_COLUMN]: format } : undefined,
});

function resultRows(e: EmployeeResult): PaperRow[] {
  const none = say('PAPERS_NO_VALUE');
  return [
    resultRow(say('PAPERS_SLIP_CAPAIAN'), capaianCell(e.capaian), PERCENT),
    resultRow(say('PAPERS_SLIP_RATING_HASIL'), e.ratingHasil ? ratingLabel(e.ratingHasil, 'id') : none),
    resultRow(
      say('PAPERS_SLIP_RATING_PERILAKU'),
      e.ratingPerilaku ? ratingLabel(e.ratingPerilaku, 'id') : none,
    ),
    resultRow(say('PAPERS_SLIP_PREDIKAT'), e.predikat ? predikatLabel(e.predikat, 'id') : none),
    resultRow(say('PAPERS_SLIP_FOLLOW_UP'), recommendationLabel(e.recommendation.kind, 'id')),
  ];
}

/**
 * Each indicator whose capaian could not be computed from what was written, and why (the problem the
 * run reported on its row): the employee reads on the slip why a row shows no capaian.
 */
function notComputedLines(e: EmployeeResult, ctx: PaperContext): string[] {
  const lines: string[] = [];
  e.indicators.forEach((i, n) => {
    if (i.capaian !== null || !i.flags.includes('tidak_terhitung')) return;
    lines.push(
      say('PAPERS_SLIP_NOT_COMPUTED', {
        n: n + 1,
        reason: ctx.indicatorProblems.get(i.row) ?? say('PAPERS_SLIP_NOT_COMPUTED_SEE_PROBLEMS'),
      }),
    );
  });
  return lines;
}

function slip(e: EmployeeResult, ctx: PaperContext): PaperRecord {
  const reasons = [...notComputedLines(e, ctx), ...reasonLines(e)];
  const days = ctx.policy.papers.keberatanDays;
  return {
    newPage: true,
    rows: [
      line(say('PAPERS_SLIP_TITLE'), 'title'),
      ...identityRows(e, ctx),
      blankRow(),
      line(say('PAPERS_SLIP_INDICATORS'), 'heading'),
      {
        cells: [
          say('PAPERS_COL_INDICATOR'),
          say('PAPERS_COL_TARGET'),
          say('PAPERS_COL_REALISASI'),
          say('PAPERS_COL_CAPAIAN'),
          say('PAPERS_COL_KATEGORI'),
        ],
        style: 'header',
      },
      ...indicatorRows(e, ctx),
      blankRow(),
      line(say('PAPERS_SLIP_RESULT'), 'heading'),
      ...resultRows(e),
      blankRow(),
      line(say('PAPERS_SLIP_REASONS'), 'heading'),
      ...(reasons.length > 0 ? reasons : [say('PAPERS_SLIP_NO_REASONS')]).map((r) => line(r)),
      blankRow(),
      line(say('PAPERS_SLIP_OBJECTION'), 'heading'),
      line(days === null ? say('PAPERS_SLIP_OBJECTION_OPEN') : say('PAPERS_SLIP_OBJECTION_DAYS', { days })),
      blankRow(),
      blankRow(),
      line(say('PAPERS_SLIP_SIGN')),
    ],
  };
}

/**
 * "Slip Hasil": one A4 page per employee scored: capaian per indicator (target, realisasi, capaian,
 * kategori), the ratings, the predikat, the reasons, and how to object (keberatan, policy.papers).
 */
export function slipsPaper(employees: readonly EmployeeResult[], ctx: PaperContext): LaidOutPaper {
  return layOutPaper({
    orientation: 'portrait',
    columns: COLUMNS,
    records: employees.map((e) => slip(e, ctx)),
    // Targets and realisasi as the sheet wrote them ("12 Dokumen", "85,5"), never re-read as numbers.
    textColumns: [2, 3],
  });
}
