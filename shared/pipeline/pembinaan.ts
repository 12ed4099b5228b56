import type { Issue, Location } from '../core/issue';
import type { ShapeBuilder } from '../core/shapes';
import { AWARD_BLOCKED, type HukumanStanding, UNDER_HUKUMAN } from '../discipline/hukuman-reasons';
import { t } from '../messages/format';
import type { RawRow, RawTable } from '../model/input';
import { addMonths, dayNumber, isoDay, readCalendarDay } from '../parse/calendar';
import { parseNip } from '../parse/nip';
import { type Period, periodLabel } from '../parse/period';
import type { HukumanLevel, PembinaanKind, PembinaanPolicy } from '../policy/sections/pembinaan';
import type { DutyWindow, RegisterEntry } from '../recommend/supervisor-register';
import { cell, rowList, text, where } from './cells';
import {
  bareName,
  type EmployeeRecord,
  type EmployeeRoster,
  NipLinker,
  type PerEmployee,
  perEmployee,
} from './people';
import type { EmployeeResult } from './schema';

/**
 * The pembinaan register (Catatan Pembinaan, issue 11): one row per thing a supervisor did about a
 * subordinate (an apresiasi, a teguran, a pembinaan, a hukuman disiplin, a violation found), with its
 * date, the supervisor's and the employee's NIP, the kind in the policy's words, a reference number and a
 * note. Reading only: the duties are judged in recommend/supervisor-register.ts, the award block below.
 */

export interface PembinaanRecord {
  /** 1-based row in the register sheet. */
  row: number;
  /** Days since 1970-01-01. */
  day: number;
  /** ISO yyyy-mm-dd. */
  tanggal: string;
  /** The date cell (sheet, row, column), for the date checked against the period once it is known. */
  tanggalAt: Location;
  /** The supervisor's NIP as the roster knows it; null when the cell is empty or names nobody on the roster. */
  supervisorNip: string | null;
  kind: PembinaanKind;
  nomorSurat: string;
  catatan: string;
  /**
   * Dated after the run date (dutyDate sets it; false until then): an action that has not happened yet is
   * no follow-up and no hukuman in force, so registerEntries and hukumanInForce leave it out.
   */
  notYet: boolean;
  /**
   * The period's label ("Mei 2024") for a hukuman read from a list without dates (a TPP file's "Jenis
   * Pelanggaran Disiplin | Keterangan" table): it belongs to the period and nothing more is known of its
   * dates, so its reason names the period, never a start or an end. Null for a dated record.
   */
  listedIn: string | null;
}

/**
 * A hukuman read from a list without dates, waiting for the period it belongs to (dutyDate places it, or
 * reports it and leaves it out when no period is known: a date is never guessed).
 */
interface ListedHukuman {
  index: number;
  row: number;
  level: HukumanLevel;
  jenis: string;
  at: Location;
}

export interface PembinaanRegister {
  sheet: string;
  /** Each employee's records, oldest first. */
  byEmployee: PerEmployee<PembinaanRecord[]>;
  /** The latest date in the register (day number); null when no row could be read. */
  latestDay: number | null;
  records: number;
  /**
   * policy.pembinaan.followUpDays: a teguran or apresiasi up to this many days after the period's end still
   * counts for it (dutyWindow), so only a date beyond that is out of the period (dutyDate checks it).
   */
  followUpDays: number;
  /** Hukuman read from a list without dates, placed in the period by dutyDate. */
  listed: ListedHukuman[];
}

/** Lowercase words and digits (and %), one space between: how a kind's written forms are compared. */
export const kindKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

/** The policy's kinds by each written form; a form two kinds claim is ambiguous (null). */
export function kindIndex(kinds: readonly PembinaanKind[]): Map<string, PembinaanKind | null> {
  const index = new Map<string, PembinaanKind | null>();
  for (const kind of kinds)
    for (const form of [kind.label, kind.id, ...kind.aliases]) {
      const key = kindKey(form);
      if (key === '') continue;
      const seen = index.get(key);
      index.set(key, seen === undefined || seen === kind ? kind : null);
    }
  return index;
}

