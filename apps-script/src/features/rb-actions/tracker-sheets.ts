import type { ActionContext } from '../../action';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of the check: today in the spreadsheet's time zone, or the day a script or trigger passes
 * ("2025-09-30", to redo a past meeting's recap; the test sandbox fixes "today" this way). Anything
 * else passed (a trigger's event object) means today; a text that is not a day is refused by the caller.
 */
export function checkDay(
  book: ActionContext['book'],
  asked: unknown,
  now: () => Date = () => new Date(),
): { ok: true; day: string } | { ok: false; value: string } {
  if (typeof asked === 'string')
    return ISO_DAY.test(asked.trim()) ? { ok: true, day: asked.trim() } : { ok: false, value: asked };
  return { ok: true, day: book.isoDate(now()) };
}
