import type { Issue, Location } from '../core/issue';
import {
  type AttendanceCodeEntry,
  attendanceCodeKey,
  type DisciplinePolicy,
} from '../policy/sections/discipline';

/** A region's written attendance codes, looked up by their normalised form (attendanceCodeKey). */
export type CodeVocabulary = ReadonlyMap<string, AttendanceCodeEntry>;

/**
 * The policy's code table keyed as codes are looked up, built once per run: an admin who wrote "tl 1"
 * or "Tanpa Keterangan" as a key finds the cells written "TL1" or "TANPA KETERANGAN".
 */
export function codeVocabulary(policy: Pick<DisciplinePolicy, 'codes'>): CodeVocabulary {
  const vocabulary = new Map<string, AttendanceCodeEntry>();
  for (const [written, entry] of Object.entries(policy.codes ?? {})) {
    const key = attendanceCodeKey(written);
    if (key !== '') vocabulary.set(key, entry);
  }
  return vocabulary;
}

/** The entry of a written code ("tl 1", "T K", "Alpa"), or undefined when the region has not listed it. */
export const lookupCode = (vocabulary: CodeVocabulary, written: string): AttendanceCodeEntry | undefined =>
  vocabulary.get(attendanceCodeKey(written));

/** How many places an unknown code's message names. */
const PLACES_SHOWN = 3;

/** A place as people read it in a sheet: 'Rekap Mei'!J5 with a column letter, else sheet, row and column. */
export function placeText(at: Location): string {
  const sheet = at.sheet === undefined ? '' : /^[A-Za-z0-9_]+$/.test(at.sheet) ? at.sheet : `'${at.sheet}'`;
  const column = at.column ?? at.field ?? '';
  if (/^[A-Z]{1,3}$/.test(column) && at.row !== undefined)
    return `${sheet}${sheet ? '!' : ''}${column}${at.row}`;
  return [sheet, at.row, column].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * Texts that are not what a column expects (an unknown code, a work pattern nobody defined), gathered
 * over a whole table and reported ONCE per text with how many cells hold it and where the first few
 * are: a monthly matrix of 50 employees x 31 days must not bury the admin under 1,550 messages.
 */
export class OncePerText {
  private readonly seen = new Map<string, { written: string; count: number; places: Location[] }>();

  add(key: string, written: string, at: Location): void {
    const found = this.seen.get(key);
    if (found === undefined) this.seen.set(key, { written, count: 1, places: [at] });
    else {
      found.count++;
      if (found.places.length < PLACES_SHOWN) found.places.push(at);
    }
  }

  /** One issue per text: `code` with {value, count, places} and `extra` params, at the first place. */
  flush(issues: Issue[], code: Issue['code'], severity: 'error' | 'warning', extra = {}): void {
    for (const { written, count, places } of this.seen.values())
      issues.push({
        code,
        params: {
          ...extra,
          value: written,
          count,
          places: places.map(placeText).join(', ') + (count > places.length ? ', ...' : ''),
        },
        ...(places[0] ? { at: places[0] } : {}),
        severity,
      });
    this.seen.clear();
  }
}
