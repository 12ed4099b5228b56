import { addonCleanupMessages } from './addon-cleanup';
import { addonFunctionsMessages } from './addon-functions';
import { addonMappingMessages } from './addon-mapping';
import { addonMenuMessages } from './addon-menu';
import { addonPolicyMessages } from './addon-policy';
import { addonResultsMessages } from './addon-results';
import { addonTemplateMessages } from './addon-template';
import { columnsMessages } from './columns';
import { commonMessages } from './common';
import { demoMessages } from './demo';
import { disciplineMessages } from './discipline';
import { extensionOverlayMessages } from './extension-overlay';
import { extensionSetupMessages } from './extension-setup';
import { flagMessages } from './flags';
import { historyMessages } from './history';
import { historyTransferMessages } from './history-transfer';
import { organisationMessages } from './organisation';
import { papersMessages } from './papers';
import { parseMessages } from './parse';
import { pembinaanMessages } from './pembinaan';
import { periodsMessages } from './periods';
import { pkMessages } from './pk';
import { policyMessages } from './policy';
import { recapMessages } from './recap';
import { rewardMessages } from './reward';
import { scoreMessages } from './score';
import type { Message } from './types';
import { workbookMessages } from './workbook';

/**
 * The one message catalog of Nilai Kerja (Indonesian first, English second), joined from one section
 * file per domain (what the core says, whichever surface shows it) and per surface (texts only that
 * surface shows: addon-*, extension-*, and demo for `npm start`). This module is the only lookup.
 */
export const catalog = {
  // Domains.
  ...commonMessages,
  ...parseMessages,
  ...columnsMessages,
  ...workbookMessages,
  ...scoreMessages,
  ...flagMessages,
  ...rewardMessages,
  ...organisationMessages,
  ...disciplineMessages,
  ...historyMessages,
  ...historyTransferMessages,
  ...policyMessages,
  ...pembinaanMessages,
  ...periodsMessages,
  ...pkMessages,
  ...recapMessages,
  // Surfaces.
  ...addonMenuMessages,
  ...addonTemplateMessages,
  ...addonMappingMessages,
  ...addonResultsMessages,
  ...addonPolicyMessages,
  ...addonFunctionsMessages,
  ...addonCleanupMessages,
  ...papersMessages,
  ...extensionSetupMessages,
  ...extensionOverlayMessages,
  ...demoMessages,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof catalog;
export type MessageParams = Record<string, string | number>;
export type Lang = 'id' | 'en';

export const isMessageCode = (code: string): code is MessageCode =>
  Object.prototype.hasOwnProperty.call(catalog, code);
