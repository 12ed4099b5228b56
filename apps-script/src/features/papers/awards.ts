import {
  type EmployeeResult,
  predikatLabel,
  recommendationLabel,
  withholdSanctionReasons,
} from '../../../../shared';
import { type LaidOutPaper, layOutPaper, type PaperRecord } from '../../output/print';
import { blankRow, line, type PaperContext, percent, reasonLines, say, signatureRows } from './context';

/** Who the penghargaan list names: proposed for an award, then for an appreciation (shared/recommend). */
export const AWARD_KINDS = ['penghargaan', 'apresiasi'] as const;

/** No, name and NIP, unit, the proposal with its reasons, the evidence: landscape for the long reasons. */
const COLUMNS = [5, 22, 17, 32, 24];

const evidenceText = (e: EmployeeResult): string =>
  say('PAPERS_EVIDENCE', {
    capaian: percent(e.capaian),
    predikat: e.predikat ? predikatLabel(e.predikat, 'id') : say('PAPERS_NO_VALUE'),
    withEvidence: e.indicators.filter((i) => i.hasEvidence).length,
    indicators: e.indicators.length,
  });

/**
 * The reasons the list prints: the award meeting's readers (supervisors, the Sekda) are those a package
 * is for, so a reason resting on discipline data (a hukuman's kind, dates and number) is left out as in
 * the packages, one line saying so, unless policy.reward.packageSanctionReasons.
 */
const listedReasons = (e: EmployeeResult, ctx: PaperContext): string[] =>
  reasonLines(
    e,
    withholdSanctionReasons(e.recommendation.reasons, ctx.policy, { code: 'PAPERS_AWARDS_REASONS_WITHHELD' }),
  );

function employeeRecord(e: EmployeeResult, no: number, ctx: PaperContext): PaperRecord {
  const why = `${recommendationLabel(e.recommendation.kind, 'id')}. ${listedReasons(e, ctx).join(' ')}`;
  return {
    rows: [
      { cells: [no, e.nama, e.unit, why, evidenceText(e)] },
      { cells: ['', say('PAPERS_NIP', { nip: e.nip })] },
    ],
  };
}

/**
 * "Daftar Penghargaan": who (name, NIP, unit), why (the recommendation's reasons from the reward rules)
 * and on what evidence (capaian, predikat, indicators with evidence, period in the title), as a table
 * whose title and header repeat on every page, then the signature blanks.
 */
export function awardsPaper(employees: readonly EmployeeResult[], ctx: PaperContext): LaidOutPaper {
  const proposed = AWARD_KINDS.flatMap((kind) => employees.filter((e) => e.recommendation.kind === kind));
  const records: PaperRecord[] = proposed.map((e, i) => employeeRecord(e, i + 1, ctx));
  if (proposed.length === 0) records.push({ rows: [line(say('PAPERS_AWARDS_NONE'))] });
  records.push({ rows: [blankRow(), line(say('PAPERS_AWARDS_NOTE')), blankRow(), ...signatureRows()] });
  return layOutPaper({
    orientation: 'landscape',
    columns: COLUMNS,
    header: [
      line(say('PAPERS_AWARDS_TITLE'), 'title'),
      line(say('PAPERS_SOURCE', { period: ctx.period, policy: ctx.policy.name })),
      {
        cells: [
          say('PAPERS_COL_NO'),
          say('PAPERS_COL_EMPLOYEE'),
          say('PAPERS_COL_UNIT'),
          say('PAPERS_COL_WHY'),
          say('PAPERS_COL_EVIDENCE'),
        ],
        style: 'header',
      },
    ],
    records,
  });
}

/** How many employees the list names. */
export const awardCount = (employees: readonly EmployeeResult[]): number =>
  employees.filter((e) => (AWARD_KINDS as readonly string[]).includes(e.recommendation.kind)).length;
