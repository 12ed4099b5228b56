import { fail, type Issue, ok, type Result } from '../core/issue';
import { parseNumber } from '../parse/number';
import { evidenceGiven } from '../parse/presence';
import type { RbActionField, RbActionsPolicy } from '../policy/sections/rb-actions';
import { acceptedNames, findByName, normaliseName } from './names';
import { readDeadline } from './rb-actions-dates';
import { actionLayout, cleanActionSheet, type RbActionLayout } from './rb-actions-layout';
import { checkedOwners, type RbOpdNames, readOpdNames, uncheckedOwnersIssue } from './rb-actions-owners';
import type { RbAction, RbActionPlan, RbActionSheet, RbOpdListSource } from './rb-actions-types';
import { letterOf, plainWords } from './sakip-workbook-layout';

/**
 * Reads a Rencana Aksi RB tracker: the first sheet whose top holds a tracker header, each action row
 * read cell by cell. Every malformed or ambiguous cell is reported with its sheet, row and column; the
 * cell is then left out (a deadline never guessed, a status never assumed) rather than read wrongly.
 */

/** Signature blocks under the table: "Mengetahui", "a.n. Bupati", "NIP. 1978...". */
const SIGNATURE = /^(mengetahui|menyetujui|disetujui|a\.\s?n\.?\s|an\.\s|nip\.?\s*:?\s*\d)/i;
/** Total and mean rows people add under a table. */
const TOTAL = /^(jumlah|total|rata\s*-?\s*rata|rerata)\b/i;

interface RowCells {
  row: number;
  get(field: RbActionField): string;
  at(field: RbActionField): { sheet: string; row: number; column?: string };
}

function rowCells(layout: RbActionLayout, r: number): RowCells {
  const cells = layout.sheet.grid[r] ?? [];
  const get = (field: RbActionField) => {
    const c = layout.columns[field];
    return c === undefined ? '' : (cells[c] ?? '').replace(/\s+/g, ' ').trim();
  };
  const at = (field: RbActionField) => {
    const c = layout.columns[field];
    return { sheet: layout.sheet.name, row: r + 1, ...(c === undefined ? {} : { column: letterOf(c) }) };
  };
  return { row: r + 1, get, at };
}

const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** "1", "Rekomendasi 3", "R.3", "3." : the recommendation's number, else undefined. */
function recommendationNumber(text: string): string | undefined {
  const m = /^(?:rekomendasi\s*(?:ke|no)?|r|no)?\s*\.?\s*(\d{1,3})\s*\.?$/i.exec(text.trim());
  return m ? String(Number(m[1])) : undefined;
}

/** The recommendation an action row belongs to, from its number column, its text column, or both. */
function recommendationOf(no: string, text: string): { key: string; label: string } | undefined {
  const number = recommendationNumber(no) ?? (no === '' ? undefined : plainWords(no));
  const ownNumber = recommendationNumber(text);
  if (number) return { key: number, label: text === '' ? `Rekomendasi ${no}` : text };
  if (ownNumber) return { key: ownNumber, label: text };
  if (text === '') return undefined;
  const leading = /^(\d{1,3})[.)]\s+\S/.exec(text);
  return { key: leading ? String(Number(leading[1])) : normaliseName(text), label: text };
}

const SEPARATORS = /\s*(?:[;\n]|,(?!\d)|\s\/\s)\s*/;
const BULLET = /^(?:[-•*]|\d{1,2}[.)])\s*/;

/** "Bagian Organisasi; BKPSDM" or a list typed one per line: the names, without bullets. */
const namesIn = (text: string): string[] =>
  text
    .split(SEPARATORS)
    .map((n) => n.replace(BULLET, '').trim())
    .filter((n) => n !== '' && n !== '-');

type ProgressCell =
  | { kind: 'blank' }
  | { kind: 'fraction'; value: number }
  | { kind: 'plain'; value: number }
  | { kind: 'invalid' };

/** "75%", "3/4", "3 dari 4", "0,75", "75": plain numbers are decided for the whole column later. */
function progressCell(text: string): ProgressCell {
  if (text === '' || text === '-') return { kind: 'blank' };
  const ratio = /^(\d+(?:[.,]\d+)?)\s*(?:\/|dari|of)\s*(\d+(?:[.,]\d+)?)$/i.exec(text);
  if (ratio) {
    const [a, b] = [Number(ratio[1]?.replace(',', '.')), Number(ratio[2]?.replace(',', '.'))];
    return b > 0 && a >= 0 && a <= b ? { kind: 'fraction', value: a / b } : { kind: 'invalid' };
  }
  const parsed = parseNumber(text, { context: 'percent' });
  if (!parsed.ok || (parsed.value.unit !== undefined && !parsed.value.percent)) return { kind: 'invalid' };
  return parsed.value.percent
    ? { kind: 'fraction', value: parsed.value.value / 100 }
    : { kind: 'plain', value: parsed.value.value };
}

