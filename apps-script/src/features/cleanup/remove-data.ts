import type { MessageCode } from '../../../../shared';
import { type Action, type ActionOutcome, done, errorText, failed, say } from '../../action';
import type { GasUi } from '../../gas/types';
import { OUTPUT_MARK, ownershipOf } from '../../output/ownership';
import type { OutputRole } from '../../output/sheet-names';
import type { SheetPort, SpreadsheetPort } from '../../port/types';
import { manifestKey } from '../../settings/chunked-property';
import { POLICY_PROPERTY } from '../../settings/policy-store';
import {
  ADDON_PROPERTY_PREFIX,
  OPD_NAME_PROPERTY,
  RB_ACTIONS_SNAPSHOT_PROPERTY,
} from '../../settings/stored-properties';
import { MAPPING_PROPERTY } from '../../workbook/saved-mapping';

/**
 * "Hapus data Nilai Kerja": removes what the add-on keeps in the spreadsheet, after showing it and asking.
 *
 * - Document properties: only keys starting with ADDON_PROPERTY_PREFIX (a bound script of the office's own
 *   may keep keys of its own in the same store; they stay), shown in plain words by group.
 * - Triggers: the add-on makes none (its manifest does not even ask for the scope to), so none is removed;
 *   the question says so, and that triggers made by hand in the script editor are not touched.
 * - Sheets, only when the admin says so in a second question: the sheets carrying the add-on's mark
 *   (OUTPUT_MARK), nothing else. An unmarked sheet named like an output (a sheet of the admin's own, or
 *   one an old version wrote before marks) stays: here a name is never proof.
 *
 * The questions are asked under the document lock that runAction holds, so what is removed is what was
 * shown: no other run can save a policy or write a sheet between the question and the removal. A NO, a
 * CANCEL or closing a question changes nothing. A removal that fails midway says what was removed and
 * what was not, never "done".
 */

type GroupId = 'policy' | 'mapping' | 'opdName' | 'rbSnapshot' | 'other';

interface PropertyGroup {
  id: GroupId;
  /** The keys in the order they are removed. */
  keys: string[];
}

const GROUP_ORDER: readonly GroupId[] = ['policy', 'mapping', 'opdName', 'rbSnapshot', 'other'];

const isPolicyKey = (key: string): boolean =>
  key === POLICY_PROPERTY || key.startsWith(`${POLICY_PROPERTY}.`);

function groupOf(key: string): GroupId {
  if (isPolicyKey(key)) return 'policy';
  if (key === MAPPING_PROPERTY) return 'mapping';
  if (key === OPD_NAME_PROPERTY) return 'opdName';
  if (key === RB_ACTIONS_SNAPSHOT_PROPERTY) return 'rbSnapshot';
  return 'other';
}

/**
 * The policy's manifest goes first, then its legacy head: once they are gone the national defaults apply
 * and the parts left are unread. Removing a part first and failing after would leave a policy in force
 * with a part missing, which Hitung nilai refuses to run on.
 */
const removalRank = (key: string): number =>
  key === manifestKey(POLICY_PROPERTY) ? 0 : key === POLICY_PROPERTY ? 1 : 2;

/** The add-on's keys in the store, by group (empty groups left out), in removal order. */
function storedGroups(book: SpreadsheetPort): PropertyGroup[] {
  const keys = book.propertyKeys().filter((k) => k.startsWith(ADDON_PROPERTY_PREFIX));
  const groups: PropertyGroup[] = [];
  for (const id of GROUP_ORDER) {
    const own = keys
      .filter((k) => groupOf(k) === id)
      .sort((a, b) => removalRank(a) - removalRank(b) || a.localeCompare(b));
    if (own.length > 0) groups.push({ id, keys: own });
  }
  return groups;
}

/** The sheets the add-on marked as its own; never a sheet by its name. */
const markedSheets = (book: SpreadsheetPort): SheetPort[] =>
  book.listSheets().filter((sheet) => sheet.metadata(OUTPUT_MARK) !== null);

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

