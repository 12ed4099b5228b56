import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { DistributionPolicySchema, defaultPolicy, type PredikatPegawai } from '../../shared/policy/schema';
import { checkDistribution, type DistributionCheck } from '../../shared/score';

const policy = defaultPolicy().distribution;

/** A unit from counts, e.g. unit({ baik: 9, butuh_perbaikan: 1 }). */
function unit(counts: Partial<Record<PredikatPegawai, number>>): PredikatPegawai[] {
  return Object.entries(counts).flatMap(([p, n]) => Array<PredikatPegawai>(n).fill(p as PredikatPegawai));
}

/** ruleId -> [limit, actual, offBy], the numbers a user reads in the message. */
function summary(check: DistributionCheck): Record<string, [number, number, number]> {
  return Object.fromEntries(check.rules.map((r) => [r.ruleId, [r.limit, r.actual, r.offBy]]));
}

describe('checkDistribution (SE MenPANRB 3/2023)', () => {
  it('Istimewa, 10 pegawai: 9 Sangat Baik exceeds the 70% cap (7) by 2', () => {
    const check = checkDistribution('istimewa', unit({ sangat_baik: 9, baik: 1 }), policy);
    expect(check.ok).toBe(false);
    expect(summary(check)).toEqual({ istimewa_sb_max70: [7, 9, 2] });
    expect(check.counts).toEqual({
      sangat_baik: 9,
      baik: 1,
      butuh_perbaikan: 0,
      kurang: 0,
      sangat_kurang: 0,
    });
    expect(formatIssue(check.rules[0]!.issue!)).toBe(
      'Unit berpredikat Istimewa: paling banyak 70% (7 dari 10 pegawai) boleh Sangat Baik; saat ini 9, kelebihan 2 pegawai.',
    );
  });

  it('Istimewa, 3 and 7 pegawai: the cap rounds down (2 of 3, 4 of 7)', () => {
    expect(summary(checkDistribution('istimewa', unit({ sangat_baik: 2, baik: 1 }), policy))).toEqual({
      istimewa_sb_max70: [2, 2, 0],
    });
    const seven = checkDistribution('istimewa', unit({ sangat_baik: 5, baik: 2 }), policy);
    expect(summary(seven)).toEqual({ istimewa_sb_max70: [4, 5, 1] });
    expect(seven.ok).toBe(false);
  });

  it('Baik, 10 pegawai: the example of the brief, word for word, and the missing Butuh Perbaikan', () => {
    const check = checkDistribution('baik', unit({ baik: 9, sangat_baik: 1 }), policy);
    expect(summary(check)).toEqual({ baik_b_max70: [7, 9, 2], baik_bp_k_min1: [1, 0, 1] });
    const [cap, floor] = check.rules;
    expect(formatIssue(cap!.issue!)).toBe(
      'Unit berpredikat Baik: paling banyak 70% (7 dari 10 pegawai) boleh Baik; saat ini 9, kelebihan 2 pegawai.',
    );
    expect(formatIssue(floor!.issue!)).toBe(
      'Unit berpredikat Baik: paling sedikit 1 pegawai harus Butuh Perbaikan + Kurang/Misconduct; saat ini 0, kurang 1 pegawai.',
    );
    expect(formatIssue(cap!.issue!, 'en')).toContain('at most 70% (7 of 10 employees)');
  });

  it('Baik, 3 and 7 pegawai: one Kurang/Misconduct satisfies "at least one"', () => {
    const three = checkDistribution('baik', unit({ baik: 2, kurang: 1 }), policy);
    expect(three.ok).toBe(true);
    expect(summary(three)).toEqual({ baik_b_max70: [2, 2, 0], baik_bp_k_min1: [1, 1, 0] });
    expect(three.rules.every((r) => r.issue === undefined)).toBe(true);
    const seven = checkDistribution('baik', unit({ baik: 5, sangat_baik: 2 }), policy);
    expect(summary(seven)).toEqual({ baik_b_max70: [4, 5, 1], baik_bp_k_min1: [1, 0, 1] });
  });

  it('Butuh Perbaikan: no Sangat Baik allowed below 10 pegawai, and 60% rounds up (2 of 3, 5 of 7, 6 of 10)', () => {
    const three = checkDistribution(
      'butuh_perbaikan',
      unit({ sangat_baik: 1, butuh_perbaikan: 1, baik: 1 }),
      policy,
    );
    expect(summary(three)).toEqual({ bp_sb_max10: [0, 1, 1], bp_bp_min60: [2, 1, 1] });
    expect(formatIssue(three.rules[0]!.issue!)).toBe(
      'Unit berpredikat Butuh Perbaikan: paling banyak 10% dari 3 pegawai (0,3, dibulatkan ke bawah menjadi 0) boleh Sangat Baik; saat ini 1, kelebihan 1 pegawai.',
    );
    expect(formatIssue(three.rules[1]!.issue!)).toBe(
      'Unit berpredikat Butuh Perbaikan: paling sedikit 60% dari 3 pegawai (1,8, dibulatkan ke atas menjadi 2) harus Butuh Perbaikan; saat ini 1, kurang 1 pegawai.',
    );
    expect(formatIssue(three.rules[1]!.issue!, 'en')).toBe(
      'Unit with predikat Butuh Perbaikan: at least 60% of 3 employees (1.8, rounded up to 2) must be Butuh Perbaikan; now 1, 1 short.',
    );
    const seven = checkDistribution('butuh_perbaikan', unit({ butuh_perbaikan: 5, baik: 2 }), policy);
    expect(seven.ok).toBe(true);
    const ten = checkDistribution(
      'butuh_perbaikan',
      unit({ sangat_baik: 1, butuh_perbaikan: 4, baik: 5 }),
      policy,
    );
    expect(summary(ten)).toEqual({ bp_sb_max10: [1, 1, 0], bp_bp_min60: [6, 4, 2] });
  });

  it('Kurang: three rules with exact shortfalls for 3, 7 and 10 pegawai', () => {
    expect(summary(checkDistribution('kurang', unit({ kurang: 2, butuh_perbaikan: 1 }), policy))).toEqual({
      kurang_sb_max10: [0, 0, 0],
      kurang_bp_min10: [1, 1, 0],
      kurang_k_min60: [2, 2, 0],
    });
    expect(summary(checkDistribution('kurang', unit({ kurang: 3, baik: 4 }), policy))).toEqual({
      kurang_sb_max10: [0, 0, 0],
      kurang_bp_min10: [1, 0, 1],
      kurang_k_min60: [5, 3, 2],
    });
    const ten = checkDistribution('kurang', unit({ sangat_baik: 2, kurang: 6, butuh_perbaikan: 2 }), policy);
    expect(summary(ten)).toEqual({
      kurang_sb_max10: [1, 2, 1],
      kurang_bp_min10: [1, 2, 0],
      kurang_k_min60: [6, 6, 0],
    });
    expect(ten.ok).toBe(false);
  });

  it('Sangat Kurang: no Sangat Baik at all, 60% Sangat Kurang, 10% Kurang/Misconduct + Butuh Perbaikan', () => {
    expect(
      checkDistribution('sangat_kurang', unit({ sangat_kurang: 2, butuh_perbaikan: 1 }), policy).ok,
    ).toBe(true);
    const seven = checkDistribution(
      'sangat_kurang',
      unit({ sangat_kurang: 4, baik: 2, sangat_baik: 1 }),
      policy,
    );
    expect(summary(seven)).toEqual({
      sk_sb_none: [0, 1, 1],
      sk_sk_min60: [5, 4, 1],
      sk_k_bp_min10: [1, 0, 1],
    });
    expect(formatIssue(seven.rules[0]!.issue!)).toBe(
      'Unit berpredikat Sangat Kurang: tidak boleh ada pegawai Sangat Baik; saat ini 1, kelebihan 1 pegawai.',
    );
    const ten = checkDistribution(
      'sangat_kurang',
      unit({ sangat_kurang: 6, kurang: 1, butuh_perbaikan: 1, baik: 2 }),
      policy,
    );
    expect(ten.ok).toBe(true);
    expect(summary(ten)).toEqual({ sk_sb_none: [0, 0, 0], sk_sk_min60: [6, 6, 0], sk_k_bp_min10: [1, 2, 0] });
  });

  it('an empty unit is ok with a warning: there is nothing to check yet', () => {
    const check = checkDistribution('baik', [], policy);
    expect(check.ok).toBe(true);
    expect(check.rules).toEqual([]);
    expect(check.warnings.map((w) => w.code)).toEqual(['DISTRIBUTION_EMPTY_UNIT']);
  });

  it('follows the rounding the region chose', () => {
    const rounding = DistributionPolicySchema.parse({ rounding: { cap: 'round', floor: 'floor' } });
    const check = checkDistribution('istimewa', unit({ sangat_baik: 5, baik: 2 }), rounding);
    expect(summary(check)).toEqual({ istimewa_sb_max70: [5, 5, 0] });
    // 70% of 9 pegawai is 6,3: rounded to the nearest it allows 6, and the message says how it got there.
    const nine = checkDistribution('istimewa', unit({ sangat_baik: 8, baik: 1 }), rounding);
    expect(formatIssue(nine.rules[0]!.issue!)).toBe(
      'Unit berpredikat Istimewa: paling banyak 70% dari 9 pegawai (6,3, dibulatkan ke terdekat menjadi 6) boleh Sangat Baik; saat ini 8, kelebihan 2 pegawai.',
    );
    const floorOfTen = checkDistribution(
      'kurang',
      unit({ kurang: 4, butuh_perbaikan: 2, baik: 3 }),
      rounding,
    );
    expect(formatIssue(floorOfTen.rules.find((r) => r.ruleId === 'kurang_k_min60')!.issue!, 'en')).toBe(
      'Unit with predikat Kurang: at least 60% of 9 employees (5.4, rounded down to 5) must be Kurang/Misconduct; now 4, 1 short.',
    );
  });

  it('rejects a policy rule that puts a minimum count on a cap', () => {
    const bad = { id: 'x', predikat: ['baik'], kind: 'max', share: 0.7, minCount: 1 };
    expect(DistributionPolicySchema.safeParse({ rules: { ...policy.rules, baik: [bad] } }).success).toBe(
      false,
    );
  });

  it('does not let float noise move a limit (57% of 100 allows 57)', () => {
    const custom = DistributionPolicySchema.parse({
      rules: {
        ...policy.rules,
        istimewa: [{ id: 'sb57', predikat: ['sangat_baik'], kind: 'max', share: 0.57 }],
      },
    });
    const check = checkDistribution('istimewa', unit({ sangat_baik: 57, baik: 43 }), custom);
    expect(summary(check)).toEqual({ sb57: [57, 57, 0] });
  });
});
