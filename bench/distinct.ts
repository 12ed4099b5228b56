/**
 * Checks of the all-distinct province (generateProvince's `distinct` option) for the core bench: how
 * many of the cells the core reads through a parser or a lookup hold a text no other cell of the same
 * cache holds, whether it scores as the bench province does, and what its forms cost to parse apart
 * from any cache.
 */
import type * as Core from '../shared';
import type { OrganisationResult, WorkbookInput } from '../shared';

type SheetName = 'employees' | 'indicators' | 'behaviour' | 'attendance' | 'activities' | 'units' | 'sakip';

/**
 * The cells the core reads through a parser or a lookup that remembers texts, grouped by the cache that
 * sees them (one group: one set of texts): NIPs of every sheet, unit names, targets, realisasi, labels,
 * amounts, minutes, codes, SAKIP names.
 */
const CACHED_COLUMNS: readonly (readonly [group: string, sheet: SheetName, fields: readonly string[]])[] = [
  ['nip', 'employees', ['nip', 'atasan_nip']],
  ['nip', 'indicators', ['nip']],
  ['nip', 'behaviour', ['nip']],
  ['nip', 'attendance', ['nip']],
  ['nip', 'activities', ['nip']],
  ['unit', 'employees', ['unit']],
  ['unit', 'units', ['unit']],
  ['unit', 'sakip', ['unit']],
  ['kepala_unit', 'employees', ['kepala_unit']],
  ['tpp_dasar', 'employees', ['tpp_dasar']],
  ['rhk', 'indicators', ['rhk']],
  ['jenis_rhk', 'indicators', ['jenis_rhk']],
  ['target', 'indicators', ['target']],
  ['realisasi', 'indicators', ['realisasi']],
  ['polaritas', 'indicators', ['polaritas']],
  [
    'rating',
    'behaviour',
    ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'],
  ],
  ['kode_absen', 'attendance', ['kode_absen']],
  ['jumlah', 'attendance', ['jumlah']],
  ['menit', 'activities', ['menit']],
  ['status', 'activities', ['status']],
  ['predikat_organisasi', 'units', ['predikat_organisasi']],
  ['komponen', 'sakip', ['komponen']],
  ['subkomponen', 'sakip', ['subkomponen']],
];

/** The cached columns' groups that hold numbers (what ProvinceOptions.distinct 'numbers' rewrites). */
export const NUMBER_GROUPS: readonly string[] = ['tpp_dasar', 'target', 'realisasi', 'jumlah', 'menit'];

/**
 * Non-empty cells of the cached columns (of `groups` only, when given), how many distinct (trimmed)
 * texts they hold per cache, and those texts' characters.
 */
export function distinctShare(
  workbook: WorkbookInput,
  groups?: readonly string[],
): { cells: number; distinct: number; characters: number } {
  const byGroup = new Map<string, { texts: Set<string>; cells: number }>();
  for (const [group, sheet, fields] of CACHED_COLUMNS) {
    if (groups && !groups.includes(group)) continue;
    const table = workbook[sheet];
    if (!table) continue;
    let seen = byGroup.get(group);
    if (!seen) {
      seen = { texts: new Set(), cells: 0 };
      byGroup.set(group, seen);
    }
    for (const row of table.rows) {
      const values = row.values as Record<string, unknown>;
      for (const field of fields) {
        const value = values[field];
        const text = typeof value === 'string' ? value.trim() : '';
        if (text === '') continue;
        seen.texts.add(text);
        seen.cells++;
      }
    }
  }
  let cells = 0;
  let distinct = 0;
  let characters = 0;
  for (const { texts, cells: n } of byGroup.values()) {
    cells += n;
    distinct += texts.size;
    for (const text of texts) characters += text.length;
  }
  return { cells, distinct, characters };
}

/** CACHED_COLUMNS' fields by sheet. */
const CACHED_BY_SHEET: ReadonlyMap<SheetName, readonly string[]> = (() => {
  const bySheet = new Map<SheetName, string[]>();
  for (const [, sheet, fields] of CACHED_COLUMNS)
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ...fields]);
  return bySheet;
})();

/**
 * Every character of the cached columns' cells read once, nothing decided (their codes summed): what no
 * reader of an all-distinct province can spend less on, since a cell a cache cannot answer by the text's
 * identity must at least be read. A cache answers the bench province's repeated texts without reading
 * them (the same string, or one compared natively), so this is a floor under what the all-distinct forms
 * add, not under either province's run. Returns how many characters were read and their sum.
 */
export function readEveryCharacter(workbook: WorkbookInput): { characters: number; sum: number } {
  let characters = 0;
  let sum = 0;
  // Row by row, as the readers go: a sheet's rows walked once for all its columns.
  for (const [sheet, fields] of CACHED_BY_SHEET) {
    const table = workbook[sheet];
    if (!table) continue;
    for (const row of table.rows) {
      const values = row.values as Record<string, unknown>;
      for (const field of fields) {
        const text = values[field];
        if (typeof text !== 'string') continue;
        characters += text.length;
        for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
      }
    }
  }
  return { characters, sum };
}

