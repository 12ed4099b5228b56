import type { SheetPort } from '../port/types';
import { TOP_COLUMNS, TOP_ROWS, writtenByAddOn } from './layout';
import { OUTPUT_NAMES, OUTPUT_ROLES, type OutputRole } from './sheet-names';

/**
 * Which sheets the add-on owns. Every sheet it creates carries developer metadata (invisible in the grid,
 * kept by Sheets when the sheet is renamed): key OUTPUT_MARK, value the output role ("employees",
 * "problems", ...) or, while a run is still writing it, "staging:<role>". The add-on replaces and deletes
 * only sheets it owns, and never reads them as input; a sheet of the admin's own is never touched, even
 * when its name is "Dasbor" or "Hasil Pegawai".
 */
export const OUTPUT_MARK = 'nilaiKerja.output';

const STAGING = 'staging:';

export const stagingMark = (role: OutputRole): string => `${STAGING}${role}`;

export interface Ownership {
  /** The output the sheet holds; null for a mark this version does not know (written by a newer one). */
  role: OutputRole | null;
  /** Written by a run that did not finish (stopped by Apps Script's time limit): safe to delete. */
  staging: boolean;
  /** No mark: an older version wrote it before sheets were marked, recognised by name and first rows. */
  legacy: boolean;
}

const roleOf = (value: string): OutputRole | null => OUTPUT_ROLES.find((role) => role === value) ?? null;

/**
 * The add-on's claim on a sheet, or null when the sheet is the admin's. A marked sheet is ours whatever
 * its name. An unmarked one is adopted only when, conservatively, both hold: its name is exactly an
 * output's name, and its first rows are exactly what this version writes there (the whole header row and
 * nothing beside it; output/layout.ts). Anything else, such as the admin's own "Hasil Pegawai" list of
 * staff, stays the admin's. One metadata call per sheet, plus one small read for an unmarked sheet named
 * like an output.
 */
export function ownershipOf(sheet: SheetPort): Ownership | null {
  const mark = sheet.metadata(OUTPUT_MARK);
  if (mark !== null) {
    const staging = mark.startsWith(STAGING);
    return { role: roleOf(staging ? mark.slice(STAGING.length) : mark), staging, legacy: false };
  }
  const role = OUTPUT_ROLES.find((r) => OUTPUT_NAMES[r] === sheet.name);
  if (!role || !writtenByAddOn(role, topOf(sheet))) return null;
  return { role, staging: false, legacy: true };
}

/** The top of a sheet, or nothing when it cannot be read (a sheet cut down to fewer columns): not ours. */
function topOf(sheet: SheetPort): string[][] {
  try {
    return sheet.readTop(TOP_ROWS, TOP_COLUMNS);
  } catch {
    return [];
  }
}

/** True for a sheet the add-on generated: never read as input, never offered in the mapping. */
export const isOwnedOutput = (sheet: SheetPort): boolean => ownershipOf(sheet) !== null;
