import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { scoreOrganisation } from '../../shared/pipeline';
import { CUSTOM_PRESET, checkPresetClaim, POLICY_PRESETS, presetInForce } from '../../shared/policy/presets';
import type { Policy } from '../../shared/policy/schema';
import {
  buildOpdPackages,
  distributionContradictions,
  type OpdPackage,
  presetClaimIssue,
} from '../../shared/recap';
import { sampleWorkbook } from '../../shared/sample';

/*
 * A preset a policy names is a claim about its values, checked by one core rule (shared/policy presets.ts)
 * wherever a policy is passed on: the add-on's save, its OPD package, the extension's import, the Sekda's
 * package import. A policy stored before the check existed (or edited in the document properties) may name
 * a preset it does not follow: it travels as "kustom", and says so.
 */
const mislabelled = (): Policy => ({
  ...POLICY_PRESETS.nasional(),
  preset: 'tulang_bawang',
  name: 'Perbup Tulang Bawang 2025',
});
const period = { key: '2025-09', label: 'September 2025' };
const generatedAt = '2025-10-01T08:00:00.000Z';
/** The sample workbook scored and packaged under `policy`. */
const packagedUnder = (policy: Policy) =>
  buildOpdPackages({
    result: scoreOrganisation(sampleWorkbook(), policy),
    policy,
    period,
    generatedAt,
    opdName: 'Dinas X',
  });

