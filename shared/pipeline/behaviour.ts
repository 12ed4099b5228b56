import type { Issue } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import type { RawRow, RawTable } from '../model/input';
import { feedbackGiven, parseRating } from '../parse';
import { ratingOfLabel } from '../parse/ratings';
import { BERAKHLAK, type BerakhlakValue, RATINGS, type Rating } from '../policy/sections/rating';
import { cell, labelParser, placed, rowList, where } from './cells';
import { type EmployeeRoster, NipLinker, type PerEmployee, perEmployee } from './people';

export interface BehaviourRecord {
  /** The seven BerAKHLAK judgements that could be read. */
  values: Partial<Record<BerakhlakValue, Rating>>;
  /** rating_perilaku written directly (some regions record only the result). */
  perilaku: Rating | null;
  /** The supervisor's hasil rating (rating_hasil), which overrides the proposal. */
  hasilOverride: Rating | null;
  hasFeedback: boolean;
  /** A BerAKHLAK cell was unreadable: perilaku is not derived from an incomplete set. */
  incomplete: boolean;
  row: number;
}

/** No BerAKHLAK value written (frozen: shared by every such record). */
const NO_VALUES: BehaviourRecord['values'] = Object.freeze({});

/**
 * The BerAKHLAK values objects of one run, one per combination of judgements (a province has a few
 * hundred combinations over 20,000 rows), built on first sight and frozen: a digit in base 4 per value
 * in BERAKHLAK order, 0 not written, else 1 + its index in RATINGS.
 */
class Judgements {
  private readonly seen = new Map<number, BehaviourRecord['values']>();
  of(judged: number): BehaviourRecord['values'] {
    let values = this.seen.get(judged);
    if (values === undefined) {
      // Keys in BERAKHLAK order, as the reading loop would have added them: the most significant digit first.
      const ordered: Partial<Record<BerakhlakValue, Rating>> = {};
      let scale = 4 ** (BERAKHLAK.length - 1);
      for (let i = 0; i < BERAKHLAK.length; i++, scale /= 4) {
        const digit = Math.floor(judged / scale) % 4;
        if (digit > 0) ordered[BERAKHLAK[i] as BerakhlakValue] = RATINGS[digit - 1] as Rating;
      }
      values = Object.freeze(ordered);
      this.seen.set(judged, values);
    }
    return values;
  }
}

/** Ratings written directly: rating_perilaku (some regions record only the result) and the supervisor's hasil. */
const DIRECT_RATINGS = [
  ['rating_perilaku', 'perilaku'],
  ['rating_hasil', 'hasilOverride'],
] as const;

/** A rating as kept in a column: 0 none, else 1 + its index in RATINGS. */
const ratingCode = (rating: Rating | null): number => (rating === null ? 0 : RATINGS.indexOf(rating) + 1);
const ratingOfCode = (code: number): Rating | null => (code === 0 ? null : (RATINGS[code - 1] as Rating));

const HAS_FEEDBACK = 1;
const INCOMPLETE = 2;

/**
 * The behaviour sheet's records by roster index, in columns (shared/README.md, "Speed"): 20,000 employees
 * need no record object each. `of` writes an employee's record into one the caller keeps and refills (the
 * scorer reads it at once), or gives undefined for an employee without a behaviour row.
 */
export class BehaviourColumns {
  /** The row each employee's record was read from (undefined: none); linkFirst's first rows. */
  readonly rows: PerEmployee<RawRow>;
  /** The BerAKHLAK values object (shared by every employee with the same judgements). */
  private readonly values: PerEmployee<BehaviourRecord['values']>;
  private readonly perilaku: Uint8Array;
  private readonly hasilOverride: Uint8Array;
  /** HAS_FEEDBACK | INCOMPLETE. */
  private readonly marks: Uint8Array;

