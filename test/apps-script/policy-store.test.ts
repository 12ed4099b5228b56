/**
 * The stored policy in the BUILT Code.js: saved atomically (a failure between its parts leaves the
 * previous policy in force), missing or damaged parts reported by name (never replaced by the national
 * defaults in silence), saves under the document lock (a save and "Hitung nilai" never interleave), the
 * previous policy kept for "Pulihkan", and the layout before manifests read and migrated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checksum } from '../../apps-script/src/settings/chunked-property';
import {
  POLICY_MANIFEST_PROPERTY,
  POLICY_PROPERTY,
  readPreviousPolicy,
  readStoredPolicy,
} from '../../apps-script/src/settings/policy-store';
import { defaultPolicy, type Policy } from '../../shared/policy/schema';
import { ensureBuilt, plain, type Sandbox } from '../../tools/apps-script-sandbox/sandbox';
import { sampleBox } from './output-state';

beforeAll(ensureBuilt);

type Reply = { ok: boolean; message: string; state?: { source: string; previous: { name: string } | null } };
const save = (box: Sandbox, policy: unknown): Reply =>
  plain(box.call('simpanKebijakan', JSON.stringify(policy))) as Reply;

const sheetValues = (box: Sandbox, name: string) =>
  plain(box.book.sheets.find((s) => s.name === name)?.snapshot() ?? []);
/** Ahmad Fauzi's recommendation: "Usulan penghargaan" under the national rules, "Apresiasi" under STRICT. */
const ahmad = (box: Sandbox) =>
  sheetValues(box, 'Hasil Pegawai').find((r) => r[2] === 'Ahmad Fauzi, S.Sos.')?.[17];

/** A region's own policy: its values are no preset's, so it is saved as custom ("kustom"). */
const named = (name: string, edit: (p: Policy) => void = () => {}): Policy => {
  const policy = defaultPolicy();
  policy.name = name;
  policy.preset = 'kustom';
  edit(policy);
  return policy;
};
/** Nobody reaches 150%: the award becomes apresiasi. */
/** How many document properties a policy is stored in (its compact JSON in parts of 8,000 characters). */
const partsOf = (policy: Policy): number => Math.ceil(JSON.stringify(policy).length / 8000);

const STRICT = named('Perbup Ketat 2025', (p) => {
  p.reward.penghargaanMinCapaian = 1.5;
});
/** A region with long rule lists: its JSON needs several properties. */
const LONG = named('Perbup Panjang 2025', (p) => {
  for (let i = 0; i < 150; i++)
    p.distribution.rules.baik.push({ id: `baik_tambahan_${i}`, predikat: ['baik'], kind: 'max', share: 0.7 });
});

const store = (box: Sandbox) => new Map(box.documentProperties.store);
const manifest = (box: Sandbox) =>
  JSON.parse(box.documentProperties.store.get(POLICY_MANIFEST_PROPERTY) ?? 'null') as {
    current: { v: number; n: number };
    previous: { v: number; n?: number } | null;
  } | null;

/** Makes the n-th setProperty from now on throw (optionally after storing, as a service may). */
function failSetProperty(box: Sandbox, n: number, afterStoring = false): () => void {
  const props = box.documentProperties;
  const original = props.setProperty.bind(props);
  let calls = 0;
  props.setProperty = (key: string, value: string) => {
    calls++;
    if (calls === n) {
      if (afterStoring) original(key, value);
      throw new Error('Service error: PropertiesService');
    }
    return original(key, value);
  };
  return () => {
    delete (props as { setProperty?: unknown }).setProperty;
  };
}

/**
 * The fake document lock held across executions, as LockService's is: tryLock fails while another
 * execution (here: an outer call still running) holds it.
 */
function exclusiveLock(box: Sandbox): void {
  const lock = box.lock;
  lock.tryLock = () => {
    if (lock.held || lock.heldElsewhere) return false;
    lock.held = true;
    return true;
  };
}

