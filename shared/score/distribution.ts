import type { Issue } from '../core/issue';
import type { MessageCode, MessageParams } from '../messages/catalog';
import {
  type DistributionPolicy,
  type DistributionRule,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
} from '../policy/schema';
import { predikatLabel, predikatOrganisasiLabel } from './predikat';
import { isOneOf, shownValue } from './shown';

/*
 * Distribution of employee predikat within a unit, by the unit's predikat kinerja organisasi
 * (SE MenPANRB 3/2023; rules and rounding in policy.distribution).
 */

export interface DistributionRuleResult {
  ruleId: string;
  kind: 'max' | 'min';
  predikat: PredikatPegawai[];
  share: number;
  /** Allowed maximum (kind max) or required minimum (kind min) as a number of employees. */
  limit: number;
  /** Employees of the unit whose predikat is one of `predikat`. */
  actual: number;
  /** Employees too many (max) or too few (min); 0 when satisfied. */
  offBy: number;
  satisfied: boolean;
  issue?: Issue;
}

export interface DistributionCheck {
  /** True when every rule is satisfied; an empty unit is ok (nothing to check) with a warning. */
  ok: boolean;
  total: number;
  counts: Record<PredikatPegawai, number>;
  rules: DistributionRuleResult[];
  warnings: Issue[];
}

type Rounding = DistributionPolicy['rounding']['cap'];

/**
 * Share x n as a whole number of employees. The product is first rounded to 9 decimals so that float
 * noise never moves a limit: 0.57 x 100 is 56.99999999999999 in binary, and must still allow 57.
 */
const exactEmployees = (share: number, total: number): number => Math.round(share * total * 1e9) / 1e9;

function employees(share: number, total: number, rounding: Rounding): number {
  const exact = exactEmployees(share, total);
  if (rounding === 'floor') return Math.floor(exact);
  if (rounding === 'ceil') return Math.ceil(exact);
  return Math.round(exact);
}

function emptyCounts(): Record<PredikatPegawai, number> {
  const counts = {} as Record<PredikatPegawai, number>;
  for (const p of PREDIKAT_PEGAWAI) counts[p] = 0;
  return counts;
}

const MAX_ROUNDED = {
  floor: 'DISTRIBUTION_MAX_EXCEEDED_FLOOR',
  ceil: 'DISTRIBUTION_MAX_EXCEEDED_CEIL',
  round: 'DISTRIBUTION_MAX_EXCEEDED_ROUND',
} as const satisfies Record<Rounding, MessageCode>;

const MIN_ROUNDED = {
  floor: 'DISTRIBUTION_MIN_SHORT_FLOOR',
  ceil: 'DISTRIBUTION_MIN_SHORT_CEIL',
  round: 'DISTRIBUTION_MIN_SHORT_ROUND',
} as const satisfies Record<Rounding, MessageCode>;

function ruleIssue(
  rule: DistributionRule,
  org: PredikatOrganisasi,
  total: number,
  limit: number,
  actual: number,
  offBy: number,
  byCount: boolean,
  rounding: Rounding,
): Issue {
  // Predikat are proper nouns of the regulation, so one label list serves both languages.
  const params: MessageParams = {
    org: predikatOrganisasiLabel(org),
    predikat: rule.predikat.map((p) => predikatLabel(p)).join(' + '),
    percent: rule.share * 100,
    limit,
    total,
    actual,
    offBy,
  };
  // When p% x n is not a whole number of employees, the message states the exact product and how it
  // was rounded (SE 3/2023 leaves rounding open: the user must see the rule that was applied).
  const exact = exactEmployees(rule.share, total);
  const rounded = !Number.isInteger(exact);
  if (rounded) params.exact = exact;
  let code: MessageCode;
  if (rule.kind === 'max')
    code =
      rule.share === 0
        ? 'DISTRIBUTION_NONE_ALLOWED'
        : rounded
          ? MAX_ROUNDED[rounding]
          : 'DISTRIBUTION_MAX_EXCEEDED';
  else if (byCount) code = 'DISTRIBUTION_MIN_COUNT_SHORT';
  else code = rounded ? MIN_ROUNDED[rounding] : 'DISTRIBUTION_MIN_SHORT';
  return { code, params, severity: 'error' };
}

/**
 * Checks a unit's employee predikat against the rules for its organisation predikat. A cap of p% allows
 * rounding.cap(p x n) employees (default floor), a floor of p% needs rounding.floor(p x n) (default ceil),
 * and a minCount raises a floor to at least that many. Every rule is reported with the exact number of
 * employees it is off by, and a message that states the rule with numbers.
 */
