import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { defaultPolicy } from '../../shared/policy/schema';
import {
  detectBusyWithoutResults,
  isAppreciative,
  isCorrective,
  recommendForEmployee,
  recommendForPerson,
  recommendForSupervisor,
  recommendForUnits,
} from '../../shared/recommend';

const policy = defaultPolicy();

describe('detectBusyWithoutResults', () => {
  it('flags kesibukan semu with the numbers spelled out in Indonesian', () => {
    const v = detectBusyWithoutResults(
      { minutes: 6800, workingDays: 21, capaian: 0.54, activityMinutesWithoutOutput: 1200 },
      policy.busy,
    );
    expect(v.flags).toEqual(['kesibukan_semu']);
    expect(v.expectedMinutes).toBe(6300);
    expect(formatIssue(v.reasons[0]!)).toContain(
      'Tercatat 6.800 menit (108% dari 6.300 menit yang diharapkan) tetapi capaian hasil 54% (< 76%)',
    );
  });

  it('does not flag a busy employee whose results are good, nor an idle one with poor results', () => {
    const productive = detectBusyWithoutResults(
      { minutes: 6600, workingDays: 21, capaian: 1.12, activityMinutesWithoutOutput: 300 },
      policy.busy,
    );
    expect(productive.flags).toEqual([]);
    const idle = detectBusyWithoutResults(
      { minutes: 2100, workingDays: 21, capaian: 0.4, activityMinutesWithoutOutput: 0 },
      policy.busy,
    );
    expect(idle.flags).toEqual([]);
  });

  it('flags activity without output when most minutes have no output, in English too', () => {
    const v = detectBusyWithoutResults(
      { minutes: 5000, workingDays: 21, capaian: 0.95, activityMinutesWithoutOutput: 3000 },
      policy.busy,
    );
    expect(v.flags).toEqual(['aktivitas_tanpa_output']);
    expect(formatIssue(v.reasons[0]!, 'en')).toContain('3,000 of 5,000 activity minutes (60%');
  });

  it('uses the policy working days when the period does not say, and never judges an unknown capaian', () => {
    const v = detectBusyWithoutResults(
      { minutes: 9000, workingDays: Number.NaN, capaian: null, activityMinutesWithoutOutput: 0 },
      policy.busy,
    );
    expect(v.expectedMinutes).toBe(21 * 300);
    expect(v.flags).toEqual([]);
  });

  it('never produces NaN or Infinity in a reason, whatever the numbers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: false }),
        fc.option(fc.double({ min: -5, max: 5 }), { nil: null }),
        fc.double({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -3, max: 40 }),
        (minutes, capaian, withoutOutput, days) => {
          const v = detectBusyWithoutResults(
            { minutes, capaian, activityMinutesWithoutOutput: withoutOutput, workingDays: days },
            policy.busy,
          );
          for (const r of v.reasons) expect(formatIssue(r)).not.toMatch(/NaN|Infinity|undefined/);
          expect(Number.isFinite(v.expectedMinutes)).toBe(true);
        },
      ),
    );
  });
});

describe('recommendForEmployee', () => {
  const base = { capaian: 1.0, deductionFraction: 0, tkDays: 0, flags: [] as const };

  it('proposes an award for Sangat Baik with high achievement and clean attendance', () => {
    const r = recommendForEmployee({ ...base, predikat: 'sangat_baik', capaian: 1.15 }, policy.reward);
    expect(r.kind).toBe('penghargaan');
    expect(formatIssue(r.reasons[0]!)).toContain('capaian 115% (minimal 110%)');
  });

  it('gives only appreciation to Sangat Baik when late arrivals cost more than the award allows', () => {
    const r = recommendForEmployee(
      { ...base, predikat: 'sangat_baik', capaian: 1.15, deductionFraction: 0.06 },
      policy.reward,
    );
    expect(r.kind).toBe('apresiasi');
  });

  it('lets the heaviest measure win and lists every reason behind it', () => {
    const r = recommendForEmployee(
      { ...base, predikat: 'kurang', tkDays: 4, deductionFraction: 0.21, flags: ['kesibukan_semu'] },
      policy.reward,
    );
    expect(r.kind).toBe('teguran');
    const text = r.reasons.map((i) => formatIssue(i)).join('\n');
    expect(text).toContain('Tidak masuk tanpa keterangan 4 hari');
    expect(text).toContain('Predikat Kurang/Misconduct');
    expect(text).toContain('Potongan disiplin 21%');
    expect(text).toContain('Kesibukan semu');
  });

  it('proposes a sanction for Sangat Kurang or ten days absent without notice', () => {
    expect(recommendForEmployee({ ...base, predikat: 'sangat_kurang' }, policy.reward).kind).toBe('sanksi');
    expect(recommendForEmployee({ ...base, predikat: 'baik', tkDays: 10 }, policy.reward).kind).toBe(
      'sanksi',
    );
  });

  it('coaches a Baik employee flagged as busy without results', () => {
    const r = recommendForEmployee({ ...base, predikat: 'baik', flags: ['kesibukan_semu'] }, policy.reward);
    expect(r.kind).toBe('pembinaan');
  });

  it('says what data is missing when no predikat could be set', () => {
    const r = recommendForEmployee({ ...base, predikat: null, capaian: null }, policy.reward);
    expect(r.kind).toBe('tidak_ada');
    expect(formatIssue(r.reasons[0]!)).toContain('lengkapi target, realisasi');
  });
});

