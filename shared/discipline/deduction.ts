import { fail, ok, type Result } from '../core/issue';
import type { MessageCode, MessageParams } from '../messages/catalog';
import { t } from '../messages/format';
import { ATTENDANCE_CODES, type AttendanceCode, type DisciplinePolicy } from '../policy/sections/discipline';
import { objectRows, rowAt, shownValue } from '../score/shown';

/** One kind of attendance event and how often it happened in the period (default once). */
export interface AttendanceEvent {
  code: AttendanceCode;
  count?: number;
  /** 1-based sheet row, named in any issue about this event. */
  row?: number;
  /** The code as the sheet writes it when it differs in form (TMK1 counted as TL1, Alpa as TK). */
  written?: string;
  /** Day of the month (1..31) of a daily matrix cell. */
  day?: number;
}

/** One line of the explanation: the catalog message and the same line in plain Indonesian. */
export interface DeductionReason {
  code: MessageCode;
  params: MessageParams;
  text: string;
}

export interface DisciplineDeduction {
  /** Fraction of the discipline part deducted, 0..policy.maxDeduction (0.065 = 6,5%). */
  fraction: number;
  /** Sum before the cap, to show how far over the cap an employee went. */
  uncapped: number;
  capped: boolean;
  byCode: Partial<Record<AttendanceCode, { count: number; fraction: number }>>;
  /** "2x TL1 (0,5%) = 1%", one line per code in table order, then the cap if it applied. */
  reasons: DeductionReason[];
}

/** Fractions are kept to 1e-6 (0,0001%): enough for any table, and free of float noise (6,5% not 6,500000001%). */
const clean = (fraction: number) => Math.round(fraction * 1e6) / 1e6;
const percent = (fraction: number) => clean(fraction) * 100;

const reason = (code: MessageCode, params: MessageParams): DeductionReason => ({
  code,
  params,
  text: t(code, params, 'id'),
});

const isCode = (code: unknown): code is AttendanceCode =>
  typeof code === 'string' && (ATTENDANCE_CODES as readonly string[]).includes(code);

/**
 * Total deduction from the discipline part of TPP for a period: per-occurrence rates from the policy's
 * table (Permentan 68/2012 by default; Tulang Bawang as a preset), summed and capped at maxDeduction.
 */
export function disciplineDeduction(
  events: readonly AttendanceEvent[],
  policy: DisciplinePolicy,
): Result<DisciplineDeduction> {
  const counts = new Map<AttendanceCode, number>();
  for (const event of objectRows(events)) {
    const at = rowAt(event.row);
    const raw = typeof event.code === 'string' ? event.code.trim().toUpperCase() : event.code;
    if (!isCode(raw))
      return fail(
        'DISC_CODE_UNKNOWN',
        { code: shownValue(event.code), accepted: ATTENDANCE_CODES.join(', ') },
        at,
      );
    const count = event.count ?? 1;
    // Whole events only; beyond a million in one period the count is a typing error, not attendance.
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1e6)
      return fail('DISC_COUNT_INVALID', { code: raw, count: shownValue(event.count) }, at);
    counts.set(raw, (counts.get(raw) ?? 0) + count);
  }

  const byCode: DisciplineDeduction['byCode'] = {};
  const reasons: DeductionReason[] = [];
  let sum = 0;
  for (const code of ATTENDANCE_CODES) {
    const count = counts.get(code) ?? 0;
    if (count === 0) continue;
    const rate = policy.table.perOccurrence[code] ?? 0;
    const fraction = clean(rate * count);
    byCode[code] = { count, fraction };
    sum += fraction;
    reasons.push(reason('DISC_REASON_LINE', { count, code, rate: percent(rate), total: percent(fraction) }));
  }

  const uncapped = clean(sum);
  const capped = uncapped > policy.maxDeduction;
  const fraction = capped ? policy.maxDeduction : uncapped;
  if (capped)
    reasons.push(
      reason('DISC_REASON_CAPPED', { total: percent(uncapped), max: percent(policy.maxDeduction) }),
    );
  if (reasons.length === 0) reasons.push(reason('DISC_REASON_NONE', {}));
  return ok({ fraction, uncapped, capped, byCode, reasons });
}
