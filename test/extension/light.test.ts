import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OVERLAY_POLICY_SECTIONS,
  defaultPolicy as overlayDefaultPolicy,
} from '../../extension/src/content/light/default-policy';
import { contentRequest, pageStatus } from '../../extension/src/content/light/messages';
import { isCompletePolicy } from '../../extension/src/content/light/settings';
import { packagedDutyList, readPackagedDuties } from '../../extension/src/content/model/package';
import { ContentRequestSchema, PageStatusSchema } from '../../extension/src/messaging';
import { ResultsPackageSchema } from '../../shared/pipeline/schema';
import { defaultPolicy, POLICY_PRESETS, PREDIKAT_PEGAWAI } from '../../shared/policy';

/**
 * The content script's zod-free guards (extension/src/content/light/) decide exactly as the zod
 * schemas they stand in for, on random values near the edges.
 */

const text = (max: number) =>
  fc.oneof(fc.string({ maxLength: max }), fc.string({ minLength: max, maxLength: max + 2 }));
const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.double(), fc.string());

describe('light messages: the same answers as the zod schemas', () => {
  it('contentRequest accepts and cleans exactly what ContentRequestSchema does', () => {
    const request = fc.record(
      {
        type: fc.oneof(
          fc.constant('nilai-kerja/status'),
          fc.constant('nilai-kerja/set-overlay'),
          fc.string(),
        ),
        on: fc.oneof(fc.boolean(), anything),
        extra: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(request, anything), (message) => {
        const zod = ContentRequestSchema.safeParse(message);
        expect(contentRequest(message)).toEqual(zod.success ? zod.data : null);
      }),
    );
  });

  it('pageStatus accepts and cleans exactly what PageStatusSchema does', () => {
    const status = fc.record(
      {
        pageType: fc.oneof(text(100), anything),
        rows: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.constant(2 ** 53), anything),
        recognised: fc.oneof(fc.array(text(100), { maxLength: 3 }), anything),
        overlay: fc.oneof(fc.boolean(), anything),
        issues: fc.oneof(fc.array(text(2000), { maxLength: 2 }), fc.array(anything, { maxLength: 2 })),
        extra: anything,
      },
      { requiredKeys: ['pageType', 'rows', 'recognised', 'overlay', 'issues'] },
    );
    fc.assert(
      fc.property(fc.oneof(status, anything), (value) => {
        const zod = PageStatusSchema.safeParse(value);
        const light = pageStatus(value);
        if (zod.success) expect(light).toEqual(zod.data);
        else expect(typeof light).toBe('string');
      }),
    );
  });
});

describe('light settings: a stored policy is used when it is complete, for the overlay, in this version', () => {
  it('accepts what PolicySchema returns (defaults, presets), refuses partial, older and damaged ones', () => {
    expect(isCompletePolicy(defaultPolicy())).toBe(true);
    for (const preset of Object.values(POLICY_PRESETS)) expect(isCompletePolicy(preset())).toBe(true);
    const { capaian: _, ...partial } = defaultPolicy();
    expect(isCompletePolicy(partial)).toBe(false);
    const { hasilBands: __, ...olderRating } = defaultPolicy().rating;
    expect(isCompletePolicy({ ...defaultPolicy(), rating: olderRating })).toBe(false);
    // A section the overlay never reads (OverlayPolicy) is not its to check: the defaults leave it out.
    const { rbActions: ___, ...withoutUnread } = defaultPolicy();
    expect(isCompletePolicy(withoutUnread)).toBe(true);
    expect(isCompletePolicy({ ...defaultPolicy(), version: 0 })).toBe(false);
    expect(isCompletePolicy({ ...defaultPolicy(), capaian: 'rusak' })).toBe(false);
    expect(isCompletePolicy({ version: 1, name: 'Kebijakan pribadi' })).toBe(false);
    expect(isCompletePolicy(null)).toBe(false);
  });
});

