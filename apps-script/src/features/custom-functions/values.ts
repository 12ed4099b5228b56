import { fail, ok, type Result } from '../../../../shared/core';
import { parseNumber, parsePercentAsFraction } from '../../../../shared/parse';

/*
 * Cell values as custom functions receive them: percent-formatted cells arrive as fractions (0.875), text
 * as typed ("85,5 %"). Target and realisasi are read by the core (shared/score readMeasure, readAmount).
 */

/**
 * A capaian cell. A number is a fraction, always: it is what =CAPAIAN returns and what a percent cell
 * holds, so =KATEGORI_CAPAIAN(CAPAIAN(...)) composes above 150 % too (a capaian of 1071 % was read as
 * 10,71 % and called "Sangat Rendah"). Text follows the core's percent rule: "87,5 %" and "87,5" are 87,5 %.
 */
export const readCapaian = (cell: unknown): Result<number> =>
  typeof cell === 'number'
    ? parseNumber(cell).ok
      ? ok(cell)
      : parsePercentAsFraction(cell)
    : parsePercentAsFraction(cell);

/** A score on 0..100 (SAKIP components and final score). */
export function readScore(cell: unknown): Result<number> {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return parsed;
  const { value } = parsed.value;
  if (value < 0 || value > 100) return fail('SHEETS_CF_SCORE_RANGE', { value });
  return ok(value);
}
