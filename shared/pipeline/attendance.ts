import type { Issue, Location } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import { minutesEarly, minutesLate, patternKey, readClock, workHours } from '../discipline/clock';
import type { AttendanceEvent } from '../discipline/deduction';
import { classifyLateness } from '../discipline/lateness';
import { type CodeVocabulary, codeVocabulary, OncePerText } from '../discipline/vocabulary';
import type { MessageParams } from '../messages/catalog';
import type { RawRow, RawTable, RawValue } from '../model/input';
import { parseDuration, parseNumber, parsePercentAsFraction, parseStatus, shownValue } from '../parse';
import {
  civilDate,
  dayNumber,
  isoDay,
  isoDayNumber,
  readCalendarDay,
  validDayNumber,
} from '../parse/calendar';
import { statusOfLabel } from '../parse/labels';
import { FastReading, readMinutesFast, readNumberFast } from '../parse/number-fast';
import { type Period, parsePeriod, periodContains, periodKey, periodLabel } from '../parse/period';
import type { NumberHints } from '../parse/types';
import type { Policy } from '../policy/schema';
import {
  type AttendanceCode,
  type AttendanceCodeEntry,
  type AttendanceDayKind,
  attendanceCodeKey,
} from '../policy/sections/discipline';
import {
  ActivityDays,
  activityHasOutput,
  activityLeftOut,
  activityTanggal,
  MAX_DAY_MINUTES,
  NO_DAY,
  periodDays,
  TEXT_KEYS,
  timeCellMinutes,
} from '../score/activity-rows';
import {
  cachedParser,
  columnConvention,
  emptyTable,
  heldNumber,
  labelParser,
  placed,
  rowList,
  text,
  where,
} from './cells';
import { type EmployeeRecord, type EmployeeRoster, NipLinker, type PerEmployee, perEmployee } from './people';
import { KnownCodeKeys } from './text-keys';

/**
 * An attendance event with the calendar day an event row's tanggal names (ISO yyyy-mm-dd), for the TK
 * dates PP 94/2021 counts by (shared/discipline/pp94.ts); a daily matrix gives `day` instead.
 */
export interface DatedAttendanceEvent extends AttendanceEvent {
  date?: string;
}

/** One employee's attendance in the period, from whichever shapes the sheet holds. */
export interface AttendanceRecord {
  /** Codes with counts (deductions, TK days); a daily matrix gives one event per day with a code. */
  events: DatedAttendanceEvent[];
  /**
   * Working days the sheet states (JHK), read once per employee: event and check-in rows repeat it on every
   * row. Undefined when not given, or when the employee's rows state different ones (reported, never
   * added up, averaged or picked).
   */
  workingDays?: number;
  /** Days absent without notice (TK, A, Alpa...) from every shape. */
  tkDays: number;
  /** Working days not present (TK, sick, izin, cuti...: the vocabulary's `away` days). */
  awayDays: number;
  /** Days a matrix or a check-in/out export marks (present or away), for a presence without JHK. */
  markedDays: number;
  /** Share of working days present, when the working days are known (JHK, or the marked days). */
  presence?: number;
}

/**
 * The day number of no day: an event that names no day of its own (a recap's count, a matrix day, a scan's
 * lateness, an event row without a Tanggal), and a row read without one.
 */
const UNDATED = -0x80000000;

/** What AttendanceReader's eventDate gives for a row not to be read (its Tanggal unreadable or outside the period). */
const NOT_READ = 0x7fffffff;

/** Where an event's code is written: nowhere (lateness from minutes or scans), or in which cell. */
const WRITTEN_NONE = 0;
/** The row's kode_absen. */
const WRITTEN_CODE_CELL = 1;
/** The daily matrix's cell of the event's day. */
const WRITTEN_DAY_CELL = 2;
/** A recap's code column: its header, kept by slot (a recap row has a few). */
const WRITTEN_HEADER = 3;

/** An employee without attendance events: one empty list for all, never written to. */
const NO_EVENTS: readonly DatedAttendanceEvent[] = Object.freeze([]);

/** Lists of refilled events kept per length (longer lists, rare, are made when asked). */
const KEPT_LISTS = 32;

/** An event as the discipline rules read it, refilled employee after employee (the rules keep none). */
class EventSlot implements DatedAttendanceEvent {
  code: AttendanceCode = 'TK';
  count = 0;
  row = 0;
  written: string | undefined = undefined;
  day: number | undefined = undefined;
  date: string | undefined = undefined;
}

/**
 * The events of the employee being scored, refilled for each: the slots, and one list per length holding
 * the first slots (an employee's list is one of them, so no list is made or resized per employee).
 */
class EventScratch {
  private readonly slots: EventSlot[] = [];
  private readonly lists: EventSlot[][] = [];

  slot(i: number): EventSlot {
    while (this.slots.length <= i) this.slots.push(new EventSlot());
    return this.slots[i] as EventSlot;
  }

  /** The first `n` slots (filled by the caller), as a list. */
  list(n: number): readonly EventSlot[] {
    if (n > KEPT_LISTS) return this.slots.slice(0, n);
    while (this.lists.length <= n) this.lists.push(this.slots.slice(0, this.lists.length));
    return this.lists[n] as EventSlot[];
  }
}

/** `into` (a longer column of the same type) holding `column`'s values first. */
function widened<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(column: T, into: T): T {
  into.set(column);
  return into;
}

/**
 * An attendance table's events as columns (shared/README.md, "Speed"), as indicator-columns.ts keeps the
 * indicator verdicts: one typed array per field, one slot per event in the order the rows are read, and a
 * chain of slots per employee. A province's 30,000 event rows cost a few arrays instead of an object and a
 * list each. The discipline rules read an employee's events as objects (`eventsOf`: slots refilled for each
 * employee, which the rules keep none of); `records` builds every employee's record (for tests).
 */
export class AttendanceColumns {
  /** Slots filled. */
  length = 0;
  /** Index into `codes`. */
  private code: Uint16Array;
  private count: Float64Array;
  /** The row the event was read from, by its index in the table's rows (its sheet row is named). */
  private source: Int32Array;
  /** The day an event row's Tanggal names (its day number), UNDATED for none. */
  private on: Int32Array;
  /** WRITTEN_NONE, WRITTEN_CODE_CELL, WRITTEN_DAY_CELL or WRITTEN_HEADER. */
  private written: Uint8Array;
  /** A daily matrix's day (the position of its cell in the row, from 1), 0 for none. */
  private day: Int32Array;
  /** The next slot of the same employee, -1 at the last. */
  private next: Int32Array;
  /** Per employee (roster index): first and last slot, -1 for none. */
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** Per employee: 1 when the table has a row of theirs (they have a record, events or not). */
  private readonly linked: Uint8Array;
  /** Per employee: the latest day their dated events name (UNDATED for none): a later row repeats none. */
  private readonly latestOn: Int32Array;
  /** Per employee: away days and marked days (made at the first), the working days stated (0: none). */
  private away: Float64Array | null = null;
  private marked: Float64Array | null = null;
  private working: Uint16Array | null = null;
  /** The codes met, a few: events hold their index. */
  private readonly codes: AttendanceCode[] = [];
  /** A recap's code columns as written, by slot (WRITTEN_HEADER). */
  private headers: Map<number, string> | null = null;
  /** ISO days by day number, each made once (the TK dates the results list). */
  private readonly isoDays = new Map<number, string>();
  private readonly scratch = new EventScratch();

  /** The roster's size. */
  readonly employees: number;

  constructor(
    private readonly rows: readonly RawRow[],
    employees: number,
    /** The events expected (grown when more come): an event table's rows give one each at most. */
    capacity: number,
  ) {
    this.employees = employees;
    this.code = new Uint16Array(capacity);
    this.count = new Float64Array(capacity);
    this.source = new Int32Array(capacity);
    this.on = new Int32Array(capacity);
    this.written = new Uint8Array(capacity);
    this.day = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.first = new Int32Array(employees).fill(-1);
    this.last = new Int32Array(employees).fill(-1);
    this.linked = new Uint8Array(employees);
    this.latestOn = new Int32Array(employees).fill(UNDATED);
  }

  /** Employee `e` has a row in the table. */
  link(e: number): void {
    this.linked[e] = 1;
  }

