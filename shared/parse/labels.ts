/**
 * Small label vocabularies: polarity, RHK kind, SAKIP answers, yes/no and approval status, with the
 * variants seen in sheets and on e-kinerja pages (docs/labels.md#values).
 */
import { fail, ok, type Result } from '../core/issue';
import type { SakipAnswer } from '../policy/sections/sakip';
import { fuzzyLookup, type LabelKeys, labelInput, vocabulary, withoutPrefix } from './label-lookup';
import { classifyInput } from './text';
import type { ApprovalStatus, Polarity, RhkKind } from './types';

const POLARITY_SYMBOLS: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ['+', 'positif'],
  ['↑', 'positif'],
  ['-', 'negatif'],
  ['−', 'negatif'],
  ['–', 'negatif'],
  ['↓', 'negatif'],
]);
const POLARITY = vocabulary<Polarity>([
  [
    'positif',
    'positif positive pos plus max maximize maximise maksimalkan memaksimalkan maksimasi tinggi higher naik meningkat',
  ],
  [
    'negatif',
    'negatif negative neg minus min minimize minimise minimalkan meminimalkan minimasi rendah lower turun menurun',
  ],
]);
/** In Indonesian "minimal 80%" means at least (positif) but "maksimal 5 aduan" at most (negatif). */
const AMBIGUOUS_POLARITY = new Set(['maksimal', 'minimal', 'maksimum', 'minimum', 'maks', 'maximal']);
const COMPARATIVE_LEADS = new Set(['semakin', 'makin', 'lebih', 'kian']);
const HIGH_WORDS = new Set(['tinggi', 'besar', 'banyak', 'higher', 'more', 'larger', 'bigger', 'greater']);
const LOW_WORDS = new Set(['rendah', 'kecil', 'sedikit', 'lower', 'less', 'fewer', 'smaller']);

/** "semakin tinggi semakin baik", "lebih kecil lebih baik", "higher is better". */
function comparativePolarity(words: readonly string[]): Polarity | undefined {
  if (words.length < 2) return undefined;
  const [first = '', second = ''] = words;
  const direction = COMPARATIVE_LEADS.has(first) ? second : first;
  if (HIGH_WORDS.has(direction)) return 'positif';
  if (LOW_WORDS.has(direction)) return 'negatif';
  return undefined;
}

/**
 * Polarity of an indicator. Empty means positif: most IKI count outputs, and PermenPANRB 6/2022 treats
 * "higher is better" as the normal case; negatif must be written. "Maksimal"/"minimal" alone are
 * refused (LABEL_POLARITY_AMBIGUOUS) because they point either way in Indonesian.
 */
export function parsePolarity(input: unknown): Result<Polarity> {
  const cell = classifyInput(input);
  if (cell.kind === 'empty') return ok('positif');
  if (cell.kind === 'text') {
    const symbol = POLARITY_SYMBOLS.get(cell.text);
    if (symbol !== undefined) return ok(symbol);
  }
  const front = labelInput(input, 'LABEL_POLARITY_UNKNOWN', 'positif / negatif');
  if (!front.ok) return front.result;
  const found = polarityOfLabel(front.label);
  if (found !== undefined) return ok(found);
  if (AMBIGUOUS_POLARITY.has(withoutPrefix(front.label.compact, POLARITY_PREFIXES)))
    return fail('LABEL_POLARITY_AMBIGUOUS', { value: front.label.shown });
  return fail('LABEL_POLARITY_UNKNOWN', { value: front.label.shown });
}

const POLARITY_PREFIXES = ['polaritas', 'polarity'];

/**
 * The polarity a label's keys name (the vocabulary, a comparative, one typo), undefined when none
 * ("maksimal" alone names none): parsePolarity's decision, also used on plainLabelKeys.
 */
export function polarityOfLabel(label: LabelKeys): Polarity | undefined {
  const key = withoutPrefix(label.compact, POLARITY_PREFIXES);
  const found = POLARITY.get(key) ?? comparativePolarity(label.words.split(' '));
  if (found !== undefined) return found;
  return AMBIGUOUS_POLARITY.has(key) ? undefined : fuzzyLookup(key, POLARITY);
}

/** Whether `word` is one of the space-separated words of `words` (words.split(' ').includes(word)). */
function hasWord(words: string, word: string): boolean {
  for (let i = words.indexOf(word); i >= 0; i = words.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || words.charCodeAt(i - 1) === 32) && (end === words.length || words.charCodeAt(end) === 32))
      return true;
  }
  return false;
}

const RHK_KIND = vocabulary<RhkKind>([
  ['utama', 'u main primary core'],
  ['tambahan', 't additional extra secondary'],
]);

/**
 * Utama or Tambahan, also inside longer labels: "RHK Utama", "Tugas Tambahan", "A. KINERJA UTAMA"
 * (the section rows of the BKN Hasil Kerja table).
 */
export function parseRhkKind(input: unknown): Result<RhkKind> {
  const front = labelInput(input, 'LABEL_RHK_KIND_UNKNOWN', 'Utama / Tambahan');
  if (!front.ok) return front.result;
  const found = rhkKindOfLabel(front.label);
  if (found !== undefined) return ok(found);
  return fail('LABEL_RHK_KIND_UNKNOWN', { value: front.label.shown });
}

