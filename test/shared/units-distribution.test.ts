import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import {
  defaultPolicy,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
} from '../../shared/policy/schema';
import { checkUnitDistribution, type DistributionCheck } from '../../shared/score';

/*
 * SE 3/2023 minimums that a tiny unit cannot meet under the policy's rounding (Kurang with 2 assessed
 * employees needs 1 Butuh Perbaikan and ceil(1.2) = 2 Kurang): one message saying so, never shortfalls
 * that ask for changes breaking another rule.
 */

const policy = defaultPolicy().distribution;

/** Every spread of n employees over the five predikat. */
function* spreads(
  n: number,
  kinds: readonly PredikatPegawai[] = PREDIKAT_PEGAWAI,
): Generator<PredikatPegawai[]> {
  const [first, ...rest] = kinds;
  if (first === undefined) return;
  if (rest.length === 0) {
    yield Array<PredikatPegawai>(n).fill(first);
    return;
  }
  for (let k = 0; k <= n; k++)
    for (const tail of spreads(n - k, rest)) yield [...Array<PredikatPegawai>(k).fill(first), ...tail];
}

/** The most employees the unit's minimums over disjoint predikat ask for together at size n. */
function minimumsNeeded(check: DistributionCheck): number {
  const mins = check.rules.filter((r) => r.kind === 'min');
  let most = 0;
  for (let mask = 1; mask < 1 << mins.length; mask++) {
    const picked = mins.filter((_, i) => (mask & (1 << i)) !== 0);
    const all = picked.flatMap((r) => r.predikat);
    if (new Set(all).size !== all.length) continue;
    most = Math.max(
      most,
      picked.reduce((s, r) => s + r.limit, 0),
    );
  }
  return most;
}

const shortfallCodes = new Set([
  'DISTRIBUTION_MIN_SHORT',
  'DISTRIBUTION_MIN_SHORT_FLOOR',
  'DISTRIBUTION_MIN_SHORT_CEIL',
  'DISTRIBUTION_MIN_SHORT_ROUND',
  'DISTRIBUTION_MIN_COUNT_SHORT',
]);

describe('checkDistribution: minimums a small unit cannot meet', () => {
  it('Kurang, 2 employees: one "cannot be met at this size" message instead of two shortfalls', () => {
    const check = checkUnitDistribution('kurang', ['kurang', 'kurang'], policy);
    expect(check.ok).toBe(false);
    const told = check.rules.filter((r) => !r.satisfied && r.issue).map((r) => r.issue!);
    expect(told.map((i) => i.code)).toEqual(['DISTRIBUTION_MINIMUMS_UNATTAINABLE']);
    expect(formatIssue(told[0]!, 'id')).toBe(
      'Unit berpredikat Kurang dengan 2 pegawai berpredikat: batas minimal SE 3/2023 (1 Butuh Perbaikan; 2 Kurang/Misconduct, dengan pembulatan kebijakan distribution.rounding.floor = ceil) meminta 3 pegawai, lebih dari 2, jadi tidak ada sebaran yang dapat memenuhinya pada ukuran unit ini. Jangan ubah predikat pegawai demi aturan ini; bila perlu, tetapkan penanganan unit sekecil ini di kebijakan (mis. pembulatannya) bersama pengelola kebijakan.',
    );
    expect(formatIssue(told[0]!, 'en')).toContain('so no spread can meet them at this unit size');
    // The counts stay true: the rule that is short is still not satisfied.
    expect(check.rules.find((r) => r.ruleId === 'kurang_bp_min10')).toMatchObject({ limit: 1, actual: 0 });
  });

  it('a cap broken at the same time is still reported on its own', () => {
    const check = checkUnitDistribution('kurang', ['sangat_baik', 'kurang'], policy);
    const issues = [...new Set(check.rules.filter((r) => r.issue).map((r) => r.issue!))];
    const codes = issues.map((i) => i.code);
    expect(codes).toContain('DISTRIBUTION_MAX_EXCEEDED_FLOOR');
    expect(codes.filter((c) => c === 'DISTRIBUTION_MINIMUMS_UNATTAINABLE')).toHaveLength(1);
    expect(codes.some((c) => shortfallCodes.has(c))).toBe(false);
  });

  it('two short minimums of the set carry the one same issue (every unmet rule says why)', () => {
    const check = checkUnitDistribution('kurang', ['sangat_baik', 'baik'], policy);
    const short = check.rules.filter((r) => r.kind === 'min' && !r.satisfied);
    expect(short.map((r) => r.ruleId)).toEqual(['kurang_bp_min10', 'kurang_k_min60']);
    expect(new Set(short.map((r) => r.issue))).toEqual(new Set([short[0]!.issue]));
    expect(short[0]!.issue?.code).toBe('DISTRIBUTION_MINIMUMS_UNATTAINABLE');
  });

  it('for n = 1..10 and each unit predikat: unattainable exactly when no spread passes, and then every spread says so once', () => {
    const seen: string[] = [];
    for (const org of PREDIKAT_ORGANISASI as readonly PredikatOrganisasi[])
      for (let n = 1; n <= 10; n++) {
        let anyPasses = false;
        for (const spread of spreads(n)) {
          const check = checkUnitDistribution(org, spread, policy);
          expect(check.total).toBe(n);
          if (check.ok) anyPasses = true;
          const told = check.rules.filter((r) => !r.satisfied && r.issue).map((r) => r.issue!);
          const unattainable = minimumsNeeded(check) > n;
          if (unattainable) {
            expect(check.ok).toBe(false);
            // One issue, however many rules of the set are short.
            expect(new Set(told.filter((i) => i.code === 'DISTRIBUTION_MINIMUMS_UNATTAINABLE')).size).toBe(1);
            expect(told.some((i) => shortfallCodes.has(i.code))).toBe(false);
          } else {
            expect(told.map((i) => i.code)).not.toContain('DISTRIBUTION_MINIMUMS_UNATTAINABLE');
          }
          // Every unmet rule names why (the recap's and CEK_DISTRIBUSI's reading of the check).
          for (const r of check.rules) expect(r.issue === undefined).toBe(r.satisfied);
          // The verdict and the listed rules tell one story (the recap's own check).
          expect(check.ok).toBe(told.length === 0);
        }
        if (!anyPasses) seen.push(`${org}:${n}`);
        // A unit size where no spread passes is exactly one where the minimums cannot be met.
        const probe = checkUnitDistribution(org, Array<PredikatPegawai>(n).fill('baik'), policy);
        expect(minimumsNeeded(probe) > n).toBe(!anyPasses);
      }
    // Under the default policy (caps rounded down, floors up) only the tiniest poor units are affected.
    expect(seen).toEqual(['kurang:1', 'kurang:2', 'sangat_kurang:1', 'sangat_kurang:2']);
  });

  it('with floors rounded down every unit size can pass, and nothing is called unattainable', () => {
    const floorDown = { ...policy, rounding: { cap: 'floor' as const, floor: 'floor' as const } };
    for (const org of PREDIKAT_ORGANISASI as readonly PredikatOrganisasi[])
      for (let n = 1; n <= 6; n++)
        for (const spread of spreads(n)) {
          const check = checkUnitDistribution(org, spread, floorDown);
          expect(check.rules.some((r) => r.issue?.code === 'DISTRIBUTION_MINIMUMS_UNATTAINABLE')).toBe(false);
        }
  });
});
