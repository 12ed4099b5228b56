/**
 * Periods and history in `npm start`: the BUILT add-on (Code.js in the Apps Script sandbox) runs Hitung
 * nilai on three months of the sample OPD (one recap per month), and this prints what an admin then reads:
 * the summary lines (history updated, most improved, stagnant), the Riwayat sheet in short, and each
 * stagnant employee's reason from Hasil Pegawai.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../shared/messages/format';
import { sampleHistorySheets } from '../shared/sample';
import { DIST, loadSandbox, plain } from '../tools/apps-script-sandbox/sandbox';

type Row = Record<string, unknown>;

function rowsOf(box: ReturnType<typeof loadSandbox>, name: string): Row[] {
  const sheet = box.book.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const [header = [], ...rows] = plain(sheet.snapshot()) as unknown[][];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const pct = (v: unknown): string => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : '-');

export function historyLines(): string[] {
  const lines = [t('HISTORY_START_TITLE')];
  if (!existsSync(join(DIST, 'Code.js'))) return [...lines, t('ADDON_START_NO_BUILD')];
  const box = loadSandbox({ sheets: sampleHistorySheets(), withUi: false });
  lines.push(
    ...String(box.call('hitungNilai'))
      .split('\n')
      .map((l) => `  ${l}`),
  );
  const history = rowsOf(box, 'Riwayat');
  const byNip = new Map<string, Row[]>();
  for (const r of history) byNip.set(String(r.NIP), [...(byNip.get(String(r.NIP)) ?? []), r]);
  lines.push(`  ${t('HISTORY_START_ROWS', { rows: history.length, people: byNip.size })}`);
  for (const [, rows] of [...byNip].slice(0, 5))
    lines.push(
      `    ${String(rows[0]?.Nama)}: ${rows.map((r) => `${String(r.Periode)} ${pct(r.Capaian)}`).join(' -> ')}`,
    );
  for (const e of rowsOf(box, 'Hasil Pegawai').filter((r) => String(r.Tren ?? '') !== ''))
    lines.push(`  ${String(e.Nama)}: ${String(e.Tren)}`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${historyLines().join('\n')}\n`);