const KNOWN_LIST_MAX = 6;

function knownKinds(kinds: readonly PembinaanKind[]): string {
  const labels = kinds.map((k) => k.label);
  const shown = labels.slice(0, KNOWN_LIST_MAX).join('; ');
  return labels.length > KNOWN_LIST_MAX ? `${shown}; ...` : shown;
}

/**
 * Reads the register. A row whose employee, date or kind cannot be read is reported (sheet, row, column)
 * and left out; a supervisor NIP that is not on the roster is reported and the record kept (who recorded
 * it does not change that it was done).
 */
export function readPembinaan(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: PembinaanPolicy,
  issues: Issue[],
): PembinaanRegister | undefined {
  if (!table) return undefined;
  const byEmployee = perEmployee<PembinaanRecord[]>(roster);
  const register: PembinaanRegister = {
    sheet: table.sheet,
    byEmployee,
    latestDay: null,
    records: 0,
    followUpDays: policy.followUpDays,
    listed: [],
  };
  const linker = new NipLinker(table, roster, issues);
  const names = new RosterNames(roster, employeeSheet);
  const kinds = kindIndex(policy.kinds);
  const unknownAtasan = new Map<string, { rows: number[]; at: Issue['at'] }>();
  for (const row of table.rows) {
    const employee = linker.link(row) ?? names.link(row, table, issues);
    if (employee === undefined) continue;
    const dateText = cell(row, 'tanggal');
    // A list without a date column (a TPP file's hukuman table): its records belong to the table's period.
    if (dateText === '' && (row.at ?? table).columns.tanggal === undefined) {
      readListed(row, table, employee.index, kinds, policy, register, issues);
      continue;
    }
    const day = dateText === '' ? null : readCalendarDay(dateText);
    if (day === null) {
      issues.push({
        code: dateText === '' ? 'PEMB_DATE_EMPTY' : 'PEMB_DATE_INVALID',
        params: { value: dateText, sheet: table.sheet },
        at: where(table, row, 'tanggal'),
        severity: 'error',
      });
      continue;
    }
    const kindText = cell(row, 'jenis_pembinaan');
    const kind = kindText === '' ? undefined : kinds.get(kindKey(kindText));
    if (!kind) {
      issues.push({
        code:
          kindText === '' ? 'PEMB_KIND_EMPTY' : kind === null ? 'PEMB_KIND_AMBIGUOUS' : 'PEMB_KIND_UNKNOWN',
        params: { value: kindText, known: knownKinds(policy.kinds) },
        at: where(table, row, 'jenis_pembinaan'),
        severity: 'error',
      });
      continue;
    }
    const supervisorNip = readSupervisor(row, table, roster, unknownAtasan, issues);
    const record: PembinaanRecord = {
      row: row.row,
      day,
      tanggal: isoDay(day),
      tanggalAt: where(table, row, 'tanggal'),
      supervisorNip,
      kind,
      nomorSurat: cell(row, 'nomor_surat'),
      // A register headed plainly "Catatan" has it read as umpan balik: either is the note.
      catatan: cell(row, 'catatan') || cell(row, 'umpan_balik'),
      notYet: false,
      listedIn: null,
    };
    const list = byEmployee[employee.index];
    if (list) list.push(record);
    else byEmployee[employee.index] = [record];
    register.records++;
    if (register.latestDay === null || day > register.latestDay) register.latestDay = day;
  }
  linker.unknown.flush(employeeSheet, issues, rowList);
  for (const [nip, { rows, at }] of unknownAtasan)
    issues.push({
      code: 'PEMB_ATASAN_UNKNOWN',
      params: { nip, rows: rowList(rows), sheet: table.sheet, employees: employeeSheet },
      ...(at ? { at } : {}),
      severity: 'warning',
    });
  for (const list of byEmployee) list?.sort((a, b) => a.day - b.day || a.row - b.row);
  return register;
}

