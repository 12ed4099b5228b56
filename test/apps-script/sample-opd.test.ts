import { describe, expect, it } from 'vitest';
import { type MemorySheetSeed, MemorySpreadsheet } from '../../apps-script/src/port/memory';
import { collectProblems } from '../../apps-script/src/problems/problems';
import { readWorkbook, toWorkbookInput } from '../../apps-script/src/workbook/workbook';
import { templateHeader } from '../../shared/columns';
import { t } from '../../shared/messages/format';
import type { FieldId } from '../../shared/model/fields';
import { type RawTable, rawText, type WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';

const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The bundled sample OPD written into sheets the way an admin would: template headers on row 1. */
function sheetOf(table: RawTable): MemorySheetSeed {
  const width = Math.max(...Object.values(table.columns).map((c) => columnIndex(c!))) + 1;
  const header: string[] = Array.from({ length: width }, () => '');
  for (const [field, letter] of Object.entries(table.columns))
    header[columnIndex(letter!)] = templateHeader(field as FieldId);
  const values: string[][] = [header];
  for (const row of table.rows) {
    const line: string[] = Array.from({ length: width }, () => '');
    for (const [field, text] of Object.entries(row.values))
      line[columnIndex(table.columns[field as FieldId]!)] = rawText(text);
    values[row.row - 1] = line;
  }
  for (let i = 0; i < values.length; i++) values[i] ??= Array.from({ length: width }, () => '');
  return { name: table.sheet, values };
}

const tablesOf = (input: WorkbookInput): RawTable[] =>
  [
    input.employees,
    input.indicators,
    input.behaviour,
    input.attendance,
    input.activities,
    input.units,
    input.sakip,
  ].filter((x): x is RawTable => x !== undefined);

/** Non-empty values per row, as the pipeline reads them. */
const content = (table: RawTable | undefined) =>
  table?.rows.map((r) => ({
    row: r.row,
    values: Object.fromEntries(Object.entries(r.values).filter(([, v]) => rawText(v).trim() !== '')),
  }));

describe('the bundled sample OPD, kept in sheets', () => {
  const sample = sampleWorkbook();
  const book = () => new MemorySpreadsheet(tablesOf(sample).map(sheetOf));

  it('reads back exactly the rows and values the core sample holds', () => {
    const b = book();
    const input = toWorkbookInput(readWorkbook(b), b);
    for (const key of [
      'employees',
      'indicators',
      'behaviour',
      'attendance',
      'activities',
      'units',
      'sakip',
    ] as const) {
      expect(input[key]?.columns, key).toEqual(sample[key]?.columns);
      expect(content(input[key]), key).toEqual(content(sample[key]));
    }
  });

  it('lists in "Masalah Data" exactly the issues the core finds in the sample', () => {
    // The sheets name no period and no JHK: the add-on counts working days from the policy's default and
    // says so (PERIOD_WORKING_DAYS_DEFAULT), where the core's sample states its 21 days.
    const expected = scoreOrganisation({ ...sample, workingDays: undefined }, defaultPolicy())
      .issues.map((i) => t(i.code, i.params))
      .sort();
    const listed = collectProblems(book())
      .map((p) => p.message)
      .sort();
    expect(listed).toEqual(expected);
    expect(listed.length).toBeGreaterThan(0);
  });
});
