import { type MessageCode, PREDIKAT_PEGAWAI, predikatLabel, t } from '../../../shared';
import type { OutputRole } from './sheet-names';

/**
 * The first rows the add-on writes on each output sheet. The features build their sheets from these
 * headers, and ownership.ts recognises by them a sheet an older version wrote before sheets were marked:
 * one place, so the two cannot drift apart.
 */

/**
 * The columns of "Hasil Pegawai" before it named its period (a note on A1 only): a copy of a sheet written
 * so is still recognised (writtenByAddOn).
 */
const EMPLOYEE_COLUMNS_UNDATED = [
  'ADDON_COL_NIP',
  'ADDON_COL_NAMA',
  'ADDON_COL_JABATAN',
  'ADDON_COL_UNIT',
  'ADDON_COL_CAPAIAN',
  'ADDON_COL_KATEGORI',
  'ADDON_COL_RATING_USULAN',
  'ADDON_COL_RATING_AKHIR',
  'ADDON_COL_RATING_SUMBER',
  'ADDON_COL_RATING_PERILAKU',
  'ADDON_COL_PREDIKAT',
  'ADDON_COL_KESIBUKAN_SEMU',
  'ADDON_COL_TANPA_BUKTI',
  'ADDON_COL_TANPA_UMPAN_BALIK',
  'ADDON_COL_POTONGAN',
  'ADDON_COL_TPP',
  'ADDON_COL_REKOMENDASI',
  'ADDON_COL_ALASAN',
  'ADDON_COL_TINGKAT_DATA',
  'ADDON_COL_NPK',
  'ADDON_COL_PERUBAHAN',
  'ADDON_COL_TREN',
] as const satisfies readonly MessageCode[];

/**
 * The period column that opens "Hasil Pegawai" and "Hasil Unit": the period scored on every row, where it
 * is seen on screen and printed on every page (a note is seen only on hover, and never printed), and kept
 * by a row copied or pasted elsewhere.
 */
export const PERIOD_COLUMN = 'ADDON_COL_PERIODE' satisfies MessageCode;

/** The columns of "Hasil Pegawai", in order (results/employees-sheet.ts adds widths and formats). */
export const EMPLOYEE_COLUMNS = [PERIOD_COLUMN, ...EMPLOYEE_COLUMNS_UNDATED] as const;
export type EmployeeColumn = (typeof EMPLOYEE_COLUMNS)[number];

/**
 * The header of "Hasil Unit" as every version wrote it after the period column (unitHeadersDated): the
 * unit, its predikat, then the count of each employee predikat.
 */
export const unitHeaders = (): string[] => [
  t('ADDON_COL_UNIT'),
  t('ADDON_COL_PREDIKAT_ORG'),
  t('ADDON_COL_JUMLAH_PEGAWAI'),
  ...PREDIKAT_PEGAWAI.map((p) => predikatLabel(p)),
  t('ADDON_COL_TANPA_PREDIKAT'),
  t('ADDON_COL_RATA_CAPAIAN'),
  t('ADDON_COL_CEK_DISTRIBUSI'),
];

/** The columns "Hasil Unit" adds after unitHeaders() since the Perjanjian Kinerja (issue 12). */
export const unitPkHeaders = (): string[] => [
  t('PK_COL_CAPAIAN'),
  t('PK_COL_INDICATORS'),
  t('PK_COL_SOURCE'),
  t('PK_COL_PROPOSED'),
];

/** The whole header of "Hasil Unit" as this version writes it: the period column first. */
export const unitHeadersDated = (): string[] => [t(PERIOD_COLUMN), ...unitHeaders(), ...unitPkHeaders()];

/** The header of "Masalah Data". */
export const PROBLEM_COLUMNS = [
  'SHEETS_CHECK_COL_SHEET',
  'SHEETS_CHECK_COL_ROW',
  'SHEETS_CHECK_COL_COLUMN',
  'SHEETS_CHECK_COL_VALUE',
  'SHEETS_CHECK_COL_PROBLEM',
  'SHEETS_CHECK_COL_KIND',
  'SHEETS_CHECK_COL_LINK',
] as const satisfies readonly MessageCode[];

/** The columns of "Tabel Terbaca", the recognition report: one row per table found in the workbook. */
export const TABLE_COLUMNS = [
  'SHEETS_TABLES_COL_SHEET',
  'SHEETS_TABLES_COL_RANGE',
  'SHEETS_TABLES_COL_KIND',
  'SHEETS_TABLES_COL_TITLE',
  'SHEETS_TABLES_COL_PERIOD',
  'SHEETS_TABLES_COL_OPD',
  'SHEETS_TABLES_COL_ROWS',
  'SHEETS_TABLES_COL_FIELDS',
  'SHEETS_TABLES_COL_CODES',
  'SHEETS_TABLES_COL_UNUSED',
  'SHEETS_TABLES_COL_READ',
  'SHEETS_TABLES_COL_NOTES',
  'SHEETS_CHECK_COL_LINK',
] as const satisfies readonly MessageCode[];

/** The columns of "Riwayat": one row per employee per period, kept across runs (shared/history). */
export const HISTORY_COLUMNS = [
  'ADDON_HIST_COL_PERIOD_KEY',
  'ADDON_HIST_COL_PERIOD',
  'ADDON_COL_NIP',
  'ADDON_COL_NAMA',
  'ADDON_COL_UNIT',
  'ADDON_COL_CAPAIAN',
  'ADDON_COL_KATEGORI',
  'ADDON_COL_PREDIKAT',
  'ADDON_COL_POTONGAN',
  'ADDON_HIST_COL_TK',
  'ADDON_HIST_COL_TK_DATES',
] as const satisfies readonly MessageCode[];

