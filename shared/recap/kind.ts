import type { MessageCode } from '../messages/catalog';
import type { OpdKind } from './schema';

/** Each kind's label in the catalog, as the recap sheets and the Daftar OPD dropdown show it. */
export const OPD_KIND_LABEL: Readonly<Record<OpdKind, MessageCode>> = {
  dinas: 'RECAP_KIND_LABEL_DINAS',
  badan: 'RECAP_KIND_LABEL_BADAN',
  kecamatan: 'RECAP_KIND_LABEL_KECAMATAN',
  kelurahan: 'RECAP_KIND_LABEL_KELURAHAN',
  rsud: 'RECAP_KIND_LABEL_RSUD',
  sekretariat: 'RECAP_KIND_LABEL_SEKRETARIAT',
  inspektorat: 'RECAP_KIND_LABEL_INSPEKTORAT',
  satpol_pp: 'RECAP_KIND_LABEL_SATPOL_PP',
  lainnya: 'RECAP_KIND_LABEL_LAINNYA',
};

/**
 * The kind of an OPD from the name it goes by ("Kecamatan Toboali", "Dinas Kesehatan", "RSUD Sejiran
 * Setason", "Badan Kepegawaian dan Pengembangan SDM"). Nomenclature follows PP 18/2016 on Perangkat
 * Daerah: sekretariat daerah/DPRD, inspektorat, dinas, badan, kecamatan (and kelurahan under them),
 * satuan polisi pamong praja; RSUD are UPTD/unit organisasi bersifat khusus under the health dinas.
 * A name that says none of these is 'lainnya': it is ranked among all OPDs, never among kecamatan.
 */
const KINDS: ReadonlyArray<readonly [RegExp, OpdKind]> = [
  [/^(kantor\s+)?kecamatan\b|^camat\b/, 'kecamatan'],
  [/^(kantor\s+)?kelurahan\b|^lurah\b/, 'kelurahan'],
  [/^(rsud|rumah sakit( umum)?( daerah)?)\b/, 'rsud'],
  [/^(satuan polisi pamong praja|satpol[\s-]*pp)\b/, 'satpol_pp'],
  [/^inspektorat\b/, 'inspektorat'],
  [/^sekretariat\b|^setda\b|^setwan\b/, 'sekretariat'],
  [/^badan\b|^bappeda\b|^bkpsdm\b|^bpkad\b|^bkd\b|^bpbd\b|^bapenda\b/, 'badan'],
  [/^dinas\b/, 'dinas'],
];

export function opdKind(name: string): OpdKind {
  const text = name.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, kind] of KINDS) if (pattern.test(text)) return kind;
  return 'lainnya';
}

/** The key an OPD is known by across packages and the list of OPDs: its name, case and spaces aside. */
export const opdKey = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();
