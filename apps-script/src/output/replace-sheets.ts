import { type MessageCode, type MessageParams, t } from '../../../shared';
import type { SheetPort, SpreadsheetPort } from '../port/types';
import { OUTPUT_MARK, type Ownership, ownershipOf, stagingMark } from './ownership';
import { type OutputSheet, rectangular } from './sheet';
import { OUTPUT_NAMES, type OutputRole } from './sheet-names';

export type WriteOutcome =
  | {
      ok: true;
      /** Where each output is now: its own name, or another when the admin has a sheet with that name. */
      names: Record<OutputRole, string>;
      /** What the admin should know: an output written under another name, a previous sheet left over. */
      notes: string[];
    }
  | { ok: false; lines: string[] };

/** Where one output goes: the name it gets and the sheet of ours it replaces there, if any. */
interface Slot {
  out: OutputSheet;
  name: string;
  previous: SheetPort | null;
}

interface Staged {
  slot: Slot;
  sheet: SheetPort;
  stagingName: string;
}

const say = (code: MessageCode, params?: MessageParams) => t(code, params, 'id');

/** The message of anything thrown (Apps Script's errors, or another realm's in tests, may not be Errors). */
const detailOf = (e: unknown): string => {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? message : String(e);
};

const quotedList = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * A sheet name as Sheets compares names: regardless of letter case ("hasil pegawai" and "Hasil Pegawai"
 * cannot both exist), so a name the admin wrote in another case is taken too.
 */
const nameKey = (name: string): string => name.toLowerCase();

/** The sheet that holds `name` as Sheets sees it (in any letter case), or null: a name it would refuse. */
export function sheetHolding(book: SpreadsheetPort, name: string): SheetPort | null {
  return book.listSheets().find((s) => nameKey(s.name) === nameKey(name)) ?? null;
}

/** `base`, else `base 2`, `base 3`...: the first name no sheet has (Sheets refuses a name twice). */
function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(nameKey(name)); n++) name = `${base} ${n}`;
  taken.add(nameKey(name));
  return name;
}

/** How many other names an output may take when the admin's sheets hold its own. */
const ALTERNATES = 5;

/**
 * The slot of one output: the first of its name, "<name> (Nilai Kerja)", "<name> (Nilai Kerja) 2"...
 * that is either free or holds the same output written earlier (marked, or adopted: ownership.ts).
 * A name held by any other sheet is passed over, so the admin's sheet is never touched.
 */
function slotFor(
  out: OutputSheet,
  sheets: readonly { sheet: SheetPort; own: Ownership | null }[],
): Slot | null {
  const alternate = say('ADDON_SHEET_ALTERNATE', { sheet: out.name });
  const names = [out.name, alternate];
  for (let n = 2; n <= ALTERNATES; n++) names.push(`${alternate} ${n}`);
  for (const name of names) {
    const found = sheets.find((s) => nameKey(s.sheet.name) === nameKey(name));
    if (!found) return { out, name, previous: null };
    if (found.own && found.own.role === out.role && !found.own.staging)
      return { out, name, previous: found.sheet };
  }
  return null;
}

/** Renames a sheet back; false when that failed too. */
function renamed(sheet: SheetPort, name: string): boolean {
  try {
    sheet.rename(name);
    return true;
  } catch {
    return false;
  }
}

/** Deletes sheets the run created; what cannot be deleted is named to the admin. */
function discard(book: SpreadsheetPort, staged: readonly Staged[]): string[] {
  const left: string[] = [];
  let detail = '';
  for (const { sheet } of staged) {
    try {
      book.deleteSheet(sheet);
    } catch (e) {
      left.push(sheet.name);
      detail = detailOf(e);
    }
  }
  return left.length > 0 ? [say('ADDON_WRITE_LEFTOVER', { sheets: quotedList(left), detail })] : [];
}

/** What the admin is told about the previous results after a failure that was undone. */
function keptLine(slots: readonly Slot[]): string {
  const previous = slots.flatMap((s) => (s.previous ? [s.previous.name] : []));
  return previous.length > 0
    ? say('ADDON_WRITE_KEPT', { sheets: quotedList(previous) })
    : say('ADDON_WRITE_KEPT_NONE');
}

/**
 * Regenerates the given outputs as one change: all of them or none. Call only after every output has
 * been computed.
 *
 * 1. Survey: which sheets the add-on owns (ownership.ts); sheets left "being written" by a run that
 *    Apps Script stopped are deleted. Each output gets its slot: its name, or another name when a sheet
 *    of the admin's own holds it (that sheet is never cleared, renamed or deleted; a note says so).
 * 2. Stage: each output is written in full to a NEW sheet with a temporary name, marked as staging:
 *    formats, values, then charts. Any failure deletes the new sheets; the previous ones were not touched.
 * 3. Swap: each previous sheet is renamed away, each new one takes its name and its mark. A failure here
 *    renames everything back and deletes the new sheets.
 * 4. The previous sheets, now replaced, are deleted.
 *
 * Service calls do not depend on rows: a fixed number per output sheet and per sheet in the spreadsheet.
 */
