/**
 * Through the BUILT Code.js: a policy stored under a preset whose values it does not have (stored before
 * the save checked presets, or edited in the document properties) is passed on only as "kustom": in the
 * OPD package (so the Sekda's recap never reads it as that preset), in the supervisors' results packages
 * and in the policy file, each export saying so. The Sekda's import does not take its own stored
 * policy's preset on its word either: a package is judged by the workbook's distribution rules only when
 * both truly follow the same policy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readStoredPolicy, savePolicy } from '../../apps-script/src/settings/policy-store';
import { workbookGrids } from '../../scripts/sample-sheets';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import type { Policy } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';
import { ensureBuilt, loadSandbox, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { OPDS, opdListSheet, opdWorkbook } from './fixtures/opd-workbooks';

beforeAll(ensureBuilt);

const CUSTOM_NOTE =
  'Nilai kebijakan ini berbeda dari preset "tulang_bawang", jadi kebijakan ini dicatat sebagai kebijakan kustom (preset "kustom"), bukan "tulang_bawang".';

/** The national values under the Tulang Bawang preset's name: what an old stored policy may be. */
const mislabelled = (): Policy => ({
  ...POLICY_PRESETS.nasional(),
  preset: 'tulang_bawang',
  name: 'Perbup Tulang Bawang 2025',
});

function store(box: Sandbox, policy: Policy): void {
  expect(savePolicy(box.documentProperties, policy)).toMatchObject({ ok: true });
  expect(readStoredPolicy(box.documentProperties).policy.preset).toBe(policy.preset);
}

interface OpdReply {
  ok: boolean;
  message?: string;
  files: { json: string }[];
  notes: string[];
}
const opdPackages = (box: Sandbox): OpdReply => plain(box.call('ambilPaketOpd')) as OpdReply;

describe('a stored policy that does not follow the preset it names', () => {
  it('goes into the OPD package as "kustom", never under that preset', () => {
    const box = loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') });
    store(box, mislabelled());
    const reply = opdPackages(box);
    expect(reply.message ?? '').toBe('');
    const presets = reply.files.map((f) => JSON.parse(f.json).policy.preset);
    expect(presets).toEqual(reply.files.map(() => 'kustom'));
  });

  it('keeps a preset the stored policy does follow', () => {
    const box = loadSandbox({ sheets: opdWorkbook(OPDS.dinsos, 'Maret 2025') });
    store(box, { ...POLICY_PRESETS.nasional(), name: 'Perbup Sukamaju 2025' });
    const reply = opdPackages(box);
    expect(reply.files.map((f) => JSON.parse(f.json).policy.preset)).toEqual(
      reply.files.map(() => 'nasional'),
    );
    expect(reply.notes.join(' ')).not.toContain('kustom');
  });

  it('goes into the supervisors’ results packages as "kustom", and the export says so', () => {
    const grids = workbookGrids(sampleWorkbook());
    const box = loadSandbox({ sheets: grids.map((g) => ({ name: g.name, rows: g.rows })) });
    store(box, mislabelled());
    const reply = plain(box.call('ambilPaketEkspor')) as {
      ok: boolean;
      packages: { json: string }[];
      notes: string[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.packages.length).toBeGreaterThan(0);
    for (const p of reply.packages) expect(JSON.parse(p.json).policy.preset).toBe('kustom');
    expect(reply.notes).toContain(CUSTOM_NOTE);
  });

  it('goes into the exported policy file as "kustom", its values unchanged', () => {
    const box = loadSandbox();
    store(box, mislabelled());
    const reply = plain(box.call('eksporKebijakan')) as { ok: boolean; json: string };
    expect(reply.ok).toBe(true);
    const exported = JSON.parse(reply.json);
    expect(exported.preset).toBe('kustom');
    expect({ ...exported, preset: 'tulang_bawang' }).toEqual(JSON.parse(JSON.stringify(mislabelled())));
  });
});

describe('the Sekda’s import and its own stored policy’s preset', () => {
  it('does not judge an OPD by rules its own policy only claims to share', () => {
    const files = (['dinsos', 'dishub', 'utara', 'selatan'] as const).flatMap((k) => {
      const box = loadSandbox({ sheets: opdWorkbook(OPDS[k], 'Maret 2025') });
      return opdPackages(box).files.map((f, i) => ({ name: `${k}-${i}.json`, text: f.json }));
    });
    // The OPDs follow the national policy; the Sekda's stored policy names it (and its name) but has
    // no distribution rules of its own: it is custom, and the OPDs' SE 3/2023 results are not its to judge.
    const sekda = POLICY_PRESETS.nasional();
    const rules = sekda.distribution.rules;
    sekda.distribution.rules = Object.fromEntries(
      Object.keys(rules).map((k) => [k, []]),
    ) as unknown as typeof rules;
    const box = loadSandbox({ sheets: [opdListSheet()] });
    store(box, sekda);
    const reply = plain(box.call('imporPaketOpd', files)) as {
      ok: boolean;
      files: { ok: boolean; message: string }[];
    };
    expect(reply.files.filter((f) => !f.ok).map((f) => f.message)).toEqual([]);
    expect(reply.ok).toBe(true);
  });
});
