import type { Location } from '../core/issue';
import type { RbActionField } from '../policy/sections/rb-actions';

/** What readRbActionPlan (rb-actions-read.ts) and monitorActions (rb-actions.ts) decide. */

/** One sheet of a workbook: the text of each cell (dates as ISO yyyy-mm-dd, as the surface reads them). */
export interface RbActionSheet {
  name: string;
  grid: readonly (readonly string[])[];
  /** 1-based merged areas: their top-left text is copied into every cell they cover. */
  merges?: readonly { row: number; column: number; numRows: number; numColumns: number }[];
}

/**
 * Where the region's list of OPDs is, to check owners against: the sheet's name ("Daftar OPD") and the
 * header of its name column ("Nama OPD"), as the recap reads them.
 */
export interface RbOpdListSource {
  sheet: string;
  header: string;
}

export interface RbNamed {
  id: string;
  label: string;
}

/** One action plan row of the tracker. */
export interface RbAction {
  /** Stable identity across checks: recommendation key and the action's words. */
  key: string;
  recommendation: { key: string; label: string };
  action: string;
  /** The area of change by the policy's list, null when blank or not recognised (reported). */
  area: RbNamed | null;
  /** The owner OPDs (pengampu) as written; several when the cell names several. */
  owners: string[];
  pilots: string[];
  /** ISO yyyy-mm-dd, null when blank or unreadable (reported). */
  deadline: string | null;
  /** The deadline cell as written ("Triwulan II 2025"). */
  deadlineText: string;
  output: string;
  evidence: string;
  hasEvidence: boolean;
  status: (RbNamed & { done: boolean }) | null;
  /** The progress cell as a fraction 0..1, null when blank or unreadable. */
  progress: number | null;
  /** The progress counted in the means: the cell, else the status's own (policy), else null. */
  progressCounted: number | null;
  done: boolean;
  at: Location;
}

export interface RbActionPlan {
  sheet: string;
  /** 1-based row of the (last) header row. */
  headerRow: number;
  /** Column letter of each field found. */
  columns: Partial<Record<RbActionField, string>>;
  actions: RbAction[];
}

export interface RbOverdue {
  action: RbAction;
  daysLate: number;
}

export interface RbProgressGroup {
  key: string;
  label: string;
  actions: number;
  done: number;
  overdue: number;
  /** Actions whose progress is unknown (left out of the mean). */
  unknown: number;
  /** Mean of the counted progress of its actions (each action weighs the same), null when none counts. */
  progress: number | null;
}

export interface RbAreaWithoutOwner extends RbNamed {
  /** 'noActions': no action plan names this area; 'noOwner': its actions name no owner OPD. */
  reason: 'noActions' | 'noOwner';
  actions: number;
}

export interface RbChange {
  key: string;
  recommendation: string;
  action: string;
  at?: Location;
}

export interface RbActionChanges {
  /** The as-of date of the previous check. */
  since: string;
  status: (RbChange & { from: string | null; to: string | null })[];
  progress: (RbChange & { from: number | null; to: number | null })[];
  added: RbChange[];
  removed: RbChange[];
}

export interface RbActionMonitor {
  asOf: string;
  total: number;
  done: number;
  /** Deadline before the as-of date and not done, most days late first. */
  overdue: RbOverdue[];
  doneWithoutEvidence: RbAction[];
  withoutOwner: RbAction[];
  areasWithoutOwner: RbAreaWithoutOwner[];
  /** Actions whose deadline could not be read (never counted overdue; reported). */
  noDeadline: RbAction[];
  byRecommendation: RbProgressGroup[];
  byArea: RbProgressGroup[];
  byOwner: RbProgressGroup[];
  /** The mean over every action whose progress counts. */
  progress: number | null;
  /** Null on the first check (no previous snapshot). */
  changes: RbActionChanges | null;
}