describe('saving atomically', () => {
  it('keeps the previous policy in force, byte for byte, when any property write of a save fails', () => {
    const box = sampleBox();
    expect(save(box, STRICT).ok).toBe(true);
    const before = store(box);
    const parts = Math.ceil(JSON.stringify(LONG).length / 8000);
    expect(parts).toBeGreaterThanOrEqual(3);
    // Every part, then the manifest: a failure at each step.
    for (let n = 1; n <= parts + 1; n++) {
      const restore = failSetProperty(box, n);
      const reply = save(box, LONG);
      restore();
      expect(reply.ok, `write ${n}`).toBe(false);
      expect(reply.message).toContain('Kebijakan gagal disimpan (Service error: PropertiesService)');
      expect(reply.message).toContain('Kebijakan yang berlaku tidak berubah');
      expect(store(box), `write ${n}`).toEqual(before);
      expect(readStoredPolicy(box.documentProperties)).toMatchObject({ status: 'saved', policy: STRICT });
    }
    box.call('hitungNilai');
    expect(ahmad(box)).toBe('Apresiasi');
    // Without the failure, the same save goes through; the policy it replaced is kept for "Pulihkan".
    expect(save(box, LONG).ok).toBe(true);
    expect(readStoredPolicy(box.documentProperties).policy.distribution.rules.baik).toHaveLength(152);
    expect(readPreviousPolicy(box.documentProperties)).toMatchObject({ status: 'saved', policy: STRICT });
  });

  it('counts a save whose manifest was stored before the service failed as saved', () => {
    const box = sampleBox();
    expect(save(box, STRICT).ok).toBe(true);
    const next = named('Perbup Baru 2026');
    // Every part, then the manifest: the failure comes right after the manifest was stored.
    const restore = failSetProperty(box, partsOf(next) + 1, true);
    const reply = save(box, next);
    restore();
    expect(reply.ok).toBe(true);
    expect(readStoredPolicy(box.documentProperties).policy.name).toBe('Perbup Baru 2026');
  });

  it('writes a new version under new keys, the manifest last, and keeps exactly one previous version', () => {
    const box = sampleBox();
    const order: string[] = [];
    const props = box.documentProperties;
    const original = props.setProperty.bind(props);
    props.setProperty = (key: string, value: string) => {
      order.push(key);
      return original(key, value);
    };
    save(box, LONG);
    expect(order.at(-1)).toBe(POLICY_MANIFEST_PROPERTY);
    expect(order.slice(0, -1).every((k) => k.startsWith(`${POLICY_PROPERTY}.v1.`))).toBe(true);
    expect(manifest(box)).toMatchObject({ current: { v: 1 }, previous: { v: 0 } });
    save(box, STRICT);
    save(box, named('Perbup Ketiga'));
    expect(manifest(box)).toMatchObject({ current: { v: 3 }, previous: { v: 2 } });
    // The long version 1 is cleaned once nothing names it.
    const m = manifest(box);
    const expected = [m?.previous, m?.current].flatMap((e) =>
      e ? Array.from({ length: e.n ?? 0 }, (_, i) => `${POLICY_PROPERTY}.v${e.v}.${i + 1}`) : [],
    );
    expect([...props.store.keys()].sort()).toEqual([POLICY_MANIFEST_PROPERTY, ...expected].sort());
    for (const [key, value] of props.store) expect(value.length, key).toBeLessThanOrEqual(8000);
  });

  it('cleans the parts a failed longer save could not remove when the next save succeeds', () => {
    const box = sampleBox();
    save(box, STRICT);
    // The service fails on the manifest and then on every delete: LONG's parts stay behind, unnamed.
    const restore = failSetProperty(box, Math.ceil(JSON.stringify(LONG).length / 8000) + 1);
    const props = box.documentProperties;
    props.deleteProperty = () => {
      throw new Error('Service error: PropertiesService');
    };
    expect(save(box, LONG).ok).toBe(false);
    restore();
    delete (props as { deleteProperty?: unknown }).deleteProperty;
    expect(props.store.has(`${POLICY_PROPERTY}.v2.3`)).toBe(true);
    expect(readStoredPolicy(props).policy.name).toBe('Perbup Ketat 2025');
    // The next save takes the same version number and removes what it does not overwrite.
    expect(save(box, named('Perbup Pendek')).ok).toBe(true);
    expect([...props.store.keys()].filter((k) => k.startsWith(`${POLICY_PROPERTY}.v2.`))).toEqual(
      Array.from({ length: manifest(box)?.current.n ?? 0 }, (_, i) => `${POLICY_PROPERTY}.v2.${i + 1}`),
    );
  });

  it('saving the policy already in force changes nothing and keeps the previous one', () => {
    const box = sampleBox();
    save(box, STRICT);
    save(box, LONG);
    const before = store(box);
    const reply = save(box, LONG);
    expect(reply).toMatchObject({
      ok: true,
      message: 'Kebijakan "Perbup Panjang 2025" sudah berlaku; tidak ada yang diubah.',
    });
    expect(store(box)).toEqual(before);
  });
});

