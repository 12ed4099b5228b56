import { fail, ok, type Result } from '../core/issue';
import { policyChanges } from './diff';
import { type Policy, PolicySchema, TULANG_BAWANG } from './schema';

/** Named starting points. Each is a full policy; users adjust from there. */
export const POLICY_PRESETS = {
  /** National defaults: PermenPANRB 6/2022, SE MenPANRB 3/2023, Permentan 68/2012 deductions, TPP 40/60. */
  nasional: () => PolicySchema.parse({}),
  /** Tulang Bawang deduction table with the Monday apel, TPP 40/60. */
  tulang_bawang: () =>
    PolicySchema.parse({
      preset: 'tulang_bawang',
      name: 'Kabupaten Tulang Bawang (potongan apel Senin)',
      discipline: { table: TULANG_BAWANG },
    }),
  /** Regions that still pay TPP on the legacy numeric score (PermenPANRB 8/2021, PP 30/2019). */
  legacy_numeric: () =>
    PolicySchema.parse({
      preset: 'legacy_numeric',
      name: 'Skema angka lama (PermenPANRB 8/2021, PP 30/2019)',
      legacy: { enabled: true },
    }),
} satisfies Record<string, () => Policy>;

export type PresetId = keyof typeof POLICY_PRESETS;
export const PRESET_IDS = Object.keys(POLICY_PRESETS) as PresetId[];

export const isPresetId = (id: string): id is PresetId =>
  Object.prototype.hasOwnProperty.call(POLICY_PRESETS, id);

/**
 * The `preset` of a policy whose values are no preset's: edited after starting from one, or imported.
 * The preset it names is then never shown as in force (the add-on's sidebar, OPD packages, the options page).
 */
export const CUSTOM_PRESET = 'kustom';

/** Values that may differ from a preset's while the policy still is that preset. */
const PRESET_FREE_PATHS: ReadonlySet<string> = new Set(['name', 'preset', 'version']);

/**
 * The preset whose values `policy` has: its named one, or CUSTOM_PRESET when it names none or differs.
 * The one rule every surface applies to a preset claim (saving, importing, exporting a package, reading
 * one), so a policy is never passed on under a preset whose values it does not have: a policy stored
 * before presets were checked, or edited in the document properties, may name one it does not follow.
 */
export function presetInForce(policy: Policy): string {
  if (!isPresetId(policy.preset)) return CUSTOM_PRESET;
  const differs = policyChanges(POLICY_PRESETS[policy.preset](), policy).some(
    (c) => !PRESET_FREE_PATHS.has(c.path),
  );
  return differs ? CUSTOM_PRESET : policy.preset;
}

/**
 * A preset claim checked as every import and save checks it: an unknown name (a typo, "tulangbawang") is
 * refused, naming the presets there are; a policy whose values differ from its preset's is kept as a custom
 * policy ("kustom"), with a warning saying so, so that no preset is ever shown as in force when it is not.
 * A file that names no preset is read as the schema reads it: preset "nasional" with the values it gives,
 * so one whose values are not the national ones is kept as custom with the same warning (the add-on's
 * import and the extension's options page alike), never recorded silently as another preset.
 */
export function checkPresetClaim(policy: Policy): Result<Policy> {
  if (policy.preset !== CUSTOM_PRESET && !isPresetId(policy.preset))
    return fail(
      'ADDON_POLICY_PRESET_UNKNOWN',
      { id: policy.preset, presets: [...PRESET_IDS, CUSTOM_PRESET].join(', ') },
      { field: 'preset' },
    );
  const inForce = presetInForce(policy);
  if (inForce === policy.preset) return ok(policy);
  // Values that are another preset's exactly (a regional file that left out its preset's name): said, with
  // how to claim it, but never taken on the admin's behalf.
  const matches = PRESET_IDS.find((id) => presetInForce({ ...policy, preset: id }) === id);
  return ok({ ...policy, preset: inForce }, [
    matches !== undefined
      ? {
          code: 'ADDON_POLICY_PRESET_CUSTOM_MATCHES',
          params: { preset: policy.preset, custom: CUSTOM_PRESET, matches },
          severity: 'warning',
        }
      : {
          code: 'ADDON_POLICY_PRESET_CUSTOM',
          params: { preset: policy.preset, custom: CUSTOM_PRESET },
          severity: 'warning',
        },
  ]);
}
