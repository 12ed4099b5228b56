/**
 * Rating and predikat labels (PermenPANRB 6/2022) as pages and sheets write them: "Diatas Ekspektasi",
 * "Di Atas Ekspetasi" (misspelled on BKN clones), "PREDIKAT KINERJA : BAIK", the older five-level
 * scale "Sangat Baik / Baik / Cukup / Kurang / Buruk".
 */
import { fail, type Issue, ok, type Result } from '../core/issue';
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../policy/sections/rating';
import { fuzzyLookup, type LabelKeys, labelInput, vocabulary, withoutPrefix } from './label-lookup';
import { editDistance } from './text';

const RATING_CHOICES = 'Di Atas Ekspektasi / Sesuai Ekspektasi / Di Bawah Ekspektasi';
const PEGAWAI_CHOICES = 'Sangat Baik / Baik / Butuh Perbaikan / Kurang/Misconduct / Sangat Kurang';
const ORGANISASI_CHOICES = 'Istimewa / Baik / Butuh Perbaikan / Kurang / Sangat Kurang';

/** Leading words of a rating, longest first so "dibawah" is not read as "di...". */
const RATING_HEADS: ReadonlyArray<readonly [string, Rating]> = [
  ['melebihi', 'di_atas'],
  ['exceeds', 'di_atas'],
  ['exceed', 'di_atas'],
  ['dibawah', 'di_bawah'],
  ['kurangdari', 'di_bawah'],
  ['diatas', 'di_atas'],
  ['sesuai', 'sesuai'],
  ['above', 'di_atas'],
  ['below', 'di_bawah'],
  ['bawah', 'di_bawah'],
  ['meets', 'sesuai'],
  ['atas', 'di_atas'],
  ['meet', 'sesuai'],
];
/** What follows the head; misspellings within two letters are accepted ("ekspetasi", "expektasi"). */
const EXPECTATION_WORDS = ['ekspektasi', 'expectations', 'expectation', 'harapan'];
const RATING_PREFIXES = ['ratinghasilkerja', 'ratingperilakukerja', 'ratinghasilkinerja', 'rating'];

const isExpectationWord = (rest: string): boolean =>
  rest === '' ||
  EXPECTATION_WORDS.includes(rest) ||
  EXPECTATION_WORDS.some((word) => editDistance(rest, word) <= 2);

/** Rating hasil or perilaku kerja: di_atas, sesuai or di_bawah. */
export function parseRating(input: unknown): Result<Rating> {
  const front = labelInput(input, 'LABEL_RATING_UNKNOWN', RATING_CHOICES);
  if (!front.ok) return front.result;
  const found = ratingOfLabel(front.label);
  if (found !== undefined) return ok(found);
  return fail('LABEL_RATING_UNKNOWN', { value: front.label.shown });
}

/** The rating a label's keys name, undefined when none: parseRating's decision. */
export function ratingOfLabel(label: LabelKeys): Rating | undefined {
  const key = withoutPrefix(label.compact, RATING_PREFIXES);
  for (const [head, rating] of RATING_HEADS) {
    if (key.startsWith(head) && isExpectationWord(key.slice(head.length))) return rating;
  }
  return undefined;
}

const PEGAWAI = vocabulary<PredikatPegawai>([
  ['sangat_baik', 'sangatbaik verygood excellent'],
  ['baik', 'baik good'],
  [
    'butuh_perbaikan',
    'butuhperbaikan butuhperbaikancukup cukupbutuhperbaikan perluperbaikan needsimprovement',
  ],
  ['kurang', 'kurang kurangmisconduct misconduct misconductkurang poor'],
  ['sangat_kurang', 'sangatkurang verypoor'],
]);
/** The older five-level scale (PP 46/2011 e-SKP): read on the new scale, with a warning. */
const OLD_SCALE = vocabulary<PredikatPegawai>([
  ['butuh_perbaikan', 'cukup'],
  ['sangat_kurang', 'buruk'],
]);
const PEGAWAI_LABELS: Readonly<Record<PredikatPegawai, string>> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};
const PREDIKAT_PREFIXES = [
  'predikatkinerjapegawai',
  'predikatkinerjaorganisasi',
  'predikatkinerja',
  'predikat',
];

/**
 * Predikat kinerja pegawai. "Cukup" and "Buruk" (older scale) are read as butuh_perbaikan and
 * sangat_kurang with a warning; "Istimewa" is a unit's predikat and is refused with that reason.
 */
export function parsePredikatPegawai(input: unknown): Result<PredikatPegawai> {
  const front = labelInput(input, 'LABEL_PREDIKAT_PEGAWAI_UNKNOWN', PEGAWAI_CHOICES);
  if (!front.ok) return front.result;
  const key = withoutPrefix(front.label.compact, PREDIKAT_PREFIXES);
  const found = PEGAWAI.get(key);
  if (found !== undefined) return ok(found);
  const old = OLD_SCALE.get(key);
  if (old !== undefined) {
    const warning: Issue = {
      code: 'LABEL_PREDIKAT_OLD_SCALE',
      params: { value: front.label.shown, mapped: PEGAWAI_LABELS[old] },
      severity: 'warning',
    };
    return ok(old, [warning]);
  }
  if (key === 'istimewa') return fail('LABEL_PREDIKAT_PEGAWAI_IS_ORGANISASI', { value: front.label.shown });
  const fuzzy = fuzzyLookup(key, PEGAWAI);
  if (fuzzy !== undefined) return ok(fuzzy);
  return fail('LABEL_PREDIKAT_PEGAWAI_UNKNOWN', { value: front.label.shown });
}

const ORGANISASI = vocabulary<PredikatOrganisasi>([
  ['istimewa', 'istimewa excellent'],
  ['baik', 'baik good'],
  ['butuh_perbaikan', 'butuhperbaikan perluperbaikan needsimprovement'],
  ['kurang', 'kurang poor'],
  ['sangat_kurang', 'sangatkurang verypoor'],
]);

/** Predikat kinerja organisasi (the unit's own result): Istimewa .. Sangat Kurang. */
export function parsePredikatOrganisasi(input: unknown): Result<PredikatOrganisasi> {
  const front = labelInput(input, 'LABEL_PREDIKAT_ORGANISASI_UNKNOWN', ORGANISASI_CHOICES);
  if (!front.ok) return front.result;
  const key = withoutPrefix(front.label.compact, PREDIKAT_PREFIXES);
  const found = ORGANISASI.get(key) ?? fuzzyLookup(key, ORGANISASI);
  if (found !== undefined) return ok(found);
  return fail('LABEL_PREDIKAT_ORGANISASI_UNKNOWN', { value: front.label.shown });
}
