/** Types shared by the parsers and their consumers (score/, columns/, pipeline/, both bundles). */

/** What a number column holds; decides ambiguous separators ("4.215", "5,700"). */
export type NumberContext = 'generic' | 'count' | 'percent' | 'minutes' | 'money';

export interface NumberHints {
  context?: NumberContext;
  /**
   * Other values of the same column, used to infer the column's decimal convention; read anew on each
   * call that needs them (an ambiguous "4.215"): a reader of many cells passes `column` instead.
   */
  columnSamples?: readonly string[];
  /** The column's convention as its reader infers it once (parse/locale.ts ColumnConvention); before columnSamples. */
  column?: KnownColumn;
  /** Force a convention when the surface knows it (a sheet's locale, a page's language). */
  locale?: 'id' | 'en' | 'auto';
}

/** A column whose decimal convention its reader knows or infers once for the run (ColumnConvention). */
export interface KnownColumn {
  /** 'id' or 'en' when the column shows one convention; undefined when it shows none or mixes them. */
  locale(): NumberLocale | undefined;
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

/** The decimal convention of a number: Indonesian "1.234,5" or English "1,234.5". */
export type NumberLocale = 'id' | 'en';

export interface PercentHints extends NumberHints {
  /**
   * A number without a percent sign whose absolute value is at most this is already a fraction
   * (Sheets hands a cell formatted "87,5 %" to scripts as 0.875). Default PERCENT_FRACTION_MAX (1.5).
   */
  fractionMax?: number;
}

/** A duration in minutes (regional e-kinerja measures activity in minutes: Waktu Efektif x Volume). */
export interface Duration {
  minutes: number;
}

/**
 * A civil servant's NIP (18 digits: yyyymmdd birth, yyyymm appointment, sex digit, 3-digit sequence),
 * per PP 11/2017 and BKN's NIP layout.
 */
export interface NipInfo {
  /** 18 digits, no spaces. */
  nip: string;
  /** 'YYYY-MM-DD'. */
  birthDate: string;
  /** 'YYYY-MM' (TMT CPNS). */
  appointment: string;
  /** 1 = laki-laki (L), 2 = perempuan (P). */
  sex: 'L' | 'P';
  /** The last three digits. */
  sequence: string;
}

/** Approval state of an activity, SKP or report, whatever the page calls it. */
export type ApprovalStatus = 'disetujui' | 'ditolak' | 'menunggu' | 'revisi';
