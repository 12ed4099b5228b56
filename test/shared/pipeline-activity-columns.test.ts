import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActivityColumns, type ActivityTotals } from '../../shared/pipeline/attendance';

/*
 * Activity minutes are summed in columns by roster index (no totals object per employee): what `of`
 * gives is what a totals object per employee, summed row after row, held.
 */

/** Activity rows: an employee of five, minutes as logged (whole, fractions, huge), with or without output. */
const rows = fc.array(
  fc.tuple(
    fc.integer({ min: 0, max: 4 }),
    fc.oneof(fc.integer({ min: 0, max: 1700 }), fc.double({ min: 0, max: 527_040, noNaN: true })),
    fc.boolean(),
  ),
  { maxLength: 40 },
);

describe('ActivityColumns', () => {
  it('gives each employee the totals a record per employee would hold, and none without a row', () => {
    fc.assert(
      fc.property(rows, (activity) => {
        const columns = new ActivityColumns(5);
        const records: (ActivityTotals | undefined)[] = new Array(5).fill(undefined);
        for (const [index, minutes, withoutOutput] of activity) {
          columns.add(index, minutes, withoutOutput);
          const record = records[index] ?? { minutes: 0, withoutOutputMinutes: 0 };
          records[index] = record;
          record.minutes += minutes;
          if (withoutOutput) record.withoutOutputMinutes += minutes;
        }
        const into: ActivityTotals = { minutes: -1, withoutOutputMinutes: -1 };
        for (let index = 0; index < 5; index++) {
          const expected = records[index];
          expect(columns.of(index, into)).toEqual(expected);
          if (expected !== undefined) expect(columns.of(index, into)).toBe(into);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('counts an employee whose only activity lasted 0 minutes', () => {
    const columns = new ActivityColumns(2);
    columns.add(1, 0, true);
    const into = { minutes: 7, withoutOutputMinutes: 7 };
    expect(columns.of(0, into)).toBeUndefined();
    expect(columns.of(1, into)).toEqual({ minutes: 0, withoutOutputMinutes: 0 });
  });
});
