import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Failure, fail, type Issue, type Result } from '../../shared/core/issue';
import type { Polarity, Target } from '../../shared/parse/types';
import { type CapaianPolicy, defaultPolicy, type Policy } from '../../shared/policy/schema';
import {
  type Amount,
  alignScales,
  capaianBetween,
  capaianOf,
  capaianOfMeasured,
  capaianValue,
  categorize,
  decideIndicator,
  type IndicatorFacts,
  type IndicatorFlag,
  type IndicatorVerdict,
  type Measure,
  proposeHasilRating,
} from '../../shared/score';
import { as, junk, policies, sometimes } from './junk';

/*
 * The indicator verdict on plain fields (IndicatorDecision, capaianOfMeasured, capaianBetween) is the one
 * the pipeline decides 100,000 rows with, and decideIndicator decides through it. These are the plain
 * definitions it replaced, object per fact and per verdict, kept here: on well-formed facts and on junk,
 * every result is the same (toStrictEqual: the same numbers, -0 apart from 0, the same issues).
 */

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const shown = (value: unknown): string | number => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '-';
  if (typeof value === 'string' && value.trim() !== '') return value;
  return '-';
};

function referenceAgainstBound(bound: number, realisasi: number, polarity: Polarity, policy: CapaianPolicy) {
  if (bound === 0) {
    if (polarity === 'positif') return fail('CAPAIAN_TARGET_ZERO', { realisasi });
    const zero = policy.zeroTargetNegative;
    return realisasi === 0 ? zero.whenRealisasiZero : zero.otherwise;
  }
  const raw = polarity === 'positif' ? realisasi / bound : (2 * bound - realisasi) / bound;
  if (!Number.isFinite(raw)) return fail('CAPAIAN_OUT_OF_RANGE', { target: bound, realisasi });
  return polarity === 'negatif' && policy.clampNegativeAtZero && raw < 0 ? 0 : raw;
}

/** The plain capaianValue: its checks in order, on a Target object. */
function referenceCapaianValue(
  target: Target,
  realisasi: number,
  polarity: Polarity,
  policy: CapaianPolicy,
): number | Failure {
  if (!finite(realisasi)) return fail('CAPAIAN_REALISASI_INVALID');
  if (realisasi < 0) return fail('CAPAIAN_REALISASI_NEGATIVE', { realisasi });
  if (polarity !== 'positif' && polarity !== 'negatif')
    return fail('CAPAIAN_POLARITY_INVALID', { polarity: shown(polarity) });
  if (typeof target !== 'object' || target === null) return fail('CAPAIAN_TARGET_INVALID');
  if (target.kind === 'single') {
    if (!finite(target.value)) return fail('CAPAIAN_TARGET_INVALID');
    if (target.value < 0) return fail('CAPAIAN_TARGET_NEGATIVE', { target: target.value });
    return referenceAgainstBound(target.value, realisasi, polarity, policy);
  }
  const { low, high } = target;
  if (!finite(low) || !finite(high)) return fail('CAPAIAN_TARGET_INVALID');
  if (low < 0) return fail('CAPAIAN_TARGET_NEGATIVE', { target: low });
  if (low > high) return fail('CAPAIAN_RANGE_INVERTED', { low, high });
  if (realisasi < low) return referenceAgainstBound(low, realisasi, polarity, policy);
  if (realisasi > high) return referenceAgainstBound(high, realisasi, polarity, policy);
  return policy.insideRange;
}

/** The plain capaianOf: alignScales, then capaianValue on the aligned Target. */
function referenceCapaianOf(
  target: Measure,
  realisasi: Amount,
  polarity: Polarity,
  policy: Pick<Policy, 'capaian'>,
): number | Failure {
  const aligned = alignScales(target, realisasi);
  if (aligned === null)
    return referenceCapaianValue(
      target as unknown as Target,
      (realisasi as Amount | null)?.value as number,
      polarity,
      policy.capaian,
    );
  return referenceCapaianValue(aligned.target, aligned.realisasi, polarity, policy.capaian);
}

