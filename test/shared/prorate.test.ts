/**
 * Annual targets against a period's realisasi (shared/score/prorate.ts) and working days from the region's
 * calendar (shared/score/working-days.ts), through the one indicator verdict (decideIndicator) and the
 * pipeline (scoreOrganisation), so Hitung nilai, =CAPAIAN and the overlay compare the same target.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, t } from '../../shared/messages/format';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, type Policy, PolicySchema } from '../../shared/policy/schema';
import { decideIndicator, type Measure, readAmount, readMeasure } from '../../shared/score/indicator';
import { decideIndicatorForPeriod } from '../../shared/score/indicator-period';
import { type PeriodBasis, prorataShare, targetForPeriod } from '../../shared/score/prorate';
import {
  headerIsAnnual,
  headerIsCumulative,
  periodTargetSlot,
  realisasiSpanOf,
  targetSpanOf,
} from '../../shared/score/target-span';
import { periodWorkingDays, workingDaysOf } from '../../shared/score/working-days';

const policy = defaultPolicy();
const month = (index: number, year = 2025): Period => ({ kind: 'month', year, index });
const quarter = (index: number, year = 2025): Period => ({ kind: 'quarter', year, index });

const basis = (over: Partial<PeriodBasis> = {}): PeriodBasis => ({
  period: month(3),
  targetSpan: 'annual',
  realisasiSpan: 'cumulative',
  rule: 'prorata',
  levelUnits: policy.periods.levelUnits,
  ...over,
});

const measure = (text: string): Measure => {
  const m = readMeasure(text);
  if (!m.ok) throw new Error(`unreadable target ${text}`);
  return m.value;
};

describe('what a header says', () => {
  it('reads annual targets and cumulative realisasi as offices write them', () => {
    for (const h of ['Target Tahunan', 'Target 1 Tahun', 'Target (Tahun)', 'TARGET TAHUN 2025'])
      expect(headerIsAnnual(h), h).toBe(true);
    for (const h of ['Target', 'Target Bulanan', 'Target Triwulan', 'Target SKP Bulanan'])
      expect(headerIsAnnual(h), h).toBe(false);
    for (const h of [
      'Realisasi s.d. Bulan Ini',
      'Realisasi Kumulatif',
      'Realisasi s/d TW II',
      'Realisasi sampai dengan Maret',
    ])
      expect(headerIsCumulative(h), h).toBe(true);
    for (const h of ['Realisasi', 'Realisasi Bulan Ini', 'Realisasi Berdasarkan Bukti Dukung'])
      expect(headerIsCumulative(h), h).toBe(false);
  });

  it('finds the period of a period target column, and nothing in other headers', () => {
    expect(periodTargetSlot('Target TW I')).toBe('Q1');
    expect(periodTargetSlot('Target Triwulan III')).toBe('Q3');
    expect(periodTargetSlot('TARGET TW 4')).toBe('Q4');
    expect(periodTargetSlot('Target Semester II')).toBe('S2');
    expect(periodTargetSlot('Target Maret')).toBe('M03');
    expect(periodTargetSlot('Target Bulan Agustus')).toBe('M08');
    for (const h of [
      'Target',
      'Target Tahunan',
      'Target s.d. TW II',
      'Realisasi TW I',
      'Target TW V',
      'Target Bulanan',
    ])
      expect(periodTargetSlot(h), h).toBeNull();
  });

  it('lets the policy decide for every table', () => {
    expect(targetSpanOf('Target', { targets: 'tahunan' })).toBe('annual');
    expect(targetSpanOf('Target Tahunan', { targets: 'periodik' })).toBe('period');
    expect(targetSpanOf('Target Tahunan', { targets: 'dari_judul' })).toBe('annual');
    expect(targetSpanOf(undefined, { targets: 'dari_judul' })).toBe('period');
    expect(realisasiSpanOf('Realisasi', { realisasi: 'kumulatif' })).toBe('cumulative');
    expect(realisasiSpanOf('Realisasi Kumulatif', { realisasi: 'periodik' })).toBe('period');
  });
});

describe('an annual target against the period', () => {
  it('prorates a cumulative realisasi by the elapsed share of the year, with the reason', () => {
    const out = targetForPeriod(measure('1200'), basis(), 'Dokumen', 'Jumlah dokumen perizinan');
    if ('ok' in out) throw new Error('failed');
    expect(out.target).toMatchObject({ kind: 'single', value: 300 });
    expect(t(out.note!.code, out.note!.params)).toBe(
      'Indikator "Jumlah dokumen perizinan": target tahunan 1.200 Dokumen, realisasi s.d. Maret 2025 dibandingkan dengan 300 Dokumen (prorata 3/12).',
    );
  });

  it('divides the annual target by the periods of the year for a periodic realisasi', () => {
    const out = targetForPeriod(measure('1200'), basis({ realisasiSpan: 'period' }), 'Dokumen', 'Surat');
    if ('ok' in out) throw new Error('failed');
    expect(out.target).toMatchObject({ value: 100 });
    expect(t(out.note!.code, out.note!.params)).toContain(
      'dibandingkan dengan 100 Dokumen (target tahunan / 12)',
    );
    const q = targetForPeriod(measure('80'), basis({ period: quarter(2) }), undefined, 'Laporan');
    if ('ok' in q) throw new Error('failed');
    expect(q.target).toMatchObject({ value: 40 });
  });

  it('never prorates a level: a percentage, a score, an index or a duration', () => {
    for (const [target, unit] of [
      ['100 %', undefined],
      ['80', 'Nilai'],
      ['3,5', 'Indeks'],
      ['12 bulan', undefined],
    ] as const) {
      const out = targetForPeriod(measure(target), basis(), unit, 'Ketepatan waktu');
      if ('ok' in out) throw new Error('failed');
      expect(out.target, target).toEqual(measure(target));
      expect(out.note?.code, target).toBe('PERIOD_TARGET_LEVEL_NOT_PRORATED');
    }
  });

  it('uses the period column under the policy "periode", and reports it missing rather than guessing', () => {
    const own = basis({ rule: 'periode', period: quarter(2), periodColumn: 'Target TW II' });
    const used = targetForPeriod(measure('1200'), own, 'Dokumen', 'Izin', readMeasure('350'));
    if ('ok' in used) throw new Error('failed');
    expect(used.target).toMatchObject({ value: 350 });
    expect(used.note?.code).toBe('PERIOD_TARGET_OWN_COLUMN');
    const missing = targetForPeriod(measure('1200'), basis({ rule: 'periode' }), 'Dokumen', 'Izin');
    expect(missing).toMatchObject({ ok: false, issue: { code: 'PERIOD_TARGET_COLUMN_MISSING' } });
    const empty = targetForPeriod(measure('1200'), own, 'Dokumen', 'Izin', 'empty');
    expect(empty).toMatchObject({ ok: false, issue: { code: 'PERIOD_TARGET_CELL_EMPTY' } });
  });

  it('leaves a periodic target, a year scored as a year and an unknown period as written', () => {
    for (const b of [
      basis({ targetSpan: 'period' }),
      basis({ period: { kind: 'year', year: 2025, index: 1 } }),
      basis({ period: null }),
    ]) {
      const out = targetForPeriod(measure('1200'), b, 'Dokumen', 'Izin');
      expect(out).toEqual({ target: measure('1200'), note: null });
    }
  });

  it('decideIndicatorForPeriod gives the prorated capaian with the reason on the verdict', () => {
    const verdict = decideIndicatorForPeriod(
      {
        target: readMeasure('1200'),
        realisasi: readAmount('300'),
        polarity: 'positif',
        basis: basis(),
        satuan: 'Dokumen',
        indikator: 'Jumlah dokumen perizinan',
      },
      policy,
    );
    expect(verdict.capaian).toBe(1);
    expect(verdict.notes?.[0]?.code).toBe('PERIOD_TARGET_PRORATED_CUMULATIVE');
    // Without a basis (the overlay, =CAPAIAN on two cells): the target as written.
    const plain = decideIndicator(
      { target: readMeasure('1200'), realisasi: readAmount('300'), polarity: 'positif' },
      policy,
    );
    expect(plain.capaian).toBe(0.25);
    expect(plain.notes).toBeUndefined();
  });
});

describe('properties', () => {
  const periodArb = fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((i) => month(i)),
    fc.integer({ min: 1, max: 4 }).map((i) => quarter(i)),
    fc.integer({ min: 1, max: 2 }).map((i): Period => ({ kind: 'semester', year: 2025, index: i })),
    // Periods no sheet should hold: the share is refused, never a division by zero.
    fc.integer({ min: -3, max: 40 }).map((i): Period => ({ kind: 'month', year: 2025, index: i })),
  );
  const amountArb = fc.double({ min: -1e9, max: 1e12, noNaN: true });

  it('never divides by zero, never yields NaN or Infinity, and every note renders without NaN', () => {
    fc.assert(
      fc.property(periodArb, amountArb, amountArb, fc.boolean(), (period, target, realisasi, cumulative) => {
        const share = prorataShare(period, cumulative ? 'cumulative' : 'period');
        if (share !== null) expect(share.denominator).toBeGreaterThan(0);
        const verdict = decideIndicatorForPeriod(
          {
            target: { ok: true, value: { kind: 'single', value: target, scale: 'bare' } },
            realisasi: { ok: true, value: { value: realisasi, scale: 'bare' } },
            polarity: 'positif',
            basis: basis({ period, realisasiSpan: cumulative ? 'cumulative' : 'period' }),
            satuan: 'Dokumen',
            indikator: 'Jumlah dokumen',
          },
          policy,
        );
        if (verdict.capaian !== null) expect(Number.isFinite(verdict.capaian)).toBe(true);
        for (const note of [...(verdict.notes ?? []), ...(verdict.issue ? [verdict.issue] : [])]) {
          const text = formatIssue(note);
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
    );
  });

  it('a cumulative realisasi at December (and TW IV, semester II) meets the annual target exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.constantFrom(month(12), quarter(4), { kind: 'semester', year: 2025, index: 2 } as Period),
        (target, realisasi, period) => {
          const facts = {
            target: {
              ok: true as const,
              value: { kind: 'single' as const, value: target, scale: 'bare' as const },
            },
            realisasi: { ok: true as const, value: { value: realisasi, scale: 'bare' as const } },
            polarity: 'positif' as const,
          };
          const annual = decideIndicator(facts, policy);
          const december = decideIndicatorForPeriod(
            { ...facts, basis: basis({ period }), satuan: 'Dokumen' },
            policy,
          );
          expect(december.capaian).toBe(annual.capaian);
        },
      ),
    );
  });
});

describe('working days from the calendar', () => {
  it('counts Monday to Friday less the national holidays and cuti bersama of the SKB', () => {
    // Maret 2025: 21 weekdays; 28 Maret cuti bersama Nyepi and 31 Maret Idulfitri fall on weekdays.
    const march = workingDaysOf(month(3), policy.periods.calendar);
    expect(march?.days).toBe(19);
    expect(march?.daysOff.map((d) => d.date)).toEqual(['2025-03-28', '2025-03-31']);
    // April 2025: 22 weekdays less 1, 2, 3, 4, 7 and 18 April.
    expect(workingDaysOf(month(4), policy.periods.calendar)?.days).toBe(16);
    // Maret 2026: 22 weekdays less 18, 19, 20, 23 and 24 Maret (21-22 Idulfitri fall on the weekend).
    expect(workingDaysOf(month(3, 2026), policy.periods.calendar)?.days).toBe(17);
  });

  it("adds a region's own day off, and a six-day week counts Saturdays", () => {
    const calendar = PolicySchema.parse({
      periods: {
        calendar: {
          workWeek: [1, 2, 3, 4, 5, 6],
          daysOff: [
            ...policy.periods.calendar.daysOff,
            { date: '2025-03-12', name: 'Hari Jadi Kabupaten Sukamaju', kind: 'libur_daerah' },
          ],
        },
      },
    }).periods.calendar;
    // 26 Monday-Saturday days in March 2025, less 12, 28, 29 (Nyepi, a Saturday) and 31 March.
    expect(workingDaysOf(month(3), calendar)?.days).toBe(22);
  });

  it('takes JHK from the data first, then the calendar, then the default with a warning', () => {
    const cal = policy.periods.calendar;
    expect(periodWorkingDays(20, month(3), cal, 21)).toMatchObject({ days: 20, source: 'data', note: null });
    const fromCalendar = periodWorkingDays(undefined, month(3), cal, 21);
    expect(fromCalendar).toMatchObject({ days: 19, source: 'calendar' });
    expect(formatIssue(fromCalendar.note!)).toContain(
      'Hari kerja Maret 2025: 19 hari dari kalender kerja kebijakan',
    );
    const uncovered = periodWorkingDays(undefined, month(3, 2031), cal, 21);
    expect(uncovered).toMatchObject({ days: 21, source: 'default', note: { severity: 'warning' } });
    expect(formatIssue(uncovered.note!)).toContain('tidak memuat libur tahun 2031');
    expect(periodWorkingDays(undefined, undefined, cal, 21)).toMatchObject({
      days: 21,
      source: 'default',
      note: { code: 'PERIOD_WORKING_DAYS_DEFAULT' },
    });
  });

  it('refuses a calendar date that is not ISO', () => {
    const parsed = PolicySchema.safeParse({
      periods: { calendar: { daysOff: [{ date: '17/08/2025', name: 'HUT RI', kind: 'libur_nasional' }] } },
    });
    expect(parsed.success).toBe(false);
  });
});

describe('through scoreOrganisation', () => {
  const NIP = '198605142010012007';
  const employees: RawTable = {
    sheet: 'Pegawai',
    columns: { nip: 'A', nama: 'B', unit: 'C' },
    rows: [{ row: 2, values: { nip: NIP, nama: 'Ratna Kusumawati, S.Sos.', unit: 'Bidang Perizinan' } }],
  };
  const indicators = (
    targetHeader: string,
    realisasiHeader: string,
    target: string,
    realisasi: string,
  ): RawTable => ({
    sheet: 'SKP Maret',
    columns: { nip: 'A', indikator: 'B', satuan: 'C', target: 'D', realisasi: 'E' },
    headers: { target: targetHeader, realisasi: realisasiHeader },
    rows: [
      {
        row: 6,
        values: { nip: NIP, indikator: 'Jumlah izin usaha terbit', satuan: 'Dokumen', target, realisasi },
      },
    ],
  });
  const score = (input: WorkbookInput, p: Policy = policy) => scoreOrganisation(input, p);

  it("prorates an annual target for March and says so among the employee's reasons", () => {
    const result = score({
      employees,
      indicators: indicators('Target Tahunan', 'Realisasi s.d. Bulan Ini', '1200', '270'),
      period: month(3),
    });
    const e = result.employees[0]!;
    expect(e.capaian).toBeCloseTo(0.9, 10);
    expect(e.flagReasons.map((r) => t(r.code, r.params))).toContain(
      'Indikator "Jumlah izin usaha terbit": target tahunan 1.200 Dokumen, realisasi s.d. Maret 2025 dibandingkan dengan 300 Dokumen (prorata 3/12).',
    );
    // The same data under the policy "periodik" (nothing prorated): the target as written.
    const asWritten = score(
      {
        employees,
        indicators: indicators('Target Tahunan', 'Realisasi s.d. Bulan Ini', '1200', '270'),
        period: month(3),
      },
      PolicySchema.parse({ periods: { targets: 'periodik' } }),
    );
    expect(asWritten.employees[0]?.capaian).toBeCloseTo(0.225, 10);
  });

  it('says once when annual targets meet an unknown period, and compares them as written', () => {
    const result = score({
      employees,
      indicators: indicators('Target Tahunan', 'Realisasi', '1200', '270'),
    });
    expect(result.employees[0]?.capaian).toBeCloseTo(0.225, 10);
    const said = result.issues.filter((i) => i.code === 'PERIOD_TARGET_ANNUAL_NO_PERIOD');
    expect(said).toHaveLength(1);
    expect(formatIssue(said[0]!)).toContain('Sheet "SKP Maret"');
  });

  it('reports a missing period column once under the policy "periode", leaving the capaian out', () => {
    const result = score(
      {
        employees,
        indicators: indicators('Target Tahunan', 'Realisasi', '1200', '270'),
        period: quarter(1),
      },
      PolicySchema.parse({ periods: { annualTarget: 'periode' } }),
    );
    expect(result.employees[0]?.capaian).toBeNull();
    expect(result.issues.filter((i) => i.code === 'PERIOD_TARGET_COLUMN_MISSING')).toHaveLength(1);
  });

  it('counts working days from the calendar for the period; JHK given by the surface wins', () => {
    expect(
      score({ employees, indicators: indicators('Target', 'Realisasi', '10', '9'), period: month(3) })
        .workingDays,
    ).toBe(19);
    expect(
      score({
        employees,
        indicators: indicators('Target', 'Realisasi', '10', '9'),
        period: month(3),
        workingDays: 20,
      }).workingDays,
    ).toBe(20);
  });
});
