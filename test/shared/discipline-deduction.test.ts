import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttendanceEvent, classifyLateness, disciplineDeduction } from '../../shared/discipline';
import { formatIssue } from '../../shared/messages/format';
import { validatePolicy } from '../../shared/policy/io';
import { POLICY_PRESETS } from '../../shared/policy/presets';
import {
  ATTENDANCE_CODES,
  DEDUCTION_TABLES,
  type DisciplinePolicy,
  PERMENTAN_68_2012,
  TULANG_BAWANG,
} from '../../shared/policy/schema';

const permentan = POLICY_PRESETS.nasional().discipline;
const tulangBawang = POLICY_PRESETS.tulang_bawang().discipline;

describe('classifyLateness', () => {
  it.each([
    [0, null],
    [1, 'TL1'],
    [30, 'TL1'],
    [30.9, 'TL1'],
    [31, 'TL2'],
    [60, 'TL2'],
    [61, 'TL3'],
    [90, 'TL3'],
    [91, 'TL4'],
    [240, 'TL4'],
  ])('arriving %s minutes late is %s', (minutes, code) => {
    expect(classifyLateness(minutes, 'TL', PERMENTAN_68_2012)).toBe(code);
  });

  it('uses the same bands for leaving early (PSW)', () => {
    expect([15, 45, 75, 120].map((m) => classifyLateness(m, 'PSW', PERMENTAN_68_2012))).toEqual([
      'PSW1',
      'PSW2',
      'PSW3',
      'PSW4',
    ]);
  });

  it('treats early arrival and unreadable minutes as no event', () => {
    expect(classifyLateness(-5, 'TL', PERMENTAN_68_2012)).toBeNull();
    expect(classifyLateness(Number.NaN, 'TL', PERMENTAN_68_2012)).toBeNull();
    expect(classifyLateness(0.5, 'TL', PERMENTAN_68_2012)).toBeNull();
  });

  it("follows a region's own bands", () => {
    expect(classifyLateness(20, 'TL', { lateBandsMinutes: [15, 45, 75] })).toBe('TL2');
  });
});

describe('disciplineDeduction under Permentan 68/2012', () => {
  it('2x TL1 + 1x TL3 + 1 day TK = 0,5 + 0,5 + 1,5 + 4 = 6,5%', () => {
    const r = disciplineDeduction(
      [{ code: 'TL1', count: 2 }, { code: 'TL3' }, { code: 'TK', count: 1 }],
      permentan,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.fraction).toBe(0.065);
    expect(r.value.byCode).toEqual({
      TL1: { count: 2, fraction: 0.01 },
      TL3: { count: 1, fraction: 0.015 },
      TK: { count: 1, fraction: 0.04 },
    });
    expect(r.value.reasons.map((x) => x.text)).toEqual([
      '2x TL1 (0,5%) = 1%',
      '1x TL3 (1,5%) = 1,5%',
      '1x TK (4%) = 4%',
    ]);
  });

  it('adds up events of the same code from several days', () => {
    const days: AttendanceEvent[] = [
      { code: 'TL1', row: 3 },
      { code: 'PSW2', row: 4 },
      { code: 'TL1', row: 5 },
      { code: 'TL1', row: 9 },
    ];
    const r = disciplineDeduction(days, permentan);
    expect(r.ok && r.value.reasons.map((x) => x.text)).toEqual(['3x TL1 (0,5%) = 1,5%', '1x PSW2 (1%) = 1%']);
    expect(r.ok && r.value.fraction).toBe(0.025);
  });

  it('caps the deduction at the whole discipline part and says so', () => {
    const r = disciplineDeduction([{ code: 'TK', count: 30 }], permentan);
    expect(r.ok && [r.value.fraction, r.value.uncapped, r.value.capped]).toEqual([1, 1.2, true]);
    expect(r.ok && r.value.reasons.at(-1)?.text).toBe(
      'Jumlah potongan 120% melebihi batas, jadi dipotong 100% dari bagian disiplin.',
    );
    const lowerCap = disciplineDeduction([{ code: 'TK', count: 10 }], { ...permentan, maxDeduction: 0.25 });
    expect(lowerCap.ok && lowerCap.value.fraction).toBe(0.25);
  });

  it('says the discipline part is paid in full when there is nothing to deduct', () => {
    const r = disciplineDeduction([], permentan);
    expect(r.ok && [r.value.fraction, r.value.reasons.map((x) => x.text)]).toEqual([
      0,
      ['Tidak ada keterlambatan, pulang cepat, atau ketidakhadiran: bagian disiplin dibayar penuh.'],
    ]);
  });

  it('refuses a negative or fractional count and an unknown code, naming the row', () => {
    const negative = disciplineDeduction([{ code: 'TL2', count: -1, row: 12 }], permentan);
    expect(!negative.ok && formatIssue(negative.issue)).toBe(
      'Baris 12: Jumlah kejadian TL2 bernilai "-1". Tulis bilangan bulat 0 atau lebih (misalnya 3).',
    );
    const half = disciplineDeduction([{ code: 'TL2', count: 1.5 }], permentan);
    expect(!half.ok && half.issue.code).toBe('DISC_COUNT_INVALID');
    const unknown = disciplineDeduction([{ code: 'IZIN' as never, row: 4 }], permentan);
    expect(!unknown.ok && formatIssue(unknown.issue)).toContain('Kode absensi "IZIN" tidak dikenal');
  });
});

