/**
 * The decimal convention of a column, read from its values. A column where someone wrote "87,5" is
 * Indonesian, so its "4.215" means 4215; a column with "87.50" is English, so "4.215" is 4.215.
 */
import { Body, sampleConvention } from './number-scan';
import type { KnownColumn, NumberHints, NumberLocale } from './types';

/** Only this many samples are read: enough to see a column's habit, and linear for huge columns. */
export const LOCALE_SAMPLE_LIMIT = 2000;

/**
 * A convention wins when at least this share of the samples that prove a convention agree. Below it
 * the column mixes conventions and the parser asks the user instead of guessing.
 */
export const LOCALE_MAJORITY = 0.8;

/**
 * 'id' or 'en' when the samples show one convention (at least LOCALE_MAJORITY of the decisive
 * samples); undefined when none of them is decisive ("4.215", "12") or they disagree.
 */
export function inferNumberLocale(samples: readonly string[]): NumberLocale | undefined {
  let id = 0;
  let en = 0;
  const body = new Body();
  const limit = Math.min(samples.length, LOCALE_SAMPLE_LIMIT);
  for (let i = 0; i < limit; i++) {
    const sample: unknown = samples[i];
    if (typeof sample !== 'string') continue;
    const convention = sampleConvention(sample, body);
    if (convention === 'id') id++;
    else if (convention === 'en') en++;
  }
  const decisive = id + en;
  if (decisive === 0) return undefined;
  if (id / decisive >= LOCALE_MAJORITY) return 'id';
  if (en / decisive >= LOCALE_MAJORITY) return 'en';
  return undefined;
}

/**
 * A column's samples with the convention they show, inferred when first asked and then kept: the named
 * cache a reader builds for one column of one run and passes as NumberHints.column, so a 100,000-row
 * column is read once, not once per ambiguous cell, and nothing outlives the run (no memo in module
 * state keyed by an array a caller might change).
 */
export class ColumnConvention implements KnownColumn {
  /** null once inferred with nothing decisive. */
  private inferred: NumberLocale | null | undefined;
  /**
   * `samples`: the column's values, or how to gather them when first needed (a reader's column is then
   * sampled only when one of its cells is ambiguous, which most columns never are).
   */
  constructor(private readonly samples: readonly string[] | (() => readonly string[])) {}

  locale(): NumberLocale | undefined {
    if (this.inferred === undefined) {
      const samples = typeof this.samples === 'function' ? this.samples() : this.samples;
      this.inferred = inferNumberLocale(samples) ?? null;
    }
    return this.inferred ?? undefined;
  }
}

/**
 * The convention of the hints' column: the reader's own (hints.column), else inferred from columnSamples
 * now. Hints from an untyped caller (null, a column without `locale`, samples that are not a list) give
 * what they can, never a throw.
 */
export function columnLocale(hints: NumberHints | null | undefined): NumberLocale | undefined {
  const column = hints?.column;
  if (typeof column?.locale === 'function') return column.locale();
  const samples = hints?.columnSamples;
  return Array.isArray(samples) && samples.length > 0 ? inferNumberLocale(samples) : undefined;
}
