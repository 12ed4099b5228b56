/**
 * Periods and history in `npm start`: the BUILT add-on (Code.js in the Apps Script sandbox) runs Hitung
 * nilai on three months of the sample OPD (one recap per month), and this prints what an admin then reads:
 * the summary lines (history updated, most improved, stagnant), the Riwayat sheet in short, each
 * stagnant employee's reason from Hasil Pegawai, and the supervisors' duties judged from the sample's
 * pembinaan register (Daftar reward & punishment).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../shared/messages/format';
import { sampleHistorySheets, sampleRegisterSheet } from '../shared/sample';
import { DIST, loadSandbox, plain } from '../tools/apps-script-sandbox/sandbox';

type Row = Record<string, unknown>;

/** How many of the supervisors' duties the recap prints. */
const SHOWN_DUTIES = 6;

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
  const box = loadSandbox({ sheets: [...sampleHistorySheets(), sampleRegisterSheet()], withUi: false });
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
  // The register: supervisors' duties judged from "Catatan Pembinaan" at the period's end.
  lines.push('', t('HISTORY_START_REGISTER'));
  lines.push(
    ...String(box.call('daftarRewardPunishment'))
      .split('\n')
      .map((l) => `  ${l}`),
  );
  const reward = box.book.sheets.find((s) => s.name === 'Reward & Punishment');
  const cells = (plain(reward?.snapshot() ?? []) as unknown[][]).map((r) => r.map((c) => String(c ?? '')));
  const duties = cells.filter(
    (r) => r[0]?.startsWith('Kewajiban atasan dinilai') || r[0]?.trim().startsWith('Kewajiban per bawahan'),
  );
  for (const r of duties.slice(0, SHOWN_DUTIES)) lines.push(`    ${r.filter(Boolean).join(' | ')}`);
  if (duties.length > SHOWN_DUTIES)
    lines.push(`    ${t('RECOGNITION_MORE', { count: duties.length - SHOWN_DUTIES })}`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${historyLines().join('\n')}\n`);
