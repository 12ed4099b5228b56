import { commonMessages } from './common';
import { parseMessages } from './parse';
import { columnsMessages } from './columns';
import { scoreMessages } from './score';
import { organisationMessages } from './organisation';
import { disciplineMessages } from './discipline';
import { recommendMessages } from './recommend';
import { policyMessages } from './policy';
import { sheetsMessages } from './sheets';
import { extensionMessages } from './extension';
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
  ...extensionMessages,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof catalog;
export type MessageParams = Record<string, string | number>;
export type Lang = 'id' | 'en';

export const isMessageCode = (code: string): code is MessageCode =>
  Object.prototype.hasOwnProperty.call(catalog, code);
