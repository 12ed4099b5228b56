import type { CellValue } from '../port/types';

/** Dates may come from another realm (the vm sandbox), so instanceof is not enough. */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * A raw number as unambiguous text for the core parsers, which read "4.215" as four thousand (a dot
 * followed by three digits is a thousands separator in Indonesian). Float noise is trimmed to 12
 * significant digits, and a fraction of exactly three digits gets a trailing zero ("4.2150").
 */
export function canonicalNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  let s = String(Number(n.toPrecision(12)));
  if (/e/i.test(s)) s = Math.abs(n) < 1 ? n.toFixed(12).replace(/0+$/, '') : n.toFixed(0);
  const frac = s.split('.')[1];
  return frac !== undefined && frac.length === 3 ? `${s}0` : s;
}

/** Sheets stores durations and times as dates on 30 Dec 1899; those read best as displayed ("01:30:00"). */
const isTimeOnly = (d: Date): boolean => d.getFullYear() < 1900;

/**
 * The text a core parser gets for one cell: what the user typed or sees for text, an unambiguous form
 * of the raw value for numbers (percent cells keep their "%": 0.875 shown as 87,5% becomes "87.5%"),
 * and ISO yyyy-mm-dd for dates, in the spreadsheet's time zone.
 */
/** A cell shown with a percent sign holds a fraction (0.875 shown as "87,5%"). */
export const isPercentDisplay = (display: string): boolean => /%\s*$/.test(display);

export function cellText(raw: CellValue, display: string, dateText: (d: Date) => string): string {
  if (isDate(raw)) return isTimeOnly(raw) ? display.trim() : dateText(raw);
  if (typeof raw === 'number') {
    if (isPercentDisplay(display)) return `${canonicalNumber(raw * 100)}%`;
    return canonicalNumber(raw);
  }
  return display.trim();
}

/**
 * NIPs are 18 digits: as a number they exceed 2^53 and Sheets keeps only 15 significant digits
 * (199003152015031002 becomes 1,99003E+17). A raw number >= 1e17 or a display in scientific notation
 * means the NIP was stored as a number and its last digits are lost.
 */
export function isNipStoredAsNumber(raw: CellValue, display: string): boolean {
  if (typeof raw === 'number' && Math.abs(raw) >= 1e17) return true;
  return /^\s*\d[.,]\d+\s*E\+?1[5-9]\s*$/i.test(display);
}

/** Copies each merged area's top-left text into the cells it covers, as the user sees the header. */
export { fillMerges } from '../../../shared/columns';

/**
 * "Jumlah", "Total", "Sub Total", "Rata-rata": rows people add under a table, not data. The label must be
 * the whole cell: "Jumlah laporan kinerja" is an indicator, not a total.
 */
const SUBTOTAL =
  /^(jumlah|total|sub\s*-?\s*total|grand\s*total|rata\s*-?\s*rata|rerata)(\s+(total|keseluruhan|akhir|pegawai))?\s*:?$/i;

export function isSubtotalRow(row: readonly string[]): boolean {
  const first = row.find((cell) => cell.trim() !== '');
  return first !== undefined && SUBTOTAL.test(first.trim());
}

export const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** "3, 7, 12" with at most `max` numbers and "..." after, for messages. */
export function rowList(rows: readonly number[], max = 10): string {
  const shown = rows.slice(0, max).join(', ');
  return rows.length > max ? `${shown}, ...` : shown;
}