const TARGET_FAILURES = new Set([
  'CAPAIAN_TARGET_ZERO',
  'CAPAIAN_TARGET_NEGATIVE',
  'CAPAIAN_TARGET_INVALID',
  'CAPAIAN_RANGE_INVERTED',
]);

/** The plain decideIndicator: a list of flags and a verdict object per call. */
function referenceDecide(
  facts: IndicatorFacts,
  policy: Pick<Policy, 'capaian' | 'rating'>,
): IndicatorVerdict {
  let flags: IndicatorFlag[] | undefined;
  const flag = (f: IndicatorFlag) => {
    if (flags === undefined) flags = [];
    flags.push(f);
  };
  let capaian: number | null = null;
  let issue: Issue | null = null;
  let issueField: IndicatorVerdict['issueField'] = null;
  const { realisasi } = facts;
  const target: Result<Measure> = isObject(facts.target) ? facts.target : fail('CAPAIAN_TARGET_INVALID');
  if (!target.ok) {
    issue = target.issue;
    issueField = 'target';
  }
  if (realisasi === 'absent') flag('target_saja');
  else if (realisasi === 'empty') flag('realisasi_kosong');
  else {
    if (!isObject(realisasi)) {
      if (issue === null) {
        issue = fail('CAPAIAN_REALISASI_INVALID').issue;
        issueField = 'realisasi';
      }
    } else if (!realisasi.ok) {
      if (issue === null) {
        issue = realisasi.issue;
        issueField = 'realisasi';
      }
    } else if (target.ok) {
      const c = referenceCapaianOf(target.value, realisasi.value, facts.polarity, policy);
      if (typeof c === 'number') capaian = c;
      else {
        issue = c.issue;
        issueField = TARGET_FAILURES.has(c.issue.code) ? 'target' : 'realisasi';
      }
    }
    if (capaian === null) flag('tidak_terhitung');
    if (facts.evidence === false) flag('tanpa_bukti');
  }
  if (facts.feedback === false && realisasi !== 'absent') flag('tanpa_umpan_balik');
  return {
    capaian,
    kategori: capaian === null ? null : categorize(capaian, policy.capaian),
    ratingUsulan: capaian === null ? null : proposeHasilRating(capaian, policy.rating),
    flags: flags ?? [],
    issue,
    issueField,
  };
}

const number = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 0.85, 1.5, 1.6, 85, 100, 1e-320, 1e308),
);
const scale = fc.constantFrom('bare' as const, 'fraction' as const, 'points' as const);
const measure = fc.oneof(
  fc.record({ kind: fc.constant('single' as const), value: number, scale }),
  fc.record({ kind: fc.constant('range' as const), low: number, high: number, scale }),
);
const amount = fc.record({ value: number, scale });
const polarity = fc.constantFrom('positif' as const, 'negatif' as const);
const result = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.record({ ok: fc.constant(true), value }),
    fc.constant({ ok: false, issue: { code: 'TARGET_EMPTY' } }),
    fc.constant({ ok: false }),
  );
const facts = fc.record(
  {
    target: fc.oneof(result(measure), result(sometimes(measure)), junk),
    realisasi: fc.oneof(result(amount), result(sometimes(amount)), fc.constantFrom('absent', 'empty'), junk),
    polarity: sometimes(polarity),
    evidence: sometimes(fc.boolean()),
    feedback: sometimes(fc.boolean()),
  },
  { requiredKeys: [] },
);
const RUNS = { numRuns: 2000 };

