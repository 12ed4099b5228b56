/** The result actions against the in-memory port: policy storage, policy fields, compute failures, sheet builders. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedMax } from '../../apps-script/src/features/dashboard/dashboard';
import { policySections } from '../../apps-script/src/features/policy/policy-fields';
import { getPath, setPath } from '../../apps-script/src/features/policy/policy-paths';
import { applyPreset, savePolicyJson } from '../../apps-script/src/features/policy/policy-settings';
import { runCompute } from '../../apps-script/src/features/results/compute';
import { MemorySpreadsheet } from '../../apps-script/src/port/memory';
import {
  asciiJson,
  CHUNK_CHARS,
  commitVersion,
  MAX_CHUNKS,
  readCurrent,
} from '../../apps-script/src/settings/chunked-property';
import {
  loadPolicy,
  POLICY_MANIFEST_PROPERTY,
  POLICY_PROPERTY,
  readStoredPolicy,
  savePolicy,
} from '../../apps-script/src/settings/policy-store';
import { workbookGrids } from '../../scripts/sample-sheets';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, type Policy } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';

const sampleBook = () =>
  new MemorySpreadsheet(workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, values: g.rows })));
const ctx = (book: MemorySpreadsheet) => ({ book, progress: (m: string) => void book.toasts.push(m) });

describe('chunked document properties', () => {
  it('stores a long policy over several keys, each under the 9 KB limit, and reads it back', () => {
    const book = new MemorySpreadsheet();
    // A deep copy: zod hands out its default arrays by reference, so mutating defaultPolicy() would leak.
    const policy: Policy = JSON.parse(JSON.stringify(defaultPolicy()));
    policy.name = 'Perbup Kabupaten Contoh Nomor 12 Tahun 2025 tentang Tambahan Penghasilan Pegawai – revisi';
    // A region with many rules: repeat the Baik rules until the policy needs several parts.
    for (let i = 0; i < 60; i++)
      policy.distribution.rules.baik.push({
        id: `baik_extra_${i}`,
        predikat: ['baik'],
        kind: 'max',
        share: 0.7,
      });
    expect(savePolicy(book, policy)).toEqual({ ok: true, changed: true });
    const parts = [...book.properties.keys()].filter((k) => k.startsWith(`${POLICY_PROPERTY}.v1.`));
    expect(parts.length).toBeGreaterThan(1);
    expect(JSON.parse(book.getProperty(POLICY_MANIFEST_PROPERTY) ?? '').current).toMatchObject({
      v: 1,
      n: parts.length,
    });
    for (const [key, value] of book.properties) expect(value.length, key).toBeLessThanOrEqual(CHUNK_CHARS);
    const loaded = loadPolicy(book);
    expect(loaded.issue).toBeUndefined();
    expect(loaded.policy.name).toBe(policy.name);
    expect(loaded.policy.distribution.rules.baik).toHaveLength(62);
    // The long policy stays as the previous one after the next save, and goes after the one after.
    expect(savePolicy(book, defaultPolicy())).toEqual({ ok: true, changed: true });
    expect(book.getProperty(`${POLICY_PROPERTY}.v1.2`)).not.toBeNull();
    expect(savePolicy(book, { ...defaultPolicy(), name: 'Perbup 2026' })).toEqual({
      ok: true,
      changed: true,
    });
    // Only versions 2 and 3 remain, each in as many parts as its manifest entry names.
    const manifest = JSON.parse(book.getProperty(POLICY_MANIFEST_PROPERTY) ?? '{}');
    const expected = [manifest.previous, manifest.current].flatMap((e: { v: number; n: number }) =>
      Array.from({ length: e.n }, (_, i) => `${POLICY_PROPERTY}.v${e.v}.${i + 1}`),
    );
    expect(manifest).toMatchObject({ current: { v: 3 }, previous: { v: 2 } });
    expect([...book.properties.keys()].sort()).toEqual([POLICY_MANIFEST_PROPERTY, ...expected].sort());
  });

  it('round-trips any text, and escapes non-ASCII so one character is one byte', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30_000 }), (s) => {
        const book = new MemorySpreadsheet();
        const json = asciiJson(JSON.stringify({ s }));
        expect([...json].every((c) => c.charCodeAt(0) < 128)).toBe(true);
        commitVersion(book, 'k', json, 'current');
        const back = readCurrent(book, 'k');
        expect(back.kind === 'text' && JSON.parse(back.text)).toEqual({ s });
      }),
      { numRuns: 40 },
    );
  });

  it('refuses text that would need more parts than allowed, storing nothing', () => {
    const book = new MemorySpreadsheet();
    expect(() => commitVersion(book, 'k', 'x'.repeat(CHUNK_CHARS * MAX_CHUNKS + 1), 'current')).toThrow(
      RangeError,
    );
    expect(book.properties.size).toBe(0);
    const huge = { ...defaultPolicy(), name: 'x'.repeat(200) };
    huge.capaian.categories = Array.from({ length: 10_000 }, (_, i) => ({
      id: `k${i}`,
      label: `K ${i}`,
      min: 0,
    }));
    expect(savePolicy(book, huge)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(book.properties.size).toBe(0);
  });
});

describe('policy paths and fields', () => {
  it('edits only keys that exist, never the prototype', () => {
    const data = JSON.parse(JSON.stringify(defaultPolicy()));
    expect(setPath(data, 'rating.hasilBands.diAtasMin', 1.2)).toBe(true);
    expect(getPath(data, 'rating.hasilBands.diAtasMin')).toBe(1.2);
    expect(setPath(data, '__proto__.polluted', true)).toBe(false);
    expect(setPath(data, 'rating.newKey', 1)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every SE 3/2023 rule and category of the policy with an Indonesian label', () => {
    const policy = defaultPolicy();
    const fields = policySections(policy).flatMap((s) => s.fields);
    const rules = fields.filter((f) => f.path.startsWith('distribution.rules.'));
    expect(rules).toHaveLength(11);
    expect(rules.map((f) => f.label)).toContain('Unit Istimewa: Sangat Baik paling banyak (%)');
    expect(fields.find((f) => f.path === 'capaian.categories.0.min')?.label).toBe(
      'Kategori Sangat Tinggi mulai dari (%)',
    );
    for (const f of fields) expect(getPath(policy, f.path), f.path).not.toBeUndefined();
  });

  it('saves the table chosen by id and rejects shares that do not add up, naming both fields', () => {
    const book = new MemorySpreadsheet();
    const data = JSON.parse(JSON.stringify(defaultPolicy()));
    data.discipline.table = 'tulang_bawang';
    expect(savePolicyJson(JSON.stringify(data), book).ok).toBe(true);
    const stored = readStoredPolicy(book);
    expect(stored.status === 'saved' && stored.policy.discipline.table.perOccurrence.APEL).toBe(0.02);

    data.rating.hasilBands.diAtasMin = 0.8;
    const reply = savePolicyJson(JSON.stringify(data), book);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      // On the bound to correct (the sidebar shows it next to that input), in the sidebar's words.
      expect(reply.errors.map((e) => e.field)).toEqual(['rating.hasilBands.diAtasMin']);
      expect(reply.message).toContain(
        '"Di Atas Ekspektasi bila capaian paling sedikit (%)" (80 %) harus lebih besar dari "Sesuai Ekspektasi bila capaian paling sedikit (%)" (90 %)',
      );
      expect(reply.message).not.toContain('diAtasMin >');
    }
    expect(savePolicyJson(42, book)).toMatchObject({ ok: false });
    expect(savePolicyJson(JSON.parse(JSON.stringify(defaultPolicy())), book)).toMatchObject({ ok: true });
    expect(applyPreset({ id: 'nasional' }, book)).toMatchObject({ ok: false });
    // Whatever a caller sends, the refusal never shows "undefined" or throws on an odd object.
    for (const id of [undefined, { toString: 1 }, null]) {
      const reply = applyPreset(id, book);
      expect(reply).toMatchObject({ ok: false });
      expect(JSON.stringify(reply)).not.toMatch(/undefined|null|object/i);
    }
  });
});

describe('compute against the in-memory port', () => {
  it('reads each input sheet once and writes each output sheet once', () => {
    const book = sampleBook();
    const outcome = runCompute(ctx(book));
    expect(outcome.ok).toBe(true);
    const calls = book.counter.calls;
    for (const name of ['Pegawai', 'Indikator', 'Perilaku', 'Absensi', 'Aktivitas', 'Unit', 'SAKIP'])
      expect(
        calls.filter((c) => c === `read:${name}`),
        name,
      ).toHaveLength(1);
    for (const name of ['Hasil Pegawai', 'Hasil Unit', 'Masalah Data'])
      expect(
        calls.filter((c) => c === `write:${name}`),
        name,
      ).toHaveLength(1);
    expect(book.toasts).toContain('Membaca sheet masukan...');
  });

  it('an exception while scoring leaves the previous results and says why', () => {
    const book = sampleBook();
    runCompute(ctx(book));
    const before = book.sheets.map((s) => JSON.stringify(s.values));
    const outcome = runCompute(ctx(book), () => {
      throw new Error('batas waktu eksekusi terlampaui');
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.lines[0]).toBe(
      'Perhitungan gagal (batas waktu eksekusi terlampaui). Sheet hasil sebelumnya tidak diubah dan sel masukan tidak disentuh.',
    );
    expect(book.sheets.map((s) => JSON.stringify(s.values))).toEqual(before);
  });

  it('without the employee sheet scores the people the other sheets name and says what a list would add', () => {
    const book = new MemorySpreadsheet(
      workbookGrids(sampleWorkbook())
        .filter((g) => g.name !== 'Pegawai')
        .map((g) => ({ name: g.name, values: g.rows })),
    );
    const outcome = runCompute(ctx(book));
    expect(outcome.ok).toBe(true);
    // The 40 employees, and the one the Indikator sheet names that the list lacked (row 190 of the sample).
    expect(outcome.lines[0]).toContain('41 pegawai dinilai');
    const problems = book.getSheet('Masalah Data')?.values.map((r) => String(r[4])) ?? [];
    expect(
      problems.some((m) => m.startsWith('Tidak ada daftar pegawai: pegawai diambil dari tabel Indikator')),
    ).toBe(true);
  });

  it('without any table that names people refuses and names the employee sheet', () => {
    const book = new MemorySpreadsheet(
      workbookGrids(sampleWorkbook())
        .filter((g) => g.name === 'Unit')
        .map((g) => ({ name: g.name, values: g.rows })),
    );
    const outcome = runCompute(ctx(book));
    expect(outcome.ok).toBe(false);
    expect(outcome.lines[0]).toContain('Sheet "Pegawai" tidak ditemukan');
    expect(book.getSheet('Hasil Pegawai')).toBeNull();
  });
});

describe('dashboard limits', () => {
  it('shows the SE 3/2023 cap of Sangat Baik for an Istimewa unit and no cap where none applies', () => {
    const policy: Policy = defaultPolicy();
    const result = scoreOrganisation(sampleWorkbook(), policy);
    const istimewa = result.units.find((u) => u.predikat === 'istimewa');
    const baik = result.units.find((u) => u.predikat === 'baik');
    expect(istimewa && baik).toBeTruthy();
    if (!istimewa || !baik) return;
    // 70% of 14 employees, rounded down (SE 3/2023 rounding default: floor for caps).
    expect(allowedMax(istimewa, 'sangat_baik')).toBe(Math.floor(0.7 * istimewa.employees));
    expect(allowedMax(baik, 'sangat_baik')).toBe(baik.employees);
    expect(allowedMax(baik, 'baik')).toBe(Math.floor(0.7 * baik.employees));
    expect(allowedMax({ ...baik, predikat: null, distribution: null }, 'baik')).toBe('');
  });
});
