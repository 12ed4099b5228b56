import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../shared/pipeline';
import type { OrganisationResult } from '../../shared/pipeline/schema';
import { defaultPolicy } from '../../shared/policy/schema';
import { generateProvince } from '../../shared/sample';

/*
 * The province benchmark's input, at a tenth of its size. The figures below were recorded before the
 * pipeline was tuned for speed (caches, one-pass flags, memoised parsers): tuning must not change a
 * single number, label or reason a user sees.
 */
const EMPLOYEES = 2000;
const SEED = 2025;

const tally = (values: readonly (string | null)[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v ?? '-'] = (counts[v ?? '-'] ?? 0) + 1;
  return counts;
};

function summary(result: OrganisationResult) {
  const capaianSum = result.employees.reduce((s, e) => s + (e.capaian ?? 0), 0);
  return {
    counts: result.counts,
    predikat: tally(result.employees.map((e) => e.predikat)),
    recommendation: tally(result.employees.map((e) => e.recommendation.kind)),
    flags: tally(result.employees.flatMap((e) => e.flags)),
    withDeduction: result.employees.filter((e) => e.discipline.fraction > 0).length,
    tppTotal: Math.round(result.employees.reduce((s, e) => s + (e.tpp?.total ?? 0), 0)),
    capaianSum: Math.round(capaianSum * 1e6) / 1e6,
    units: result.units.length,
    unitsFailingDistribution: result.units.filter((u) => u.distribution && !u.distribution.ok).length,
    supervisors: result.supervisors.length,
    issues: result.issues.length,
  };
}

const digest = (result: OrganisationResult): string =>
  createHash('sha256').update(JSON.stringify(result)).digest('hex');

/**
 * The result in the shape it had when RECORDED_DIGEST was taken. Since then the result carries what the
 * surfaces show instead of letting them work it out again: each indicator its flags (it carried an
 * internal `realisasiEmpty` instead), each unit its predikat counts and SAKIP components, every rule of
 * the distribution check the predikat it counts, and the organisation its SAKIP ranking. With those
 * additions taken back out, the digest must be the recorded one: nothing a user saw before changed.
 */
const UNIT_ADDITIONS = new Set([
  'predikatCounts',
  'withoutPredikat',
  // Issue 12: each unit names its OPD and what its Perjanjian Kinerja gives.
  'opd',
  'capaianPk',
  'pkIndicators',
  'predikatUsulanPk',
  'predikatSumber',
]);
/** Each employee also says which level scored it and what a results sheet wrote (issue 8, employee-level data). */
const EMPLOYEE_ADDITIONS = new Set([
  'level',
  'employeeLevel',
  'predikatUsulan',
  'predikatSumber',
  'predikatBerbeda',
  'legacy46',
  // Issue 12: the employee's OPD.
  'opd',
]);
/** The TK days' dates (event rows' tanggal, a matrix's days), carried for PP 94/2021's count by the year. */
const DISCIPLINE_ADDITIONS = new Set(['tkDates', 'tkDaysOfMonth']);
const beforeCarriedVerdicts = (result: OrganisationResult): string =>
  createHash('sha256')
    .update(
      JSON.stringify(result, (key, value) => {
        if (key === 'sakipRanking') return undefined;
        // Each employee's activity also says whether a log row of theirs was counted (activity.counted).
        if (key === 'activity' && value && typeof value === 'object')
          return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'counted'));
        // Each employee's discipline also carries the dates of the TK days (issue 11: discipline by the year).
        if (key === 'discipline' && value && typeof value === 'object')
          return Object.fromEntries(Object.entries(value).filter(([k]) => !DISCIPLINE_ADDITIONS.has(k)));
        if (key === 'indicators' && Array.isArray(value))
          return value.map(({ flags, ...rest }: { flags: string[] }) => ({
            ...rest,
            realisasiEmpty: flags.includes('realisasi_kosong'),
          }));
        if (key === 'employees' && Array.isArray(value))
          return value.map((e: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(e).filter(([k]) => !EMPLOYEE_ADDITIONS.has(k))),
          );
        if (key === 'units' && Array.isArray(value))
          return value.map((u: Record<string, unknown>) => {
            const kept = Object.fromEntries(Object.entries(u).filter(([k]) => !UNIT_ADDITIONS.has(k)));
            const sakip = kept.sakip as Record<string, unknown> | null;
            if (sakip)
              kept.sakip = Object.fromEntries(Object.entries(sakip).filter(([k]) => k !== 'components'));
            return kept;
          });
        // Each supervisor also carries its duties and what they were judged from (issue 11: pembinaan register).
        if (key === 'supervisors' && Array.isArray(value))
          return value.map(({ duties, dutyBasis, ...rest }: Record<string, unknown>) => rest);
        if (key === 'rules' && Array.isArray(value))
          return value.map(({ predikat, ...rest }: { predikat: unknown }) => rest);
        // Issue 12: the distribution check says which predikat organisasi it used and where it came from.
        if (key === 'distribution' && value && typeof value === 'object')
          return Object.fromEntries(
            Object.entries(value).filter(([k]) => k !== 'predikatOrganisasi' && k !== 'predikatSumber'),
          );
        return value;
      }),
    )
    .digest('hex');

