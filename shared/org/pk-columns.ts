import type { Issue } from '../core/issue';
import { type Period, parsePeriod, periodKey, periodLabel } from '../parse/period';

/*
 * Offices keep their Perjanjian Kinerja with a merged two-row header: "Triwulan I | Triwulan II | ..."
 * over "Target | Realisasi | Capaian" (SHEETS-IN-THE-WILD.md, family 7). Which pair is read is decided by
 * the period scored; when it cannot be decided the table is reported, never read from a guessed pair.
 */

/** The columns under one period label of the header (0-based indices). */
export interface PkPeriodGroup {
  period: Period;
  /** The label as written ("Triwulan II", "TW 2"). */
  label: string;
  target?: number;
  realisasi?: number;
  /** The sub-labels found under the label, for the message when the pair is incomplete. */
  found: string[];
}

const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

/** Sub-labels of a period group: the target, the realisasi, or another column (capaian, %, keterangan). */
function subField(label: string): 'target' | 'realisasi' | null {
  const n = normal(label);
  if (/^(target|tgt|trgt)\b/.test(n)) return 'target';
  if (/^(realisasi|real|rea)\b/.test(n)) return 'realisasi';
  return null;
}

/** The period a group label names; a label without a year ("Triwulan II") takes `year`. */
function periodOfLabel(label: string, year: number | undefined): Period | null {
  if (normal(label) === '' || subField(label) !== null) return null;
  const own = parsePeriod(label);
  if (own) return own;
  return year === undefined ? null : parsePeriod(`${label} ${year}`);
}

/**
 * The period groups of a header: each column whose upper header label names a period (merged cells are
 * filled with their label, as the add-on's grid has them) and whose lowest label is the sub-label. A
 * one-row header has no groups. `year`: the year of the period scored or of the table's title.
 */
export function pkPeriodGroups(
  headerRows: readonly (readonly string[])[],
  year: number | undefined,
): PkPeriodGroup[] {
  // Whatever was handed over: only rows of text are a header (a damaged grid gives no groups).
  if (!Array.isArray(headerRows) || headerRows.length < 2) return [];
  const row = (r: unknown): string[] =>
    Array.isArray(r) ? r.map((c) => (typeof c === 'string' ? c : '')) : [];
  const top = row(headerRows[0]);
  const bottom = row(headerRows[headerRows.length - 1]);
  if (year !== undefined && !Number.isInteger(year)) year = undefined;
  const groups = new Map<string, PkPeriodGroup>();
  // A label with no year is given a stand-in one, so groups can still be counted and named.
  const labelYear = year ?? 2000;
  for (let c = 0; c < top.length; c++) {
    const label = (top[c] ?? '').trim();
    const period = periodOfLabel(label, labelYear);
    const sub = (bottom[c] ?? '').trim();
    if (!period || sub === '' || sub === label) continue;
    const key = periodKey(period);
    let group = groups.get(key);
    if (!group) {
      group = { period, label, found: [] };
      groups.set(key, group);
    }
    group.found.push(sub);
    const field = subField(sub);
    // A second "Target" under one label is no pair to read: left unset, said in the message.
    if (field && group[field] === undefined) group[field] = c;
    else if (field) group.found.push(`${sub} (2x)`);
  }
  return [...groups.values()];
}

/** Which pair a table is read from: as recognised (no period groups), one group's pair, or not at all. */
export type PkColumnsChoice =
  | { kind: 'as-recognised' }
  | { kind: 'pair'; group: PkPeriodGroup & { target: number; realisasi: number } }
  | { kind: 'refused'; issue: Issue };

/**
 * The pair of the period scored. Without a period scored, a table with one period group reads it; with
 * several it is refused (PK_PERIOD_NOT_CHOSEN). A period scored that no group names, or a group without
 * exactly one Target and one Realisasi, is refused too: the admin chooses in "Petakan kolom".
 */
export function choosePkColumns(
  groups: readonly PkPeriodGroup[],
  chosen: Period | null,
  at: { sheet: string; row: number },
): PkColumnsChoice {
  if (groups.length === 0) return { kind: 'as-recognised' };
  const periods = groups.map((g) => g.label).join(', ');
  let group: PkPeriodGroup | undefined;
  if (chosen) {
    group = groups.find((g) => periodKey(g.period) === periodKey(chosen));
    if (!group)
      return {
        kind: 'refused',
        issue: {
          code: 'PK_PERIOD_NOT_FOUND',
          params: { sheet: at.sheet, periods, chosen: periodLabel(chosen, 'id') },
          at,
          severity: 'warning',
        },
      };
  } else if (groups.length === 1) group = groups[0];
  else
    return {
      kind: 'refused',
      issue: { code: 'PK_PERIOD_NOT_CHOSEN', params: { sheet: at.sheet, periods }, at, severity: 'warning' },
    };
  const g = group as PkPeriodGroup;
  const pairs = g.found.filter((f) => f.endsWith('(2x)')).length === 0;
  if (g.target === undefined || g.realisasi === undefined || !pairs)
    return {
      kind: 'refused',
      issue: {
        code: 'PK_PERIOD_NO_PAIR',
        params: { sheet: at.sheet, period: g.label, found: g.found.join(', ') },
        at,
        severity: 'warning',
      },
    };
  return { kind: 'pair', group: { ...g, target: g.target, realisasi: g.realisasi } };
}
