import type { Failure, Issue, Result } from '../core/issue';
import { fail } from '../core/issue';
import { isMessageCode, type MessageCode } from '../messages/catalog';
import { type Period, periodLabel } from '../parse/period';
import { durationUnitOf } from '../parse/units';
import type { AnnualTargetRule, PeriodsPolicy } from '../policy/sections/periods';
import type { Measure } from './measure';
import {
  headerYear,
  type NamedPeriod,
  type RealisasiSpan,
  realisasiHeaderPeriod,
  realisasiSpanOf,
  slotEndMonth,
  slotOf,
  type TargetSpan,
  targetSpanOf,
} from './target-span';

/*
 * An annual target against a period's realisasi (DOMAIN.md, Periods; docs/rules.md#periods). Decided here
 * once, as an input of the one indicator verdict (score/indicator.ts decideIndicator, the pipeline's
 * readIndicators): Hitung nilai, =CAPAIAN and the overlay compare the same target.
 *
 * - 'prorata' (default): a cumulative realisasi ("s.d. Maret") is compared with target x elapsed share of
 *   the year (month m: m/12, quarter q: q/4, semester s: s/2); a periodic realisasi ("Maret") with target /
 *   periods per year (1/12, 1/4, 1/2). At the year's last period a cumulative realisasi meets the annual
 *   target whole (no multiplication, so no rounding noise).
 * - 'periode': the period's own target column ("Target TW II"); a table without one is reported.
 * - Only amounts are prorated (counts, rupiah, dokumen). A level is not: a percentage ("100 %" ketepatan),
 *   a unit word the policy lists as a level ("Nilai 80", "Indeks 3,5") or a duration (the waktu aspect,
 *   "12 bulan": a deadline, not an output). The verdict says so.
 */

/** How a table's targets meet the period scored: decided once per table (or per call of decideIndicator). */
export interface PeriodBasis {
  /** The period scored; null when the data names none (annual targets are then compared as written). */
  period: Period | null;
  targetSpan: TargetSpan;
  realisasiSpan: RealisasiSpan;
  rule: AnnualTargetRule;
  /** Unit words of a level target (policy.periods.levelUnits), lower case. */
  levelUnits: readonly string[];
  /** The header of the period's own target column when the table has one ("Target TW II"). */
  periodColumn?: string | undefined;
  /**
   * Why no realisasi of the table can be compared (its header names another period than the one scored,
   * or the target header another year): every row's capaian is refused with it, on every surface, never
   * compared as written.
   */
  refusal?: Issue | undefined;
}

/** The period's own target cell, as read (rule 'periode'): a Measure, a failure, or empty. */
export type PeriodTargetCell = Result<Measure> | 'empty';

/** The target a realisasi is compared with, and why it is not the one written (null: it is). */
export interface TargetForPeriod {
  target: Measure;
  note: Issue | null;
}

const PERIODS_PER_YEAR: Readonly<Record<string, number>> = { month: 12, quarter: 4, semester: 2, year: 1 };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string';