  /** Adds an event to employee `e`'s, after the ones before; returns its slot. */
  add(
    e: number,
    code: AttendanceCode,
    count: number,
    source: number,
    on: number,
    written: number,
    day: number,
  ): number {
    const i = this.length;
    if (i === this.next.length) this.grow();
    let c = this.codes.indexOf(code);
    if (c < 0) {
      c = this.codes.length;
      this.codes.push(code);
    }
    this.code[i] = c;
    this.count[i] = count;
    this.source[i] = source;
    this.on[i] = on;
    this.written[i] = written;
    this.day[i] = day;
    this.next[i] = -1;
    if (on > (this.latestOn[e] as number)) this.latestOn[e] = on;
    const last = this.last[e] as number;
    if (last < 0) this.first[e] = i;
    else this.next[last] = i;
    this.last[e] = i;
    this.length = i + 1;
    return i;
  }

  /** The written code of slot `i` when it is a recap column's header. */
  header(i: number, written: string): void {
    this.headers ??= new Map();
    this.headers.set(i, written);
  }

  private grow(): void {
    const size = Math.max(16, this.next.length * 2);
    this.code = widened(this.code, new Uint16Array(size));
    this.count = widened(this.count, new Float64Array(size));
    this.source = widened(this.source, new Int32Array(size));
    this.on = widened(this.on, new Int32Array(size));
    this.written = widened(this.written, new Uint8Array(size));
    this.day = widened(this.day, new Int32Array(size));
    this.next = widened(this.next, new Int32Array(size));
  }

  /** Employee `e`'s first slot, then each slot's next (-1 at the end). */
  firstOf(e: number): number {
    return this.first[e] as number;
  }

  nextOf(i: number): number {
    return this.next[i] as number;
  }

  /** The latest day employee `e`'s dated events name, UNDATED for none. */
  latestOnOf(e: number): number {
    return this.latestOn[e] as number;
  }

  /** The day slot `i`'s event row names (UNDATED for none), and that row (its index in the table's rows). */
  onOf(i: number): number {
    return this.on[i] as number;
  }

  sourceOf(i: number): number {
    return this.source[i] as number;
  }

  addAway(e: number, days: number): void {
    this.away ??= new Float64Array(this.linked.length);
    this.away[e] = (this.away[e] as number) + days;
  }

  addMarked(e: number, days: number): void {
    this.marked ??= new Float64Array(this.linked.length);
    this.marked[e] = (this.marked[e] as number) + days;
  }

  /** The working days employee `e`'s rows state (JHK, 1 to a year), or none (undefined). */
  setWorkingDays(e: number, days: number | undefined): void {
    this.working ??= new Uint16Array(this.linked.length);
    this.working[e] = days ?? 0;
  }

  workingDaysOf(e: number): number | undefined {
    const days = this.working === null ? 0 : (this.working[e] as number);
    return days === 0 ? undefined : days;
  }

  /**
   * Employee `e`'s events, in the order read, as the discipline rules read them: slots refilled for each
   * employee (valid until the next call), and one empty list for an employee without any.
   */
  eventsOf(e: number): readonly DatedAttendanceEvent[] {
    let i = this.first[e] as number;
    if (i < 0) return NO_EVENTS;
    const scratch = this.scratch;
    let n = 0;
    for (; i >= 0; i = this.next[i] as number) {
      const slot = scratch.slot(n++);
      slot.code = this.codes[this.code[i] as number] as AttendanceCode;
      slot.count = this.count[i] as number;
      slot.row = this.sheetRow(i);
      slot.written = this.writtenOf(i);
      slot.day = this.dayOf(i);
      slot.date = this.tkDateOf(i);
    }
    return scratch.list(n);
  }

  private sheetRow(i: number): number {
    return (this.rows[this.source[i] as number] as RawRow).row;
  }

  /** The code as the sheet writes it, for events read from a code (TMK1 counted as TL1, Alpa as TK). */
  private writtenOf(i: number): string | undefined {
    switch (this.written[i]) {
      case WRITTEN_CODE_CELL:
        return text((this.rows[this.source[i] as number] as RawRow).values.kode_absen);
      case WRITTEN_DAY_CELL:
        return text((this.rows[this.source[i] as number] as RawRow).days?.[(this.day[i] as number) - 1]);
      case WRITTEN_HEADER:
        return this.headers?.get(i);
      default:
        return undefined;
    }
  }

  private dayOf(i: number): number | undefined {
    const day = this.day[i] as number;
    return day === 0 ? undefined : day;
  }

  /**
   * The date of one day's TK from a dated event row (the year's ladder lists them); a count over several
   * days names no one day.
   */
  private tkDateOf(i: number): string | undefined {
    const on = this.on[i] as number;
    if (
      on === UNDATED ||
      this.written[i] !== WRITTEN_CODE_CELL ||
      this.count[i] !== 1 ||
      this.codes[this.code[i] as number] !== 'TK'
    )
      return undefined;
    let iso = this.isoDays.get(on);
    if (iso === undefined) {
      iso = isoDay(on);
      this.isoDays.set(on, iso);
    }
    return iso;
  }

  /**
   * Every employee's record (their events as objects of their own): the columns seen as records, for the
   * tests that read the four shapes (test/shared/attendance-records.ts); the run reads the columns.
   */
  records(): PerEmployee<AttendanceRecord> {
    const byEmployee: PerEmployee<AttendanceRecord> = new Array(this.linked.length).fill(undefined);
    for (let e = 0; e < this.linked.length; e++) {
      if (this.linked[e] !== 1) continue;
      const events: DatedAttendanceEvent[] = [];
      let tkDays = 0;
      for (let i = this.first[e] as number; i >= 0; i = this.next[i] as number) {
        const event: DatedAttendanceEvent = {
          code: this.codes[this.code[i] as number] as AttendanceCode,
          count: this.count[i] as number,
          row: this.sheetRow(i),
        };
        const written = this.writtenOf(i);
        if (written !== undefined) event.written = written;
        const day = this.dayOf(i);
        if (day !== undefined) event.day = day;
        const date = this.tkDateOf(i);
        if (date !== undefined) event.date = date;
        if (event.code === 'TK') tkDays += event.count ?? 1;
        events.push(event);
      }
      const record: AttendanceRecord = {
        events,
        tkDays,
        awayDays: this.away === null ? 0 : (this.away[e] as number),
        markedDays: this.marked === null ? 0 : (this.marked[e] as number),
      };
      const workingDays = this.workingDaysOf(e);
      if (workingDays !== undefined) record.workingDays = workingDays;
      const days = workingDays ?? (record.markedDays > 0 ? record.markedDays : undefined);
      if (days !== undefined && record.awayDays <= days) record.presence = (days - record.awayDays) / days;
      byEmployee[e] = record;
    }
    return byEmployee;
  }
}

/**
 * An attendance table's dated rows kept per employee (AttendanceReader.keepDay): a chain of rows by their
 * index in the table's rows (first, last per employee; next per row; -1 for none), each row's day, and the
 * latest day kept. A row on a day after every kept one (a sheet in day order) is never looked up. When a
 * row comes out of day order (a log sorted newest first), its employee's rows are indexed by day once
 * (firstOfDay), and from then on a day's rows are found without walking every day of theirs: a year of
 * daily scans sorted backwards would otherwise read the employee's whole chain at every row.
 */
class KeptDays {
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly lastDay: Int32Array;
  private readonly next: Int32Array;
  /** Per kept row: its day. */
  private readonly day: Int32Array;
  /** Per kept row: the employee's next kept row of the same day (-1: none), for indexed employees. */
  private readonly sameDay: Int32Array;
  /** Per employee: their kept rows' first row of each day, once a row of theirs came out of day order. */
  private readonly byDay: (Map<number, number> | undefined)[];

  constructor(employees: number, rows: number) {
    this.first = new Int32Array(employees).fill(-1);
    this.last = new Int32Array(employees).fill(-1);
    this.lastDay = new Int32Array(employees);
    this.next = new Int32Array(rows).fill(-1);
    this.day = new Int32Array(rows);
    this.sameDay = new Int32Array(rows).fill(-1);
    this.byDay = new Array(employees);
  }

