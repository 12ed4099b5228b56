import { PREDIKAT_PEGAWAI, predikatLabel, type Recap, sameLength, t } from '../../../../shared';
import { numberOrBlank, type OutputSheet } from '../../output/sheet';
import { RECAP_SHEETS } from '../../output/sheet-names';
import { type FormatOp, rangeRef } from '../../port/types';
import { SheetBuilder } from './sheet-builder';

const PERCENT = '0.0%';
const SCORE = '0.00';

/** "Dasbor OPD": the charts across OPDs, each over a small table at the left. */
export function dashboardSheet(
  recap: Recap,
  trend: { opd: string; values: Map<string, number | null> }[],
): OutputSheet {
  const b = new SheetBuilder();
  const after: FormatOp[] = [];
  const chart = (
    kind: 'bar' | 'column' | 'line',
    top: number,
    rows: number,
    columns: number,
    title: string,
    anchorRow: number,
    options?: Record<string, unknown>,
  ) =>
    after.push({
      kind: 'chart',
      chart: kind,
      range: rangeRef(top, 1, rows + 1, columns),
      anchor: { row: anchorRow, column: 12 },
      title,
      ...(options ? { options } : {}),
    });
  const withSakip = recap.opds.filter((o) => o.pkg.sakip);
  let top = b.table(
    ['RECAP_COL_OPD', 'RECAP_COL_SAKIP'],
    withSakip.map((o) => [o.name, o.pkg.sakip?.score ?? 0]),
    [null, SCORE],
  );
  chart('bar', top, withSakip.length, 2, t('RECAP_DASH_SAKIP'), 1);
  b.blank();
  top = b.table(
    ['RECAP_COL_OPD', 'RECAP_COL_MEAN_CAPAIAN'],
    recap.opds.map((o) => [o.name, numberOrBlank(o.pkg.totals.averageCapaian)]),
    [null, PERCENT],
  );
  chart('bar', top, recap.opds.length, 2, t('RECAP_DASH_CAPAIAN'), 22);
  b.blank();
  top = b.rows.length + 1;
  b.rows.push([t('RECAP_COL_OPD'), ...PREDIKAT_PEGAWAI.map((k) => predikatLabel(k))]);
  for (const o of recap.opds)
    b.rows.push([o.name, ...PREDIKAT_PEGAWAI.map((k) => o.pkg.totals.predikatCounts[k] ?? 0)]);
  b.formats.push({ kind: 'bold', range: rangeRef(top, 1, 1, PREDIKAT_PEGAWAI.length + 1) });
  chart('column', top, recap.opds.length, PREDIKAT_PEGAWAI.length + 1, t('RECAP_DASH_PREDIKAT'), 43, {
    isStacked: true,
  });
  // The trend runs over periods of the recap period's length only, as its values do (import.ts trendOf):
  // months among quarters would be rows of blank cells, and a quarter is never compared with its months.
  const periods = recap.periods.filter((p) => sameLength(p.key, recap.period.key));
  if (periods.length >= 2 && trend.length > 0) {
    b.blank();
    top = b.rows.length + 1;
    b.rows.push([t('RECAP_COL_PERIOD'), ...trend.map((s) => s.opd)]);
    for (const p of periods)
      b.rows.push([p.label, ...trend.map((s) => numberOrBlank(s.values.get(p.key) ?? null))]);
    b.formats.push(
      { kind: 'bold', range: rangeRef(top, 1, 1, trend.length + 1) },
      {
        kind: 'numberFormat',
        range: rangeRef(top + 1, 2, periods.length, trend.length),
        format: PERCENT,
      },
    );
    chart('line', top, periods.length, trend.length + 1, t('RECAP_DASH_TREND'), 64);
  }
  return b.sheet('recapDashboard', RECAP_SHEETS.recapDashboard, [260, 110], after);
}