describe('a target read ok but holding nothing (a damaged fact)', () => {
  const read = { ok: true, value: { value: 0, scale: 'bare' } };
  it('is refused as the target, or for its damaged polarity first, as the plain definitions say', () => {
    for (const polarity of ['positif', '-'] as const) {
      const f = { target: { ok: true, value: null }, realisasi: read, polarity };
      const verdict = decideIndicator(as(f), defaultPolicy());
      expect({ ...verdict, flags: [...verdict.flags] }).toStrictEqual(
        referenceDecide(as(f), defaultPolicy()),
      );
    }
    const verdict = decideIndicator(
      as({ target: { ok: true, value: null }, realisasi: read, polarity: 'positif' }),
      defaultPolicy(),
    );
    expect(verdict.issue?.code).toBe('CAPAIAN_TARGET_INVALID');
    expect(verdict.issueField).toBe('target');
  });
});

describe('the indicator verdict on plain fields gives what the plain definitions gave', () => {
  it('decideIndicator: the same verdict, flags, issue and field, on well-formed facts and on junk', () => {
    fc.assert(
      fc.property(facts, policies, (f, policy) => {
        const verdict = decideIndicator(as(f), policy);
        const reference = referenceDecide(as(f), policy);
        expect({ ...verdict, flags: [...verdict.flags] }).toStrictEqual(reference);
      }),
      RUNS,
    );
  });

  it('capaianOf and capaianOfMeasured: the same capaian or failure as alignScales then capaianValue', () => {
    fc.assert(
      fc.property(
        fc.oneof(measure, sometimes(measure)),
        fc.oneof(amount, sometimes(amount)),
        sometimes(polarity),
        policies,
        (m, a, p, policy) => {
          const reference = referenceCapaianOf(as(m), as(a), as(p), policy);
          expect(capaianOf(as(m), as(a), as(p), policy)).toStrictEqual(reference);
          const target = m as Measure;
          const real = a as Amount;
          if (!isObject(target) || !isObject(real) || !finite(real.value)) return;
          if (target.kind === 'single' && finite(target.value))
            expect(
              capaianOfMeasured(false, 0, target.value, target.scale, real.value, real.scale, as(p), policy),
            ).toStrictEqual(reference);
          if (target.kind === 'range' && finite(target.low) && finite(target.high))
            expect(
              capaianOfMeasured(
                true,
                target.low,
                target.high,
                target.scale,
                real.value,
                real.scale,
                as(p),
                policy,
              ),
            ).toStrictEqual(reference);
        },
      ),
      RUNS,
    );
  });

  it('capaianValue: the same checks in the same order as before, on any target', () => {
    fc.assert(
      fc.property(
        fc.oneof(measure, sometimes(measure)),
        sometimes(number),
        sometimes(polarity),
        policies,
        (m, r, p, policy) => {
          expect(capaianValue(as(m), as(r), as(p), policy.capaian)).toStrictEqual(
            referenceCapaianValue(as(m), as(r), as(p), policy.capaian),
          );
        },
      ),
      RUNS,
    );
  });

  it('capaianBetween: capaianValue on the same target written as fields', () => {
    fc.assert(
      fc.property(measure, sometimes(number), sometimes(polarity), policies, (m, r, p, policy) => {
        const target: Target =
          m.kind === 'single'
            ? { kind: 'single', value: m.value, percent: false }
            : { kind: 'range', low: m.low, high: m.high, percent: false };
        const fields =
          m.kind === 'single'
            ? capaianBetween(false, Number.NaN, m.value, as(r), as(p), policy.capaian)
            : capaianBetween(true, m.low, m.high, as(r), as(p), policy.capaian);
        expect(fields).toStrictEqual(capaianValue(target, as(r), as(p), policy.capaian));
      }),
      RUNS,
    );
  });

  it('shares one frozen list per combination of flags', () => {
    const policy = defaultPolicy();
    const a = decideIndicator(
      { target: fail('TARGET_EMPTY'), realisasi: 'empty', polarity: 'positif' },
      policy,
    );
    const b = decideIndicator(
      { target: fail('TARGET_EMPTY'), realisasi: 'empty', polarity: 'positif' },
      policy,
    );
    expect(a.flags).toEqual(['realisasi_kosong']);
    expect(a.flags).toBe(b.flags);
    expect(Object.isFrozen(a.flags)).toBe(true);
  });
});