describe('a generated province of 2,000 employees', () => {
  const policy = defaultPolicy();
  const workbook = generateProvince(EMPLOYEES, 5, SEED);
  const result = scoreOrganisation(workbook, policy);

  it('scores every employee and every indicator row, with the same totals as before tuning', () => {
    expect(summary(result)).toEqual(RECORDED_SUMMARY);
  });

  it('gives exactly the result recorded before tuning (every field of every employee, unit and supervisor)', () => {
    expect(beforeCarriedVerdicts(result)).toBe(RECORDED_DIGEST);
    expect(digest(result)).toBe(DIGEST_WITH_CARRIED_VERDICTS);
  });

  it('gives the same result when scored again, and from a freshly generated copy of the sheets', () => {
    // Caches shared between runs (parsed texts, labels) must never leak one run's state into the next.
    expect(scoreOrganisation(workbook, policy)).toEqual(result);
    expect(scoreOrganisation(generateProvince(EMPLOYEES, 5, SEED), policy)).toEqual(result);
  });
});

// An intended change to the result (a new field, a corrected rule) updates these two records in the same commit.
const RECORDED_DIGEST = '27eb880b5fab9b3f8de4ddfd37ed7a50471eedfe3ec52eb82455b04d9b285cbb';
// Updated for issue 11: each employee's discipline carries its TK dates (tkDates), and each supervisor its
// duties from the pembinaan register; without both the digest was 780cb39b979ca2afafd4772d2eb96b16d1cd4b8cc3b4ea28d69579ecd677a4c5.
// Updated for issue 12: units and employees name their OPD, units carry their Perjanjian Kinerja (capaianPk,
// pkIndicators, predikatUsulanPk, predikatSumber); before that it was 271d2476e35bb1981105beede229035f45d26f3cb539205b4e46778acd247ff9.
// Updated when the generated province stopped writing every attendance event on one day (two late arrivals
// of one person on 15 September are a repeated row, which the reader now reports): only the TK dates the
// results carry changed (the scoring code before and after gives this digest on the new province); before
// that it was dfb90a57e6096d89055b3fc47bd155f1b413ddb2cafb0b377f59fe9ec822acc6.
// Updated when each employee's activity said whether a log row of theirs was counted (activity.counted, so the
// Dasbor leaves no-row minutes blank); with it taken out the digest is the one before,
// 90446bd12e37900c14d14109f9ab1817e8787a14be4ad7ec2f6b31ccfc7c46cc.
const DIGEST_WITH_CARRIED_VERDICTS = '7a2e684969f8fd3c05905c848a8d10065ad151e52c80fedc8e9509abdafd6ea9';
const RECORDED_SUMMARY = {
  counts: {
    employeeRows: 2000,
    employeesScored: 2000,
    indicatorRows: 10000,
    indicatorsScored: 10000,
    errors: 0,
    warnings: 0,
  },
  predikat: {
    butuh_perbaikan: 407,
    kurang: 221,
    baik: 1288,
    sangat_kurang: 77,
    sangat_baik: 7,
  },
  recommendation: {
    pembinaan: 547,
    teguran: 232,
    tidak_ada: 1139,
    sanksi: 77,
    penghargaan: 3,
    apresiasi: 2,
  },
  flags: {
    tanpa_bukti: 850,
    aktivitas_tanpa_output: 208,
    kesibukan_semu: 130,
  },
  withDeduction: 1475,
  tppTotal: 8885285500,
  capaianSum: 1884.743859,
  units: 20,
  unitsFailingDistribution: 4,
  supervisors: 20,
  issues: 0,
};
