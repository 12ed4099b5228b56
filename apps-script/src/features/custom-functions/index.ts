import type { Result } from '../../../../shared/core';
import { t } from '../../../../shared/messages';
import { sakipGrade } from '../../../../shared/org';
import {
  isPercentUnit,
  type NumberHints,
  PERCENT_FRACTION_MAX,
  parsePolarity,
  parsePredikatOrganisasi,
  parsePredikatPegawai,
  parseRating,
  parseSakipAnswer,
  parseYesNo,
  readPeriod,
} from '../../../../shared/parse';
import type { PredikatPegawai } from '../../../../shared/policy';
import {
  type Amount,
  categorize,
  checkUnitDistribution,
  decideIndicator,
  decideIndicatorForPeriod,
  decidePeriodBasis,
  type Measure,
  nilaiCapaianIki,
  predikatLabel,
  predikatPegawai,
  proposeHasilRating,
  ratingLabel,
  readAmount,
  readMeasure,
} from '../../../../shared/score';
import { gas } from '../../gas/env';
import { loadPolicy } from '../../settings/policy-store';
import {
  type Arg,
  badArgument,
  broadcast,
  type Cell,
  type CellResult,
  cellError,
  isCellValue,
  isDate,
  isEmpty,
  isOwnError,
} from './broadcast';
import { readCapaian, readScore } from './values';

/**
 * The custom functions behind CAPAIAN, KATEGORI_CAPAIAN, ... (declared with their JSDoc in globals.ts).
 * Each reads the saved policy (document properties are readable from custom functions) or the
 * national defaults, and never returns NaN: a cell that cannot be computed gets a "#..." text.
 */
const policy = () => {
  let props = null;
  try {
    props = gas().PropertiesService?.getDocumentProperties() ?? null;
  } catch {
    props = null;
  }
  return loadPolicy(props).policy;
};

/** A date cell as yyyy-mm-dd (in the script's time zone, as Sheets hands it to a custom function). */
const isoDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const orError = <T>(result: Result<T>, fn: (value: T) => CellResult): CellResult =>
  result.ok ? fn(result.value) : cellError(result.issue);

/**
 * A number beside the unit "%": a percent-formatted cell's fraction (0,85 for "85%") when it is one by
 * the percentage rule (PERCENT_FRACTION_MAX), as Hitung nilai reads such a cell; anything else as it is.
 */
const percentCell = (cell: Cell, percent: boolean): unknown =>
  percent && typeof cell === 'number' && Number.isFinite(cell) && Math.abs(cell) <= PERCENT_FRACTION_MAX
    ? { number: cell, percent: true, text: String(cell) }
    : cell;

/**
 * A number that may be a percent-formatted cell's fraction (0,85 for a cell showing "85%"): a formula
 * cannot see the format, so a non-integer up to PERCENT_FRACTION_MAX may be one. Only a number can be
 * one: text ("0,85") reaches the formula exactly as Hitung nilai reads it.
 */
const maybePercentCell = (cell: Cell): boolean =>
  typeof cell === 'number' && cell > 0 && cell <= PERCENT_FRACTION_MAX && !Number.isInteger(cell);

/**
 * A side read as a plain number above PERCENT_FRACTION_MAX: a number, or text with no unit and no "%"
 * ("90", "80-90", either bound of a range), which is a number like any other for the percentage rule.
 */
function plainAboveFraction(side: Result<Measure | Amount>): boolean {
  if (!side.ok) return false;
  const m = side.value;
  if (m.scale !== 'bare' || m.unit !== undefined) return false;
  return 'kind' in m && m.kind === 'range'
    ? m.low > PERCENT_FRACTION_MAX || m.high > PERCENT_FRACTION_MAX
    : (m as Amount).value > PERCENT_FRACTION_MAX;
}

/**
 * Two sides on different scales without a unit to say which: a fraction (0,85) beside a number above
 * PERCENT_FRACTION_MAX (90, typed or as text "90" or "80-90"). A formula cannot see that the 0,85 is a
 * cell formatted "85%", which Hitung nilai reads as 85 % (94,4 % against 90, not 0,94 %): ambiguous, so
 * refused with what to write, never guessed. A whole number (1 beside 3: counts) is read as it is.
 */
const mixedScales = (tCell: Cell, target: Result<Measure>, rCell: Cell, realisasi: Result<Amount>): boolean =>
  (maybePercentCell(tCell) && plainAboveFraction(realisasi)) ||
  (maybePercentCell(rCell) && plainAboveFraction(target));

/** A cell as the #AMBIGU text names it: a number in the reader's format, text as typed. */
const shownCell = (cell: Cell): string | number => (typeof cell === 'number' ? cell : String(cell).trim());

/** Text beside the unit "%" is read as Hitung nilai reads a column whose Satuan is "%" ("1.500" is 1,5). */
const PERCENT_TEXT: NumberHints = { context: 'percent' };

