import type { Result } from '../../shared/core/issue';
import { formatIssue } from '../../shared/messages/format';

/** The value of an ok Result; a failure fails the test with the message a user would read. */
export const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.issue.code}: ${formatIssue(r.issue, 'en')}`);
  return r.value;
};

/** The message of a failed Result as a user reads it (Indonesian unless asked); ok fails the test. */
export const issueText = <T>(r: Result<T>, lang: 'id' | 'en' = 'id'): string => {
  if (r.ok) throw new Error(`expected an issue, got ${JSON.stringify(r.value)}`);
  return formatIssue(r.issue, lang);
};