/** The supervisor's NIP, checked against the roster; a wrong or unknown one is reported (once per NIP). */
function readSupervisor(
  row: RawTable['rows'][number],
  table: RawTable,
  roster: EmployeeRoster,
  unknown: Map<string, { rows: number[]; at: Issue['at'] }>,
  issues: Issue[],
): string | null {
  const written = text(row.values.atasan_nip);
  if (written === '' && row.values.atasan_nip === undefined) return null;
  const nip = parseNip(row.values.atasan_nip);
  if (!nip.ok) {
    if (written !== '')
      issues.push({ ...nip.issue, at: where(table, row, 'atasan_nip'), severity: 'warning' });
    return null;
  }
  if (roster.byNip.has(nip.value.nip)) return nip.value.nip;
  const seen = unknown.get(nip.value.nip);
  if (seen) seen.rows.push(row.row);
  else unknown.set(nip.value.nip, { rows: [row.row], at: where(table, row, 'atasan_nip') });
  return null;
}

const hasDigit = (s: string): boolean => /\d/.test(s);

/**
 * Links a row that names its employee by name alone (a TPP file's hukuman list has no NIP column): the
 * roster's names without degrees, case or spacing. A name no one or two employees bear is reported at its
 * cell and the row left out: who it is about is never guessed. Built on the first such row only.
 */
class RosterNames {
  private byName: Map<string, EmployeeRecord[]> | undefined = undefined;
  constructor(
    private readonly roster: EmployeeRoster,
    private readonly employeeSheet: string,
  ) {}

  link(row: RawRow, table: RawTable, issues: Issue[]): EmployeeRecord | undefined {
    const nama = cell(row, 'nama');
    // A row with a NIP cell was the NipLinker's to link (and to report); a name holding digits holds a NIP.
    if (nama === '' || cell(row, 'nip') !== '' || cell(row, 'nama_nip') !== '' || hasDigit(nama))
      return undefined;
    if (this.byName === undefined) {
      this.byName = new Map();
      for (const e of this.roster.list) {
        const key = bareName(e.nama);
        const list = this.byName.get(key);
        if (list) list.push(e);
        else this.byName.set(key, [e]);
      }
    }
    const found = this.byName.get(bareName(nama)) ?? [];
    if (found.length === 1) return found[0];
    issues.push({
      code: found.length === 0 ? 'PEMB_NAME_UNKNOWN' : 'PEMB_NAME_AMBIGUOUS',
      params: {
        value: nama,
        nips: found.map((e) => e.nip).join(', '),
        employees: this.employeeSheet,
      },
      at: where(table, row, 'nama'),
      severity: 'error',
    });
    return undefined;
  }
}

const LEVELS: readonly HukumanLevel[] = ['ringan', 'sedang', 'berat'];

/** The one PP 94/2021 tingkat a text names ("HUKUMAN DISIPLIN SEDANG"); null for none or several. */
function levelIn(written: string): HukumanLevel | null {
  const words = kindKey(written).split(' ');
  let found: HukumanLevel | null = null;
  for (const level of LEVELS)
    if (words.includes(level)) {
      if (found !== null) return null;
      found = level;
    }
  return found;
}

/**
 * A row of a hukuman list without dates: its tingkat from the Keterangan, else from the jenis (its
 * words, or the policy kind it names). One without a readable tingkat is reported at its cell and left
 * out; the record waits for the period (dutyDate).
 */
function readListed(
  row: RawRow,
  table: RawTable,
  index: number,
  kinds: Map<string, PembinaanKind | null>,
  policy: PembinaanPolicy,
  register: PembinaanRegister,
  issues: Issue[],
): void {
  const jenis = cell(row, 'jenis_pembinaan');
  const note = cell(row, 'catatan') || cell(row, 'umpan_balik');
  if (jenis === '' && note === '') {
    issues.push({
      code: 'PEMB_KIND_EMPTY',
      params: { value: '', known: knownKinds(policy.kinds) },
      at: where(table, row, 'jenis_pembinaan'),
      severity: 'error',
    });
    return;
  }
  const known = jenis === '' ? undefined : kinds.get(kindKey(jenis));
  const level =
    levelIn(note) ?? levelIn(jenis) ?? (known?.category === 'hukuman_disiplin' ? known.level : null);
  const noteAt = where(table, row, row.values.catatan !== undefined ? 'catatan' : 'umpan_balik');
  if (level === null) {
    issues.push({
      code: 'PEMB_LIST_LEVEL_UNKNOWN',
      params: { jenis: jenis || '-', value: note || '-' },
      at: note !== '' ? noteAt : where(table, row, 'jenis_pembinaan'),
      severity: 'error',
    });
    return;
  }
  register.listed.push({
    index,
    row: row.row,
    level,
    jenis: jenis || note,
    at: where(table, row, 'jenis_pembinaan'),
  });
}

