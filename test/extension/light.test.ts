import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentRequest, pageStatus } from '../../extension/src/content/light/messages';
import { isCompletePolicy } from '../../extension/src/content/light/settings';
import { ContentRequestSchema, PageStatusSchema } from '../../extension/src/messaging';
import { defaultPolicy, POLICY_PRESETS } from '../../shared/policy';

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

describe('light settings: a stored policy is used when it is a complete policy of this version', () => {
  it('accepts what PolicySchema returns (defaults, presets), refuses partial, older and damaged ones', () => {
    expect(isCompletePolicy(defaultPolicy())).toBe(true);
    for (const preset of Object.values(POLICY_PRESETS)) expect(isCompletePolicy(preset())).toBe(true);
    const { rbActions: _, ...partial } = defaultPolicy();
    expect(isCompletePolicy(partial)).toBe(false);
    expect(isCompletePolicy({ ...defaultPolicy(), version: 0 })).toBe(false);
    expect(isCompletePolicy({ ...defaultPolicy(), capaian: 'rusak' })).toBe(false);
    expect(isCompletePolicy({ version: 1, name: 'Kebijakan pribadi' })).toBe(false);
    expect(isCompletePolicy(null)).toBe(false);
  });
});
