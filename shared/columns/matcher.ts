import { FIELD_IDS, type FieldId } from '../model/fields';
import { normalizeLabel } from './normalize';
import { ASPECTS, type Aspect, EXCLUDED_WORDS, VOCABULARY } from './vocabulary';

/** One candidate meaning of a header label. */
export interface FieldCandidate {
  field: FieldId;
  /** 0..1: 1 for an exact strong synonym, lower for weak synonyms and partial matches. */
  score: number;
}

interface Pattern {
  field: FieldId;
  words: readonly string[];
  weight: number;
}

interface CompiledVocabulary {
  exact: Map<string, Pattern[]>;
  /** Patterns indexed by their first word, for partial matches inside longer labels. */
  byFirstWord: Map<string, Pattern[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Built once per bundle: a 30-column header is matched with map lookups, not regex scans. */
function compile(): CompiledVocabulary {
  const exact = new Map<string, Pattern[]>();
  const byFirstWord = new Map<string, Pattern[]>();
  for (const field of FIELD_IDS) {
    for (const entry of VOCABULARY[field]) {
      const [label, weight] = typeof entry === 'string' ? [entry, 1] : entry;
      const normalised = normalizeLabel(label);
      if (normalised === '') continue;
      const pattern: Pattern = { field, words: normalised.split(' '), weight };
      push(exact, normalised, pattern);
      push(byFirstWord, pattern.words[0] ?? '', pattern);
    }
  }
  return { exact, byFirstWord };
}

let compiled: CompiledVocabulary | undefined;
const vocabulary = (): CompiledVocabulary => {
  if (compiled === undefined) compiled = compile();
  return compiled;
};

/** Exact synonyms score their weight; partial ones less, more when they lead the label. */
const PARTIAL_BASE = 0.5;
/** Indonesian noun phrases are head-first: "Realisasi Berdasar Bukti Dukung" is a realisasi. */
const PARTIAL_HEAD_BONUS = 0.25;
const PARTIAL_COVERAGE_BONUS = 0.2;
/** A label holding both a name word and a NIP word is the combined "Nama / NIP" cell. */
const NAMA_NIP_SCORE = 0.98;

function wordsMatchAt(words: readonly string[], at: number, pattern: readonly string[]): boolean {
  if (at + pattern.length > words.length) return false;
  for (let k = 0; k < pattern.length; k++) if (words[at + k] !== pattern[k]) return false;
  return true;
}

function keepBest(best: Map<FieldId, number>, field: FieldId, score: number): void {
  if (score > (best.get(field) ?? 0)) best.set(field, score);
}

/** Candidate fields for an already normalised label, best first. */
export function matchNormalized(normalised: string): FieldCandidate[] {
  if (normalised === '') return [];
  const { exact, byFirstWord } = vocabulary();
  const best = new Map<FieldId, number>();
  for (const pattern of exact.get(normalised) ?? []) keepBest(best, pattern.field, pattern.weight);
  const words = normalised.split(' ');
  for (let at = 0; at < words.length; at++) {
    for (const pattern of byFirstWord.get(words[at] ?? '') ?? []) {
      if (pattern.words.length >= words.length || !wordsMatchAt(words, at, pattern.words)) continue;
      const excluded = EXCLUDED_WORDS[pattern.field];
      if (excluded?.some((word) => words.includes(word))) continue;
      const coverage = pattern.words.length / words.length;
      const score =
        pattern.weight *
        (PARTIAL_BASE + (at === 0 ? PARTIAL_HEAD_BONUS : 0) + PARTIAL_COVERAGE_BONUS * coverage);
      keepBest(best, pattern.field, score);
    }
  }
  if (words.includes('nama') && (words.includes('nip') || words.includes('nik')))
    keepBest(best, 'nama_nip', NAMA_NIP_SCORE);
  return [...best.entries()]
    .map(([field, score]) => ({ field, score: Math.round(score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score);
}

/**
 * The answers of matchLabel already given, by raw label (the same headers recur in every workbook): a
 * memo of a function of the label alone (the vocabulary is a constant), its answers frozen, so a caller
 * can change nothing another will read; bounded, so a run over many odd headers keeps no more than this.
 */
const answered = new Map<string, readonly FieldCandidate[]>();
const ANSWERED_LIMIT = 5000;

/** Candidate fields for a raw header label, best first (the list and its entries frozen: shared). */
export function matchLabel(raw: string): readonly FieldCandidate[] {
  const hit = answered.get(raw);
  if (hit) return hit;
  const result = Object.freeze(matchNormalized(normalizeLabel(raw)).map((c) => Object.freeze(c)));
  if (answered.size >= ANSWERED_LIMIT) answered.clear();
  answered.set(raw, result);
  return result;
}

/** The SKP aspect a label names when it starts with one ("Kuantitas", "Kuantitas / Output"). */
export function aspectOfLabel(raw: string): Aspect | undefined {
  const first = normalizeLabel(raw).split(' ')[0];
  return ASPECTS.find((aspect) => aspect === first);
}
