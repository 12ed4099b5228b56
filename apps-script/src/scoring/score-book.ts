import {
  formatIssue,
  type OrganisationResult,
  type Policy,
  scoreOrganisation,
  type WorkbookInput,
} from '../../../shared';
import { type ActionContext, type ActionOutcome, errorText, failed, say } from '../action';
import type { SpreadsheetPort } from '../port/types';
import { hasPeople } from '../problems/problems';
import { readStoredPolicy } from '../settings/policy-store';
import { ROLE_SHEET } from '../workbook/roles';
import { mappingRefusals, readWorkbook, toWorkbookInput, type WorkbookRead } from '../workbook/workbook';
import { type PeriodHistory, periodHistory } from './periods';

/** Everything an action that writes results needs, computed before any sheet is written. */
export interface Scored {
  read: WorkbookRead;
  input: WorkbookInput;
  policy: Policy;
  /** The period scored; with periods, its employees' recommendations follow the year's TK total. */
  result: OrganisationResult;
  /** History over the periods the workbook names (scoring/periods.ts); null when it names none. */
  periods: PeriodHistory | null;
}

export type ScoreOutcome = { ok: true; scored: Scored } | { ok: false; lines: string[] };

/** The scoring function, replaceable in tests to inject a failure. */
export type Scorer = (input: WorkbookInput, policy: Policy) => OrganisationResult;

/**
 * Reads each input sheet once (values and display values of its data range), builds the core's
 * WorkbookInput with the saved (or detected) mapping and scores it with the saved policy. Writes
 * nothing: a refusal names the reason in Indonesian and leaves every sheet as it was.
 */
export function scoreBook(
  book: SpreadsheetPort,
  progress: (message: string) => void,
  score: Scorer = scoreOrganisation,
  options: { allowMappingRefusals?: boolean } = {},
): ScoreOutcome {
  const stored = readStoredPolicy(book);
  if (stored.status === 'broken') {
    const detail = stored.issues.map((i) => formatIssue(i)).join(' ');
    return { ok: false, lines: [say('ADDON_POLICY_BROKEN', { detail })] };
  }
  progress(say('ADDON_READING'));
  const read = readWorkbook(book, { policy: stored.policy });
  // Each action does what the tables allow: it needs people to score; what a fuller verdict would need is
  // listed in "Masalah Data" (problems/problems.ts readProblems).
  if (!hasPeople(read))
    return {
      ok: false,
      lines: [
        read.found.some((t) => t.lke)
          ? say('ADDON_LKE_ONLY')
          : say('ADDON_NO_INPUT', { missing: `"${ROLE_SHEET.employees}"` }),
      ],
    };
  // A saved mapping that no longer matches the sheets leaves a table unread: papers, packages and exports
  // built without it would carry verdicts missing its data. Hitung nilai (allowMappingRefusals) writes
  // the problems list itself and keeps the results.
  const refusals = options.allowMappingRefusals ? [] : mappingRefusals(read);
  if (refusals.length > 0)
    return {
      ok: false,
      lines: [say('SHEETS_MAPPING_ACTION_REFUSED'), ...refusals.map((issue) => formatIssue(issue))],
    };
  const input = toWorkbookInput(read, book);
  progress(say('ADDON_SCORING', { count: input.employees.rows.length }));
  const scoredAlone = score(input, stored.policy);
  const periods =
    scoredAlone.employees.length > 0 ? periodHistory(book, read, scoredAlone, stored.policy, score) : null;
  return {
    ok: true,
    scored: { read, input, policy: stored.policy, result: periods?.result ?? scoredAlone, periods },
  };
}

/** Runs an action's step on a fresh scoring; any exception becomes an Indonesian reason, nothing written. */
export function withScores(
  ctx: Pick<ActionContext, 'book' | 'progress'>,
  step: (scored: Scored) => ActionOutcome,
  score?: Scorer,
  options: { allowNoEmployees?: boolean; allowMappingRefusals?: boolean } = {},
): ActionOutcome {
  try {
    const outcome = scoreBook(ctx.book, ctx.progress, score, options);
    if (!outcome.ok) return failed(...outcome.lines);
    const { scored } = outcome;
    if (scored.result.employees.length === 0 && !options.allowNoEmployees)
      return failed(say('ADDON_NO_EMPLOYEES', { sheet: scored.input.employees.sheet }));
    return step(scored);
  } catch (e) {
    return failed(say('ADDON_FAILED', { detail: errorText(e) }));
  }
}
