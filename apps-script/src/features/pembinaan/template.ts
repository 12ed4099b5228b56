import { type FieldId, type MessageCode, type PembinaanPolicy, templateHeader } from '../../../../shared';
import { type Action, done, say } from '../../action';
import { sheetHolding } from '../../output/replace-sheets';
import { HEADER_BACKGROUND } from '../../output/sheet';
import { type FormatOp, rangeRef } from '../../port/types';
import { loadPolicy } from '../../settings/policy-store';
import { ROLE_SHEET } from '../../workbook/roles';

/**
 * "Siapkan Catatan Pembinaan": creates the pembinaan register (issue 11), one row per thing a supervisor
 * did about a subordinate. Headers are the core vocabulary's template headers, so the reader maps them
 * exactly; the kind column offers the policy's kinds. An existing sheet of that name is never touched.
 */

/** Rows formatted and validated below the header: a year of records for a large OPD. */
const REGISTER_ROWS = 1000;

interface RegisterColumn {
  field: FieldId;
  width: number;
  note: MessageCode;
  format?: string;
}

/** The register's columns, in header order: when, who recorded it, about whom, what, reference, note. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { field: 'tanggal', width: 110, note: 'ADDON_PEMB_NOTE_TANGGAL', format: 'dd/mm/yyyy' },
  { field: 'atasan_nip', width: 170, note: 'ADDON_PEMB_NOTE_ATASAN', format: '@' },
  { field: 'nip', width: 170, note: 'ADDON_PEMB_NOTE_NIP', format: '@' },
  { field: 'jenis_pembinaan', width: 360, note: 'ADDON_PEMB_NOTE_JENIS' },
  { field: 'nomor_surat', width: 180, note: 'ADDON_PEMB_NOTE_NOMOR', format: '@' },
  { field: 'catatan', width: 320, note: 'ADDON_PEMB_NOTE_CATATAN' },
];

export function registerFormat(policy: PembinaanPolicy): FormatOp[] {
  const header = rangeRef(1, 1, 1, REGISTER_COLUMNS.length);
  const ops: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: header },
    { kind: 'background', range: header, colour: HEADER_BACKGROUND },
    { kind: 'wrap', range: header },
    { kind: 'notes', range: header, notes: [REGISTER_COLUMNS.map((c) => say(c.note))] },
  ];
  REGISTER_COLUMNS.forEach((c, i) => {
    const column = i + 1;
    const body = rangeRef(2, column, REGISTER_ROWS, 1);
    ops.push({ kind: 'columnWidth', column, width: c.width });
    if (c.format) ops.push({ kind: 'numberFormat', range: body, format: c.format });
    if (c.field === 'jenis_pembinaan')
      ops.push({
        kind: 'validationList',
        range: body,
        values: policy.kinds.map((k) => k.label),
        helpText: say('SHEETS_VALIDATION_HELP'),
        // The reader also knows each kind's other written forms; "Periksa data" reports the rest.
        strict: false,
      });
  });
  return ops;
}

export const preparePembinaanTemplate: Action = ({ book, progress }) => {
  const name = ROLE_SHEET.pembinaan;
  // Sheets refuses the name when another sheet holds it in any letter case: that sheet is left alone.
  const existing = sheetHolding(book, name);
  if (existing) return done(say('ADDON_PEMB_EXISTS', { sheet: existing.name }));
  const { policy } = loadPolicy(book);
  progress(say('SHEETS_TEMPLATE_PROGRESS', { sheet: name }));
  const sheet = book.createSheet(name);
  sheet.writeTable(1, 1, [REGISTER_COLUMNS.map((c) => templateHeader(c.field))]);
  sheet.format(registerFormat(policy.pembinaan));
  return done(say('ADDON_PEMB_CREATED', { sheet: name }));
};
