import type { FieldId } from '../model/fields';
import type { TableKind } from './schema';

type FieldSet = ReadonlySet<FieldId>;

const has = (fields: FieldSet, ...any: FieldId[]): boolean => any.some((field) => fields.has(field));
const count = (fields: FieldSet, ...any: FieldId[]): number =>
  any.filter((field) => fields.has(field)).length;

const PERSON: FieldId[] = ['nama', 'nip', 'nama_nip'];
const BERAKHLAK: FieldId[] = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
];

/** Results already computed per employee (regional TPP files, PP 46/2011 recaps), never an SKP input. */
const RESULTS: FieldId[] = [
  'capaian',
  'nilai_skp',
  'nilai_akhir',
  'nilai_tertimbang',
  'nilai_prestasi_kerja',
  'skp_tertimbang',
];

/**
 * Guesses what a table is from the fields found in its header. Checked from the most specific kind to
 * the most generic: a SAKIP LKE sheet or an activity log also has a "Status" or a name column, and an
 * SKP with realisasi is a realisasi table before it is a plan.
 */
export function guessTableKind(fields: FieldSet): TableKind {
  if (count(fields, 'komponen', 'subkomponen', 'kriteria', 'jawaban') >= 2) return 'sakip';
  // A register of what supervisors did (Catatan Pembinaan) names a person and the kind of each record.
  if (has(fields, 'jenis_pembinaan') && has(fields, ...PERSON)) return 'pembinaan';
  if (has(fields, 'aktivitas') && has(fields, 'menit', 'waktu', 'volume', 'jam_mulai')) return 'activity';
  if (has(fields, 'kode_absen', 'menit_telat')) return 'attendance';
  // A TPP file's productivity table carries the BerAKHLAK values beside the month's % capaian SKP: a
  // recap of results per employee, not a behaviour sheet (docs/sheets.md#computed-results).
  const results = has(fields, ...PERSON) && has(fields, ...RESULTS) && !has(fields, 'rhk', 'indikator');
  if (results && !has(fields, 'target', 'realisasi')) return 'recap';
  if (count(fields, ...BERAKHLAK) >= 3 || (has(fields, 'rating_perilaku') && !has(fields, 'target')))
    return 'behaviour';
  const recap =
    has(fields, ...PERSON) && has(fields, 'capaian', 'predikat', 'tpp', 'rating_hasil', ...RESULTS);
  // A monthly recap may show target and realisasi minutes per person; an SKP names its RHK/IKI.
  if (recap && !has(fields, 'rhk', 'indikator')) return 'recap';
  // A realisasi column beside an RHK/IKI is a realisasi table even when its target hides in another cell
  // ("Indikator Kinerja Individu & Target"): the missing Target is then reported for that kind.
  if (has(fields, 'realisasi') && has(fields, 'target', 'rhk', 'indikator')) return 'realisasi';
  if (has(fields, 'rhk', 'indikator', 'target')) return 'skp';
  if (recap) return 'recap';
  if (has(fields, ...PERSON) && has(fields, 'jabatan', 'unit', 'atasan_nip', 'pangkat', 'tpp_dasar'))
    return 'employees';
  return 'unknown';
}

/**
 * Fields a table of each kind cannot do without, as groups of alternatives: at least one field of
 * every group must be present. An SKP without target cannot be scored (PermenPANRB 6/2022: every
 * IKI has a target); a recap or employee list must say who each row is.
 */
export const REQUIRED_FIELDS: Readonly<Record<TableKind, readonly (readonly FieldId[])[]>> = {
  skp: [['target'], ['indikator', 'rhk']],
  realisasi: [['target'], ['realisasi']],
  activity: [['aktivitas'], ['menit', 'waktu', 'jam_mulai']],
  recap: [PERSON],
  employees: [['nip', 'nama_nip']],
  behaviour: [PERSON, ['rating_perilaku', ...BERAKHLAK]],
  attendance: [PERSON, ['kode_absen', 'menit_telat']],
  sakip: [['kriteria'], ['jawaban']],
  pembinaan: [['nip', 'nama_nip'], ['jenis_pembinaan'], ['tanggal']],
  unknown: [],
};

/** The groups of required fields that have no column, each as its list of alternatives. */
export function missingRequired(kind: TableKind, fields: FieldSet): (readonly FieldId[])[] {
  return REQUIRED_FIELDS[kind].filter((group) => !has(fields, ...group));
}