/**
 * Places the hukuman of lists without dates in the period they belong to: served over the whole period
 * (from its first day for the period's months), since the list says only that. Without a known period
 * each is reported at its cell and left out, never dated by a guess.
 */
function placeListed(register: PembinaanRegister, period: Period | undefined, issues: Issue[]): void {
  const listed = register.listed;
  if (listed.length === 0) return;
  register.listed = [];
  for (const l of listed) {
    if (!period) {
      issues.push({
        code: 'PEMB_LIST_NO_PERIOD',
        params: { jenis: l.jenis, sheet: l.at.sheet ?? register.sheet },
        at: l.at,
        severity: 'error',
      });
      continue;
    }
    const day = periodStartDay(period);
    const record: PembinaanRecord = {
      row: l.row,
      day,
      tanggal: isoDay(day),
      tanggalAt: l.at,
      supervisorNip: null,
      kind: {
        id: `hd_${l.level}_daftar`,
        label: t('PEMB_LIST_KIND_LABEL', { tingkat: l.level, jenis: l.jenis }, 'id'),
        category: 'hukuman_disiplin',
        level: l.level,
        monthsInForce: PERIOD_MONTHS[period.kind],
        aliases: [],
      },
      nomorSurat: '',
      catatan: '',
      notYet: false,
      listedIn: periodLabel(period, 'id'),
    };
    const list = register.byEmployee[l.index];
    if (list) {
      list.push(record);
      list.sort((a, b) => a.day - b.day || a.row - b.row);
    } else register.byEmployee[l.index] = [record];
    register.records++;
    if (register.latestDay === null || day > register.latestDay) register.latestDay = day;
  }
}

/** The day a hukuman disiplin ends (exclusive); null when it has no end (a pemberhentian). */
export const hukumanEnd = (record: PembinaanRecord): number | null =>
  record.kind.monthsInForce === null ? null : addMonths(record.day, record.kind.monthsInForce);

/**
 * The latest hukuman disiplin of an employee served on some day from `fromDay` to `day` (both included),
 * or undefined: its [start, end) overlaps those days. PP 94/2021 withholds an award for a period in which
 * the employee served a hukuman, not only one still running on its last day (a six-month hukuman from
 * February ends in August, inside the year scored). Without a known period, fromDay is the duty date
 * itself: in force on that day.
 */
export function hukumanInForce(
  records: readonly PembinaanRecord[] | undefined,
  day: number,
  fromDay: number = day,
): PembinaanRecord | undefined {
  let found: PembinaanRecord | undefined;
  for (const r of records ?? []) {
    if (r.kind.category !== 'hukuman_disiplin' || r.day > day || r.notYet) continue;
    const end = hukumanEnd(r);
    if (end === null || fromDay < end) found = r;
  }
  return found;
}

/**
 * The date the register's duties are judged at: the period's end when the surface gives it, else the latest
 * record (on or before the run date, when the surface gives that).
 */
export interface DutyDate {
  day: number;
  source: 'periode' | 'data';
  /**
   * The period's first day when the surface gives the period (source 'periode'), else null: a hukuman
   * served on any day from it to `day` withholds the award (hukumanInForce).
   */
  fromDay: number | null;
  /**
   * The run date (today, given by the surface) as a day number; null when not given or no date. A duty
   * whose window has not closed by then is pending, not undone (dutyWindow).
   */
  runDay: number | null;
}