interface DraftRow {
  cells: RowCells;
  recommendation: { key: string; label: string } | undefined;
  action: string;
}

/** The action rows of the table, with the recommendation carried down when the policy says so. */
function draftRows(layout: RbActionLayout, policy: RbActionsPolicy, issues: Issue[]): DraftRow[] {
  const out: DraftRow[] = [];
  let current: { key: string; label: string } | undefined;
  for (let r = layout.firstDataRow; r < layout.sheet.grid.length; r++) {
    const cells = rowCells(layout, r);
    const row = layout.sheet.grid[r] ?? [];
    const lead = row.find((c) => c.trim() !== '')?.trim() ?? '';
    if (lead === '') continue;
    if (SIGNATURE.test(lead)) break;
    if (TOTAL.test(lead) && cells.get('action') === '') continue;
    const own = recommendationOf(cells.get('recommendationNo'), cells.get('recommendation'));
    if (own) current = own;
    const action = cells.get('action');
    if (
      action === '' ||
      plainWords(action) ===
        plainWords(layout.sheet.grid[layout.headerRow]?.[layout.columns.action ?? 0] ?? '')
    )
      continue;
    const recommendation = own ?? (policy.carryRecommendationDown ? current : undefined);
    if (!recommendation)
      issues.push({
        code: 'RB_ACT_RECOMMENDATION_MISSING',
        params: { action: shortText(action) },
        severity: 'warning',
        at: cells.at('recommendation'),
      });
    out.push({ cells, recommendation, action });
  }
  return out;
}

/**
 * Plain progress numbers of a column are fractions (0,75) unless one of them is above 1: then every
 * plain number is a percentage written without its sign (75), said once.
 */
function progressScale(rows: readonly DraftRow[], layout: RbActionLayout, issues: Issue[]): number {
  const plainAboveOne = rows.some((d) => {
    const cell = progressCell(d.cells.get('progress'));
    return cell.kind === 'plain' && cell.value > 1;
  });
  const column = layout.columns.progress;
  // "Progres (%)": the header says its numbers are percentages.
  const headerSays = [layout.headerRow, layout.headerRow - 1].some(
    (r) => column !== undefined && (layout.sheet.grid[r]?.[column] ?? '').includes('%'),
  );
  if (headerSays) return 100;
  if (!plainAboveOne) return 1;
  issues.push({
    code: 'RB_ACT_PROGRESS_PERCENT_ASSUMED',
    severity: 'warning',
    at: { sheet: layout.sheet.name, ...(column === undefined ? {} : { column: letterOf(column) }) },
  });
  return 100;
}

function deadlineOf(d: DraftRow, policy: RbActionsPolicy, issues: Issue[]): string | null {
  const text = d.cells.get('deadline');
  const reading = readDeadline(text, policy.periodDeadline);
  const at = d.cells.at('deadline');
  if (reading.kind === 'date') return reading.iso;
  if (reading.kind === 'blank')
    issues.push({
      code: 'RB_ACT_DEADLINE_MISSING',
      params: { action: shortText(d.action) },
      severity: 'warning',
      at,
    });
  else {
    const code = {
      unknown: 'RB_ACT_DEADLINE_INVALID',
      monthFirst: 'RB_ACT_DEADLINE_MONTH_FIRST',
      range: 'RB_ACT_DEADLINE_RANGE',
      noYear: 'RB_ACT_DEADLINE_NO_YEAR',
    } as const;
    issues.push({ code: code[reading.reason], params: { value: shortText(text) }, severity: 'warning', at });
  }
  return null;
}

function statusOf(d: DraftRow, policy: RbActionsPolicy, issues: Issue[]): RbAction['status'] {
  const text = d.cells.get('status');
  const at = d.cells.at('status');
  if (text === '' || text === '-') {
    issues.push({
      code: 'RB_ACT_STATUS_MISSING',
      params: { action: shortText(d.action) },
      severity: 'warning',
      at,
    });
    return null;
  }
  const found = findByName(policy.statuses, text);
  if (found) return { id: found.id, label: found.label, done: found.done };
  issues.push({
    code: 'RB_ACT_STATUS_UNKNOWN',
    params: { value: shortText(text), accepted: acceptedNames(policy.statuses) },
    severity: 'warning',
    at,
  });
  return null;
}