/** A period as the parser gives it (a damaged value, from a stored basis or a bad caller, is none). */
function isPeriod(p: unknown): p is Period {
  return (
    isObject(p) &&
    isText(p.kind) &&
    Object.prototype.hasOwnProperty.call(PERIODS_PER_YEAR, p.kind) &&
    Number.isInteger(p.year) &&
    Number.isInteger(p.index)
  );
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** One of the scales an amount is written on (score/measure.ts AmountScale). */
const isScale = (v: unknown): boolean =>
  v === 'bare' || v === 'fraction' || v === 'points' || (isText(v) && durationUnitOf(v) === v);

/** A measure as readMeasure gives it: finite numbers on a named scale. */
function isMeasure(m: unknown): m is Measure {
  if (!isObject(m) || !isScale(m.scale) || (m.unit !== undefined && !isText(m.unit))) return false;
  return m.kind === 'single' ? finite(m.value) : m.kind === 'range' && finite(m.low) && finite(m.high);
}

/** An issue as the core's readers give one: a catalog code and plain params (a damaged one is none). */
const isIssue = (issue: unknown): boolean =>
  isObject(issue) &&
  isText(issue.code) &&
  isMessageCode(issue.code) &&
  (issue.params === undefined ||
    (isObject(issue.params) &&
      Object.values(issue.params).every((v) => isText(v) || (typeof v === 'number' && Number.isFinite(v)))));

/** A period target cell as a surface reads it: a Measure, or a failure with its issue. */
const isResult = (cell: unknown): cell is Result<Measure> =>
  isObject(cell) && (cell.ok === true ? isMeasure(cell.value) : cell.ok === false && isIssue(cell.issue));

/** Periods in a year and the period's position in it (1-based), or null for a period that is not one. */
function position(period: Period): { index: number; perYear: number } | null {
  if (!isPeriod(period)) return null;
  const perYear = PERIODS_PER_YEAR[period.kind] as number;
  const index = period.index;
  if (index < 1 || index > perYear) return null;
  return { index, perYear };
}

/** The share of the annual target a realisasi is compared with, as numerator / denominator (never 0). */
export function prorataShare(
  period: Period,
  realisasiSpan: RealisasiSpan,
): { numerator: number; denominator: number } | null {
  const p = position(period);
  if (p === null) return null;
  return { numerator: realisasiSpan === 'cumulative' ? p.index : 1, denominator: p.perYear };
}

const upper = (m: Measure): number => (m.kind === 'single' ? m.value : m.high);

/** Whether a target is a level rather than an amount (never prorated): see the module comment. */
export function isLevelTarget(
  target: Measure,
  unit: string | undefined,
  levelUnits: readonly string[],
): boolean {
  if (!isMeasure(target)) return false;
  if (target.scale !== 'bare') return true;
  const word = (target.unit ?? (isText(unit) ? unit : '')).trim().toLowerCase();
  if (word === '') return false;
  if (durationUnitOf(word) !== undefined) return true;
  const units = Array.isArray(levelUnits) ? levelUnits.filter(isText) : [];
  return units.some((u) => u.toLowerCase() === word || word.split(/\s+/)[0] === u.toLowerCase());
}

const scaled = (m: Measure, numerator: number, denominator: number): Measure =>
  m.kind === 'single'
    ? { ...m, value: (m.value * numerator) / denominator }
    : { ...m, low: (m.low * numerator) / denominator, high: (m.high * numerator) / denominator };

/** " Dokumen" after a number in a note, or nothing. */
const unitText = (target: Measure, unit: string | undefined): string => {
  const word = target.unit ?? unit;
  return word !== undefined && word.trim() !== '' ? ` ${word.trim()}` : '';
};

/**
 * The target a realisasi of the period is compared with. `unit`: the Satuan column's word when the cell
 * has none; `indikator`: the indicator's text, for the note; `periodTarget`: the period's own target cell
 * (rule 'periode'). A failure when the policy asks for the period's own target and there is none.
 */
export function targetForPeriod(
  target: Measure,
  basis: PeriodBasis,
  unit: string | undefined,
  indikator: string,
  periodTarget?: PeriodTargetCell,
): TargetForPeriod | Failure {
  if (!isMeasure(target)) return fail('CAPAIAN_TARGET_INVALID');
  if (isObject(basis) && isObject(basis.refusal)) return { ok: false, issue: basis.refusal };
  const asWritten: TargetForPeriod = { target, note: null };
  if (!isObject(basis) || basis.targetSpan !== 'annual' || !isPeriod(basis.period)) return asWritten;
  if (!isText(indikator)) indikator = '';
  if (!isText(unit)) unit = undefined;
  const share = prorataShare(basis.period, basis.realisasiSpan);
  // A year scored as a year: the annual target is the period's target.
  if (share === null || basis.period.kind === 'year') return asWritten;
  const period = periodLabel(basis.period, 'id');
  const shown = { indikator, target: upper(target), unit: unitText(target, unit), period };
  if (basis.rule === 'periode') {
    const header = basis.periodColumn;
    if (!isText(header) || periodTarget === undefined)
      return fail('PERIOD_TARGET_COLUMN_MISSING', { period });
    if (periodTarget === 'empty') return fail('PERIOD_TARGET_CELL_EMPTY', { period, header });
    // A cell that is not a read Measure or a failure (a bad caller) is an unreadable target, never thrown on.
    if (!isResult(periodTarget)) return fail('CAPAIAN_TARGET_INVALID');
    if (!periodTarget.ok) return periodTarget;
    return {
      target: periodTarget.value,
      note: {
        code: 'PERIOD_TARGET_OWN_COLUMN',
        params: {
          indikator,
          period,
          header,
          value: upper(periodTarget.value),
          target: upper(target),
        },
      },
    };
  }
  if (isLevelTarget(target, unit, basis.levelUnits))
    return { target, note: { code: 'PERIOD_TARGET_LEVEL_NOT_PRORATED', params: shown } };
  // The last period of a cumulative year: the annual target itself.
  if (share.numerator === share.denominator) return asWritten;
  const prorated = scaled(target, share.numerator, share.denominator);
  return {
    target: prorated,
    note: {
      code:
        basis.realisasiSpan === 'cumulative'
          ? 'PERIOD_TARGET_PRORATED_CUMULATIVE'
          : 'PERIOD_TARGET_PRORATED_PERIODIC',
      params: { ...shown, prorated: upper(prorated), ...share },
    },
  };
}

/**
 * The slot of the period's own target column a table's rows are read from under the basis ("Q2"): only
 * for rule 'periode' with a period; null otherwise. One answer for the add-on and the overlay.
 */
export const periodColumnSlot = (basis: Pick<PeriodBasis, 'period' | 'rule'>): string | null =>
  isObject(basis) && basis.rule === 'periode' && isPeriod(basis.period) ? slotOf(basis.period) : null;

/** What a table says about its targets' span: its headers, and the period's own target columns. */
export interface BasisFacts {
  /** The target column's header as written; undefined without one. */
  targetHeader: string | undefined;
  /** The realisasi column's header; undefined when the table has no realisasi column. */
  realisasiHeader: string | undefined;
  hasRealisasiColumn: boolean;
  /** How a note names the columns when the header is not known (a column letter); the headers otherwise. */
  targetLabel?: string;
  realisasiLabel?: string;
  /** The period scored, as the data names it; null when it names none. */
  period: Period | null;
  /** The header of each period's own target column by slot ("Q2": "Target TW II"). */
  periodColumns?: Readonly<Record<string, string>>;
}

/** A note about the whole table, for the surface to place (its sheet and column, or its page element). */
export interface BasisNote {
  issue: Issue;
  field: 'target' | 'realisasi';
}

const SLOT_KINDS: Readonly<Record<string, Period['kind']>> = {
  M: 'month',
  Q: 'quarter',
  S: 'semester',
  Y: 'year',
};

/** The last month (1-12) of a period. */
const endMonth = (p: Period): number | null => slotEndMonth(slotOf(p));

/**
 * Whether the period a realisasi header names is the one scored: the same period, or for a running total
 * one that ends with it ("s.d. TW I" on a table of Maret: both run January to March). A year the header
 * writes must be the year scored.
 */
function sameNamedPeriod(named: NamedPeriod, period: Period, span: RealisasiSpan): boolean {
  if (named.year !== undefined && named.year !== period.year) return false;
  if (named.slot === slotOf(period)) return true;
  return (
    span === 'cumulative' &&
    slotEndMonth(named.slot) !== null &&
    slotEndMonth(named.slot) === endMonth(period)
  );
}

/** "Triwulan II 2025": the named period in the header's year, else the year scored. */
function namedLabel(named: NamedPeriod, year: number): string {
  const kind = SLOT_KINDS[named.slot[0] ?? ''] ?? 'year';
  const index = kind === 'year' ? 1 : Number(named.slot.slice(1));
  return periodLabel({ kind, index, year: named.year ?? year }, 'id');
}

/**
 * How a table's targets meet the period scored, decided once per table by every surface alike (the
 * pipeline's readIndicators, the overlay): null when its targets are the period's own. What cannot be
 * decided is said once for the table: annual targets without a known period (compared as written), a
 * cumulative realisasi against periodic targets, a realisasi header naming another period than the
 * table's, and a target or realisasi header naming another year (errors: no capaian of the table is
 * computed).
 */
export function decidePeriodBasis(
  facts: BasisFacts,
  rules: Pick<PeriodsPolicy, 'targets' | 'realisasi' | 'annualTarget' | 'levelUnits'>,
): { basis: PeriodBasis | null; notes: BasisNote[] } {
  // Read defensively: a surface passes what it read, which may be damaged (never trusted as typed).
  const given: Partial<BasisFacts> = isObject(facts) ? facts : {};
  const text = (v: unknown): string | undefined => (isText(v) ? v : undefined);
  facts = {
    targetHeader: text(given.targetHeader),
    realisasiHeader: text(given.realisasiHeader),
    hasRealisasiColumn: given.hasRealisasiColumn === true,
    targetLabel: text(given.targetLabel),
    realisasiLabel: text(given.realisasiLabel),
    period: isPeriod(given.period) ? given.period : null,
    periodColumns: isObject(given.periodColumns)
      ? Object.fromEntries(Object.entries(given.periodColumns).filter(([, v]) => isText(v)))
      : {},
  };
  const safe: Record<string, unknown> = isObject(rules) ? rules : {};
  rules = {
    targets: safe.targets as PeriodsPolicy['targets'],
    realisasi: safe.realisasi as PeriodsPolicy['realisasi'],
    annualTarget: safe.annualTarget === 'periode' ? 'periode' : 'prorata',
    levelUnits: Array.isArray(safe.levelUnits) ? safe.levelUnits.filter(isText) : [],
  };
  const targetSpan = targetSpanOf(facts.targetHeader, rules);
  const realisasiSpan = realisasiSpanOf(facts.realisasiHeader, rules);
  // A target header naming another year than the one scored ("Target 2024" on a table of Maret 2025): its
  // figures are that year's targets, whatever their span, so no capaian of the table is computed (neither
  // prorated nor as written): refused with the basis below, like a realisasi header naming another period.
  const year = headerYear(facts.targetHeader);
  const period = facts.period;
  const otherYear = period !== null && year !== undefined && year !== period.year;
  // The same for a realisasi header naming another year ("Realisasi 2024", "Realisasi Maret 2024" on a table
  // of Maret 2025), whatever the target's span: another year's realisasi against this year's target.
  const realisasiYear = facts.hasRealisasiColumn ? headerYear(facts.realisasiHeader) : undefined;
  const otherRealisasiYear = period !== null && realisasiYear !== undefined && realisasiYear !== period.year;
  if (targetSpan !== 'annual' && !otherYear && !otherRealisasiYear) {
    const notes: BasisNote[] =
      realisasiSpan === 'cumulative' && facts.hasRealisasiColumn
        ? [
            {
              issue: {
                code: 'PERIOD_REALISASI_CUMULATIVE_TARGET_PERIODIC',
                params: { header: facts.realisasiHeader ?? facts.realisasiLabel ?? '' },
                severity: 'warning',
              },
              field: 'realisasi',
            },
          ]
        : [];
    return { basis: null, notes };
  }
  if (period === null)
    return {
      basis: null,
      notes: [
        {
          issue: {
            code: 'PERIOD_TARGET_ANNUAL_NO_PERIOD',
            params: { header: facts.targetHeader ?? facts.targetLabel ?? '' },
            severity: 'warning',
          },
          field: 'target',
        },
      ],
    };
  const basis: PeriodBasis = {
    period,
    targetSpan,
    realisasiSpan,
    rule: rules.annualTarget,
    levelUnits: rules.levelUnits,
    periodColumn: facts.periodColumns?.[slotOf(period)],
  };
  // A realisasi header that names another period than the table's ("s.d. TW II" on a TW I table): which
  // share of the year it meets cannot be known, so no capaian is computed (never the table's share, never
  // the target as written): the refusal goes with the basis, so every surface refuses each row alike.
  const named = realisasiHeaderPeriod(facts.realisasiHeader);
  // Years as text: a number is shown with a thousands separator ("2.024").
  const otherYearRefusal = (
    code: MessageCode,
    header: string | undefined,
    named: number | undefined,
  ): Issue => ({
    code,
    params: {
      header: header ?? '',
      year: String(named),
      period: periodLabel(period, 'id'),
      periodYear: String(period.year),
    },
    severity: 'error',
  });
  if (otherYear)
    basis.refusal = otherYearRefusal('PERIOD_TARGET_HEADER_OTHER_YEAR', facts.targetHeader, year);
  else if (otherRealisasiYear)
    basis.refusal = otherYearRefusal(
      'PERIOD_REALISASI_HEADER_OTHER_YEAR',
      facts.realisasiHeader,
      realisasiYear,
    );
  else if (named !== null && facts.hasRealisasiColumn && !sameNamedPeriod(named, period, realisasiSpan))
    basis.refusal = {
      code: 'PERIOD_REALISASI_HEADER_OTHER_PERIOD',
      params: {
        header: facts.realisasiHeader ?? '',
        named: namedLabel(named, period.year),
        period: periodLabel(period, 'id'),
      },
      severity: 'error',
    };
  return { basis, notes: [] };
}
