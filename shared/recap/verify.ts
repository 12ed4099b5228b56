import type { Issue } from '../core/issue';
import { t } from '../messages/format';
import { CUSTOM_PRESET, isPresetId, POLICY_PRESETS, PRESET_IDS, presetInForce } from '../policy/presets';
import type { Policy } from '../policy/schema';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../policy/sections/rating';
import { checkDistribution } from '../score/distribution';
import type { OpdPackage } from './schema';

const MAX_UNIT = 100_000;

/** Units whose stated SE 3/2023 result their own counts contradict under `distribution`. */
function contradictedUnits(pkg: OpdPackage, distribution: Policy['distribution']): string[] {
  const off: string[] = [];
  for (const u of pkg.units) {
    // A unit too large to be real is left to the schema's sums; never millions of entries to check.
    if (u.predikat === null || u.distributionOk === null || u.employees > MAX_UNIT) continue;
    const predikat: PredikatPegawai[] = PREDIKAT_PEGAWAI.flatMap((p) =>
      Array.from({ length: u.predikatCounts[p] ?? 0 }, () => p),
    );
    const check = checkDistribution(u.predikat, predikat, distribution);
    if (check.total > 0 && check.ok !== u.distributionOk) off.push(u.name);
  }
  return off;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/**
 * Why a package's preset claim is not to be believed, or null when it names "kustom" or a preset whose
 * values its content agrees with. A package built before the export checked presets (or from a policy
 * edited in the document properties) may name a preset its OPD does not follow; the package carries no
 * rules, only what they produced, so every part a preset decides is compared with that preset's: negative
 * capaian clamped or not, which employees are named, and each unit's SE 3/2023 result against its counts.
 * The recap then reads the OPD's policy as custom (never judged by the preset's rules) and says so.
 */
export function presetClaimIssue(pkg: OpdPackage, file: string): Issue | null {
  const claimed = pkg.policy.preset;
  if (claimed === CUSTOM_PRESET) return null;
  const base = { file, opd: pkg.opd.name, preset: claimed, custom: CUSTOM_PRESET };
  if (!isPresetId(claimed))
    return {
      code: 'RECAP_CHECK_PRESET_UNKNOWN',
      params: { ...base, presets: [...PRESET_IDS, CUSTOM_PRESET].join(', ') },
      severity: 'warning',
    };
  const preset = POLICY_PRESETS[claimed]();
  const found: string[] = [];
  // Absent means clamped: the default, and what packages wrote before the flag existed.
  const clamped = pkg.policy.clampNegativeAtZero ?? true;
  if (clamped !== preset.capaian.clampNegativeAtZero)
    found.push(t(clamped ? 'RECAP_CHECK_PRESET_CLAMP_ON' : 'RECAP_CHECK_PRESET_CLAMP_OFF', {}, 'id'));
  if (pkg.employeesScope !== preset.recap.packageEmployees)
    found.push(
      t(
        'RECAP_CHECK_PRESET_SCOPE',
        { scope: pkg.employeesScope, presetScope: preset.recap.packageEmployees },
        'id',
      ),
    );
  const units = contradictedUnits(pkg, preset.distribution);
  if (units.length > 0) found.push(t('RECAP_CHECK_PRESET_DISTRIBUTION', { units: quoted(units) }, 'id'));
  if (found.length === 0) return null;
  return {
    code: 'RECAP_CHECK_PRESET_CLAIM',
    params: { ...base, detail: found.join('; ') },
    severity: 'warning',
  };
}

/**
 * Units whose stated SE 3/2023 result the package's own counts contradict, under `policy`. The package
 * carries no distribution rules, only the policy's name and preset: the check runs only when those are
 * the recap workbook's own (the same policy), so an OPD with its own rules is never judged by another's.
 * The workbook's own preset is not taken on its word (presetInForce): a stored policy named "nasional"
 * whose values are not is no evidence that the two share rules. A hand edit that marks every unit "meets"
 * while its counts break a rule is caught here (refused: a hand edit and a package whose preset claim is
 * false cannot be told apart here, and the refusal says which rules it was judged by).
 */
export function distributionContradictions(pkg: OpdPackage, policy: Policy): string[] {
  if (pkg.policy.name !== policy.name || pkg.policy.preset !== presetInForce(policy)) return [];
  // A package whose other policy-made parts differ was not built under this policy, whatever it names
  // (presetClaimIssue says so at the import): its units are not judged by these rules.
  const clamped = pkg.policy.clampNegativeAtZero ?? true;
  if (clamped !== policy.capaian.clampNegativeAtZero || pkg.employeesScope !== policy.recap.packageEmployees)
    return [];
  return contradictedUnits(pkg, policy.distribution);
}