/**
 * CAPAIAN reads its cells with the core's readers and decides with the one indicator verdict that Hitung
 * nilai and the overlay use (shared/score decideIndicator), so the same row gets the same capaian.
 */
export function capaian(
  target: Arg,
  realisasi: Arg,
  polaritas?: Arg,
  periode?: Arg,
  kumulatif?: Arg,
  satuan?: Arg,
): CellResult | CellResult[][] {
  const p = policy();
  return broadcast(
    [target, realisasi, polaritas, periode, kumulatif, satuan],
    ([tCell, rCell, pCell, periodCell, sumCell, unitCell]) => {
      const polarity = isEmpty(pCell) ? null : parsePolarity(pCell);
      // The Satuan column's word: a percent-formatted cell reaches a custom function as its bare fraction
      // (0,85 for "85%"), so only the unit says that a number is a percentage (as the cell's format tells
      // Hitung nilai).
      const unit = isEmpty(unitCell) ? undefined : String(unitCell).trim();
      const percent = unit !== undefined && isPercentUnit(unit);
      const hints = percent ? PERCENT_TEXT : undefined;
      const facts = {
        target: readMeasure(percentCell(tCell, percent), hints),
        realisasi: readAmount(percentCell(rCell, percent), hints),
        polarity: polarity?.ok ? polarity.value : 'positif',
      } as const;
      if (unit === undefined && mixedScales(tCell, facts.target, rCell, facts.realisasi))
        return t('SHEETS_CF_PERCENT_AMBIGUOUS', { target: shownCell(tCell), realisasi: shownCell(rCell) });
      let verdict: ReturnType<typeof decideIndicator>;
      if (isEmpty(periodCell)) {
        if (!isEmpty(sumCell)) return t('SHEETS_CF_PERIOD_CUMULATIVE_ALONE');
        verdict = decideIndicator(facts, p);
      } else {
        // A period given: the target is annual and meets that period by the rule Hitung nilai and the overlay
        // use (shared/score/prorate.ts), the realisasi being that period's own unless `kumulatif` says it runs
        // from January. A date cell (Sheets turns a typed "Maret 2025" into one) is not read as a month.
        const shown = isDate(periodCell) ? isoDay(periodCell) : String(periodCell);
        const reading = typeof periodCell === 'string' ? readPeriod(periodCell) : null;
        if (reading?.status !== 'one') return t('SHEETS_CF_PERIOD', { value: shown });
        if (p.periods.annualTarget === 'periode') return t('SHEETS_CF_PERIOD_OWN_TARGET');
        const cumulative = isEmpty(sumCell) ? null : parseYesNo(sumCell);
        if (cumulative && !cumulative.ok) return cellError(cumulative.issue);
        const { basis } = decidePeriodBasis(
          {
            targetHeader: undefined,
            realisasiHeader: undefined,
            hasRealisasiColumn: true,
            period: reading.period,
          },
          {
            ...p.periods,
            targets: 'tahunan',
            // `kumulatif` left empty: the policy's rule, as Hitung nilai applies it to a table without a header.
            realisasi: cumulative?.ok ? (cumulative.value ? 'kumulatif' : 'periodik') : p.periods.realisasi,
          },
        );
        // A percentage target is a level, which is never prorated (the unit says so: see above).
        verdict = decideIndicatorForPeriod(
          { ...facts, basis: basis ?? undefined, satuan: unit, indikator: '' },
          p,
        );
      }
      if (verdict.issue) return cellError(verdict.issue);
      if (polarity && !polarity.ok) return cellError(polarity.issue);
      return verdict.capaian ?? '';
    },
  );
}

export function kategoriCapaian(capaianArg: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([capaianArg], ([c]) => orError(readCapaian(c), (v) => categorize(v, p.capaian).label));
}

export function ratingHasil(capaianArg: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([capaianArg], ([c]) =>
    orError(readCapaian(c), (v) => {
      const rating = proposeHasilRating(v, p.rating);
      return rating ? ratingLabel(rating) : t('SHEETS_CF_ERROR', { detail: String(c) });
    }),
  );
}

export function predikatKinerja(hasil: Arg, perilaku: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([hasil, perilaku], ([h, b]) => {
    const rh = parseRating(h);
    if (!rh.ok) return cellError(rh.issue);
    const rp = parseRating(b);
    if (!rp.ok) return cellError(rp.issue);
    return predikatLabel(predikatPegawai(rh.value, rp.value, p.rating));
  });
}

/** The cells of a value or a range, or null when the argument is neither (a one-dimensional array...). */
const cellsOf = (arg: Arg): Cell[] | null => {
  if (!Array.isArray(arg)) return [arg];
  return arg.every((row) => Array.isArray(row)) ? (arg as Cell[][]).flat() : null;
};

