/**
 * What stands around a number in a cell: currency and labels before it, its unit after it, a range
 * connector or a second number after it. The vocabularies are the ones seen on e-kinerja pages and
 * in OPD sheets (docs/labels.md#values-numbers).
 */
import { isDigit, isLetter } from './text';
import type { NumberContext } from './types';

/** Words that may stand before the number: currency, "minimal/maksimal" targets, field labels. */
const LEADING_WORDS = new Set([
  'rp',
  'idr',
  'min',
  'minimal',
  'minimum',
  'maks',
  'maksimal',
  'maksimum',
  'max',
  'target',
  'realisasi',
  'sebanyak',
  'total',
  'progres',
  'jumlah',
  'nilai',
  'capaian',
  'kurang',
  'lebih',
  'dari',
  'paling',
  'sedikit',
  'banyak',
]);
const MONEY_WORDS = new Set(['rp', 'idr', 'rupiah']);
export const PERCENT_WORDS = new Set(['persen', 'prosen', 'percent', 'pct']);
const MINUTE_WORDS = new Set(['menit', 'mnt', 'min', 'mins', 'minute', 'minutes']);
/** Units of things counted whole: "1.250 Data" cannot be 1.25 data, so it is 1250. */
const COUNT_WORDS = new Set(
  (
    'dokumen dok laporan data kegiatan sop tiket unit berkas surat orang paket kali buah eksemplar lembar ' +
    'naskah rekomendasi kasus aduan pengaduan desa kelurahan sekolah peserta pegawai asn objek lokasi titik ' +
    'item jenis layanan permohonan izin sertifikat akta file foto rancangan produk modul usulan nota sk ' +
    'keputusan kunjungan pasien siswa rumah keluarga kk jiwa'
  ).split(' '),
);
/** Words that follow a number but are not its unit ("3 berdasarkan laporan"). */
export const NOT_UNIT_WORDS = new Set(
  'berdasarkan dari dengan sesuai per atau dan sampai hingga to sd s.d s/d'.split(' '),
);
/** Range connectors after a number, lowercase; "-" and dashes are checked by character. */
const RANGE_WORDS = ['s/d', 's.d.', 's.d', 'sd', 'sampai dengan', 'sampai', 'hingga', 'to'];

export const skipSpaces = (text: string, pos: number): number => {
  let i = pos;
  while (text.charCodeAt(i) === 32) i++;
  return i;
};

/**
 * If a range connector ("-", "–", "s/d", "sampai"...) followed by a number starts at `pos` (spaces
 * allowed), the index of the second number's first character; otherwise -1.
 */
export function rangeConnectorAt(text: string, pos: number): number {
  const i = skipSpaces(text, pos);
  const c = text.charCodeAt(i);
  let after = -1;
  if (c === 45 || c === 0x2013 || c === 0x2014 || c === 126) after = i + 1;
  else {
    const lower = text.slice(i, i + 13).toLowerCase();
    for (const word of RANGE_WORDS) {
      if (!lower.startsWith(word)) continue;
      const next = lower.charCodeAt(word.length);
      if (Number.isNaN(next) || next === 32 || isDigit(next)) {
        after = i + word.length;
        break;
      }
    }
  }
  if (after < 0) return -1;
  const second = skipSpaces(text, after);
  return isDigit(text.charCodeAt(second)) ? second : -1;
}

export type Follower = 'range' | 'time' | 'number' | undefined;

/** What directly follows a number: another number means the cell holds more than one value. */
export function followerAt(text: string, pos: number): Follower {
  if (rangeConnectorAt(text, pos) >= 0) return 'range';
  const i = skipSpaces(text, pos);
  const c = text.charCodeAt(i);
  if ((c === 58 || c === 47) && isDigit(text.charCodeAt(i + 1))) return 'time';
  if (i > pos && isDigit(c)) return 'number';
  return undefined;
}

export const NO_LEADING = { money: false, parenthesis: false };

/** Reads "Rp", "minimal", "Target :" before the number; returns undefined if other words stand there. */
export function readLeading(leading: string): { money: boolean; parenthesis: boolean } | undefined {
  let text = leading;
  const label = Math.max(text.lastIndexOf(':'), text.lastIndexOf('='));
  if (label >= 0) text = text.slice(label + 1);
  const trimmed = text.trim();
  const parenthesis = trimmed.charCodeAt(trimmed.length - 1) === 40;
  let money = false;
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isLetter(c)) {
      word += text[i];
      continue;
    }
    if (word === '') continue;
    const lower = word.toLowerCase();
    if (!LEADING_WORDS.has(lower)) return undefined;
    if (MONEY_WORDS.has(lower)) money = true;
    word = '';
  }
  return { money, parenthesis };
}

/** Longest "(tiga puluh lima)" skipped after a number. */
const MAX_SPELLED_OUT = 60;

