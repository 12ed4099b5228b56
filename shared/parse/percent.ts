/**
 * Percentages as fractions (87,5 % -> 0.875), for capaian, bobot and Kepatuhan % columns.
 */
import { ok, type Result } from '../core/issue';
import { parseNumber } from './number';
import type { PercentHints } from './types';

/**
 * Up to this absolute value a number without "%" is taken as already a fraction. Sheets hands a cell
 * formatted as percent ("87,5 %") to scripts as 0.875, while people also type 87,5 in a percent column.
 * Capaian above 150% is rare enough that 1.5 separates the two readings: 1,2 is 120%, 2 is 2%.
 */
export const PERCENT_FRACTION_MAX = 1.5;

/**
 * Whether a Satuan cell says the indicator is a percentage ("%", "persen", any case, spaces around): its
 * bare numbers are then percentages, and a percent-formatted cell holds the fraction.
 */
export const isPercentUnit = (satuan: string): boolean => {
  // The length test spares a lower-cased copy of every other unit ("Dokumen", "Orang") on 100,000 rows.
  if (satuan === '%') return true;
  const trimmed = satuan.length > 8 ? '' : satuan.trim();
  return trimmed === '%' || (trimmed.length === 6 && trimmed.toLowerCase() === 'persen');
};

/**
 * A percentage as a fraction. The rule:
 * - text with "%" or "persen" is divided by 100 ("87,5 %" -> 0.875, "0,5 %" -> 0.005);
 * - a number (JS number or text without "%") whose absolute value is at most `fractionMax`
 *   (default PERCENT_FRACTION_MAX) is already a fraction (0.875 -> 0.875, "1,2" -> 1.2);
 * - a larger number is a percentage written without its sign (87.5 -> 0.875).
 * To mean a small percentage such as 1,2 %, write the percent sign.
 */
export function parsePercentAsFraction(input: unknown, hints?: PercentHints): Result<number> {
  const parsed = parseNumber(input, { ...hints, context: 'percent' });
  if (!parsed.ok) return parsed;
  const { value, percent } = parsed.value;
  const fractionMax = hints?.fractionMax ?? PERCENT_FRACTION_MAX;
  if (!percent && Math.abs(value) <= fractionMax) return ok(value);
  const fraction = value / 100;
  return ok(fraction === 0 ? 0 : fraction);
}