describe('the overlay policy: only the sections the overlay reads, the core values unchanged', () => {
  it('is the core default policy picked to OVERLAY_POLICY_SECTIONS, without SAKIP, RB, discipline or pembinaan', () => {
    const core = defaultPolicy() as unknown as Record<string, unknown>;
    const overlay = overlayDefaultPolicy() as unknown as Record<string, unknown>;
    expect(Object.keys(overlay).sort()).toEqual([...OVERLAY_POLICY_SECTIONS].sort());
    for (const key of OVERLAY_POLICY_SECTIONS) if (key !== 'periods') expect(overlay[key]).toEqual(core[key]);
    // Periods without the working calendar: the overlay counts no working days.
    const { calendar: _calendar, ...periods } = core.periods as Record<string, unknown>;
    expect(overlay.periods).toEqual(periods);
    for (const unread of ['sakip', 'rb', 'rbActions', 'discipline', 'pembinaan', 'history', 'legacy'])
      expect(overlay).not.toHaveProperty(unread);
  });
});

describe('light package duties: the same answers as the package schema', () => {
  const DutiesSchema = ResultsPackageSchema.shape.duties.unwrap();
  const isoDate = fc
    .date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  /** Mostly a valid value, sometimes a wrong one: lists of several duties are often wholly valid. */
  const mostly = <T>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown> = anything) =>
    fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: wrong, weight: 1 });
  const nullable = <T>(valid: fc.Arbitrary<T>) => mostly(fc.oneof(valid, fc.constant(null)));
  const duty = fc.record(
    {
      duty: mostly(fc.constantFrom('teguran', 'apresiasi', 'umpan_balik'), fc.oneof(fc.string(), anything)),
      nip: mostly(fc.constantFrom('199601182022031002', '199207252019032004')),
      nama: mostly(fc.constantFrom('Yoga Pratama', 'Dewi Kartika Sari, S.Kom.')),
      predikat: nullable(fc.constantFrom(...PREDIKAT_PEGAWAI)),
      from: nullable(isoDate),
      to: nullable(isoDate),
      lastRecord: nullable(
        fc.record(
          {
            tanggal: mostly(isoDate),
            jenis: mostly(fc.constantFrom('Teguran lisan', 'Apresiasi tertulis')),
            extra: anything,
          },
          { requiredKeys: [] },
        ),
      ),
      text: mostly(fc.string({ maxLength: 120 })),
      extra: anything,
    },
    { requiredKeys: ['duty', 'nip', 'nama', 'predikat', 'from', 'to', 'lastRecord', 'text'] },
  );

  it('packagedDutyList accepts and cleans exactly what the schema of `duties` does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.array(duty, { maxLength: 3 }), fc.array(anything, { maxLength: 2 }), anything),
        (value) => {
          const zod = DutiesSchema.safeParse(value);
          expect(packagedDutyList(value)).toEqual(zod.success ? zod.data : null);
          if (zod.success && zod.data.length > 0) accepted++;
        },
      ),
      { numRuns: 600 },
    );
    // Not only refusals: many generated lists of duties are valid and read the same.
    expect(accepted).toBeGreaterThan(10);
  });

  it('reads the duties and their basis from a package, and nothing from one exported before the register', () => {
    const text =
      'Yoga Pratama (Butuh Perbaikan): Teguran/pembinaan belum tercatat, dicari 2025-09-30 s.d. 2025-10-30';
    const stored = {
      duties: [
        {
          duty: 'teguran',
          nip: '199601182022031002',
          nama: 'Yoga Pratama',
          predikat: 'butuh_perbaikan',
          from: '2025-09-30',
          to: '2025-10-30',
          lastRecord: null,
          text,
        },
      ],
      dutyBasis: 'Kewajiban atasan dinilai dari sheet "Catatan Pembinaan" pada 2025-10-30.',
    };
    expect(readPackagedDuties(stored)).toEqual({
      duties: [stored.duties[0]],
      basis: stored.dutyBasis,
    });
    expect(readPackagedDuties({ employees: [] })).toBeNull();
    expect(readPackagedDuties({ duties: [{ ...stored.duties[0], predikat: 'luar_biasa' }] })).toBeNull();
    expect(readPackagedDuties({ duties: [] })).toEqual({ duties: [], basis: null });
  });
});