export function checkDistribution(
  org: PredikatOrganisasi,
  predikat: readonly PredikatPegawai[],
  policy: DistributionPolicy,
): DistributionCheck {
  const counts = emptyCounts();
  if (!isOneOf(PREDIKAT_ORGANISASI, org))
    return {
      ok: true,
      total: 0,
      counts,
      rules: [],
      warnings: [{ code: 'DISTRIBUTION_ORG_UNKNOWN', params: { org: shownValue(org) }, severity: 'warning' }],
    };
  // A predikat that is not one of the five (a damaged cell) is left out of the unit and reported, so
  // it neither counts in a rule nor inflates the unit size that the shares are taken of.
  let unknown = 0;
  for (const p of Array.isArray(predikat) ? predikat : []) {
    if (isOneOf(PREDIKAT_PEGAWAI, p)) counts[p]++;
    else unknown++;
  }
  const total = PREDIKAT_PEGAWAI.reduce((sum, p) => sum + counts[p], 0);
  const skipped: Issue[] =
    unknown > 0
      ? [
          {
            code: 'DISTRIBUTION_PREDIKAT_UNKNOWN',
            params: { org: predikatOrganisasiLabel(org), count: unknown },
            severity: 'warning',
          },
        ]
      : [];
  if (total === 0)
    return {
      ok: true,
      total,
      counts,
      rules: [],
      warnings: [
        ...skipped,
        {
          code: 'DISTRIBUTION_EMPTY_UNIT',
          params: { org: predikatOrganisasiLabel(org) },
          severity: 'warning',
        },
      ],
    };

  const rules = policy.rules[org].map((rule): DistributionRuleResult => {
    const actual = rule.predikat.reduce((sum, p) => sum + counts[p], 0);
    const rounding = rule.kind === 'max' ? policy.rounding.cap : policy.rounding.floor;
    const byShare = employees(rule.share, total, rounding);
    // "At least one employee" (SE 3/2023, unit Baik) is a count, not a share.
    const byCount = rule.kind === 'min' && (rule.minCount ?? 0) > byShare;
    const limit = byCount ? (rule.minCount ?? 0) : byShare;
    const offBy = rule.kind === 'max' ? Math.max(0, actual - limit) : Math.max(0, limit - actual);
    const result: DistributionRuleResult = {
      ruleId: rule.id,
      kind: rule.kind,
      predikat: rule.predikat,
      share: rule.share,
      limit,
      actual,
      offBy,
      satisfied: offBy === 0,
    };
    if (offBy > 0) result.issue = ruleIssue(rule, org, total, limit, actual, offBy, byCount, rounding);
    return result;
  });
  return { ok: rules.every((r) => r.satisfied), total, counts, rules, warnings: skipped };
}

/**
 * checkDistribution, and minimums no spread can meet said as such: in a tiny unit the SE 3/2023 shares,
 * each rounded up, can ask for more employees than there are (Kurang, 2 employees: 1 Butuh Perbaikan and
 * 2 Kurang), and asking for one rule's shortfall would break another. Hitung nilai and CEK_DISTRIBUSI
 * check a unit with it; the overlay's panel, which checks a team as a unit it assumes to be Baik (no
 * such minimums by default), keeps the plain check (the verdict, `ok`, is the same either way).
 */
export function checkUnitDistribution(
  org: PredikatOrganisasi,
  predikat: readonly PredikatPegawai[],
  policy: DistributionPolicy,
): DistributionCheck {
  const check = checkDistribution(org, predikat, policy);
  const { rules, total } = check;
  const unattainable = check.rules.length > 0 ? unattainableMinimums(policy.rules[org], rules, total) : null;
  if (unattainable) {
    // No spread of `total` employees meets these minimums together: asking for the shortfall of one would
    // break another. One issue says so in place of the per-rule shortfalls; every short rule of the set
    // carries that same issue (each unmet rule names why), and surfaces show it once.
    const issue: Issue = {
      code: 'DISTRIBUTION_MINIMUMS_UNATTAINABLE',
      params: {
        org: predikatOrganisasiLabel(org),
        total,
        needed: unattainable.needed,
        minimums: unattainable.minimums,
        rounding: policy.rounding.floor,
      },
      severity: 'error',
    };
    for (const r of rules)
      if (r.kind === 'min' && !r.satisfied && unattainable.ids.has(r.ruleId)) r.issue = issue;
  }
  return check;
}

/**
 * The minimum rules of a unit that cannot all be met by `total` employees: a set of minimums over
 * predikat no two of them share (so no employee counts twice) whose limits add up to more than
 * `total`. With the SE 3/2023 shares this happens only in tiny units, where rounding each share up
 * asks for more employees than there are (Kurang, 2 employees: 1 Butuh Perbaikan and 2 Kurang).
 * Null when every set fits. Rules are few (at most a handful per predikat), so every subset is tried.
 */
function unattainableMinimums(
  policyRules: readonly DistributionRule[],
  results: readonly DistributionRuleResult[],
  total: number,
): { ids: Set<string>; needed: number; minimums: string } | null {
  const mins = results.filter((r) => r.kind === 'min' && r.limit > 0);
  if (mins.length < 1 || mins.length > 12) return null;
  let best: { picked: DistributionRuleResult[]; needed: number } | null = null;
  for (let mask = 1; mask < 1 << mins.length; mask++) {
    const picked = mins.filter((_, i) => (mask & (1 << i)) !== 0);
    const seen = new Set<PredikatPegawai>();
    let disjoint = true;
    for (const r of picked)
      for (const p of r.predikat) {
        if (seen.has(p)) disjoint = false;
        seen.add(p);
      }
    if (!disjoint) continue;
    const needed = picked.reduce((sum, r) => sum + r.limit, 0);
    if (needed > total && (!best || needed > best.needed)) best = { picked, needed };
  }
  if (!best) return null;
  // Predikat are proper nouns of the regulation: "1 Butuh Perbaikan; 2 Kurang/Misconduct" serves both languages.
  const order = new Map(policyRules.map((rule, i) => [rule.id, i]));
  const picked = [...best.picked].sort((a, b) => (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0));
  return {
    ids: new Set(picked.map((r) => r.ruleId)),
    needed: best.needed,
    minimums: picked
      .map((r) => `${r.limit} ${r.predikat.map((p) => predikatLabel(p)).join(' + ')}`)
      .join('; '),
  };
}
