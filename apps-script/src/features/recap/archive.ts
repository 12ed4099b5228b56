import { type Issue, type OpdPackage, OpdPackageSchema, opdKey, t } from '../../../../shared';
import { ownershipOf } from '../../output/ownership';
import { HEADER_BACKGROUND, type OutputSheet } from '../../output/sheet';
import { RECAP_SHEETS } from '../../output/sheet-names';
import {
  type CellValue,
  type FormatOp,
  rangeRef,
  type SheetCell,
  type SpreadsheetPort,
} from '../../port/types';

/**
 * "Arsip Paket OPD": every OPD package imported, one per OPD and period, kept whole as the OPD sent it
 * (its JSON in parts, a cell holds at most 50,000 characters). The recap sheets are made from it, so a
 * package imported again replaces that OPD's period and a package of another period stays as history.
 * The add-on owns the sheet (its mark); the admin reads it, never needs to edit it.
 */

/** Characters of JSON per cell: under Sheets' 50,000 per cell, with room to spare. */
export const ARCHIVE_PART = 40_000;
const COLUMNS = 10;
const JSON_COLUMN = 9;

/** The key of a package in the archive: its OPD (case and spaces aside) and its period. */
export const archiveKey = (p: OpdPackage): string => `${opdKey(p.opd.name)}|${p.period.key}`;

export interface ArchiveEntry {
  key: string;
  pkg: OpdPackage;
  /** The file it was imported from, during an import (the archive does not keep it). */
  file?: string;
}

/** A stored package that no longer reads (a cell edited by hand): its rows are kept as they are. */
export interface BrokenEntry {
  key: string;
  rows: CellValue[][];
  issue: Issue;
}

export interface Archive {
  sheet: string | null;
  entries: ArchiveEntry[];
  broken: BrokenEntry[];
  /** Rows read once though pasted twice: said, since the rewritten archive keeps them once. */
  issues: Issue[];
}

const text = (v: CellValue | undefined): string =>
  v === undefined ? '' : typeof v === 'string' ? v : String(v);

/** Reads the archive the add-on wrote (found by its mark, whatever its name now). */
export function readArchive(book: SpreadsheetPort): Archive {
  const sheet = book.listSheets().find((s) => {
    const own = ownershipOf(s);
    return own !== null && own.role === 'recapArchive' && !own.staging;
  });
  if (!sheet) return { sheet: null, entries: [], broken: [], issues: [] };
  const values = sheet.read().values;
  const groups = new Map<string, { rows: CellValue[][]; first: number }>();
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  values.slice(1).forEach((row, i) => {
    const key = text(row[0]).trim();
    if (key === '') return;
    // A row pasted twice is the same part twice: read once (and said), never counted as a missing part.
    const whole = JSON.stringify(Array.from({ length: COLUMNS }, (_, c) => text(row[c])));
    const twin = seen.get(whole);
    if (twin !== undefined) {
      issues.push({
        code: 'RECAP_ARCHIVE_ROW_REPEATED',
        params: { first: twin, key },
        at: { sheet: sheet.name, row: i + 2 },
        severity: 'warning',
      });
      return;
    }
    seen.set(whole, i + 2);
    const group = groups.get(key) ?? { rows: [], first: i + 2 };
    group.rows.push(row);
    groups.set(key, group);
  });
  const entries: ArchiveEntry[] = [];
  const broken: BrokenEntry[] = [];
  for (const [key, group] of groups) {
    const parts = [...group.rows].sort((a, b) => Number(a[7]) - Number(b[7]));
    const json = parts.map((r) => text(r[JSON_COLUMN])).join('');
    const fail = (detail: string) =>
      broken.push({
        key,
        rows: group.rows,
        issue: {
          code: 'RECAP_ARCHIVE_ROW_BROKEN',
          params: { key, detail },
          at: { sheet: sheet.name, row: group.first },
          severity: 'warning',
        },
      });
    const expected = Number(parts[0]?.[8]);
    if (!Number.isInteger(expected) || expected !== parts.length) {
      fail(`${parts.length}/${text(parts[0]?.[8])}`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
      continue;
    }
    const parsed = OpdPackageSchema.safeParse(value);
    if (!parsed.success || archiveKey(parsed.data) !== key) {
      fail(parsed.success ? key : (parsed.error.issues[0]?.message ?? '-'));
      continue;
    }
    entries.push({ key, pkg: parsed.data });
  }
  return { sheet: sheet.name, entries, broken, issues };
}

/** The archive sheet with these packages (sorted by OPD, then period) and the broken rows kept as they were. */
export function archiveSheet(entries: readonly ArchiveEntry[], broken: readonly BrokenEntry[]): OutputSheet {
  const rows: SheetCell[][] = [
    [
      t('RECAP_ARCHIVE_COL_KEY'),
      t('RECAP_COL_OPD'),
      t('RECAP_COL_KIND'),
      t('RECAP_COL_PERIOD'),
      t('RECAP_COL_PERIOD'),
      t('RECAP_ARCHIVE_COL_BUILT'),
      t('RECAP_COL_EMPLOYEES'),
      t('RECAP_ARCHIVE_COL_PART'),
      t('RECAP_ARCHIVE_COL_PARTS'),
      t('RECAP_ARCHIVE_COL_JSON'),
    ],
  ];
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, pkg } of sorted) {
    const json = JSON.stringify(pkg);
    const parts = Math.max(1, Math.ceil(json.length / ARCHIVE_PART));
    for (let i = 0; i < parts; i++)
      rows.push([
        key,
        pkg.opd.name,
        pkg.opd.kind,
        pkg.period.key,
        pkg.period.label,
        pkg.generatedAt,
        pkg.totals.employees,
        i + 1,
        parts,
        json.slice(i * ARCHIVE_PART, (i + 1) * ARCHIVE_PART),
      ]);
  }
  for (const b of broken)
    for (const r of b.rows) rows.push(Array.from({ length: COLUMNS }, (_, c) => r[c] ?? ''));
  const n = rows.length - 1;
  const formats: FormatOp[] = [
    { kind: 'bold', range: rangeRef(1, 1, 1, COLUMNS) },
    { kind: 'background', range: rangeRef(1, 1, 1, COLUMNS), colour: HEADER_BACKGROUND },
    { kind: 'frozenRows', rows: 1 },
    // Keys, period codes and times stay text ("2025-03" is not a date).
    { kind: 'numberFormat', range: rangeRef(2, 1, Math.max(1, n), 6), format: '@' },
    { kind: 'numberFormat', range: rangeRef(2, JSON_COLUMN + 1, Math.max(1, n), 1), format: '@' },
    { kind: 'columnWidth', column: 1, width: 220 },
    { kind: 'columnWidth', column: 2, width: 220 },
    { kind: 'columnWidth', column: JSON_COLUMN + 1, width: 300 },
  ];
  return { role: 'recapArchive', name: RECAP_SHEETS.recapArchive, rows, formats };
}
