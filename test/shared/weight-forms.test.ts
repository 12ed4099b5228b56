import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import {
  columnWeightForm,
  isOtherWeightForm,
  WeightForm,
  weightFormIssue,
  weightFormOf,
  weightInOtherForm,
} from '../../shared/score';

/*
 * The one Bobot form rule (shared/score/weight-forms.ts), which Hitung nilai (shared/pipeline/indicators.ts,
 * test/shared/weights-forms.test.ts) and the overlay (extension/src/content/verdict/skp-employee.ts,
 * test/cross-surface/weights.test.ts) both call: the form of a weight, the form its column takes, whether a
 * weight is in the other one, and what to write then.
 */

describe("a weight's form", () => {
  it.each<[number, boolean, WeightForm]>([
    [0.4, false, WeightForm.Fraction],
    [1, false, WeightForm.Fraction],
    [1.5, false, WeightForm.Points],
    [40, false, WeightForm.Points],
    // "0,4%" or a 0,4 % cell: a percentage, however small.
    [0.4, true, WeightForm.Points],
    [40, true, WeightForm.Points],
    // 0 is the same in both forms; a negative weight is the mean's to refuse.
    [0, false, WeightForm.None],
    [0, true, WeightForm.Points],
    [-20, false, WeightForm.None],
  ])('%s (percent %s) is form %s', (value, percent, form) => {
    expect(weightFormOf(value, percent)).toBe(form);
  });
});

describe("a column's form", () => {
  it('is the form most of its weights are written in, percentages on a tie', () => {
    expect(columnWeightForm(3, 1)).toBe(WeightForm.Fraction);
    expect(columnWeightForm(1, 3)).toBe(WeightForm.Points);
    expect(columnWeightForm(2, 2)).toBe(WeightForm.Points);
    expect(columnWeightForm(0, 0)).toBe(WeightForm.Points);
  });

  it('sets aside only a weight of the other form (never 0, never a column without weights)', () => {
    expect(isOtherWeightForm(WeightForm.Fraction, WeightForm.Points)).toBe(true);
    expect(isOtherWeightForm(WeightForm.Points, WeightForm.Fraction)).toBe(true);
    expect(isOtherWeightForm(WeightForm.Points, WeightForm.Points)).toBe(false);
    expect(isOtherWeightForm(WeightForm.None, WeightForm.Fraction)).toBe(false);
    expect(isOtherWeightForm(WeightForm.Fraction, WeightForm.None)).toBe(false);
  });
});

describe('what to write instead', () => {
  it('is the same weight in the column form, without binary noise', () => {
    expect(weightInOtherForm(0.4, WeightForm.Fraction)).toBe(40);
    expect(weightInOtherForm(0.07, WeightForm.Fraction)).toBe(7);
    expect(weightInOtherForm(40, WeightForm.Points)).toBe(0.4);
    expect(weightInOtherForm(33.3, WeightForm.Points)).toBe(0.333);
  });

  it('is said at the cell in both languages, and nothing is built for a weight in the column form', () => {
    const at = { sheet: 'Indikator', row: 2, column: 'D' };
    expect(weightFormIssue(40, WeightForm.Points, WeightForm.Points, '40', '20', at)).toBeNull();
    const fraction = weightFormIssue(0.4, WeightForm.Fraction, WeightForm.Points, '0,4', '20%', at)!;
    expect(fraction).toEqual({
      code: 'AGGREGATE_WEIGHT_FORM_FRACTION',
      params: { value: '0,4', example: '20%', asPoints: 40 },
      at,
      severity: 'warning',
    });
    expect(formatIssue(fraction)).toContain('Tulis dengan tanda persen, "40%"');
    const points = weightFormIssue(40, WeightForm.Points, WeightForm.Fraction, 40, 0.2, at)!;
    expect(points.code).toBe('AGGREGATE_WEIGHT_FORM_POINTS');
    expect(formatIssue(points, 'en')).toContain('Write it as a fraction, "0.4"');
    expect(formatIssue(points)).toContain('Tulis sebagai pecahan, "0,4"');
  });
});
