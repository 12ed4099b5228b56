import { addonMessages } from './addon';
import { columnsMessages } from './columns';
import { commonMessages } from './common';
import { demoMessages } from './demo';
import { disciplineMessages } from './discipline';
import { extensionMessages } from './extension';
import { organisationMessages } from './organisation';
import { overlayMessages } from './overlay';
import { parseMessages } from './parse';
import { policyMessages } from './policy';
import { recommendMessages } from './recommend';
import { scoreMessages } from './score';
import { sheetsMessages } from './sheets';
import type { Message } from './types';

/**
 * The one message catalog of Nilai Kerja (Indonesian first, English second).
 * Each part of the code owns a section file; this module joins them and is the only lookup.
 */
export const catalog = {
  ...commonMessages,
  ...parseMessages,
  ...columnsMessages,
  ...scoreMessages,
  ...organisationMessages,
  ...disciplineMessages,
  ...recommendMessages,
  ...policyMessages,
  ...sheetsMessages,
  ...addonMessages,
  ...extensionMessages,
  ...overlayMessages,
  ...demoMessages,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof catalog;
export type MessageParams = Record<string, string | number>;
export type Lang = 'id' | 'en';

export const isMessageCode = (code: string): code is MessageCode =>
  Object.prototype.hasOwnProperty.call(catalog, code);