  constructor(roster: EmployeeRoster) {
    this.rows = perEmployee<RawRow>(roster);
    this.values = perEmployee<BehaviourRecord['values']>(roster);
    const n = roster.list.length;
    this.perilaku = new Uint8Array(n);
    this.hasilOverride = new Uint8Array(n);
    this.marks = new Uint8Array(n);
  }

  set(index: number, row: RawRow, record: BehaviourRecord): void {
    this.rows[index] = row;
    this.values[index] = record.values;
    this.perilaku[index] = ratingCode(record.perilaku);
    this.hasilOverride[index] = ratingCode(record.hasilOverride);
    this.marks[index] = (record.hasFeedback ? HAS_FEEDBACK : 0) | (record.incomplete ? INCOMPLETE : 0);
  }

  /** Employee `index`'s record written into `into`, or undefined when they have no behaviour row. */
  of(index: number, into: BehaviourRecord): BehaviourRecord | undefined {
    const row = this.rows[index];
    if (row === undefined) return undefined;
    const marks = this.marks[index] as number;
    into.values = this.values[index] as BehaviourRecord['values'];
    into.perilaku = ratingOfCode(this.perilaku[index] as number);
    into.hasilOverride = ratingOfCode(this.hasilOverride[index] as number);
    into.hasFeedback = (marks & HAS_FEEDBACK) !== 0;
    into.incomplete = (marks & INCOMPLETE) !== 0;
    into.row = row.row;
    return into;
  }
}

/** A record with every field, for the reader and the scorer to refill. */
export const blankBehaviour = (): BehaviourRecord => ({
  values: NO_VALUES,
  perilaku: null,
  hasilOverride: null,
  hasFeedback: false,
  incomplete: false,
  row: 0,
});

/**
 * Reads the behaviour sheet (BerAKHLAK judgements, rating perilaku, the supervisor's hasil rating and
 * umpan balik), one row per employee. A second row for the same NIP is reported and ignored.
 */
export function readBehaviour(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  issues: Issue[],
): BehaviourColumns {
  const byEmployee = new BehaviourColumns(roster);
  if (!table) return byEmployee;
  const linker = new NipLinker(table, roster, issues);
  // One cache for the nine rating columns (they share five labels), for this run.
  const ratingOf = labelParser(parseRating, ratingOfLabel);
  const judgements = new Judgements();
  // One record refilled for each row: the columns keep its fields, not the record.
  const record = blankBehaviour();
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const employee = linker.linkFirst(row, byEmployee.rows);
    if (employee === undefined) continue;
    record.values = NO_VALUES;
    record.perilaku = null;
    record.hasilOverride = null;
    record.hasFeedback = feedbackGiven(cell(row, 'umpan_balik'));
    record.incomplete = false;
    record.row = row.row;
    // The seven judgements as one number (a digit per value, 0 when not written): employees with the
    // same judgements share one values object.
    let judged = 0;
    for (let i = 0; i < BERAKHLAK.length; i++) {
      const value = BERAKHLAK[i] as BerakhlakValue;
      judged *= 4;
      const text = cell(row, value);
      if (text === '') continue;
      const r = ratingOf(text);
      if (r.ok) judged += RATINGS.indexOf(r.value) + 1;
      else {
        record.incomplete = true;
        issues.push(placed(r.issue, where(table, row, value)));
      }
    }
    if (judged !== 0) record.values = judgements.of(judged);
    for (let i = 0; i < DIRECT_RATINGS.length; i++) {
      // Indexed, not destructured: array destructuring walks an iterator (an object per row).
      const direct = DIRECT_RATINGS[i] as (typeof DIRECT_RATINGS)[number];
      const field = direct[0];
      const key = direct[1];
      const text = cell(row, field);
      if (text === '') continue;
      const r = ratingOf(text);
      if (r.ok) record[key] = r.value;
      else issues.push(placed(r.issue, where(table, row, field)));
    }
    byEmployee.set(employee.index, row, record);
  }
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const behaviourShapes: ShapeBuilder = () => [
  new Judgements(),
  new BehaviourColumns({ byNip: new Map(), list: [] }),
];
