import { type EmployeeResult, t } from '../../../shared';

/** Every reason, most decisive first: the recommendation's, then the flags' (each message ends with its own full stop). */
export function reasonsText(e: EmployeeResult): string {
  return [...e.recommendation.reasons, ...e.flagReasons].map((r) => t(r.code, r.params)).join(' ');
}