/** The area named by the cell: "Area Penataan Organisasi", "3. Penataan Tatalaksana"; several are reported. */
function areaOf(d: DraftRow, policy: RbActionsPolicy, issues: Issue[]): RbAction['area'] {
  const text = d.cells.get('area');
  const at = d.cells.at('area');
  if (text === '' || text === '-') {
    issues.push({
      code: 'RB_ACT_AREA_MISSING',
      params: { action: shortText(d.action) },
      severity: 'warning',
      at,
    });
    return null;
  }
  const named = (t: string) =>
    findByName(policy.areas, normaliseName(t).replace(/^area\s+(?:perubahan\s+)?/, ''));
  const whole = named(text);
  if (whole) return { id: whole.id, label: whole.label };
  const parts = namesIn(text).map(named);
  if (parts.length > 1 && parts.every((p) => p !== undefined)) {
    issues.push({ code: 'RB_ACT_AREA_SEVERAL', params: { value: shortText(text) }, severity: 'warning', at });
    return null;
  }
  issues.push({
    code: 'RB_ACT_AREA_UNKNOWN',
    params: { value: shortText(text), accepted: acceptedNames(policy.areas) },
    severity: 'warning',
    at,
  });
  return null;
}

/**
 * Plain progress numbers above 1 and at most 1 in one column: the small ones may be fractions (0,5 =
 * 50%) or percentages (0,5%), and 1 may be 100% or 1%, so each is reported at its cell and not counted.
 */
function mixedPlainProgress(rows: readonly DraftRow[]): boolean {
  const plain = rows.flatMap((d) => {
    const cell = progressCell(d.cells.get('progress'));
    return cell.kind === 'plain' ? [cell.value] : [];
  });
  return plain.some((v) => v > 1) && plain.some((v) => v > 0 && v <= 1);
}

function progressOf(d: DraftRow, scale: number, mixed: boolean, issues: Issue[]): number | null {
  const text = d.cells.get('progress');
  const cell = progressCell(text);
  if (cell.kind === 'blank') return null;
  if (mixed && cell.kind === 'plain' && cell.value > 0 && cell.value <= 1) {
    issues.push({
      code: 'RB_ACT_PROGRESS_MIXED',
      params: { value: shortText(text), percent: Math.round(cell.value * 1000) / 10 },
      severity: 'warning',
      at: d.cells.at('progress'),
    });
    return null;
  }
  const value =
    cell.kind === 'fraction' ? cell.value : cell.kind === 'plain' ? cell.value / scale : Number.NaN;
  if (Number.isFinite(value) && value >= 0 && value <= 1 + 1e-9) return Math.min(1, value);
  issues.push({
    code: 'RB_ACT_PROGRESS_INVALID',
    params: { value: shortText(text) },
    severity: 'warning',
    at: d.cells.at('progress'),
  });
  return null;
}

/**
 * Status and progress that contradict each other are reported; the status decides "done", the progress
 * cell (when filled) the progress counted. A status that fixes the progress in the policy (Belum Mulai
 * 0%) next to a cell saying otherwise is reported at that cell, never silently counted.
 */
function conflictIssues(
  a: RbAction,
  statusProgress: number | null,
  progressAt: NonNullable<Issue['at']>,
  issues: Issue[],
): void {
  const at = { ...a.at };
  const shown = (v: number) => Math.round(v * 1000) / 10;
  if (a.status?.done && a.progress !== null && a.progress < 1)
    issues.push({
      code: 'RB_ACT_DONE_PROGRESS_LOW',
      params: { action: shortText(a.action), status: a.status.label, progress: shown(a.progress) },
      severity: 'warning',
      at,
    });
  else if (a.status && !a.status.done && a.progress === 1)
    issues.push({
      code: 'RB_ACT_FULL_NOT_DONE',
      params: { action: shortText(a.action), status: a.status.label },
      severity: 'warning',
      at,
    });
  else if (
    a.status &&
    statusProgress !== null &&
    a.progress !== null &&
    Math.abs(a.progress - statusProgress) > 1e-9
  )
    issues.push({
      code: 'RB_ACT_STATUS_PROGRESS_DIFFERS',
      params: {
        action: shortText(a.action),
        status: a.status.label,
        expected: shown(statusProgress),
        progress: shown(a.progress),
      },
      severity: 'warning',
      at: progressAt,
    });
}

function actionOf(
  d: DraftRow,
  progressRead: { scale: number; mixed: boolean },
  opds: RbOpdNames | undefined,
  policy: RbActionsPolicy,
  issues: Issue[],
): RbAction {
  const recommendation = d.recommendation ?? { key: '-', label: '-' };
  const status = statusOf(d, policy, issues);
  const progress = progressOf(d, progressRead.scale, progressRead.mixed, issues);
  const statusDef = status ? policy.statuses.find((s) => s.id === status.id) : undefined;
  const evidence = d.cells.get('evidence');
  const action: RbAction = {
    key: `${recommendation.key}|${plainWords(d.action)}`,
    recommendation,
    action: d.action,
    area: areaOf(d, policy, issues),
    owners: checkedOwners(namesIn(d.cells.get('owner')), opds, d.cells.at('owner'), issues),
    pilots: namesIn(d.cells.get('pilots')),
    deadline: deadlineOf(d, policy, issues),
    deadlineText: d.cells.get('deadline'),
    output: d.cells.get('output'),
    evidence,
    hasEvidence: evidence !== '' && evidenceGiven(evidence),
    status,
    progress,
    progressCounted: progress ?? statusDef?.progress ?? null,
    done: status?.done ?? false,
    at: { sheet: d.cells.at('action').sheet, row: d.cells.row },
  };
  conflictIssues(action, statusDef?.progress ?? null, d.cells.at('progress'), issues);
  return action;
}

