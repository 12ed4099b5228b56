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
