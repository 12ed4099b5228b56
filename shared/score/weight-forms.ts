import type { Issue, Location } from '../core/issue';

/*
 * One form per Bobot column (docs/rules.md#aggregation), the rule Hitung nilai (shared/pipeline/indicators.ts)
 * and the overlay on an SKP page (extension/src/content/verdict/skp-employee.ts) both apply, so an employee
 * with 0,4 beside "20%" gets the same capaian on either. Weights weigh rows against each other: 0,4 beside
 * 20 would weigh them as written (0,4 against 20), and converting either one would guess what the writer
 * meant. So a column takes the form most of its weights are written in, and a weight in the other form is
 * reported at its cell and not used. Plain functions on numbers: the add-on calls them on every row of a
 * province, and a clean row must build nothing.
 */

/**
 * The form a Bobot cell writes its weight in: a fraction up to 1, or a percentage (points) above 1 or with
 * a % sign. None: 0 (the same in either form), a negative weight (refused by the mean), or no weight.
 */
export const WeightForm = { None: 0, Fraction: 1, Points: 2 } as const;
export type WeightForm = (typeof WeightForm)[keyof typeof WeightForm];

/**
 * A weight's form from its value as written (points for a percentage: "40%" and a 40 % cell are 40) and
 * whether it carries a percent sign or format.
 */
export const weightFormOf = (value: number, percent: boolean): WeightForm =>
  typeof value !== 'number'
    ? WeightForm.None
    : percent === true || value > 1
      ? WeightForm.Points
      : value > 0
        ? WeightForm.Fraction
        : WeightForm.None;

/**
 * The form a column takes from how many of its weights are written each way: the larger count, points on
 * a tie (SKP forms label the Bobot in percent).
 */
export const columnWeightForm = (fractions: number, points: number): WeightForm =>
  typeof fractions === 'number' && typeof points === 'number' && fractions > points
    ? WeightForm.Fraction
    : WeightForm.Points;

/** Whether a weight of `form` is in the other form than its column's: then it is not used. */
export const isOtherWeightForm = (form: WeightForm, column: WeightForm): boolean =>
  form !== WeightForm.None && column !== WeightForm.None && form !== column;

/**
 * What to write instead, in the column's form: a fraction as points (0,4 -> 40, written "40%"), points as a
 * fraction (40 -> 0,4). Said to the user only, never used as the weight.
 */
export const weightInOtherForm = (value: number, form: WeightForm): number =>
  Number((form === WeightForm.Fraction ? value * 100 : value / 100).toPrecision(12));

/**
 * A weight in the other form than its column's, as Hitung nilai reports it at its cell `at`, or null when
 * it is in the column's form. `shown` is the cell as written, `example` a weight of the column's form.
 */
export function weightFormIssue(
  value: number,
  form: WeightForm,
  column: WeightForm,
  shown: string | number,
  example: string | number,
  at: Location,
): Issue | null {
  if (!isOtherWeightForm(form, column) || !Number.isFinite(value)) return null;
  const rewritten = weightInOtherForm(value, form);
  if (!Number.isFinite(rewritten)) return null;
  // What the cell and the example show, as written (never an object's text, if a caller passes one).
  const cellText = (v: unknown): string | number => (typeof v === 'number' || typeof v === 'string' ? v : '');
  shown = cellText(shown);
  example = cellText(example);
  return form === WeightForm.Fraction
    ? {
        code: 'AGGREGATE_WEIGHT_FORM_FRACTION',
        params: { value: shown, example, asPoints: rewritten },
        at,
        severity: 'warning',
      }
    : {
        code: 'AGGREGATE_WEIGHT_FORM_POINTS',
        params: { value: shown, example, asFraction: rewritten },
        at,
        severity: 'warning',
      };
}
