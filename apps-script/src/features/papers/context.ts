import {
  type EmployeeResult,
  formatIssue,
  formatNumberForLang,
  type Issue,
  type MessageCode,
  type MessageParams,
  type Policy,
  t,
} from '../../../../shared';
import { periodLabel } from '../../../../shared/parse';
import type { PaperRow } from '../../output/print';
import type { Scored } from '../../scoring/score-book';

/** What every paper says about where it comes from: the period scored and the policy used. */
export interface PaperContext {
  period: string;
  policy: Policy;
  /** The sheet of the results per employee, for a slip scored from its row ('' without one). */
  resultsSheet: string;
  /**
   * Why an indicator row's capaian was not computed, by its row on the indicator sheet (the first problem
   * the run reported there, in Indonesian). A row number two indicator sheets share is left out: a slip
   * never gives an employee another sheet's reason.
   */
  indicatorProblems: ReadonlyMap<number, string>;
}

function indicatorProblems(scored: Scored): Map<number, string> {
  const sheets = new Set((scored.read.tables.indicators ?? []).map((table) => table.sheet.name));
  const found = new Map<number, { sheet: string; text: string }>();
  const shared = new Set<number>();
  for (const issue of scored.result.issues) {
    const sheet = issue.at?.sheet;
    const row = issue.at?.row;
    if (row === undefined || sheet === undefined || !sheets.has(sheet)) continue;
    const first = found.get(row);
    if (first === undefined) found.set(row, { sheet, text: formatIssue(issue, 'id') });
    else if (first.sheet !== sheet) shared.add(row);
  }
  const texts = new Map<number, string>();
  for (const [row, { text }] of found) if (!shared.has(row)) texts.set(row, text);
  return texts;
}

export const paperContext = (scored: Scored): PaperContext => ({
  period: scored.read.period ? periodLabel(scored.read.period, 'id') : t('PAPERS_PERIOD_NONE'),
  policy: scored.policy,
  resultsSheet: scored.input.results?.sheet ?? '',
  indicatorProblems: indicatorProblems(scored),
});

/** A catalog text in Indonesian (the papers are printed for an Indonesian meeting). */
export const say = (code: MessageCode, params?: MessageParams): string => t(code, params, 'id');

/** A fraction as "98,5%", or "-" when there is none (never NaN). */
export const percent = (fraction: number | null | undefined): string =>
  typeof fraction === 'number' && Number.isFinite(fraction)
    ? `${formatNumberForLang(fraction * 100, 'id', 1)}%`
    : say('PAPERS_NO_VALUE');

/** A line of text in column 1, running over the empty columns to its right. */
export const line = (text: string, style?: PaperRow['style']): PaperRow => ({ cells: [text], style });

export const blankRow = (): PaperRow => ({ cells: [] });

/**
 * The recommendation's reasons (or those a paper keeps of them), then the flags' (each a full sentence
 * from the catalog).
 */
export const reasonLines = (
  e: EmployeeResult,
  reasons: readonly Issue[] = e.recommendation.reasons,
): string[] => [...reasons, ...e.flagReasons].map((r) => say(r.code, r.params));

/** Name, NIP, jabatan, unit and period, one line each. */
export const identityRows = (e: EmployeeResult, ctx: PaperContext): PaperRow[] => [
  line(say('PAPERS_FIELD_NAMA', { value: e.nama })),
  line(say('PAPERS_FIELD_NIP', { value: e.nip })),
  line(say('PAPERS_FIELD_JABATAN', { value: e.jabatan || say('PAPERS_NO_VALUE') })),
  line(say('PAPERS_FIELD_UNIT', { value: e.unit || say('PAPERS_NO_VALUE') })),
  line(say('PAPERS_FIELD_PERIOD', { value: ctx.period })),
];

/** The blanks for the official's place, date, signature, name and NIP, kept together. */
export const signatureRows = (): PaperRow[] => [
  line(say('PAPERS_SIGN_PLACE_DATE')),
  line(say('PAPERS_SIGN_OFFICIAL')),
  blankRow(),
  blankRow(),
  blankRow(),
  line(say('PAPERS_SIGN_NAME')),
  line(say('PAPERS_SIGN_NIP')),
];
