import type { Policy } from '../../../../shared';
import { type Action, done, say } from '../../action';
import { sheetHolding } from '../../output/replace-sheets';
import { type FormatOp, rangeRef } from '../../port/types';
import { loadPolicy } from '../../settings/policy-store';
import { ROLE_SHEET, ROLES } from '../../workbook/roles';
import { listValues, TEMPLATE, type TemplateColumn, type TemplateRole } from './spec';

/** Rows formatted and validated below the header: enough for a large OPD without touching the whole grid. */
export const TEMPLATE_ROWS = 1000;
const HEADER_BACKGROUND = '#d9ead3';

/** A header's note: what to write in the column, then its example when it has one. */
const noteOf = (c: TemplateColumn): string =>
  c.example ? `${say(c.note)}\n\n${say(c.example)}` : say(c.note);

/** The formatting of one template sheet, as batched port operations (a fixed number per column). */
export function templateFormat(role: TemplateRole, policy: Policy): FormatOp[] {
  const columns = TEMPLATE[role];
  const width = columns.length;
  const ops: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: rangeRef(1, 1, 1, width) },
    { kind: 'background', range: rangeRef(1, 1, 1, width), colour: HEADER_BACKGROUND },
    { kind: 'wrap', range: rangeRef(1, 1, 1, width) },
    { kind: 'notes', range: rangeRef(1, 1, 1, width), notes: [columns.map(noteOf)] },
  ];
  columns.forEach((c, i) => {
    const column = i + 1;
    const body = rangeRef(2, column, TEMPLATE_ROWS, 1);
    ops.push({ kind: 'columnWidth', column, width: c.width });
    if (c.format) ops.push({ kind: 'numberFormat', range: body, format: c.format });
    if (c.list) {
      ops.push({
        kind: 'validationList',
        range: body,
        values: listValues(c.list, policy),
        helpText: say('SHEETS_VALIDATION_HELP'),
        // Ratings and codes must be exact for scoring; free text elsewhere is caught by "Periksa data".
        strict: true,
      });
    }
  });
  return ops;
}

/**
 * "Siapkan templat": creates the input sheets that do not exist yet. A sheet that exists (in any letter
 * case) is never touched, whatever it holds: the admin's data is never overwritten.
 */
export const prepareTemplate: Action = ({ book, progress }) => {
  const { policy } = loadPolicy(book);
  const created: string[] = [];
  const skipped: string[] = [];
  for (const role of ROLES) {
    if (role === 'results' || role === 'pembinaan') continue;
    const name = ROLE_SHEET[role];
    // Sheets refuses a name another sheet holds in any letter case ("absensi"): that sheet is the admin's.
    const existing = sheetHolding(book, name);
    if (existing) {
      skipped.push(existing.name);
      continue;
    }
    progress(say('SHEETS_TEMPLATE_PROGRESS', { sheet: name }));
    const sheet = book.createSheet(name);
    // The header row only: an example row would be read (and scored) as the admin's data if left in place,
    // so examples live in the header notes.
    sheet.writeTable(1, 1, [TEMPLATE[role].map((c) => c.header)]);
    sheet.format(templateFormat(role, policy));
    created.push(name);
  }
  const lines: string[] = [];
  if (created.length > 0) lines.push(say('SHEETS_TEMPLATE_CREATED', { sheets: created.join(', ') }));
  if (skipped.length > 0) lines.push(say('SHEETS_TEMPLATE_SKIPPED', { sheets: skipped.join(', ') }));
  lines.push(say('SHEETS_TEMPLATE_NEXT'));
  return done(...lines);
};
