import type { Issue, Location } from '../core/issue';
import type { FieldId } from '../model/fields';
import type { RawRow, RawTable } from '../model/input';
import { parseNumber, parsePredikatPegawai, parseRating } from '../parse';
import { isoDayNumber } from '../parse/calendar';
import { PERCENT_FRACTION_MAX } from '../parse/percent';
import type { NumberHints } from '../parse/types';
import type { Policy } from '../policy/schema';
import {
  BERAKHLAK,
  type BerakhlakValue,
  type PredikatPegawai,
  type Rating,
  type RatingPolicy,
} from '../policy/sections/rating';
import type { Category } from '../score/category';
import { isNumberCell } from '../score/indicator';
import {
  PP46_ASPECTS,
  type Pp46Aspect,
  type Pp46Checked,
  pp46Mismatches,
  prestasiKerja46,
} from '../score/legacy46';
import { cell, columnConvention, heldNumber, placed, rowList, where } from './cells';
import { type EmployeeRoster, NipLinker, type PerEmployee, perEmployee } from './people';

/**
 * What a results sheet says about one employee: the month's results as the regional TPP app computed
 * them (docs/sheets.md#computed-results). Scores stay on their own scale: a Nilai SKP is never read as a
 * % capaian.
 */
export interface ResultsRecord {
  row: number;
  /** Where the % capaian SKP cell is, for a report comparing it with the indicators. */
  capaianAt: Location;
  /** % capaian SKP as a fraction (88% = 0.88); null when the sheet has none. */
  capaian: number | null;
  /** The % capaian cell holds something that was refused (reported on the cell): not "no capaian". */
  capaianRefused: boolean;
  nilaiSkp: number | null;
  nilaiAkhir: number | null;
  nilaiTertimbang: number | null;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: PredikatPegawai | null;
  /** The BerAKHLAK values as judgements, from rating words or from scores by the policy's bands. */
  berakhlak: Partial<Record<BerakhlakValue, Rating>>;
  /** A BerAKHLAK cell could not be read: perilaku is not derived from an incomplete set. */
  berakhlakIncomplete: boolean;
  /** The PP 46/2011 prestasi kerja of the row, when the sheet is such a recap. */
  legacy46: { skp: number; perilaku: number; npk: number; kategori: Category } | null;
}

/** The recap's own figures checked against the computed prestasi kerja, by the column that holds each. */
const PP46_WRITTEN: Readonly<Record<Pp46Checked, FieldId>> = {
  jumlah: 'jumlah',
  perilaku: 'rata_rata_perilaku',
  skpShare: 'skp_tertimbang',
  perilakuShare: 'perilaku_tertimbang',
  npk: 'nilai_prestasi_kerja',
};

/** A score cell ("84,50", a number the sheet holds); null when empty, reported when unreadable. */
function scoreOf(table: RawTable, row: RawRow, field: FieldId, hints: NumberHints, issues: Issue[]) {
  const held = heldNumber(row.values[field]);
  if (held !== null) return held;
  const text = cell(row, field);
  if (text === '') return null;
  const parsed = parseNumber(text, hints);
  if (parsed.ok) return parsed.value.value;
  issues.push({ ...placed(parsed.issue, where(table, row, field)), severity: 'warning' });
  return null;
}

/**
 * A % capaian SKP cell as written, before the column's convention is known: a percent-formatted cell holds
 * the fraction, text with "%" is in points, a plain number (held or typed) is either, decided by its
 * column (capaianConventions).
 */
type CapaianCell =
  | { kind: 'empty' }
  | { kind: 'fraction' | 'points' | 'plain'; value: number; shown: string | number }
  | { kind: 'unreadable'; issue: Issue };

const EMPTY_CELL: CapaianCell = { kind: 'empty' };

/**
 * Reads one capaian cell with the hints parsePercentAsFraction uses (the column's samples for its decimal
 * convention, the percent context), keeping whether a "%" was written: the scale of a plain number is
 * decided by the column, not by the cell. A date (the surfaces hand a date cell over as yyyy-mm-dd) is
 * named as one instead of being read as the range 2024-04.
 */
