import type { Issue } from '../core/issue';
import type { AttendanceEvent } from '../discipline/deduction';
import { classifyLateness } from '../discipline/lateness';
import type { RawTable } from '../model/input';
import { evidenceGiven, outputGiven, parseDuration, parseNumber, parseStatus, shownValue } from '../parse';
import { statusOfLabel } from '../parse/labels';
import { FastReading, readMinutesFast, readNumberFast } from '../parse/number-fast';
import type { Policy } from '../policy/schema';
import { ATTENDANCE_CODES, type AttendanceCode } from '../policy/sections/discipline';
import { cachedParser, columnSamples, heldNumber, labelParser, placed, rowList, text, where } from './cells';
import { type EmployeeRoster, NipLinker, type PerEmployee, perEmployee } from './people';

const isCode = (code: string): code is AttendanceCode =>
  (ATTENDANCE_CODES as readonly string[]).includes(code);

/** "tl 1" and "TL1" are one code. */
const codeKey = (written: string): string => written.toUpperCase().replace(/\s+/g, '');

/**
 * Attendance events per employee: a code (TL1..TL4, PSW1..PSW4, TK, APEL) with a count, or late minutes
 * classified with the policy's bands (Permentan 68/2012 by default). An unknown code is reported on its
 * row and left out, so one typo never drops the whole period's deductions.
 */
export function readAttendance(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
): PerEmployee<AttendanceEvent[]> {
  const byEmployee = perEmployee<AttendanceEvent[]>(roster);
  if (!table) return byEmployee;
  const linker = new NipLinker(table, roster, issues);
  const countHints = { context: 'count' as const, columnSamples: columnSamples(table, 'jumlah') };
  // Counts are small whole numbers ("1", "2"): each distinct text is parsed once.
  const countOf = cachedParser((text) => parseNumber(text, countHints));
  // A dozen codes over the whole sheet: each written form is normalised once (while that pays).
  const codeOf = cachedParser(codeKey);
  // "1", "2 kali": the fast reader; the parser reads (and explains) the rest.
  const reading = new FastReading();
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    const employee = linker.link(row);
    if (employee === undefined) continue;
    const v = row.values;
    const codeText = codeOf(text(v.kode_absen));
    let code: AttendanceCode | null = null;
    if (codeText !== '') {
      if (isCode(codeText)) code = codeText;
      else {
        issues.push({
          code: 'DISC_CODE_UNKNOWN',
          params: { code: text(v.kode_absen), accepted: ATTENDANCE_CODES.join(', ') },
          at: where(table, row, 'kode_absen'),
          severity: 'error',
        });
        continue;
      }
    } else {
      const lateText = text(v.menit_telat);
      if (lateText === '') continue;
      const heldLate = heldNumber(v.menit_telat);
      let lateMinutes: number;
      if (heldLate !== null && heldLate >= 0) lateMinutes = heldLate;
      else {
        const late = parseDuration(lateText);
        if (!late.ok) {
          issues.push(placed(late.issue, where(table, row, 'menit_telat')));
          continue;
        }
        lateMinutes = late.value.minutes;
      }
      code = classifyLateness(lateMinutes, 'TL', policy.discipline.table);
      if (code === null) continue;
    }
    let count = 1;
    const countText = text(v.jumlah);
    const heldCount = heldNumber(v.jumlah);
    if (heldCount !== null && Number.isInteger(heldCount) && heldCount >= 0) count = heldCount;
    else if (
      countText !== '' &&
      readNumberFast(countText, countHints, reading) &&
      Number.isInteger(reading.value)
    )
      count = reading.value;
    else if (countText !== '') {
      const n = countOf(countText);
      if (!n.ok || !Number.isInteger(n.value.value) || n.value.value < 0) {
        issues.push(
          n.ok
            ? {
                code: 'DISC_COUNT_INVALID',
                params: { code, count: countText },
                at: where(table, row, 'jumlah'),
                severity: 'error',
              }
            : placed(n.issue, where(table, row, 'jumlah')),
        );
        continue;
      }
      count = n.value.value;
    }
    const event: AttendanceEvent = { code, count, row: row.row };
    const list = byEmployee[employee.index];
    if (list) list.push(event);
    else byEmployee[employee.index] = [event];
  }
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
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
 * Activity minutes per employee. Rejected activities ("Ditolak") do not count when the policy says so
 * (regional apps pay only approved minutes). An activity with neither output nor bukti dukung counts as
 * "without output" for the busy-but-no-results check.
 */
export function readActivities(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
): PerEmployee<ActivityTotals> {
  const byEmployee = perEmployee<ActivityTotals>(roster);
  if (!table) return byEmployee;
  const linker = new NipLinker(table, roster, issues);
  const durationOf = cachedParser(parseDuration);
  const statusOf = labelParser(parseStatus, statusOfLabel);
  // "1.500 menit": the fast reader; the parser reads (and explains) hours, clocks and the rest.
  const reading = new FastReading();
  const rows = table.rows;
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
      else if (status.value === 'ditolak' && policy.busy.ignoreRejectedActivities) continue;
    }
    const minutesText = text(v.menit);
    if (minutesText === '') continue;
    let m: number;
    const heldMinutes = heldNumber(v.menit);
    if (heldMinutes !== null && heldMinutes >= 0) m = heldMinutes;
    else if (readMinutesFast(minutesText, reading)) m = reading.value;
    else {
      const minutes = durationOf(minutesText);
      if (!minutes.ok) {
        issues.push(placed(minutes.issue, where(table, row, 'menit')));
        continue;
      }
      m = minutes.value.minutes;
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
    const withoutOutput = !outputGiven(text(v.output)) && !evidenceGiven(text(v.bukti_dukung));
    let totals = byEmployee[employee.index];
    if (totals === undefined) {
      totals = { minutes: 0, withoutOutputMinutes: 0 };
      byEmployee[employee.index] = totals;
    }
    totals.minutes += m;
    if (withoutOutput) totals.withoutOutputMinutes += m;
  }
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
}
