import type { Result } from '../../../../shared/core/issue';
import { t } from '../../../../shared/messages/format';
import { sakipGrade } from '../../../../shared/org/sakip';
import {
  parsePolarity,
  parsePredikatOrganisasi,
  parsePredikatPegawai,
  parseRating,
  parseSakipAnswer,
} from '../../../../shared/parse';
import type { PredikatPegawai } from '../../../../shared/policy/schema';
import { computeCapaian } from '../../../../shared/score/capaian';
import { categorize } from '../../../../shared/score/category';
import { checkDistribution } from '../../../../shared/score/distribution';
import { nilaiCapaianIki } from '../../../../shared/score/legacy';
import { predikatLabel, predikatPegawai, ratingLabel } from '../../../../shared/score/predikat';
import { proposeHasilRating } from '../../../../shared/score/rating';
import { gas } from '../../gas/env';
import { loadPolicy } from '../../settings/policy-store';
import { type Arg, broadcast, type Cell, type CellResult, cellError, isEmpty } from './broadcast';
import { alignPercent, readAmount, readCapaian, readScore, readTarget } from './values';

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

const orError = <T>(result: Result<T>, fn: (value: T) => CellResult): CellResult =>
  result.ok ? fn(result.value) : cellError(result.issue);

export function capaian(target: Arg, realisasi: Arg, polaritas?: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([target, realisasi, polaritas], ([tCell, rCell, pCell]) => {
    const tgt = readTarget(tCell);
    if (!tgt.ok) return cellError(tgt.issue);
    const real = readAmount(rCell);
    if (!real.ok) return cellError(real.issue);
    const polarity = isEmpty(pCell) ? null : parsePolarity(pCell);
    if (polarity && !polarity.ok) return cellError(polarity.issue);
    const aligned = alignPercent(tgt.value, real.value);
    const result = computeCapaian(aligned.target, aligned.realisasi, polarity?.value ?? 'positif', p.capaian);
    return orError(result, (v) => v);
  });
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

const cellsOf = (arg: Arg): Cell[] => (Array.isArray(arg) ? (arg as Cell[][]).flat() : [arg]);

/** One unit: its organisation predikat (one cell) and the predikat of all its employees (a range). */
export function cekDistribusi(org: Arg, list: Arg): CellResult {
  const p = policy();
  const orgCells = cellsOf(org).filter((c) => !isEmpty(c));
  if (orgCells.length !== 1) throw new Error(t('SHEETS_CF_ONE_ORG'));
  const organisation = parsePredikatOrganisasi(orgCells[0]);
  if (!organisation.ok) return cellError(organisation.issue);
  const predikat: PredikatPegawai[] = [];
  for (const cell of cellsOf(list)) {
    if (isEmpty(cell)) continue;
    const parsed = parsePredikatPegawai(cell);
    if (!parsed.ok) return cellError(parsed.issue);
    predikat.push(parsed.value);
  }
  const check = checkDistribution(organisation.value, predikat, p.distribution);
  if (check.ok) return t('SHEETS_CF_DISTRIBUTION_OK');
  return check.rules
    .filter((r) => !r.satisfied && r.issue)
    .map((r) => t(r.issue!.code, r.issue!.params))
    .join(' ');
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

export function predikatSakip(nilai: Arg): CellResult | CellResult[][] {
  const p = policy();
  return broadcast([nilai], ([n]) => {
    const score = readScore(n);
    if (!score.ok) return cellError(score.issue);
    return orError(sakipGrade(score.value, p.sakip), (g) => `${g.grade} (${g.label})`);
  });
}