/** What an employee's score is made of (the texts as written, such as the unit's case, left out). */
const scoreOf = (e: OrganisationResult['employees'][number]) =>
  JSON.stringify([
    e.nip,
    e.capaian,
    e.kategori,
    e.ratingHasil,
    e.ratingPerilaku,
    e.predikat,
    e.rhk.map((r) => [r.rhk, r.capaian]),
    e.discipline,
    e.tpp,
    e.activity,
    e.flags,
    e.recommendation,
  ]);

/** Employees (in roster order) and units whose scores are the same in both results. */
export function sameScores(
  a: OrganisationResult,
  b: OrganisationResult,
): { employees: number; units: number; issues: [number, number] } {
  let employees = 0;
  a.employees.forEach((e, i) => {
    const other = b.employees[i];
    if (other && scoreOf(e) === scoreOf(other)) employees++;
  });
  let units = 0;
  a.units.forEach((u, i) => {
    const other = b.units[i];
    const key = (x: typeof u) =>
      JSON.stringify([x.predikat, x.employees, x.averageCapaian, x.sakip?.score, x.rank, x.recommendation]);
    if (other && key(u) === key(other)) units++;
  });
  return { employees, units, issues: [a.issues.length, b.issues.length] };
}

/** A parser of the core as the bench calls it: one cell's trimmed text, its row for the hints. */
type CellParser = (text: string, row: Record<string, unknown>) => unknown;

/** Column hints as the pipeline gives them: one shared sample array (so the locale is read once). */
const ID_SAMPLES: readonly string[] = ['85,5'];
const numberHints = (row: Record<string, unknown>) => {
  const satuan = typeof row.satuan === 'string' ? row.satuan.toLowerCase() : '';
  return satuan === '%' || satuan === 'persen'
    ? { columnSamples: ID_SAMPLES, context: 'percent' as const }
    : { columnSamples: ID_SAMPLES };
};

/** The cached columns with the parser the core reads each with (unit names and codes are not parsed). */
function parsedColumns(
  core: typeof Core,
): readonly (readonly [sheet: SheetName, fields: readonly string[], parse: CellParser])[] {
  const behaviour = CACHED_COLUMNS.find(([group]) => group === 'rating')?.[2] ?? [];
  return [
    ['employees', ['nip', 'atasan_nip'], (t) => core.parseNip(t)],
    ['indicators', ['nip'], (t) => core.parseNip(t)],
    ['behaviour', ['nip'], (t) => core.parseNip(t)],
    ['attendance', ['nip'], (t) => core.parseNip(t)],
    ['activities', ['nip'], (t) => core.parseNip(t)],
    ['employees', ['kepala_unit'], (t) => core.parseYesNo(t)],
    ['employees', ['tpp_dasar'], (t) => core.parseNumber(t, { context: 'money' })],
    ['indicators', ['jenis_rhk'], (t) => core.parseRhkKind(t)],
    ['indicators', ['target'], (t, row) => core.parseTarget(t, numberHints(row))],
    ['indicators', ['realisasi'], (t, row) => core.parseNumber(t, numberHints(row))],
    ['indicators', ['polaritas'], (t) => core.parsePolarity(t)],
    ['behaviour', behaviour, (t) => core.parseRating(t)],
    ['attendance', ['jumlah'], (t) => core.parseNumber(t, { context: 'count' })],
    ['activities', ['menit'], (t) => core.parseDuration(t)],
    ['activities', ['status'], (t) => core.parseStatus(t)],
    ['units', ['predikat_organisasi'], (t) => core.parsePredikatOrganisasi(t)],
  ];
}

/**
 * Every parsed cell of the cached columns through the core's own parser, called directly: no cache, so
 * the bench province's forms and the all-distinct ones are parsed as often. What the forms cost apart
 * from the caches. Returns how many cells were parsed and how many failed (none should).
 */
export function parseEveryCell(
  core: typeof Core,
  workbook: WorkbookInput,
): { cells: number; failed: number } {
  let cells = 0;
  let failed = 0;
  for (const [sheet, fields, parse] of parsedColumns(core)) {
    const table = workbook[sheet];
    if (!table) continue;
    for (const row of table.rows) {
      const values = row.values as Record<string, unknown>;
      for (const field of fields) {
        const value = values[field];
        const text = typeof value === 'string' ? value.trim() : '';
        if (text === '') continue;
        cells++;
        const result = parse(text, values) as { ok?: boolean };
        if (!result.ok) failed++;
      }
    }
  }
  return { cells, failed };
}