describe('missing or damaged parts', () => {
  const damaged = (damage: (box: Sandbox) => void) => {
    const box = sampleBox();
    save(box, STRICT);
    save(box, LONG);
    box.call('hitungNilai');
    const results = sheetValues(box, 'Hasil Pegawai');
    damage(box);
    const text = box.call('hitungNilai') as string;
    expect(text).toContain('Kebijakan tersimpan rusak, jadi nilai tidak dihitung');
    expect(sheetValues(box, 'Hasil Pegawai')).toEqual(results);
    return { box, text };
  };

  it('names a missing part and its key, refuses to compute, and never shows the defaults as saved', () => {
    const { box, text } = damaged((b) => b.documentProperties.store.delete(`${POLICY_PROPERTY}.v2.2`));
    expect(text).toContain(
      `Bagian 2 dari ${manifest(box)?.current.n} kebijakan tersimpan (properti dokumen "${POLICY_PROPERTY}.v2.2") hilang.`,
    );
    const state = plain(box.call('ambilKebijakan')) as Reply;
    expect(state.state?.source).toContain('Kebijakan tersimpan rusak, jadi "Hitung nilai" menolak berjalan');
    expect(state.state?.source).toContain('Bagian 2 dari');
    // Exporting would hand out the national defaults as if they were the region's policy: refused.
    const exported = plain(box.call('eksporKebijakan')) as { ok: boolean; message: string };
    expect(exported.ok).toBe(false);
    expect(exported.message).toContain('Bagian 2 dari');
    // The custom functions still answer (with the national rules), as before.
    expect(box.call('RATING_HASIL', 1.1)).toBe('Di Atas Ekspektasi');
    // A save replaces the damaged policy; the one before it stays the one to restore, the damaged one goes.
    expect(save(box, named('Perbup Perbaikan')).ok).toBe(true);
    expect(readPreviousPolicy(box.documentProperties)).toMatchObject({ status: 'saved', policy: STRICT });
    expect([...box.documentProperties.store.keys()].some((k) => k.startsWith(`${POLICY_PROPERTY}.v2.`))).toBe(
      false,
    );
  });

  it('recovers from a missing part by restoring the previous policy', () => {
    const { box } = damaged((b) => b.documentProperties.store.delete(`${POLICY_PROPERTY}.v2.1`));
    expect((plain(box.call('ambilKebijakan')) as Reply).state?.previous?.name).toBe('Perbup Ketat 2025');
    const restored = plain(box.call('pulihkanKebijakan')) as Reply;
    expect(restored.ok).toBe(true);
    expect(restored.message).toContain('Kebijakan sebelumnya "Perbup Ketat 2025" dipulihkan');
    expect(restored.message).toContain('("kebijakan tersimpan yang rusak")');
    box.call('hitungNilai');
    expect(ahmad(box)).toBe('Apresiasi');
    // The damaged one is now "previous" and cannot be restored, and says why.
    const again = plain(box.call('pulihkanKebijakan')) as Reply;
    expect(again.ok).toBe(false);
    expect(again.message).toContain(
      'Kebijakan sebelumnya tidak dapat dipulihkan karena rusak. Bagian 1 dari',
    );
  });

  it('detects a changed part through the checksum', () => {
    const { text } = damaged((b) => {
      const key = `${POLICY_PROPERTY}.v2.1`;
      b.documentProperties.store.set(key, (b.documentProperties.store.get(key) ?? '').replace('0.7', '0.9'));
    });
    expect(text).toContain('tidak utuh: isinya tidak cocok dengan tanda periksanya');
  });

  it('names a damaged manifest, and a save afterwards puts a policy back in force', () => {
    for (const broken of ['{"format":1,"current":', '{"format":1,"current":{"v":2,"n":-1}}', '[]']) {
      const { box, text } = damaged((b) => b.documentProperties.store.set(POLICY_MANIFEST_PROPERTY, broken));
      expect(text).toContain(
        `Penanda versi kebijakan tersimpan (properti dokumen "${POLICY_MANIFEST_PROPERTY}") rusak`,
      );
      expect((plain(box.call('ambilKebijakan')) as Reply).state?.previous).toBeNull();
      expect(save(box, STRICT).ok).toBe(true);
      box.call('hitungNilai');
      expect(ahmad(box)).toBe('Apresiasi');
    }
  });

  it('names text that is not JSON and a policy the schema refuses, even with a matching checksum', () => {
    const write = (box: Sandbox, text: string) => {
      box.documentProperties.store.set(`${POLICY_PROPERTY}.v9.1`, text);
      box.documentProperties.store.set(
        POLICY_MANIFEST_PROPERTY,
        JSON.stringify({
          format: 1,
          current: { v: 9, n: 1, len: text.length, sum: checksum(text) },
          previous: null,
        }),
      );
    };
    const notJson = damaged((b) => write(b, '{"version":1,'));
    expect(notJson.text).toContain('Isi kebijakan tersimpan bukan JSON yang sah');
    const invalid = damaged((b) =>
      write(
        b,
        JSON.stringify({
          version: 1,
          capaian: { categories: [{ id: 'a', label: '=IMPORTXML("x")', min: 0 }] },
        }),
      ),
    );
    expect(invalid.text).toContain('isian "capaian.categories.0.label": teks "=IMPORTXML("x")" diawali "="');
  });
});

