/**
 * The RB action-plan recap of `npm start`: the BUILT add-on (dist/apps-script/Code.js in the Apps Script
 * sandbox) runs "Pantau rencana aksi" on the sample region's tracker as of SAMPLE_RB_AS_OF, and this
 * prints what the admin is told and the recap sheet it wrote for the RB working group, row by row.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RESULT_SHEETS } from '../apps-script/src/output/sheet-names';
import { t } from '../shared/messages/format';
import { SAMPLE_RB_AS_OF, SAMPLE_RB_SHEET, sampleRbActionGrid } from '../shared/sample';
import { DIST, loadSandbox } from '../tools/apps-script-sandbox/sandbox';

/** A recap cell as printed: fractions in the progress column as percentages, blanks dropped. */
function cellText(value: unknown, column: number): string {
  if (typeof value === 'number' && column === 6)
    return `${String(Math.round(value * 1000) / 10).replace('.', ',')}%`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '');
}

export function rbActionLines(): string[] {
  if (!existsSync(join(DIST, 'Code.js'))) return [t('ADDON_START_NO_BUILD')];
  const box = loadSandbox({ sheets: [{ name: SAMPLE_RB_SHEET, rows: sampleRbActionGrid() }], withUi: false });
  const told = String(box.call('pantauRencanaAksi', SAMPLE_RB_AS_OF)).split('\n');
  const recap = box.book.sheets.find((s) => s.name === RESULT_SHEETS.rbActions)?.snapshot() ?? [];
  // Trailing blanks dropped; a blank inside a row (an action without owner) printed as "-".
  const rows = recap.map((row) => {
    const cells = row.map((v, c) => cellText(v, c));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells.map((c) => (c === '' ? '-' : c)).join(' | ');
  });
  return [...told, '', ...rows.filter((r) => r !== '').map((r) => `  ${r}`)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${rbActionLines().join('\n')}\n`);
