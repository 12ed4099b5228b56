import {
  formatIssue,
  type Issue,
  monitorActions,
  parseRbActionSnapshot,
  type RbActionSnapshot,
  rbActionSnapshot,
  readRbActionPlan,
  t,
} from '../../../../shared';
import { type ActionContext, type ActionOutcome, done, errorText, failed, say } from '../../action';
import { replaceSheets } from '../../output/replace-sheets';
import { loadPolicy } from '../../settings/policy-store';
import { RB_ACTIONS_SNAPSHOT_PROPERTY } from '../../settings/stored-properties';
import { trackerSheets } from '../../workbook/sheet-grids';
import { previousRecap, type RecapNotes, recapNotes } from './recap-notes';
import { dayText, recapSheet } from './recap-sheet';
import { checkDay } from './tracker-sheets';

/**
 * "Pantau rencana aksi": reads the Rencana Aksi RB tracker as the office keeps it (never writing it),
 * lets the core decide (shared/org/rb-actions.ts) as of the spreadsheet's today, writes the recap sheet
 * as one staged change, and keeps this check's snapshot in the document properties for the next one.
 */

/** Document property holding the last check's snapshot (versioned JSON, RbActionSnapshotSchema). */
const RB_ACTIONS_SNAPSHOT_KEY = RB_ACTIONS_SNAPSHOT_PROPERTY;
/** Apps Script keeps at most 9 kB per property value. */
const SNAPSHOT_MAX = 9000;

function previousSnapshot(book: ActionContext['book'], notes: Issue[]): RbActionSnapshot | undefined {
  const stored = book.getProperty(RB_ACTIONS_SNAPSHOT_KEY);
  if (stored === null) return undefined;
  const read = parseRbActionSnapshot(stored);
  if (read.ok) return read.value;
  notes.push({ ...read.issue, severity: 'warning' });
  return undefined;
}

/** Keeps the snapshot; a failure is said, never thrown: the recap is already written. */
function keepSnapshot(book: ActionContext['book'], snapshot: RbActionSnapshot): string[] {
  const text = JSON.stringify(snapshot);
  if (text.length > SNAPSHOT_MAX)
    return [
      say('ADDON_RBA_SNAPSHOT_NOT_SAVED', {
        detail: say('ADDON_RBA_SNAPSHOT_TOO_LARGE', { size: text.length }),
      }),
    ];
  try {
    book.setProperty(RB_ACTIONS_SNAPSHOT_KEY, text);
    return [];
  } catch (e) {
    return [say('ADDON_RBA_SNAPSHOT_NOT_SAVED', { detail: errorText(e) })];
  }
}

/**
 * The admin's notes on the recap this check replaces, read before anything is written; a recap whose
 * notes cannot be read is not replaced (its notes would be lost).
 */
function keptNotes(
  book: ActionContext['book'],
): { ok: true; notes: RecapNotes } | { ok: false; line: string } {
  const previous = previousRecap(book);
  try {
    return { ok: true, notes: recapNotes(previous ? previous.read() : null) };
  } catch (e) {
    return {
      ok: false,
      line: say('RB_ACT_RECAP_NOTES_UNREADABLE', { sheet: previous?.name ?? '-', detail: errorText(e) }),
    };
  }
}

/** What the admin is told of the notes carried over and of those kept without their row. */
function notesLines(notes: RecapNotes, sheet: string): string[] {
  const left = notes.leftOver().length;
  return [
    ...(notes.carried() > 0 ? [say('RB_ACT_RECAP_NOTES_CARRIED', { count: notes.carried() })] : []),
    ...(left > 0 ? [say('RB_ACT_RECAP_NOTES_ORPHANED', { count: left, sheet })] : []),
  ];
}

/** The action, for a check as of `asked` (a yyyy-mm-dd text) or today. */
export function monitorRbActions(asked?: unknown): (ctx: ActionContext) => ActionOutcome {
  return ({ book, progress }) => {
    const day = checkDay(book, asked);
    if (!day.ok) return failed(say('ADDON_RBA_DATE_INVALID', { value: day.value }));
    const { policy, issue } = loadPolicy(book);
    // Owners are checked against the recap's list of OPDs ("Daftar OPD", features/recap/opd-list.ts).
    const read = readRbActionPlan(trackerSheets(book), policy.rbActions, {
      sheet: t('RECAP_LIST_SHEET'),
      header: t('RECAP_LIST_COL_NAME'),
    });
    if (!read.ok) return failed(formatIssue(read.issue));
    const notes: Issue[] = [...(issue ? [issue] : []), ...(read.warnings ?? [])];
    const previous = previousSnapshot(book, notes);
    const monitored = monitorActions(read.value.actions, day.day, previous, policy.rbActions);
    if (!monitored.ok) return failed(formatIssue(monitored.issue));
    const m = monitored.value;
    notes.push(...(monitored.warnings ?? []));
    const kept = keptNotes(book);
    if (!kept.ok) return failed(kept.line);
    try {
      const written = replaceSheets(
        book,
        [recapSheet(m, read.value.sheet, policy.rbActions, notes, kept.notes)],
        (name) => progress(say('ADDON_WRITING', { sheet: name })),
      );
      if (!written.ok) return failed(...written.lines);
      const lines = [
        say('ADDON_RBA_DONE', {
          sheet: written.names.rbActions,
          source: read.value.sheet,
          date: dayText(m.asOf),
          total: m.total,
          overdue: m.overdue.length,
          noEvidence: m.doneWithoutEvidence.length,
          areas: m.areasWithoutOwner.length,
        }),
      ];
      if (m.changes)
        lines.push(
          say('ADDON_RBA_CHANGES_LINE', {
            since: dayText(m.changes.since),
            status: m.changes.status.length,
            progress: m.changes.progress.length,
            added: m.changes.added.length,
            removed: m.changes.removed.length,
          }),
        );
      return done(
        ...lines,
        ...notesLines(kept.notes, written.names.rbActions),
        ...written.notes,
        ...keepSnapshot(book, rbActionSnapshot(read.value.actions, m.asOf)),
      );
    } catch (e) {
      return failed(say('ADDON_FAILED', { detail: errorText(e) }));
    }
  };
}