  /** Keeps row `r` of employee `e`, on day `date`, after their other kept rows. */
  keep(e: number, r: number, date: number): void {
    const last = this.last[e] as number;
    if (last < 0) {
      this.first[e] = r;
      this.lastDay[e] = date;
    } else {
      this.next[last] = r;
      if (date > (this.lastDay[e] as number)) this.lastDay[e] = date;
    }
    this.last[e] = r;
    this.day[r] = date;
    const index = this.byDay[e];
    if (index !== undefined) this.index(index, r, date);
  }

  /**
   * The first of employee `e`'s kept rows on day `date` (the next ones through sameDayAfter), -1 for none;
   * none without a look when the day is after every kept one.
   */
  firstOfDay(e: number, date: number): number {
    if ((this.first[e] as number) < 0 || date > (this.lastDay[e] as number)) return -1;
    let index = this.byDay[e];
    if (index === undefined) {
      index = new Map();
      for (let r = this.first[e] as number; r >= 0; r = this.next[r] as number)
        this.index(index, r, this.day[r] as number);
      this.byDay[e] = index;
    }
    return index.get(date) ?? -1;
  }

  /** The kept row after `r` on its day, of its employee (-1: none). */
  sameDayAfter(r: number): number {
    return this.sameDay[r] as number;
  }

  /** Adds row `r` to the end of its day's rows in an employee's index. */
  private index(index: Map<number, number>, r: number, date: number): void {
    let at = index.get(date);
    if (at === undefined) {
      index.set(date, r);
      return;
    }
    while ((this.sameDay[at] as number) >= 0) at = this.sameDay[at] as number;
    this.sameDay[at] = r;
  }
}

/** The kind of a check-in/out row without a code, for finding it repeated (no code key has a space). */
const SCAN_KIND = ' scan';

/** A scan cell as read (minutes, or missing / invalid), for comparing two rows: "07.30" is "07:30". */
function clockShown(value: RawValue | undefined): string {
  const reading = readClock(text(value), heldNumber(value));
  return reading.kind === 'time' ? String(reading.minutes) : reading.kind;
}

/** The longest working period a JHK cell can state: a year. */
const MAX_WORKING_DAYS = 366;

/** Percentages shown in messages: two decimals, as the sheets show them. */
const shownPercent = (fraction: number): number => Math.round(fraction * 10000) / 100;

/** What one row adds up to, for its own % H check. */
interface RowTally {
  away: number;
  marked: number;
}

/**
 * Reads an attendance table in any of the four shapes offices keep (docs/sheets.md, family 3), each
 * into AttendanceEvents per employee: (a) a monthly recap of code counts (`codes`, with JHK and % H),
 * (b) a daily matrix (`days`, one code per day: blank and H are no events, L is a day off), (c) check-in
 * and check-out times with a work pattern (lateness and early leave classified with the policy's
 * bands; a missing scan is the policy's no-check-in/out code), (d) one row per event (kode_absen or
 * menit_telat, jumlah). Codes are looked up in the policy's vocabulary (discipline.codes); an unknown
 * code is reported once per code with where it occurs, never once per cell.
 */
class AttendanceReader {
  private readonly vocabulary: CodeVocabulary;
  private readonly unknownCodes = new OncePerText();
  private readonly unknownPatterns = new OncePerText();
  private readonly withoutRecord = new OncePerText();
  private readonly countHints: NumberHints;
  private readonly countOf: (text: string) => ReturnType<typeof parseNumber>;
  private readonly reading = new FastReading();
  /**
   * A dozen codes over the whole sheet: each written form is normalised once (while that pays); a form of
   * a code the vocabulary knows is matched to its key without building it (KnownCodeKeys).
   */
  private readonly keyOf: (written: string) => string;
  /** Tanggal cells repeat over a period's rows: each written date (or date serial) is read once. */
  private readonly dateOf = new TanggalCells(readTanggal);
  /** What the row being read adds up to: one tally reused row after row (read() resets it). */
  private readonly tally: RowTally = { away: 0, marked: 0 };
  /**
   * The columns of the row being read whose count or date could not be read (read() resets it): the
   * employee's deduction then lacks what they hold, and is said to be incomplete.
   */
  private unread: Location[] = [];
  /** Employees (roster index) whose rows state different JHK: the report made at the first, its count kept up. */
  private readonly daysConflicts = new Map<number, MessageParams>();
  /**
   * Per employee (roster index), made at the first row stating one: the JHK their first such row states,
   * and that row (its index in the table's rows + 1; 0: none), the value every later row must repeat.
   */
  private statedDays: Uint16Array | null = null;
  private statedRow: Int32Array | null = null;
  /**
   * The dated rows whose day no dated event remembers (H, L; a check-in/out row without a code, whose
   * lateness events carry no day), kept for finding a row repeated on that day (KeptDays: a row after the
   * employee's latest day is no repeat and looks nothing up; one before it reads the employee's index of
   * days, made when the first such row comes). Made at the first such row.
   */
  private dayRows: KeptDays | null = null;
  /** The events read, per employee. */
  readonly columns: AttendanceColumns;
  /** Rows dated outside the period scored, per sheet: one note per table (never counted). */
  private readonly otherPeriod = new Map<string, { at: Location; rows: number[] }>();

  constructor(
    private readonly table: RawTable,
    private readonly policy: Policy,
    private readonly issues: Issue[],
    /** The period scored, when the surface knows it: event rows dated outside it are left out. */
    private readonly period: Period | null,
    /** The roster's size. */
    employees: number,
  ) {
    this.columns = new AttendanceColumns(table.rows, employees, table.rows.length);
    this.vocabulary = codeVocabulary(policy.discipline);
    const known = new KnownCodeKeys(this.vocabulary.keys());
    this.keyOf = cachedParser(attendanceCodeKey, undefined, (written) => known.of(written));
    this.countHints = { context: 'count' as const, column: columnConvention(table, 'jumlah') };
    // Counts are small whole numbers ("1", "2"): each distinct text is parsed once.
    this.countOf = cachedParser((t) => parseNumber(t, this.countHints));
  }

  /** Reads row `r` of the table, the employee's. */
  read(r: number, employee: EmployeeRecord): void {
    const row = this.table.rows[r] as RawRow;
    const e = employee.index;
    this.columns.link(e);
    const tally = this.tally;
    tally.away = 0;
    tally.marked = 0;
    if (this.unread.length > 0) this.unread = [];
    // An event or scan row's Tanggal says whether it belongs to the period scored (a recap row has none).
    const date = row.codes || row.days ? UNDATED : this.eventDate(row);
    if (date === NOT_READ) {
      this.reportUnread(row, employee);
      return;
    }
    if (date !== UNDATED && this.repeatsEvent(row, employee, date)) return;
    const coded = this.readEventRow(row, r, e, tally, date);
    // In a check-in/out export a code row is one day: it counts among the marked days as present or away.
    if ((coded === 'present' || coded === 'away') && this.hasClocks(row)) tally.marked++;
    if (row.codes) this.readCodeCounts(row, r, row.codes, e, tally);
    if (row.days) this.readDays(row, r, row.days, e, tally);
    if (coded === false) this.readClocks(row, r, e, tally, date);
    const days = this.readWorkingDays(row);
    if (days !== undefined) this.keepWorkingDays(row, r, days, employee);
    if (tally.away !== 0) this.columns.addAway(e, tally.away);
    if (tally.marked !== 0) this.columns.addMarked(e, tally.marked);
    this.checkPresence(row, days ?? (tally.marked > 0 ? tally.marked : undefined), tally.away);
    this.reportUnread(row, employee);
  }

  /**
   * A row whose count or date could not be read still gives the employee a deduction, from the rest: said
   * on the employee, naming the columns, so the figure is never taken as complete.
   */
  private reportUnread(row: RawRow, employee: EmployeeRecord): void {
    const unread = this.unread;
    if (unread.length === 0) return;
    const columns = [...new Set(unread.map((at) => at.column ?? at.field ?? ''))].join(', ');
    this.issues.push({
      code: 'DISC_DEDUCTION_INCOMPLETE',
      params: { nama: employee.nama, nip: employee.nip, columns },
      at: { ...(unread[0] as Location), row: row.row },
      severity: 'error',
    });
  }

  /** The period's first and last day numbers (activity-rows.ts periodDays), made once. */
  private span: { first: number; last: number } | null = null;

