import {
  formatIssue,
  type Issue,
  type MessageCode,
  type RbAction,
  type RbActionMonitor,
  type RbActionsPolicy,
  type RbProgressGroup,
  t,
} from '../../../../shared';
import { say } from '../../action';
import { HEADER_BACKGROUND, type OutputSheet, rectangular } from '../../output/sheet';
import { RESULT_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef, type SheetCell } from '../../port/types';
import { NOTE_COLUMN, NOTE_LIST_TITLE, type NoteList, type RecapNotes } from './recap-notes';

/**
 * "Pantau Rencana Aksi": a print-ready recap for the RB working group's meeting, every figure as the
 * core decided it (shared/org/rb-actions.ts): the title and as-of day, the rule, the overdue actions
 * with their owner and days late, finished actions without evidence, actions and areas without an
 * owner, progress per recommendation, area and owner OPD, what changed since the previous check, and
 * every note on reading the table (sheet, row, column). Each action list has a Notes column the admin
 * fills in, carried from the previous sheet (recap-notes.ts).
 */

const WIDTH = NOTE_COLUMN + 1;
const PROGRESS_COLUMN = 7;
const WIDTHS = [40, 260, 320, 200, 110, 110, 110, 70, 260];
const TITLE_BACKGROUND = '#cfe2f3';
const SECTION_BACKGROUND = '#fce5cd';

const percent = (n: number | null): SheetCell => (n === null ? '' : n);
const percentText = (n: number | null): string =>
  n === null ? '-' : `${String(Math.round(n * 1000) / 10).replace('.', ',')}%`;
const owners = (a: RbAction) => a.owners.join('; ');

/** "30/09/2025" for an ISO day, as Indonesian offices write dates. */
export const dayText = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
};

interface Builder {
  rows: SheetCell[][];
  colours: string[][];
  boldRows: number[];
}

function push(b: Builder, cells: SheetCell[], colour = '#ffffff'): number {
  b.rows.push(cells);
  b.colours.push(Array<string>(WIDTH).fill(colour));
  return b.rows.length;
}

/** A section's title and header; `notes` puts the Notes header in column I (recap-notes.ts reads it). */
function section(b: Builder, title: string, header: readonly MessageCode[], notes = false): void {
  push(b, []);
  b.boldRows.push(push(b, [title], SECTION_BACKGROUND));
  const cells = header.map((c) => t(c));
  if (notes) cells.push(...Array<string>(NOTE_COLUMN - cells.length).fill(''), t('RB_ACT_RECAP_COL_NOTE'));
  b.boldRows.push(push(b, cells, HEADER_BACKGROUND));
}

const none = (b: Builder) => push(b, ['', t('ADDON_RBA_NONE')]);

function actionList(b: Builder, list: NoteList, actions: readonly RbAction[], notes: RecapNotes): void {
  const title = NOTE_LIST_TITLE[list];
  section(
    b,
    say(title, { count: actions.length }),
    [
      'ADDON_RBA_COL_NO',
      'ADDON_RBA_COL_RECOMMENDATION',
      'ADDON_RBA_COL_ACTION',
      'ADDON_RBA_COL_OWNER',
      'ADDON_RBA_COL_DEADLINE',
      'ADDON_RBA_COL_STATUS',
      'ADDON_RBA_COL_PROGRESS',
      'ADDON_RBA_COL_ROW',
    ],
    true,
  );
  if (actions.length === 0) none(b);
  actions.forEach((a, i) => {
    push(b, [
      i + 1,
      a.recommendation.label,
      a.action,
      owners(a),
      a.deadline ? dayText(a.deadline) : a.deadlineText,
      a.status?.label ?? '',
      percent(a.progress),
      a.at.row ?? '',
      notes.take(list, a.recommendation.label, a.action),
    ]);
  });
}

