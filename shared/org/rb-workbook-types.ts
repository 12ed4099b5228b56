import type { Issue, Location } from '../core/issue';
import type { RbEvaluation } from './rb';

/** What readRbWorkbook (rb-workbook.ts) decides about an LKE RB sheet. */

/** The four parts of the LKE (PermenPANRB 26/2020): three pengungkit parts and hasil. */
export type RbWorkbookPart = 'pemenuhan' | 'hasilAntara' | 'reform' | 'hasil';

export interface RbWorkbookRound {
  id: string;
  /** The policy's name of the round ("Penilaian Mandiri"). */
  label: string;
  /** The header as the sheet writes it ("JAWABAN PENILAIAN MANDIRI"). */
  header: string;
  selfAssessment: boolean;
  /** True when at least one indicator has an answer in this round. */
  filled: boolean;
}

export interface RbWorkbookIndicator {
  label: string;
  part: RbWorkbookPart;
  /** Area id (pengungkit parts) or hasil indicator id (hasil part) from the policy. */
  groupId: string;
  groupLabel: string;
  /** The weight the sheet gives (points or percent), shared from a merged or sub-group weight; null: none. */
  weight: number | null;
  /** The policy points this indicator carries: its share of its area's (or hasil indicator's) maximum. */
  max: number;
  /** Per round, in the order of `rounds`: the answer as written ('' when blank). */
  answers: string[];
  /** Per round: the answer as a fraction 0..1, null when blank. */
  fractions: (number | null)[];
  /** The deciding round's points (0 when blank there, reported). */
  score: number;
  /** Points lost in the deciding round (max - score). */
  lost: number;
  /** Self-assessment points minus deciding points; null without both answers or without a verifier. */
  gap: number | null;
  evidence: string;
  note: string;
  at: Location;
}

export interface RbWorkbookArea {
  id: string;
  label: string;
  /** Per round: the area's pengungkit points, null when the round answered none of its indicators. */
  scores: (number | null)[];
  /** Self-assessment points minus deciding points; null when there is nothing to compare. */
  gap: number | null;
}

export interface RbWorkbookEvaluation {
  sheet: string;
  rounds: RbWorkbookRound[];
  /** Index into `rounds` of the deciding round. */
  deciding: number;
  /** 'last': the sheet's last round decides; 'earlier': later rounds hold no answers yet. */
  decidedBy: 'last' | 'earlier';
  /** Index into `rounds` of the OPD's own round, -1 when the sheet has none. */
  self: number;
  /** The deciding round scored by evaluateRb: per area and part, pengungkit, hasil and total. */
  evaluation: RbEvaluation;
  /** Per round: the total, null when the round holds no answer. */
  totals: (number | null)[];
  areas: RbWorkbookArea[];
  indicators: RbWorkbookIndicator[];
  /** The indicators that lost the most points in the deciding round, worst first. */
  weakest: RbWorkbookIndicator[];
  /** The predikat of the total by the policy's bands. */
  grade: string;
  gradeLabel: string;
  /** Self-assessment total minus the deciding total; null without a verifier round. */
  gap: number | null;
  /** Answered indicators (deciding round) without an evidence link; null when the sheet has no such column. */
  withoutEvidence: number | null;
}

/**
 * The outcome of readRbWorkbook: a Result, and every malformed or ambiguous cell found (each with its
 * sheet, row and column). When `problems` is not empty nothing is scored: the first problem is the
 * failure's issue, and the surface lists them all so the admin fixes them in one go.
 */
export type RbWorkbookRead =
  | { ok: true; value: RbWorkbookEvaluation; warnings?: Issue[]; problems: Issue[] }
  | { ok: false; issue: Issue; problems: Issue[] };