  /** Whether a read day falls within the period scored. */
  private dayInPeriod(read: TanggalReading, period: Period): boolean {
    const day = read.number ?? isoDayNumber(read.day);
    this.span ??= periodDays(period);
    return day !== null && day >= this.span.first && day <= this.span.last;
  }

  /**
   * The day a row's Tanggal names (its day number); UNDATED when it names none (blank, or a period that
   * fits the one scored); NOT_READ when the row is not to be read: a date that cannot be read or does not
   * exist (reported at its cell), or one outside the period scored (gathered for one note per table).
   */
  private eventDate(row: RawRow): number {
    const written = text(row.values.tanggal);
    if (written === '') return UNDATED;
    const read = this.dateOf.of(row.values.tanggal, written);
    if (read === null) {
      const at = where(this.table, row, 'tanggal');
      this.issues.push({
        code: 'DISC_DATE_INVALID',
        params: { value: shownValue(written) },
        at,
        severity: 'error',
      });
      this.unread.push(at);
      return NOT_READ;
    }
    const scored = this.period;
    if (scored !== null) {
      const inside =
        read.period !== undefined
          ? periodKey(read.period) === periodKey(scored) || periodContains(scored, read.period)
          : this.dayInPeriod(read, scored);
      if (!inside) {
        const at = where(this.table, row, 'tanggal');
        const sheet = at.sheet ?? this.table.sheet;
        const seen = this.otherPeriod.get(sheet);
        if (seen) seen.rows.push(row.row);
        else this.otherPeriod.set(sheet, { at, rows: [row.row] });
        return NOT_READ;
      }
    }
    // A day has its number (readTanggal, readDateSerial); a period names no day.
    return read.number ?? UNDATED;
  }

  /**
   * The employee's JHK, from the first row that states one: event and check-in rows repeat it on every row,
   * so it is never added up. A row stating another is ambiguous: reported once per employee at the first
   * such cell (counting the rows that differ), and the employee's working days are then not taken from
   * the sheet at all (never averaged, never one of them picked).
   */
  private keepWorkingDays(row: RawRow, r: number, days: number, employee: EmployeeRecord): void {
    const e = employee.index;
    const n = this.columns.employees;
    this.statedDays ??= new Uint16Array(n);
    this.statedRow ??= new Int32Array(n);
    const firstIndex = (this.statedRow[e] as number) - 1;
    if (firstIndex < 0) {
      this.statedDays[e] = days;
      this.statedRow[e] = r + 1;
      this.columns.setWorkingDays(e, days);
      return;
    }
    const stated = this.statedDays[e] as number;
    if (days === stated) return;
    this.columns.setWorkingDays(e, undefined);
    const told = this.daysConflicts.get(e);
    if (told !== undefined) {
      told.count = (told.count as number) + 1;
      return;
    }
    const first = this.table.rows[firstIndex] as RawRow;
    const params = {
      nip: employee.nip,
      first: stated,
      firstRow: first.row,
      firstSheet: (first.at ?? this.table).sheet,
      value: days,
      count: 1,
    };
    this.daysConflicts.set(e, params);
    this.issues.push({
      code: 'DISC_HARI_KERJA_CONFLICT',
      params,
      at: where(this.table, row, 'hari_kerja'),
      severity: 'error',
    });
  }

  /** A count or minutes cell as read (its number), for comparing two rows; the text when it reads none. */
  private amountOf(value: RawValue | undefined): string {
    const held = heldNumber(value);
    if (held !== null) return String(held);
    const written = text(value);
    if (written === '') return '';
    const parsed = this.countOf(written);
    return parsed.ok ? String(parsed.value.value) : written.replace(/\s+/g, '');
  }

  /**
   * True when an earlier row gave the employee the same code on the same day: this one is reported (an
   * error when its count differs) and not counted again.
   */
  private repeatsEvent(row: RawRow, employee: EmployeeRecord, date: number): boolean {
    const v = row.values;
    const written = text(v.kode_absen);
    const kind = this.kindOf(row);
    if (kind === '') return false;
    // The employee's earlier event of that day and kind (an employee has a few events a period): a dated
    // event is an event row's (its code's key, or `menit_telat` for a lateness row), kindOf that row.
    const columns = this.columns;
    const rows = this.table.rows;
    let source: RawRow | undefined;
    // A sheet in day order (the usual) has no earlier event on a day past the employee's latest: not walked.
    const walk = date <= columns.latestOnOf(employee.index);
    for (
      let i = walk ? columns.firstOf(employee.index) : -1;
      i >= 0 && source === undefined;
      i = columns.nextOf(i)
    ) {
      if (columns.onOf(i) !== date) continue;
      const eventRow = rows[columns.sourceOf(i)] as RawRow;
      if (this.kindOf(eventRow) === kind) source = eventRow;
    }
    // Else an earlier H or L row, or scan row without a code, of that day: it marked the day (and its lateness).
    if (source === undefined) source = this.earlierDay(employee.index, date, kind);
    if (source === undefined) return false;
    if (kind === SCAN_KIND) {
      this.reportRepeatedScan(row, source, employee);
      return true;
    }
    // Compared as read, not as written: "1", "1,00" and "1 kali" are the same count.
    const amount = `${this.amountOf(v.jumlah)}|${written === '' ? this.amountOf(v.menit_telat) : ''}`;
    const firstAmount = `${this.amountOf(source.values.jumlah)}|${written === '' ? this.amountOf(source.values.menit_telat) : ''}`;
    const first = { row: source, amount: firstAmount };
    const firstSheet = (first.row.at ?? this.table).sheet;
    const otherSheet = firstSheet !== (row.at ?? this.table).sheet;
    const same = first.amount === amount;
    // The cell that differs: a lateness row's minutes, else the count.
    const field =
      written === '' && text(first.row.values.menit_telat) !== text(v.menit_telat) ? 'menit_telat' : 'jumlah';
    const fields = same
      ? ''
      : `${where(this.table, row, field).column ?? field}: "${text(first.row.values[field])}" / "${text(v[field])}"`;
    this.issues.push({
      code: same
        ? otherSheet
          ? 'DISC_EVENT_DUPLICATE_SHEET'
          : 'DISC_EVENT_DUPLICATE'
        : otherSheet
          ? 'DISC_EVENT_DUPLICATE_CONFLICT_SHEET'
          : 'DISC_EVENT_DUPLICATE_CONFLICT',
      params: {
        nip: employee.nip,
        // The code as the vocabulary knows it ("TL1" for "tl 1"), or the minutes of a lateness row.
        code: written === '' ? text(v.menit_telat) : kind,
        date: text(v.tanggal),
        firstRow: first.row.row,
        firstSheet,
        fields,
      },
      at: where(this.table, row, 'tanggal'),
      severity: same ? 'warning' : 'error',
    });
    return true;
  }

  /**
   * What a dated row records, for finding it repeated: its code as the vocabulary keys it, `menit_telat`
   * for a lateness row, SCAN_KIND for a check-in/out row without a code, '' for none of these.
   */
  private kindOf(row: RawRow): string {
    const v = row.values;
    const written = text(v.kode_absen);
    if (written !== '') return this.keyOf(written);
    if (text(v.menit_telat) !== '') return 'menit_telat';
    return this.hasClocks(row) ? SCAN_KIND : '';
  }

  /** Keeps row `r` (a dated H or L row, or a scan row without a code) so that a repeat of its day is found. */
  private keepDay(e: number, r: number, date: number): void {
    this.dayRows ??= new KeptDays(this.columns.employees, this.table.rows.length);
    this.dayRows.keep(e, r, date);
  }

  /**
   * The employee's earlier row of that day and kind among the kept ones; none when the day is after every
   * kept day (a sheet in day order is never looked up).
   */
  private earlierDay(e: number, date: number, kind: string): RawRow | undefined {
    const kept = this.dayRows;
    if (kept === null) return undefined;
    const rows = this.table.rows;
    for (let r = kept.firstOfDay(e, date); r >= 0; r = kept.sameDayAfter(r)) {
      const row = rows[r] as RawRow;
      if (this.kindOf(row) === kind) return row;
    }
    return undefined;
  }

