import { monthOfWord } from '../parse/calendar';
import type { Period, PeriodKind } from '../parse/period';
import type { PeriodsPolicy } from '../policy/sections/periods';

/*
 * What a header says about the span of its numbers (DOMAIN.md, Periods): a target for the whole year
 * ("Target Tahunan", "Target 1 Tahun", "Target (Tahun)"), a realisasi since January ("Realisasi s.d. Bulan
 * Ini", "Realisasi Kumulatif", "Realisasi s/d TW II"), or a target column of one period ("Target TW II",
 * "Target Triwulan III", "Target Semester 1", "Target Maret"). Read from the header as the office wrote it,
 * one rule for the add-on and the extension; the policy may decide for every table instead
 * (policy.periods.targets / realisasi).
 */

export type TargetSpan = 'annual' | 'period';
export type RealisasiSpan = 'cumulative' | 'period';

const words = (label: unknown): string[] =>
  typeof label !== 'string'
    ? []
    : label
        .toLowerCase()
        .replace(/\bs\s*[./]\s*d\b\.?/g, ' sd ')
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');

/*
 * A word naming a year's span, or a target header that is "Target" and a year, alone or with the word of a
 * revision, a Perjanjian Kinerja or a tahun anggaran ("Target 2025", "Target 2025 (Perubahan)", "Target 2025
 * Perubahan PK", "Target TA 2025": the target of that year, docs/rules.md annual targets). One pattern, for a header's words joined by spaces and
 * for one word: the content script carries it (extension size budget).
 */
const ANNUAL =
  /\b((se)?tahun(an)?|annual|yearly|thn)\b|^target( (perubahan|revisi|murni|awal|induk|pk|ta))* (19|20)\d\d( (perubahan|revisi|murni|awal|induk|pk))*$/;
const CUMULATIVE_WORDS = new Set(['kumulatif', 'kumulasi', 'cumulative', 'sd', 'sampai', 'hingga', 'ytd']);

/**
 * Whether a target header names a whole year ("Target Tahunan", "Target 1 Tahun", "Target (Tahun)",
 * "Target 2025").
 */
export const headerIsAnnual = (label: string): boolean => ANNUAL.test(words(label).join(' '));

/** Words that cite a regulation ("Perpres 18/2020", "SE 3/2023"): a year in such a header is the regulation's. */
const CITATION =
  /\b(perpres|permen\w*|pp|perda|perbup|perwal\w*|pergub|uu|sk|se|no|nomor|peraturan|keputusan|kepmen\w*|inpres)\b/;

/**
 * The year a target or realisasi header names ("Target 2024", "TARGET TAHUN 2024", "Target (2024)",
 * "Realisasi Maret 2024"), checked against the year scored (prorate.ts decidePeriodBasis); undefined when
 * it names none, or two ("Target 2021-2026"), or a year that belongs to something else: a number's
 * ("18/2020") or in a header citing a regulation ("Target (Perpres 18/2020)").
 */
export function headerYear(label: string | undefined): number | undefined {
  const w = words(label);
  const years = new Set(w.filter((x) => /^(19|20)\d\d$/.test(x)));
  if (years.size !== 1) return undefined;
  const year = [...years][0] as string;
  // "18/2020", "No. 3/2023": a number of that year, not a date ("31/12/2024") nor a period ("TW 1 2024").
  const numbered = new RegExp(`(^|[^\\d/.\\s])\\s*\\d{1,4}\\s*/\\s*${year}`).test(String(label));
  if (numbered || CITATION.test(w.join(' '))) return undefined;
  return Number(year);
}

/** Whether a realisasi header names a running total ("Realisasi s.d. Bulan Ini", "Realisasi Kumulatif"). */
export const headerIsCumulative = (label: string): boolean =>
  words(label).some((w) => CUMULATIVE_WORDS.has(w));

/** The span of a table's targets under the policy: its header when the policy says 'dari_judul'. */
export function targetSpanOf(header: string | undefined, policy: Pick<PeriodsPolicy, 'targets'>): TargetSpan {
  const rule = typeof policy === 'object' && policy !== null ? policy.targets : undefined;
  if (rule === 'tahunan') return 'annual';
  if (rule === 'periodik') return 'period';
  return header !== undefined && headerIsAnnual(header) ? 'annual' : 'period';
}

