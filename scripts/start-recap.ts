/**
 * The Sekda's recap in `npm start` (issue 12): the BUILT add-on (Code.js in the Apps Script sandbox) runs
 * "Ekspor paket OPD" in each sample OPD's workbook (the sample Dinas Kesehatan with its three months of
 * results and its pembinaan register, two dinas and two kecamatan, each for August and September 2025),
 * then "Rekap OPD" imports the packages into a Sekda workbook whose "Daftar OPD" also names an OPD that
 * sends nothing. It prints what the meeting reads from the sheets the add-on wrote (best I, II, III, most
 * improved, kecamatan ranking, silent OPDs, candidates, supervisors' open duties per OPD) and saves every
 * sheet of the Sekda workbook as CSV under out/rekap-opd/.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RECAP_SHEETS } from '../apps-script/src/output/sheet-names';
import type { Lang } from '../shared/messages/catalog';
import { formatNumberForLang, t } from '../shared/messages/format';
import {
  kkeResumeSheet,
  type OpdSheet,
  opdEarlier,
  opdWorkbook,
  SAMPLE_OPD,
  SAMPLE_OPD_SAKIP,
  SAMPLE_OPDS,
  SAMPLE_OPDS_PERIOD,
  SAMPLE_OPDS_PREVIOUS,
  sampleHistorySheets,
  sampleOpdListSheet,
  sampleRegisterSheet,
} from '../shared/sample';
import { DIST, loadSandbox, plain, type Sandbox } from '../tools/apps-script-sandbox/sandbox';
import { toCsv } from './start-addon';

/** Where the Sekda workbook's sheets are saved. */
export const RECAP_CSV_DIR = 'out/rekap-opd';

interface PackageFile {
  opd: string;
  period: string;
  employees: number;
  named: number;
  fileName: string;
  json: string;
}
type ExportReply = { ok: true; files: PackageFile[] } | { ok: false; message: string };
interface ImportReply {
  ok: boolean;
  message?: string;
  lines?: string[];
  files: { file: string; ok: boolean; message: string }[];
}

/** One OPD workbook to export from: its sheets, and whether Hitung nilai runs first (to keep its Riwayat). */
interface OpdBook {
  opd: string;
  period: string;
  sheets: OpdSheet[];
  computeFirst: boolean;
}

/** The sample Dinas Kesehatan: July-September results, its register, and Inspektorat's KKE resume. */
const sampleDinasBook = (): OpdBook => ({
  opd: SAMPLE_OPD,
  period: SAMPLE_OPDS_PERIOD,
  sheets: [...sampleHistorySheets(), sampleRegisterSheet(), kkeResumeSheet(SAMPLE_OPD_SAKIP)],
  computeFirst: true,
});

/** The other sample OPDs, a month earlier and for the period (their capaian moved by `rise` since). */
function otherBooks(period: string, earlier: boolean): OpdBook[] {
  return SAMPLE_OPDS.map(({ fixture, rise }) => ({
    opd: fixture.opd,
    period,
    sheets: opdWorkbook(earlier ? opdEarlier(fixture, rise) : fixture, period),
    computeFirst: false,
  }));
}

const indent = (lines: readonly string[], depth = 1): string[] =>
  lines.map((l) => `${'  '.repeat(depth)}${l}`);
const cellText = (v: unknown): string =>
  typeof v === 'number' ? String(v).replace('.', ',') : String(v ?? '');

/** Exports one OPD's packages through the built add-on; the lines say what each file holds. */
function exportBook(book: OpdBook, lang: Lang): { files: { name: string; text: string }[]; lines: string[] } {
  const box = loadSandbox({ sheets: book.sheets, withUi: false });
  if (book.computeFirst) box.call('hitungNilai');
  const reply = plain(box.call('ambilPaketOpd')) as ExportReply;
  if (!reply.ok)
    return {
      files: [],
      lines: [
        t('RECAP_START_EXPORT_FAILED', { opd: book.opd, period: book.period, message: reply.message }, lang),
      ],
    };
  return {
    files: reply.files.map((f) => ({ name: f.fileName, text: f.json })),
    lines: reply.files.map((f) =>
      t(
        'RECAP_START_EXPORT',
        {
          opd: f.opd,
          period: f.period,
          employees: f.employees,
          named: f.named,
          file: f.fileName,
          chars: formatNumberForLang(f.json.length, lang, 0),
        },
        lang,
      ),
    ),
  };
}

