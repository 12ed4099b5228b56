import {
  type MessageCode,
  RB_ACTION_FIELDS,
  type RbActionField,
  type RbActionsPolicy,
} from '../../../../shared';
import { type Action, done, say } from '../../action';
import { sheetHolding } from '../../output/replace-sheets';
import { HEADER_BACKGROUND } from '../../output/sheet';
import { type FormatOp, rangeRef } from '../../port/types';
import { loadPolicy } from '../../settings/policy-store';

/**
 * "Siapkan Rencana Aksi RB": creates the tracker sheet with one column per field, headed by the
 * policy's first label for it (so the reader recognises it exactly), dropdowns of the policy's areas
 * and statuses, a date column and a percent column. An existing sheet of that name is never touched.
 */

/** Rows formatted and validated below the header: enough for a region's action plans. */
const TRACKER_ROWS = 500;

const COLUMN: Record<RbActionField, { width: number; note?: MessageCode; format?: string }> = {
  recommendationNo: { width: 90, note: 'ADDON_RBA_NOTE_RECOMMENDATION' },
  recommendation: { width: 280, note: 'ADDON_RBA_NOTE_RECOMMENDATION' },
  action: { width: 300 },
  area: { width: 200, note: 'ADDON_RBA_NOTE_AREA' },
  owner: { width: 180, note: 'ADDON_RBA_NOTE_OWNER' },
  pilots: { width: 200, note: 'ADDON_RBA_NOTE_PILOTS' },
  deadline: { width: 120, note: 'ADDON_RBA_NOTE_DEADLINE', format: 'dd/mm/yyyy' },
  output: { width: 200 },
  evidence: { width: 220, note: 'ADDON_RBA_NOTE_EVIDENCE' },
  status: { width: 130, note: 'ADDON_RBA_NOTE_STATUS' },
  progress: { width: 90, note: 'ADDON_RBA_NOTE_PROGRESS', format: '0%' },
};

/** The header of the tracker template, in RB_ACTION_FIELDS order. */
const trackerHeader = (policy: RbActionsPolicy): string[] =>
  RB_ACTION_FIELDS.map((f) => policy.headers[f][0] ?? f);

function trackerFormat(policy: RbActionsPolicy): FormatOp[] {
  const width = RB_ACTION_FIELDS.length;
  const header = rangeRef(1, 1, 1, width);
  const ops: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: header },
    { kind: 'background', range: header, colour: HEADER_BACKGROUND },
    { kind: 'wrap', range: header },
    {
      kind: 'notes',
      range: header,
      notes: [RB_ACTION_FIELDS.map((f) => (COLUMN[f].note ? say(COLUMN[f].note) : ''))],
    },
  ];
  RB_ACTION_FIELDS.forEach((field, i) => {
    const column = i + 1;
    const body = rangeRef(2, column, TRACKER_ROWS, 1);
    const spec = COLUMN[field];
    ops.push({ kind: 'columnWidth', column, width: spec.width });
    if (spec.format) ops.push({ kind: 'numberFormat', range: body, format: spec.format });
    const list =
      field === 'area'
        ? policy.areas.map((a) => a.label)
        : field === 'status'
          ? policy.statuses.map((s) => s.label)
          : null;
    if (list)
      ops.push({
        kind: 'validationList',
        range: body,
        values: list,
        helpText: say('SHEETS_VALIDATION_HELP'),
        strict: false,
      });
  });
  return ops;
}

export const prepareRbActionTemplate: Action = ({ book, progress }) => {
  const name = say('ADDON_RBA_TEMPLATE_SHEET');
  // Sheets refuses the name when another sheet holds it in any letter case: that sheet is left alone.
  const existing = sheetHolding(book, name);
  if (existing) return done(say('ADDON_RBA_TEMPLATE_EXISTS', { sheet: existing.name }));
  const { policy } = loadPolicy(book);
  progress(say('SHEETS_TEMPLATE_PROGRESS', { sheet: name }));
  const sheet = book.createSheet(name);
  sheet.writeTable(1, 1, [trackerHeader(policy.rbActions)]);
  sheet.format(trackerFormat(policy.rbActions));
  return done(say('ADDON_RBA_TEMPLATE_CREATED', { sheet: name }));
};
