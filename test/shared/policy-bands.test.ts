/**
 * The rating bands of a policy: a hasil bound typed as a percentage (110 for 110 %) is refused with the
 * fraction to write instead, never read as 11.000 %; bounds in the wrong order are named in the sidebar's
 * words on the bound to correct, never as zod's "diAtasMin > sesuaiMin".
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import { validatePolicy } from '../../shared/policy/io';
import { HASIL_BAND_MAX } from '../../shared/policy/sections/rating';

const issuesOf = (policy: unknown) => {
  const r = validatePolicy(policy);
  expect(r.ok).toBe(false);
  return r.ok ? [] : (r.issues ?? []);
};

describe('policy rating bands', () => {
  it('refuses a hasil bound above 500 %, saying which fraction was meant', () => {
    const issues = issuesOf({ rating: { hasilBands: { diAtasMin: 110, sesuaiMin: 0.9 } } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.params?.field).toBe('rating.hasilBands.diAtasMin');
    expect(formatIssue(issues[0]!)).toBe(
      'Kebijakan, isian "rating.hasilBands.diAtasMin" tidak sah: 110 berarti capaian 11.000 %, padahal batas capaian ditulis sebagai pecahan (1,1 untuk 110 %) dan paling besar 5 (500 %). Bila maksudnya 110 %, tulis 1,1.',
    );
    // Both bounds typed as percentages: each is named, and no order complaint follows.
    const both = issuesOf({ rating: { hasilBands: { diAtasMin: 110, sesuaiMin: 90 } } });
    expect(both.map((i) => i.params?.field)).toEqual([
      'rating.hasilBands.diAtasMin',
      'rating.hasilBands.sesuaiMin',
    ]);
    expect(formatIssue(both[1]!)).toContain('Bila maksudnya 90 %, tulis 0,9.');
  });

  it('accepts the maximum itself and every sensible band', () => {
    expect(HASIL_BAND_MAX).toBe(5);
    expect(validatePolicy({ rating: { hasilBands: { diAtasMin: 5, sesuaiMin: 4.5 } } }).ok).toBe(true);
    expect(validatePolicy({ rating: { hasilBands: { diAtasMin: 1.2, sesuaiMin: 1 } } }).ok).toBe(true);
  });

  it('names bounds in the wrong order with the sidebar’s labels, on the upper bound', () => {
    const issues = issuesOf({ rating: { hasilBands: { diAtasMin: 1.1, sesuaiMin: 1.2 } } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.params?.field).toBe('rating.hasilBands.diAtasMin');
    const text = formatIssue(issues[0]!);
    expect(text).toBe(
      'Kebijakan, isian "rating.hasilBands.diAtasMin" tidak sah: "Di Atas Ekspektasi bila capaian paling sedikit (%)" (110 %) harus lebih besar dari "Sesuai Ekspektasi bila capaian paling sedikit (%)" (120 %). Tukar kedua nilai itu atau perbaiki salah satunya.',
    );
    expect(text).not.toContain('sesuaiMin >');
    const equal = issuesOf({ rating: { berakhlakScoreBands: { diAtasMin: 80, sesuaiMin: 80 } } });
    expect(formatIssue(equal[0]!)).toContain(
      '"Skor BerAKHLAK paling rendah untuk Di Atas Ekspektasi" (80) harus lebih besar dari "Skor BerAKHLAK paling rendah untuk Sesuai Ekspektasi" (80)',
    );
  });

  it('says only the bound’s own problem when it is negative or not a number', () => {
    const negative = issuesOf({ rating: { hasilBands: { diAtasMin: -5, sesuaiMin: 0.9 } } });
    expect(negative.map((i) => i.code)).toEqual(['POLICY_FIELD_TOO_SMALL']);
    const text = issuesOf({ rating: { hasilBands: { diAtasMin: '110%', sesuaiMin: 0.9 } } });
    expect(text.map((i) => i.code)).toEqual(['POLICY_FIELD_TYPE']);
    for (const i of [...negative, ...text]) expect(formatIssue(i)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
