import { ANNUAL_RULE_LABEL, type AnnualVerdict, type MessageCode, t } from '../../../../shared';
import { ANNUAL_COLUMNS } from '../../output/layout';
import { columnBelow, numberOrBlank, type OutputSheet, tableFrame } from '../../output/sheet';
import { ANNUAL_SHEET } from '../../output/sheet-names';
import type { FormatOp, SheetCell } from '../../port/types';

const WIDTHS = [70, 170, 220, 200, 260, 120, 120, 150, 230, 520];
const COLUMNS: readonly MessageCode[] = ANNUAL_COLUMNS;

/**
 * "Rekap Tahunan": per employee and year the annual verdict from the periods in "Riwayat" (shared/history
 * annualVerdicts), the periods on record, the rule the policy chose and where the verdict came from.
 */
export function annualSheet(verdicts: readonly AnnualVerdict[]): OutputSheet {
  const rows: SheetCell[][] = [COLUMNS.map((c) => t(c))];
  for (const v of verdicts)
    rows.push([
      v.year,
      v.nip,
      v.nama,
      v.unit,
      v.periodLabels.join(', '),
      numberOrBlank(v.capaian),
      v.kategori,
      v.predikat,
      t(ANNUAL_RULE_LABEL[v.rule]),
      t(v.reason.code, v.reason.params),
    ]);
  const n = verdicts.length;
  const formats: FormatOp[] = [
    ...tableFrame(COLUMNS.length, n),
    // The year and NIPs stay text ("2025" is a label here, an 18-digit NIP is not a number).
    { kind: 'numberFormat', range: columnBelow(1, 1, n), format: '@' },
    { kind: 'numberFormat', range: columnBelow(1, 2, n), format: '@' },
    { kind: 'numberFormat', range: columnBelow(1, 6, n), format: '0.0%' },
    { kind: 'wrap', range: columnBelow(1, 10, n) },
    ...WIDTHS.map((w, i): FormatOp => ({ kind: 'columnWidth', column: i + 1, width: w })),
  ];
  return { role: 'annual', name: ANNUAL_SHEET, rows, formats };
}