  /**
   * A check-in/out row (no code) for a day the employee already has one: reported (an error when its
   * scans or pattern differ: the first row is the one counted) and not counted again.
   */
  private reportRepeatedScan(row: RawRow, first: RawRow, employee: EmployeeRecord): void {
    const v = row.values;
    const f = first.values;
    const differs: string[] = [];
    for (const field of ['jam_masuk', 'jam_pulang', 'pola_kerja'] as const) {
      const same =
        field === 'pola_kerja'
          ? patternKey(text(f[field])) === patternKey(text(v[field]))
          : clockShown(f[field]) === clockShown(v[field]);
      if (!same)
        differs.push(
          `${where(this.table, row, field).column ?? field}: "${text(f[field])}" / "${text(v[field])}"`,
        );
    }
    this.issues.push({
      code: differs.length === 0 ? 'DISC_SCAN_DUPLICATE' : 'DISC_SCAN_DUPLICATE_CONFLICT',
      params: {
        nip: employee.nip,
        date: text(v.tanggal),
        firstRow: first.row,
        firstSheet: (first.at ?? this.table).sheet,
        fields: differs.join('; '),
      },
      at: where(this.table, row, 'tanggal'),
      severity: differs.length === 0 ? 'warning' : 'error',
    });
  }

  /** The issues gathered over the table: one per unknown code, pattern, and one for unrecorded days. */
  flush(): void {
    const accepted = [...new Set(Object.keys(this.policy.discipline.codes).map(attendanceCodeKey))].join(
      ', ',
    );
    this.unknownCodes.flush(this.issues, 'DISC_CODE_UNKNOWN_CELLS', 'error', { accepted });
    this.unknownPatterns.flush(this.issues, 'DISC_PATTERN_UNKNOWN', 'error');
    this.withoutRecord.flush(this.issues, 'DISC_DAY_WITHOUT_RECORD', 'warning');
    const scored = this.period;
    if (scored !== null)
      for (const [sheet, { at, rows }] of this.otherPeriod)
        this.issues.push({
          code: 'DISC_ROWS_OTHER_PERIOD',
          params: { sheet, count: rows.length, rows: rowList(rows), period: periodLabel(scored, 'id') },
          at,
          severity: 'warning',
        });
  }

  private source(row: RawRow) {
    return row.at ?? this.table;
  }

  private codeAt(row: RawRow, written: string): Location {
    const source = this.source(row);
    return { sheet: source.sheet, row: row.row, column: source.codeColumns?.[written] ?? written };
  }

  private dayAt(row: RawRow, day: number): Location {
    const source = this.source(row);
    return { sheet: source.sheet, row: row.row, column: source.dayColumns?.[day] ?? String(day) };
  }

  /** The entry of a written code, or undefined (gathered for the once-per-code report). */
  private entryOf(written: string, at: Location): AttendanceCodeEntry | undefined {
    const key = this.keyOf(written);
    const entry = this.vocabulary.get(key);
    if (entry === undefined) this.unknownCodes.add(key, written.trim(), at);
    return entry;
  }

  /** entryOf for a code written in a row's own cell: its location is built only for the report. */
  private entryInCell(written: string, row: RawRow, field: 'kode_absen'): AttendanceCodeEntry | undefined {
    const key = this.keyOf(written);
    const entry = this.vocabulary.get(key);
    if (entry === undefined) this.unknownCodes.add(key, written.trim(), where(this.table, row, field));
    return entry;
  }

  /**
   * A count cell: a whole number of 0 or more; blank is 0; anything else is reported at its cell: `at`,
   * or the row's jumlah cell when `at` is null (built only then, as most counts are fine).
   */
  private countIn(
    value: RawValue | undefined,
    code: string,
    at: Location | null,
    row: RawRow,
  ): number | null {
    const held = heldNumber(value);
    if (held !== null && Number.isInteger(held) && held >= 0) return held;
    const countText = text(value);
    if (countText === '') return 0;
    if (
      held === null &&
      readNumberFast(countText, this.countHints, this.reading) &&
      Number.isInteger(this.reading.value) &&
      this.reading.value >= 0
    )
      return this.reading.value;
    const n = held === null ? this.countOf(countText) : null;
    if (n?.ok && Number.isInteger(n.value.value) && n.value.value >= 0) return n.value.value;
    const cell = at ?? where(this.table, row, 'jumlah');
    this.unread.push(cell);
    if (n !== null && !n.ok) this.issues.push(placed(n.issue, cell));
    else
      this.issues.push({
        code: 'DISC_COUNT_INVALID',
        params: { code, count: countText },
        at: cell,
        severity: 'error',
      });
    return null;
  }

  /**
   * Shape (d): kode_absen (or menit_telat) with jumlah. Returns what the written code makes the day
   * (`none` for an unknown code, already gathered for its report), or false when the row names no code.
   */
  private readEventRow(
    row: RawRow,
    r: number,
    e: number,
    tally: RowTally,
    date: number,
  ): AttendanceDayKind | false {
    const v = row.values;
    const written = text(v.kode_absen);
    let code: AttendanceCode | null = null;
    if (written !== '') {
      const entry = this.entryInCell(written, row, 'kode_absen');
      if (entry === undefined) return 'none';
      code = entry.code;
      const count = text(v.jumlah) === '' ? 1 : this.countIn(v.jumlah, written, null, row);
      if (count === null) return 'none';
      if (entry.day === 'away') tally.away += count;
      // H, L: no event, but the day is marked: kept so that a row repeating it is found.
      if (code === null && date !== UNDATED) this.keepDay(e, r, date);
      // The row's day, whatever its code or count: a row repeating the employee's code on that day is found
      // among their few events (no index of every event of the sheet). One day's TK keeps its date
      // (AttendanceColumns.tkDateOf).
      if (code !== null && count > 0) this.columns.add(e, code, count, r, date, WRITTEN_CODE_CELL, 0);
      return entry.day;
    }
    const lateText = text(v.menit_telat);
    if (lateText === '') return false;
    const heldLate = heldNumber(v.menit_telat);
    let lateMinutes: number;
    if (heldLate !== null && heldLate >= 0) lateMinutes = heldLate;
    else {
      const late = parseDuration(lateText);
      if (!late.ok) {
        const cell = where(this.table, row, 'menit_telat');
        this.issues.push(placed(late.issue, cell));
        this.unread.push(cell);
        return false;
      }
      lateMinutes = late.value.minutes;
    }
    code = classifyLateness(lateMinutes, 'TL', this.policy.discipline.table);
    if (code === null) return false;
    const counted = text(v.jumlah) === '' ? 1 : this.countIn(v.jumlah, code, null, row);
    if (counted === null || counted === 0) return false;
    this.columns.add(e, code, counted, r, date, WRITTEN_NONE, 0);
    return false;
  }

  /** Shape (a): one count per code column (TMK1 = 3, S = 2...). */
  private readCodeCounts(
    row: RawRow,
    r: number,
    codes: Record<string, RawValue>,
    e: number,
    tally: RowTally,
  ): void {
    for (const [written, value] of Object.entries(codes)) {
      const at = this.codeAt(row, written);
      const cellText = text(value);
      if (cellText === '') continue;
      const entry = this.entryOf(written, at);
      if (entry === undefined) continue;
      const count = this.countIn(value, written, at, row);
      if (count === null || count === 0) continue;
      if (entry.day === 'away') tally.away += count;
      if (entry.code !== null)
        this.columns.header(this.columns.add(e, entry.code, count, r, UNDATED, WRITTEN_HEADER, 0), written);
    }
  }

  /** Shape (b): a code per day; blank is nothing (weekends are not assumed), H a day present, L a day off. */
  private readDays(
    row: RawRow,
    r: number,
    days: readonly (RawValue | undefined)[],
    e: number,
    tally: RowTally,
  ): void {
    for (let i = 0; i < days.length; i++) {
      const written = text(days[i]);
      if (written === '') continue;
      const day = i + 1;
      const entry = this.entryOf(written, this.dayAt(row, day));
      if (entry === undefined) continue;
      if (entry.day === 'present' || entry.day === 'away') tally.marked++;
      if (entry.day === 'away') tally.away++;
      if (entry.code !== null) this.columns.add(e, entry.code, 1, r, UNDATED, WRITTEN_DAY_CELL, day);
    }
  }

  private hasClocks(row: RawRow): boolean {
    const columns = this.source(row).columns;
    return (
      row.values.jam_masuk !== undefined ||
      row.values.jam_pulang !== undefined ||
      columns.jam_masuk !== undefined ||
      columns.jam_pulang !== undefined
    );
  }