function capaianCell(row: RawRow, hints: NumberHints): CapaianCell {
  const value = row.values.capaian;
  if (isNumberCell(value) && Number.isFinite(value.number))
    // A plain number is shown as a number, so each language writes its own decimal mark (0,9 / 0.9).
    return value.percent
      ? { kind: 'fraction', value: value.number, shown: value.text }
      : { kind: 'plain', value: value.number, shown: value.number };
  const text = cell(row, 'capaian');
  if (text === '') return EMPTY_CELL;
  if (isoDayNumber(text) !== null)
    return { kind: 'unreadable', issue: { code: 'RESULTS_CAPAIAN_DATE', params: { value: text } } };
  const parsed = parseNumber(text, hints);
  if (!parsed.ok) return { kind: 'unreadable', issue: parsed.issue };
  return { kind: parsed.value.percent ? 'points' : 'plain', value: parsed.value.value, shown: text };
}

/**
 * The convention of a capaian column, from its own cells: a plain number above PERCENT_FRACTION_MAX is in
 * points, so the column writes points and its plain numbers up to that bound (0,9; 1,2) may be fractions
 * or small percentages: ambiguous, never guessed. When every plain number is within the bound, they are
 * fractions (the rule of parsePercentAsFraction). Percent cells and text with "%" say their scale
 * themselves and decide nothing; negative cells are refused and decide nothing either.
 */
interface CapaianConvention {
  /** A plain number of the column in points, shown in the ambiguity message; undefined: plain numbers are fractions. */
  pointsExample: string | number | undefined;
}

/**
 * One convention per source sheet: a results role stacked from several sheets (a month per sheet) has
 * each sheet's column typed on its own.
 */
function capaianConventions(table: RawTable, cells: readonly CapaianCell[]): Map<object, CapaianConvention> {
  const conventions = new Map<object, CapaianConvention>();
  table.rows.forEach((row, i) => {
    const source = row.at ?? table;
    let convention = conventions.get(source);
    if (!convention) {
      convention = { pointsExample: undefined };
      conventions.set(source, convention);
    }
    const read = cells[i];
    if (convention.pointsExample === undefined && read?.kind === 'plain' && read.value > PERCENT_FRACTION_MAX)
      convention.pointsExample = read.shown;
  });
  return conventions;
}

/**
 * The % capaian SKP as a fraction by its column's convention; null when empty or not taken. Refused at
 * the cell: unreadable, a date, a negative value, a plain number the column leaves ambiguous. Warned and
 * kept: a capaian above the policy's capaian.aggregationCap, which an employee's capaian computed under
 * that policy never exceeds (850 typed for 85).
 */
function capaianOf(
  table: RawTable,
  row: RawRow,
  read: CapaianCell,
  convention: CapaianConvention | undefined,
  policy: Policy,
  issues: Issue[],
): number | null {
  if (read.kind === 'empty') return null;
  const at = where(table, row, 'capaian');
  if (read.kind === 'unreadable') {
    issues.push(placed(read.issue, at));
    return null;
  }
  const { value, shown } = read;
  if (value < 0) {
    issues.push({ code: 'RESULTS_CAPAIAN_NEGATIVE', params: { value: shown }, at, severity: 'error' });
    return null;
  }
  let fraction: number;
  if (read.kind === 'fraction') fraction = value;
  else if (read.kind === 'points' || value > PERCENT_FRACTION_MAX) fraction = value / 100;
  else if (value === 0 || convention?.pointsExample === undefined) fraction = value;
  else {
    issues.push({
      code: 'RESULTS_CAPAIAN_AMBIGUOUS',
      params: { value: shown, example: convention.pointsExample, asPoints: value, asFraction: value * 100 },
      at,
      severity: 'error',
    });
    return null;
  }
  const max = policy.capaian.aggregationCap;
  if (max !== null && fraction > max + 1e-9)
    issues.push({
      code: 'RESULTS_CAPAIAN_IMPLAUSIBLE',
      params: { value: shown, percent: fraction * 100, max: max * 100 },
      at,
      severity: 'warning',
    });
  return fraction;
}

/** A cell holding exactly zero ("0", "0,00", a held 0). */
const isZero = (row: RawRow, field: FieldId): boolean =>
  heldNumber(row.values[field]) === 0 || /^0(?:[.,]0+)?\s*%?$/.test(cell(row, field));

