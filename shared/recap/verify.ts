import type { Policy } from '../policy/schema';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../policy/sections/rating';
import { checkDistribution } from '../score/distribution';
import type { OpdPackage } from './schema';

const MAX_UNIT = 100_000;

/**
 * Units whose stated SE 3/2023 result the package's own counts contradict, under `policy`. The package
 * carries no distribution rules, only the policy's name and preset: the check runs only when those are
 * the recap workbook's own (the same policy), so an OPD with its own rules is never judged by another's.
 * A hand edit that marks every unit "meets" while its counts break a rule is caught here.
 */
export function distributionContradictions(pkg: OpdPackage, policy: Policy): string[] {
  if (pkg.policy.name !== policy.name || pkg.policy.preset !== policy.preset) return [];
  const off: string[] = [];
  for (const u of pkg.units) {
    // A unit too large to be real is left to the schema's sums; never millions of entries to check.
    if (u.predikat === null || u.distributionOk === null || u.employees > MAX_UNIT) continue;
    const predikat: PredikatPegawai[] = PREDIKAT_PEGAWAI.flatMap((p) =>
      Array.from({ length: u.predikatCounts[p] ?? 0 }, () => p),
    );
    const check = checkDistribution(u.predikat, predikat, policy.distribution);
    if (check.total > 0 && check.ok !== u.distributionOk) off.push(u.name);
  }
  return off;
}
