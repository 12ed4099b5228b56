/** Types shared by the parsers and their consumers (score/, columns/, pipeline/, both bundles). */

/** What a number column holds; decides ambiguous separators ("4.215", "5,700"). */
export type NumberContext = 'generic' | 'count' | 'percent' | 'minutes' | 'money';

export interface NumberHints {
  context?: NumberContext;
  /** Other values of the same column, used to infer the column's decimal convention. */
  columnSamples?: readonly string[];
  /** Force a convention when the surface knows it (a sheet's locale, a page's language). */
  locale?: 'id' | 'en' | 'auto';
}

export interface ParsedNumber {
  value: number;
  /** Unit written after the number ("Dokumen", "%", "menit"), normalised to trimmed text. */
  unit?: string;
  /** True when the text carried a percent sign or the unit is a percent. */
  percent: boolean;
}

export type Target =
  | { kind: 'single'; value: number; unit?: string; percent: boolean }
  | { kind: 'range'; low: number; high: number; unit?: string; percent: boolean };

export type Polarity = 'positif' | 'negatif';
export type RhkKind = 'utama' | 'tambahan';