function overdueList(b: Builder, m: RbActionMonitor, notes: RecapNotes): void {
  section(
    b,
    say(NOTE_LIST_TITLE.overdue, { count: m.overdue.length }),
    [
      'ADDON_RBA_COL_NO',
      'ADDON_RBA_COL_RECOMMENDATION',
      'ADDON_RBA_COL_ACTION',
      'ADDON_RBA_COL_OWNER',
      'ADDON_RBA_COL_DEADLINE',
      'ADDON_RBA_COL_DAYS_LATE',
      'ADDON_RBA_COL_PROGRESS',
      'ADDON_RBA_COL_ROW',
    ],
    true,
  );
  if (m.overdue.length === 0) none(b);
  m.overdue.forEach(({ action: a, daysLate }, i) => {
    push(b, [
      i + 1,
      a.recommendation.label,
      a.action,
      owners(a),
      a.deadline ? dayText(a.deadline) : '',
      daysLate,
      percent(a.progress),
      a.at.row ?? '',
      notes.take('overdue', a.recommendation.label, a.action),
    ]);
  });
}

/** Notes no row took: kept, with where they were, until the admin clears them. */
function orphanNotes(b: Builder, notes: RecapNotes): void {
  const left = notes.leftOver();
  if (left.length === 0) return;
  section(
    b,
    say('RB_ACT_RECAP_ORPHANS', { count: left.length }),
    ['ADDON_RBA_COL_NO', 'ADDON_RBA_COL_RECOMMENDATION', 'ADDON_RBA_COL_ACTION', 'RB_ACT_RECAP_COL_WAS'],
    true,
  );
  left.forEach((o, i) => {
    push(b, [i + 1, o.recommendation, o.action, o.was, '', '', '', '', o.note]);
  });
}

function groups(b: Builder, title: MessageCode, list: readonly RbProgressGroup[]): void {
  section(b, t(title), [
    'ADDON_RBA_COL_NO',
    'ADDON_RBA_COL_GROUP',
    'ADDON_RBA_COL_ACTIONS',
    'ADDON_RBA_COL_DONE',
    'ADDON_RBA_COL_OVERDUE',
    'ADDON_RBA_COL_UNKNOWN',
    'ADDON_RBA_COL_PROGRESS',
  ]);
  if (list.length === 0) none(b);
  list.forEach((g, i) => {
    push(b, [i + 1, g.label, g.actions, g.done, g.overdue, g.unknown, percent(g.progress)]);
  });
}

function areasWithoutOwner(b: Builder, m: RbActionMonitor): void {
  section(b, say('ADDON_RBA_AREAS_NO_OWNER', { count: m.areasWithoutOwner.length }), [
    'ADDON_RBA_COL_NO',
    'ADDON_RBA_COL_AREA',
    'ADDON_RBA_COL_NOTE',
  ]);
  if (m.areasWithoutOwner.length === 0) none(b);
  for (const [i, area] of m.areasWithoutOwner.entries())
    push(b, [
      i + 1,
      area.label,
      area.reason === 'noActions'
        ? t('ADDON_RBA_AREA_NO_ACTIONS')
        : say('ADDON_RBA_AREA_NO_OWNER_ROW', { count: area.actions }),
    ]);
}

function changes(b: Builder, m: RbActionMonitor): void {
  const c = m.changes;
  if (!c) {
    push(b, []);
    b.boldRows.push(push(b, [t('ADDON_RBA_FIRST_CHECK')], SECTION_BACKGROUND));
    return;
  }
  section(b, say('ADDON_RBA_CHANGES', { since: dayText(c.since) }), [
    'ADDON_RBA_COL_NO',
    'ADDON_RBA_COL_RECOMMENDATION',
    'ADDON_RBA_COL_ACTION',
    'ADDON_RBA_COL_CHANGE',
    'ADDON_RBA_COL_ROW',
  ]);
  const lines: [string, string, string, number | ''][] = [
    ...c.status.map((x): [string, string, string, number | ''] => [
      x.recommendation,
      x.action,
      say('ADDON_RBA_CHANGE_STATUS', { from: x.from ?? '-', to: x.to ?? '-' }),
      x.at?.row ?? '',
    ]),
    ...c.progress.map((x): [string, string, string, number | ''] => [
      x.recommendation,
      x.action,
      say('ADDON_RBA_CHANGE_PROGRESS', { from: percentText(x.from), to: percentText(x.to) }),
      x.at?.row ?? '',
    ]),
    ...c.added.map((x): [string, string, string, number | ''] => [
      x.recommendation,
      x.action,
      t('ADDON_RBA_CHANGE_ADDED'),
      x.at?.row ?? '',
    ]),
    ...c.removed.map((x): [string, string, string, number | ''] => [
      x.recommendation,
      x.action,
      t('ADDON_RBA_CHANGE_REMOVED'),
      '',
    ]),
  ];
  if (lines.length === 0) push(b, ['', t('ADDON_RBA_NO_CHANGES')]);
  for (const [i, line] of lines.entries()) push(b, [i + 1, ...line]);
}

