import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as org from '../../shared/org';
import { RB_AREAS, SAKIP_ANSWERS } from '../../shared/policy/schema';
import { as, expectClean, junk, junkRows, policies, sometimes } from './junk';

/*
 * Every exported function of shared/org called with junk in place of user input: it must not throw,
 * and nothing it returns may hold NaN, Infinity or "undefined".
 */

const number = fc.double({ min: -200, max: 200, noNaN: true });
const text = (...good: string[]) => sometimes(fc.oneof(fc.constantFrom(...good), fc.string()));
const run = (property: fc.IProperty<unknown[]>) => fc.assert(property, { numRuns: 300 });

describe('shared/org never throws on junk and never shows NaN', () => {
  it('evaluateSakip, sakipGrade, normaliseName', () => {
    run(
      fc.property(
        junkRows({
          component: text('Perencanaan Kinerja', '2. Pengukuran', 'evaluasi'),
          subComponent: text('Keberadaan', 'b. Kualitas', 'pemanfaatan'),
          criterion: text('Renstra telah disusun'),
          answer: text(...SAKIP_ANSWERS, 'Ya', 'Tidak'),
          row: sometimes(fc.nat(500)),
        }),
        sometimes(number),
        policies,
        (answers, score, policy) => {
          expectClean(org.evaluateSakip(as(answers), policy.sakip), answers);
          expectClean(org.sakipGrade(as(score), policy.sakip), score);
          expectClean(org.normaliseName(as(answers)), answers);
        },
      ),
    );
  });

  it('evaluateRb', () => {
    const area = junkRows({
      area: text(...RB_AREAS.map((a) => a.label)),
      pemenuhan: sometimes(number),
      hasilAntara: sometimes(number),
      reform: sometimes(number),
      row: sometimes(fc.nat(500)),
    });
    const hasil = junkRows({
      indicator: text('Kinerja Organisasi', 'pelayanan_publik'),
      value: sometimes(number),
      row: junk,
    });
    const input = fc.oneof(
      fc.record(
        { areas: area, hasil, scale: sometimes(fc.constantFrom('fraction', 'percent', 'auto')) },
        { requiredKeys: [] },
      ),
      junk,
    );
    run(fc.property(input, policies, (i, policy) => expectClean(org.evaluateRb(as(i), policy.rb), i)));
  });

  it('rankUnits', () => {
    const units = junkRows({
      unit: text('Dinas Kesehatan', 'Bappeda', 'Kecamatan Menggala'),
      score: sometimes(number),
      previous: sometimes(number),
    });
    run(fc.property(units, policies, (u, policy) => expectClean(org.rankUnits(as(u), policy.reward), u)));
  });
});

it('covers every exported function of shared/org', () => {
  const tested = ['evaluateSakip', 'sakipGrade', 'normaliseName', 'evaluateRb', 'rankUnits'];
  const exported = Object.entries(org)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);
  expect(exported.sort()).toEqual(tested.sort());
});
