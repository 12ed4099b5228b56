import type { Issue } from '../core/issue';
import { type AttendanceEvent, disciplineDeduction } from '../discipline/deduction';
import { estimateTpp } from '../discipline/tpp';
import type { Policy } from '../policy/schema';
import { ATTENDANCE_CODES } from '../policy/sections/discipline';
import type { PredikatPegawai } from '../policy/sections/rating';
import type { DatedAttendanceEvent } from './attendance';
import { placed } from './cells';
import type { EmployeeResult } from './schema';
import { NO_ISSUES } from './shared-verdicts';

/*
 * An employee's discipline (the attendance deduction, the TK days and their dates) and TPP estimate, as
 * scoreEmployee shows them. Many employees have the same events and the same TPP base, and both
 * computations are pure: each distinct case is computed once per run and its part of the results is one
 * frozen object every such employee shows.
 */

type Discipline = EmployeeResult['discipline'];
type Tpp = NonNullable<EmployeeResult['tpp']>;

/** A deduction computed once per distinct set of events, with the discipline the results show for it. */
interface DeductionCase {
  deduction: ReturnType<typeof disciplineDeduction>;
  /** Shared (frozen) by every employee with these events; null when the deduction failed. */
  discipline: Discipline | null;
}

/** A TPP estimate computed once per case, with the TPP the results show for it (shared, frozen). */
interface TppCase {
  estimate: ReturnType<typeof estimateTpp>;
  shown: Tpp | null;
}

/** The run's caches of discipline and TPP cases (created by the run, dropped with it). */
export interface DisciplineCaches {
  /** By events: a number for the usual few events (see eventsKey), text for the rest. */
  deduction: Map<number | string, DeductionCase>;
  /** By TPP base, then deduction fraction, then predikat: number keys, so no number is turned into text. */
  tpp: Map<number, Map<number, Map<PredikatPegawai | null, TppCase>>>;
  /** The discipline of one dated TK day, by the shared discipline of the events, then the date. */
  datedDiscipline: Map<Discipline, Map<string, Discipline>>;
}

export const newDisciplineCaches = (): DisciplineCaches => ({
  deduction: new Map(),
  tpp: new Map(),
  datedDiscipline: new Map(),
});

/** What an employee without attendance events shows: no deduction, nothing to explain (one, frozen). */
export const NO_DISCIPLINE: Discipline = Object.freeze({ fraction: 0, tkDays: 0, reasons: NO_ISSUES });

/**
 * The discipline an employee's attendance events give: none without events (most employees), else the
 * deduction of those events (shared with every employee who has the same), with this employee's TK dates
 * where the sheet dates them. A deduction that cannot be computed is an issue on the attendance sheet.
 */
export function employeeDiscipline(
  events: readonly DatedAttendanceEvent[],
  caches: DisciplineCaches,
  policy: Policy,
  issues: Issue[],
  sheet: string | undefined,
): Discipline {
  // Most employees have no attendance event: no deduction, nothing to explain.
  let discipline = NO_DISCIPLINE;
  if (events.length > 0) {
    const key = eventsKey(events);
    let found = caches.deduction.get(key);
    if (!found) {
      const deduction = disciplineDeduction(events, policy.discipline);
      const d = deduction.ok ? deduction.value : null;
      found = {
        deduction,
        discipline: d
          ? Object.freeze({
              fraction: d.fraction,
              tkDays: d.byCode.TK?.count ?? 0,
              reasons: Object.freeze(
                d.reasons.map((r) => ({ code: r.code, params: r.params })),
              ) as Discipline['reasons'],
            })
          : null,
      };
      caches.deduction.set(key, found);
    }
    if (found.discipline !== null) discipline = found.discipline;
    else if (!found.deduction.ok) issues.push(placed(found.deduction.issue, sheet ? { sheet } : {}));
  }

  if (events.length === 0) return discipline;
  // One dated TK day already held with this discipline (the usual case): no list of dates is built.
  const date = soleTkDate(events);
  if (date !== null) {
    const held = caches.datedDiscipline.get(discipline)?.get(date);
    if (held !== undefined) return held;
  }
  // The shared (frozen) discipline of these events gets this employee's own TK dates, where the sheet has them.
  const tk = tkDatesOf(events);
  if (tk !== null) discipline = datedDiscipline(caches, discipline, tk);
  return discipline;
}

/**
 * The date every dated TK event carries, when they carry one date and no day of a month: tkDatesOf then
 * gives that date alone. Null otherwise (no dated TK day, several dates, a daily matrix's days).
 */
function soleTkDate(events: readonly DatedAttendanceEvent[]): string | null {
  let date: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as DatedAttendanceEvent;
    if (e.code !== 'TK') continue;
    if (e.day !== undefined) return null;
    if (e.date === undefined) continue;
    if (date === null) date = e.date;
    else if (e.date !== date) return null;
  }
  return date;
}

