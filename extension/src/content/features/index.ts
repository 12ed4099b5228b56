import { activityLog } from './activity-log';
import { employeeList } from './employee-list';
import { indicatorCapaian } from './indicator-capaian';
import { personCards } from './person-cards';
import type { Feature } from './registry';
import { summaryPanel } from './summary-panel';

/** Every feature, in the order they read; the summary panel comes last so it sees all the others. */
export const FEATURES: readonly Feature[] = [
  indicatorCapaian,
  employeeList,
  activityLog,
  personCards,
  summaryPanel,
];
