import type { RbActionSheet } from '../../../../shared';
import type { ActionContext } from '../../action';
import { isOwnedOutput } from '../../output/ownership';
import type { SheetPort } from '../../port/types';
import { cellText, fillMerges } from '../../workbook/cells';

/**
 * The workbook's sheets as the tracker reader expects them: each sheet read once through the port
 * (never written), each cell as the text a person reads (a date cell as ISO yyyy-mm-dd in the
 * spreadsheet's time zone, a percent cell as "75%"), merged cells filled with their value. The add-on's
 * own output sheets are never read as input.
 */
function trackerSheet(sheet: SheetPort, isoDate: (d: Date) => string): RbActionSheet {
  const snapshot = sheet.read();
  const grid = snapshot.values.map((row, r) =>
    row.map((raw, c) => cellText(raw, snapshot.display[r]?.[c] ?? '', isoDate)),
  );
  return { name: sheet.name, grid: fillMerges(grid, snapshot.merges) };
}

export function trackerSheets(book: ActionContext['book']): RbActionSheet[] {
  const isoDate = (d: Date) => book.isoDate(d);
  return book
    .listSheets()
    .filter((s) => !isOwnedOutput(s))
    .map((s) => trackerSheet(s, isoDate));
}

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
