import * as z from '../../../../shared/core/zod';
import { type PredikatPegawai, PredikatPegawaiSchema } from '../../../../shared/policy';
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
 * add-on, stored by extension/src/storage.ts). Loose on purpose: unknown fields are kept by the
 * package's own schema; here a row missing what we need is skipped, never fatal.
 */
const PackagedRowSchema = z.looseObject({
  nip: z.string().max(40),
  nama: z.string().max(200).optional(),
  name: z.string().max(200).optional(),
  capaian: z.number().finite().nullable().optional(),
  predikat: z.string().max(40).nullable().optional(),
  flags: z.array(z.string().max(60)).max(50).optional(),
});

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
    const parsed = PackagedRowSchema.safeParse(raw);
    if (!parsed.success) continue;
    const row = parsed.data;
    const nip = digits(row.nip);
    if (nip.length !== 18) continue;
    const predikat = PredikatPegawaiSchema.safeParse(row.predikat);
    index.set(nip, {
      nip,
      name: row.nama ?? row.name ?? '',
      capaian: row.capaian ?? null,
      ...(predikat.success ? { predikat: predikat.data } : {}),
      flags: (row.flags ?? []).filter(isOverlayFlag),
    });
  }
  return index;
}