export function replaceSheets(
  book: SpreadsheetPort,
  outputs: readonly OutputSheet[],
  progress: (sheet: string) => void = () => {},
): WriteOutcome {
  // 1. Survey, and give each output its slot.
  const surveyed = book.listSheets().map((sheet) => ({ sheet, own: ownershipOf(sheet) }));
  const sheets = surveyed.filter(({ sheet, own }) => {
    if (!own?.staging) return true;
    try {
      book.deleteSheet(sheet);
      return false;
    } catch {
      return true; // Still there: its name stays taken; the next run tries again.
    }
  });
  const taken = new Set(sheets.map((s) => nameKey(s.sheet.name)));

  const slots: Slot[] = [];
  for (const out of outputs) {
    const slot = slotFor(out, sheets);
    if (!slot) return { ok: false, lines: [say('ADDON_OUTPUT_NO_NAME', { sheet: out.name })] };
    taken.add(nameKey(slot.name));
    slots.push(slot);
  }

  // 2. Stage.
  const staged: Staged[] = [];
  let current = '';
  try {
    for (const slot of slots) {
      current = slot.name;
      progress(slot.name);
      const stagingName = freeName(say('ADDON_SHEET_STAGING', { sheet: slot.name }), taken);
      // In front of the sheet it replaces, so the result keeps its tab's place.
      const sheet = book.createSheet(stagingName, slot.previous ? slot.previous.position() : undefined);
      staged.push({ slot, sheet, stagingName });
      sheet.setMetadata(OUTPUT_MARK, stagingMark(slot.out.role));
      if (slot.out.formats.length > 0) sheet.format(slot.out.formats);
      sheet.writeTable(1, 1, rectangular(slot.out.rows));
      if (slot.out.after && slot.out.after.length > 0) sheet.format(slot.out.after);
    }
  } catch (e) {
    return {
      ok: false,
      lines: [
        say('ADDON_WRITE_FAILED', { sheet: current, detail: detailOf(e) }),
        ...discard(book, staged),
        keptLine(slots),
      ],
    };
  }

  // 3. Swap, keeping how to undo each step.
  const undo: { sheet: SheetPort; name: string }[] = [];
  const backups = new Map<SheetPort, string>();
  try {
    for (const { slot } of staged) {
      if (!slot.previous) continue;
      current = slot.name;
      const backup = freeName(say('ADDON_SHEET_PREVIOUS', { sheet: slot.name }), taken);
      slot.previous.rename(backup);
      undo.push({ sheet: slot.previous, name: slot.name });
      backups.set(slot.previous, backup);
    }
    for (const { slot, sheet, stagingName } of staged) {
      current = slot.name;
      sheet.rename(slot.name);
      undo.push({ sheet, name: stagingName });
      sheet.setMetadata(OUTPUT_MARK, slot.out.role);
    }
  } catch (e) {
    // New sheets give their names back first, so each previous sheet can take its own again; a previous
    // sheet that could not is tried once more after the new sheets are gone.
    const stuck = undo.reverse().filter((step) => !renamed(step.sheet, step.name));
    const leftover = discard(book, staged);
    const lines = [say('ADDON_SWAP_FAILED', { sheet: current, detail: detailOf(e) })];
    for (const step of stuck) {
      const backup = backups.get(step.sheet);
      if (!backup) continue;
      try {
        step.sheet.rename(step.name);
      } catch (again) {
        lines.push(say('ADDON_ROLLBACK_FAILED', { sheet: step.name, backup, detail: detailOf(again) }));
      }
    }
    return { ok: false, lines: [...lines, ...leftover, keptLine(slots)] };
  }

  // 4. The replaced sheets go; a failure now leaves one behind under its "(lama)" name, and says so.
  const notes: string[] = [];
  for (const slot of slots) {
    if (slot.name !== slot.out.name)
      notes.push(say('ADDON_OUTPUT_ELSEWHERE', { sheet: slot.out.name, output: slot.name }));
    if (!slot.previous) continue;
    try {
      book.deleteSheet(slot.previous);
    } catch (e) {
      notes.push(say('ADDON_PREVIOUS_LEFT', { sheet: slot.previous.name, detail: detailOf(e) }));
    }
  }
  const names = { ...OUTPUT_NAMES };
  for (const slot of slots) names[slot.out.role] = slot.name;
  return { ok: true, names, notes };
}
