import {
  buildRecap,
  formatIssue,
  type Issue,
  type OpdPackage,
  opdKey,
  type Recap,
  sameLength,
} from '../../../../shared';
import { type Action, type ActionOutcome, done, errorText, failed, requestInvalid, say } from '../../action';
import { activeSpreadsheet, gas } from '../../gas/env';
import { replaceSheets } from '../../output/replace-sheets';
import type { SpreadsheetPort } from '../../port/types';
import { loadPolicy } from '../../settings/policy-store';
import { type ArchiveEntry, archiveSheet, type BrokenEntry, readArchive } from './archive';
import { createOpdList, readOpdList } from './opd-list';
import { type CheckReply, checkFiles, FilesSchema, type ImportReply, MAX_FILES } from './package-files';
import { recapSheets } from './recap-sheets';

export const RECAP_SIDEBAR_FILE = 'RecapImport';

/**
 * Each OPD's mean capaian per period, from the packages kept (the dashboard's trend lines): periods of the
 * recap period's length only, so months and a quarter are never one line (docs/rules.md History).
 */
function trendOf(recap: Recap, packages: readonly OpdPackage[]) {
  const comparable = (key: string) => sameLength(key, recap.period.key);
  return recap.opds.map((o) => {
    const values = new Map<string, number | null>();
    for (const t of o.pkg.trend) if (comparable(t.key)) values.set(t.key, t.averageCapaian);
    for (const p of packages)
      if (opdKey(p.opd.name) === o.key && comparable(p.period.key))
        values.set(p.period.key, p.totals.averageCapaian);
    return { opd: o.name, values };
  });
}

/** A broken archive entry's OPD and period as its rows give them (the columns the archive writes). */
function damagedOf(b: BrokenEntry): { name: string; period: string; label: string } {
  const row = b.rows[0] ?? [];
  const cell = (i: number) => String(row[i] ?? '').trim();
  const [name, period] = b.key.split('|');
  return {
    name: cell(1) || (name ?? b.key),
    period: cell(3) || (period ?? ''),
    label: cell(4) || cell(3) || (period ?? ''),
  };
}

/**
 * The archive with `incoming` merged (an OPD's period replaced, never duplicated), the recap decided by the
 * core from it, and every recap sheet written as one change (all or nothing: output/replace-sheets.ts).
 */
function writeRecap(book: SpreadsheetPort, incoming: readonly ArchiveEntry[], progress: (m: string) => void) {
  const archive = readArchive(book);
  const merged = new Map(archive.entries.map((e) => [e.key, e]));
  for (const e of incoming) merged.set(e.key, e);
  const broken = archive.broken.filter((b) => !merged.has(b.key));
  const entries = [...merged.values()];
  if (entries.length === 0) return { ok: false as const, lines: [say('RECAP_NO_ARCHIVE')] };
  const { policy } = loadPolicy(book);
  const list = readOpdList(book);
  const packages = entries.map((e) => e.pkg);
  const damaged = broken.map((b) => damagedOf(b));
  const recap = buildRecap({ packages, expected: list.expected, policy, damaged });
  if (!recap) return { ok: false as const, lines: [say('RECAP_NO_ARCHIVE')] };
  const written = replaceSheets(
    book,
    [archiveSheet(entries, broken), ...recapSheets(recap, trendOf(recap, packages))],
    (name) => progress(say('ADDON_WRITING', { sheet: name })),
  );
  if (!written.ok) return { ok: false as const, lines: written.lines };
  const notes: string[] = [];
  // Periods before the recap's are history; packages after it are named apart (the recap left them out).
  const at = recap.periods.findIndex((p) => p.key === recap.period.key);
  const earlier = recap.periods.slice(0, Math.max(0, at)).map((p) => p.label);
  if (earlier.length > 0)
    notes.push(say('RECAP_OTHER_PERIODS', { periods: earlier.join(', '), period: recap.period.label }));
  if (recap.later.length > 0)
    notes.push(
      say('RECAP_LATER_PACKAGES', {
        period: recap.period.label,
        packages: recap.later.map((p) => `${p.name} (${p.period})`).join(', '),
      }),
    );
  const fileOf = new Map(incoming.map((e) => [opdKey(e.pkg.opd.name), e]));
  for (const u of recap.unlisted) {
    const from = fileOf.get(opdKey(u.name));
    const params = {
      opd: u.name,
      period: recap.period.label,
      closest: u.closest ?? '-',
      sheet: list.sheet ?? '-',
    };
    notes.push(
      from?.file !== undefined && from.pkg.period.key === recap.period.key
        ? say('RECAP_UNLISTED_FILE', { ...params, file: from.file })
        : say('RECAP_UNLISTED', params),
    );
  }
  for (const d of recap.drafts)
    notes.push(
      say('RECAP_SAKIP_DRAFT', {
        opd: d.opd,
        score: d.score,
        round: d.round,
        unanswered: d.unanswered,
      }),
    );
  if (recap.policies.length > 0)
    notes.push(say('RECAP_POLICIES_DIFFER', { policies: recap.policies.join('; ') }));
  const issues: Issue[] = [...archive.issues, ...broken.map((b) => b.issue), ...list.issues];
  notes.push(...issues.map((i) => formatIssue(i)));
  if (!list.sheet) {
    const created = createOpdList(
      book,
      recap.opds.map((o) => ({ name: o.name, kind: o.kind })),
    );
    if (created) notes.push(say('RECAP_LIST_CREATED', { sheet: created, count: recap.opds.length }));
  }
  return { ok: true as const, recap, names: written.names, notes: [...notes, ...written.notes] };
}