/** Progress texts of the statuses that give one ("Belum Mulai 0%, Selesai 100%") for the rule line. */
const statusProgress = (policy: RbActionsPolicy) =>
  policy.statuses
    .flatMap((s) => (s.progress === null ? [] : [`${s.label} ${percentText(s.progress)}`]))
    .join(', ');

/** The recap sheet of one check, with the admin's notes of the previous one (`kept`) carried over. */
export function recapSheet(
  m: RbActionMonitor,
  source: string,
  policy: RbActionsPolicy,
  notes: readonly Issue[],
  kept: RecapNotes,
): OutputSheet {
  const b: Builder = { rows: [], colours: [], boldRows: [] };
  b.boldRows.push(push(b, [say('ADDON_RBA_TITLE', { sheet: source })], TITLE_BACKGROUND));
  push(b, [say('ADDON_RBA_AS_OF', { date: dayText(m.asOf) })], TITLE_BACKGROUND);
  push(b, [
    say('ADDON_RBA_SUMMARY', {
      total: m.total,
      done: m.done,
      overdue: m.overdue.length,
      noEvidence: m.doneWithoutEvidence.length,
      progress: percentText(m.progress),
    }),
  ]);
  push(b, [
    say('ADDON_RBA_RULE', { date: dayText(m.asOf), statuses: statusProgress(policy), source: policy.source }),
  ]);
  push(b, [t('RB_ACT_RECAP_NOTE_HINT')]);
  overdueList(b, m, kept);
  actionList(b, 'noEvidence', m.doneWithoutEvidence, kept);
  actionList(b, 'noOwner', m.withoutOwner, kept);
  areasWithoutOwner(b, m);
  if (m.noDeadline.length > 0) actionList(b, 'noDeadline', m.noDeadline, kept);
  groups(b, 'ADDON_RBA_BY_RECOMMENDATION', m.byRecommendation);
  groups(b, 'ADDON_RBA_BY_AREA', m.byArea);
  groups(b, 'ADDON_RBA_BY_OWNER', m.byOwner);
  changes(b, m);
  orphanNotes(b, kept);
  if (notes.length > 0) {
    push(b, []);
    b.boldRows.push(push(b, [t('ADDON_RBA_NOTES')], SECTION_BACKGROUND));
    for (const n of notes) push(b, [formatIssue(n)]);
  }

  const table = rectangular(
    b.rows.map((r) => [...r, ...Array<SheetCell>(Math.max(0, WIDTH - r.length)).fill('')]),
  );
  const formats: FormatOp[] = [
    { kind: 'backgrounds', range: rangeRef(1, 1, table.length, WIDTH), colours: b.colours },
    ...WIDTHS.map((width, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width })),
    { kind: 'wrap', range: rangeRef(1, 2, table.length, 3) },
    { kind: 'wrap', range: rangeRef(1, NOTE_COLUMN + 1, table.length, 1) },
    ...b.boldRows.map((row): FormatOp => ({ kind: 'bold', range: rangeRef(row, 1, 1, WIDTH) })),
    // Column G holds only progress figures (fractions) below its header texts: one call for all of them.
    { kind: 'numberFormat', range: rangeRef(1, PROGRESS_COLUMN, table.length, 1), format: '0.0%' },
  ];
  return { role: 'rbActions', name: RESULT_SHEETS.rbActions, rows: table, formats };
}
