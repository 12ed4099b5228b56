/** The amounts the one indicator verdict reads (score/indicator.ts), apart so that helpers can name them. */
import type { DurationUnit } from '../parse/units';

/**
 * How an amount is written: a bare number, a percentage held as a fraction (a sheet cell formatted as
 * percent: 85 % is 0.85), a percentage written in points ("85 %" typed as text is 85), or a duration
 * in its unit ("2 minggu" is 2 on the scale 'minggu'; parse/units.ts). A duration travels as a scale so
 * that every reader of plain fields (the pipeline's capaianOfMeasured) compares it as the verdict does.
 */
export type AmountScale = 'bare' | 'fraction' | 'points' | DurationUnit;

/**
 * An amount read from a cell, as written; alignScales puts a target and a realisasi on one scale.
 * `unit`: the unit word after the number ("Dokumen", "miliar" once "Rp 1,5 M" is read as 1,5e9), when
 * one was written and is not "%"; the verdict compares the two sides' words (units.ts in score/).
 */
export interface Amount {
  value: number;
  scale: AmountScale;
  unit?: string;
}

/** A target read from a cell, as written: one value or a range, with its unit word as in Amount. */
export type Measure =
  | { kind: 'single'; value: number; scale: AmountScale; unit?: string }
  | { kind: 'range'; low: number; high: number; scale: AmountScale; unit?: string };
