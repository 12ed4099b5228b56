import type { MessageCode, MessageParams } from '../messages/catalog';

/**
 * Where a problem was found. Sheets fill sheet/row/column; the extension fills element.
 * Rows are 1-based, as the user sees them in Sheets.
 */
export interface Location {
  sheet?: string;
  row?: number;
  /** Column letter ("D") or header label ("Target"), whichever the surface knows. */
  column?: string;
  /** Page element description for the extension, e.g. 'tabel "Hasil Kerja", baris 3'. */
  element?: string;
  /** Logical field name (target, realisasi, nip, ...) when no column is known. */
  field?: string;
}

export type Severity = 'error' | 'warning';

/** A problem the user must see. The text comes from the message catalog, never from here. */
export interface Issue {
  code: MessageCode;
  params?: MessageParams;
  at?: Location;
  severity?: Severity;
}

/** Outcome of every public core function that can fail on user input. Nothing throws past the core. */
export type Result<T> = { ok: true; value: T; warnings?: Issue[] } | Failure;

/** The failed side of every Result: assignable to any Result<T>. */
export type Failure = { ok: false; issue: Issue };

export const ok = <T>(value: T, warnings?: Issue[]): Result<T> =>
  warnings && warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };

export const fail = (code: MessageCode, params?: MessageParams, at?: Location): Failure => ({
  ok: false,
  issue: { code, ...(params ? { params } : {}), ...(at ? { at } : {}), severity: 'error' },
});

/** Attach (or refine) a location on an issue, e.g. when a parser result is placed in a sheet cell. */
export const locate = (issue: Issue, at: Location): Issue => ({ ...issue, at: { ...issue.at, ...at } });