/**
 * Official documents spell numbers out after the digits: "3 (tiga) Dokumen". Returns the position
 * after such a parenthesis (letters and spaces only), or `pos` unchanged.
 */
export function skipSpelledOut(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 40) return pos;
  const limit = Math.min(text.length, pos + MAX_SPELLED_OUT);
  for (let i = pos + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 41) return i > pos + 1 ? skipSpaces(text, i + 1) : pos;
    if (!(isLetter(c) || c === 32 || c === 45)) return pos;
  }
  return pos;
}

/** The word after a number: letters, digits, "/", "²"; trailing dots dropped ("Dok." -> "Dok"). */
export function readUnitWord(text: string, pos: number): string {
  let j = pos;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isLetter(c) || isDigit(c) || c === 47 || c === 0xb2 || c === 0xb3 || c === 46) j++;
    else break;
  }
  let word = text.slice(pos, j);
  while (word.endsWith('.') || word.endsWith('/')) word = word.slice(0, -1);
  return word;
}

export function unitContext(unit: string | undefined): NumberContext | undefined {
  if (unit === undefined) return undefined;
  const lower = unit.toLowerCase();
  if (MINUTE_WORDS.has(lower)) return 'minutes';
  if (MONEY_WORDS.has(lower)) return 'money';
  if (COUNT_WORDS.has(lower)) return 'count';
  return undefined;
}

/** The digit nearest before `pos` across spaces, or -1 ("10 +" -> the 0). */
function digitBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && isDigit(text.charCodeAt(i));
}

/** Whether a digit follows `pos` across spaces (a sign or a decimal mark may come first: "x -2", "/ ,5"). */
function digitAfter(text: string, pos: number): boolean {
  let i = skipSpaces(text, pos + 1);
  const c = text.charCodeAt(i);
  if (c === 45 || c === 43 || c === 44 || c === 46) i++;
  return isDigit(text.charCodeAt(i));
}

const PLUS = 43;
const TIMES = 0xd7;
const DIVIDE = 0xf7;

/**
 * Arithmetic typed as text, which a reader must never take for its first number: a formula Sheets did
 * not compute ("=10*2"), an operator next to a number ("10+2", "5x3", "10 ^ 2", "12 * 2", "80 -"),
 * a doubled percent ("12%%"). Returns what was found, "/" for a division or fraction ("12 / 2",
 * "80/100": also refused, a fraction is ambiguous between a ratio and a date part), or undefined.
 * Left alone: a leading sign ("+5", "-5"), an exponent ("1,99E+17"), the accounting ",-" of
 * "Rp 1.500.000,-", ranges ("80-90", read by parseTarget), dates with two slashes ("15/03/2024"),
 * unit words holding "/" or "x" ("km/jam", "box").
 */
export function arithmeticIn(text: string): string | undefined {
  if (text.charCodeAt(0) === 61 && text.length > 1) return '=';
  let slashes = 0;
  let slashFound = false;
  let digitSeen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digitSeen = true;
    else if (c === 37) {
      if (text.charCodeAt(skipSpaces(text, i + 1)) === 37) return '%%';
    } else if (c === PLUS || c === 42 || c === 94 || c === TIMES || c === DIVIDE) {
      if (c === PLUS) {
        // A sign at the start ("+5") or an exponent ("1,99E+17").
        if (text.slice(0, i).trim() === '') continue;
        const e = text.charCodeAt(i - 1);
        if ((e === 69 || e === 101) && isDigit(text.charCodeAt(i - 2))) continue;
      }
      if (digitBefore(text, i) || digitAfter(text, i)) return c === TIMES ? 'x' : String.fromCharCode(c);
    } else if (c === 120 || c === 88) {
      // "x" standing alone between numbers ("5x3", "5 x 3", "12 Dokumen x 2"), or after one at the end ("12 x").
      if (isLetter(text.charCodeAt(i - 1)) || isLetter(text.charCodeAt(i + 1))) continue;
      const after = skipSpaces(text, i + 1);
      if (digitAfter(text, i) && digitSeen) return 'x';
      if (digitBefore(text, i) && after >= text.length) return 'x';
    } else if (c === 47) {
      slashes++;
      if (digitBefore(text, i) && digitAfter(text, i)) slashFound = true;
    }
  }
  if (slashFound && slashes === 1) return '/';
  // A dangling operator at the end: "80 -", "80 +"; but "Rp 1.500.000,-" is how money is written.
  let last = text.length - 1;
  while (last > 0 && text.charCodeAt(last) === 32) last--;
  const end = text.charCodeAt(last);
  if (
    (end === 45 || end === 0x2013) &&
    last > 0 &&
    text.charCodeAt(last - 1) !== 44 &&
    digitBefore(text, last)
  )
    return '-';
  if (end === 47 && digitBefore(text, last)) return '/';
  return undefined;
}
