import { type MessageCode, RB_TEMPLATE_COLUMNS, type RbPolicy, t } from '../../../../shared';
import { type Action, done, say } from '../../action';
import { sheetHolding } from '../../output/replace-sheets';
import { type FormatOp, rangeRef } from '../../port/types';
import { loadPolicy } from '../../settings/policy-store';

/**
 * "Siapkan LKE RB": creates the LKE RB sheet in the template's layout (shared/org/rb-workbook-template.ts)
 * with dropdowns from the policy (areas and hasil indicators, parts, answer types, answers). A sheet of
 * that name that already exists is never touched, whatever it holds.
 */

/** Rows formatted and validated below the header: an LKE has a few hundred questions at most. */
const TEMPLATE_ROWS = 500;
const HEADER_BACKGROUND = '#d9ead3';

const NOTES: Record<(typeof RB_TEMPLATE_COLUMNS)[number]['key'], MessageCode> = {
  area: 'ADDON_RB_NOTE_AREA',
  indicator: 'ADDON_RB_NOTE_INDICATOR',
  part: 'ADDON_RB_NOTE_PART',
  weight: 'ADDON_RB_NOTE_WEIGHT',
  kind: 'ADDON_RB_NOTE_KIND',
  mandiri: 'ADDON_RB_NOTE_ANSWER',
  verifikasi: 'ADDON_RB_NOTE_ANSWER',
  evidence: 'ADDON_RB_NOTE_EVIDENCE',
  note: 'ADDON_RB_NOTE_NOTE',
};

/** The dropdown values of each list, from the policy. Answers: the word and letter answers it knows. */
function listValues(list: 'area' | 'part' | 'kind' | 'answer', policy: RbPolicy): string[] {
  switch (list) {
    case 'area':
      return [...policy.areas.map((a) => a.label), ...policy.hasil.map((h) => h.label)];
    case 'part':
      return Object.values(policy.workbook.parts).map((names) => names[0] ?? '');
    case 'kind':
      return policy.workbook.answerScales.map((s) => s.label);
    case 'answer': {
      // Ya and Tidak as words, then each letter once (A..E): the short forms Y and T stay typeable.
      const words = policy.workbook.answerScales.flatMap((s) => Object.keys(s.values));
      const shown = words.filter((w) => w.length > 1 || !['Y', 'T'].includes(w));
      return [...new Set(shown.map((w) => (w.length > 1 ? w.charAt(0) + w.slice(1).toLowerCase() : w)))];
    }
  }
}

/** The template's formatting as batched port operations: a fixed number per column. */
function rbTemplateFormat(policy: RbPolicy): FormatOp[] {
  const width = RB_TEMPLATE_COLUMNS.length;
  const ops: FormatOp[] = [
    { kind: 'frozenRows', rows: 1 },
    { kind: 'bold', range: rangeRef(1, 1, 1, width) },
    { kind: 'background', range: rangeRef(1, 1, 1, width), colour: HEADER_BACKGROUND },
    { kind: 'wrap', range: rangeRef(1, 1, 1, width) },
    {
      kind: 'notes',
      range: rangeRef(1, 1, 1, width),
      notes: [RB_TEMPLATE_COLUMNS.map((c) => say(NOTES[c.key]))],
    },
  ];
  RB_TEMPLATE_COLUMNS.forEach((c, i) => {
    const column = i + 1;
    ops.push({ kind: 'columnWidth', column, width: c.width });
    if ('list' in c)
      ops.push({
        kind: 'validationList',
        range: rangeRef(2, column, TEMPLATE_ROWS, 1),
        values: listValues(c.list, policy),
        helpText: say('SHEETS_VALIDATION_HELP'),
        // Answers may also be percentages (85%): only names must be exact, and the reader reports the rest.
        strict: c.list !== 'answer',
      });
  });
  return ops;
}

export const prepareRbTemplate: Action = ({ book, progress }) => {
  const name = say('ADDON_RB_TEMPLATE_SHEET');
  // Sheets refuses the name when another sheet holds it in any letter case: that sheet is left alone.
  const existing = sheetHolding(book, name);
  if (existing) return done(say('ADDON_RB_TEMPLATE_EXISTS', { sheet: existing.name }));
  const { policy } = loadPolicy(book);
  progress(say('SHEETS_TEMPLATE_PROGRESS', { sheet: name }));
  const sheet = book.createSheet(name);
  sheet.writeTable(1, 1, [RB_TEMPLATE_COLUMNS.map((c) => t(c.header, undefined, 'id'))]);
  sheet.format(rbTemplateFormat(policy.rb));
  return done(say('ADDON_RB_TEMPLATE_CREATED', { sheet: name }));
};
