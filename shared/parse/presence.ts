/**
 * Whether a cell says that something is there: bukti dukung (evidence), umpan balik (feedback), an
 * activity's output. One definition for the add-on, the custom functions and the overlay: e-kinerja apps
 * and offices write "-", "Link Kosong", "Belum ada" or "Tambah" (a button caption) where nothing was given,
 * and an empty-looking cell must not count as evidence on one surface and as none on another.
 */

/** Words that mean "no evidence" in a bukti dukung cell. */
const NO_EVIDENCE =
  /^(?:-+|–|—|0|link kosong|no bukti|tidak ada|tidak ada bukti|belum ada|belum ada bukti|kosong|belum upload|belum diunggah|n\/?a)$/i;
/** Words that mean "no feedback" in an umpan balik cell ("Tambah" is the caption of the add button). */
const NO_FEEDBACK =
  /^(?:-+|–|—|tambah|\+ ?tambah|belum ada|belum ada umpan balik|tidak ada|kosong|belum diberikan|n\/?a)$/i;
/** Words that mean "no output" in an activity's output or volume cell. */
const NO_OUTPUT = /^(?:-+|–|—|0|tidak ada|belum ada|kosong)$/i;

/** Longer than every "none" phrase above: such a text is something given (links and notes usually are). */
const LONGEST_NONE = 24;

/** Printable ASCII, a single space between words, none at either end: nothing to normalise. */
function isPlain(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c > 32 && c < 127) space = false;
    else return false;
  }
  return !space;
}

/**
 * A cell's text as a person reads it: spaces around it and inside it do not change its meaning. Most
 * cells (links, short notes) are already so: the regex only runs on the others.
 */
const normalised = (text: string): string => (isPlain(text) ? text : text.replace(/\s+/g, ' ').trim());

/**
 * The characters a "none" phrase can start with (either case): a text starting otherwise is something
 * given without running the regex ("Sudah sesuai target.", most notes). Read from the regex itself.
 */
function firstCodes(none: RegExp): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const phrase of none.source.slice('^(?:'.length, -')$'.length).split('|')) {
    const first = phrase[0] === '\\' ? (phrase[1] ?? '') : (phrase[0] ?? '');
    codes.add(first.toLowerCase().charCodeAt(0));
    codes.add(first.toUpperCase().charCodeAt(0));
  }
  return codes;
}

/**
 * Whether the text has more than LONGEST_NONE printable ASCII characters other than spaces: then its
 * normalised form is longer than every "none" phrase (a link), found without reading the whole text.
 */
function longerThanNone(text: string): boolean {
  if (text.length <= LONGEST_NONE) return false;
  let solid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127 && ++solid > LONGEST_NONE) return true;
  }
  return false;
}

function given(text: string, none: RegExp, first: ReadonlySet<number>): boolean {
  if (text === '') return false;
  // A text that starts with printable ASCII no "none" phrase starts with is given as it stands: its
  // normalised form starts with the same character (most links and notes: nothing else is read).
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127 && !first.has(c)) return true;
  if (text.length > LONGEST_NONE * 2) return text.trim() !== '';
  if (longerThanNone(text)) return true;
  const t = normalised(text);
  return t !== '' && (t.length > LONGEST_NONE || !first.has(t.charCodeAt(0)) || !none.test(t));
}

const EVIDENCE_FIRST = firstCodes(NO_EVIDENCE);
const FEEDBACK_FIRST = firstCodes(NO_FEEDBACK);
const OUTPUT_FIRST = firstCodes(NO_OUTPUT);

/** True when a bukti dukung cell names evidence (a link, a file name, any text that is not a "none" word). */
export const evidenceGiven = (text: string): boolean => given(text, NO_EVIDENCE, EVIDENCE_FIRST);

/** True when an umpan balik cell holds feedback, not a placeholder. */
export const feedbackGiven = (text: string): boolean => given(text, NO_FEEDBACK, FEEDBACK_FIRST);

/** True when an activity's output cell names an output. */
export const outputGiven = (text: string): boolean => given(text, NO_OUTPUT, OUTPUT_FIRST);
