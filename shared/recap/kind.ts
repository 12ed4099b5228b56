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

/** The "Daftar OPD" sheet keeps its header row among its first rows, under a title. */
const OPD_LIST_HEADER_ROWS = 5;

/**
 * Where a list of OPDs ("Daftar OPD") keeps its names: the first of its top rows with a cell reading
 * `header` ("Nama OPD", letter case and spacing aside), and that cell's column (0-based); null when none
 * does. One reading for the Sekda's recap and the RB action plan, so both agree on which OPDs exist.
 */
export function opdListHeader(
  grid: readonly (readonly unknown[])[],
  header: string,
): { row: number; column: number } | null {
  const wanted = opdKey(header);
  for (let row = 0; row < Math.min(OPD_LIST_HEADER_ROWS, grid.length); row++) {
    const column = (grid[row] ?? []).findIndex((c) => opdKey(c == null ? '' : String(c)) === wanted);
    if (column >= 0) return { row, column };
  }
  return null;
}