function describe(group: PropertyGroup): string {
  switch (group.id) {
    case 'policy':
      return say('REMOVE_DATA_GROUP_POLICY', { count: group.keys.length });
    case 'mapping':
      return say('REMOVE_DATA_GROUP_MAPPING');
    case 'opdName':
      return say('REMOVE_DATA_GROUP_OPD_NAME');
    case 'rbSnapshot':
      return say('REMOVE_DATA_GROUP_RB_SNAPSHOT');
    case 'other':
      return say('REMOVE_DATA_GROUP_OTHER', { keys: group.keys.join(', ') });
  }
}

const SHORT_NAME: Record<Exclude<GroupId, 'other'>, MessageCode> = {
  policy: 'REMOVE_DATA_NAME_POLICY',
  mapping: 'REMOVE_DATA_NAME_MAPPING',
  opdName: 'REMOVE_DATA_NAME_OPD_NAME',
  rbSnapshot: 'REMOVE_DATA_NAME_RB_SNAPSHOT',
};

const nameOf = (group: PropertyGroup): string =>
  group.id === 'other'
    ? say('REMOVE_DATA_NAME_OTHER', { keys: group.keys.join(', ') })
    : say(SHORT_NAME[group.id]);

/** The first question: everything that would be removed, the sheets announced for the second one. */
function overview(groups: readonly PropertyGroup[], sheets: readonly SheetPort[]): string {
  const lines: string[] = [];
  if (groups.length > 0) {
    lines.push(say('REMOVE_DATA_PROPERTIES_HEAD'));
    for (const group of groups) lines.push(`- ${describe(group)}`);
  } else lines.push(say('REMOVE_DATA_PROPERTIES_NONE'));
  lines.push('', say('REMOVE_DATA_TRIGGERS'));
  if (sheets.length > 0)
    lines.push(
      '',
      say('REMOVE_DATA_SHEETS_LATER', { count: sheets.length, sheets: quoted(sheets.map((s) => s.name)) }),
    );
  lines.push(say('REMOVE_DATA_INPUTS_SAFE'), '', say('REMOVE_DATA_CONFIRM'));
  return lines.join('\n');
}

/**
 * Outputs holding past periods that no run can write again (Riwayat, the Sekda's archive of OPD packages):
 * said before they are removed. Known by their mark, as the sheets themselves are: renamed, or written
 * beside an admin's own "Riwayat" as "Riwayat (Nilai Kerja)", they keep it.
 */
const KEEPS_THE_PAST: readonly (OutputRole | null)[] = ['history', 'recapArchive'];

function sheetsQuestion(sheets: readonly SheetPort[]): string {
  const names = sheets.map((s) => s.name);
  const lines = [say('REMOVE_DATA_SHEETS_QUESTION', { count: sheets.length, sheets: quoted(names) })];
  const past = sheets.filter((s) => KEEPS_THE_PAST.includes(ownershipOf(s)?.role ?? null)).map((s) => s.name);
  if (past.length > 0) lines.push('', say('REMOVE_DATA_SHEETS_HISTORY', { sheets: quoted(past) }));
  lines.push('', say('REMOVE_DATA_SHEETS_BUTTONS'));
  return lines.join('\n');
}

type Answer = 'yes' | 'no' | 'cancel';

/** One question with buttons; anything but YES or NO (CANCEL, closing the dialog) is a cancel. */
function ask(ui: GasUi, title: string, prompt: string, withCancel: boolean): Answer {
  const buttons = withCancel ? ui.ButtonSet?.YES_NO_CANCEL : ui.ButtonSet?.YES_NO;
  const yes = ui.Button?.YES;
  const no = ui.Button?.NO;
  // Without the button enums the answer could not be told apart: nothing is removed.
  if (buttons === undefined || yes === undefined || no === undefined) return 'cancel';
  const answer = ui.alert(title, prompt, buttons);
  return answer === yes ? 'yes' : answer === no ? 'no' : 'cancel';
}

/**
 * Removes each group's keys, a group stopping at its first failure (the policy's manifest first: see
 * removalRank), then reads the store again: a key still there is not claimed as removed.
 */
