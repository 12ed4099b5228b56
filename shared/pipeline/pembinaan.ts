import type { Issue, Location } from '../core/issue';
import type { RawTable } from '../model/input';
import { addMonths, isoDay, readCalendarDay } from '../parse/calendar';
import { parseNip } from '../parse/nip';
import type { PembinaanKind, PembinaanPolicy } from '../policy/sections/pembinaan';
import type { DutyWindow, RegisterEntry } from '../recommend/supervisor-register';
import { cell, rowList, text, where } from './cells';
import { type EmployeeRoster, NipLinker, type PerEmployee, perEmployee } from './people';
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
  };
  const linker = new NipLinker(table, roster, issues);
  const kinds = kindIndex(policy.kinds);
  const unknownAtasan = new Map<string, { rows: number[]; at: Issue['at'] }>();
  for (const row of table.rows) {
    const employee = linker.link(row);
    if (employee === undefined) continue;
    const dateText = cell(row, 'tanggal');
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

/** The day a hukuman disiplin ends (exclusive); null when it has no end (a pemberhentian). */
export const hukumanEnd = (record: PembinaanRecord): number | null =>
  record.kind.monthsInForce === null ? null : addMonths(record.day, record.kind.monthsInForce);

/** The latest hukuman disiplin of an employee still in force on `day`, or undefined. */
export function hukumanInForce(
  records: readonly PembinaanRecord[] | undefined,
  day: number,
): PembinaanRecord | undefined {
  let found: PembinaanRecord | undefined;
  for (const r of records ?? []) {
    if (r.kind.category !== 'hukuman_disiplin' || r.day > day) continue;
    const end = hukumanEnd(r);
    if (end === null || day < end) found = r;
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
}

/**
 * The period's end (ISO yyyy-mm-dd, given by the surface) or, without one, the latest date in the
 * register, said in an issue so the admin knows which date the duties were judged at. Without a period, the
 * run date (ISO, today as the surface knows it; the core reads no clock) bounds that latest date: a record
 * dated after it cannot have happened yet (a mistyped year, 2062 for 2025), so it is reported at its date
 * cell and never becomes the date the duties are judged at, and a hukuman dated after it is not in force.
 * With a period, the run date changes nothing (reportAfterPeriod judges the dates against the period).
 */
export function dutyDate(
  periodEnd: string | undefined,
  register: PembinaanRegister,
  issues: Issue[],
  runDate?: string,
): DutyDate | null {
  if (periodEnd !== undefined) {
    const day = readCalendarDay(periodEnd);
    if (day !== null) {
      reportAfterPeriod(register, day, issues);
      return { day, source: 'periode' };
    }
    issues.push({ code: 'PEMB_PERIOD_END_INVALID', params: { value: periodEnd }, severity: 'warning' });
  }
  const runDay = runDate === undefined ? null : readRunDate(runDate, issues);
  if (runDay !== null) return asOfRunDate(register, runDay, issues);
  if (register.latestDay === null) return null;
  issues.push({
    code: 'PEMB_AS_OF_LATEST',
    params: { date: isoDay(register.latestDay), sheet: register.sheet },
    at: { sheet: register.sheet },
    severity: 'warning',
  });
  return { day: register.latestDay, source: 'data' };
}

/** The run date as a day number; one that is no ISO date is said and not used (a surface's mistake). */
function readRunDate(runDate: string, issues: Issue[]): number | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(runDate) ? readCalendarDay(runDate) : null;
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
      if (r.day > runDay) future.push(r);
      else if (latest === null || r.day > latest) latest = r.day;
    }
  reportDated(future, ['PEMB_HUKUMAN_FUTURE', 'PEMB_DATE_FUTURE'], { today }, issues);
  const day = latest ?? runDay;
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
  return { day, source: 'data' };
}

