import { type MessageCode, t } from '../../../../shared';
import { ownershipOf } from '../../output/ownership';
import { RESULT_SHEETS } from '../../output/sheet-names';
import {
  type CellValue,
  columnLetter,
  type SheetCell,
  type SheetPort,
  type SheetSnapshot,
  type SpreadsheetPort,
} from '../../port/types';

/**
 * The admin's notes on "Pantau Rencana Aksi". The sheet is rebuilt on every check, yet the working group
 * writes its follow-up next to the actions it discusses ("sudah ditegur 5/10"). So every action list
 * has a Notes column (column I), and before a check rebuilds the sheet, what the previous sheet holds
 * in that column and to its right is read back: a note on an action's row goes to the same action's
 * row in the same list (matched by the recommendation and action it shows, the identity an admin sees),
 * and everything else (a note whose action left that list, text typed beside another row or further
 * right) is kept, with where it was, in a part of its own at the end, until the admin clears it.
 */

/** The recap's lists whose rows are actions, each with a Notes column. */
export type NoteList = 'overdue' | 'noEvidence' | 'noOwner' | 'noDeadline';

/** Each list's title in the recap (its {count} aside), to know which list a previous row was in. */
export const NOTE_LIST_TITLE: Readonly<Record<NoteList, MessageCode>> = {
  overdue: 'ADDON_RBA_OVERDUE',
  noEvidence: 'ADDON_RBA_NO_EVIDENCE',
  noOwner: 'ADDON_RBA_NO_OWNER',
  noDeadline: 'ADDON_RBA_NO_DEADLINE',
};

/** 0-based column of the notes: the one after the recap's eight (column I). */
export const NOTE_COLUMN = 8;

/** A note kept without its row: where it was and what the row showed. */
export interface OrphanNote {
  recommendation: string;
  action: string;
  was: string;
  note: CellValue;
}

export interface RecapNotes {
  /** The note of this action in this list on the previous sheet ('' when none); each is handed once. */
  take(list: NoteList, recommendation: string, action: string): SheetCell;
  /** Every note no row took, in the previous sheet's order. Call after the last take. */
  leftOver(): OrphanNote[];
  /** How many notes went back to their row. */
  carried(): number;
}

interface Entry {
  slot: string | null;
  orphan: OrphanNote;
  taken: boolean;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const slotOf = (list: NoteList, recommendation: string, action: string) =>
  `${list}\u0001${words(recommendation)}\u0001${words(action)}`;

const blank = (v: CellValue | undefined): boolean =>
  v === undefined || (typeof v === 'string' && v.trim() === '');

/** The list a title row names: one of NOTE_LIST_TITLE, 'orphans', or null when the admin changed it. */
function listOfTitle(title: string): NoteList | 'orphans' | null {
  const lists: [NoteList | 'orphans', MessageCode][] = [
    ...(Object.entries(NOTE_LIST_TITLE) as [NoteList, MessageCode][]),
    ['orphans', 'RB_ACT_RECAP_ORPHANS'],
  ];
  for (const [list, code] of lists) {
    const [before = '', after = ''] = t(code, { count: '\u0000' }).split('\u0000');
    const middle = title.slice(before.length, title.length - after.length);
    if (title.startsWith(before) && title.endsWith(after) && /^[\d.]+$/.test(middle)) return list;
  }
  return null;
}

/** The notes a previous recap holds (read once); none when there is no previous recap. */
export function recapNotes(previous: Pick<SheetSnapshot, 'values' | 'display'> | null): RecapNotes {
  const entries: Entry[] = [];
  if (previous) {
    const { values, display } = previous;
    const shown = (r: number, c: number) => (display[r]?.[c] ?? '').trim();
    // Rows of each list: under a header whose first cell is "No" and whose column I is "Catatan".
    const headers = new Set<number>();
    const rowList = new Map<number, { list: NoteList | 'orphans' | null; title: string }>();
    for (let r = 0; r < values.length; r++) {
      if (shown(r, 0) !== t('ADDON_RBA_COL_NO') || shown(r, NOTE_COLUMN) !== t('RB_ACT_RECAP_COL_NOTE'))
        continue;
      headers.add(r);
      const title = shown(r - 1, 0);
      const list = listOfTitle(title);
      for (let k = r + 1; /^\d+$/.test(shown(k, 0)); k++) rowList.set(k, { list, title });
    }
    values.forEach((row, r) => {
      for (let c = NOTE_COLUMN; c < row.length; c++) {
        const note = row[c];
        if (note === undefined || blank(note) || (c === NOTE_COLUMN && headers.has(r))) continue;
        const inList = rowList.get(r);
        const recommendation = inList ? shown(r, 1) : '';
        const action = inList ? shown(r, 2) : '';
        const cell = t('RB_ACT_RECAP_WAS_CELL', { cell: `${columnLetter(c + 1)}${r + 1}` });
        if (!inList || c !== NOTE_COLUMN) {
          entries.push({ slot: null, orphan: { recommendation, action, was: cell, note }, taken: false });
          continue;
        }
        const { list, title } = inList;
        // A note kept earlier stays kept, with where it was first.
        const was = list === 'orphans' ? shown(r, 3) || cell : title;
        const slot = list === null || list === 'orphans' ? null : slotOf(list, recommendation, action);
        entries.push({ slot, orphan: { recommendation, action, was, note }, taken: false });
      }
    });
  }
  let carried = 0;
  return {
    take(list, recommendation, action) {
      const slot = slotOf(list, recommendation, action);
      const found = entries.find((e) => !e.taken && e.slot === slot);
      if (!found) return '';
      found.taken = true;
      carried++;
      return found.orphan.note;
    },
    leftOver: () => entries.filter((e) => !e.taken).map((e) => e.orphan),
    carried: () => carried,
  };
}

/** The recap a check replaces: the add-on's own "Pantau Rencana Aksi" (or the name it took), or null. */
export function previousRecap(book: SpreadsheetPort): SheetPort | null {
  const owned = book.listSheets().filter((s) => {
    const own = ownershipOf(s);
    return own !== null && own.role === 'rbActions' && !own.staging;
  });
  const name = RESULT_SHEETS.rbActions.toLowerCase();
  return owned.find((s) => s.name.toLowerCase() === name) ?? owned[0] ?? null;
}
