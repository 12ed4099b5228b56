/**
 * A policy's `preset` says which preset is in force, so it is checked on save and import: an unknown name
 * is refused, and a policy whose values are not its preset's is stored as custom ("kustom"), saying so,
 * so that the sidebar (and an OPD package) never shows a preset that is not in force.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readStoredPolicy, savePolicy } from '../../apps-script/src/settings/policy-store';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { openPage } from './sidebar-page';

beforeAll(ensureBuilt);

type Reply = { ok: boolean; message: string; note?: string | null; state?: { preset: string } };
const send = (box: Sandbox, fn: string, policy: unknown): Reply =>
  plain(box.call(fn, JSON.stringify(policy))) as Reply;
const settle = () => new Promise((r) => setTimeout(r, 30));

describe('the preset a saved or imported policy names', () => {
  it('refuses a preset name that is no preset, on preview and on save, saving nothing', () => {
    const box = loadSandbox();
    for (const fn of ['pratinjauKebijakan', 'simpanKebijakan']) {
      const reply = send(box, fn, { preset: 'tulangbawang' });
      expect(reply.ok, fn).toBe(false);
      expect(reply.message).toBe(
        'Preset "tulangbawang" tidak dikenal. Pilih salah satu dari: nasional, tulang_bawang, legacy_numeric, kustom.',
      );
    }
    expect(readStoredPolicy(box.documentProperties).status).toBe('default');
  });

  it('stores a policy whose values are not its preset’s as custom and says so, before and after', () => {
    const box = loadSandbox();
    const imported = { preset: 'tulang_bawang', name: 'Perbup Tulang Bawang 2025' };
    const preview = send(box, 'pratinjauKebijakan', imported);
    expect(preview.ok).toBe(true);
    expect(preview.note).toBe(
      'Nilai kebijakan ini berbeda dari preset "tulang_bawang" (preset yang disebut berkas, atau "nasional" bila berkas tidak menyebut preset), tetapi sama persis dengan preset "nasional". Kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"). Bila memang preset "nasional", pilih preset itu di Pengaturan kebijakan, atau tulis "preset": "nasional" di berkasnya lalu impor lagi.',
    );
    const saved = send(box, 'simpanKebijakan', imported);
    expect(saved.ok).toBe(true);
    expect(saved.message).toContain('dicatat sebagai kebijakan kustom');
    expect(saved.state?.preset).toBe('kustom');
    const stored = readStoredPolicy(box.documentProperties);
    expect(stored.policy.preset).toBe('kustom');
    // The deduction table in force is still the national one: nothing else was changed.
    expect(stored.policy.discipline.table.id).toBe(POLICY_PRESETS.nasional().discipline.table.id);
  });

  it('keeps a preset whose values are that preset’s, whatever the name, and accepts "kustom"', () => {
    const box = loadSandbox();
    const tb = { ...POLICY_PRESETS.tulang_bawang(), name: 'Perbup Tulang Bawang 2025' };
    const saved = send(box, 'simpanKebijakan', tb);
    expect(saved.ok).toBe(true);
    expect(saved.message).not.toContain('kustom');
    expect(readStoredPolicy(box.documentProperties).policy.preset).toBe('tulang_bawang');
    const custom = send(box, 'simpanKebijakan', { preset: 'kustom', name: 'Perbup 2026' });
    expect(custom.ok).toBe(true);
    expect(custom.message).not.toContain('dicatat sebagai');
    expect(readStoredPolicy(box.documentProperties).policy.preset).toBe('kustom');
  });

  it('an edited preset saved from the form becomes custom', () => {
    const box = loadSandbox();
    const tb = POLICY_PRESETS.tulang_bawang();
    tb.reward.penghargaanMinCapaian = 1.5;
    const saved = send(box, 'simpanKebijakan', tb);
    expect(saved.ok).toBe(true);
    expect(saved.state?.preset).toBe('kustom');
  });

  it('the sidebar shows a stored policy that does not follow its preset as custom, not as that preset', async () => {
    // A policy stored before presets were checked: it names tulang_bawang but has the national table.
    const box = loadSandbox();
    const old = { ...POLICY_PRESETS.nasional(), preset: 'tulang_bawang', name: 'Perbup Tulang Bawang 2025' };
    expect(savePolicy(box.documentProperties, old)).toMatchObject({ ok: true });
    expect(readStoredPolicy(box.documentProperties).policy.preset).toBe('tulang_bawang');
    const state = plain(box.call('ambilKebijakan')) as Reply;
    expect(state.state?.preset).toBe('kustom');
    const doc = openPage(box, 'Policy');
    await settle();
    const preset = doc.getElementById('preset') as unknown as HTMLSelectElement;
    expect(preset.value).toBe('kustom');
    expect(preset.options[preset.selectedIndex]?.textContent).toBe('Kustom (nilai sendiri, bukan preset)');
    expect(preset.options[preset.selectedIndex]?.disabled).toBe(true);
  });
});
