import type { Location } from '../core/issue';
import type { AnswerCount } from './sakip-workbook-rows';

/** What readSakipWorkbook (sakip-workbook.ts) decides about an LKE/KKE workbook. */

export interface SakipWorkbookRound {
  id: string;
  /** The policy's name of the round ("Penilaian Mandiri"). */
  label: string;
  /** The header as the workbook writes it. */
  header: string;
  selfAssessment: boolean;
  /** True when at least one sub-component has a score in this round. */
  filled: boolean;
}

export interface SakipWorkbookSub {
  /** Sub-component id from the policy (keberadaan, kualitas, pemanfaatan, capaian), if recognised. */
  kind?: string;
  /** As the workbook writes it ("Pemenuhan"). */
  label: string;
  weight: number;
  /** Per round, in the order of `rounds`: points, or null when the cell is blank. */
  scores: (number | null)[];
  /** The deciding round's score (0 when it is blank there, reported). */
  decided: number;
  /** Self-assessment minus deciding score; null without a self-assessment score. */
  gap: number | null;
  /** Criteria answered / left unanswered in the deciding round (criteria sheet), when it was read. */
  answers?: AnswerCount;
  at: Location;
}

export interface SakipWorkbookComponent {
  id?: string;
  label: string;
  weight: number;
  /** Per round: the sum of its sub-components, null when none has a score in that round. */
  scores: (number | null)[];
  /** Per round: the component's own figure on its row, null when blank. */
  shown: (number | null)[];
  decided: number;
  gap: number | null;
  subs: SakipWorkbookSub[];
  at: Location;
}

export interface SakipWorkbookCheck {
  kind: 'total' | 'predikat';
  /** The workbook's own figure (points or predikat text); null when the workbook shows none. */
  shown: number | string | null;
  computed: number | string;
  /** null when there is nothing to compare with. */
  match: boolean | null;
  at?: Location;
}

export interface SakipWorkbookEvaluation {
  /** The sheet the scores come from (the resume, else the criteria sheet). */
  sheet: string;
  /** The criteria sheet whose answers were counted, if any. */
  criteriaSheet?: string;
  rounds: SakipWorkbookRound[];
  /** Index into `rounds` of the deciding round. */
  deciding: number;
  /** 'final': the last round of the policy decides; 'latest': an earlier one, the latest with values. */
  decidedBy: 'final' | 'latest';
  components: SakipWorkbookComponent[];
  /** Per round: the total (sum of every sub-component's score), null when the round is empty. */
  totals: (number | null)[];
  /** Per round: the grade of that round's total. */
  grades: (string | null)[];
  score: number;
  grade: string;
  gradeLabel: string;
  gap: number | null;
  checks: SakipWorkbookCheck[];
}
