import type { MessageCode } from '../../shared';
import type { Role } from './workbook/roles';

/** What each input role is called in the add-on's messages (mapping sidebar, "Masalah Data"). */
export const ROLE_LABEL: Record<Role, MessageCode> = {
  employees: 'SHEETS_ROLE_EMPLOYEES',
  indicators: 'SHEETS_ROLE_INDICATORS',
  results: 'SHEETS_ROLE_RESULTS',
  behaviour: 'SHEETS_ROLE_BEHAVIOUR',
  attendance: 'SHEETS_ROLE_ATTENDANCE',
  activities: 'SHEETS_ROLE_ACTIVITIES',
  units: 'SHEETS_ROLE_UNITS',
  sakip: 'SHEETS_ROLE_SAKIP',
  pk: 'SHEETS_ROLE_PK',
  pembinaan: 'SHEETS_ROLE_PEMBINAAN',
};
