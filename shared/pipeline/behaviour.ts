import type { Issue } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import type { RawTable } from '../model/input';
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
      const built: Partial<Record<BerakhlakValue, Rating>> = {};
      let rest = judged;
      for (let i = BERAKHLAK.length - 1; i >= 0; i--) {
        const digit = rest % 4;
        rest = (rest - digit) / 4;
        if (digit > 0) built[BERAKHLAK[i] as BerakhlakValue] = RATINGS[digit - 1] as Rating;
      }
      // Keys in BERAKHLAK order, as the reading loop would have added them.
      const ordered: Partial<Record<BerakhlakValue, Rating>> = {};
      for (const value of BERAKHLAK) if (built[value] !== undefined) ordered[value] = built[value];
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

/**
 * Reads the behaviour sheet (BerAKHLAK judgements, rating perilaku, the supervisor's hasil rating and
 * umpan balik), one row per employee. A second row for the same NIP is reported and ignored.
 */
export function readBehaviour(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  issues: Issue[],
): PerEmployee<BehaviourRecord> {
  const byEmployee = perEmployee<BehaviourRecord>(roster);
  if (!table) return byEmployee;
  const linker = new NipLinker(table, roster, issues);
  // One cache for the nine rating columns (they share five labels), for this run.
  const ratingOf = labelParser(parseRating, ratingOfLabel);
  const judgements = new Judgements();
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const employee = linker.linkFirst(row, byEmployee);
    if (employee === undefined) continue;
    const record: BehaviourRecord = {
      values: NO_VALUES,
      perilaku: null,
      hasilOverride: null,
      hasFeedback: feedbackGiven(cell(row, 'umpan_balik')),
      incomplete: false,
      row: row.row,
    };
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
    for (const [field, key] of DIRECT_RATINGS) {
      const text = cell(row, field);
      if (text === '') continue;
      const r = ratingOf(text);
      if (r.ok) record[key] = r.value;
      else issues.push(placed(r.issue, where(table, row, field)));
    }
    byEmployee[employee.index] = record;
  }
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const behaviourShapes: ShapeBuilder = () => [new Judgements()];
