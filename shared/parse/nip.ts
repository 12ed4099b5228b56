/**
 * NIP (Nomor Induk Pegawai), 18 digits: birth date yyyymmdd, appointment (TMT CPNS) yyyymm, sex digit
 * (1 laki-laki, 2 perempuan), 3-digit sequence. People write it with spaces ("19900315 201503 1 002").
 */
import { fail, ok, type Result } from '../core/issue';
import { daysInMonth } from './calendar';
import { classifyInput, describeInput, isDigit, shownValue } from './text';
import type { NipInfo } from './types';

const NIP_LENGTH = 18;
const NIK_LENGTH = 16;
const OLD_NIP_LENGTH = 9;
/** Civil-service entry age bounds used as a plausibility check on the NIP's two dates. */
const MIN_AGE_AT_APPOINTMENT = 17;
const MAX_AGE_AT_APPOINTMENT = 60;
/** Sheets' scientific display of a large number: "1.99003E+17", "1,99003152E+17". */
const SCIENTIFIC = /^\d[.,]?\d*e\+?\d+$/i;

/** What people put between the groups of a NIP ("19900315 201503 1 002", "19900315.201503.1.002"). */
const NIP_SEPARATORS = /[ .-]/g;

const SPACE = 32;
const DOT = 46;
const DASH = 45;

/** "NIP", "NIP.", "NIP :", "NIP Baru:" and Sheets' leading apostrophe are dropped before the digits. */
function withoutLabel(text: string): string {
  let rest = text.charCodeAt(0) === 39 ? text.slice(1) : text;
  if (rest.slice(0, 3).toLowerCase() === 'nip') {
    rest = rest.slice(3);
    if (rest.slice(0, 5).toLowerCase() === ' baru') rest = rest.slice(5);
    let i = 0;
    while (i < rest.length && (rest.charCodeAt(i) === SPACE || rest[i] === '.' || rest[i] === ':')) i++;
    rest = rest.slice(i);
  }
  return rest.trim();
}