/**
 * The period's end (ISO yyyy-mm-dd, given by the surface) or, without one, the latest date in the
 * register, said in an issue so the admin knows which date the duties were judged at. Without a period, the
 * run date (ISO, today as the surface knows it; the core reads no clock) bounds that latest date: a record
 * dated after it cannot have happened yet (a mistyped year, 2062 for 2025), so it is reported at its date
 * cell and never becomes the date the duties are judged at, and a hukuman dated after it is not in force.
 * With or without a period, a record dated after the run date has not happened yet: it is marked notYet,
 * so it never counts as a supervisor's follow-up (registerEntries) nor as a hukuman in force, and it is
 * reported at its date cell (reportAfterPeriod judges the other dates against the period). With the
 * period itself, the duty date also carries its first day (fromDay), for the hukuman served in it.
 */
export function dutyDate(
  periodEnd: string | undefined,
  register: PembinaanRegister,
  issues: Issue[],
  runDate?: string,
  period?: Period,
): DutyDate | null {
  placeListed(register, period, issues);
  const endDay = periodEnd === undefined ? null : readCalendarDay(periodEnd);
  if (periodEnd !== undefined && endDay === null)
    issues.push({ code: 'PEMB_PERIOD_END_INVALID', params: { value: periodEnd }, severity: 'warning' });
  // With a period, a run date that is no date is not said: the duties are judged at the period's end all
  // the same (PEMB_RUN_DATE_INVALID speaks of the latest date), and only the not-yet check is lost.
  const runDay =
    runDate === undefined ? null : endDay !== null ? runDayOf(runDate) : readRunDate(runDate, issues);
  markNotYet(register, runDay);
  if (endDay !== null) {
    reportAfterPeriod(register, endDay, runDay, issues);
    return { day: endDay, source: 'periode', fromDay: period ? periodStartDay(period) : null, runDay };
  }
  if (runDay !== null) return asOfRunDate(register, runDay, issues);
  if (register.latestDay === null) return null;
  issues.push({
    code: 'PEMB_AS_OF_LATEST',
    params: { date: isoDay(register.latestDay), sheet: register.sheet },
    at: { sheet: register.sheet },
    severity: 'warning',
  });
  return { day: register.latestDay, source: 'data', fromDay: null, runDay: null };
}

/** Months in a period of each kind (a period's index counts these from January). */
const PERIOD_MONTHS = { month: 1, quarter: 3, semester: 6, year: 12 } as const;

/** The first day of a period (the first of its first month), as a day number. */
const periodStartDay = (p: Period): number => dayNumber(p.year, (p.index - 1) * PERIOD_MONTHS[p.kind] + 1, 1);

const runDayOf = (runDate: string): number | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(runDate) ? readCalendarDay(runDate) : null;

/** The run date as a day number; one that is no ISO date is said and not used (a surface's mistake). */
function readRunDate(runDate: string, issues: Issue[]): number | null {
  const day = runDayOf(runDate);
  if (day === null)
    issues.push({ code: 'PEMB_RUN_DATE_INVALID', params: { value: runDate }, severity: 'warning' });
  return day;
}

/**
 * Without a period: the latest record on or before the run date is the duty date; every record after it is
 * reported at its date cell (kept, as after a period's end). When every record is after it, the duties are
 * judged at the run date itself, said so, rather than falling back on umpan balik as if there were no register.
 */
function asOfRunDate(register: PembinaanRegister, runDay: number, issues: Issue[]): DutyDate | null {
  if (register.latestDay === null) return null;
  const today = isoDay(runDay);
  let latest: number | null = null;
  const future: PembinaanRecord[] = [];
  for (const records of register.byEmployee)
    for (const r of records ?? []) {
      if (r.notYet) future.push(r);
      else if (latest === null || r.day > latest) latest = r.day;
    }
  const day = latest ?? runDay;
  // A future teguran or apresiasi within followUpDays of that date would have answered a duty: it is said
  // not to count; one further away only that the duties are not judged at its date.
  const window = windowOf(day, register.followUpDays);
  const dated: DatedRecord[] = [];
  for (const r of future)
    dated.push(
      r.kind.category === 'hukuman_disiplin'
        ? hukumanDated(r, 'PEMB_HUKUMAN_FUTURE', { today })
        : r.day <= window.toDay
          ? notYetDated(r, today, window)
          : { record: r, code: 'PEMB_DATE_FUTURE', params: { tanggal: r.tanggal, today } },
    );
  reportDated(dated, issues);
  const sheet = register.sheet;
  issues.push({
    ...(latest === null
      ? { code: 'PEMB_AS_OF_RUN_DATE', params: { date: today, sheet } }
      : future.length > 0
        ? { code: 'PEMB_AS_OF_LATEST_PAST', params: { date: isoDay(latest), sheet, today } }
        : { code: 'PEMB_AS_OF_LATEST', params: { date: isoDay(latest), sheet } }),
    at: { sheet },
    severity: 'warning',
  });
  return { day, source: 'data', fromDay: null, runDay };
}

