import {
  distributionContradictions,
  formatIssue,
  OPD_PACKAGE_FORMAT,
  OPD_PACKAGE_VERSION,
  OpdPackageSchema,
  type Policy,
  presetClaimIssue,
  RESULTS_FORMAT,
  t,
} from '../../../../shared';
import * as z from '../../../../shared/core/zod';
import { errorText, say } from '../../action';
import { RECAP_SHEETS } from '../../output/sheet-names';
import { type ArchiveEntry, archiveKey } from './archive';

/*
 * The OPD package files the Rekap OPD sidebar sends, each read and checked against the archive it would
 * join (shared/recap OpdPackageSchema), with a verdict per file for the sidebar's table. Nothing is written here.
 */

/** At most this many files per import, and this many characters per file (the sidebar says so first). */
export const MAX_FILES = 100;
export const MAX_FILE_CHARS = 8_000_000;

/** What the sidebar sends: each file's name and text, read in the browser (FileReader). */
export const FilesSchema = z
  .array(z.object({ name: z.string().max(300), text: z.string().max(MAX_FILE_CHARS) }))
  .max(MAX_FILES);

/** One file's verdict, for the sidebar's table. */
export interface FileVerdict {
  file: string;
  ok: boolean;
  opd: string;
  period: string;
  employees: number;
  /** What the check found, in Indonesian: what the package holds, or why it is refused. */
  message: string;
}

export type CheckReply =
  | { ok: true; files: FileVerdict[]; accepted: number }
  | { ok: false; message: string };
export type ImportReply =
  | { ok: true; lines: string[]; files: FileVerdict[] }
  | { ok: false; message: string; files: FileVerdict[] };

export interface Checked {
  verdicts: FileVerdict[];
  accepted: ArchiveEntry[];
  replaced: number;
  same: number;
}

const refused = (file: string, message: string): FileVerdict => ({
  file,
  ok: false,
  opd: '',
  period: '',
  employees: 0,
  message,
});

function formatOf(value: unknown): { format: string; version: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { format: typeof value, version: undefined };
  const v = value as { format?: unknown; version?: unknown };
  return { format: typeof v.format === 'string' ? v.format.slice(0, 100) : '-', version: v.version };
}

/** "2025-03-31 08:00" of an ISO time, as the sidebar shows when a package was built. */
const shownTime = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

/** Whether export time `a` is before `b` (as instants; as text when either does not read as a time). */
function builtBefore(a: string, b: string): boolean {
  const [ma, mb] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(ma) && Number.isFinite(mb) ? ma < mb : a < b;
}

/**
 * Why a package's version is not the one read: a missing version and one written as text ("1") are said
 * as such, never as "versi paket undefined" or "versi paket 1, sedangkan ... versi 1".
 */
function versionMessage(file: string, version: unknown): string {
  const expected = OPD_PACKAGE_VERSION;
  if (version === undefined) return say('RECAP_FILE_VERSION_MISSING', { file, expected });
  if (typeof version !== 'number' || !Number.isFinite(version))
    return say('RECAP_FILE_VERSION_NOT_NUMBER', {
      file,
      version: (JSON.stringify(version) ?? typeof version).slice(0, 100),
      expected,
    });
  return say('RECAP_FILE_VERSION', { file, version: String(version), expected });
}

/** Each file read and validated against the archive it would join; nothing is written. */
export function checkFiles(
  files: z.infer<typeof FilesSchema>,
  archive: readonly ArchiveEntry[],
  policy: Policy,
): Checked {
  const kept = new Map(archive.map((e) => [e.key, e.pkg]));
  const inBatch = new Map<string, string>();
  const verdicts: FileVerdict[] = [];
  const accepted: ArchiveEntry[] = [];
  let replaced = 0;
  let same = 0;
  for (const f of files) {
    let value: unknown;
    try {
      value = JSON.parse(f.text);
    } catch (e) {
      verdicts.push(
        refused(f.name, say('RECAP_FILE_NOT_JSON', { file: f.name, detail: errorText(e).slice(0, 200) })),
      );
      continue;
    }
    const { format, version } = formatOf(value);
    if (format === RESULTS_FORMAT) {
      verdicts.push(refused(f.name, say('RECAP_FILE_RESULTS_PACKAGE', { file: f.name })));
      continue;
    }
    if (format !== OPD_PACKAGE_FORMAT) {
      verdicts.push(refused(f.name, say('RECAP_FILE_FOREIGN', { file: f.name, format })));
      continue;
    }
    if (version !== OPD_PACKAGE_VERSION) {
      verdicts.push(refused(f.name, versionMessage(f.name, version)));
      continue;
    }
    const parsed = OpdPackageSchema.safeParse(value);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '-'}: ${i.message}`)
        .join('; ');
      verdicts.push(refused(f.name, say('RECAP_FILE_INVALID', { file: f.name, detail })));
      continue;
    }
    const pkg = parsed.data;
    const contradicted = distributionContradictions(pkg, policy);
    if (contradicted.length > 0) {
      const detail = t(
        'RECAP_CHECK_DISTRIBUTION_COUNTS',
        { units: contradicted.map((u) => `"${u}"`).join(', '), policy: policy.name },
        'id',
      );
      verdicts.push(refused(f.name, say('RECAP_FILE_INVALID', { file: f.name, detail })));
      continue;
    }
    // The preset a package names is a claim about its OPD's policy, checked against what the package
    // holds (shared/recap verify.ts). The package is archived as the OPD sent it; its verdict says so.
    const claim = presetClaimIssue(pkg, f.name);
    const key = archiveKey(pkg);
    const twin = inBatch.get(key);
    if (twin !== undefined) {
      verdicts.push(
        refused(
          f.name,
          say('RECAP_FILE_DUPLICATE', {
            file: f.name,
            other: twin,
            opd: pkg.opd.name,
            period: pkg.period.label,
          }),
        ),
      );
      continue;
    }
    inBatch.set(key, f.name);
    const before = kept.get(key);
    // An older export never silently replaces a newer one (a file found again in a download folder).
    if (before && builtBefore(pkg.generatedAt, before.generatedAt)) {
      verdicts.push(
        refused(
          f.name,
          say('RECAP_FILE_OLDER', {
            file: f.name,
            opd: pkg.opd.name,
            period: pkg.period.label,
            generatedAt: shownTime(pkg.generatedAt),
            archived: shownTime(before.generatedAt),
            sheet: RECAP_SHEETS.recapArchive,
          }),
        ),
      );
      continue;
    }
    let message = say('RECAP_FILE_OK', {
      opd: pkg.opd.name,
      period: pkg.period.label,
      employees: pkg.totals.employees,
      generatedAt: shownTime(pkg.generatedAt),
    });
    if (before && JSON.stringify(before) === JSON.stringify(pkg)) {
      same++;
      message += ` ${say('RECAP_FILE_SAME')}`;
    } else if (before) {
      replaced++;
      message += ` ${say('RECAP_FILE_REPLACES', { opd: before.opd.name, period: before.period.label, generatedAt: shownTime(before.generatedAt) })}`;
    }
    if (claim) message += ` ${formatIssue(claim)}`;
    verdicts.push({
      file: f.name,
      ok: true,
      opd: pkg.opd.name,
      period: pkg.period.label,
      employees: pkg.totals.employees,
      message,
    });
    accepted.push({ key, pkg, file: f.name });
  }
  return { verdicts, accepted, replaced, same };
}