  /** Shape (c): check-in and check-out against the work pattern ("07.30-16.00" or a named one). */
  /** A clock cell that holds no time of day, said at its cell. */
  private clockInvalid(row: RawRow, field: 'jam_masuk' | 'jam_pulang'): void {
    this.issues.push({
      code: 'DISC_CLOCK_INVALID',
      params: { value: shownValue(text(row.values[field])) },
      at: where(this.table, row, field),
      severity: 'error',
    });
  }

  private readClocks(row: RawRow, r: number, e: number, tally: RowTally, date: number): void {
    const v = row.values;
    if (!this.hasClocks(row)) return;
    const clockIn = readClock(text(v.jam_masuk), heldNumber(v.jam_masuk));
    const clockOut = readClock(text(v.jam_pulang), heldNumber(v.jam_pulang));
    if (clockIn.kind === 'invalid') this.clockInvalid(row, 'jam_masuk');
    if (clockOut.kind === 'invalid') this.clockInvalid(row, 'jam_pulang');
    if (clockIn.kind === 'invalid' || clockOut.kind === 'invalid') return;
    if (clockIn.kind === 'missing' && clockOut.kind === 'missing') {
      this.withoutRecord.add('', '', where(this.table, row, 'jam_masuk'));
      return;
    }
    tally.marked++;
    // The day is marked (and may make events below): kept so that a row repeating it is found.
    if (date !== UNDATED) this.keepDay(e, r, date);
    const { table, noCheckIn, noCheckOut } = this.policy.discipline;
    const columns = this.columns;
    if (clockIn.kind === 'missing') columns.add(e, noCheckIn, 1, r, UNDATED, WRITTEN_NONE, 0);
    if (clockOut.kind === 'missing') columns.add(e, noCheckOut, 1, r, UNDATED, WRITTEN_NONE, 0);
    if (clockIn.kind !== 'time' && clockOut.kind !== 'time') return;
    const patternText = text(v.pola_kerja);
    const hours = workHours(patternText, this.policy.discipline.workPatterns);
    if (hours === undefined) {
      this.unknownPatterns.add(
        patternText.toLowerCase(),
        patternText || '-',
        where(this.table, row, 'pola_kerja'),
      );
      return;
    }
    if (clockIn.kind === 'time') {
      const late = classifyLateness(minutesLate(clockIn.minutes, hours), 'TL', table);
      if (late !== null) columns.add(e, late, 1, r, UNDATED, WRITTEN_NONE, 0);
    }
    if (clockOut.kind === 'time') {
      const early = classifyLateness(minutesEarly(clockOut.minutes, hours), 'PSW', table);
      if (early !== null) columns.add(e, early, 1, r, UNDATED, WRITTEN_NONE, 0);
    }
  }

  /** JHK: a whole number of days, 1 to a year; anything else is reported at its cell. */
  private readWorkingDays(row: RawRow): number | undefined {
    const value = row.values.hari_kerja;
    const written = text(value);
    if (written === '') return undefined;
    const held = heldNumber(value);
    const parsed = held === null ? parseNumber(written, { context: 'count' }) : null;
    const days = held ?? (parsed?.ok ? parsed.value.value : Number.NaN);
    if (Number.isInteger(days) && days >= 1 && days <= MAX_WORKING_DAYS) return days;
    this.issues.push({
      code: 'DISC_HARI_KERJA_INVALID',
      params: { value: shownValue(written) },
      at: where(this.table, row, 'hari_kerja'),
      severity: 'warning',
    });
    return undefined;
  }

  /** The sheet's own % H against the codes: a mismatch is reported, the sheet's value never replaced. */
  private checkPresence(row: RawRow, days: number | undefined, away: number): void {
    if (days !== undefined && away > days) {
      this.issues.push({
        code: 'DISC_DAYS_EXCEED',
        params: { away, days },
        at: where(this.table, row, 'hari_kerja'),
        severity: 'warning',
      });
      return;
    }
    const value = row.values.persen_hadir;
    const written = text(value);
    if (written === '' || days === undefined) return;
    const given = presenceOf(value);
    const at = where(this.table, row, 'persen_hadir');
    if (given === null) {
      this.issues.push({
        code: 'DISC_PRESENCE_INVALID',
        params: { value: shownValue(written) },
        at,
        severity: 'warning',
      });
      return;
    }
    const computed = (days - away) / days;
    if (Math.abs(given - computed) <= this.policy.discipline.presenceTolerance + 1e-9) return;
    this.issues.push({
      code: 'DISC_PRESENCE_MISMATCH',
      params: {
        given: shownPercent(given),
        computed: shownPercent(computed),
        present: days - away,
        days,
        away,
      },
      at,
      severity: 'warning',
    });
  }
}

/**
 * What a Tanggal cell names: a day (ISO in `day`, its day number in `number`), a period (`period`, day '':
 * "Mei 2024", a month's recap written as one row), or, for an activity log, a week of the log ("Minggu 2":
 * day '', neither number nor period). Shared by every row with that Tanggal: never changed.
 */
interface TanggalReading {
  readonly day: string;
  readonly number?: number;
  readonly period?: Period;
  /** An activity row's Tanggal naming no day: its key (ActivityLog), and whether the period scored holds it. */
  readonly key?: number;
  readonly within?: boolean;
}

/**
 * What a written Tanggal names: a day (a date cell arrives as ISO; text is read day first, as
 * shared/parse/calendar.ts reads every date), or a period ("Mei 2024"); null for anything else, a day that
 * does not exist included ("31/02/2024").
 */
function readTanggal(written: string): TanggalReading | null {
  const day = readCalendarDay(written);
  if (day !== null) return { day: isoDay(day), number: day };
  const period = parsePeriod(written);
  return period === null ? null : { day: '', period };
}

/** Sheets counts date cells in days from 1899-12-30: a serial minus this is the day number (from 1970). */
const SERIAL_DAY_ZERO = -dayNumber(1899, 12, 30);

/**
 * The day a number in a Tanggal cell names, read as Sheets stores a date (days since 1899-12-30; a time of
 * day after the point is that day), within the years the calendar reader takes (1900-2200). A whole number up
 * to 31 is not taken for a day of January 1900: it is a day of a month without its month and year, which is
 * never guessed, so it is reported as unreadable like any other date that names no day.
 */
function readDateSerial(serial: number): TanggalReading | null {
  const whole = Math.floor(serial);
  if (!(whole > 31)) return null;
  const { y, m, d } = civilDate(whole - SERIAL_DAY_ZERO);
  const day = validDayNumber(y, m, d);
  return day === null ? null : { day: isoDay(day), number: day };
}

/**
 * Tanggal cells as a reader reads them, each written date once: text with `read`, a number cell (a date
 * the sheet holds as its serial, 6 March 2025 held as 45722) as the serial it holds, as a date cell is its
 * day (docs/rules.md#attendance-codes).
 */
class TanggalCells {
  private readonly ofText: (written: string) => TanggalReading | null;
  private readonly ofSerial = new Map<number, TanggalReading | null>();

  constructor(read: (written: string) => TanggalReading | null) {
    this.ofText = cachedParser(read);
  }

  of(value: RawValue | undefined, written: string): TanggalReading | null {
    if (typeof value !== 'object' || value.percent || !Number.isFinite(value.number))
      return this.ofText(written);
    const serial = value.number;
    let read = this.ofSerial.get(serial);
    if (read === undefined) {
      read = readDateSerial(serial);
      this.ofSerial.set(serial, read);
    }
    return read;
  }
}

/** A % H cell as a fraction: a percent cell holds it; text is read as a percentage ("94,44%", "94.44 %"). */
function presenceOf(value: RawValue | undefined): number | null {
  if (typeof value === 'object' && value.percent && Number.isFinite(value.number)) return value.number;
  const parsed = parsePercentAsFraction(text(value));
  return parsed.ok && parsed.value >= 0 && parsed.value <= 1 ? parsed.value : null;
}

/**
 * Attendance per employee from a table of any of the four shapes (AttendanceReader), as columns: events
 * for the deduction (`eventsOf`) and the working days the sheet states (JHK, `workingDaysOf`); `records`
 * gives each employee's record, with the TK days and the presence computed from the codes (for tests).
 */
