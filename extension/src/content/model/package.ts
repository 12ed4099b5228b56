import { PREDIKAT_PEGAWAI, type PredikatPegawai } from '../../../../shared/policy';
import { isOverlayFlag, type OverlayFlag } from '../flags';

/** One employee's results from the imported results package, as the overlay uses them. */
export interface PackagedResult {
  nip: string;
  name: string;
  capaian: number | null;
  predikat?: PredikatPegawai;
  flags: OverlayFlag[];
}

export type PackageIndex = ReadonlyMap<string, PackagedResult>;

/**
 * The fields the overlay reads from each employee row of a results package (exported by the Sheets
 * add-on, stored by extension/src/storage.ts, which validated the whole package with the core's zod
 * schema). Loose on purpose: unknown fields are kept by the package's own schema; here a row missing
 * what we need is skipped, never fatal. Checked by hand, not with zod, so that the content script
 * carries no zod (it runs on every e-kinerja page): nip a text of at most 40 characters; nama and name
 * texts of at most 200; capaian a finite number or null; predikat a text of at most 40 or null; flags
 * at most 50 texts of at most 60 (each optional but nip).
 */
interface PackagedRow {
  nip: string;
  nama?: string;
  name?: string;
  capaian?: number | null;
  predikat?: string | null;
  flags?: string[];
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const optional = (value: unknown, check: (v: unknown) => boolean): boolean =>
  value === undefined || check(value);

function packagedRow(raw: unknown): PackagedRow | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const row = raw as Record<string, unknown>;
  const fits =
    isText(row.nip, 40) &&
    optional(row.nama, (v) => isText(v, 200)) &&
    optional(row.name, (v) => isText(v, 200)) &&
    optional(row.capaian, (v) => v === null || (typeof v === 'number' && Number.isFinite(v))) &&
    optional(row.predikat, (v) => v === null || isText(v, 40)) &&
    optional(row.flags, (v) => Array.isArray(v) && v.length <= 50 && v.every((f) => isText(f, 60)));
  return fits ? (row as unknown as PackagedRow) : null;
}

const isPredikat = (value: unknown): value is PredikatPegawai =>
  (PREDIKAT_PEGAWAI as readonly unknown[]).includes(value);

const digits = (nip: string): string => nip.replace(/\D/g, '');

/** Builds the NIP index of a stored package (`rows` or `employees`); anything unreadable is left out. */
export function indexResultsPackage(stored: unknown): PackageIndex {
  const index = new Map<string, PackagedResult>();
  if (typeof stored !== 'object' || stored === null) return index;
  const record = stored as { rows?: unknown; employees?: unknown };
  const rows = Array.isArray(record.rows)
    ? record.rows
    : Array.isArray(record.employees)
      ? record.employees
      : [];
  for (const raw of rows) {
    const row = packagedRow(raw);
    if (!row) continue;
    const nip = digits(row.nip);
    if (nip.length !== 18) continue;
    index.set(nip, {
      nip,
      name: row.nama ?? row.name ?? '',
      capaian: row.capaian ?? null,
      ...(isPredikat(row.predikat) ? { predikat: row.predikat } : {}),
      flags: (row.flags ?? []).filter(isOverlayFlag),
    });
  }
  return index;
}