/**
 * Records dated after the period's end, reported at their date cell and kept (a typo in the year, 2062 for
 * 2025, must not pass silently). A hukuman disiplin dated after the end is not in force in the period, so
 * it does not withhold this period's award: said, so that a mistyped date is corrected rather than an award
 * proposed unnoticed. Any other record counts within followUpDays after the end (dutyWindow); only beyond
 * that is it out of the period. A record within those bounds but after the run date has not happened yet
 * (a period still running, a follow-up dated ahead): it is said at its date cell and neither counts as a
 * follow-up nor puts a hukuman in force.
 */
function reportAfterPeriod(
  register: PembinaanRegister,
  endDay: number,
  runDay: number | null,
  issues: Issue[],
): void {
  const end = isoDay(endDay);
  const days = register.followUpDays;
  const window = windowOf(endDay, days);
  const today = runDay === null ? '' : isoDay(runDay);
  const dated: DatedRecord[] = [];
  for (const records of register.byEmployee)
    for (const r of records ?? []) {
      const hukuman = r.kind.category === 'hukuman_disiplin';
      if (hukuman ? r.day > endDay : r.day > window.toDay)
        dated.push(
          hukuman
            ? hukumanDated(r, 'PEMB_HUKUMAN_AFTER_PERIOD', { end })
            : { record: r, code: 'PEMB_DATE_AFTER_PERIOD', params: { tanggal: r.tanggal, end, days } },
        );
      else if (r.notYet)
        dated.push(
          hukuman ? hukumanDated(r, 'PEMB_HUKUMAN_FUTURE', { today }) : notYetDated(r, today, window),
        );
    }
  reportDated(dated, issues);
}

/** Records after the run date are not yet done: marked for registerEntries and hukumanInForce. */
function markNotYet(register: PembinaanRegister, runDay: number | null): void {
  for (const records of register.byEmployee)
    for (const r of records ?? []) r.notYet = runDay !== null && r.day > runDay;
}

/** A record dated out of bounds and what to say about it. */
interface DatedRecord {
  record: PembinaanRecord;
  code: Issue['code'];
  params: NonNullable<Issue['params']>;
}

const hukumanDated = (
  r: PembinaanRecord,
  code: Issue['code'],
  params: NonNullable<Issue['params']>,
): DatedRecord => ({ record: r, code, params: { jenis: r.kind.label, tanggal: r.tanggal, ...params } });

/** A teguran or apresiasi dated after today: not counted as the supervisor's follow-up. */
const notYetDated = (
  r: PembinaanRecord,
  today: string,
  window: { from: string; to: string },
): DatedRecord => ({
  record: r,
  code: 'PEMB_FOLLOW_UP_FUTURE',
  params: { tanggal: r.tanggal, today, from: window.from, to: window.to },
});

/** Records dated out of bounds, each at its date cell in the register's order (as the admin reads it). */
function reportDated(dated: DatedRecord[], issues: Issue[]): void {
  dated.sort((a, b) => a.record.row - b.record.row);
  for (const { record, code, params } of dated)
    issues.push({ code, params, at: record.tanggalAt, severity: 'warning' });
}

/** The days around `day` in which a follow-up counts, as ISO dates and the last day number. */
const windowOf = (day: number, days: number) => ({
  from: isoDay(day - days),
  to: isoDay(day + days),
  toDay: day + days,
});

/**
 * The window around the duty date in which a teguran or apresiasi counts (policy.pembinaan.followUpDays),
 * with the run date: a window still open on it holds a pending duty, not an undone one.
 */