describe('the layout before manifests', () => {
  const legacyParts = (policy: Policy) => {
    const json = JSON.stringify(policy);
    const parts = json.match(/[\s\S]{1,8000}/g) ?? [];
    return {
      [POLICY_PROPERTY]: `chunks:${parts.length}`,
      ...Object.fromEntries(parts.map((p, i) => [`${POLICY_PROPERTY}.${i + 1}`, p])),
    };
  };

  it('is read as before, then migrated by the first save, the old policy kept for "Pulihkan"', () => {
    const box = sampleBox({ documentProperties: legacyParts(STRICT) });
    box.call('hitungNilai');
    expect(ahmad(box)).toBe('Apresiasi');
    expect(save(box, named('Perbup Baru 2026')).ok).toBe(true);
    const keys = [...box.documentProperties.store.keys()];
    expect(keys.filter((k) => /^nilaiKerja\.policy(\.\d+)?$/.test(k))).toEqual([]);
    expect(manifest(box)).toMatchObject({ current: { v: 2 }, previous: { v: 1 } });
    expect(readPreviousPolicy(box.documentProperties)).toMatchObject({ status: 'saved', policy: STRICT });
    expect((plain(box.call('pulihkanKebijakan')) as Reply).ok).toBe(true);
    box.call('hitungNilai');
    expect(ahmad(box)).toBe('Apresiasi');
  });

  it('names a missing old-layout part instead of joining what is left', () => {
    const stored = legacyParts(LONG);
    delete (stored as Record<string, string>)[`${POLICY_PROPERTY}.2`];
    const box = sampleBox({ documentProperties: stored });
    const text = box.call('hitungNilai') as string;
    expect(text).toContain(`(properti dokumen "${POLICY_PROPERTY}.2") hilang`);
    // A save replaces the broken policy and removes the old layout; there is nothing to restore.
    expect(save(box, STRICT).ok).toBe(true);
    expect(box.documentProperties.store.has(POLICY_PROPERTY)).toBe(false);
    expect(manifest(box)?.previous).toBeNull();
  });
});

