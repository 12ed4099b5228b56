import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { defaultPolicy, LegacyPolicySchema } from '../../shared/policy/schema';
import { legacyCategory, nilaiCapaianIki, nilaiKinerjaLegacy } from '../../shared/score';

const policy = LegacyPolicySchema.parse({ enabled: true });

describe('nilaiCapaianIki (PermenPANRB 8/2021)', () => {
  it('gives 88 for the worked example of 98%', () => {
    expect(nilaiCapaianIki(0.98)).toBe(88);
    expect(nilaiCapaianIki(0.98, policy)).toBe(88);
  });

  it('follows each band of the regulation', () => {
    expect(nilaiCapaianIki(1.25)).toBe(120);
    expect(nilaiCapaianIki(1.1)).toBe(120);
    expect(nilaiCapaianIki(1.05)).toBeCloseTo(110 + 40 / 9, 6);
    expect(nilaiCapaianIki(1.01)).toBe(110);
    expect(nilaiCapaianIki(1)).toBe(109);
    expect(nilaiCapaianIki(0.99)).toBe(89);
    expect(nilaiCapaianIki(0.8)).toBe(70);
    expect(nilaiCapaianIki(0.79)).toBe(69);
    expect(nilaiCapaianIki(0.65)).toBe(55);
    expect(nilaiCapaianIki(0.6)).toBe(50);
    expect(nilaiCapaianIki(0.59)).toBe(49);
    expect(nilaiCapaianIki(0.295)).toBe(24.5);
    expect(nilaiCapaianIki(0)).toBe(0);
  });

  it('reads the gaps 99-100% and 100-101% as straight lines (continuous interpretation)', () => {
    expect(nilaiCapaianIki(0.995)).toBe(99);
    expect(nilaiCapaianIki(1.005)).toBe(109.5);
    expect(nilaiCapaianIki(0.595)).toBe(49.5);
  });

  it('never returns NaN', () => {
    expect(nilaiCapaianIki(Number.NaN)).toBe(0);
    expect(nilaiCapaianIki(-0.2)).toBe(0);
  });
});

describe('nilaiKinerjaLegacy (PP 30/2019)', () => {
  it('is SKP x 70% + perilaku x 30%', () => {
    expect(nilaiKinerjaLegacy(88, 91, policy)).toEqual({ ok: true, value: 88.9 });
  });

  it('refuses a negative or missing score with a message naming it', () => {
    const r = nilaiKinerjaLegacy(88, Number.NaN, policy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(formatIssue(r.issue)).toContain('Nilai perilaku (-)');
      expect(formatIssue(r.issue, 'en')).not.toMatch(/NaN|undefined/);
    }
    expect(nilaiKinerjaLegacy(-1, 90, policy).ok).toBe(false);
  });

  it('rejects a policy whose weights do not add up to 100%', () => {
    expect(LegacyPolicySchema.safeParse({ skpWeight: 0.6, perilakuWeight: 0.3 }).success).toBe(false);
    expect(LegacyPolicySchema.safeParse({ skpWeight: 0.6, perilakuWeight: 0.4 }).success).toBe(true);
  });
});

describe('legacyCategory (PermenPANRB 8/2021)', () => {
  const label = (n: number) => legacyCategory(n, defaultPolicy().legacy).label;
  it('puts each band edge in the higher band', () => {
    expect(label(120)).toBe('Sangat Baik');
    expect(label(110)).toBe('Sangat Baik');
    expect(label(109.99)).toBe('Baik');
    expect(label(90)).toBe('Baik');
    expect(label(89.99)).toBe('Cukup/Butuh Perbaikan');
    expect(label(70)).toBe('Cukup/Butuh Perbaikan');
    expect(label(69.99)).toBe('Kurang');
    expect(label(50)).toBe('Kurang');
    expect(label(49.99)).toBe('Sangat Kurang');
    expect(label(0)).toBe('Sangat Kurang');
  });
});
