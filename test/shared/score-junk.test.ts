import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BERAKHLAK,
  defaultPolicy,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  RATINGS,
} from '../../shared/policy/schema';
import * as score from '../../shared/score';
import { as, expectClean, junk, junkRows, policies, sometimes } from './junk';

/*
 * Every exported function of shared/score called with junk in place of user input: it must not throw,
 * and nothing it returns may hold NaN, Infinity or "undefined" (a user would see them).
 */

const rating = fc.constantFrom(...RATINGS);
const predikat = fc.constantFrom(...PREDIKAT_PEGAWAI);
const org = fc.constantFrom(...PREDIKAT_ORGANISASI);
const number = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const target = fc.oneof(
  fc.record({ kind: fc.constant('single'), value: sometimes(number), percent: sometimes(fc.boolean()) }),
  fc.record({ kind: fc.constant('range'), low: sometimes(number), high: sometimes(number), percent: junk }),
  junk,
);
const polarity = sometimes(fc.constantFrom('positif', 'negatif'));
const aggregateItems = junkRows({
  capaian: sometimes(number),
  weight: sometimes(number),
  kind: sometimes(fc.constantFrom('utama', 'tambahan')),
  rhk: sometimes(fc.constantFrom('Terlaksananya rapat koordinasi', 'Tersusunnya laporan')),
  jenis: sometimes(fc.constantFrom('utama', 'tambahan')),
});
const berakhlak = fc.oneof(
  fc.dictionary(fc.constantFrom(...BERAKHLAK, 'loyal', '__proto__', 'toString'), sometimes(rating)),
  junk,
);
const run = (property: fc.IPropertyWithHooks<unknown[]> | fc.IProperty<unknown[]>) =>
  fc.assert(property, { numRuns: 300 });