/** Imports the files into the Sekda workbook (the sidebar's call); the add-on's own lines, or why it refused. */
function importFiles(
  box: Sandbox,
  files: { name: string; text: string }[],
  period: string,
  lang: Lang,
): string[] {
  const reply = plain(box.call('imporPaketOpd', files)) as ImportReply;
  const head = t('RECAP_START_IMPORT', { count: files.length, period }, lang);
  if (reply.ok) return [head, ...indent(reply.lines ?? [])];
  return [
    head,
    ...indent([
      t('RECAP_START_IMPORT_FAILED', { message: reply.message ?? '' }, lang),
      ...reply.files
        .filter((f) => !f.ok)
        .map((f) => t('RECAP_START_FILE_REFUSED', { file: f.file, message: f.message }, lang)),
    ]),
  ];
}

/** The cells of sheet `name` as text, or [] when the add-on wrote none. */
function sheetText(box: Sandbox, name: string): string[][] {
  const sheet = box.book.sheets.find((s) => s.name === name);
  return sheet ? (plain(sheet.snapshot()) as unknown[][]).map((r) => r.map(cellText)) : [];
}

const isBlank = (row: readonly string[] | undefined): boolean => !row || row.every((c) => c === '');

/** The rows under a section title (the row whose first cell is `title`), up to the next blank row. */
function sectionRows(rows: readonly string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === title);
  if (start < 0) return [];
  const out: string[][] = [];
  for (const row of rows.slice(start + 1)) {
    if (isBlank(row)) break;
    out.push(row);
  }
  return out;
}

/** The body of the table whose header row starts with `header`, up to the next blank row. */
function tableBody(rows: readonly string[][], header: string): { head: string[]; body: string[][] } {
  const start = rows.findIndex((r) => r[0] === header);
  if (start < 0) return { head: [], body: [] };
  const body: string[][] = [];
  for (const row of rows.slice(start + 1)) {
    if (isBlank(row)) break;
    body.push(row);
  }
  return { head: rows[start] ?? [], body };
}

const column = (head: readonly string[], code: Parameters<typeof t>[0]): number => head.indexOf(t(code));