/** Checks the parts of 18 digits; the first failing part names itself in the message. */
function checkDigits(nip: string, shown: string): Result<NipInfo> {
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (
    birthYear < 1900 ||
    birthMonth < 1 ||
    birthMonth > 12 ||
    birthDay < 1 ||
    birthDay > daysInMonth(birthYear, birthMonth)
  ) {
    return fail('NIP_BIRTH_DATE', { value: shown, part: nip.slice(0, 8) });
  }
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentDigits = Number(nip.slice(12, 14));
  // A PPPK's Nomor Induk has the same 18 digits, but after the year of first appointment come two digits
  // counting the work agreements (jumlah perjanjian kerja), not a month (BKN; as quoted by Kabupaten Luwu
  // Utara and others): digits 13-14 above 12 are read as a NI PPPK, so PPPK rosters are not refused.
  const pppk = appointmentDigits > 12;
  if (appointmentYear < 1900 || appointmentDigits < 1) {
    return fail('NIP_APPOINTMENT', { value: shown, part: nip.slice(8, 14) });
  }
  const appointmentMonth = pppk ? 1 : appointmentDigits;
  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2')
    return fail('NIP_SEX_DIGIT', { value: shown, part: sexDigit ?? '' });
  // Age on the first day of the appointment month (TMT CPNS starts on the 1st).
  const birthdayPassed = appointmentMonth > birthMonth || (appointmentMonth === birthMonth && birthDay === 1);
  const age = appointmentYear - birthYear - (birthdayPassed ? 0 : 1);
  if (age < MIN_AGE_AT_APPOINTMENT || age > MAX_AGE_AT_APPOINTMENT) {
    return fail('NIP_AGE_AT_APPOINTMENT', { value: shown, age: String(age) });
  }
  const sequence = nip.slice(15);
  // Sheets shows 15 significant digits: an 18-digit NIP kept as a number ends in "000".
  if (sequence === '000') return fail('NIP_STORED_AS_NUMBER', { value: shown });
  return ok({
    nip,
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    appointment: pppk ? nip.slice(8, 12) : `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    sex: sexDigit === '1' ? 'L' : 'P',
    sequence,
  });
}

/**
 * A NIP from a cell, checked: 18 digits, a real birth date, appointment month 01-12 (or a NI PPPK's
 * count of work agreements), sex digit 1/2,
 * age at appointment 17-60. A JS number or a scientific display ("1.99003E+17") means Sheets kept the
 * NIP as a number and lost digits: the message tells the admin to format the column as text.
 */
export function parseNip(input: unknown): Result<NipInfo> {
  const cell = classifyInput(input);
  if (cell.kind === 'empty') return fail('NIP_EMPTY');
  if (cell.kind === 'number') return fail('NIP_STORED_AS_NUMBER', { value: describeInput(cell) });
  if (cell.kind !== 'text') return fail('NIP_INVALID_CHARS', { value: describeInput(cell) });
  const shown = shownValue(cell.text);
  const text = withoutLabel(cell.text);
  if (SCIENTIFIC.test(text)) return fail('NIP_STORED_AS_NUMBER', { value: shown });
  // Most NIP cells hold the 18 digits alone: then the cell's own (flat) string is the NIP, and the Maps
  // keyed by it hash one string instead of a chain of 18 one-character pieces.
  let separated = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c !== SPACE && c !== DOT && c !== DASH) return fail('NIP_INVALID_CHARS', { value: shown });
    separated = true;
  }
  const digits = separated ? text.replace(NIP_SEPARATORS, '') : text;
  if (digits.length === NIK_LENGTH) return fail('NIP_LOOKS_LIKE_NIK', { value: shown });
  if (digits.length === OLD_NIP_LENGTH) return fail('NIP_OLD_FORMAT', { value: shown });
  if (digits.length !== NIP_LENGTH) return fail('NIP_LENGTH', { value: shown, count: String(digits.length) });
  return checkDigits(digits, shown);
}

/**
 * The 18 digits of a NIP cell written plainly: digits, and spaces, dots or dashes between them
 * ("199003152015031002", "19900315 201503 1 002"); undefined for anything else (a label, an apostrophe,
 * other characters, another count of digits). It does not check the digits: whenever it gives d,
 * parseNip(text) reads the NIP d exactly when parseNip(d) does (test/shared/parse-nip-fast.test.ts).
 * The pipeline links a row to a roster NIP this way without parsing the cell again.
 */
export function nipDigits(text: string): string | undefined {
  const n = text.length;
  if (
    n < NIP_LENGTH ||
    n > 4 * NIP_LENGTH ||
    !isDigit(text.charCodeAt(0)) ||
    !isDigit(text.charCodeAt(n - 1))
  )
    return undefined;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c !== SPACE && c !== DOT && c !== DASH) return undefined;
  }
  if (digits !== NIP_LENGTH) return undefined;
  return digits === n ? text : text.replace(NIP_SEPARATORS, '');
}

/** The number the digits text[from, to) write. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** Whether checkDigits accepts 18 digits, without building its strings. */
function digitsPass(nip: string): boolean {
  const birthYear = digitsAt(nip, 0, 4);
  const birthMonth = digitsAt(nip, 4, 6);
  const birthDay = digitsAt(nip, 6, 8);
  if (birthYear < 1900 || birthMonth < 1 || birthMonth > 12 || birthDay < 1) return false;
  if (birthDay > daysInMonth(birthYear, birthMonth)) return false;
  const appointmentYear = digitsAt(nip, 8, 12);
  const appointmentDigits = digitsAt(nip, 12, 14);
  if (appointmentYear < 1900 || appointmentDigits < 1) return false;
  // A NI PPPK: the two digits count work agreements, not a month (see checkDigits).
  const appointmentMonth = appointmentDigits > 12 ? 1 : appointmentDigits;
  const sex = nip.charCodeAt(14);
  if (sex !== 49 && sex !== 50) return false;
  const birthdayPassed = appointmentMonth > birthMonth || (appointmentMonth === birthMonth && birthDay === 1);
  const age = appointmentYear - birthYear - (birthdayPassed ? 0 : 1);
  if (age < MIN_AGE_AT_APPOINTMENT || age > MAX_AGE_AT_APPOINTMENT) return false;
  return digitsAt(nip, 15, 18) !== 0;
}

/**
 * A NIP cell written plainly (see nipDigits) whose digits pass every check: the NIP parseNip(text)
 * reads, without building what else parseNip returns; undefined otherwise (parseNip then says what is
 * wrong). Proved equal to parseNip by test/shared/parse-nip-fast.test.ts.
 */
export function readNipFast(text: string): string | undefined {
  const nip = nipDigits(text);
  return nip !== undefined && digitsPass(nip) ? nip : undefined;
}

interface DigitGroup {
  digits: string;
  end: number;
}

/** Separators allowed between the groups of a NIP inside running text. */
const isGroupGap = (c: number): boolean => c === SPACE || c === 0xa0 || c === DOT || c === DASH;

/**
 * The first 18-digit NIP in running text ("Budi Santoso NIP: 19900315 201503 1 002", "Nama<br>NIP.
 * 199003152015031002"). Groups of digits separated by one space, dot or dash are joined; a NIP never
 * starts or ends inside a group. A NIP that passes parseNip is preferred; otherwise the first 18-digit
 * candidate is returned so the caller can report what is wrong with it.
 */
export function findNipInText(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  let firstCandidate: string | undefined;
  let chain: DigitGroup[] = [];
  let i = 0;
  while (i <= text.length) {
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i > start) {
      const previous = chain[chain.length - 1];
      if (
        previous !== undefined &&
        !(start - previous.end === 1 && isGroupGap(text.charCodeAt(previous.end)))
      ) {
        chain = [];
      }
      chain.push({ digits: text.slice(start, i), end: i });
      // Candidates ending with this group: join backwards until 18 digits or more.
      let joined = '';
      for (let g = chain.length - 1; g >= 0 && joined.length < NIP_LENGTH; g--) {
        joined = (chain[g]?.digits ?? '') + joined;
        if (joined.length === NIP_LENGTH) {
          // digitsPass is checkDigits' decision without its messages (test/shared/parse-nip-fast.test.ts
          // holds them equal), so a reader of page text (the overlay) carries no NIP problem texts.
          if (digitsPass(joined)) return joined;
          if (firstCandidate === undefined) firstCandidate = joined;
        }
      }
      continue;
    }
    i++;
  }
  return firstCandidate;
}

/**
 * A cell holding a person's name and NIP, split (SHEETS-IN-THE-WILD family 5): "Citra Bagus Prasetyo, SH,
 * MH\nNIP. 199504022020061612", the NIP on its own line without "NIP.", a "Nama / NIP" cell the other way
 * round, or name, degrees and NIP glued ("Dewi Lestari, SH, MH197403...").
 */
export interface NameAndNip {
  /** The name as written: degrees kept, line breaks and runs of spaces collapsed, trimmed ('' when none). */
  name: string;
  /** The NIP as the cell writes it, without its "NIP." label. */
  nipText: string;
  /** parseNip(nipText): the NIP, or what is wrong with it (a sample row's "123", a number-stored "1.99E+17"). */
  nip: Result<NipInfo>;
}

/**
 * Digits with single separators between groups, or Sheets' scientific display of a number. The
 * separators are those isGroupGap allows in running text.
 */
const NUMBER_PIECE = /\d[.,]?\d*[eE]\+?\d+|\d(?:[ .\u00a0-]?\d)*/g;
const SCIENTIFIC_PIECE = /^\d[.,]?\d*[eE]\+?\d+$/;
/**
 * "NIP", "NIP.", "Nip :", "NIP Baru:", "NIK." right before the digits. Written in lower or mixed case
 * it needs its "." or ":", so that a name ending in "Nik" (a name in Aceh and Malaysia) stays a name.
 */
const NIP_LABEL_BEFORE =
  /\b(?:NI[PK]|[Nn]i[pk](?=(?:\s+[Bb]aru)?\s*[.:]))(?:\s+(?:BARU|[Bb]aru))?\s*[.:]*\s*$/;
/** Fewer digits than an old NIP, unlabelled and inside a line, belong to the name ("D3", "S1"). */
const MIN_UNLABELLED_DIGITS = OLD_NIP_LENGTH;
/** What may stand between a name and its NIP and is not part of either: commas, slashes, dashes, bars. */
const EDGE_SEPARATORS = /^[\s,;:/|\-\u2013]+|[\s,;:/|\-\u2013]+$/g;
const LETTER = /\p{L}/u;

interface NumberPiece {
  /** Where the piece (with its label, when labelled) starts and where it ends in the cell. */
  from: number;
  to: number;
  text: string;
  /** The digits, or the scientific text itself: two pieces are one NIP when their keys are equal. */
  key: string;
  /** Letters run straight into the digits ("MH1974..."): where the name ends is a guess. */
  glued: boolean;
}

const onlySpaceUntilLineEdge = (text: string): boolean => /^[^\S\n]*(?:\n|$)/.test(text);
const onlySpaceSinceLineStart = (text: string): boolean => /(?:^|\n)[^\S\n]*$/.test(text);

/** The pieces of a cell that write a NIP (or try to): labelled, alone on a line, or long enough. */
function nipPieces(cell: string): NumberPiece[] {
  const pieces: NumberPiece[] = [];
  for (const match of cell.matchAll(NUMBER_PIECE)) {
    const text = match[0];
    const start = match.index;
    const before = cell.slice(0, start);
    const label = NIP_LABEL_BEFORE.exec(before);
    const scientific = SCIENTIFIC_PIECE.test(text);
    const key = scientific ? text : text.replace(/\D/g, '');
    const alone = onlySpaceSinceLineStart(before) && onlySpaceUntilLineEdge(cell.slice(start + text.length));
    if (label === null && !alone && !scientific && key.length < MIN_UNLABELLED_DIGITS) continue;
    pieces.push({
      from: label === null ? start : label.index,
      to: start + text.length,
      text,
      key,
      glued: label === null && start > 0 && LETTER.test(cell.charAt(start - 1)),
    });
  }
  return pieces;
}

/** The cell without the NIP pieces, as one line, without what separated it from the NIP. */
function nameWithout(cell: string, pieces: readonly NumberPiece[]): string {
  let name = '';
  let from = 0;
  for (const piece of pieces) {
    name += `${cell.slice(from, piece.from)} `;
    from = piece.to;
  }
  name += cell.slice(from);
  return name.replace(/\s+/g, ' ').replace(EDGE_SEPARATORS, '');
}

/**
 * Splits a cell holding a name and a NIP. Fails when the cell holds no NIP (NIP_NOT_IN_CELL), two
 * different NIPs (NIP_TWO_IN_CELL), or digits glued to the name that are not a valid NIP, so that
 * where the name ends cannot be told (NIP_GLUED_TO_NAME). A NIP that is found but wrong (a template's
 * sample "123", a number-stored "1.99E+17") is split off and `nip` says what is wrong with it.
 */
export function splitNameAndNip(cell: string): Result<NameAndNip> {
  const shown = shownValue(cell.replace(/\s+/g, ' ').trim());
  const pieces = nipPieces(cell);
  const first = pieces[0];
  if (first === undefined) return fail('NIP_NOT_IN_CELL', { value: shown });
  const other = pieces.find((piece) => piece.key !== first.key);
  if (other !== undefined)
    return fail('NIP_TWO_IN_CELL', { value: shown, first: first.text, second: other.text });
  const nip = parseNip(first.text);
  if (!nip.ok && pieces.some((piece) => piece.glued))
    return fail('NIP_GLUED_TO_NAME', { value: shown, digits: first.text });
  return ok({ name: nameWithout(cell, pieces), nipText: first.text, nip });
}
