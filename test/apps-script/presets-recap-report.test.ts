/**
 * Through the BUILT Code.js: the OPD admin is told when the export records the policy as "kustom" (it names
 * a preset it does not follow), and the Sekda's import checks each package's preset claim against what the
 * package holds, saying in the file's verdict when it does not hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { savePolicy } from '../../apps-script/src/settings/policy-store';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { OPDS, opdListSheet, opdWorkbook } from './fixtures/opd-workbooks';

beforeAll(ensureBuilt);

interface OpdReply {
  ok: boolean;
  message?: string;
  files: { fileName: string; json: string }[];
  notes: string[];
}
const exportFrom = (box: Sandbox): OpdReply => plain(box.call('ambilPaketOpd')) as OpdReply;

describe('presets in the OPD package, said to the admin and checked by the Sekda', () => {
  it('the export says the policy is recorded as custom, and why', () => {
    const box = loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') });
    const mislabelled = {
      ...POLICY_PRESETS.nasional(),
      preset: 'tulang_bawang',
      name: 'Perbup Tulang Bawang 2025',
    };
    expect(savePolicy(box.documentProperties, mislabelled)).toMatchObject({ ok: true });
    const reply = exportFrom(box);
    expect(reply.ok).toBe(true);
    expect(reply.notes).toContain(
      'Kebijakan "Perbup Tulang Bawang 2025" menyebut preset "tulang_bawang", tetapi nilainya berbeda dari preset itu, jadi paket OPD mencatatnya sebagai kebijakan kustom ("kustom"), bukan "tulang_bawang". Bila OPD ini memang memakai preset "tulang_bawang", buka "Pengaturan kebijakan...", pilih preset itu, simpan, lalu ekspor lagi.',
    );
  });

  it('the Sekda’s import accepts a package whose preset claim does not hold, and says so in its verdict', () => {
    const [file] = exportFrom(loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') })).files;
    // An older export of a policy that named "nasional" but kept negative capaian below 0 (the national
    // preset counts them as 0).
    const pkg = JSON.parse(file?.json ?? '{}');
    pkg.policy.clampNegativeAtZero = false;
    const box = loadSandbox({ sheets: [opdListSheet()] });
    const reply = plain(box.call('imporPaketOpd', [{ name: 'dinsos.json', text: JSON.stringify(pkg) }])) as {
      ok: boolean;
      files: { ok: boolean; message: string }[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.files.map((f) => f.ok)).toEqual([true]);
    expect(reply.files[0]?.message).toContain(
      'Paket dinsos.json (Dinas Sosial Kabupaten Sukamaju) menyebut preset kebijakan "nasional", tetapi isinya tidak sesuai preset itu (paket membiarkan capaian di bawah 0, sedangkan preset itu menghitungnya 0), jadi OPD ini dianggap memakai kebijakan kustom ("kustom")',
    );
  });

  it('an honest package’s verdict says nothing about presets', () => {
    const files = exportFrom(loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') })).files;
    const box = loadSandbox({ sheets: [opdListSheet()] });
    const reply = plain(
      box.call(
        'imporPaketOpd',
        files.map((f) => ({ name: f.fileName, text: f.json })),
      ),
    ) as { files: { ok: boolean; message: string }[] };
    expect(reply.files.every((f) => f.ok && !f.message.includes('preset'))).toBe(true);
  });
});
