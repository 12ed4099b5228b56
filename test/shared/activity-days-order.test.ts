/**
 * An activity log in any row order (a page or a sheet sorted newest first, a revision pasted under the
 * month) gets the same day rules (shared/score/activity-rows.ts ActivityDays, through logRowsAside as the
 * overlay and readActivities apply them): an exact repeat of a counted row of the same day counts once,
 * naming that row, and a day whose counted rows pass 24 hours is set aside whole. Checked against the
 * rules written plainly, over generated logs of a few days in every order; and a year's log written
 * backwards finds each repeat without walking every earlier day (rows out of day order are indexed by day).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LogRow, type LogRowAside, logRowsAside } from '../../shared/score';

type Aside = ReturnType<typeof logRowsAside>[number];

/** One row as generated: its day of November 2025, what it says, its minutes and its other cells. */
interface Planned {
  day: number;
  uraian: string;
  minutes: number;
  others: string;
}

const planned: fc.Arbitrary<Planned> = fc.record({
  day: fc.integer({ min: 1, max: 6 }),
  uraian: fc.constantFrom('Menyusun laporan', 'Verifikasi SPJ'),
  minutes: fc.constantFrom(60, 240, 480, 720),
  others: fc.constantFrom('1 Laporan', '1 Dokumen'),
});

const logOf = (rows: readonly Planned[]): LogRow[] =>
  rows.map((p) => ({
    tanggal: `${String(p.day).padStart(2, '0')}-11-2025`,
    uraian: p.uraian,
    minutes: p.minutes,
    others: p.others,
  }));

/** The rules as written: a repeat names the counted row it repeats; a day over 24 hours is set aside whole. */
function expected(rows: readonly Planned[]): Aside[] {
  const aside: Aside[] = new Array(rows.length).fill(undefined);
  const counted: number[] = [];
  rows.forEach((p, r) => {
    const first = counted.find((j) => {
      const q = rows[j] as Planned;
      return q.day === p.day && q.uraian === p.uraian && q.minutes === p.minutes && q.others === p.others;
    });
    if (first === undefined) counted.push(r);
    else aside[r] = { kind: 'repeat', first };
  });
  for (let day = 1; day <= 6; day++) {
    const dayRows = counted.filter((j) => (rows[j] as Planned).day === day);
    const total = dayRows.reduce((sum, j) => sum + (rows[j] as Planned).minutes, 0);
    if (total > 24 * 60) for (const j of dayRows) aside[j] = { kind: 'long', total, rows: dayRows };
  }
  return aside;
}

describe('activity days in any row order', () => {
  it('sets aside what the rules say, whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(planned, { maxLength: 40 }), (rows) => {
        expect(logRowsAside(logOf(rows), null)).toEqual(expected(rows));
      }),
      { numRuns: 1000 },
    );
  });

  it('a year written newest first, pasted twice: every second copy is a repeat of its first', () => {
    const year: Planned[] = [];
    for (let day = 240; day >= 1; day--)
      year.push({ day, uraian: 'Menyusun laporan', minutes: 300, others: '1 Laporan' });
    const log: LogRow[] = [...year, ...year].map((p) => {
      const date = new Date(Date.UTC(2025, 0, p.day));
      const tanggal = `${String(date.getUTCDate()).padStart(2, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-2025`;
      return { tanggal, uraian: p.uraian, minutes: p.minutes, others: p.others };
    });
    const aside = logRowsAside(log, null);
    expect(aside.slice(0, 240).every((a) => a === undefined)).toBe(true);
    expect(aside.slice(240)).toEqual(year.map((_, i): LogRowAside => ({ kind: 'repeat', first: i })));
  });
});
