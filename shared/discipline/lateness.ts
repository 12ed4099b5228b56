import type { AttendanceCode, DeductionTable } from '../policy/sections/discipline';

/**
 * The attendance code for arriving late (TL) or leaving early (PSW) by `minutesLate` minutes, using the
 * table's bands (Permentan 68/2012: 1-30 band 1, 31-60 band 2, 61-90 band 3, 91 and more band 4).
 * Only whole minutes count (attendance machines record hours and minutes), so 30,9 minutes is TL1.
 * Zero, negative or unreadable minutes (or a kind other than TL/PSW) mean no event: null.
 */
export function classifyLateness(
  minutesLate: number,
  kind: 'TL' | 'PSW',
  table: Pick<DeductionTable, 'lateBandsMinutes'>,
): AttendanceCode | null {
  if (typeof minutesLate !== 'number' || !Number.isFinite(minutesLate)) return null;
  if (kind !== 'TL' && kind !== 'PSW') return null;
  const minutes = Math.floor(minutesLate);
  if (minutes <= 0) return null;
  const [first, second, third] = table.lateBandsMinutes;
  const band = minutes <= first ? 1 : minutes <= second ? 2 : minutes <= third ? 3 : 4;
  return `${kind}${band}` as AttendanceCode;
}
