import { t } from '../../../shared';

/**
 * The result sheets the add-on generates and regenerates on every run. Their names are part of what
 * the admin sees, so they come from the catalog (Indonesian). workbook/roles.ts lists them as output
 * sheets, so they are never read as input nor offered in the mapping sidebar.
 */
export const RESULT_SHEETS = {
  employees: t('ADDON_SHEET_EMPLOYEES'),
  units: t('ADDON_SHEET_UNITS'),
  dashboard: t('ADDON_SHEET_DASHBOARD'),
  reward: t('ADDON_SHEET_REWARD'),
  sakip: t('ADDON_SHEET_SAKIP'),
} as const;

export const RESULT_SHEET_NAMES: readonly string[] = Object.values(RESULT_SHEETS);