/**
 * A row of zeros (0% capaian and every BerAKHLAK value 0) is how TPP files often show an employee who
 * was not assessed that month (leave, study, a new arrival). It is scored as written, and reported so
 * that nobody is called Sangat Kurang unnoticed.
 */
function zeroRowIssue(table: RawTable, row: RawRow, nama: string, nip: string): Issue | undefined {
  if (!isZero(row, 'capaian') || !BERAKHLAK.every((value) => isZero(row, value))) return undefined;
  return {
    code: 'RESULTS_ALL_ZERO',
    params: { nama, nip },
    at: where(table, row, 'capaian'),
    severity: 'warning',
  };
}

/** A BerAKHLAK value written as a score becomes a judgement by the policy's bands (open default). */
export function berakhlakOfScore(score: number, policy: Pick<RatingPolicy, 'berakhlakScoreBands'>): Rating {
  const bands = policy.berakhlakScoreBands;
  if (score >= bands.diAtasMin) return 'di_atas';
  if (score >= bands.sesuaiMin) return 'sesuai';
  return 'di_bawah';
}

/** A BerAKHLAK cell: a rating word, or a score turned into one; undefined when empty or unreadable. */
function berakhlakOf(
  table: RawTable,
  row: RawRow,
  value: BerakhlakValue,
  policy: Policy,
  issues: Issue[],
): Rating | 'unreadable' | undefined {
  const held = heldNumber(row.values[value]);
  if (held !== null && held >= 0) return berakhlakOfScore(held, policy.rating);
  const text = cell(row, value);
  if (text === '' && held === null) return undefined;
  const number = parseNumber(text);
  if (number.ok && number.value.unit === undefined && !number.value.percent && number.value.value >= 0)
    return berakhlakOfScore(number.value.value, policy.rating);
  const rating = parseRating(text);
  if (rating.ok) return rating.value;
  issues.push({
    code: 'RESULTS_BERAKHLAK_SCORE_INVALID',
    params: { value: text === '' ? String(held) : text },
    at: where(table, row, value),
    severity: 'error',
  });
  return 'unreadable';
}

/** A label cell (rating or predikat); null when empty, reported (as a warning: the rest still counts) when unreadable. */
function labelOf<T>(
  table: RawTable,
  row: RawRow,
  field: FieldId,
  parse: typeof parseRating | typeof parsePredikatPegawai,
  issues: Issue[],
): T | null {
  const text = cell(row, field);
  if (text === '') return null;
  const parsed = parse(text);
  if (!parsed.ok) {
    issues.push({ ...placed(parsed.issue, where(table, row, field)), severity: 'warning' });
    return null;
  }
  for (const w of parsed.warnings ?? []) issues.push(placed(w, where(table, row, field)));
  return parsed.value as T;
}

/** The PP 46/2011 prestasi kerja of a row, with the sheet's own figures checked; null without an SKP score. */
function legacy46Of(
  table: RawTable,
  row: RawRow,
  nilaiSkp: number | null,
  hints: (field: FieldId) => NumberHints,
  policy: Policy,
  issues: Issue[],
): ResultsRecord['legacy46'] {
  const aspects: Partial<Record<Pp46Aspect, number>> = {};
  let written = false;
  for (const aspect of PP46_ASPECTS) {
    const value = scoreOf(table, row, aspect, hints(aspect), issues);
    if (value === null) continue;
    aspects[aspect] = value;
    written = true;
  }
  if (!written || nilaiSkp === null) return null;
  const pp46 = policy.legacy.pp46;
  const computed = prestasiKerja46({ skp: nilaiSkp, aspects }, pp46);
  if (!computed.ok) {
    issues.push(placed(computed.issue, where(table, row, 'nilai_skp')));
    return null;
  }
  const sheet: Partial<Record<Pp46Checked, number>> = {};
  for (const [what, field] of Object.entries(PP46_WRITTEN) as [Pp46Checked, FieldId][]) {
    const value = scoreOf(table, row, field, hints(field), issues);
    if (value !== null) sheet[what] = value;
  }
  const labels: Readonly<Record<Pp46Checked, string>> = {
    jumlah: 'Jumlah',
    perilaku: 'Rata-rata',
    skpShare: `SKP x ${Math.round(pp46.skpWeight * 100)}%`,
    perilakuShare: `NPK x ${Math.round(pp46.perilakuWeight * 100)}%`,
    npk: 'Nilai Prestasi Kerja',
  };
  for (const m of pp46Mismatches(sheet, computed.value, pp46))
    issues.push({
      code: 'LEGACY46_MISMATCH',
      params: {
        what: labels[m.what],
        written: m.written,
        computed: m.computed,
        skpPercent: Math.round(pp46.skpWeight * 100),
        perilakuPercent: Math.round(pp46.perilakuWeight * 100),
      },
      at: where(table, row, PP46_WRITTEN[m.what]),
      severity: 'warning',
    });
  const { skp, perilaku, npk, kategori } = computed.value;
  return { skp, perilaku, npk, kategori };
}