function removeProperties(
  book: SpreadsheetPort,
  groups: readonly PropertyGroup[],
): { removed: PropertyGroup[]; left: { group: PropertyGroup; detail: string }[] } {
  const failures = new Map<GroupId, string>();
  for (const group of groups) {
    for (const key of group.keys) {
      try {
        book.deleteProperty(key);
      } catch (e) {
        failures.set(group.id, errorText(e));
        break;
      }
    }
  }
  let remaining: ReadonlySet<string> = new Set();
  try {
    remaining = new Set(book.propertyKeys());
  } catch (e) {
    // The store cannot be read back: nothing is claimed as removed.
    for (const group of groups) if (!failures.has(group.id)) failures.set(group.id, errorText(e));
  }
  const removed: PropertyGroup[] = [];
  const left: { group: PropertyGroup; detail: string }[] = [];
  for (const group of groups) {
    const failure = failures.get(group.id);
    const stillThere = group.keys.some((k) => remaining.has(k));
    if (failure !== undefined) left.push({ group, detail: failure });
    else if (stillThere) left.push({ group, detail: say('REMOVE_DATA_STILL_THERE') });
    else removed.push(group);
  }
  return { removed, left };
}

/** Deletes the marked sheets one by one; Sheets refuses to delete a spreadsheet's last sheet. */
function removeSheets(
  book: SpreadsheetPort,
  sheets: readonly SheetPort[],
): { removed: string[]; failed: { sheet: string; detail: string }[] } {
  const removed: string[] = [];
  const failedSheets: { sheet: string; detail: string }[] = [];
  const total = book.listSheets().length;
  for (const sheet of sheets) {
    const name = sheet.name;
    if (total - removed.length <= 1) {
      failedSheets.push({ sheet: name, detail: say('REMOVE_DATA_LAST_SHEET') });
      continue;
    }
    try {
      book.deleteSheet(sheet);
      removed.push(name);
    } catch (e) {
      failedSheets.push({ sheet: name, detail: errorText(e) });
    }
  }
  return { removed, failed: failedSheets };
}

function report(
  properties: ReturnType<typeof removeProperties>,
  sheets: ReturnType<typeof removeSheets> | null,
  kept: readonly SheetPort[],
): ActionOutcome {
  const lines: string[] = [];
  const complete = properties.left.length === 0 && (sheets === null || sheets.failed.length === 0);
  if (!complete) lines.push(say('REMOVE_DATA_INCOMPLETE'));
  if (properties.removed.length > 0)
    lines.push(say('REMOVE_DATA_REMOVED_PROPERTIES', { items: properties.removed.map(nameOf).join(', ') }));
  for (const { group, detail } of properties.left)
    lines.push(say('REMOVE_DATA_NOT_REMOVED_PROPERTIES', { items: nameOf(group), detail }));
  if (sheets && sheets.removed.length > 0)
    lines.push(say('REMOVE_DATA_REMOVED_SHEETS', { sheets: quoted(sheets.removed) }));
  for (const { sheet, detail } of sheets?.failed ?? [])
    lines.push(say('REMOVE_DATA_NOT_REMOVED_SHEET', { sheet, detail }));
  if (kept.length > 0)
    lines.push(say('REMOVE_DATA_KEPT_SHEETS', { sheets: quoted(kept.map((s) => s.name)) }));
  if (complete) lines.push(say('REMOVE_DATA_DONE'));
  return complete ? done(...lines) : failed(...lines);
}

export const removeStoredData: Action = ({ book, ui }) => {
  const groups = storedGroups(book);
  const sheets = markedSheets(book);
  if (groups.length === 0 && sheets.length === 0) return done(say('REMOVE_DATA_NOTHING'));
  if (!ui) return failed(say('REMOVE_DATA_NEEDS_UI'));
  const title = say('SHEETS_MENU_REMOVE_DATA');
  if (ask(ui, title, overview(groups, sheets), false) !== 'yes') return done(say('REMOVE_DATA_CANCELLED'));
  let removeSheetsToo = false;
  if (sheets.length > 0) {
    const answer = ask(ui, title, sheetsQuestion(sheets), true);
    if (answer === 'cancel') return done(say('REMOVE_DATA_CANCELLED'));
    removeSheetsToo = answer === 'yes';
  }
  const properties = removeProperties(book, groups);
  const sheetOutcome = removeSheetsToo ? removeSheets(book, sheets) : null;
  return report(properties, sheetOutcome, removeSheetsToo ? [] : sheets);
};