/** Sidebar call: reads and validates the chosen files against the archive; writes nothing. */
export function checkOpdPackages(
  files: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): CheckReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET') };
  const parsed = FilesSchema.safeParse(files);
  if (!parsed.success) {
    const count = Array.isArray(files) ? files.length : 0;
    return {
      ok: false,
      message:
        count > MAX_FILES
          ? say('RECAP_FILES_TOO_MANY', { count, max: MAX_FILES })
          : requestInvalid(parsed.error),
    };
  }
  if (parsed.data.length === 0) return { ok: false, message: say('RECAP_FILES_NONE') };
  try {
    const checked = checkFiles(parsed.data, readArchive(book).entries, loadPolicy(book).policy);
    return { ok: true, files: checked.verdicts, accepted: checked.accepted.length };
  } catch (e) {
    return { ok: false, message: say('ADDON_FAILED', { detail: errorText(e) }) };
  }
}

/**
 * Sidebar call: imports the chosen packages. Any file refused (damaged, foreign, another format or
 * version, two files for one OPD and period) refuses the whole import and nothing is written; otherwise
 * the archive and the recap sheets are rewritten as one change.
 */
export function importOpdPackages(
  files: unknown,
  book: SpreadsheetPort | null = activeSpreadsheet(),
): ImportReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET'), files: [] };
  const parsed = FilesSchema.safeParse(files);
  if (!parsed.success || parsed.data.length === 0) {
    const check = checkOpdPackages(files, book);
    return { ok: false, message: check.ok ? say('RECAP_FILES_NONE') : check.message, files: [] };
  }
  try {
    const archive = readArchive(book);
    const checked = checkFiles(parsed.data, archive.entries, loadPolicy(book).policy);
    const bad = checked.verdicts.filter((v) => !v.ok);
    if (bad.length > 0)
      return { ok: false, message: say('RECAP_REFUSED', { count: bad.length }), files: checked.verdicts };
    // Every package is already in the archive as it is: the recap would be the same, so nothing is rewritten.
    if (checked.same === checked.accepted.length && archive.broken.length === 0)
      return {
        ok: true,
        files: checked.verdicts,
        lines: [say('RECAP_NOTHING_CHANGED', { count: checked.same })],
      };
    const written = writeRecap(book, checked.accepted, () => {});
    if (!written.ok) return { ok: false, message: written.lines.join(' '), files: checked.verdicts };
    return {
      ok: true,
      files: checked.verdicts,
      lines: [
        say('RECAP_DONE', {
          period: written.recap.period.label,
          opds: written.recap.opds.length,
          silent: written.recap.silent.length,
          imported: checked.accepted.length,
          replaced: checked.replaced,
          same: checked.same,
          sheet: written.names.recapOpd,
        }),
        ...written.notes,
      ],
    };
  } catch (e) {
    return { ok: false, message: say('ADDON_FAILED', { detail: errorText(e) }), files: [] };
  }
}

/** Rebuilds the recap sheets from the archive alone (after editing "Daftar OPD", or from a trigger). */
export function rebuildRecap(book: SpreadsheetPort, progress: (m: string) => void = () => {}): ActionOutcome {
  try {
    const written = writeRecap(book, [], progress);
    if (!written.ok) return failed(...written.lines);
    return done(
      say('RECAP_DONE', {
        period: written.recap.period.label,
        opds: written.recap.opds.length,
        silent: written.recap.silent.length,
        imported: 0,
        replaced: 0,
        same: 0,
        sheet: written.names.recapOpd,
      }),
      ...written.notes,
    );
  } catch (e) {
    return failed(say('ADDON_FAILED', { detail: errorText(e) }));
  }
}

/** Sidebar call: the recap rebuilt from the archive. */
export function rebuildRecapReply(book: SpreadsheetPort | null = activeSpreadsheet()): ImportReply {
  if (!book) return { ok: false, message: say('SHEETS_NO_SPREADSHEET'), files: [] };
  const outcome = rebuildRecap(book);
  return outcome.ok
    ? { ok: true, lines: outcome.lines, files: [] }
    : { ok: false, message: outcome.lines.join(' '), files: [] };
}

/** "Rekap OPD": with a Ui, the sidebar that picks package files; from a trigger, a rebuild from the archive. */
export const openRecap: Action = ({ book, ui, progress }) => {
  if (ui) {
    const html = gas().HtmlService?.createHtmlOutputFromFile(RECAP_SIDEBAR_FILE);
    if (html) {
      ui.showSidebar(html.setTitle(say('RECAP_IMPORT_TITLE')));
      return done();
    }
  }
  return rebuildRecap(book, progress);
};
