import { fail, ok, type Result } from '../../../../shared/core/issue';
import {
  PERCENT_FRACTION_MAX,
  parseNumber,
  parsePercentAsFraction,
  parseTarget,
} from '../../../../shared/parse';
import type { Target } from '../../../../shared/parse/types';

/**
 * Cell values as custom functions receive them: percent-formatted cells arrive as fractions (0.875),
 * text arrives as typed ("3 Dokumen", "1.234,5", "85,5 %", "80-90"). Percent texts are turned into
 * fractions so that a target typed "85,5 %" compares with a realisasi cell formatted as 90%.
 */
export interface Amount {
  value: number;
  percent: boolean;
}

export function readAmount(cell: unknown): Result<Amount> {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return parsed;
  const { value, percent } = parsed.value;
  return ok({ value: percent ? value / 100 : value, percent });
}

export function readTarget(cell: unknown): Result<Target> {
  const parsed = parseTarget(cell);
  if (!parsed.ok) return parsed;
  const target = parsed.value;
  if (!target.percent) return parsed;
  return ok(
    target.kind === 'single'
      ? { ...target, value: target.value / 100 }
      : { ...target, low: target.low / 100, high: target.high / 100 },
  );
}

/**
 * When one side was written as a percentage and the other as a bare number above 1.5 (85 next to
 * "90 %"), the bare number is a percentage without its sign (shared/parse PERCENT_FRACTION_MAX).
 */
export function alignPercent(target: Target, realisasi: Amount): { target: Target; realisasi: number } {
  const targetBig =
    target.kind === 'single' ? target.value > PERCENT_FRACTION_MAX : target.high > PERCENT_FRACTION_MAX;
  if (target.percent && !realisasi.percent && realisasi.value > PERCENT_FRACTION_MAX)
    return { target, realisasi: realisasi.value / 100 };
  if (realisasi.percent && !target.percent && targetBig) {
    const scaled: Target =
      target.kind === 'single'
        ? { ...target, value: target.value / 100 }
        : { ...target, low: target.low / 100, high: target.high / 100 };
    return { target: scaled, realisasi: realisasi.value };
  }
  return { target, realisasi: realisasi.value };
}

/** A capaian cell: 0.875, "87,5 %", or 87.5 typed without the sign. */
export const readCapaian = (cell: unknown): Result<number> => parsePercentAsFraction(cell);

/** A score on 0..100 (SAKIP components and final score). */
export function readScore(cell: unknown): Result<number> {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return parsed;
  const { value } = parsed.value;
  if (value < 0 || value > 100) return fail('SHEETS_CF_SCORE_RANGE', { value });
  return ok(value);
}
