import type { Issue } from '../../shared/core/issue';
import type { AttendanceEvent } from '../../shared/discipline/deduction';
import type { RawTable } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { type AttendanceRecord, readAttendanceColumns } from '../../shared/pipeline/attendance';
import type { EmployeeRoster, PerEmployee } from '../../shared/pipeline/people';
import type { Policy } from '../../shared/policy/schema';

/*
 * The attendance reader's columns seen as one record per employee (events, TK days, JHK, presence), so
 * the tests of the four sheet shapes can compare whole records. The run itself reads the columns.
 */

/** Attendance per employee from a table of any of the four shapes, as records. */
export function readAttendanceRecords(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
  period: Period | null = null,
): PerEmployee<AttendanceRecord> {
  return readAttendanceColumns(table, roster, employeeSheet, policy, issues, period).records();
}

/** Attendance events per employee (the deduction's input); undefined for an employee with none. */
export function readAttendance(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
): PerEmployee<AttendanceEvent[]> {
  return readAttendanceRecords(table, roster, employeeSheet, policy, issues).map((record) =>
    record === undefined || record.events.length === 0 ? undefined : record.events,
  );
}