export function readAttendanceColumns(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
  period: Period | null = null,
): AttendanceColumns {
  if (!table) return new AttendanceColumns([], roster.list.length, 0);
  const linker = new NipLinker(table, roster, issues);
  const reader = new AttendanceReader(table, policy, issues, period, roster.list.length);
  // A recap of code counts and a daily matrix give each employee one row: a second one (a revision pasted
  // under the first, a NIP written twice) is reported as results and behaviour tables report it, and not
  // added to the first (which would double every count, the JHK and the deduction). Made at the first.
  let recapRows: PerEmployee<RawRow> | null = null;
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as RawRow;
    const oneRow = row.codes !== undefined || row.days !== undefined;
    let employee: EmployeeRecord | undefined;
    if (oneRow) {
      recapRows ??= perEmployee<RawRow>(roster);
      employee = linker.linkFirst(row, recapRows);
      if (employee !== undefined) recapRows[employee.index] = row;
    } else employee = linker.link(row);
    if (employee === undefined) continue;
    reader.read(r, employee);
  }
  reader.flush();
  linker.unknown.flush(employeeSheet, issues, rowList);
  return reader.columns;
}

/**
 * The longest one logged activity can be: a whole year around the clock (366 x 24 x 60 minutes). A cell
 * beyond it ("1e308", "1e308 jam", a number stored as 10^308) is a typing error, not work: it is reported
 * on its cell and left out, so a total of minutes stays finite and meaningful (10^308 plus anything is
 * Infinity, which the dashboard and the results package would otherwise show).
 */
export const MAX_ACTIVITY_MINUTES = 366 * 24 * 60;

export interface ActivityTotals {
  minutes: number;
  withoutOutputMinutes: number;
}

/**
 * Activity minutes per employee, by roster index, in columns: a province's 20,000 employees need no
 * totals object each. `of` writes an employee's totals into a record the caller keeps and refills (the
 * scorer reads it at once), or gives undefined for an employee without a counted activity row.
 */
export class ActivityColumns {
  private readonly minutes: Float64Array;
  private readonly withoutOutput: Float64Array;
  private readonly counted: Uint8Array;

  constructor(employees: number) {
    this.minutes = new Float64Array(employees);
    this.withoutOutput = new Float64Array(employees);
    this.counted = new Uint8Array(employees);
  }

  /** Adds one activity row's minutes to employee `index` (in row order, as the sums were always made). */
  add(index: number, minutes: number, withoutOutput: boolean): void {
    this.counted[index] = 1;
    this.minutes[index] = (this.minutes[index] as number) + minutes;
    if (withoutOutput) this.withoutOutput[index] = (this.withoutOutput[index] as number) + minutes;
  }

  /** Forgets employee `index`'s rows, for summing them again (a day of theirs left out). */
  clear(index: number): void {
    this.counted[index] = 0;
    this.minutes[index] = 0;
    this.withoutOutput[index] = 0;
  }

  of(index: number, into: ActivityTotals): ActivityTotals | undefined {
    if (this.counted[index] !== 1) return undefined;
    into.minutes = this.minutes[index] as number;
    into.withoutOutputMinutes = this.withoutOutput[index] as number;
    return into;
  }
}

/** How a counted activity row reads again (its minutes, whether it has an output): for the rare walks. */
interface ActivityRowReader {
  minutes(row: RawRow): number;
  /** The column the minutes were read from (a long day is reported there). */
  field: 'menit' | 'waktu';
  withoutOutput(row: RawRow): boolean;
}

/**
 * Cells a pasted row need not repeat: its day and minutes (compared as read) and the row's number; the
 * Waktu cell too when it gives the minutes (else a start time tells two sessions apart).
 */
const NOT_COMPARED: ReadonlySet<string> = new Set(['tanggal', 'menit', 'nomor']);
const NOT_COMPARED_TIMED: ReadonlySet<string> = new Set(['tanggal', 'menit', 'nomor', 'waktu']);

/**
 * Whether two activity rows hold the same text in every cell but the minutes (compared as read), the
 * Tanggal (the day they share) and the row's number: a row is a repeat only when nothing tells it apart
 * (its output, bukti dukung, status, start time...). Asked only of a day's rows with the same uraian and
 * minutes.
 */
function sameOtherCells(a: RawRow, b: RawRow, timed: boolean): boolean {
  const skip = timed ? NOT_COMPARED_TIMED : NOT_COMPARED;
  const va = a.values as Readonly<Record<string, RawValue | undefined>>;
  const vb = b.values as Readonly<Record<string, RawValue | undefined>>;
  for (const field in va) if (!skip.has(field) && text(va[field]) !== text(vb[field])) return false;
  for (const field in vb) if (!skip.has(field) && !(field in va) && text(vb[field]) !== '') return false;
  return true;
}

/**
 * Counts an activity log into ActivityColumns, row by row as before, through the log rules every surface
 * shares (shared/score/activity-rows.ts ActivityDays: a clean row builds nothing). A row repeating an
 * earlier one of its employee (same Tanggal and minutes as read, every other cell alike) is reported and
 * counted once; a day whose rows add up to more than 24 hours is an error at its cells and none of its
 * minutes count (the employee's totals are summed again without it, in row order, at the end: rare, so
 * the common log is summed once).
 */
class ActivityLog {
  private readonly days: ActivityDays;
  private readonly employees: EmployeeRecord[] = [];

  constructor(
    private readonly table: RawTable,
    private readonly columns: ActivityColumns,
    private readonly issues: Issue[],
    private readonly again: ActivityRowReader,
    employees: number,
  ) {
    const rows = table.rows;
    this.days = new ActivityDays(rows.length, employees, {
      uraian: (r) => text((rows[r] as RawRow).values.aktivitas),
      minutes: (r) => again.minutes(rows[r] as RawRow),
      sameOtherwise: (a, b) => sameOtherCells(rows[a] as RawRow, rows[b] as RawRow, again.field === 'waktu'),
    });
  }

  /** Counts row `r` of `employee` (minutes as read, key as ActivityDays takes it), unless it repeats one. */
  add(r: number, employee: EmployeeRecord, key: number, m: number, noOutput: boolean): void {
    const earlier = this.days.add(r, employee.index, key, m);
    if (earlier >= 0) {
      this.reportRepeat(r, earlier, employee);
      return;
    }
    this.employees[employee.index] = employee;
    this.columns.add(employee.index, m, noOutput);
  }

  /** An exact repeat of an earlier row: a warning at its Tanggal naming the first, counted once. */
  private reportRepeat(r: number, earlier: number, employee: EmployeeRecord): void {
    const rows = this.table.rows;
    const row = rows[r] as RawRow;
    const first = rows[earlier] as RawRow;
    this.issues.push({
      code: 'DISC_ACTIVITY_DUPLICATE',
      params: {
        nip: employee.nip,
        date: shownTanggal(row.values.tanggal, this.days.keyOf(earlier)),
        activity: shownValue(text(row.values.aktivitas)),
        minutes: this.again.minutes(first),
        firstRow: first.row,
        firstSheet: (first.at ?? this.table).sheet,
      },
      at: where(this.table, row, 'tanggal'),
      severity: 'warning',
    });
  }

  /**
   * Each day over 24 hours: an error at the menit cell most likely mistyped (the day's largest), naming the
   * day's rows and total; the employee's totals are then summed again, in row order, without those days.
   */
  flush(): void {
    const long = this.days.longDays;
    if (long.length === 0) return;
    const rows = this.table.rows;
    const again = new Set<number>();
    // Each employee's long days' rows from one walk of their rows, made at their first long day.
    const longRows = new Map<number, Map<number, number[]>>();
    for (const { employee: e, key } of long) {
      const employee = this.employees[e] as EmployeeRecord;
      let rowsByDay = longRows.get(e);
      if (rowsByDay === undefined) {
        rowsByDay = this.days.longDayRows(e);
        longRows.set(e, rowsByDay);
      }
      const dayRows: number[] = [];
      let total = 0;
      let largest: RawRow | undefined;
      let most = -1;
      for (const j of rowsByDay.get(key) ?? []) {
        const row = rows[j] as RawRow;
        const minutes = this.again.minutes(row);
        dayRows.push(row.row);
        total += minutes;
        if (minutes > most) {
          most = minutes;
          largest = row;
        }
      }
      const row = largest as RawRow;
      this.issues.push({
        code: 'DISC_ACTIVITY_DAY_TOO_LONG',
        params: {
          nip: employee.nip,
          date: shownTanggal(row.values.tanggal, key),
          total,
          hours: Math.round((total / 60) * 10) / 10,
          max: MAX_DAY_MINUTES,
          rows: rowList(dayRows),
        },
        at: where(this.table, row, this.again.field),
        severity: 'error',
      });
      again.add(e);
    }
    for (const e of again) {
      this.columns.clear(e);
      for (const j of this.days.counted(e)) {
        const row = rows[j] as RawRow;
        this.columns.add(e, this.again.minutes(row), this.again.withoutOutput(row));
      }
    }
  }
}