describe('shared/score never throws on junk and never shows NaN', () => {
  it('computeCapaian, capaianValue, capAchievement', () => {
    run(
      fc.property(target, sometimes(number), polarity, policies, (t, r, p, policy) => {
        const result = score.computeCapaian(as(t), as(r), as(p), policy.capaian);
        expectClean(result, t, r, p);
        // The unwrapped form answers the same: the number itself, or the same failure.
        const value = score.capaianValue(as(t), as(r), as(p), policy.capaian);
        expect(typeof value === 'number' ? { ok: true, value } : value).toEqual(result);
        expectClean(score.capAchievement(as(r), policy.capaian), r);
        const isRange = t !== null && typeof t === 'object' && (t as { kind?: unknown }).kind === 'range';
        const {
          low,
          high,
          value: single,
        } = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>;
        const between = score.capaianBetween(
          isRange,
          as(low),
          as(isRange ? high : single),
          as(r),
          as(p),
          policy.capaian,
        );
        expectClean(between, t, r, p);
        // Into a slot (the pipeline's path), the same answer.
        const slot = new score.CapaianSlot();
        const into = score.capaianBetweenInto(
          slot,
          isRange,
          as(low),
          as(isRange ? high : single),
          as(r),
          as(p),
          policy.capaian,
        );
        expect(into ?? slot.value).toEqual(between);
        // On fields, the same answer as on the Target object.
        if (t !== null && typeof t === 'object' && (isRange || (t as { kind?: unknown }).kind === 'single'))
          expect(between).toEqual(value);
      }),
    );
  });

  it('roundForCategory, bandOf, categorize, legacyCategory, nilaiCapaianIki, nilaiKinerjaLegacy', () => {
    run(
      fc.property(sometimes(number), sometimes(number), policies, (a, b, policy) => {
        expectClean(score.roundForCategory(as(a)), a);
        expectClean(score.bandOf(as(a), policy.capaian.categories), a);
        expectClean(score.categorize(as(a), policy.capaian), a);
        expectClean(score.legacyCategory(as(a), policy.legacy), a);
        expectClean(score.nilaiCapaianIki(as(a), policy.legacy), a);
        expectClean(score.nilaiCapaianIki(as(a)), a);
        expectClean(score.nilaiKinerjaLegacy(as(a), as(b), policy.legacy), a, b);
      }),
    );
  });

  it('aggregateRhk, aggregateEmployee, aggregateEmployeeRhk, groupByRhk, groupByRhkInto', () => {
    // One array of groups reused across every case, as the scorer reuses it across employees.
    const reused: score.RhkScratch = { pool: [], groups: [] };
    // One tally refilled by every mean, as the scorer keeps one per run.
    const tally = new score.MeanTally();
    run(
      fc.property(aggregateItems, policies, (items, policy) => {
        // The scorer's groups, refilled in place, are groupByRhk's, whatever the groups held before.
        const refilled = score.groupByRhkInto(as(items), policy.capaian, reused);
        expectClean(refilled, items);
        expect([...refilled]).toEqual(score.groupByRhk(as(items), policy.capaian));
        expectClean(score.aggregateRhk(as(items), policy.capaian), items);
        expectClean(score.aggregateEmployee(as(items), policy.capaian), items);
        expectClean(score.aggregateEmployeeRhk(as(items), policy.capaian), items);
        const groups = score.groupByRhk(as(items), policy.capaian);
        expectClean(groups, items);
        expectClean(score.aggregateEmployeeRhk(groups, policy.capaian), items);
        expect(score.aggregateEmployeeRhk(groups, policy.capaian, undefined, tally)).toEqual(
          score.aggregateEmployeeRhk(groups, policy.capaian),
        );
        // The scorer's path: the rows as plain numbers (MeanRows), grouped and averaged by the same rule.
        const list = Array.isArray(items) ? (items as unknown[]) : [];
        const rows = new score.MeanRows(list.length);
        for (let i = 0; i < list.length; i++) {
          const item = list[i];
          const row = (typeof item === 'object' && item !== null ? item : null) as Record<
            string,
            unknown
          > | null;
          rows.kind[i] = row === null ? 3 : row.jenis === 'tambahan' ? 1 : 0;
          rows.rhk[i] = typeof row?.rhk === 'string' ? row.rhk : '';
          rows.capaian[i] = typeof row?.capaian === 'number' ? row.capaian : Number.NaN;
          rows.weight[i] = typeof row?.weight === 'number' ? row.weight : Number.NaN;
        }
        rows.length = list.length;
        const grouped = score.groupRows(rows, policy.capaian, new score.MeanRows(), tally);
        expect(grouped.length).toBe(groups.length);
        for (let k = 0; k < grouped.length; k++) {
          const c = grouped.capaian[k] as number;
          expect(Number.isNaN(c) ? null : c).toEqual(groups[k]?.capaian);
        }
        const means = score.aggregateEmployeeRows(
          grouped,
          policy.capaian,
          score.aggregateEmployeeRhk([], policy.capaian),
          tally,
        );
        expectClean(means, items);
        expect(means).toEqual(score.aggregateEmployeeRhk(groups, policy.capaian));
      }),
    );
  });

  it('checkDistribution', () => {
    run(
      fc.property(
        sometimes(org),
        fc.oneof(fc.array(sometimes(predikat), { maxLength: 12 }), junk),
        policies,
        (o, list, policy) => {
          expectClean(score.checkDistribution(as(o), as(list), policy.distribution), o, list);
          expectClean(score.checkUnitDistribution(as(o), as(list), policy.distribution), o, list);
        },
      ),
    );
  });

  it('readAmount, readMeasure, amountOf, measureOf, alignScales, capaianOf, decideIndicator, isNumberCell', () => {
    const scale = sometimes(fc.constantFrom('bare', 'fraction', 'points'));
    const cellText = fc.oneof(
      fc.constantFrom('85 %', '0,85', '80-90', '12 Dokumen', '-', 'NaN', '1e308', '80 s/d 90 %'),
      junk,
    );
    const rawNumber = fc.record({ number: sometimes(number), percent: fc.boolean(), text: fc.string() });
    const amount = fc.oneof(fc.record({ value: sometimes(number), scale }), junk);
    const measure = fc.oneof(
      fc.record({ kind: fc.constant('single'), value: sometimes(number), scale }),
      fc.record({ kind: fc.constant('range'), low: sometimes(number), high: sometimes(number), scale }),
      junk,
    );
    const result = (value: fc.Arbitrary<unknown>) =>
      fc.oneof(
        fc.record({ ok: fc.constant(true), value }),
        fc.constant({ ok: false, issue: { code: 'TARGET_EMPTY' } }),
      );
    run(
      fc.property(
        fc.oneof(cellText, rawNumber),
        measure,
        amount,
        polarity,
        fc.record(
          {
            target: fc.oneof(result(measure), junk),
            realisasi: fc.oneof(result(amount), fc.constantFrom('absent', 'empty'), junk),
            polarity,
            evidence: sometimes(fc.boolean()),
            feedback: sometimes(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
        policies,
        (c, m, a, p, facts, policy) => {
          expectClean(score.readAmount(c), c);
          expectClean(score.readMeasure(c), c);
          expectClean(score.isNumberCell(c), c);
          expectClean(score.alignScales(as(m), as(a)) ?? 0, m, a);
          expectClean(score.capaianOf(as(m), as(a), as(p), policy), m, a, p);
          expectClean(score.decideIndicator(as(facts), policy), facts);
          // With a junk period basis (never a sheet's own, but any object may arrive): no throw, no NaN.
          const [basis, periodTarget] = fc.sample(fc.tuple(junk, junk), 1)[0]!;
          expectClean(
            score.decideIndicatorForPeriod(as({ ...(facts as object), basis, periodTarget }), policy),
            facts,
            basis,
          );
          const fields = fc.sample(fc.tuple(junk, sometimes(number), sometimes(number), scale, junk), 1)[0]!;
          const [range, low, high, realisasiScale, read] = fields;
          expectClean(
            score.capaianOfMeasured(
              as(range),
              as(low),
              as(high),
              as(realisasiScale),
              as(low),
              as(realisasiScale),
              as(p),
              policy,
            ),
            fields,
            p,
          );
          const slot = new score.CapaianSlot();
          const failure = score.capaianOfSides(
            slot,
            as({ range, low, value: high, scale: realisasiScale }),
            as({ value: low, scale: realisasiScale }),
            as(p),
            policy,
          );
          if (failure !== null) expectClean(failure, fields, p);
          const decision = new score.IndicatorDecision();
          // Issues pass through as given (as decideIndicator passes a failed Result's issue on).
          const issue = fc.sample(fc.constantFrom(null, undefined, { code: 'TARGET_EMPTY' }), 1)[0];
          decision.decide(as(range), as(issue), as(read), as(issue), as(high), as(range), as(read), policy);
          expectClean({ ...decision, capaian: decision.capaian, flags: [...decision.flags] }, fields);
          decision.decideMeasured(
            as(range),
            as(issue),
            as(read),
            as(issue),
            failure,
            slot.value,
            as(range),
            as(read),
            policy,
          );
          expectClean({ ...decision, capaian: decision.capaian, flags: [...decision.flags] }, fields);
          const parsedNumber = fc.sample(fc.record({ value: number, percent: fc.boolean() }), 1)[0]!;
          expectClean(score.amountOf(parsedNumber), parsedNumber);
          expectClean(score.measureOf({ kind: 'single', ...parsedNumber }), parsedNumber);
        },
      ),
    );
  });

  it('predikatPegawai, headOfUnitHasil, labels, proposeHasilRating, perilakuFromBerakhlak, finalHasilRating', () => {
    run(
      fc.property(
        sometimes(rating),
        sometimes(rating),
        sometimes(org),
        berakhlak,
        fc.oneof(
          fc.record(
            {
              proposed: sometimes(rating),
              override: sometimes(rating),
              isHeadOfUnit: junk,
              orgPredikat: sometimes(org),
            },
            { requiredKeys: [] },
          ),
          junk,
        ),
        fc.constantFrom('id', 'en', undefined, 'fr'),
        policies,
        (h, p, o, values, input, lang, policy) => {
          expectClean(score.predikatPegawai(as(h), as(p), policy.rating), h, p);
          expectClean(score.headOfUnitHasil(as(o), policy.rating), o);
          expectClean(score.predikatLabel(as(h), as(lang)), h);
          expectClean(score.ratingLabel(as(h), as(lang)), h);
          expectClean(score.predikatOrganisasiLabel(as(o), as(lang)), o);
          expectClean(score.berakhlakLabel(as(p), as(lang)), p);
          expectClean(score.proposeHasilRating(as(h), policy.rating), h);
          expectClean(score.perilakuFromBerakhlak(as(values), policy.rating), values);
          expectClean(score.finalHasilRating(as(input), policy.rating), input);
        },
      ),
    );
  });
});

// Kept in sync with the module: a new export without a junk test above fails here.
describe('shared/score period rules never throw on junk and never show NaN', () => {
  const period = fc.oneof(
    fc.record({
      kind: fc.constantFrom('month', 'quarter', 'semester', 'year'),
      year: sometimes(fc.integer({ min: 2000, max: 2100 })),
      index: sometimes(fc.integer({ min: -2, max: 14 })),
    }),
    junk,
  );
  const rules = fc.oneof(
    fc.record({
      targets: sometimes(fc.constantFrom('dari_judul', 'tahunan', 'periodik')),
      realisasi: sometimes(fc.constantFrom('dari_judul', 'kumulatif', 'periodik')),
      annualTarget: sometimes(fc.constantFrom('prorata', 'periode')),
      levelUnits: sometimes(fc.constant(['%', 'nilai'])),
    }),
    junk,
  );
  const header = sometimes(
    fc.constantFrom('Target Tahunan', 'Realisasi s.d. Maret', 'Target TW II', 'Target'),
  );

  it('headers, spans and slots', () => {
    run(
      fc.property(header, rules, period, junk, (h, r, p, j) => {
        expectClean(score.headerIsAnnual(as(h)), h);
        expectClean(score.headerIsCumulative(as(h)), h);
        expectClean(score.headerYear(as(h)), h);
        expectClean(score.headerYear(as(j)), j);
        // The calendar and the default come from a policy read through its schema; the period and the
        // data's own days may be anything.
        const { calendar } = defaultPolicy().periods;
        expectClean(score.periodWorkingDays(as(j), as(p), calendar, 21), j, p);
        expectClean(score.periodWorkingDays(as(j), as(j), calendar, 21), j);
        expectClean(score.targetSpanOf(as(h), as(r)), h, r);
        expectClean(score.realisasiSpanOf(as(h), as(r)), h, r);
        expectClean(score.periodTargetSlot(as(h)), h);
        expectClean(score.slotOf(as(p)), p);
        expectClean(score.periodSlot(as(j), as(j)), j);
        expectClean(score.periodColumnSlot(as({ period: p })), p);
        expectClean(score.periodColumnSlot(as(j)), j);
        expectClean(score.periodColumnSlot(as({ period: p, rule: 'periode' })), p);
        type Columns = Parameters<typeof score.periodTargetColumns>[0];
        expectClean(score.periodTargetColumns(as<Columns>(j)), j);
        expectClean(score.periodTargetColumns(as<Columns>([{ index: 3, label: h }, j])), h, j);
        expectClean(score.realisasiHeaderPeriod(as(h)), h);
        expectClean(score.realisasiHeaderPeriod(as(j)), j);
        expectClean(score.slotEndMonth(as(j)), j);
        const slot = score.slotOf(as(p));
        if (typeof slot === 'string') expectClean(score.slotEndMonth(slot), slot);
      }),
    );
  });

  it('the basis of a table and the target a period meets', () => {
    run(
      fc.property(header, header, period, rules, target, junk, (th, rh, p, r, t, j) => {
        const decided = score.decidePeriodBasis(
          as({ targetHeader: th, realisasiHeader: rh, hasRealisasiColumn: j, period: p, periodColumns: j }),
          as(r),
        );
        expectClean(decided, th, rh, p, r);
        expectClean(score.decidePeriodBasis(as(j), as(j)), j);
        expectClean(score.prorataShare(as(p), as(j)), p, j);
        expectClean(score.isLevelTarget(as(t), as(j), as(j)), t, j);
        expectClean(score.targetForPeriod(as(t), as(decided.basis ?? j), as(j), as(j), as(j)), t, p, j);
      }),
    );
  });
});

describe('shared/score activity-row rules never throw on junk and never show NaN', () => {
  it('time cells, rejected activities, outputs', () => {
    const cellText = fc.oneof(
      fc.constantFrom('07.30 - 08.00', '13:30', 'Jam 13:30', '2 jam', '90 menit', '14.00 WITA', ''),
      fc.string(),
    );
    const status = fc.oneof(fc.constantFrom('ditolak', 'disetujui', 'menunggu'), junk);
    const busy = fc.oneof(fc.record({ ignoreRejectedActivities: fc.boolean() }), junk);
    run(
      fc.property(cellText, status, busy, junk, sometimes(fc.double()), (w, st, b, j, v) => {
        expectClean(score.timeCellMinutes(w), w);
        expectClean(score.timeCellMinutes(as(j)), j);
        expectClean(score.activityLeftOut(as(st), as(b)), st, b);
        expectClean(score.activityHasOutput(w, w, as(v ?? null)), w, v);
        expectClean(score.activityHasOutput(as(j), as(j), as(j)), j);
      }),
    );
  });
});

describe('shared/score weight forms never throw on junk and never show NaN', () => {
  it('the form of a weight, of a column, and what to write instead', () => {
    const form = fc.constantFrom(0, 1, 2);
    run(
      fc.property(junk, junk, form, form, fc.double(), fc.boolean(), (j, k, f, c, n, pct) => {
        expectClean(score.weightFormOf(as(j), as(k)), j, k);
        expectClean(score.weightFormOf(n, pct), n, pct);
        expectClean(score.columnWeightForm(as(j), as(k)), j, k);
        expectClean(score.isOtherWeightForm(as(f), as(c)), f, c);
        // What to write instead, of a weight a sheet can hold (weightFormIssue refuses the rest).
        const weight = Number.isFinite(n) ? Math.max(-1e9, Math.min(1e9, n)) : 0;
        expectClean(score.weightInOtherForm(weight, as(f)), weight, f);
        // The cell and the example as written (text a sheet shows; junk text would be echoed as written).
        const shown = pct ? '20%' : 0.4;
        expectClean(score.weightFormIssue(n, as(f), as(c), shown, '25', { sheet: 'Indikator' }), n, f, c);
        const notText = (v: unknown) => (typeof v === 'string' ? 0.4 : v);
        expectClean(
          score.weightFormIssue(n, as(f), as(c), as(notText(j)), as(notText(k)), { sheet: 'Indikator' }),
          n,
          j,
          k,
        );
      }),
    );
  });
});

it('covers every exported function of shared/score', () => {
  const tested = [
    'computeCapaian',
    'capaianValue',
    'capAchievement',
    'roundForCategory',
    'bandOf',
    'categorize',
    'legacyCategory',
    'nilaiCapaianIki',
    'nilaiKinerjaLegacy',
    'aggregateRhk',
    'aggregateEmployee',
    'aggregateEmployeeRhk',
    'groupByRhk',
    'groupByRhkInto',
    'checkDistribution',
    'checkUnitDistribution',
    'predikatPegawai',
    'headOfUnitHasil',
    'predikatLabel',
    'ratingLabel',
    'predikatOrganisasiLabel',
    'berakhlakLabel',
    'proposeHasilRating',
    'perilakuFromBerakhlak',
    'finalHasilRating',
    'readAmount',
    'readMeasure',
    'amountOf',
    'measureOf',
    'alignScales',
    'capaianOf',
    'decideIndicator',
    'decideIndicatorForPeriod',
    'isNumberCell',
    'capaianBetween',
    'capaianOfMeasured',
    'capaianOfSides',
    'capaianBetweenInto',
    'CapaianSlot',
    'IndicatorDecision',
    'MeanTally',
    'MeanRows',
    'groupRows',
    'aggregateEmployeeRows',
    'decidePeriodBasis',
    'headerIsAnnual',
    'headerIsCumulative',
    'headerYear',
    'periodWorkingDays',
    'isLevelTarget',
    'periodColumnSlot',
    'periodTargetColumns',
    'periodSlot',
    'periodTargetSlot',
    'prorataShare',
    'realisasiSpanOf',
    'slotOf',
    'targetForPeriod',
    'targetSpanOf',
    'realisasiHeaderPeriod',
    'slotEndMonth',
    'weightFormOf',
    'columnWeightForm',
    'isOtherWeightForm',
    'weightInOtherForm',
    'weightFormIssue',
    'timeCellMinutes',
    'activityLeftOut',
    'activityHasOutput',
    'logRowsAside',
  ];
  const exported = Object.entries(score)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);
  expect(exported.sort()).toEqual(tested.sort());
});
