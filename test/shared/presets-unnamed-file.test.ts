import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { validatePolicy } from '../../shared/policy/io';
import { CUSTOM_PRESET, checkPresetClaim, POLICY_PRESETS } from '../../shared/policy/presets';

/*
 * One rule for a policy file that names no preset, on every surface that imports one (the add-on's
 * "Pengaturan kebijakan...", the extension's options page): the schema reads it as preset "nasional" with
 * the values it gives, and checkPresetClaim keeps one whose values are not the national ones as custom,
 * saying so; it is never recorded silently as another preset whose values it happens to have.
 */
/** The Tulang Bawang values under no preset's name: the note names the preset they are. */
const NOTE =
  'Nilai kebijakan ini berbeda dari preset "nasional" (preset yang disebut berkas, atau "nasional" bila berkas tidak menyebut preset), tetapi sama persis dengan preset "tulang_bawang". Kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"). Bila memang preset "tulang_bawang", pilih preset itu di Pengaturan kebijakan, atau tulis "preset": "tulang_bawang" di berkasnya lalu impor lagi.';

/** A region's own values, another preset's in nothing. */
const OWN_NOTE =
  'Nilai kebijakan ini berbeda dari preset "nasional", jadi kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"), bukan "nasional".';

const claimOf = (file: unknown) => {
  const policy = validatePolicy(file);
  if (!policy.ok) throw new Error(formatIssue(policy.issue));
  return checkPresetClaim(policy.value);
};

describe('checkPresetClaim: a policy file that names no preset', () => {
  it('a region’s own values: custom, with the note', () => {
    const claim = claimOf({ version: 1, name: 'Perbup Sukamaju 2024', discipline: { maxDeduction: 0.5 } });
    expect(claim.ok && claim.value.preset).toBe(CUSTOM_PRESET);
    expect(claim.ok && claim.warnings?.map((w) => formatIssue(w))).toEqual([OWN_NOTE]);
  });

  it('the Tulang Bawang values without the preset’s name: custom, with the note, not "tulang_bawang"', () => {
    const { preset: _named, ...tuba } = POLICY_PRESETS.tulang_bawang();
    const claim = claimOf({ ...tuba, name: 'Perbup Tulang Bawang 2025' });
    expect(claim.ok && claim.value.preset).toBe(CUSTOM_PRESET);
    expect(claim.ok && claim.warnings?.map((w) => formatIssue(w))).toEqual([NOTE]);
  });

  it('the national values: "nasional", without a note', () => {
    const claim = claimOf({ version: 1, name: 'Perbup Sukamaju 2024' });
    expect(claim.ok && claim.value.preset).toBe('nasional');
    expect(claim.ok && claim.warnings).toBeUndefined();
  });
});