describe('saves under the document lock', () => {
  it('refuses a save while "Hitung nilai" holds the lock; compute uses one whole policy', () => {
    const box = sampleBox();
    save(box, STRICT);
    exclusiveLock(box);
    const props = box.documentProperties;
    const original = props.getProperty.bind(props);
    let reply: Reply | null = null;
    let pressed = false;
    props.getProperty = (key: string) => {
      // The moment compute reads the policy, the admin presses Save in the sidebar.
      if (key === POLICY_MANIFEST_PROPERTY && !pressed) {
        pressed = true;
        reply = save(box, named('Perbup Sela'));
      }
      return original(key);
    };
    const text = box.call('hitungNilai') as string;
    delete (props as { getProperty?: unknown }).getProperty;
    expect(reply).toMatchObject({ ok: false });
    expect(reply!.message).toContain('sedang berjalan di spreadsheet ini, jadi kebijakan belum diubah');
    expect(text).toContain('pegawai dinilai');
    expect(ahmad(box)).toBe('Apresiasi');
    expect(readStoredPolicy(props).policy.name).toBe('Perbup Ketat 2025');
    // Once compute is done, the same save goes through.
    expect(save(box, named('Perbup Sela')).ok).toBe(true);
    expect(box.lock.held).toBe(false);
  });

  it('refuses "Hitung nilai" while a save holds the lock, and the save completes', () => {
    const box = sampleBox();
    save(box, STRICT);
    exclusiveLock(box);
    const props = box.documentProperties;
    const original = props.setProperty.bind(props);
    let text = '';
    props.setProperty = (key: string, value: string) => {
      if (text === '') text = box.call('hitungNilai') as string;
      return original(key, value);
    };
    const reply = save(box, LONG);
    delete (props as { setProperty?: unknown }).setProperty;
    expect(text).toContain('Proses Nilai Kerja lain sedang berjalan');
    expect(reply.ok).toBe(true);
    expect(box.lock.held).toBe(false);
    expect(readStoredPolicy(props).policy.name).toBe('Perbup Panjang 2025');
  });

  it('lets a reader without the lock (a custom function) see the old or the new policy, never a mix', () => {
    const box = sampleBox();
    save(box, STRICT);
    const props = box.documentProperties;
    const original = props.setProperty.bind(props);
    const seen: string[] = [];
    props.setProperty = (key: string, value: string) => {
      const stored = readStoredPolicy(props);
      seen.push(stored.status === 'saved' ? stored.policy.name : stored.status);
      return original(key, value);
    };
    save(box, LONG);
    delete (props as { setProperty?: unknown }).setProperty;
    expect(new Set(seen)).toEqual(new Set(['Perbup Ketat 2025']));
    expect(readStoredPolicy(props).policy.name).toBe('Perbup Panjang 2025');
  });

  it('retries a read once when a save switched versions and removed the parts it was reading', () => {
    const box = sampleBox();
    save(box, LONG);
    const props = box.documentProperties;
    const original = props.getProperty.bind(props);
    let interfered = false;
    props.getProperty = (key: string) => {
      if (key === `${POLICY_PROPERTY}.v1.2` && !interfered) {
        interfered = true;
        // Two saves between the reader's manifest and its second part: version 1 is deleted.
        delete (props as { getProperty?: unknown }).getProperty;
        save(box, STRICT);
        save(box, named('Perbup Ketiga'));
      }
      return original(key);
    };
    const stored = readStoredPolicy(props);
    delete (props as { getProperty?: unknown }).getProperty;
    expect(interfered).toBe(true);
    expect(stored).toMatchObject({ status: 'saved', policy: { name: 'Perbup Ketiga' } });
  });
});

describe('restoring the previous policy', () => {
  it('swaps the policy in force and the previous one, so a restore can be undone too', () => {
    const box = sampleBox();
    expect((plain(box.call('pulihkanKebijakan')) as Reply).message).toBe(
      'Belum ada kebijakan sebelumnya yang dapat dipulihkan.',
    );
    save(box, STRICT);
    // The first save keeps "nothing saved" as the previous state: restoring brings the national defaults back.
    const first = plain(box.call('pulihkanKebijakan')) as Reply;
    expect(first.ok).toBe(true);
    expect(readStoredPolicy(box.documentProperties).status).toBe('default');
    box.call('hitungNilai');
    expect(ahmad(box)).toBe('Usulan penghargaan');
    const undo = plain(box.call('pulihkanKebijakan')) as Reply;
    expect(undo.message).toContain('Kebijakan sebelumnya "Perbup Ketat 2025" dipulihkan');
    box.call('hitungNilai');
    expect(ahmad(box)).toBe('Apresiasi');
  });

  it('is refused while another run holds the lock', () => {
    const box = sampleBox();
    save(box, STRICT);
    box.lock.heldElsewhere = true;
    const reply = plain(box.call('pulihkanKebijakan')) as Reply;
    box.lock.heldElsewhere = false;
    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('kebijakan belum diubah');
    expect(readStoredPolicy(box.documentProperties).policy.name).toBe('Perbup Ketat 2025');
  });
});
