import type { Issue, Location } from '../core/issue';
import type { FieldId } from '../model/fields';
import type { RawRow, RawTable } from '../model/input';
import { parseNumber, parsePercentAsFraction, parsePredikatPegawai, parseRating } from '../parse';
import { PERCENT_FRACTION_MAX } from '../parse/percent';
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
import { cell, columnSamples, heldNumber, placed, rowList, where } from './cells';
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
function scoreOf(table: RawTable, row: RawRow, field: FieldId, samples: readonly string[], issues: Issue[]) {
  const held = heldNumber(row.values[field]);
  if (held !== null) return held;
  const text = cell(row, field);
  if (text === '') return null;
  const parsed = parseNumber(text, { columnSamples: samples });
  if (parsed.ok) return parsed.value.value;
  issues.push({ ...placed(parsed.issue, where(table, row, field)), severity: 'warning' });
  return null;
}

/**
 * The % capaian SKP as a fraction: a percent cell holds the fraction; a plain number up to
 * PERCENT_FRACTION_MAX is already one (0,88), a larger one is in points (88); text is read by the
 * percent parser ("88,00%"). Null when empty, reported when unreadable.
 */
function capaianOf(table: RawTable, row: RawRow, samples: readonly string[], issues: Issue[]) {
  const value = row.values.capaian;
  if (isNumberCell(value) && Number.isFinite(value.number)) {
    if (value.percent || Math.abs(value.number) <= PERCENT_FRACTION_MAX) return value.number;
    return value.number / 100;
  }
  const text = cell(row, 'capaian');
  if (text === '') return null;
  const parsed = parsePercentAsFraction(text, { columnSamples: samples });
  if (parsed.ok) return parsed.value;
  issues.push(placed(parsed.issue, where(table, row, 'capaian')));
  return null;
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
  samples: (field: FieldId) => readonly string[],
  policy: Policy,
  issues: Issue[],
): ResultsRecord['legacy46'] {
  const aspects: Partial<Record<Pp46Aspect, number>> = {};
  let written = false;
  for (const aspect of PP46_ASPECTS) {
    const value = scoreOf(table, row, aspect, samples(aspect), issues);
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
    const value = scoreOf(table, row, field, samples(field), issues);
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
  const sampleCache = new Map<FieldId, readonly string[]>();
  const samples = (field: FieldId): readonly string[] => {
    let found = sampleCache.get(field);
    if (!found) {
      found = columnSamples(table, field);
      sampleCache.set(field, found);
    }
    return found;
  };
  for (const row of table.rows) {
    const employee = linker.linkFirst(row, byEmployee);
    if (employee === undefined) continue;
    const berakhlak: Partial<Record<BerakhlakValue, Rating>> = {};
    let berakhlakIncomplete = false;
    for (const value of BERAKHLAK) {
      const judged = berakhlakOf(table, row, value, policy, issues);
      if (judged === 'unreadable') berakhlakIncomplete = true;
      else if (judged !== undefined) berakhlak[value] = judged;
    }
    const nilaiSkp = scoreOf(table, row, 'nilai_skp', samples('nilai_skp'), issues);
    const zeros = zeroRowIssue(table, row, employee.nama, employee.nip);
    if (zeros) issues.push(zeros);
    byEmployee[employee.index] = {
      row: row.row,
      capaianAt: where(table, row, 'capaian'),
      capaian: capaianOf(table, row, samples('capaian'), issues),
      nilaiSkp,
      nilaiAkhir: scoreOf(table, row, 'nilai_akhir', samples('nilai_akhir'), issues),
      nilaiTertimbang: scoreOf(table, row, 'nilai_tertimbang', samples('nilai_tertimbang'), issues),
      ratingHasil: labelOf<Rating>(table, row, 'rating_hasil', parseRating, issues),
      ratingPerilaku: labelOf<Rating>(table, row, 'rating_perilaku', parseRating, issues),
      predikat: labelOf<PredikatPegawai>(table, row, 'predikat', parsePredikatPegawai, issues),
      berakhlak,
      berakhlakIncomplete,
      legacy46: legacy46Of(table, row, nilaiSkp, samples, policy, issues),
    };
  }
  linker.unknown.flush(employeeSheet, issues, rowList);
  return byEmployee;
}
