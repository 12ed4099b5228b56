/**
 * The RB part of `npm start` (the coordinator calls rbLkeLines from scripts/start.ts after the build):
 * loads the BUILT dist/apps-script/Code.js in the vm sandbox, puts the sample OPD's LKE RB in the fake
 * spreadsheet in the template's layout, runs "Evaluasi RB" as an admin would, and prints the recap the
 * add-on wrote in sheet "Evaluasi RB": per area, pengungkit, hasil, the RB index and its predikat, the
 * gap between the OPD's own answers and the verifier's, and the weakest indicators.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../shared/messages/format';
import { sampleRbLke } from '../shared/sample';
import { DIST, loadSandbox, plain } from '../tools/apps-script-sandbox/sandbox';

const text = (v: unknown): string => (typeof v === 'number' ? String(v).replace('.', ',') : String(v ?? ''));
const orDash = (v: unknown): string => (v === '' || v === undefined || v === null ? '-' : text(v));

/** The rows of sheet `name` as the add-on wrote them, or [] when it wrote none. */
function sheetRows(box: ReturnType<typeof loadSandbox>, name: string): unknown[][] {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as unknown[][]) : [];
}

export function rbLkeLines(): string[] {
  const lines = [t('ADDON_RB_START_TITLE')];
  if (!existsSync(join(DIST, 'Code.js'))) return [...lines, t('ADDON_START_NO_BUILD')];
  const lke = sampleRbLke();
  const box = loadSandbox({ sheets: [{ name: lke.name, rows: lke.rows }], withUi: false });
  const answer = String(box.call('evaluasiRb')).split('\n');
  lines.push(...answer.map((l) => `  ${l}`));
  const rows = sheetRows(box, t('ADDON_SHEET_RB'));
  const header = rows.findIndex((r) => r[0] === t('ADDON_RB_COL_AREA'));
  if (header < 0) return lines;
  const gapColumn = (rows[header] ?? []).indexOf(t('ADDON_RB_COL_GAP'));
  const row = (label: string) => rows.find((r) => r[0] === label) ?? [];
  for (const r of rows.slice(header + 1)) {
    if (r[0] === t('ADDON_RB_PENGUNGKIT') || r[0] === '') break;
    const [area, pemenuhan, hasilAntara, reform, score, max] = r;
    lines.push(
      t('ADDON_RB_START_AREA', {
        area: text(area),
        score: text(score),
        max: text(max),
        pemenuhan: text(pemenuhan),
        hasilAntara: text(hasilAntara),
        reform: text(reform),
        gap: orDash(r[gapColumn]),
      }),
    );
  }
  const pengungkit = row(t('ADDON_RB_PENGUNGKIT'));
  const hasil = row(t('ADDON_RB_HASIL'));
  const total = row(t('ADDON_RB_INDEX'));
  lines.push(
    t('ADDON_RB_START_TOTAL', {
      pengungkit: text(pengungkit[4]),
      pengungkitMax: text(pengungkit[5]),
      hasil: text(hasil[4]),
      hasilMax: text(hasil[5]),
      total: text(total[4]),
      grade: text(row(t('ADDON_RB_GRADE'))[4]),
      gap: orDash(total[gapColumn]),
    }),
  );
  const weakest = rows.findIndex((r) => r[0] === t('ADDON_RB_WEAKEST'));
  if (weakest < 0) return lines;
  lines.push(t('ADDON_RB_START_WEAKEST'));
  for (const r of rows.slice(weakest + 2)) {
    if (r[0] === '') break;
    const [indicator, area, part, , score, max, lost] = r;
    lines.push(
      t('ADDON_RB_START_WEAK', {
        indicator: text(indicator),
        area: text(area),
        part: text(part),
        score: text(score),
        max: text(max),
        lost: text(lost),
      }),
    );
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${rbLkeLines().join('\n')}\n`);
