import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Failure } from '../../shared/core/issue';
import type { Polarity } from '../../shared/parse/types';
import { defaultPolicy } from '../../shared/policy/schema';
import {
  CapaianSlot,
  capaianBetween,
  capaianBetweenInto,
  capaianOfMeasured,
  capaianOfSides,
  IndicatorDecision,
  type RealisasiRead,
} from '../../shared/score';
import { as, policies, sometimes } from './junk';

/*
 * The pipeline takes each row's capaian as a plain number: the rule writes it into a slot
 * (capaianOfSides, capaianBetweenInto) and the verdict reads it from there (decideMeasured), so
 * that none of 100,000 capaian is boxed on its way to the columns. One slot and one decision serve every
 * row: whatever the rows before left in them, each answer is the one the plain functions give (decide
 * with the number or the failure, on a decision of its own).
 */

const number = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 0.85, 1.5, 85, 100, 1e-320, 1e308, Number.NaN, Number.POSITIVE_INFINITY),
);
const scale = fc.constantFrom('bare' as const, 'fraction' as const, 'points' as const);
const unit = fc.constantFrom(undefined, 'Dokumen', 'dokumen', 'Laporan', 'hari', 'minggu', 'Rp', 'juta');
const side = fc.record({ range: fc.boolean(), low: number, value: number, scale, unit });
const polarity = sometimes(fc.constantFrom('positif' as const, 'negatif' as const));
const read = fc.constantFrom<RealisasiRead>('absent', 'empty', 'unreadable', 'read');
const row = fc.record({
  target: side,
  realisasi: fc.record({ value: number, scale, unit }),
  polarity,
  targetRead: fc.boolean(),
  read,
  evidence: fc.constantFrom(true, false, undefined),
  feedback: fc.constantFrom(true, false, undefined),
  /** A failure decided before the capaian (the period's basis, an unreadable polarity). */
  before: fc.constantFrom(null, { ok: false, issue: { code: 'PERIOD_TARGET_CELL_EMPTY' } }),
});

/** What a verdict holds, as a surface reads it. */
const verdictOf = (d: IndicatorDecision) => ({
  capaian: d.capaian,
  kategori: d.kategori,
  ratingUsulan: d.ratingUsulan,
  flags: [...d.flags],
  issue: d.issue,
  issueField: d.issueField,
});

describe('the capaian left in a slot', () => {
  it('is the capaian capaianOfMeasured and capaianBetween return, row after row in one slot', () => {
    const slot = new CapaianSlot();
    fc.assert(
      fc.property(fc.array(fc.tuple(row, policies), { minLength: 1, maxLength: 8 }), (rows) => {
        for (const [r, policy] of rows) {
          const t = r.target;
          const args = [
            t.range,
            t.low,
            t.value,
            t.scale,
            r.realisasi.value,
            r.realisasi.scale,
            as<Polarity>(r.polarity),
            policy,
            t.unit,
            r.realisasi.unit,
          ] as const;
          const failure = capaianOfSides(
            slot,
            t,
            { range: false, low: 0, ...r.realisasi },
            as<Polarity>(r.polarity),
            policy,
          );
          expect(failure ?? slot.value).toStrictEqual(capaianOfMeasured(...args));
          const between = capaianBetweenInto(
            slot,
            t.range,
            t.low,
            t.value,
            r.realisasi.value,
            as(r.polarity),
            policy.capaian,
          );
          expect(between ?? slot.value).toStrictEqual(
            capaianBetween(t.range, t.low, t.value, r.realisasi.value, as(r.polarity), policy.capaian),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is decided as decide decides the number or the failure, by one decision for every row', () => {
    const slot = new CapaianSlot();
    const decision = new IndicatorDecision();
    fc.assert(
      fc.property(fc.array(fc.tuple(row, policies), { minLength: 1, maxLength: 8 }), (rows) => {
        for (const [r, policy] of rows) {
          const t = r.target;
          const computable = r.targetRead && r.read === 'read';
          // As the indicator reader asks: a failure decided before, else the rule's answer, when computable.
          let failure: Failure | null | undefined;
          if (computable)
            failure =
              r.before !== null
                ? (r.before as Failure)
                : capaianOfSides(slot, t, { range: false, low: 0, ...r.realisasi }, as(r.polarity), policy);
          const computed = failure === undefined ? null : (failure ?? slot.value);
          const issue = { code: 'TARGET_EMPTY' };
          decision.decideMeasured(
            r.targetRead,
            r.targetRead ? null : as(issue),
            r.read,
            r.read === 'unreadable' ? as(issue) : null,
            failure,
            slot.value,
            r.evidence,
            r.feedback,
            policy,
          );
          const plain = new IndicatorDecision().decide(
            r.targetRead,
            r.targetRead ? null : as(issue),
            r.read,
            r.read === 'unreadable' ? as(issue) : null,
            computed,
            r.evidence,
            r.feedback,
            policy,
          );
          expect(verdictOf(decision)).toStrictEqual(verdictOf(plain));
          expect(decision.hasCapaian).toBe(plain.capaian !== null);
          if (decision.hasCapaian) expect(decision.measured).toBe(plain.capaian);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('IndicatorDecision as a value', () => {
  it('writes its verdict to JSON as a plain verdict would, with no number left from the row before', () => {
    const policy = defaultPolicy();
    const decision = new IndicatorDecision();
    decision.decide(true, null, 'read', null, 0.85, true, true, policy);
    expect(JSON.parse(JSON.stringify(decision))).toEqual({
      capaian: 0.85,
      kategori: JSON.parse(JSON.stringify(decision.kategori)),
      ratingUsulan: decision.ratingUsulan,
      flags: [],
      issue: null,
      issueField: null,
    });
    decision.decide(true, null, 'empty', null, null, true, true, policy);
    const empty = JSON.parse(JSON.stringify(decision));
    expect(empty.capaian).toBeNull();
    expect(Object.values(empty)).not.toContain(0.85);
    expect(decision.measured).toBe(0);
  });
});
