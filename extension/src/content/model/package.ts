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

/** One undone duty of the supervisor whose package it is (ResultsPackage `duties`, shared/pipeline/schema.ts). */
export interface PackagedDuty {
  duty: 'teguran' | 'apresiasi' | 'umpan_balik';
  nip: string;
  nama: string;
  predikat: PredikatPegawai | null;
  /** The window (ISO yyyy-mm-dd) a teguran or apresiasi was due in; null for feedback or without a register. */
  from: string | null;
  to: string | null;
  lastRecord: { tanggal: string; jenis: string } | null;
  /** The line the add-on wrote, in the package's language (names, predikat and dates). */
  text: string;
}

/** The supervisor's own duties and what they were judged from, as the panel shows them. */
export interface PackagedDuties {
  duties: PackagedDuty[];
  /** What the duties were judged from (the Catatan Pembinaan register at a date, or the umpan balik). */
  basis: string | null;
}

const DUTY_KINDS: readonly unknown[] = ['teguran', 'apresiasi', 'umpan_balik'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** One duty as SupervisorDutySchema.extend({ text }) reads it (unknown keys dropped), or null. */
function packagedDuty(raw: unknown): PackagedDuty | null {
  if (!isRecord(raw)) return null;
  const { duty, nip, nama, predikat, from, to, lastRecord, text } = raw;
  if (!DUTY_KINDS.includes(duty) || typeof nip !== 'string' || typeof nama !== 'string') return null;
  if (!(predikat === null || isPredikat(predikat)) || !isDate(from) || !isDate(to)) return null;
  if (typeof text !== 'string') return null;
  let record: PackagedDuty['lastRecord'] = null;
  if (lastRecord !== null) {
    if (!isRecord(lastRecord)) return null;
    const { tanggal, jenis } = lastRecord;
    if (typeof tanggal !== 'string' || typeof jenis !== 'string') return null;
    record = { tanggal, jenis };
  }
  return { duty: duty as PackagedDuty['duty'], nip, nama, predikat, from, to, lastRecord: record, text };
}

/**
 * A package's `duties`, checked by hand as its zod schema checks them (test/extension/light.test.ts
 * compares the two on random values): the whole list, or null when any duty does not fit (the panel
 * then shows none rather than part of them). Absent (a package from before the register) is null too.
 */
export function packagedDutyList(value: unknown): PackagedDuty[] | null {
  if (!Array.isArray(value)) return null;
  const duties: PackagedDuty[] = [];
  for (const raw of value) {
    const duty = packagedDuty(raw);
    if (!duty) return null;
    duties.push(duty);
  }
  return duties;
}

/**
 * The supervisor's duties from a stored package (only their own package reaches the overlay:
 * light/settings.ts packageFor), or null when it carries none (exported before the register existed).
 */
export function readPackagedDuties(stored: unknown): PackagedDuties | null {
  if (!isRecord(stored)) return null;
  const duties = packagedDutyList(stored.duties);
  if (!duties) return null;
  return { duties, basis: typeof stored.dutyBasis === 'string' ? stored.dutyBasis : null };
}
