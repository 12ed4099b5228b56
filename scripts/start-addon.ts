/**
 * The add-on part of `npm start` (the lead calls runAddonOnSample from scripts/start.ts after the
 * build): loads the BUILT dist/apps-script/Code.js in the vm sandbox with fake Apps Script services,
 * writes the sample OPD into the fake spreadsheet with the template's layout, detects and saves the
 * column mapping as an admin would confirm it, runs hitungNilai, buatDasbor, evaluasiSakip and
 * daftarRewardPunishment, and writes every resulting sheet to a CSV file a person can open.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MappingReply } from '../apps-script/src/features/mapping/mapping';
import { t } from '../shared/messages/format';
import { sampleWorkbook } from '../shared/sample';
import { DIST, loadSandbox, plain } from '../tools/apps-script-sandbox/sandbox';
import { workbookGrids } from './sample-sheets';

const ACTIONS = ['hitungNilai', 'buatDasbor', 'evaluasiSakip', 'daftarRewardPunishment'] as const;

/** One CSV cell: quoted when it holds a separator, a quote or a line break (RFC 4180). */
function csvCell(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly unknown[])[]): string =>
  `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** File names keep the sheet name ("Reward & Punishment.csv"); only path separators are replaced. */
const fileName = (sheet: string) => `${sheet.replace(/[/\\:*?"<>|]/g, '_')}.csv`;

export async function runAddonOnSample(outDir: string): Promise<string[]> {
  const lines = [t('ADDON_START_TITLE')];
  if (!existsSync(join(DIST, 'Code.js'))) return [...lines, t('ADDON_START_NO_BUILD')];
  const box = loadSandbox({
    sheets: workbookGrids(sampleWorkbook()).map((g) => ({ name: g.name, rows: g.rows })),
    withUi: false,
  });

  const proposal = plain(box.call('ambilUsulanPemetaan')) as MappingReply;
  if (proposal.ok) {
    const sheets = proposal.proposal.sheets.flatMap((s) =>
      s.role
        ? [
            {
              sheet: s.sheet,
              role: s.role,
              headerRow: s.headerRow,
              headerRowCount: s.headerRowCount,
              columns: Object.fromEntries(s.columns.flatMap((c) => (c.field ? [[c.field, c.index]] : []))),
            },
          ]
        : [],
    );
    box.call('simpanPemetaan', JSON.stringify({ version: 1, sheets }));
    lines.push(t('ADDON_START_MAPPING', { sheets: sheets.map((s) => `${s.sheet} (${s.role})`).join(', ') }));
  } else lines.push(proposal.message);

  for (const action of ACTIONS) lines.push(...String(box.call(action)).split('\n'));

  const dir = join(outDir, 'sheets');
  mkdirSync(dir, { recursive: true });
  for (const sheet of box.book.sheets) {
    const rows = sheet.snapshot();
    const file = join(dir, fileName(sheet.name));
    writeFileSync(file, toCsv(rows));
    lines.push(t('ADDON_START_SHEET', { sheet: sheet.name, rows: String(rows.length), file }));
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void runAddonOnSample('out').then((lines) => process.stdout.write(`${lines.join('\n')}\n`));