/** A Tanggal as messages show it: as written, or the day a date serial names (dd/mm/yyyy). */
function shownTanggal(value: RawValue | undefined, key: number): string {
  if (typeof value !== 'object' || key === NO_DAY || key >= TEXT_KEYS) return text(value);
  const { y, m, d } = civilDate(key);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/**
 * Activity minutes per employee. Rejected activities ("Ditolak") do not count when the policy says so
 * (regional apps pay only approved minutes). An activity with neither output nor bukti dukung counts as
 * "without output" for the busy-but-no-results check. Each row's Tanggal says its day and whether it
 * belongs to the period scored (rows outside it are left out, one note per table: a log's title naming the
 * month does not make its rows of other months that month); an unreadable or impossible date is an error
 * at its cell; a row repeated exactly is counted once, and a day over 24 hours not at all (ActivityLog).
 */
export function readActivities(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
  period: Period | null = null,
): ActivityColumns {
  const byEmployee = new ActivityColumns(roster.list.length);
  if (!table) return byEmployee;
  const linker = new NipLinker(table, roster, issues);
  const durationOf = cachedParser(parseDuration);
  const statusOf = labelParser(parseStatus, statusOfLabel);
  const textKeys = new Map<string, number>();
  const week: TanggalReading = { day: '' };
  const dates = new TanggalCells((written) =>
    activityTanggal(written, readTanggal(written), week, textKeys, period),
  );
  const scored = period === null ? null : periodDays(period);
  /** Rows dated outside the period scored, per sheet: one note per table (never counted). */
  const otherPeriod = new Map<string, { at: Location; rows: number[] }>();
  // "1.500 menit": the fast reader; the parser reads (and explains) hours, clocks and the rest.
  const reading = new FastReading();
  /** A minutes cell as read: the number held, else the fast reader's, else the parser's (NaN: unreadable). */
  const minutesOf = (value: RawValue | undefined, written: string): number => {
    const held = heldNumber(value);
    if (held !== null && held >= 0) return held;
    if (readMinutesFast(written, reading)) return reading.value;
    const parsed = durationOf(written);
    return parsed.ok ? parsed.value.minutes : Number.NaN;
  };
  // Minutes from the minutes column; without one, from a time column read as a duration (a range or a
  // unit); with neither, nothing can be counted, and the sheet is told so (never an empty log read as
  // no activity at all).
  const fromTime = table.columns.menit === undefined && table.columns.waktu !== undefined;
  const log = new ActivityLog(
    table,
    byEmployee,
    issues,
    {
      // A counted row read again (a repeat's first row, a long day's rows) from the cell it was counted by:
      // a time log's rows have a duration there (the others were not counted).
      minutes: (row) =>
        fromTime
          ? (timeCellMinutes(text(row.values.waktu)) ?? 0)
          : minutesOf(row.values.menit, text(row.values.menit)),
      field: fromTime ? 'waktu' : 'menit',
      withoutOutput: (row) =>
        !activityHasOutput(
          text(row.values.output),
          text(row.values.bukti_dukung),
          volumeOf(row.values.volume),
        ),
    },
    roster.list.length,
  );
  const rows = table.rows;
  if (table.columns.menit === undefined && !fromTime) {
    if (rows.length > 0)
      issues.push({
        code: 'DISC_ACTIVITY_NO_MINUTES_COLUMN',
        params: { sheet: table.sheet },
        at: { sheet: table.sheet },
        severity: 'error',
      });
    return byEmployee;
  }
  /** A Volume cell's number (held, or written plainly), null when empty or not a plain number. */
  const volumeOf = (value: RawValue | undefined): number | null => {
    if (value === undefined) return null;
    const held = heldNumber(value);
    if (held !== null) return held;
    return readNumberFast(text(value), undefined, reading) ? reading.value : null;
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const employee = linker.link(row);
    if (employee === undefined) continue;
    const v = row.values;
    const statusText = text(v.status);
    if (statusText !== '') {
      const status = statusOf(statusText);
      if (!status.ok)
        issues.push({ ...placed(status.issue, where(table, row, 'status')), severity: 'warning' });
      else if (activityLeftOut(status.value, policy.busy)) continue;
    }
    const minutesText = text(fromTime ? v.waktu : v.menit);
    if (minutesText === '') continue;
    // The row's day, read before its minutes so that both cells are reported when both are wrong.
    const written = text(v.tanggal);
    const date = written === '' ? null : dates.of(v.tanggal, written);
    if (written !== '' && date === null)
      issues.push({
        code: 'DISC_DATE_INVALID',
        params: { value: shownValue(written) },
        at: where(table, row, 'tanggal'),
        severity: 'error',
      });
    const m = fromTime ? (timeCellMinutes(minutesText) ?? Number.NaN) : minutesOf(v.menit, minutesText);
    if (fromTime && Number.isNaN(m)) {
      // A time of day is when the activity began, not how long it took (shared/score/activity-rows.ts).
      issues.push({
        code: 'DISC_ACTIVITY_TIME_NOT_DURATION',
        params: { value: shownValue(minutesText) },
        at: where(table, row, 'waktu'),
        severity: 'warning',
      });
      continue;
    }
    if (Number.isNaN(m)) {
      const minutes = durationOf(minutesText);
      if (!minutes.ok) {
        issues.push(placed(minutes.issue, where(table, row, 'menit')));
        continue;
      }
    }
    // `!(m <= max)` also catches NaN and Infinity from an overflowing "1e308 jam".
    if (!(m <= MAX_ACTIVITY_MINUTES)) {
      issues.push({
        code: 'PIPE_ACTIVITY_MINUTES_TOO_LARGE',
        params: { value: shownValue(minutesText), max: MAX_ACTIVITY_MINUTES },
        at: where(table, row, 'menit'),
        severity: 'error',
      });
      continue;
    }
    if (written !== '' && date === null) continue;
    if (date !== null && scored !== null) {
      const day = date.number;
      const inside = day !== undefined ? day >= scored.first && day <= scored.last : date.within !== false;
      if (!inside) {
        const at = where(table, row, 'tanggal');
        const sheet = at.sheet ?? table.sheet;
        const seen = otherPeriod.get(sheet);
        if (seen) seen.rows.push(row.row);
        else otherPeriod.set(sheet, { at, rows: [row.row] });
        continue;
      }
    }
    const withoutOutput = !activityHasOutput(text(v.output), text(v.bukti_dukung), volumeOf(v.volume));
    const key = date === null ? NO_DAY : (date.number ?? date.key ?? NO_DAY);
    log.add(r, employee, key, m, withoutOutput);
  }
  log.flush();
  if (period !== null)
    for (const [sheet, { at, rows: outside }] of otherPeriod)
      issues.push({
        code: 'DISC_ACTIVITY_ROWS_OTHER_PERIOD',
        params: {
          sheet,
          count: outside.length,
          rows: rowList(outside),
          period: periodLabel(period, 'id'),
        },
        at,
        severity: 'warning',
      });
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const attendanceShapes: ShapeBuilder = (policy) => {
  const table = emptyTable();
  const columns = new ActivityColumns(0);
  const again: ActivityRowReader = { minutes: () => 0, field: 'menit', withoutOutput: () => false };
  return [
    new AttendanceReader(table, policy, [], null, 0),
    new AttendanceColumns([], 0, 0),
    new KeptDays(0, 0),
    new EventSlot(),
    new EventScratch(),
    columns,
    new ActivityLog(table, columns, [], again, 0),
    new TanggalCells(() => null),
  ];
};
