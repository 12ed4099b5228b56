import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/core/issue';
import { catalog, type Lang, type MessageCode } from '../../shared/messages/catalog';
import { formatNumberForLang, t } from '../../shared/messages/format';
import { oneSpaced } from '../../shared/org/ranking';
import { evaluateSakip, SAKIP_SUB_COMPONENTS, type SakipAnswerRow, scoreSakip } from '../../shared/org/sakip';
import { rowList, rowListEnd, rowListWith } from '../../shared/pipeline/cells';
import { defaultPolicy } from '../../shared/policy/schema';
import type { BusyPolicy } from '../../shared/policy/sections/busy';
import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../../shared/policy/sections/rating';
import type { RewardPolicy } from '../../shared/policy/sections/reward';
import { detectBusyWithoutResults } from '../../shared/recommend/busy';
import type { BusyFlag, SupervisorFlag } from '../../shared/recommend/flags';
import { recommendForSupervisor, type SubordinateSummary } from '../../shared/recommend/supervisor';
import type { SupervisorDuty } from '../../shared/recommend/supervisor-register';
import { predikatLabel } from '../../shared/score/predikat';

/*
 * The smaller sites of a scoring run allocate less (issue 7, point 7): each rule written to make fewer
 * temporaries answers exactly as it was written before (the "before" copies below), JSON byte for byte.
 */

// ---- formatNumberForLang, as written before its fast path for plain numbers ----------------------------

function formatBefore(value: number, lang: Lang, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '-';
  const trimmed = Number(Math.abs(value).toPrecision(15));
  const magnitude = Number.isFinite(trimmed) ? trimmed : Math.abs(value);
  let fixed = magnitude.toFixed(maximumFractionDigits);
  let point = fixed.indexOf('.');
  if (point >= 0) {
    let end = fixed.length;
    while (end > point + 1 && fixed.charCodeAt(end - 1) === 48) end--;
    if (end === point + 1) {
      end = point;
      point = -1;
    }
    if (end < fixed.length) fixed = fixed.slice(0, end);
  }
  const int = point < 0 ? fixed : fixed.slice(0, point);
  const frac = point < 0 ? '' : fixed.slice(point + 1);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return (
    (value < 0 && fixed !== '0' ? '-' : '') +
    grouped +
    (frac !== '' ? (lang === 'id' ? ',' : '.') + frac : '')
  );
}

/** Numbers as messages meet them: whole, short decimals, percentages with binary noise, and any double. */
const number = fc.oneof(
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.integer({ min: -99_999_999, max: 99_999_999 }).chain((n) => fc.nat(6).map((k) => n / 10 ** k)),
  fc.double({ min: 0, max: 1.6, noNaN: true }).map((f) => f * 100),
  fc.double(),
  fc.double({ min: -1e12, max: 1e12 }),
  fc.double({ min: -1e-5, max: 1e-5 }),
  fc.constantFrom(0, -0, 1e15, -1e15, 999_999_999_999_999, 1e11, 99_999_999_999.5, 1e-6, 9.99e-7, 0.1 + 0.2),
  fc.constantFrom(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
  ),
);

