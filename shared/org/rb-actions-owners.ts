import type { Issue, Location } from '../core/issue';
import { editDistance } from '../parse/text';
import { opdKey, opdListHeader } from '../recap/kind';
import type { RbActionSheet, RbOpdListSource } from './rb-actions-types';

/**
 * The owner OPDs (pengampu) of an action checked against the region's list of OPDs (the "Daftar OPD"
 * sheet the Sekda's recap reads): an owner is kept as the list writes it, whatever its letter case and
 * spacing, so one OPD is one row of "Progres per OPD pengampu". An owner the list does not hold, or a
 * NIP typed where an OPD belongs, is reported at its cell and not counted as an owner: a typo must not
 * become an OPD of its own.
 */

/** The list as read: listed name by key, or why it could not be used. */
export type RbOpdNames =
  | { status: 'ok'; sheet: string; header: string; byKey: Map<string, string> }
  | { status: 'missing' | 'empty'; sheet: string; header: string };

/**
 * The OPD names of the list sheet: the filled cells below its header (`opdListHeader`, the reading the
 * Sekda's recap uses too, so both agree on which OPDs exist).
 */
export function readOpdNames(sheets: readonly RbActionSheet[], source: RbOpdListSource): RbOpdNames {
  const { sheet: name, header } = source;
  // Sheets names a sheet whatever its letter case ("daftar opd" is that sheet).
  const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) return { status: 'missing', sheet: name, header };
  const at = opdListHeader(sheet.grid, header);
  const byKey = new Map<string, string>();
  if (at !== null)
    for (const row of sheet.grid.slice(at.row + 1)) {
      const listed = (row[at.column] ?? '').replace(/\s+/g, ' ').trim();
      if (listed !== '' && !byKey.has(opdKey(listed))) byKey.set(opdKey(listed), listed);
    }
  return byKey.size > 0
    ? { status: 'ok', sheet: name, header, byKey }
    : { status: 'empty', sheet: name, header };
}

/**
 * A NIP (18 digits, written with or without spaces, dots or a "NIP" in front) or any other number: it
 * names a person or nothing, never an OPD.
 */
const isNumberNotName = (text: string): boolean => {
  const rest = text.replace(/^nip\.?\s*:?\s*/i, '');
  return /\d/.test(rest) && /^[\d\s.'/-]+$/.test(rest);
};

/** The listed name closest to a written one, when one alone is close enough to be the meant OPD. */
function closestListed(key: string, byKey: ReadonlyMap<string, string>): string | null {
  let best: { name: string; distance: number } | null = null;
  let tie = false;
  for (const [listedKey, name] of byKey) {
    // Close: a few letters apart, or the written name whole inside the listed one ("Bagian Organisasi").
    const within = ` ${listedKey} `.includes(` ${key} `) || ` ${key} `.includes(` ${listedKey} `);
    const distance = within ? 0 : editDistance(key, listedKey);
    if (distance > Math.max(2, Math.floor(Math.max(key.length, listedKey.length) / 5))) continue;
    if (!best || distance < best.distance) {
      best = { name, distance };
      tie = false;
    } else if (distance === best.distance) tie = true;
  }
  return best && !tie ? best.name : null;
}

const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * The owners an action counts for, from the names written in its owner cell: each listed OPD once, as
 * the list writes it (all written names, once each, when there is no list to check against). Every name
 * left out is reported at `at`.
 */
export function checkedOwners(
  written: readonly string[],
  list: RbOpdNames | undefined,
  at: Location,
  issues: Issue[],
): string[] {
  const owners: string[] = [];
  const seen = new Set<string>();
  for (const name of written) {
    if (isNumberNotName(name)) {
      issues.push({ code: 'RB_ACT_OWNER_NIP', params: { value: shortText(name) }, severity: 'error', at });
      continue;
    }
    const key = opdKey(name);
    let owner = name;
    if (list?.status === 'ok') {
      const listed = list.byKey.get(key);
      if (listed === undefined) {
        const closest = closestListed(key, list.byKey);
        issues.push({
          code: closest ? 'RB_ACT_OWNER_UNLISTED_CLOSE' : 'RB_ACT_OWNER_UNLISTED',
          params: { value: shortText(name), list: list.sheet, ...(closest ? { closest } : {}) },
          severity: 'warning',
          at,
        });
        continue;
      }
      owner = listed;
    }
    if (seen.has(opdKey(owner))) continue;
    seen.add(opdKey(owner));
    owners.push(owner);
  }
  return owners;
}

/** Said once when owners could not be checked: the workbook has no list, or the list names no OPD. */
export function uncheckedOwnersIssue(list: RbOpdNames, ownerColumn: Location): Issue | null {
  if (list.status === 'ok') return null;
  return {
    code: list.status === 'missing' ? 'RB_ACT_OWNERS_UNCHECKED' : 'RB_ACT_OWNER_LIST_EMPTY',
    params: { list: list.sheet, column: list.header },
    severity: 'warning',
    at: ownerColumn,
  };
}