/**
 * Records dated after the period's end, reported at their date cell and kept (a typo in the year, 2062 for
 * 2025, must not pass silently). A hukuman disiplin dated after the end is not in force in the period, so
 * it does not withhold this period's award: said, so that a mistyped date is corrected rather than an award
 * proposed unnoticed. Any other record counts within followUpDays after the end (dutyWindow); only beyond
 * that is it out of the period.
 */
function reportAfterPeriod(register: PembinaanRegister, endDay: number, issues: Issue[]): void {
  const end = isoDay(endDay);
  const late: PembinaanRecord[] = [];
  for (const records of register.byEmployee)
    for (const r of records ?? [])
      if (r.kind.category === 'hukuman_disiplin' ? r.day > endDay : r.day > endDay + register.followUpDays)
        late.push(r);
  reportDated(late, ['PEMB_HUKUMAN_AFTER_PERIOD', 'PEMB_DATE_AFTER_PERIOD'], { end }, issues, {
    days: register.followUpDays,
  });
}

/**
 * Records dated out of bounds, each at its date cell in the register's order (as the admin reads it): a
 * hukuman disiplin with its own message (whether it withholds an award), any other record with `other`.
 */
function reportDated(
  records: PembinaanRecord[],
  [hukuman, other]: readonly [Issue['code'], Issue['code']],
  params: NonNullable<Issue['params']>,
  issues: Issue[],
  otherParams: NonNullable<Issue['params']> = {},
): void {
  records.sort((a, b) => a.row - b.row);
  for (const r of records)
    issues.push(
      r.kind.category === 'hukuman_disiplin'
        ? {
            code: hukuman,
            params: { jenis: r.kind.label, tanggal: r.tanggal, ...params },
            at: r.tanggalAt,
            severity: 'warning',
          }
        : {
            code: other,
            params: { tanggal: r.tanggal, ...params, ...otherParams },
            at: r.tanggalAt,
            severity: 'warning',
          },
    );
}

/** The window around the duty date in which a teguran or apresiasi counts (policy.pembinaan.followUpDays). */
export function dutyWindow(date: DutyDate, policy: PembinaanPolicy): DutyWindow {
  const days = policy.followUpDays;
  return { asOfDay: date.day, days, from: isoDay(date.day - days), to: isoDay(date.day + days) };
}

/** An employee's records as the supervisor's duties read them. */
export const registerEntries = (records: readonly PembinaanRecord[] | undefined): RegisterEntry[] =>
  (records ?? []).map((r) => ({
    day: r.day,
    tanggal: r.tanggal,
    category: r.kind.category,
    label: r.kind.label,
  }));

/**
 * DOMAIN.md (PP 94/2021): an employee under a hukuman disiplin is not proposed for an award. Each employee
 * under one in force on the duty date carries it (hukumanDisiplin); with the policy's switch on, a
 * penghargaan proposal becomes an apresiasi whose first reason names the record.
 */
export function applyHukuman(
  employees: readonly EmployeeResult[],
  register: PembinaanRegister,
  date: DutyDate,
  policy: PembinaanPolicy,
): void {
  employees.forEach((e, index) => {
    const record = hukumanInForce(register.byEmployee[index], date.day);
    if (!record) return;
    const end = hukumanEnd(record);
    const sampai = end === null ? null : isoDay(end);
    e.hukumanDisiplin = {
      jenis: record.kind.label,
      tanggal: record.tanggal,
      sampai,
      nomorSurat: record.nomorSurat,
      row: record.row,
    };
    if (!policy.blockAwardUnderHukuman || e.recommendation.kind !== 'penghargaan') return;
    e.recommendation = {
      kind: 'apresiasi',
      reasons: [
        {
          code: sampai === null ? 'REC_AWARD_BLOCKED_HUKUMAN_PERMANENT' : 'REC_AWARD_BLOCKED_HUKUMAN',
          params: {
            jenis: record.kind.label,
            tanggal: record.tanggal,
            sampai: sampai ?? '',
            nomor: record.nomorSurat || '-',
            sheet: register.sheet,
            row: record.row,
          },
        },
        ...e.recommendation.reasons,
      ],
    };
  });
}