describe('disciplineDeduction under the Tulang Bawang preset', () => {
  it('counts TL3 at 1,25%, TL4 at 1,5% and a missed Monday apel at 2%', () => {
    const events: AttendanceEvent[] = [
      { code: 'TL3' },
      { code: 'TL4', count: 2 },
      { code: 'APEL', count: 2 },
    ];
    const r = disciplineDeduction(events, tulangBawang);
    // 1,25 + 2 x 1,5 + 2 x 2 = 8,25%
    expect(r.ok && r.value.fraction).toBe(0.0825);
    expect(r.ok && r.value.reasons.map((x) => x.text)).toContain('2x APEL (2%) = 4%');
    // The same month under Permentan 68/2012: 1,5 + 2 x 2 + 0 (no apel rule) = 5,5%
    const national = disciplineDeduction(events, permentan);
    expect(national.ok && national.value.fraction).toBe(0.055);
  });

  it('offers both tables for selection', () => {
    expect(DEDUCTION_TABLES.permentan_68_2012).toBe(PERMENTAN_68_2012);
    expect(DEDUCTION_TABLES.tulang_bawang).toBe(TULANG_BAWANG);
    expect(tulangBawang.table.id).toBe('tulang_bawang');
  });
});

describe('disciplineDeduction: properties', () => {
  const counts = fc.dictionary(fc.constantFrom(...ATTENDANCE_CODES), fc.integer({ min: 0, max: 40 }));
  const toEvents = (c: Partial<Record<string, number>>) =>
    Object.entries(c).map(([code, count]) => ({ code, count }) as AttendanceEvent);
  const fractionOf = (events: AttendanceEvent[], policy: DisciplinePolicy) => {
    const r = disciplineDeduction(events, policy);
    if (!r.ok) throw new Error(r.issue.code);
    return r.value.fraction;
  };

  for (const [name, policy] of [
    ['Permentan 68/2012', permentan],
    ['Tulang Bawang', tulangBawang],
    ['a 50% cap', { ...permentan, maxDeduction: 0.5 }],
  ] as const) {
    it(`stays within [0, maxDeduction] and never falls when an event is added (${name})`, () => {
      fc.assert(
        fc.property(counts, fc.constantFrom(...ATTENDANCE_CODES), (c, extra) => {
          const before = fractionOf(toEvents(c), policy);
          const after = fractionOf([...toEvents(c), { code: extra }], policy);
          expect(before).toBeGreaterThanOrEqual(0);
          expect(after).toBeLessThanOrEqual(policy.maxDeduction);
          expect(after).toBeGreaterThanOrEqual(before);
        }),
      );
    });
  }
});

describe('deduction table policy', () => {
  it('refuses late bands that are not increasing', () => {
    const r = validatePolicy({
      version: 1,
      discipline: { table: { ...PERMENTAN_68_2012, lateBandsMinutes: [30, 20, 90] } },
    });
    expect(!r.ok && formatIssue(r.issue)).toContain('discipline.table.lateBandsMinutes');
  });
});

describe('one occurrence of every code, in both tables (docs/rules.md#attendance-deductions)', () => {
  // [code, Permentan 68/2012, Tulang Bawang] as the percentage a user reads in the reason line.
  const rates: [string, string, string][] = [
    ['TL1', '0,5%', '0,5%'],
    ['TL2', '1%', '1%'],
    ['TL3', '1,5%', '1,25%'],
    ['TL4', '2%', '1,5%'],
    ['PSW1', '0,5%', '0,5%'],
    ['PSW2', '1%', '1%'],
    ['PSW3', '1,5%', '1,25%'],
    ['PSW4', '2%', '1,5%'],
    ['TK', '4%', '4%'],
    ['APEL', '0%', '2%'],
  ];
  it.each(rates)(
    '%s costs %s (Permentan 68/2012) and %s (Tulang Bawang) of the discipline part',
    (code, p, tb) => {
      const line = (policy: DisciplinePolicy) => {
        const r = disciplineDeduction([{ code: code as AttendanceEvent['code'], row: 7 }], policy);
        if (!r.ok) throw new Error(formatIssue(r.issue));
        return r.value.reasons[0]?.text;
      };
      expect(line(permentan)).toBe(`1x ${code} (${p}) = ${p}`);
      expect(line(tulangBawang)).toBe(`1x ${code} (${tb}) = ${tb}`);
    },
  );
});