export function dutyWindow(date: DutyDate, policy: PembinaanPolicy): DutyWindow {
  const days = policy.followUpDays;
  const { from, to } = windowOf(date.day, days);
  return { asOfDay: date.day, days, from, to, runDay: date.runDay };
}

/**
 * An employee's records as the supervisor's duties read them: a record dated after the run date is left
 * out (a follow-up not yet given is no follow-up; dutyDate reported it at its cell).
 */
export const registerEntries = (records: readonly PembinaanRecord[] | undefined): RegisterEntry[] =>
  (records ?? [])
    .filter((r) => !r.notYet)
    .map((r) => ({
      day: r.day,
      tanggal: r.tanggal,
      category: r.kind.category,
      label: r.kind.label,
    }));

/**
 * DOMAIN.md (PP 94/2021): an employee who served a hukuman disiplin during the period scored is not
 * proposed for an award. Each employee with one served on some day of the period (from its first day to
 * the duty date; without a known period, in force on the duty date) carries it (hukumanDisiplin); with
 * the policy's switch on, a penghargaan proposal becomes an apresiasi whose first reason names the record,
 * and the reason that met the award's conditions says the award is withheld, never "propose an award".
 */
export function applyHukuman(
  employees: readonly EmployeeResult[],
  register: PembinaanRegister,
  date: DutyDate,
  policy: PembinaanPolicy,
): void {
  employees.forEach((e, index) => {
    const record = hukumanInForce(register.byEmployee[index], date.day, date.fromDay ?? date.day);
    if (!record) return;
    const end = hukumanEnd(record);
    const sampai = end === null ? null : isoDay(end);
    e.hukumanDisiplin = {
      jenis: record.kind.label,
      tanggal: record.tanggal,
      sampai,
      nomorSurat: record.nomorSurat,
      row: record.row,
      ...(record.listedIn !== null ? { periode: record.listedIn } : {}),
    };
    const kind = e.recommendation.kind;
    // A teguran or sanksi (the TK ladder's proposal among them) is kept: no rule says what it becomes beside
    // a hukuman already served, so the official deciding it is told of that hukuman in its reasons.
    if (kind === 'teguran' || kind === 'sanksi') {
      e.recommendation = {
        kind,
        reasons: [...e.recommendation.reasons, hukumanReason(UNDER_HUKUMAN, record, register, end, date)],
      };
      return;
    }
    if (!policy.blockAwardUnderHukuman || kind !== 'penghargaan') return;
    e.recommendation = {
      kind: 'apresiasi',
      reasons: [
        hukumanReason(AWARD_BLOCKED, record, register, end, date),
        ...e.recommendation.reasons.map((r) =>
          r.code === 'REC_PENGHARGAAN' ? { ...r, code: 'REC_PENGHARGAAN_WITHHELD' as const } : r,
        ),
      ],
    };
  });
}

/**
 * A reason naming the hukuman: its kind, dates (or the period of a list), number and cell, with the code
 * its standing takes in `codes`.
 */
function hukumanReason(
  codes: Readonly<Record<HukumanStanding, Issue['code']>>,
  record: PembinaanRecord,
  register: PembinaanRegister,
  end: number | null,
  date: DutyDate,
): Issue {
  const standing: HukumanStanding =
    record.listedIn !== null ? 'listed' : end === null ? 'permanent' : end > date.day ? 'running' : 'served';
  return {
    code: codes[standing],
    params: {
      jenis: record.kind.label,
      tanggal: record.tanggal,
      sampai: end === null ? '' : isoDay(end),
      nomor: record.nomorSurat || '-',
      sheet: record.listedIn === null ? register.sheet : (record.tanggalAt.sheet ?? register.sheet),
      row: record.row,
      ...(record.listedIn === null ? {} : { period: record.listedIn }),
    },
  };
}

/** This module's classes, one of each from empty inputs: their shapes outlive a run (core/shapes.ts). */
export const pembinaanShapes: ShapeBuilder = () => [new RosterNames({ byNip: new Map(), list: [] }, '')];