/** The RHK kind a label's keys name, undefined when none (or both): parseRhkKind's decision. */
export function rhkKindOfLabel(label: LabelKeys): RhkKind | undefined {
  const utama = hasWord(label.words, 'utama');
  const tambahan = hasWord(label.words, 'tambahan');
  if (utama !== tambahan) return utama ? 'utama' : 'tambahan';
  return utama ? undefined : (RHK_KIND.get(label.compact) ?? fuzzyLookup(label.compact, RHK_KIND));
}

const SAKIP = vocabulary<SakipAnswer>([
  ['AA', 'aa'],
  ['A', 'a'],
  ['BB', 'bb'],
  ['B', 'b'],
  ['CC', 'cc'],
  ['C', 'c'],
  ['D', 'd'],
  ['E', 'e'],
  ['Y', 'y ya yes iya'],
  ['T', 't tidak tdk n no'],
]);

/**
 * A SAKIP criterion answer (PermenPANRB 88/2021: AA..E; older LKE: Y/T). The first word decides, so
 * "B - sebagian besar terpenuhi" is B.
 */
export function parseSakipAnswer(input: unknown): Result<SakipAnswer> {
  const front = labelInput(input, 'LABEL_SAKIP_ANSWER_UNKNOWN', 'AA / A / BB / B / CC / C / D / E / Y / T');
  if (!front.ok) return front.result;
  const [first = ''] = front.label.words.split(' ');
  const found = SAKIP.get(first);
  if (found !== undefined) return ok(found);
  return fail('LABEL_SAKIP_ANSWER_UNKNOWN', { value: front.label.shown });
}

const YES_NO = vocabulary<boolean>([
  [true, 'ya y yes iya ada true benar betul sudah 1 v ok'],
  [false, 'tidak t tdk no n tidakada false salah belum 0 none'],
]);
const YES_NO_SYMBOLS: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ['✓', true],
  ['✔', true],
  ['√', true],
  ['☑', true],
  ['✗', false],
  ['✘', false],
  ['☒', false],
  ['×', false],
]);

/** Yes/no cells: Ya/Tidak, Y/T, Ada/Tidak ada, TRUE/FALSE (checkboxes), 1/0, ✓/✗. */
export function parseYesNo(input: unknown): Result<boolean> {
  const cell = classifyInput(input);
  if (cell.kind === 'boolean') return ok(cell.value);
  if (cell.kind === 'text') {
    const symbol = YES_NO_SYMBOLS.get(cell.text);
    if (symbol !== undefined) return ok(symbol);
  }
  const front = labelInput(input, 'LABEL_YESNO_UNKNOWN', 'Ya / Tidak');
  if (!front.ok) return front.result;
  const found = yesNoOfLabel(front.label);
  if (found !== undefined) return ok(found);
  return fail('LABEL_YESNO_UNKNOWN', { value: front.label.shown });
}

const STATUS = vocabulary<ApprovalStatus>([
  [
    'disetujui',
    'disetujui setuju setujui approved approve diterima terima acc accepted sudahdisetujui telahdisetujui ' +
      'disahkan sudahdinilai telahdinilai dinilai terverifikasi diverifikasi sudahdiverifikasi verified valid',
  ],
  ['ditolak', 'ditolak tolak rejected reject tidakdisetujui tidakvalid invalid tidaksah'],
  [
    'menunggu',
    'menunggu pending menungguverifikasi menunggupersetujuan menunggupenilaian belumdisetujui belumdinilai ' +
      'belumdiverifikasi belumdiperiksa diajukan pengajuan proses diproses dalamproses sedangdiproses ' +
      'waiting submitted menungguapproval belumdiapprove',
  ],
  [
    'revisi',
    'revisi perlurevisi direvisi dikembalikan kembalikan perbaikan perluperbaikan revision returned revise',
  ],
]);

/** Approval status of an activity or SKP: disetujui, ditolak, menunggu or revisi. */
export function parseStatus(input: unknown): Result<ApprovalStatus> {
  const front = labelInput(input, 'LABEL_STATUS_UNKNOWN', 'Disetujui / Ditolak / Menunggu / Revisi');
  if (!front.ok) return front.result;
  const found = statusOfLabel(front.label);
  if (found !== undefined) return ok(found);
  return fail('LABEL_STATUS_UNKNOWN', { value: front.label.shown });
}

/** Yes or no as a label's keys name it, undefined when neither: parseYesNo's decision on text. */
export const yesNoOfLabel = (label: LabelKeys): boolean | undefined => YES_NO.get(label.compact);

/** The approval status a label's keys name (one typo allowed), undefined when none: parseStatus's decision. */
export function statusOfLabel(label: LabelKeys): ApprovalStatus | undefined {
  const key = withoutPrefix(label.compact, ['statusapprove', 'statuspenilaian', 'status']);
  return STATUS.get(key) ?? fuzzyLookup(key, STATUS);
}
