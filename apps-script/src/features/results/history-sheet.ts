import { type HistoryRow, type MessageCode, t } from '../../../../shared';
import { HISTORY_COLUMNS } from '../../output/layout';
import { columnBelow, numberOrBlank, type OutputSheet, tableFrame } from '../../output/sheet';
import { HISTORY_SHEET } from '../../output/sheet-names';
import type { FormatOp, SheetCell } from '../../port/types';

const WIDTHS = [90, 130, 170, 220, 200, 90, 120, 150, 110, 110, 260];
/** The columns of "Riwayat" (the last, the TK dates PP 94/2021 counts the year by). */
const COLUMNS: readonly MessageCode[] = HISTORY_COLUMNS;
/** "Riwayat": every period's verdicts per employee, the period code first so the sheet sorts and filters. */
export function historySheet(history: readonly HistoryRow[]): OutputSheet {
  const rows: SheetCell[][] = [COLUMNS.map((c) => t(c))];
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
      (h.tkDates ?? []).join(', '),
    ]);
  const n = history.length;
  const formats: FormatOp[] = [
    ...tableFrame(COLUMNS.length, n),
    // Period codes and NIPs stay text ("2025-01" is not a date, an 18-digit NIP is not a number).
    { kind: 'numberFormat', range: columnBelow(1, 1, n), format: '@' },
    { kind: 'numberFormat', range: columnBelow(1, 3, n), format: '@' },
    { kind: 'numberFormat', range: columnBelow(1, 6, n), format: '0.0%' },
    { kind: 'numberFormat', range: columnBelow(1, 9, n), format: '0.0%' },
    // ISO days stay text: one date alone would otherwise become a date cell.
    { kind: 'numberFormat', range: columnBelow(1, 11, n), format: '@' },
    ...WIDTHS.map((w, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width: w })),
  ];
  return { role: 'history', name: HISTORY_SHEET, rows, formats };
}
