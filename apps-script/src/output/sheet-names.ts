import { t } from '../../../shared';

/**
 * The sheets the add-on generates and regenerates on every run, by role. Their names are part of what
 * the admin sees, so they come from the catalog (Indonesian). Whether a sheet is one of them is decided
 * by the mark the add-on puts on the sheets it creates (output/ownership.ts), never by its name alone:
 * a sheet of the admin's own called "Dasbor" is left alone and read like any other sheet.
 */
export const RESULT_SHEETS = {
  employees: t('ADDON_SHEET_EMPLOYEES'),
  units: t('ADDON_SHEET_UNITS'),
  dashboard: t('ADDON_SHEET_DASHBOARD'),
  reward: t('ADDON_SHEET_REWARD'),
  sakip: t('ADDON_SHEET_SAKIP'),
  rb: t('ADDON_SHEET_RB'),
  rbActions: t('ADDON_SHEET_RB_ACTIONS'),
} as const;

/** The list of data problems written by "Periksa data" and "Hitung nilai". */
export const PROBLEMS_SHEET = 'Masalah Data';

/** What "Periksa data" understood of every table in the workbook (the recognition report). */
export const TABLES_SHEET = 'Tabel Terbaca';

/** Each period's verdicts per employee, kept across runs (recomputing a period replaces only its rows). */
export const HISTORY_SHEET = 'Riwayat';

/** Each employee's annual verdict from the periods in "Riwayat", by the policy's rule (shared/history). */
export const ANNUAL_SHEET = 'Rekap Tahunan';

/** The print-ready papers for the Sekda's meeting (features/papers): A4 pages, see output/print.ts. */
export const PAPER_SHEETS = {
  paperAwards: t('PAPERS_SHEET_AWARDS'),
  paperLetters: t('PAPERS_SHEET_LETTERS'),
  paperSlips: t('PAPERS_SHEET_SLIPS'),
} as const;

/** The Sekda's recap across OPDs (features/recap): the archive of packages and the sheets made from it. */
export const RECAP_SHEETS = {
  recapArchive: t('RECAP_SHEET_ARCHIVE'),
  recapOpd: t('RECAP_SHEET_OPD'),
  recapKecamatan: t('RECAP_SHEET_KECAMATAN'),
  recapDistribution: t('RECAP_SHEET_DISTRIBUTION'),
  recapDuties: t('RECAP_SHEET_DUTIES'),
  recapCandidates: t('RECAP_SHEET_CANDIDATES'),
  recapRb: t('RECAP_SHEET_RB'),
  recapDashboard: t('RECAP_SHEET_DASHBOARD'),
  recapPaper: t('RECAP_SHEET_PAPER'),
} as const;

/** What each generated sheet is: the value of its mark (output/ownership.ts). */
export type OutputRole =
  | keyof typeof RESULT_SHEETS
  | keyof typeof PAPER_SHEETS
  | keyof typeof RECAP_SHEETS
  | 'problems'
  | 'tables'
  | 'history'
  | 'annual';

/** The name each output gets when no sheet of the admin's own already has it. */
export const OUTPUT_NAMES: Readonly<Record<OutputRole, string>> = {
  ...RESULT_SHEETS,
  ...PAPER_SHEETS,
  ...RECAP_SHEETS,
  problems: PROBLEMS_SHEET,
  tables: TABLES_SHEET,
  history: HISTORY_SHEET,
  annual: ANNUAL_SHEET,
};

export const OUTPUT_ROLES = Object.keys(OUTPUT_NAMES) as OutputRole[];

/**
 * Outputs no header row identifies (output/layout.ts writtenByAddOn knows them by their mark only): the
 * meeting papers, the Sekda's recap sheets and the action-plan recap. A copy without the mark ("Salinan
 * dari Rekap OPD") is known by the name Sheets gives a copy (workbook/copied-output.ts copyNamedOutput).
 */
export const MARK_ONLY_OUTPUTS: ReadonlySet<OutputRole> = new Set<OutputRole>([
  ...(Object.keys(PAPER_SHEETS) as OutputRole[]),
  ...(Object.keys(RECAP_SHEETS) as OutputRole[]),
  'rbActions',
]);