/**
 * Reads a results sheet (one row per employee: % capaian SKP, Nilai SKP / Akhir / Tertimbang, rating and
 * predikat labels, the BerAKHLAK values as words or scores, a PP 46/2011 recap). Rows are linked to the
 * roster by NIP; a person not in the roster is reported (one issue per NIP), a second row for the same
 * employee is reported and ignored.
 */
export function readResults(
  table: RawTable | undefined,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
): PerEmployee<ResultsRecord> {
  const byEmployee = perEmployee<ResultsRecord>(roster);
  if (!table) return byEmployee;
  const linker = new NipLinker(table, roster, issues);
  // Each score column's hints (its samples and their convention) made when the column is first read.
  const hintsByField = new Map<FieldId, NumberHints>();
  const hints = (field: FieldId): NumberHints => {
    let found = hintsByField.get(field);
    if (!found) {
      found = { column: columnConvention(table, field) };
      hintsByField.set(field, found);
    }
    return found;
  };
  // The capaian column is read whole first: a plain 0,9 means 90% or 0,9% only by what its column holds.
  const capaianHints: NumberHints = { column: columnConvention(table, 'capaian'), context: 'percent' };
  const capaianCells = table.rows.map((row) => capaianCell(row, capaianHints));
  const conventions = capaianConventions(table, capaianCells);
  table.rows.forEach((row, i) => {
    const employee = linker.linkFirst(row, byEmployee);
    if (employee === undefined) return;
    const berakhlak: Partial<Record<BerakhlakValue, Rating>> = {};
    let berakhlakIncomplete = false;
    for (const value of BERAKHLAK) {
      const judged = berakhlakOf(table, row, value, policy, issues);
      if (judged === 'unreadable') berakhlakIncomplete = true;
      else if (judged !== undefined) berakhlak[value] = judged;
    }
    const nilaiSkp = scoreOf(table, row, 'nilai_skp', hints('nilai_skp'), issues);
    const zeros = zeroRowIssue(table, row, employee.nama, employee.nip);
    if (zeros) issues.push(zeros);
    const capaian = capaianOf(
      table,
      row,
      capaianCells[i] ?? EMPTY_CELL,
      conventions.get(row.at ?? table),
      policy,
      issues,
    );
    byEmployee[employee.index] = {
      row: row.row,
      capaianAt: where(table, row, 'capaian'),
      capaian,
      capaianRefused: capaian === null && cell(row, 'capaian') !== '',
      nilaiSkp,
      nilaiAkhir: scoreOf(table, row, 'nilai_akhir', hints('nilai_akhir'), issues),
      nilaiTertimbang: scoreOf(table, row, 'nilai_tertimbang', hints('nilai_tertimbang'), issues),
      ratingHasil: labelOf<Rating>(table, row, 'rating_hasil', parseRating, issues),
      ratingPerilaku: labelOf<Rating>(table, row, 'rating_perilaku', parseRating, issues),
      predikat: labelOf<PredikatPegawai>(table, row, 'predikat', parsePredikatPegawai, issues),
      berakhlak,
      berakhlakIncomplete,
      legacy46: legacy46Of(table, row, nilaiSkp, hints, policy, issues),
    };
  });
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
}
