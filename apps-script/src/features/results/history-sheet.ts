import { type HistoryRow, t } from '../../../../shared';
import { HISTORY_COLUMNS } from '../../output/layout';
import { ownershipOf } from '../../output/ownership';
import { columnBelow, numberOrBlank, type OutputSheet, tableFrame } from '../../output/sheet';
import { HISTORY_SHEET } from '../../output/sheet-names';
import type { CellValue, FormatOp, SheetCell, SpreadsheetPort } from '../../port/types';

const WIDTHS = [90, 130, 170, 220, 200, 90, 120, 150, 110, 110];
const PERIOD_KEY = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;

const textOf = (v: CellValue | undefined): string =>
  typeof v === 'string' ? v : v === undefined ? '' : String(v);
const numberOf = (v: CellValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * The history kept so far: the rows of the add-on's own "Riwayat" sheet (found by its mark, whatever its
 * name now), one HistoryRow each. A row without a valid period code is not history the add-on wrote: it is
 * left out of what is carried forward, and counted so the admin is told.
 */
export function readHistory(book: SpreadsheetPort): { rows: HistoryRow[]; skipped: number } {
  const sheet = book.listSheets().find((s) => {
    const own = ownershipOf(s);
    return own !== null && own.role === 'history' && !own.staging;
  });
  if (!sheet) return { rows: [], skipped: 0 };
  const values = sheet.read().values.slice(1);
  const rows: HistoryRow[] = [];
  let skipped = 0;
  for (const r of values) {
    const period = textOf(r[0]).trim();
    const nip = textOf(r[2]).trim();
    if (!PERIOD_KEY.test(period) || nip === '') {
      if (r.some((c) => textOf(c).trim() !== '')) skipped++;
      continue;
    }
    rows.push({
      period,
      label: textOf(r[1]),
      nip,
      nama: textOf(r[3]),
      unit: textOf(r[4]),
      capaian: numberOf(r[5]),
      kategori: textOf(r[6]),
      predikat: textOf(r[7]),
      potongan: numberOf(r[8]) ?? 0,
      tkDays: numberOf(r[9]) ?? 0,
    });
  }
  return { rows, skipped };
}

/** "Riwayat": every period's verdicts per employee, the period code first so the sheet sorts and filters. */
export function historySheet(history: readonly HistoryRow[]): OutputSheet {
  const rows: SheetCell[][] = [HISTORY_COLUMNS.map((c) => t(c))];
  for (const h of history)
    rows.push([
      h.period,
      h.label,
      h.nip,
      h.nama,
      h.unit,
      numberOrBlank(h.capaian),
      h.kategori,
      h.predikat,
      numberOrBlank(h.potongan),
      h.tkDays,
    ]);
  const n = history.length;
  const formats: FormatOp[] = [
    ...tableFrame(HISTORY_COLUMNS.length, n),
    // Period codes and NIPs stay text ("2025-01" is not a date, an 18-digit NIP is not a number).
    { kind: 'numberFormat', range: columnBelow(1, 1, n), format: '@' },
    { kind: 'numberFormat', range: columnBelow(1, 3, n), format: '@' },
    { kind: 'numberFormat', range: columnBelow(1, 6, n), format: '0.0%' },
    { kind: 'numberFormat', range: columnBelow(1, 9, n), format: '0.0%' },
    ...WIDTHS.map((w, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width: w })),
  ];
  return { role: 'history', name: HISTORY_SHEET, rows, formats };
}