/** What the meeting reads: the best, the most improved, kecamatan, silent OPDs, candidates and duties. */
function recapLines(box: Sandbox, lang: Lang): string[] {
  const none = t('RECAP_START_NONE', undefined, lang);
  const orNone = (lines: string[]) => (lines.length > 0 ? lines : [none]);
  const out: string[] = [];
  const opd = sheetText(box, RECAP_SHEETS.recapOpd);
  out.push(opd[0]?.[0] ?? '');
  out.push(
    t('RECAP_SECTION_BEST', undefined, lang),
    ...indent(sectionRows(opd, t('RECAP_SECTION_BEST')).map((r) => r[0] ?? '')),
  );
  out.push(
    t('RECAP_SECTION_IMPROVED', undefined, lang),
    ...indent(sectionRows(opd, t('RECAP_SECTION_IMPROVED')).map((r) => r[0] ?? '')),
  );

  const kec = tableBody(sheetText(box, RECAP_SHEETS.recapKecamatan), t('RECAP_COL_KECAMATAN_RANK'));
  const score = column(kec.head, 'RECAP_COL_SAKIP');
  const grade = column(kec.head, 'RECAP_COL_SAKIP_GRADE');
  out.push(
    t('RECAP_SHEET_KECAMATAN', undefined, lang),
    ...indent(
      orNone(
        kec.body.map((r) =>
          t(
            'RECAP_START_KECAMATAN_LINE',
            { rank: r[0] || '-', opd: r[1] ?? '', score: r[score] || '-', grade: r[grade] ?? '' },
            lang,
          ),
        ),
      ),
    ),
  );

  const silentRows = sectionRows(opd, t('RECAP_SECTION_SILENT'));
  const silent = silentRows[0]?.[0] === t('RECAP_COL_OPD') ? silentRows.slice(1) : [];
  out.push(
    t('RECAP_SECTION_SILENT', undefined, lang),
    ...indent(
      silent.length === 0
        ? silentRows.map((r) => r[0] ?? '')
        : silent.map((r) =>
            t('RECAP_START_SILENT_LINE', { opd: r[0] ?? '', kind: r[1] ?? '', last: r[2] ?? '' }, lang),
          ),
    ),
  );

  const cand = tableBody(sheetText(box, RECAP_SHEETS.recapCandidates), t('RECAP_COL_CANDIDATE'));
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || none;
  };
  const nip = column(cand.head, 'RECAP_COL_NIP_ONE');
  out.push(
    t('RECAP_SHEET_CANDIDATES', undefined, lang),
    ...indent([
      t(
        'RECAP_START_CANDIDATES',
        {
          count: cand.body.length,
          people: new Set(cand.body.map((r) => r[nip] ?? '')).size,
          kinds: tally(cand.body.map((r) => r[0] ?? '')),
        },
        lang,
      ),
      t('RECAP_START_CANDIDATES_BY_OPD', { counts: tally(cand.body.map((r) => r[1] ?? '')) }, lang),
    ]),
  );

  const duties = tableBody(sheetText(box, RECAP_SHEETS.recapDuties), t('RECAP_COL_OPD'));
  out.push(
    t('RECAP_SHEET_DUTIES', undefined, lang),
    ...indent(
      orNone(
        duties.body.map(([name = '', supervisors = '', teguran = '', apresiasi = '', umpanBalik = '']) =>
          t('RECAP_START_DUTY_LINE', { opd: name, supervisors, teguran, apresiasi, umpanBalik }, lang),
        ),
      ),
    ),
  );
  return out;
}

/** Every sheet of the Sekda workbook as a CSV file (the names the add-on gave them); older CSVs removed. */
function saveCsv(box: Sandbox, dir: string, lang: Lang): string {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith('.csv')) rmSync(join(dir, file));
  const names: string[] = [];
  for (const sheet of box.book.sheets) {
    writeFileSync(join(dir, `${sheet.name.replace(/[/\\:*?"<>|]/g, '_')}.csv`), toCsv(sheet.snapshot()));
    names.push(sheet.name);
  }
  return t('RECAP_START_CSV', { count: names.length, dir, sheets: names.join(', ') }, lang);
}

export function recapOpdLines(lang: Lang = 'id', outDir: string = RECAP_CSV_DIR): string[] {
  const list = sampleOpdListSheet();
  const title = t('RECAP_START_TITLE', { opds: SAMPLE_OPDS.length + 1, listed: list.rows.length - 1 }, lang);
  if (!existsSync(join(DIST, 'Code.js'))) return [title, t('ADDON_START_NO_BUILD', undefined, lang)];
  const lines = [title, t('RECAP_START_EXPORTS', undefined, lang)];
  const earlier = otherBooks(SAMPLE_OPDS_PREVIOUS, true).map((b) => exportBook(b, lang));
  const current = [sampleDinasBook(), ...otherBooks(SAMPLE_OPDS_PERIOD, false)].map((b) =>
    exportBook(b, lang),
  );
  for (const e of [...earlier, ...current]) lines.push(...indent(e.lines));

  // The Sekda's office imports last month's packages first, then this month's: the earlier ones stay as history.
  const sekda = loadSandbox({ sheets: [list], withUi: false });
  lines.push(
    ...importFiles(
      sekda,
      earlier.flatMap((e) => e.files),
      SAMPLE_OPDS_PREVIOUS,
      lang,
    ),
  );
  lines.push(
    ...importFiles(
      sekda,
      current.flatMap((e) => e.files),
      SAMPLE_OPDS_PERIOD,
      lang,
    ),
  );
  lines.push('', ...recapLines(sekda, lang), '', saveCsv(sekda, outDir, lang));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.stdout.write(`${recapOpdLines(process.argv.includes('--en') ? 'en' : 'id').join('\n')}\n`);