describe('recommendForSupervisor', () => {
  it('names subordinates without feedback and the poor and excellent ones left without a word', () => {
    const r = recommendForSupervisor(
      {
        nip: '197805122005011003',
        nama: 'dr. Hendra Gunawan',
        subordinates: [
          { nip: '199003152015031002', nama: 'Agus Salim', predikat: 'kurang', hasFeedback: false },
          { nip: '199107222019032011', nama: 'Sri Wahyuni', predikat: 'sangat_baik', hasFeedback: false },
          { nip: '198806102014022003', nama: 'Dewi Lestari', predikat: 'baik', hasFeedback: true },
        ],
      },
      policy.reward,
    );
    expect(r.flags).toEqual(['umpan_balik_kurang', 'teguran_belum_diberikan', 'apresiasi_belum_diberikan']);
    expect(formatIssue(r.reasons[0]!)).toContain('2 dari 3 bawahan (Agus Salim; Sri Wahyuni)');
    expect(formatIssue(r.reasons[1]!)).toContain('Agus Salim (Kurang/Misconduct)');
    expect(formatIssue(r.reasons[2]!)).toContain('Sri Wahyuni (Sangat Baik)');
    expect(r.withFeedbackCount).toBe(1);
  });

  it('does not flag a supervisor who gave every subordinate feedback', () => {
    const r = recommendForSupervisor(
      {
        nip: '197805122005011003',
        nama: 'dr. Hendra Gunawan',
        subordinates: [
          { nip: '199003152015031002', nama: 'Agus Salim', predikat: 'kurang', hasFeedback: true },
        ],
      },
      policy.reward,
    );
    expect(r.flags).toEqual([]);
  });
});

describe('recommendForUnits', () => {
  const units = [
    {
      unit: 'Sekretariat',
      predikat: 'baik' as const,
      sakipScore: 72.4,
      previousSakipScore: 68.4,
      averageCapaian: 0.98,
    },
    {
      unit: 'Bidang Pelayanan Kesehatan',
      predikat: 'istimewa' as const,
      sakipScore: 81.35,
      previousSakipScore: 78.2,
      averageCapaian: 1.08,
    },
    {
      unit: 'Bidang Pencegahan dan Pengendalian Penyakit',
      predikat: 'butuh_perbaikan' as const,
      sakipScore: 63.1,
      previousSakipScore: 61,
      averageCapaian: 0.81,
    },
  ];

  it('names the best unit, the most improved, and the one that needs coaching', () => {
    const r = recommendForUnits(units, policy.reward);
    expect(r.basis).toBe('sakip');
    const kinds = Object.fromEntries(r.units.map((u) => [u.unit, u.kind]));
    expect(kinds).toEqual({
      'Bidang Pelayanan Kesehatan': 'unit_terbaik',
      Sekretariat: 'paling_meningkat',
      'Bidang Pencegahan dan Pengendalian Penyakit': 'pembinaan_unit',
    });
    const best = r.units.find((u) => u.kind === 'unit_terbaik')!;
    expect(formatIssue(best.reasons[0]!)).toContain('Peringkat 1 dari 3 unit (nilai SAKIP 81,35)');
    const improved = r.units.find((u) => u.kind === 'paling_meningkat')!;
    expect(formatIssue(improved.reasons[0]!)).toContain('naik 4 poin (dari 68,4 menjadi 72,4)');
  });

  it('falls back to average capaian when a unit has no SAKIP score', () => {
    const r = recommendForUnits(
      units.map((u, i) => (i === 0 ? { ...u, sakipScore: null } : u)),
      policy.reward,
    );
    expect(r.basis).toBe('capaian');
    expect(r.units.find((u) => u.kind === 'unit_terbaik')?.unit).toBe('Bidang Pelayanan Kesehatan');
  });
});

describe('recommendForPerson (what a supervisor sees on a page)', () => {
  const person = (predikat: string | null, capaian: number | null, flags: string[] = []) =>
    recommendForPerson({ predikat: predikat as never, capaian, flags }, policy);

  it('follows the reward rules exactly when the page shows a predikat', () => {
    for (const predikat of ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const)
      expect(person(predikat, 1.15)).toEqual(
        recommendForEmployee(
          { predikat, capaian: 1.15, deductionFraction: 0, tkDays: 0, flags: [] },
          policy.reward,
        ),
      );
    // Baik with a capaian above expectations: the supervisor's predikat decides, no appreciation of its own.
    expect(isAppreciative(person('baik', 1.2))).toBe(false);
    expect(isCorrective(person('butuh_perbaikan', 1.2))).toBe(true);
  });

  it('without a predikat: coaching flags first, then the rating the capaian proposes, saying no predikat exists', () => {
    expect(person(null, 1.2, ['kesibukan_semu']).kind).toBe('pembinaan');
    const low = person(null, 0.62);
    expect(low.kind).toBe('pembinaan');
    expect(formatIssue(low.reasons[0]!)).toBe(
      'Belum ada predikat; capaian 62% di bawah ekspektasi: bicarakan pembinaan dengan pegawai.',
    );
    expect(person(null, 1.12).kind).toBe('apresiasi');
    expect(person(null, 1).kind).toBe('tidak_ada');
    expect(person(null, null).kind).toBe('tidak_ada');
    // Page-only flags (belum_dinilai, rating_berbeda) are not reward rules.
    expect(person(null, 1, ['belum_dinilai', 'rating_berbeda']).kind).toBe('tidak_ada');
  });

  it('never throws and never names NaN on junk', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (p, c, f) => {
        const r = recommendForPerson(
          { predikat: p as never, capaian: c as never, flags: f as never },
          policy,
        );
        expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 200 },
    );
  });
});