/** One unit: its organisation predikat (one cell) and the predikat of all its employees (a range). */
export function cekDistribusi(org: Arg, list: Arg): CellResult {
  const p = policy();
  const orgAll = cellsOf(org);
  if (!orgAll?.every(isCellValue)) return badArgument(0);
  const listAll = cellsOf(list);
  if (!listAll?.every(isCellValue)) return badArgument(1);
  const orgCells = orgAll.filter((c) => !isEmpty(c));
  if (orgCells.length !== 1) throw new Error(t('SHEETS_CF_ONE_ORG'));
  const organisation = parsePredikatOrganisasi(orgCells[0]);
  if (!organisation.ok) return cellError(organisation.issue);
  const predikat: PredikatPegawai[] = [];
  for (const cell of listAll) {
    if (isEmpty(cell)) continue;
    // A predikat cell that is one of our "#..." texts (=PREDIKAT_KINERJA could not decide): its reason.
    if (isOwnError(cell)) return cell;
    const parsed = parsePredikatPegawai(cell);
    if (!parsed.ok) return cellError(parsed.issue);
    predikat.push(parsed.value);
  }
  const check = checkUnitDistribution(organisation.value, predikat, p.distribution);
  // No employee predikat: nothing to check, never a vacuous "OK" (as Hitung nilai's Hasil Unit says).
  if (check.total === 0) return t('DISTRIBUTION_NOT_CHECKABLE');
  if (check.ok) return t('SHEETS_CF_DISTRIBUTION_OK');
  // Rules that fail for one reason (minimums no spread can meet) share their issue: said once.
  return [
    ...new Set(
      check.rules.filter((r) => !r.satisfied && r.issue).map((r) => t(r.issue!.code, r.issue!.params)),
    ),
  ].join(' ');
}

export function nilaiIki(capaianArg: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([capaianArg], ([c]) => orError(readCapaian(c), (v) => nilaiCapaianIki(v, p.legacy)));
}

/** A component value: a score 0..100, or an LKE answer (AA..E, Y/T) read through the policy's values. */
function componentValue(cell: Cell, answerValues: Record<string, number | undefined>): Result<number> {
  if (typeof cell === 'string' && /^\s*[A-Za-z]{1,5}\s*$/.test(cell)) {
    const answer = parseSakipAnswer(cell);
    if (!answer.ok) return answer;
    const value = answerValues[answer.value];
    if (value !== undefined) return { ok: true, value };
  }
  return readScore(cell);
}

/**
 * Final SAKIP score from the component scores: sum of weight x component / 100, one argument per
 * component of the policy, in its order (PermenPANRB 88/2021: four, weighted 30, 30, 15, 25; a region
 * may set others). A wrong number of arguments is a misuse of the formula: thrown, as Sheets does for
 * its own functions, saying how many are expected.
 */
export function nilaiSakip(...components: Arg[]): CellResult | CellResult[][] {
  const p = policy();
  const parts = p.sakip.components;
  if (components.length !== parts.length)
    throw new Error(
      t('SHEETS_CF_SAKIP_COUNT', {
        expected: String(parts.length),
        given: String(components.length),
        components: parts.map((c) => c.label).join(', '),
      }),
    );
  return broadcast(components, (cells) => {
    let total = 0;
    for (let i = 0; i < parts.length; i++) {
      const cell = cells[i];
      const part = parts[i]!;
      const where = { component: part.label, position: String(i + 1) };
      if (isEmpty(cell)) return t('SHEETS_CF_SAKIP_EMPTY', where);
      // A cell formatted "80%" reaches the formula as 0,8 on a 0-100 scale: reported, never read as 0,8
      // points nor guessed to be 80.
      if (maybePercentCell(cell))
        return t('SHEETS_CF_SAKIP_FRACTION', {
          ...where,
          value: cell as number,
          points: (cell as number) * 100,
        });
      const value = componentValue(cell, p.sakip.answerValues);
      if (!value.ok) return cellError(value.issue);
      total += (part.weight * value.value) / 100;
    }
    return Math.round(total * 100) / 100;
  });
}

/**
 * The SAKIP grade code ("AA".."D"), which formulas can count and compare; with `keterangan` TRUE (or
 * "ya"), the code with its label ("BB (Sangat Baik)") for a printed table. `keterangan` may be a range
 * beside the scores, read row by row; a value that is not yes or no is reported in its row, never
 * taken as "no".
 */
export function predikatSakip(nilai: Arg, keterangan?: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([nilai, keterangan], ([n, flag]) => {
    // A flag beside an empty score: nothing to grade (a range of flags runs past the last score).
    if (isEmpty(n)) return '';
    const asked = isEmpty(flag) ? null : parseYesNo(flag);
    if (asked && !asked.ok)
      return t('SHEETS_CF_SAKIP_FLAG', {
        value: String(asked.issue.params?.value ?? (isDate(flag) ? isoDay(flag) : String(flag))),
      });
    const score = readScore(n);
    if (!score.ok) return cellError(score.issue);
    return orError(sakipGrade(score.value, p.sakip), (g) =>
      asked?.value ? `${g.grade} (${g.label})` : g.grade,
    );
  });
}