describe('the preset a policy follows', () => {
  it('is its named one only when its values are that preset’s (name aside)', () => {
    expect(presetInForce({ ...POLICY_PRESETS.tulang_bawang(), name: 'Perbup 2025' })).toBe('tulang_bawang');
    expect(presetInForce(mislabelled())).toBe(CUSTOM_PRESET);
    expect(presetInForce({ ...POLICY_PRESETS.nasional(), preset: 'tulangbawang' })).toBe(CUSTOM_PRESET);
  });

  it('checkPresetClaim refuses an unknown preset and keeps a false claim as custom, saying so', () => {
    const unknown = checkPresetClaim({ ...POLICY_PRESETS.nasional(), preset: 'tulangbawang' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(formatIssue(unknown.issue)).toBe(
        'Isian preset: Preset "tulangbawang" tidak dikenal. Pilih salah satu dari: nasional, tulang_bawang, legacy_numeric, kustom.',
      );
    const claim = checkPresetClaim(mislabelled());
    expect(claim.ok && claim.value.preset).toBe(CUSTOM_PRESET);
    expect(claim.ok && claim.warnings?.map((w) => formatIssue(w))).toEqual([
      'Nilai kebijakan ini berbeda dari preset "tulang_bawang" (preset yang disebut berkas, atau "nasional" bila berkas tidak menyebut preset), tetapi sama persis dengan preset "nasional". Kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"). Bila memang preset "nasional", pilih preset itu di Pengaturan kebijakan, atau tulis "preset": "nasional" di berkasnya lalu impor lagi.',
    ]);
    const honest = checkPresetClaim(POLICY_PRESETS.legacy_numeric());
    expect(honest).toEqual({ ok: true, value: POLICY_PRESETS.legacy_numeric() });
  });
});

describe('OPD packages carry only a preset the policy follows', () => {
  it('a policy naming a preset it does not follow is packaged as "kustom", with a warning', () => {
    const built = packagedUnder(mislabelled());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.map((p) => p.policy.preset)).toEqual(built.value.map(() => CUSTOM_PRESET));
    expect(built.warnings?.map((w) => formatIssue(w))).toEqual([
      'Kebijakan "Perbup Tulang Bawang 2025" menyebut preset "tulang_bawang", tetapi nilainya berbeda dari preset itu, jadi paket OPD mencatatnya sebagai kebijakan kustom ("kustom"), bukan "tulang_bawang". Bila OPD ini memang memakai preset "tulang_bawang", buka "Pengaturan kebijakan...", pilih preset itu, simpan, lalu ekspor lagi.',
    ]);
  });

  it('a policy that follows its preset keeps it, without a warning', () => {
    const built = packagedUnder({ ...POLICY_PRESETS.tulang_bawang(), name: 'Perbup Tulang Bawang 2025' });
    expect(built.ok && built.value[0]?.policy.preset).toBe('tulang_bawang');
    expect(built.ok && built.warnings).toBeUndefined();
  });
});

describe('the Sekda’s import does not take a package’s preset on its word', () => {
  const national = POLICY_PRESETS.nasional();
  const built = packagedUnder(national);
  const pkg = (built.ok ? built.value[0] : undefined) as OpdPackage;
  // A unit the national rules judge (so an edit of its verdict shows).
  const judged = pkg.units.findIndex((u) => u.distributionOk !== null);

  it('an honest claim passes', () => {
    expect(judged).toBeGreaterThanOrEqual(0);
    expect(presetClaimIssue(pkg, 'a.json')).toBeNull();
    expect(presetClaimIssue({ ...pkg, policy: { ...pkg.policy, preset: 'kustom' } }, 'a.json')).toBeNull();
  });

  it('names an unknown preset and each part that contradicts the preset claimed', () => {
    const unknown = presetClaimIssue({ ...pkg, policy: { ...pkg.policy, preset: 'sukamaju' } }, 'a.json');
    expect(unknown && formatIssue(unknown)).toBe(
      'Paket a.json (Dinas X) menyebut preset kebijakan "sukamaju", yang tidak dikenal (preset yang ada: nasional, tulang_bawang, legacy_numeric, kustom), jadi OPD ini dianggap memakai kebijakan kustom ("kustom"): paketnya tidak dinilai menurut aturan preset mana pun. Bila perlu, minta OPD memeriksa "Pengaturan kebijakan..." lalu mengekspor ulang paketnya.',
    );
    const units = pkg.units.map((u, i) =>
      i === judged ? { ...u, distributionOk: !u.distributionOk, offRules: [] } : u,
    );
    const off = {
      ...pkg,
      policy: { ...pkg.policy, clampNegativeAtZero: false },
      employeesScope: 'semua' as const,
      units,
    };
    const issue = presetClaimIssue(off, 'a.json');
    expect(issue?.code).toBe('RECAP_CHECK_PRESET_CLAIM');
    expect(issue && formatIssue(issue)).toBe(
      `Paket a.json (Dinas X) menyebut preset kebijakan "nasional", tetapi isinya tidak sesuai preset itu (paket membiarkan capaian di bawah 0, sedangkan preset itu menghitungnya 0; paket memuat pegawai "semua", sedangkan preset itu memuat "kandidat"; hasil SE 3/2023 unit "${pkg.units[judged]?.name}" tidak sesuai dengan jumlah predikat pegawainya menurut aturan sebaran preset itu), jadi OPD ini dianggap memakai kebijakan kustom ("kustom"): paketnya tidak dinilai menurut aturan preset itu. Bila OPD ini memang memakai preset "nasional", minta OPD memilih preset itu di "Pengaturan kebijakan...", menyimpan, lalu mengekspor ulang paketnya.`,
    );
  });

  it('judges units by the workbook’s rules only when its own policy follows the preset it names', () => {
    // The Sekda's stored policy names "nasional" (and its name) but has other distribution rules.
    const sekda: Policy = { ...POLICY_PRESETS.nasional() };
    const rules = sekda.distribution.rules;
    sekda.distribution = {
      ...sekda.distribution,
      rules: Object.fromEntries(Object.keys(rules).map((k) => [k, []])) as unknown as typeof rules,
    };
    expect(presetInForce(sekda)).toBe(CUSTOM_PRESET);
    expect(distributionContradictions(pkg, sekda)).toEqual([]);
    // Those rules would refuse a unit: they are applied where both sides honestly say "kustom".
    const custom = { ...pkg, policy: { ...pkg.policy, preset: CUSTOM_PRESET } };
    expect(distributionContradictions(custom, sekda)).not.toEqual([]);
    // The same package against the true national policy is still checked: a hand edit is caught.
    const units = pkg.units.map((u, i) => (i === judged ? { ...u, distributionOk: !u.distributionOk } : u));
    expect(distributionContradictions({ ...pkg, units }, national)).toEqual([pkg.units[judged]?.name]);
    // A package whose other policy-made parts show another policy was not built under this one.
    const other = { ...pkg, units, policy: { ...pkg.policy, clampNegativeAtZero: false } };
    expect(distributionContradictions(other, national)).toEqual([]);
    expect(presetClaimIssue(other, 'a.json')?.code).toBe('RECAP_CHECK_PRESET_CLAIM');
  });
});
