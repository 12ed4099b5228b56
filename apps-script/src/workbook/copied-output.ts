import { t } from '../../../shared';
import { ANNUAL_COLUMNS, TOP_COLUMNS, TOP_ROWS, writtenByAddOn } from '../output/layout';
import { MARK_ONLY_OUTPUTS, OUTPUT_NAMES, OUTPUT_ROLES, type OutputRole } from '../output/sheet-names';

/**
 * A sheet holding one of the add-on's own outputs without its mark: "Salinan Hasil Pegawai" made by
 * Sheets' "Salin ke", or last month's results pasted as values into a new tab. Its columns (NIP, Nama,
 * Capaian, Predikat) look like input, but its numbers are an earlier run's verdicts: read as this
 * period's results they would score everyone from last period's capaian without a word. The header rows
 * are recognised exactly as the add-on writes them (output/layout.ts), so an admin's own table is never
 * taken for a copy.
 */
export function copiedOutputRole(display: readonly (readonly string[])[]): OutputRole | null {
  const top = display.slice(0, TOP_ROWS).map((row) => row.slice(0, TOP_COLUMNS));
  for (const role of OUTPUT_ROLES) if (writtenByAddOn(role, top)) return role;
  // writtenByAddOn never adopts an unmarked "Rekap Tahunan" as the add-on's to replace, but a copy of it
  // (one annual capaian and predikat per employee) must not be read as input either.
  const annual = ANNUAL_COLUMNS.map((c) => t(c));
  const first = top[0] ?? [];
  const isAnnual =
    annual.every((cell, i) => first[i] === cell) && first.slice(annual.length).every((c) => c === '');
  return isAnnual ? 'annual' : null;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The names Sheets gives a copy ("Salinan dari Hasil Pegawai", "Salinan Hasil Pegawai", "Copy of ..."). */
const COPY_PREFIX = /^(?:salinan dari|salinan|copy of) /;

/** The suffix a copy gets when its name is taken ("Kertas Rapat Koordinasi (1)"). */
const COPY_SUFFIX = /\s*\(\d{1,3}\)\s*$/;

/**
 * The output a sheet is named like, or null. Compared as Google Sheets compares sheet names (without
 * regard to case) and ignoring punctuation and spacing, with the names the add-on and Sheets derive from
 * an output's name: "<name> (Nilai Kerja)" and "<name> (Nilai Kerja) 2" (output/replace-sheets.ts),
 * "<name> 2", and a copy's "Salinan dari <name>" or "<name> (1)". "Hasil Pegawai 2024" is not an output's name.
 */
export function outputNamed(name: string): string | null {
  const alternate = normalise(t('ADDON_SHEET_ALTERNATE', { sheet: '' }, 'id'));
  let n = normalise(name.replace(COPY_SUFFIX, ''))
    .replace(COPY_PREFIX, '')
    .replace(/ [2-9]$/, '');
  if (alternate !== '' && n.endsWith(` ${alternate}`)) n = n.slice(0, -alternate.length - 1);
  return Object.values(OUTPUT_NAMES).find((output) => normalise(output) === n) ?? null;
}

/**
 * The output a sheet is a copy of by its name alone, for the outputs no header row identifies
 * (MARK_ONLY_OUTPUTS: the meeting papers, the Sekda's recap sheets): "Salinan dari Rekap OPD", "Salinan
 * Kandidat Lintas OPD", "Copy of Dasbor OPD", "Kertas Rapat Koordinasi (1)". Their rows (NIP, nama,
 * capaian, predikat) read as input would score this period from another run's verdicts. The output's own
 * name unmarked ("Rekap OPD") stays the admin's sheet; outputs whose header identifies them are decided
 * by their content (copiedOutputRole), so an admin's notes under such a name are still read by columns.
 */
export function copyNamedOutput(name: string): OutputRole | null {
  const suffixed = COPY_SUFFIX.test(name);
  const n = normalise(name.replace(COPY_SUFFIX, ''));
  const bare = n.replace(COPY_PREFIX, '');
  if (!suffixed && bare === n) return null;
  for (const role of MARK_ONLY_OUTPUTS) if (normalise(OUTPUT_NAMES[role]) === bare) return role;
  return null;
}