describe('formatNumberForLang', () => {
  it('writes every number as it did before its fast path, in both languages and at any digits', () => {
    fc.assert(
      fc.property(number, fc.constantFrom<Lang>('id', 'en'), fc.integer({ min: 0, max: 8 }), (v, lang, d) => {
        expect(formatNumberForLang(v, lang, d)).toBe(formatBefore(v, lang, d));
      }),
      { numRuns: 20_000 },
    );
    for (const v of [8.75, 12.5, 1234.5, -1234.5, 0.5, -0.001, 4249772.73, 119.24999999999999, 1e21])
      for (const lang of ['id', 'en'] as const)
        for (const d of [0, 1, 2, 4]) expect(formatNumberForLang(v, lang, d)).toBe(formatBefore(v, lang, d));
    expect(formatNumberForLang(8.75, 'id')).toBe(formatBefore(8.75, 'id'));
  });

  it('leaves what is not a finite number as it was (a "-")', () => {
    for (const v of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '8.75' as unknown as number,
      null as unknown as number,
    ])
      expect(formatNumberForLang(v, 'id', 4)).toBe(formatBefore(v, 'id', 4));
  });

  it('fills every catalog message as the regular expression fills it', () => {
    const fillBefore = (template: string, params: Record<string, string | number>, lang: Lang) =>
      template.replace(/\{(\w+)\}/g, (_, key: string) => {
        const value = params[key];
        if (value === undefined) return '-';
        return typeof value === 'number' ? formatBefore(value, lang, 4) : value;
      });
    const codes = Object.keys(catalog) as MessageCode[];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom<Lang>('id', 'en'),
        fc.dictionary(
          fc.constantFrom(
            'count',
            'rows',
            'sheet',
            'score',
            'max',
            'lost',
            'component',
            'rate',
            'total',
            'nama',
          ),
          fc.oneof(number, fc.string()),
        ),
        (code, lang, params) => {
          // Each placeholder of the message, filled or missing ("-").
          const names = [...catalog[code][lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
          const all = { ...params };
          for (const name of names)
            if (!(name in all) && name.length % 2 === 0) all[name] = name.length * 1.25;
          expect(t(code, all, lang)).toBe(fillBefore(catalog[code][lang], all, lang));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// ---- the flagged rows' text, written as the rows come ---------------------------------------------------

describe('rowListWith / rowListEnd', () => {
  it('write what rowList writes of the same rows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 30 }), (rows) => {
        let shown = '';
        for (let i = 0; i < rows.length; i++) shown = rowListWith(shown, i, rows[i] as number);
        expect(rowListEnd(shown, rows.length)).toBe(rowList(rows));
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- detectBusyWithoutResults, as written before its lists were shared or exact ------------------------

function busyBefore(
  input: {
    minutes: number;
    workingDays?: number;
    capaian: number | null;
    activityMinutesWithoutOutput: number;
  },
  policy: BusyPolicy,
) {
  const finiteOr = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);
  const percent = (fraction: number) => Math.round(fraction * 1000) / 10;
  const days =
    input.workingDays !== undefined && Number.isFinite(input.workingDays) && input.workingDays > 0
      ? input.workingDays
      : policy.defaultWorkingDays;
  const expectedMinutes = days * policy.minutesPerWorkingDay;
  const minutes = Math.max(0, finiteOr(input.minutes, 0));
  const withoutOutput = Math.min(minutes, Math.max(0, finiteOr(input.activityMinutesWithoutOutput, 0)));
  let flags: BusyFlag[] | undefined;
  let reasons: Issue[] | undefined;
  if (minutes <= 0) return { flags: [], reasons: [], expectedMinutes };
  const minutesShare = minutes / expectedMinutes;
  const capaian = input.capaian;
  if (
    capaian !== null &&
    Number.isFinite(capaian) &&
    minutesShare >= policy.minMinutesShare &&
    capaian < policy.maxCapaian
  ) {
    flags = ['kesibukan_semu'];
    reasons = [
      {
        code: 'REC_BUSY_NO_RESULTS',
        severity: 'warning',
        params: {
          minutes: Math.round(minutes),
          share: Math.round(minutesShare * 100),
          expected: Math.round(expectedMinutes),
          capaian: percent(capaian),
          threshold: percent(policy.maxCapaian),
        },
      },
    ];
  }
  const noOutputShare = withoutOutput / minutes;
  if (withoutOutput > 0 && noOutputShare >= policy.noOutputMinutesShare) {
    flags ??= [];
    reasons ??= [];
    flags.push('aktivitas_tanpa_output');
    reasons.push({
      code: 'REC_ACTIVITY_NO_OUTPUT',
      severity: 'warning',
      params: {
        withoutOutput: Math.round(withoutOutput),
        minutes: Math.round(minutes),
        share: Math.round(noOutputShare * 100),
        threshold: Math.round(policy.noOutputMinutesShare * 100),
      },
    });
  }
  return { flags: flags ?? [], reasons: reasons ?? [], expectedMinutes };
}

describe('detectBusyWithoutResults', () => {
  it('gives the verdict it gave before, under the default and a stricter policy', () => {
    const odd = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0);
    const national = defaultPolicy().busy;
    const strict: BusyPolicy = {
      ...national,
      minMinutesShare: 0.5,
      maxCapaian: 0.9,
      noOutputMinutesShare: 0.2,
    };
    fc.assert(
      fc.property(
        fc.constantFrom(national, strict),
        fc.record({
          minutes: fc.oneof(fc.integer({ min: 0, max: 12_000 }), fc.double({ min: 0, max: 12_000 }), odd),
          workingDays: fc.option(fc.oneof(fc.integer({ min: 0, max: 23 }), odd), { nil: undefined }),
          capaian: fc.option(fc.oneof(fc.double({ min: 0, max: 1.5, noNaN: true }), odd), { nil: null }),
          activityMinutesWithoutOutput: fc.oneof(fc.integer({ min: 0, max: 12_000 }), odd),
        }),
        (policy, input) => {
          const got = detectBusyWithoutResults(input, policy);
          expect(JSON.stringify(got)).toBe(JSON.stringify(busyBefore(input, policy)));
          // The flags are shared: a caller that tried to add to them is stopped.
          expect(Object.isFrozen(got.flags)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// ---- recommendForSupervisor (without a register), as written before -------------------------------------

function supervisorBefore(
  input: { nip: string; nama: string; subordinates: readonly SubordinateSummary[] },
  policy: RewardPolicy,
) {
  const subs = input.subordinates;
  const names = (list: readonly SubordinateSummary[]) => list.map((s) => s.nama).join('; ');
  const undated = (duty: SupervisorDuty['duty'], s: SubordinateSummary): SupervisorDuty => ({
    duty,
    nip: s.nip,
    nama: s.nama,
    predikat: s.predikat,
    from: null,
    to: null,
    lastRecord: null,
  });
  const duties: SupervisorDuty[] = [];
  const flags: SupervisorFlag[] = [];
  const reasons: Issue[] = [];
  const withoutFeedback = subs.filter((s) => !s.hasFeedback);
  const withFeedbackCount = subs.length - withoutFeedback.length;
  if (subs.length > 0 && withFeedbackCount / subs.length < policy.supervisorMinFeedbackShare) {
    flags.push('umpan_balik_kurang');
    reasons.push({
      code: 'REC_SUP_NO_FEEDBACK',
      severity: 'warning',
      params: { count: withoutFeedback.length, total: subs.length, names: names(withoutFeedback) },
    });
    for (const sub of withoutFeedback) duties.push(undated('umpan_balik', sub));
  }
  const poor = new Set<PredikatPegawai>([...policy.teguranPredikat, ...policy.sanksiPredikat]);
  const unreprimanded = withoutFeedback.filter((s) => s.predikat !== null && poor.has(s.predikat));
  if (unreprimanded.length > 0) {
    flags.push('teguran_belum_diberikan');
    reasons.push({
      code: 'REC_SUP_NO_REPRIMAND',
      severity: 'warning',
      params: {
        count: unreprimanded.length,
        names: unreprimanded
          .map((s) => `${s.nama} (${predikatLabel(s.predikat as PredikatPegawai)})`)
          .join('; '),
      },
    });
    for (const sub of unreprimanded) duties.push(undated('teguran', sub));
  }
  const excellent = new Set<PredikatPegawai>(policy.apresiasiPredikat);
  const unpraised = withoutFeedback.filter((s) => s.predikat !== null && excellent.has(s.predikat));
  if (unpraised.length > 0) {
    flags.push('apresiasi_belum_diberikan');
    reasons.push({
      code: 'REC_SUP_NO_PRAISE',
      params: {
        count: unpraised.length,
        names: unpraised.map((s) => `${s.nama} (${predikatLabel(s.predikat as PredikatPegawai)})`).join('; '),
      },
    });
    for (const sub of unpraised) duties.push(undated('apresiasi', sub));
  }
  return {
    nip: input.nip,
    nama: input.nama,
    flags,
    reasons,
    subordinateCount: subs.length,
    withFeedbackCount,
    duties,
  };
}

describe('recommendForSupervisor without a register', () => {
  it('recommends as it did before, whoever left umpan balik', () => {
    const national = defaultPolicy().reward;
    const demanding: RewardPolicy = { ...national, supervisorMinFeedbackShare: 1.2 };
    const subordinate: fc.Arbitrary<SubordinateSummary> = fc.record({
      nip: fc.constantFrom('198501012010011001', '199002022015022002', '197803032005031003'),
      nama: fc.constantFrom('Rina Pratama', 'Budi Santoso', 'Siti Aminah', 'Agus Wibowo'),
      predikat: fc.option(fc.constantFrom(...PREDIKAT_PEGAWAI), { nil: null }),
      hasFeedback: fc.oneof(
        { weight: 4, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.boolean() },
      ),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(national, demanding),
        fc.array(subordinate, { maxLength: 12 }),
        (policy, subordinates) => {
          const input = { nip: '197001011995031001', nama: 'Hendra Gunawan', subordinates };
          expect(JSON.stringify(recommendForSupervisor(input, policy))).toBe(
            JSON.stringify(supervisorBefore(input, policy)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

// ---- SAKIP: the run's evaluation (messages only, answers read from refilled rows) -----------------------

describe('scoreSakip', () => {
  const policy = defaultPolicy().sakip;
  const answerRow: fc.Arbitrary<SakipAnswerRow> = fc.record({
    component: fc.constantFrom(...policy.components.flatMap((c) => [c.id, c.label])),
    subComponent: fc.constantFrom(...SAKIP_SUB_COMPONENTS, 'a. Kualitas dokumen'),
    criterion: fc.constantFrom('Dokumen Renstra telah tersedia', 'IKU telah ditetapkan', ''),
    answer: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...Object.keys(policy.answerValues)) },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    row: fc.integer({ min: 2, max: 400 }),
  });

  it("gives evaluateSakip's evaluation with each weak point's message, the three that lost most", () => {
    fc.assert(
      fc.property(fc.array(answerRow, { maxLength: 40 }), (answers) => {
        // Read through one refilled record, as readSakip reads a unit's rows.
        const into: SakipAnswerRow = { component: '', subComponent: '', criterion: '', answer: '', row: 0 };
        const scored = scoreSakip(
          { length: answers.length, answer: (i) => Object.assign(into, answers[i]) },
          policy,
        );
        const evaluated = evaluateSakip(answers, policy);
        if (!evaluated.ok) {
          expect(JSON.stringify(scored)).toBe(JSON.stringify(evaluated));
          return;
        }
        const { weakest, ...rest } = evaluated.value;
        expect(JSON.stringify(scored)).toBe(
          JSON.stringify({
            ...evaluated,
            value: { ...evaluated.value, weakest: weakest.map((w) => w.message) },
          }),
        );
        // The weakest: sub-components by points lost, most first, the worksheet's order among equals.
        const all = rest.components.flatMap((c) =>
          c.subs.map((s) => ({ componentId: c.id, sub: s.id, lost: s.max - s.score })),
        );
        const expected = all
          .filter((s) => s.lost > 0.005)
          .sort((a, b) => b.lost - a.lost)
          .slice(0, 3)
          .map((s) => `${s.componentId}/${s.sub}`);
        expect(weakest.map((w) => `${w.componentId}/${w.sub}`)).toEqual(expected);
        for (const w of weakest) expect(w.sentence).toBe(t(w.message.code, w.message.params, 'id'));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('oneSpaced', () => {
  it('collapses white space as /\\s+/g does', () => {
    const piece = fc.constantFrom(
      'Dinas',
      'kesehatan',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u3000',
      'é',
      '-',
      '1',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }).map((p) => p.join('')),
        (text) => {
          expect(oneSpaced(text)).toBe(text.replace(/\s+/g, ' '));
        },
      ),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(oneSpaced(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});
