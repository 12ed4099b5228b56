import type { Result } from '../../../../shared/core';
import { t } from '../../../../shared/messages';
import { sakipGrade } from '../../../../shared/org';
import {
  isPercentUnit,
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
  categorize,
  checkUnitDistribution,
  decideIndicator,
  decideIndicatorForPeriod,
  decidePeriodBasis,
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
 * Two numbers on different scales without a unit to say which: a fraction (0,85) beside a number above
 * PERCENT_FRACTION_MAX (90). A formula cannot see that the 0,85 is a cell formatted "85%", which Hitung
 * nilai reads as 85 % (105,88 % against 90): ambiguous, so refused with what to write, never guessed.
 * A whole number (1 beside 3: counts) is read as it is.
 */
function mixedScales(target: Cell, realisasi: Cell): boolean {
  if (typeof target !== 'number' || typeof realisasi !== 'number') return false;
  const small = (v: number) => v > 0 && v <= PERCENT_FRACTION_MAX && !Number.isInteger(v);
  const large = (v: number) => v > PERCENT_FRACTION_MAX;
  return (small(target) && large(realisasi)) || (large(target) && small(realisasi));
}

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
      if (unit === undefined && mixedScales(tCell, rCell))
        return t('SHEETS_CF_PERCENT_AMBIGUOUS', { target: Number(tCell), realisasi: Number(rCell) });
      const facts = {
        target: readMeasure(percentCell(tCell, percent)),
        realisasi: readAmount(percentCell(rCell, percent)),
        polarity: polarity?.ok ? polarity.value : 'positif',
      } as const;
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
 * Final SAKIP score from the four component scores: sum of weight x component / 100
 * (PermenPANRB 88/2021: 30, 30, 15, 25; weights from the policy, in its component order).
 */
export function nilaiSakip(...components: Arg[]): CellResult | CellResult[][] {
  const p = policy();
  const weights = p.sakip.components.map((c) => c.weight);
  return broadcast(components, (cells) => {
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      const value = componentValue(cells[i], p.sakip.answerValues);
      if (!value.ok) return cellError(value.issue);
      total += ((weights[i] ?? 0) * value.value) / 100;
    }
    return Math.round(total * 100) / 100;
  });
}

/**
 * The SAKIP grade code ("AA".."D"), which formulas can count and compare; with `keterangan` TRUE (or
 * "ya"), the code with its label ("BB (Sangat Baik)") for a printed table.
 */
export function predikatSakip(nilai: Arg, keterangan?: Arg): CellResult | CellResult[][] {
  const p = policy();
  // An unreadable flag leaves the code alone; only a value Sheets never passes (an object, a
  // function...) is reported, in every row.
  const flagOk = cellsOf(keterangan)?.every(isCellValue) ?? false;
  const asked = !flagOk || isEmpty(keterangan as Cell) ? null : parseYesNo(keterangan);
  const described = asked?.ok === true && asked.value;
  return broadcast([nilai], ([n]) => {
    if (!flagOk) return badArgument(1);
    const score = readScore(n);
    if (!score.ok) return cellError(score.issue);
    return orError(sakipGrade(score.value, p.sakip), (g) =>
      described ? `${g.grade} (${g.label})` : g.grade,
    );
  });
}