/** The span of a table's realisasi under the policy, like targetSpanOf. */
export function realisasiSpanOf(
  header: string | undefined,
  policy: Pick<PeriodsPolicy, 'realisasi'>,
): RealisasiSpan {
  const rule = typeof policy === 'object' && policy !== null ? policy.realisasi : undefined;
  if (rule === 'kumulatif') return 'cumulative';
  if (rule === 'periodik') return 'period';
  return header !== undefined && headerIsCumulative(header) ? 'cumulative' : 'period';
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const QUARTER_WORDS = /* @__PURE__ */ new Set(['tw', 'triwulan', 'kuartal', 'q', 'quarter']);
const SEMESTER_WORDS = /* @__PURE__ */ new Set(['semester', 'smt', 'sem']);

/** "I".."IV" or "1".."4" up to `max`. */
function ordinal(word: string | undefined, max: number): number | undefined {
  if (word === undefined) return undefined;
  const n = ROMAN[word] ?? (/^\d$/.test(word) ? Number(word) : undefined);
  return n !== undefined && n >= 1 && n <= max ? n : undefined;
}

/** The key of a period within its year ("Q2", "S1", "M03"): how period target columns are named. */
export function periodSlot(kind: PeriodKind, index: number): string {
  // A period that is not one (a damaged value) has no slot: no column is named ''.
  if (!Number.isInteger(index)) return kind === 'year' ? 'Y' : '';
  if (kind === 'quarter') return `Q${index}`;
  if (kind === 'semester') return `S${index}`;
  if (kind === 'month') return `M${index < 10 ? '0' : ''}${index}`;
  return 'Y';
}

/** The slot of the period scored, for finding its own target column. */
export const slotOf = (period: Period): string =>
  typeof period === 'object' && period !== null ? periodSlot(period.kind, period.index) : '';

/**
 * The period a target column is for ("Target TW II" -> Q2, "Target Triwulan 3" -> Q3, "Target Semester I"
 * -> S1, "Target Maret" -> M03), or null: a header that is not "Target" followed by one period, or names a
 * year ("Target Tahunan") or a running total ("Target s.d. TW II").
 */
export function periodTargetSlot(label: string): string | null {
  const w = words(label);
  if (w[0] !== 'target' || w.length < 2) return null;
  const rest = w.slice(1).filter((x) => x !== 'bulan' && x !== 'periode');
  if (rest.some((x) => ANNUAL.test(x) || CUMULATIVE_WORDS.has(x))) return null;
  return slotOfWords(rest);
}

/** The slot one period's words name ("tw ii", "semester 1", "tw1", "maret"), or null. */
function slotOfWords(rest: readonly string[]): string | null {
  const [head, next, ...more] = rest;
  if (head === undefined || more.length > 0) return null;
  if (QUARTER_WORDS.has(head)) {
    const q = ordinal(next, 4);
    return q === undefined ? null : periodSlot('quarter', q);
  }
  if (SEMESTER_WORDS.has(head)) {
    const s = ordinal(next, 2);
    return s === undefined ? null : periodSlot('semester', s);
  }
  // "Target TW1" / "Target Q3" written together.
  const joined = /^(tw|q)([1-4])$/.exec(head);
  if (joined && next === undefined) return periodSlot('quarter', Number(joined[2]));
  const month = monthOfWord(head);
  return month !== undefined && next === undefined ? periodSlot('month', month) : null;
}

/** The period a realisasi header names: its slot, and its year when the header writes one. */
export interface NamedPeriod {
  slot: string;
  year: number | undefined;
}

/**
 * The period a realisasi header names, read by the rule of the period target columns ("Realisasi s.d. TW
 * II" -> Q2, "Realisasi s.d. Juni" -> M06, "Realisasi TW I 2025" -> Q1 of 2025), or null: a header that
 * names no one period ("Realisasi", "Realisasi s.d. Bulan Ini", "Realisasi Kumulatif"). The header is
 * checked against the period scored (prorate.ts decidePeriodBasis), never taken over it.
 */
export function realisasiHeaderPeriod(label: string | undefined): NamedPeriod | null {
  const w = words(label);
  if (w[0] !== 'realisasi' || w.length < 2) return null;
  let year: number | undefined;
  const rest: string[] = [];
  for (const x of w.slice(1)) {
    if (/^\d{4}$/.test(x)) {
      // Two years written: not one period.
      if (year !== undefined) return null;
      year = Number(x);
    } else if (x !== 'bulan' && x !== 'periode' && x !== 'dengan' && !CUMULATIVE_WORDS.has(x)) rest.push(x);
  }
  const slot = rest.length === 0 ? null : slotOfWords(rest);
  return slot === null ? null : { slot, year };
}

/** The last month (1-12) of the period a slot names ("Q2" -> 6, "S1" -> 6, "M03" -> 3, "Y" -> 12). */
export function slotEndMonth(slot: string): number | null {
  if (typeof slot !== 'string') return null;
  const n = Number(slot.slice(1));
  if (slot === 'Y') return 12;
  if (!Number.isInteger(n) || n < 1) return null;
  if (slot[0] === 'Q' && n <= 4) return n * 3;
  if (slot[0] === 'S' && n <= 2) return n * 6;
  if (slot[0] === 'M' && n <= 12) return n;
  return null;
}

/**
 * The periods' own target columns among a table's columns not claimed by a field ("Target TW I",
 * "Target Bulan Maret"): the first column of each period, in column order. The add-on's sheet reader and
 * the overlay take them by this one rule.
 */
export function periodTargetColumns<C extends { index: number; label: string }>(
  columns: readonly C[],
): { slot: string; index: number; label: string }[] {
  const found: { slot: string; index: number; label: string }[] = [];
  // Never throws: anything but a column with its index and text is passed over.
  for (const column of Array.isArray(columns) ? (columns as unknown[]) : []) {
    if (typeof column !== 'object' || column === null) continue;
    const { index, label } = column as { index: unknown; label: unknown };
    if (!Number.isInteger(index) || typeof label !== 'string') continue;
    const slot = periodTargetSlot(label);
    if (slot !== null && !found.some((f) => f.slot === slot))
      found.push({ slot, index: index as number, label });
  }
  return found;
}
