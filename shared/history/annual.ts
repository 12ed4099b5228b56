/**
 * The annual verdict from the periods (DOMAIN.md, Periods: "the annual predikat: open, default the verdict
 * on the annual data when present, else the last period's"). The rule is the region's (policy.history
 * .annual); every verdict names the periods it came from and the rule in its reason. Periods are never
 * averaged into one verdict unless the policy says so ('mean-capaian'), and then the reason says so and no
 * predikat is derived from the mean (a predikat needs the perilaku rating: PermenPANRB 6/2022).
 */
import type { Issue } from '../core/issue';
import type { MessageCode } from '../messages/catalog';
import type { Policy } from '../policy/schema';
import type { AnnualRule } from '../policy/sections/history';
import { categorize } from '../score/category';
import { comparePeriods, isAnnualPeriod, yearOfPeriod } from './period-keys';
import type { HistoryRow } from './rows';

/** One employee's verdict for a year, with where it came from. */
export interface AnnualVerdict {
  year: string;
  nip: string;
  nama: string;
  unit: string;
  /** Every period of the year the employee has a verdict in, in time order (keys, then labels). */
  periods: string[];
  periodLabels: string[];
  /** The period whose verdict this is (the annual data's or the last period's); null when averaged or none. */
  from: string | null;
  /** Fraction (1 = 100 %); null when the rule gives none. */
  capaian: number | null;
  kategori: string;
  predikat: string;
  rule: AnnualRule;
  /** Where the verdict came from in words (HIST_ANNUAL_*); a warning when the rule gives no verdict. */
  reason: Issue;
}

/** The rule's name as the annual recap shows it. */
export const ANNUAL_RULE_LABEL: Readonly<Record<AnnualRule, MessageCode>> = {
  'annual-data-else-last': 'HIST_ANNUAL_RULE_ANNUAL_ELSE_LAST',
  'annual-data': 'HIST_ANNUAL_RULE_ANNUAL',
  'last-period': 'HIST_ANNUAL_RULE_LAST',
  'mean-capaian': 'HIST_ANNUAL_RULE_MEAN',
};

const pct = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;

/** The years history holds verdicts for, oldest first. */
export function historyYears(history: readonly HistoryRow[]): string[] {
  return [...new Set(history.map((r) => yearOfPeriod(r.period)))].sort();
}

/**
 * Each employee's annual verdict for `year` (yyyy) by the policy's rule, in the order employees first
 * appear in history. The annual data is the period keyed by the year alone ("2025"); the other periods of
 * the year (months, quarters, semesters) are ordered by where they end.
 */
export function annualVerdicts(
  history: readonly HistoryRow[],
  year: string,
  policy: Pick<Policy, 'history' | 'capaian'>,
): AnnualVerdict[] {
  const byNip = new Map<string, HistoryRow[]>();
  for (const row of history) {
    if (yearOfPeriod(row.period) !== year) continue;
    const rows = byNip.get(row.nip);
    if (rows) rows.push(row);
    else byNip.set(row.nip, [row]);
  }
  return [...byNip.values()].map((rows) => verdictOf(rows, year, policy));
}

function verdictOf(
  rows: readonly HistoryRow[],
  year: string,
  policy: Pick<Policy, 'history' | 'capaian'>,
): AnnualVerdict {
  const sorted = [...rows].sort((a, b) => comparePeriods(a.period, b.period));
  const annual = sorted.find((r) => isAnnualPeriod(r.period));
  const periodic = sorted.filter((r) => !isAnnualPeriod(r.period));
  const last = periodic.at(-1);
  const latest = (annual ?? last) as HistoryRow;
  const rule = policy.history.annual;
  const periodsText = sorted.map((r) => r.label).join(', ');
  const base = {
    year,
    nip: latest.nip,
    nama: latest.nama,
    unit: latest.unit,
    periods: sorted.map((r) => r.period),
    periodLabels: sorted.map((r) => r.label),
    rule,
  };
  const taken = (row: HistoryRow, code: MessageCode): AnnualVerdict => ({
    ...base,
    from: row.period,
    capaian: row.capaian,
    kategori: row.kategori,
    predikat: row.predikat,
    reason: { code, params: { year, period: row.label, periods: periodsText } },
  });
  const none = (code: MessageCode, params: Issue['params']): AnnualVerdict => ({
    ...base,
    from: null,
    capaian: null,
    kategori: '',
    predikat: '',
    reason: { code, params: { year, periods: periodsText, ...params }, severity: 'warning' },
  });

  if (rule === 'annual-data-else-last') {
    if (annual) return taken(annual, 'HIST_ANNUAL_FROM_ANNUAL');
    return taken(last as HistoryRow, 'HIST_ANNUAL_FROM_LAST');
  }
  if (rule === 'annual-data')
    return annual ? taken(annual, 'HIST_ANNUAL_FROM_ANNUAL') : none('HIST_ANNUAL_NO_ANNUAL_DATA', {});
  if (rule === 'last-period' || periodic.length === 0)
    return last
      ? taken(last, 'HIST_ANNUAL_LAST_BY_POLICY')
      : taken(annual as HistoryRow, 'HIST_ANNUAL_FROM_ANNUAL');

  // 'mean-capaian': the region chose to average; every period must have a capaian, none is dropped.
  const missing = periodic.filter((r) => r.capaian === null);
  if (missing.length > 0)
    return none('HIST_ANNUAL_MEAN_GAP', { missing: missing.map((r) => r.label).join(', ') });
  const mean = Number(
    (periodic.reduce((sum, r) => sum + (r.capaian ?? 0), 0) / periodic.length).toPrecision(12),
  );
  return {
    ...base,
    from: null,
    capaian: mean,
    kategori: categorize(mean, policy.capaian).label,
    predikat: '',
    reason: {
      code: 'HIST_ANNUAL_MEAN',
      params: {
        year,
        count: periodic.length,
        mean: pct(mean),
        periods: periodic.map((r) => `${r.label} ${pct(r.capaian ?? 0)}`).join(', '),
      },
    },
  };
}