/** The columns of "Rekap Tahunan": one row per employee per year, the annual verdict and its rule. */
export const ANNUAL_COLUMNS = [
  'ADDON_ANNUAL_COL_YEAR',
  'ADDON_COL_NIP',
  'ADDON_COL_NAMA',
  'ADDON_COL_UNIT',
  'ADDON_ANNUAL_COL_PERIODS',
  'ADDON_ANNUAL_COL_CAPAIAN',
  'ADDON_COL_KATEGORI',
  'ADDON_ANNUAL_COL_PREDIKAT',
  'ADDON_ANNUAL_COL_RULE',
  'ADDON_ANNUAL_COL_BASIS',
] as const satisfies readonly MessageCode[];

/** The header of the dashboard's first table: predikat per unit and the SE 3/2023 maxima. */
export const dashboardHeaders = (): string[] => [
  t('ADDON_COL_UNIT'),
  ...PREDIKAT_PEGAWAI.map((p) => predikatLabel(p)),
  t('ADDON_DASH_LIMIT_SB'),
  t('ADDON_DASH_LIMIT_B'),
];

/** The header above each unit's SAKIP components (row 2 of "Evaluasi SAKIP"). */
export const SAKIP_COMPONENT_COLUMNS = [
  'ADDON_SAKIP_COL_COMPONENT',
  'ADDON_SAKIP_COL_WEIGHT',
  'ADDON_SAKIP_COL_SCORE',
  'ADDON_SAKIP_COL_MEAN',
  'ADDON_SAKIP_COL_CRITERIA',
] as const satisfies readonly MessageCode[];

/** Rows and columns read from the top of a sheet to recognise an unmarked output: one range, one call. */
export const TOP_ROWS = 3;
export const TOP_COLUMNS = EMPLOYEE_COLUMNS.length + 1;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Daftar reward & punishment: 12 pegawai dengan tindak lanjut", whatever the count. */
const rewardTitle = (): RegExp => {
  const [before = '', after = ''] = t('ADDON_RP_TITLE', { count: '\u0000' }).split('\u0000');
  return new RegExp(`^${escapeRegExp(before)}[\\d.,]+${escapeRegExp(after)}$`);
};

/** The row starts with exactly these cells and nothing follows them. */
const rowIs = (row: readonly string[] | undefined, cells: readonly string[]): boolean =>
  row !== undefined &&
  cells.every((cell, i) => row[i] === cell) &&
  row.slice(cells.length).every((cell) => cell === '');

/**
 * Whether the top of a sheet (TOP_ROWS x TOP_COLUMNS, as displayed) is exactly what the add-on writes
 * there for `role`: the whole header row with nothing beside it, or for the two report sheets their fixed
 * title cells. Conservative on purpose: a sheet that differs in any of these cells is the admin's own.
 */
export function writtenByAddOn(role: OutputRole, top: readonly (readonly string[])[]): boolean {
  switch (role) {
    // Versions before the period column wrote the header without it (and, for "Hasil Unit", before the
    // Perjanjian Kinerja without the PK columns): a copy of any of them is still an output.
    case 'employees':
      return (
        rowIs(
          top[0],
          EMPLOYEE_COLUMNS.map((c) => t(c)),
        ) ||
        rowIs(
          top[0],
          EMPLOYEE_COLUMNS_UNDATED.map((c) => t(c)),
        )
      );
    case 'units':
      return (
        rowIs(top[0], unitHeadersDated()) ||
        rowIs(top[0], unitHeaders()) ||
        rowIs(top[0], [...unitHeaders(), ...unitPkHeaders()])
      );
    case 'problems':
      return rowIs(
        top[0],
        PROBLEM_COLUMNS.map((c) => t(c)),
      );
    case 'history':
      return rowIs(
        top[0],
        HISTORY_COLUMNS.map((c) => t(c)),
      );
    case 'tables':
      return rowIs(
        top[0],
        TABLE_COLUMNS.map((c) => t(c)),
      );
    case 'dashboard':
      return rowIs(top[0], dashboardHeaders());
    case 'reward':
      return (
        rewardTitle().test(top[0]?.[0] ?? '') &&
        rowIs(top[0]?.slice(1), []) &&
        rowIs(top[1], []) &&
        rowIs(top[2], [t('ADDON_RP_RECAP')])
      );
    case 'annual':
    case 'paperAwards':
    case 'paperLetters':
    case 'paperSlips':
    case 'recapArchive':
    case 'recapOpd':
    case 'recapKecamatan':
    case 'recapDistribution':
    case 'recapDuties':
    case 'recapCandidates':
    case 'recapRb':
    case 'recapDashboard':
    case 'recapPaper':
    case 'rbActions':
      // Written only by versions that mark their sheets: an unmarked sheet of that name is the admin's.
      return false;
    case 'rb':
      return (
        top[0]?.[1] === t('ADDON_RB_INDEX') &&
        top[0]?.[3] === t('ADDON_RB_GRADE') &&
        top[2]?.[0] === t('ADDON_RB_COL_AREA') &&
        top[2]?.[1] === t('ADDON_RB_COL_PEMENUHAN')
      );
    case 'sakip':
      return (
        top[0]?.[1] === t('ADDON_SAKIP_FINAL') &&
        top[0]?.[3] === t('ADDON_SAKIP_GRADE') &&
        rowIs(
          top[1],
          SAKIP_COMPONENT_COLUMNS.map((c) => t(c)),
        )
      );
  }
}