export function cachedTpp(
  caches: DisciplineCaches,
  base: number,
  fraction: number,
  predikat: PredikatPegawai | null,
  policy: Policy,
): TppCase {
  let byFraction = caches.tpp.get(base);
  if (!byFraction) {
    byFraction = new Map();
    caches.tpp.set(base, byFraction);
  }
  let byPredikat = byFraction.get(fraction);
  if (!byPredikat) {
    byPredikat = new Map();
    byFraction.set(fraction, byPredikat);
  }
  let found = byPredikat.get(predikat);
  if (!found) {
    const estimate = estimateTpp({ base, deductionFraction: fraction, predikat }, policy.discipline);
    const e = estimate.ok ? estimate.value : null;
    const shown: Tpp | null = e
      ? Object.freeze({
          base: e.base,
          disciplinePaid: e.disciplinePaid,
          performancePaid: e.performancePaid,
          total: e.total,
        })
      : null;
    found = { estimate, shown };
    byPredikat.set(predikat, found);
  }
  return found;
}

/** Events per key in number form: 12 bits each (code index, count below 256) fit a safe integer. */
const NUMBER_KEY_EVENTS = 4;

/**
 * The events as a cache key: what makes two employees' deductions the same (codes and counts, in order).
 * The usual case (a few events, small counts) is a number, so no text is built per employee; the
 * rest is text. The two kinds never meet in the Map.
 */
function eventsKey(events: readonly AttendanceEvent[]): number | string {
  if (events.length <= NUMBER_KEY_EVENTS) {
    let key = 1;
    let numeric = true;
    for (let i = 0; i < events.length && numeric; i++) {
      const e = events[i] as AttendanceEvent;
      const code = ATTENDANCE_CODES.indexOf(e.code);
      const count = e.count ?? 1;
      numeric = code >= 0 && code < 16 && Number.isInteger(count) && count >= 0 && count < 256;
      key = key * 4096 + code * 256 + count;
    }
    if (numeric) return key;
  }
  let key = '';
  for (const e of events) key += `${e.code}*${e.count ?? 1};`;
  return key;
}

/**
 * The TK days' dates the events carry (event rows' tanggal as ISO, a daily matrix's days of the month),
 * sorted and once each; null when no TK event is dated (most employees).
 */
function tkDatesOf(
  events: readonly DatedAttendanceEvent[],
): Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'> | null {
  // A handful of TK days per employee: lists searched in place, no Set and no copies.
  let dates: string[] | null = null;
  let days: number[] | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as DatedAttendanceEvent;
    if (e.code !== 'TK') continue;
    if (e.date !== undefined) {
      if (dates === null) dates = [e.date];
      else if (!dates.includes(e.date)) dates.push(e.date);
    }
    if (e.day !== undefined) {
      if (days === null) days = [e.day];
      else if (!days.includes(e.day)) days.push(e.day);
    }
  }
  if (dates === null && days === null) return null;
  const tk: Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'> = {};
  if (dates !== null) tk.tkDates = ascending(dates);
  if (days !== null) tk.tkDaysOfMonth = ascending(days);
  return tk;
}

/**
 * A handful of distinct dates (ISO text) or days sorted in place, ascending: as `sort()` orders text and
 * `sort((a, b) => a - b)` orders numbers, without the working copies Array.prototype.sort makes per call.
 */
export function ascending<T extends string | number>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    for (; j >= 0 && (list[j] as T) > item; j--) list[j + 1] = list[j] as T;
    list[j + 1] = item;
  }
  return list;
}

/**
 * The discipline shown for events that date their TK days. One dated TK day on a shared discipline (the
 * usual case) is shared too, by the discipline and the date (frozen); other dates make a discipline of
 * the employee's own.
 */
function datedDiscipline(
  caches: DisciplineCaches,
  discipline: Discipline,
  tk: Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'>,
): Discipline {
  const dates = tk.tkDates;
  if (
    dates === undefined ||
    dates.length !== 1 ||
    tk.tkDaysOfMonth !== undefined ||
    discipline.tkDates !== undefined ||
    discipline.tkDaysOfMonth !== undefined ||
    !Object.isFrozen(discipline)
  )
    return withTkDates(discipline, tk);
  const date = dates[0] as string;
  let byDate = caches.datedDiscipline.get(discipline);
  if (byDate === undefined) {
    byDate = new Map();
    caches.datedDiscipline.set(discipline, byDate);
  }
  let held = byDate.get(date);
  if (held === undefined) {
    Object.freeze(dates);
    held = Object.freeze(withTkDates(discipline, tk));
    byDate.set(date, held);
  }
  return held;
}

/** The discipline shown for events that date their TK days: the shared one's figures with this employee's dates. */
function withTkDates(discipline: Discipline, tk: Pick<Discipline, 'tkDates' | 'tkDaysOfMonth'>): Discipline {
  const own: Discipline = {
    fraction: discipline.fraction,
    tkDays: discipline.tkDays,
    reasons: discipline.reasons,
  };
  if (discipline.tkDates !== undefined) own.tkDates = discipline.tkDates;
  if (discipline.tkDaysOfMonth !== undefined) own.tkDaysOfMonth = discipline.tkDaysOfMonth;
  if (tk.tkDates !== undefined) own.tkDates = tk.tkDates;
  if (tk.tkDaysOfMonth !== undefined) own.tkDaysOfMonth = tk.tkDaysOfMonth;
  return own;
}