/** Two rows with the same action under the same recommendation: the later one gets "#2" in its key. */
function uniqueKeys(actions: RbAction[], issues: Issue[]): void {
  const seen = new Map<string, RbAction>();
  for (const a of actions) {
    const first = seen.get(a.key);
    if (first) {
      issues.push({
        code: 'RB_ACT_DUPLICATE',
        params: { action: shortText(a.action), first: first.at.row ?? '-' },
        severity: 'warning',
        at: a.at,
      });
      let n = 2;
      while (seen.has(`${a.key}#${n}`)) n++;
      a.key = `${a.key}#${n}`;
    }
    seen.set(a.key, a);
  }
}

const MISSING_REPORTED: readonly RbActionField[] = [
  'area',
  'owner',
  'deadline',
  'evidence',
  'status',
  'progress',
];

function missingColumns(layout: RbActionLayout, policy: RbActionsPolicy): Issue[] {
  const missing = MISSING_REPORTED.filter((f) => layout.columns[f] === undefined);
  if (missing.length === 0) return [];
  return [
    {
      code: 'RB_ACT_COLUMNS_MISSING',
      params: { sheet: layout.sheet.name, columns: missing.map((f) => policy.headers[f][0] ?? f).join(', ') },
      severity: 'warning',
      at: { sheet: layout.sheet.name, row: layout.headerRow + 1 },
    },
  ];
}

/** True when a sheet's top rows hold a Rencana Aksi RB header. */
export function isRbActionSheet(sheet: RbActionSheet, policy: RbActionsPolicy): boolean {
  return actionLayout(cleanActionSheet(sheet, 1), policy) !== undefined;
}

/**
 * The tracker in a workbook: the first sheet with a Rencana Aksi header (other such sheets are named in
 * a note), each row an action. Warnings carry every cell that was malformed or ambiguous. With
 * `opdList`, owners are checked against that sheet of `sheets` (rb-actions-owners.ts); a workbook
 * without it is told once that they were not.
 */
export function readRbActionPlan(
  sheets: readonly RbActionSheet[],
  policy: RbActionsPolicy,
  opdList?: RbOpdListSource,
): Result<RbActionPlan> {
  const clean = Array.isArray(sheets) ? Array.from(sheets, (s, i) => cleanActionSheet(s, i + 1)) : [];
  const layouts = clean.flatMap((s) => actionLayout(s, policy) ?? []);
  const layout = layouts[0];
  if (!layout) return fail('RB_ACT_NOT_FOUND');
  const issues: Issue[] = [...layout.issues, ...missingColumns(layout, policy)];
  if (layouts.length > 1)
    issues.push({
      code: 'RB_ACT_OTHER_SHEETS',
      params: {
        sheet: layout.sheet.name,
        others: layouts
          .slice(1)
          .map((l) => l.sheet.name)
          .join(', '),
      },
      severity: 'warning',
    });
  const drafts = draftRows(layout, policy, issues);
  if (drafts.length === 0)
    return fail(
      'RB_ACT_NO_ACTIONS',
      { sheet: layout.sheet.name },
      { sheet: layout.sheet.name, row: layout.headerRow + 1 },
    );
  const progressRead = { scale: progressScale(drafts, layout, issues), mixed: mixedPlainProgress(drafts) };
  const opds =
    typeof opdList?.sheet === 'string' && typeof opdList.header === 'string'
      ? readOpdNames(clean, opdList)
      : undefined;
  const ownerColumn = layout.columns.owner;
  if (opds && ownerColumn !== undefined && drafts.some((d) => d.cells.get('owner') !== '')) {
    const unchecked = uncheckedOwnersIssue(opds, { sheet: layout.sheet.name, column: letterOf(ownerColumn) });
    if (unchecked) issues.push(unchecked);
  }
  const actions = drafts.map((d) => actionOf(d, progressRead, opds, policy, issues));
  uniqueKeys(actions, issues);
  const columns: RbActionPlan['columns'] = {};
  for (const [field, c] of Object.entries(layout.columns) as [RbActionField, number][])
    columns[field] = letterOf(c);
  return ok({ sheet: layout.sheet.name, headerRow: layout.headerRow + 1, columns, actions }, issues);
}
