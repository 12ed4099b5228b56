import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import {
  BERAKHLAK,
  type BerakhlakValue,
  defaultPolicy,
  PREDIKAT_ORGANISASI,
  type Rating,
  RatingPolicySchema,
} from '../../shared/policy/schema';
import {
  finalHasilRating,
  headOfUnitHasil,
  perilakuFromBerakhlak,
  predikatLabel,
  predikatOrganisasiLabel,
  predikatPegawai,
  proposeHasilRating,
  ratingLabel,
} from '../../shared/score';

const policy = defaultPolicy().rating;

describe('predikatPegawai: the 3x3 matrix of PermenPANRB 6/2022', () => {
  const cells: [Rating, Rating, string][] = [
    ['di_atas', 'di_bawah', 'Kurang/Misconduct'],
    ['di_atas', 'sesuai', 'Baik'],
    ['di_atas', 'di_atas', 'Sangat Baik'],
    ['sesuai', 'di_bawah', 'Kurang/Misconduct'],
    ['sesuai', 'sesuai', 'Baik'],
    ['sesuai', 'di_atas', 'Baik'],
    ['di_bawah', 'di_bawah', 'Sangat Kurang'],
    ['di_bawah', 'sesuai', 'Butuh Perbaikan'],
    ['di_bawah', 'di_atas', 'Butuh Perbaikan'],
  ];
  for (const [hasil, perilaku, expected] of cells) {
    it(`hasil ${ratingLabel(hasil)} x perilaku ${ratingLabel(perilaku)} -> ${expected}`, () => {
      expect(predikatLabel(predikatPegawai(hasil, perilaku, policy))).toBe(expected);
    });
  }

  it('labels predikat and ratings in English too', () => {
    expect(predikatLabel('kurang', 'en')).toBe('Poor/Misconduct');
    expect(predikatLabel('sangat_baik', 'en')).toBe('Very Good');
    expect(ratingLabel('di_atas')).toBe('Di Atas Ekspektasi');
    expect(ratingLabel('sesuai', 'en')).toBe('Meets Expectations');
    expect(predikatOrganisasiLabel('istimewa')).toBe('Istimewa');
  });
});

describe('proposeHasilRating', () => {
  it('proposes from inclusive bands: >= 110% di atas, >= 90% sesuai, else di bawah', () => {
    expect(proposeHasilRating(1.1, policy)).toBe('di_atas');
    expect(proposeHasilRating(1.0999, policy)).toBe('sesuai');
    expect(proposeHasilRating(0.9, policy)).toBe('sesuai');
    expect(proposeHasilRating(0.8999, policy)).toBe('di_bawah');
    expect(proposeHasilRating(0, policy)).toBe('di_bawah');
  });

  it('proposes nothing when no capaian could be computed', () => {
    expect(proposeHasilRating(null, policy)).toBeNull();
  });

  it('follows a region that moved the bands', () => {
    const strict = RatingPolicySchema.parse({ hasilBands: { diAtasMin: 1.2, sesuaiMin: 1 } });
    expect(proposeHasilRating(1.1, strict)).toBe('sesuai');
    expect(proposeHasilRating(0.95, strict)).toBe('di_bawah');
  });
});

describe('perilakuFromBerakhlak', () => {
  const all = (rating: Rating): Record<BerakhlakValue, Rating> =>
    Object.fromEntries(BERAKHLAK.map((v) => [v, rating])) as Record<BerakhlakValue, Rating>;

  it('is sesuai when every core value meets expectations', () => {
    expect(perilakuFromBerakhlak(all('sesuai'), policy)).toEqual({ ok: true, value: 'sesuai' });
  });

  it('is di atas with 4 values above and none below, sesuai with only 3 above', () => {
    const four = {
      ...all('sesuai'),
      berorientasi_pelayanan: 'di_atas',
      akuntabel: 'di_atas',
      kompeten: 'di_atas',
      kolaboratif: 'di_atas',
    } as const;
    expect(perilakuFromBerakhlak(four, policy)).toEqual({ ok: true, value: 'di_atas' });
    const three = { ...four, kolaboratif: 'sesuai' } as const;
    expect(perilakuFromBerakhlak(three, policy)).toEqual({ ok: true, value: 'sesuai' });
  });

  it('one value below expectations blocks di atas; three make it di bawah', () => {
    const oneBelow = { ...all('di_atas'), loyal: 'di_bawah' } as const;
    expect(perilakuFromBerakhlak(oneBelow, policy)).toEqual({ ok: true, value: 'sesuai' });
    const threeBelow = {
      ...all('di_atas'),
      loyal: 'di_bawah',
      harmonis: 'di_bawah',
      adaptif: 'di_bawah',
    } as const;
    expect(perilakuFromBerakhlak(threeBelow, policy)).toEqual({ ok: true, value: 'di_bawah' });
  });

  it('fails naming the core values that are missing', () => {
    const r = perilakuFromBerakhlak(
      {
        berorientasi_pelayanan: 'sesuai',
        akuntabel: 'sesuai',
        kompeten: 'sesuai',
        loyal: 'sesuai',
        adaptif: 'sesuai',
      },
      policy,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issue.code).toBe('PERILAKU_MISSING_VALUES');
      const text = formatIssue(r.issue);
      expect(text).toContain('Harmonis, Kolaboratif');
      expect(text).not.toContain('Akuntabel');
    }
  });
});

describe('head of unit and the final hasil rating', () => {
  it('maps the unit predikat: Istimewa -> di atas, Baik -> sesuai, the rest -> di bawah', () => {
    const mapped = PREDIKAT_ORGANISASI.map((org) => [org, headOfUnitHasil(org, policy)]);
    expect(Object.fromEntries(mapped)).toEqual({
      istimewa: 'di_atas',
      baik: 'sesuai',
      butuh_perbaikan: 'di_bawah',
      kurang: 'di_bawah',
      sangat_kurang: 'di_bawah',
    });
  });

  it('uses the proposal when the supervisor entered nothing', () => {
    expect(finalHasilRating({ proposed: 'sesuai' }, policy)).toEqual({
      rating: 'sesuai',
      source: 'usulan',
      disagrees: false,
    });
    expect(finalHasilRating({ proposed: null }, policy)).toEqual({
      rating: null,
      source: 'usulan',
      disagrees: false,
    });
  });

  it("takes the supervisor's rating and flags when it differs from the proposal", () => {
    expect(finalHasilRating({ proposed: 'di_bawah', override: 'di_atas' }, policy)).toEqual({
      rating: 'di_atas',
      source: 'atasan',
      disagrees: true,
    });
    expect(finalHasilRating({ proposed: 'sesuai', override: 'sesuai' }, policy)).toEqual({
      rating: 'sesuai',
      source: 'atasan',
      disagrees: false,
    });
    expect(finalHasilRating({ proposed: null, override: 'sesuai' }, policy).disagrees).toBe(false);
  });

  it("gives a Kepala Dinas the unit's result, even over an entered rating", () => {
    const kadis = finalHasilRating(
      { proposed: 'di_atas', override: 'di_atas', isHeadOfUnit: true, orgPredikat: 'baik' },
      policy,
    );
    expect(kadis).toEqual({ rating: 'sesuai', source: 'organisasi', disagrees: true });
    const unknownUnit = finalHasilRating(
      { proposed: 'di_atas', isHeadOfUnit: true, orgPredikat: null },
      policy,
    );
    expect(unknownUnit.source).toBe('usulan');
  });
});
